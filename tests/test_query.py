"""SPARQL: the saved questions answered on the bundled examples, by two engines; safety."""
import json

import pytest
from rdflib import Graph, Literal

from govkg.lexicon import ontology_dir
from govkg.query import QueryError, check_query, format_result, parse_binding, run_query_rdflib
from tests.conftest import ROOT

QUERIES = sorted((ROOT / "queries").glob("*.rq"))


def saved(name: str) -> str:
    return (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def rdflib_graph(examples_kg):
    g = Graph()
    for t in examples_kg.rdf:
        g.add(t)
    return g.parse(ontology_dir() / "govkg.ttl")


def test_there_are_at_least_twelve_saved_questions_each_asked_in_chinese_and_english():
    assert len(QUERIES) >= 12
    for q in QUERIES:
        head = q.read_text(encoding="utf-8").splitlines()[:2]
        assert head[0].startswith("# zh: ") and head[1].startswith("# en: "), q.name


@pytest.mark.parametrize("path", QUERIES, ids=[q.stem for q in QUERIES])
def test_oxigraph_and_rdflib_give_identical_answers(path, examples_kg, rdflib_graph):
    sparql = path.read_text(encoding="utf-8")
    ours = examples_kg.query(sparql)
    theirs = run_query_rdflib(rdflib_graph, sparql)
    assert ours.rows, path.name
    assert ours.values() == theirs.values()


@pytest.fixture(scope="module")
def sparse_kg(tmp_path_factory):
    """A graph with the optional parts missing: a forum no unit runs, a speech only reported
    (no headline), a mechanism with no year, a meeting with no date."""
    import govkg

    folder = tmp_path_factory.mktemp("sparse")
    (folder / "a.txt").write_text("全省机关党建工作会议召开\n全省机关党建工作会议日前在北江召开。会上,临江市委作了典型发言。\n"
                                  "临江市建立学习考勤制度,开设“临江讲坛”。\n", encoding="utf-8")
    (folder / "b.txt").write_text("学习平台越办越活\n“北江讲坛”已举办12期,听众逾万人次。\n", encoding="utf-8")
    kg = govkg.build([folder])
    assert kg.query("PREFIX gk: <https://w3id.org/govkg/ontology#> "
                    "SELECT ?p WHERE { ?p a gk:Program FILTER NOT EXISTS { ?o gk:runs ?p } }").rows
    return kg


@pytest.mark.parametrize("path", QUERIES, ids=[q.stem for q in QUERIES])
def test_both_engines_agree_where_optional_parts_are_missing(path, sparse_kg):
    g = Graph()
    for t in sparse_kg.rdf:
        g.add(t)
    g.parse(ontology_dir() / "govkg.ttl")
    sparql = path.read_text(encoding="utf-8")
    assert sparse_kg.query(sparql).values() == run_query_rdflib(g, sparql).values()


def rows(kg, name, **bindings):
    result = kg.query(saved(name), bindings={k: Literal(v, lang="zh") for k, v in bindings.items()})
    return [tuple(None if v is None else str(v) for v in r) for r in result.values()]


def test_annual_requirements_largest_first(examples_kg):
    assert rows(examples_kg, "annual-requirements") == [
        ("青岛", "60", "天", "县处级以上领导干部", "不少于"),
        ("威海", "18", "分", "处级以上干部", "不少于"),
        ("威海", "12", "分", "科级干部", "不少于"),
        ("青岛", "1", "篇", "县处级以上领导干部", "不少于"),
    ]


def test_speakers_and_headlines(examples_kg):
    got = rows(examples_kg, "speeches")
    assert len(got) == 11
    assert ("全省学习型党组织建设工作经验交流会", "2011-08-15", "威海", "处级以上干部每年须修满18分") in got


def test_programs_and_mechanisms_per_organisation(examples_kg):
    programs = rows(examples_kg, "programs-by-organization")
    assert {("威海", "威海讲坛"), ("青岛", "每月一讲"), ("商务部", "机关作风建设年"), ("深圳", "读书竞赛活动")} <= set(programs)
    mechanisms = rows(examples_kg, "mechanisms-by-organization")
    assert ("威海", "干部自主选学制度", "2007") in mechanisms
    assert ("济南", "评星定级机制", None) in mechanisms


def test_every_metric_with_its_details(examples_kg):
    got = rows(examples_kg, "metrics")
    assert len(got) == 17  # with 五大类, which the gold allows
    assert not [r for r in got if r[1] == "9个市"]  # how many units spoke is no metric
    assert ("威海", "必须修满18分", "18", "分", "AtLeast", "每年", "处级以上干部") in [r[:7] for r in got]
    assert ("青岛", "近200本", "200", "本", "Approximately", None, None) in [r[:7] for r in got]


def test_mechanisms_in_force_before_a_year(examples_kg):
    assert rows(examples_kg, "mechanisms-since") == [("威海", "干部自主选学制度", "2007")]


def test_which_sentence_says_who_runs_a_programme(examples_kg):
    assert rows(examples_kg, "who-runs-where-said", program="威海讲坛") == [
        ("威海讲坛", "威海", "dazhong-2011-08-17.txt", "以“威海讲坛”等为载体,经常邀请高层次专家学者进行专题辅导。")]


def test_entities_in_more_than_one_document(examples_kg):
    assert rows(examples_kg, "multi-document-entities") == [("organization", "济南", "2")]


def test_organisations_sharing_a_mechanism(examples_kg):
    assert rows(examples_kg, "shared-mechanisms") == [("学习考勤制度", "济南"), ("学习考勤制度", "滨州")]


def test_forums_and_lecture_series_with_their_owners(examples_kg):
    assert set(rows(examples_kg, "forums-and-lectures")) == {
        ("传媒课堂", "淄博"), ("村居讲堂", "淄博"), ("每月一讲", "青岛"), ("泉城高层论坛", "济南"),
        ("威海讲坛", "威海"), ("青岛讲坛", "青岛")}


def test_groups_with_everything_that_binds_them(examples_kg):
    got = rows(examples_kg, "group-requirements")
    assert ("党员干部", "制度机制", "年度自学计划", "青岛") in got
    assert {r[0] for r in got} == {"党员干部", "县处级以上领导干部", "处级以上干部", "科级干部"}


def test_counts_per_class_per_document(examples_kg):
    got = rows(examples_kg, "counts-per-document")
    assert ("jinan-2018-08.txt", "mechanism", "2") in got
    assert ("dazhong-2011-08-17.txt", "organization", "13") in got


def test_documents_and_events(examples_kg):
    assert ("dazhong-2011-08-17.txt", None, "2011-08-17 11:05:00", "大众日报", "彭辉") in [
        (f, t, i.replace("T", " ") if i else i, s, r) for f, t, i, s, r in rows(examples_kg, "documents")]
    assert rows(examples_kg, "events") == [("全省学习型党组织建设工作经验交流会", "2011-08-15", "威海", "11")]


# ---------------------------------------------------------------------- safety


@pytest.mark.parametrize("sparql", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "select * where { service silent <http://example.org/sparql> { ?s ?p ?o } }",
])
def test_service_is_refused(sparql):
    with pytest.raises(QueryError, match="SERVICE is refused"):
        check_query(sparql)


