"""The RDF graph: ontology terms, identity, provenance."""
import itertools
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS, SKOS

import govkg
from govkg.lexicon import ontology_dir
from govkg.vocab import GK
from tests.conftest import CORPUS, EXAMPLES, REFERENCE

BASE = "https://example.org/"


def test_misspelt_ontology_terms_raise():
    with pytest.raises(AttributeError):
        GK.establish  # noqa: B018  (the term is establishes)


def test_every_term_of_the_namespace_is_declared_in_the_ontology():
    onto = Graph().parse(ontology_dir() / "govkg.ttl")
    declared = set(onto.subjects(RDF.type, None))
    for name in GK.__annotations__:
        assert GK[name] in declared, name
        assert any(lit.language == "zh" for lit in onto.objects(GK[name], RDFS.label)), name
        assert any(lit.language == "en" for lit in onto.objects(GK[name], RDFS.label)), name


def test_every_class_and_property_the_output_uses_is_declared(examples_kg):
    onto = Graph().parse(ontology_dir() / "govkg.ttl")
    declared = set(onto.subjects(RDF.type, None))
    gk = str(GK._NS)
    used = {p for p in examples_kg.rdf.predicates() if str(p).startswith(gk)}
    used |= {o for o in examples_kg.rdf.objects(None, RDF.type) if str(o).startswith(gk)}
    assert used and used <= declared, used - declared


