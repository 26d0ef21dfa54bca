from rdflib import Literal, URIRef

from govkg.validate import validate, validate_graph
from govkg.vocab import GK


def test_built_examples_conform_to_the_shapes(examples_kg, tmp_path):
    path = examples_kg.write(tmp_path, html=False)[0]
    conforms, report = validate(path)
    assert conforms, report


def test_a_metric_without_unit_and_a_bad_comparator_violate_the_shapes(examples_kg):
    g = examples_kg.rdf.__class__()
    for t in examples_kg.rdf:
        g.add(t)
    metric = next(g.subjects(GK.unit, None))
    g.remove((metric, GK.unit, None))
    g.set((metric, GK.comparator, GK.Metric))
    g.add((URIRef("https://w3id.org/govkg/resource/x"), GK.start, Literal("soon")))
    conforms, report = validate_graph(g)
    assert not conforms
    assert "unit" in report and "comparator" in report


def test_a_speech_only_reported_conforms_without_a_headline(tmp_path):
    import govkg

    (tmp_path / "a.txt").write_text("全省机关党建工作会议召开\n2020年08月03日 北江日报\n"
                                    "8月2日,全省机关党建工作会议在北江召开。会上,临江市委、省财政厅作了典型发言。\n",
                                    encoding="utf-8")
    kg = govkg.build([tmp_path])
    assert len(kg.query("PREFIX gk: <https://w3id.org/govkg/ontology#> SELECT ?s WHERE { ?s a gk:Speech }").rows) == 2
    conforms, report = validate(kg.write(tmp_path / "out", html=False)[0])
    assert conforms, report