def test_service_inside_a_string_comment_or_iri_is_only_text(examples_kg):
    sparql = '''# SERVICE in a comment
        SELECT ?x WHERE { BIND("SERVICE" AS ?x) FILTER(<http://example.org/SERVICE> != <http://a>) }'''
    assert examples_kg.query(sparql).strings() == [("SERVICE",)]


def test_updates_are_refused():
    with pytest.raises(QueryError, match="read-only"):
        check_query("INSERT DATA { <http://a> <http://b> <http://c> }")


def test_syntax_errors_say_where(examples_kg):
    with pytest.raises(QueryError, match=r"1:26"):
        examples_kg.query("SELECT ?x WHERE { ?x ?p }")


def test_queries_have_a_time_limit(examples_kg):
    with pytest.raises(QueryError, match="time limit"):
        examples_kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", timeout=0.5)


def test_bound_values_are_data_not_query_text(examples_kg):
    name, value = parse_binding('program=威海讲坛"@zh } UNION { ?p ?q ?r')
    assert examples_kg.query(saved("who-runs-where-said"), bindings={name: value}).rows == []
    with pytest.raises(QueryError):
        parse_binding("no equals sign")


def test_output_formats(examples_kg):
    result = examples_kg.query(saved("shared-mechanisms"))
    assert format_result(result, "csv").splitlines() == ["mechanism,organization", "学习考勤制度,济南", "学习考勤制度,滨州"]
    assert format_result(result, "tsv").splitlines()[1] == "学习考勤制度\t济南"
    data = json.loads(format_result(result, "json"))
    assert data["head"]["vars"] == ["mechanism", "organization"]
    assert data["results"]["bindings"][0]["organization"] == {"type": "literal", "value": "济南", "xml:lang": "zh"}
    table = format_result(result, "table").splitlines()
    assert table[0].startswith("mechanism     organization") and table[-1] == "(2 rows)"