def test_iris_are_valid_and_derived_from_class_and_label(reference_kg):
    for node in set(reference_kg.rdf.subjects()) | {o for o in reference_kg.rdf.objects() if isinstance(o, URIRef)}:
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[!#$%&'()*+,\-./0-9:;=?@A-Z_a-z~]+", str(node)), node
    assert (URIRef("https://w3id.org/govkg/resource/program/%E5%A8%81%E6%B5%B7%E8%AE%B2%E5%9D%9B"), RDF.type,
            GK.Program) in reference_kg.rdf  # 威海讲坛


def test_same_entity_in_two_documents_is_one_node(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("临江县打造学习品牌\n近年来,临江县创办“运河讲坛”。\n", encoding="utf-8")
    b.write_text("临江县深化理论宣讲\n临江县依托“运河讲坛”开展宣讲。\n", encoding="utf-8")
    kg = govkg.build([a, b])
    programs = [s for s in kg.rdf.subjects(RDF.type, GK.Program)]
    assert len(programs) == 1
    docs = {d for m in kg.rdf.objects(programs[0], GK.mention) for d in kg.rdf.objects(m, GK.inDocument)}
    assert len(docs) == 2


def test_every_entity_mention_points_at_its_surface_in_the_text_as_read(reference_kg):
    text = REFERENCE.read_text(encoding="utf-8")
    mentions = list(reference_kg.rdf.subjects(RDF.type, GK.Mention))
    assert len(mentions) > 50
    for m in mentions:
        start, end = int(reference_kg.rdf.value(m, GK.start)), int(reference_kg.rdf.value(m, GK.end))
        assert text[start:end] == str(reference_kg.rdf.value(m, GK.surface))
        sentence = reference_kg.rdf.value(m, GK.sentence)
        assert sentence is None or text[start:end] in str(sentence) or str(sentence) in text


def test_traditional_text_keeps_its_form_as_alias_and_offsets_into_it():
    kg = govkg.build([CORPUS / "jinan-2018-08.txt"])
    node = URIRef("https://w3id.org/govkg/resource/organization/%E6%B5%8E%E5%8D%97")  # 济南
    aliases = {str(a) for a in kg.rdf.objects(node, SKOS.altLabel)}
    assert "濟南市" in aliases
    text = (CORPUS / "jinan-2018-08.txt").read_text(encoding="utf-8")
    for m in kg.rdf.objects(node, GK.mention):
        assert text[int(kg.rdf.value(m, GK.start)):int(kg.rdf.value(m, GK.end))].startswith("濟南")


def test_every_relation_is_stated_with_its_sentence(reference_kg):
    g = reference_kg.rdf
    for pred in (GK.runs, GK.establishes, GK.hasMetric, GK.appliesTo, GK.speaker):
        for s, o in g.subject_objects(pred):
            statements = [st for st in g.subjects(RDF.subject, s)
                          if (st, RDF.predicate, pred) in g and (st, RDF.object, o) in g]
            assert statements, (s, pred, o)
            assert all(g.value(st, GK.sentence) is not None and g.value(st, GK.inDocument) for st in statements)


def test_which_sentence_says_that_a_unit_runs_a_programme(reference_kg):
    rows = list(reference_kg.rdf.query("""
        PREFIX gk: <https://w3id.org/govkg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?who ?sentence WHERE {
          ?st rdf:subject ?o ; rdf:predicate gk:runs ; rdf:object ?p ; gk:sentence ?sentence .
          ?p rdfs:label "威海讲坛"@zh . ?o rdfs:label ?who }"""))
    assert [(str(w), str(s)) for w, s in rows] == [("威海", "以“威海讲坛”等为载体,经常邀请高层次专家学者进行专题辅导。")]


def test_document_metadata(reference_kg):
    g = reference_kg.rdf
    [doc] = g.subjects(RDF.type, GK.Document)
    assert str(g.value(doc, DCTERMS.issued)).startswith("2011-08-17")
    assert str(g.value(doc, DCTERMS.source)) == "大众日报"
    assert str(g.value(g.value(doc, DCTERMS.creator), RDFS.label)) == "彭辉"


def test_event_speeches_and_metric_details(reference_kg):
    g = reference_kg.rdf
    [event] = g.subjects(RDF.type, GK.Event)
    assert str(g.value(event, GK.date)) == "2011-08-15"
    assert str(g.value(g.value(event, GK.location), RDFS.label)) == "威海"
    assert len(list(g.objects(event, GK.hasSpeech))) == 11
    rows = {(float(v), str(u), str(c).rsplit("#")[-1], str(p), str(gl)) for v, u, c, p, gl in g.query("""
        PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?v ?u ?c ?p ?gl WHERE { ?o rdfs:label "威海"@zh ; gk:hasMetric ?m .
          ?m gk:value ?v ; gk:unit ?u ; gk:comparator ?c ; gk:period ?p ; gk:appliesTo/rdfs:label ?gl }""")}
    assert rows == {(18.0, "分", "AtLeast", "每年", "处级以上干部"), (12.0, "分", "AtLeast", "每年", "科级干部")}


def test_networkx_view_has_entities_and_labelled_relations(examples_kg):
    g = examples_kg.nx
    weihai = "https://w3id.org/govkg/resource/organization/%E5%A8%81%E6%B5%B7"
    assert g.nodes[weihai]["cls"] == "Organization" and g.nodes[weihai]["label"] == "威海"
    labels = {d["label"] for _, v, d in g.out_edges(weihai, data=True)}
    assert {"举办", "建立", "指标"} <= labels


def test_base_iri_can_be_changed():
    kg = govkg.build([EXAMPLES / "mofcom-2007-05.txt"], base="http://example.org/kg/")
    assert all(str(s).startswith("http://example.org/kg/") for s in kg.rdf.subjects())


def test_every_ontology_term_is_explained():
    onto = Graph().parse(ontology_dir() / "govkg.ttl")
    for term in set(onto.subjects(RDF.type, None)):
        if str(term).startswith(str(GK._NS)):
            assert list(onto.objects(term, RDFS.comment)), term


def test_large_corpora_held_in_memory_merge_as_streams_to_the_same_bytes(monkeypatch):
    """Above the in-memory size, documents' triples given as bytes merge as streams, a few at a time."""
    import io

    import govkg.graph as graph
    from govkg.api import document_ntriples

    parts = [document_ntriples(f) for f in sorted(CORPUS.glob("*.txt"))]
    in_memory = io.BytesIO()
    counts = graph.merge_ntriples(parts, in_memory)
    monkeypatch.setattr(graph, "IN_MEMORY_BYTES", 0)
    monkeypatch.setattr(graph, "MAX_OPEN_FILES", 2)
    streamed = io.BytesIO()
    assert graph.merge_ntriples(parts, streamed) == counts
    assert streamed.getvalue() == in_memory.getvalue()
    lines = in_memory.getvalue().splitlines()
    assert lines == sorted(set(lines)) and counts["Document"] == len(parts) and counts["relations"] > 0


@pytest.mark.parametrize("jobs,range_bytes", [(1, 1 << 30), (1, 1 << 16), (2, 1 << 30), (2, 1 << 16), (3, 1 << 30)])
def test_corpora_merged_by_ranges_of_subjects_give_the_same_bytes(tmp_path, monkeypatch, jobs, range_bytes):
    """Each range of subjects is sorted in memory from every document's lines in it (cache
    entries, with the length comment they end with), in one process or dealt out to several;
    the ranges written in order are the whole graph."""
    import io

    import govkg.graph as graph
    from govkg.api import document_ntriples
    from govkg.cache import DocumentCache

    cache = DocumentCache(tmp_path)
    parts = [cache.put(f"{i:064x}", f.name, "https://example.org/", document_ntriples(f))
             for i, f in enumerate(sorted(CORPUS.glob("*.txt")))]
    in_memory = io.BytesIO()
    counts = graph.merge_ntriples(parts, in_memory)
    monkeypatch.setattr(graph, "IN_MEMORY_BYTES", 0)
    monkeypatch.setattr(graph, "RANGE_BYTES", range_bytes)
    by_ranges = io.BytesIO()
    assert graph.merge_ntriples(parts, by_ranges, jobs=jobs) == counts
    assert by_ranges.getvalue() == in_memory.getvalue()


def test_a_range_ends_before_a_documents_last_subject_when_that_is_past_it(tmp_path):
    """A cache entry ends with a comment, which sorts before every triple: the search for where
    a range ends must not read it as one of the sorted lines (a long one, to be sure it is read)."""
    import io

    import govkg.graph as graph

    part = tmp_path / "entry.nt"
    lines = [b"<urn:a> <urn:p> <urn:o> .\n", b"<urn:b> <urn:p> <urn:o> .\n", b"<urn:c> <urn:p> <urn:o> .\n"]
    part.write_bytes(b"".join(lines) + b"# " + b"x" * 200 + b"\n")
    first, rest = io.BytesIO(), io.BytesIO()
    before, after = graph._range_spans([str(part)], [b"<urn:c> "])
    graph._merge_ranges([str(part)], [before], first)
    graph._merge_ranges([str(part)], [after], rest)
    assert (first.getvalue(), rest.getvalue()) == (b"".join(lines[:2]), lines[2])


def test_adding_documents_to_a_merged_graph_gives_the_bytes_of_merging_them_all(tmp_path):
    """A rebuild that only adds documents inserts their lines into the last merged graph."""
    import io

    import govkg.graph as graph
    from govkg.api import document_ntriples

    parts = [document_ntriples(f) for f in sorted(CORPUS.glob("*.txt"))]
    whole = io.BytesIO()
    counts = graph.merge_ntriples(parts, whole)
    merged, so_far = tmp_path / "empty.nt", Counter()
    merged.write_bytes(b"")
    for i, part in enumerate(parts):  # one document at a time, then the rest in one go
        batch = [part] if i < 3 else parts[3:]
        nxt = tmp_path / f"{i}.nt"
        added_to, counted, _ = graph.EditedGraph(merged).with_lines(batch)
        with open(nxt, "wb") as f:
            added_to.write_to(f)
        so_far += counted
        merged = nxt
        if i >= 3:
            break
    assert merged.read_bytes() == whole.getvalue()
    assert so_far == counts


@pytest.mark.parametrize("before, added", [
    ("2011", ["2009"]), ("2009", ["2011"]), ("2010", ["2012", "2008"]), (None, ["2012", "2008"]),
], ids=["an_earlier_year_replaces_the_graphs", "a_later_year_is_dropped",
        "the_earliest_of_several_added_years_wins", "a_node_without_a_year_takes_the_earliest_added"])
def test_adding_documents_keeps_the_earliest_year_a_mechanism_is_in_force_since(tmp_path, before, added):
    import io

    import govkg.graph as graph

    def doc(year: str | None) -> bytes:
        lines = [f"<{BASE}m/x> <{RDF.type}> <{GK.Mechanism}> .\n", f"<{BASE}m/x> <{RDFS.label}> \"x\" .\n",
                 f"<{BASE}m/y> <{RDF.type}> <{GK.Mechanism}> .\n"]
        if year:
            lines.append(f"<{BASE}m/x> <{GK.since}> \"{year}\"^^<http://www.w3.org/2001/XMLSchema#gYear> .\n")
        return "".join(sorted(lines)).encode()

    old = [doc(before)]
    previous = tmp_path / "previous.nt"
    with open(previous, "wb") as f:
        graph.merge_ntriples(old, f)
    whole, added_to = io.BytesIO(), io.BytesIO()
    graph.merge_ntriples(old + [doc(y) for y in added], whole)
    graph.EditedGraph(previous).with_lines([doc(y) for y in added])[0].write_to(added_to)
    assert added_to.getvalue() == whole.getvalue()
    assert whole.getvalue().count(GK.since.encode()) == 1


def test_every_speech_speaker_is_a_unit_of_the_graph(tmp_path):
    """A section's unit that linking renamed (省公安厅 → 山东省公安厅) is still the speech's speaker."""
    (tmp_path / "a.txt").write_text("山东省学习型机关建设经验交流\n省公安厅:打造学习型警队\n省公安厅建立民警学习积分制度。\n"
                                    "省民政厅:创办民政讲堂\n省民政厅开设“民政讲堂”。\n", encoding="utf-8")
    for kg in (govkg.build([tmp_path]), govkg.build([CORPUS])):
        rows = kg.query("PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                        "SELECT ?o (BOUND(?l) AS ?labelled) WHERE { ?s a gk:Speech ; gk:speaker ?o "
                        "OPTIONAL { ?o a gk:Organization ; rdfs:label ?l } }").rows
        assert rows and all(str(labelled) == "true" for _, labelled in rows)
    speakers = {str(r[0]) for r in govkg.build([tmp_path]).query(
        "PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?l WHERE { ?s gk:speaker/rdfs:label ?l }").values()}
    assert speakers == {"山东省公安厅", "山东省民政厅"}


def test_every_resource_the_graph_refers_to_is_typed(tmp_path):
    """No dangling IRIs: whatever a triple points at or says something of has a class."""
    (tmp_path / "a.txt").write_text("山东省学习型机关建设经验交流\n省公安厅:打造学习型警队\n省公安厅建立民警学习积分制度。\n"
                                    "省民政厅:创办民政讲堂\n省民政厅开设“民政讲堂”。\n", encoding="utf-8")
    kg = govkg.build([CORPUS, tmp_path])
    rows = kg.query(
        "SELECT DISTINCT ?x WHERE { { ?s ?p ?x FILTER(isIRI(?x)) } UNION { ?x ?p ?o } "
        f"FILTER(STRSTARTS(STR(?x), \"{govkg.vocab.DEFAULT_BASE}\")) FILTER NOT EXISTS {{ ?x a ?type }} }}").rows
    assert rows == []


def test_a_section_without_a_headline_is_a_speech_named_by_its_unit_with_no_headline(tmp_path):
    (tmp_path / "a.txt").write_text("各地推进党史学习教育\n2021年05月10日 临江日报\n◆临江市\n我市开设“党史大讲堂”,已举办16期。\n"
                                    "◆城东区\n我区组建党史宣讲团,宣讲300余场。\n", encoding="utf-8")
    g = govkg.build([tmp_path]).rdf
    speeches = {str(g.value(s, RDFS.label)): s for s in g.subjects(RDF.type, GK.Speech)}
    assert set(speeches) == {"临江市", "城东区"}
    assert all(g.value(s, GK.headline) is None for s in speeches.values())
    runs = {(str(g.value(o, RDFS.label)), str(g.value(p, RDFS.label))) for o, p in g.subject_objects(GK.runs)}
    assert runs == {("临江", "党史大讲堂"), ("城东区", "党史宣讲团")}


def test_the_same_text_under_two_names_states_each_relation_once_per_document(tmp_path):
    text = "临江县推进基层党建\n临江县建立了“红黑榜”公示制度。\n"
    for name in ("a.txt", "b.txt"):  # one article saved from two sites
        (tmp_path / name).write_text(text, encoding="utf-8")
    rows = govkg.build([tmp_path]).query(
        "PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
        "SELECT ?s (COUNT(?d) AS ?documents) WHERE { ?s a rdf:Statement ; gk:inDocument ?d } GROUP BY ?s").values()
    assert len(rows) == 2 and all(int(r[1]) == 1 for r in rows)


def test_ranges_are_cut_evenly_where_every_document_ends_with_the_nodes_they_share(tmp_path):
    """Documents' triples share a layout: their own nodes first, then the nodes many documents
    name (which sort after them). Subjects sampled at the same places in every document would
    leave that shared stretch to one range, however large; each range stays near its share."""
    import govkg.graph as graph

    parts = []
    for i in range(300):
        lines = [f'<urn:d{i:04d}/m{j:03d}> <urn:p> "x" .\n' for j in range(140)]
        lines += [f"<urn:e{k:03d}> <urn:mentionedIn> <urn:d{i:04d}> .\n" for k in range(20)]
        parts.append(str(tmp_path / f"{i}.nt"))
        Path(parts[-1]).write_text("".join(sorted(lines)), encoding="utf-8")
    ranges = 16
    samples = sorted(graph._sampled_subjects(parts))
    pivots = sorted({samples[len(samples) * k // ranges] for k in range(1, ranges)})
    sizes = [sum(end - start for start, end in spans) for spans in graph._range_spans(parts, pivots)]
    assert max(sizes) < 1.5 * sum(sizes) / ranges


@pytest.fixture(scope="module")
def corpus_parts():
    from govkg.api import document_ntriples

    return [document_ntriples(f) for f in sorted(CORPUS.glob("*.txt"))]


def _since_document(years: list[str]) -> bytes:
    lines = [f"<{BASE}m/x> <{RDF.type}> <{GK.Mechanism}> .\n"]
    lines += [f"<{BASE}m/x> <{GK.since}> \"{y}\"^^<http://www.w3.org/2001/XMLSchema#gYear> .\n" for y in years]
    return "".join(sorted(lines)).encode()


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_documents_added_in_turns_to_an_edited_graph_give_the_graph_merged_at_once(corpus_parts, data, tmp_path_factory):
    """A rebuild adds its documents to the last graph without writing it out, rebuild after
    rebuild: the text read through the additions is the one merging them all gives, and the
    edits each turn reports are those made to the text before it (as the Turtle writer needs),
    the same as when that text is a merged file of its own."""
    import io

    import govkg.graph as graph

    tmp = tmp_path_factory.mktemp("edited")
    years = [_since_document([y]) for y in data.draw(st.lists(st.sampled_from(["2008", "2010", "2012"]), max_size=3))]
    parts = data.draw(st.permutations(corpus_parts + years))
    cuts = sorted(data.draw(st.sets(st.integers(1, len(parts) - 1), min_size=1, max_size=4)))
    batches = [parts[a:b] for a, b in zip([0, *cuts], [*cuts, len(parts)])]
    base = tmp / "base.nt"
    with open(base, "wb") as f:
        counts = graph.merge_ntriples(batches[0], f)
    edited, so_far = graph.EditedGraph(base), batches[0]
    for batch in batches[1:]:
        before = tmp / "before.nt"
        before.write_bytes(edited[:])
        fresh, expected_counts, expected_edits = graph.EditedGraph(before).with_lines(batch)
        edited, added, edits = edited.with_lines(batch)
        so_far = so_far + batch
        whole = io.BytesIO()
        assert graph.merge_ntriples(so_far, whole) == counts + added
        counts += added
        assert edited[:] == fresh[:] == whole.getvalue()
        assert (added, edits) == (expected_counts, expected_edits)
    out = io.BytesIO()
    edited.write_to(out)
    assert out.getvalue() == whole.getvalue()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(min_size=0, max_size=6), max_size=6), st.data())
def test_an_edited_graph_reads_as_the_bytes_it_stands_for(pieces, data):
    """Slices, find and rfind over a base with stretches put in and left out answer as on the
    bytes themselves, across the seams too."""
    import tempfile

    import govkg.graph as graph

    base = b"".join(pieces)
    seams = [0, *itertools.accumulate(len(p) for p in pieces)]
    added = sorted(data.draw(st.lists(st.tuples(st.sampled_from(seams), st.binary(min_size=1, max_size=4)),
                                      max_size=4)), key=lambda a: a[0])
    removed = [(seams[i], len(pieces[i])) for i in sorted(data.draw(st.sets(st.integers(0, max(0, len(pieces) - 1)))))
               if i < len(pieces) and pieces[i]]
    text, written = b"", 0
    for offset, kind, item in sorted([(o, 0, n) for o, n in removed] + [(o, 1, line) for o, line in added],
                                     key=lambda e: (e[0], e[1])):
        if offset > written:
            text, written = text + base[written:offset], offset
        if kind == 0:
            written = offset + item
        else:
            text += item
    text += base[written:]
    with tempfile.NamedTemporaryFile() as f:
        f.write(base)
        f.flush()
        edited = graph.EditedGraph(f.name, added, removed)
        assert len(edited) == len(text) and edited[:] == text
        sub = data.draw(st.sampled_from([b"", b"\x00", text[1:3], text[-2:], data.draw(st.binary(max_size=3))]))
        start = data.draw(st.integers(0, len(text) + 1))
        end = data.draw(st.integers(0, len(text) + 1))
        assert edited[start:end] == text[start:end]
        assert edited.find(sub, start, end) == text.find(sub, start, end)
        assert edited.rfind(sub, start, end) == text.rfind(sub, start, end)
        assert edited.find(sub, start) == text.find(sub, start)