def test_query_command(tmp_path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "govkg", "query", str(ROOT / "output"), "--file",
                           str(ROOT / "queries" / "shared-mechanisms.rq"), "--format", "csv"],
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.splitlines()[1] == "学习考勤制度,济南"
    bad = subprocess.run([sys.executable, "-m", "govkg", "query", str(ROOT / "output"), "SELECT ?x WHERE { ?x ?p }"],
                         capture_output=True, text=True)
    assert bad.returncode == 1 and "error at 1:26" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.parametrize("value", ['威海讲坛"@zh } UNION { ?p ?q ?r', 'a\\"b\\\\c\n}', "# not a comment"])
def test_bound_values_with_quotes_backslashes_and_braces_stay_data(examples_kg, value):
    result = examples_kg.query('SELECT ?x WHERE { BIND(1 AS ?one) }', bindings={"x": Literal(value, lang="zh")})
    assert [str(v) for (v,) in result.rows] == [value]


def test_an_invalid_iri_cannot_be_bound(examples_kg):
    from rdflib import URIRef

    with pytest.raises(QueryError, match="not a valid IRI"):
        examples_kg.query("SELECT ?x WHERE { }", bindings={"x": URIRef("http://a> } <http://b")})


_TRICKY_OBJECTS = {
    "a tab, quotes, a backslash and line breaks": ("literal", '中文\t"引号"\\ \n行\r尾', None),
    "what looks like an escape": ("literal", "a\\u0041b", None),
    "a language tag": ("literal", "威海讲坛", "zh"),
    "a decimal": ("literal", "18", "http://www.w3.org/2001/XMLSchema#decimal"),
    "an integer": ("literal", "-7", "http://www.w3.org/2001/XMLSchema#integer"),
    "a boolean": ("literal", "true", "http://www.w3.org/2001/XMLSchema#boolean"),
    "a date": ("literal", "2011-08-17", "http://www.w3.org/2001/XMLSchema#date"),
    "an empty string": ("literal", "", None),
    "an IRI with Chinese in it": ("iri", "https://example.org/组织/威海市?q=1", None),
    "a blank node": ("bnode", "b1", None),
}


@pytest.mark.parametrize("name", list(_TRICKY_OBJECTS))
def test_cells_read_from_the_engines_text_are_the_terms_it_holds(name):
    """A SELECT's cells come from Oxigraph as SPARQL TSV: each reads back as the term stored,
    in rows (rdflib terms), strings() and the JSON bindings alike; unbound stays None."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    from govkg.query import run_query

    kind, value, extra = _TRICKY_OBJECTS[name]
    if kind == "iri":
        obj, expected = ox.NamedNode(value), URIRef(value)
    elif kind == "bnode":
        obj, expected = ox.BlankNode(value), BNode(value)
    elif extra and ":" in extra:
        obj, expected = ox.Literal(value, datatype=ox.NamedNode(extra)), Literal(value, datatype=URIRef(extra))
    elif extra:
        obj, expected = ox.Literal(value, language=extra), Literal(value, lang=extra)
    else:
        obj = ox.Literal(value)
        expected = Literal(value, datatype=URIRef("http://www.w3.org/2001/XMLSchema#string"))
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), obj))
    result = run_query(store, "SELECT ?o ?none WHERE { <urn:s> <urn:p> ?o OPTIONAL { ?o <urn:q> ?none } }")
    assert result.rows == [(expected, None)]
    assert result.strings() == [(value, None)]
    binding = result.bindings()[0]
    assert list(binding) == ["o"] and binding["o"]["value"] == value
    assert binding["o"]["type"] == {"iri": "uri", "bnode": "bnode", "literal": "literal"}[kind]
    assert binding["o"].get("xml:lang") == (extra if kind == "literal" and extra and ":" not in extra else None)
