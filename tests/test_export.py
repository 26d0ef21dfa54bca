import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govkg
from govkg.export import write_atomic
from tests.conftest import EXAMPLES


def test_two_builds_write_byte_identical_files(tmp_path):
    govkg.build([EXAMPLES]).write(tmp_path / "a")
    govkg.build([EXAMPLES]).write(tmp_path / "b")
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_text("previous", encoding="utf-8")

    def boom(fd):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_turtle_round_trips(examples_kg, tmp_path):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    path = examples_kg.write(tmp_path, html=False)[0]
    assert isomorphic(Graph().parse(path), examples_kg.rdf)


def test_page_is_utf8_with_escaped_labels(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("临江县打造学习品牌\n临江县创办“<img src=x onerror=alert(1)>讲坛”。\n", encoding="utf-8")
    kg = govkg.build([bad])
    page = kg.write(tmp_path / "out")[1].read_bytes().decode("utf-8")
    assert "<img src=x" not in page


@pytest.fixture(scope="module")
def documents_triples():
    from govkg.api import document_ntriples
    from tests.conftest import CORPUS

    return [document_ntriples(f) for f in sorted(CORPUS.glob("*.txt"))]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_chunks_carried_over_edits_are_the_chunks_cut_afresh(documents_triples, data, tmp_path, monkeypatch):
    """After documents are inserted into a merged graph, the chunks found by looking only where
    the edits fell are the ones a full scan finds, and those said to be unchanged are."""
    import io

    import govkg.export as export
    from govkg.graph import merge_into, merge_ntriples

    monkeypatch.setattr(export, "CHUNK_SPACING", data.draw(st.sampled_from([1, 2, 3, 5])))
    n = len(documents_triples)
    added = data.draw(st.sets(st.integers(0, n - 1), min_size=1, max_size=n - 1))
    before = io.BytesIO()
    merge_ntriples([t for i, t in enumerate(documents_triples) if i not in added], before)
    old = tmp_path / "old.nt"
    old.write_bytes(before.getvalue())
    after = io.BytesIO()
    _, edits = merge_into(old, [documents_triples[i] for i in sorted(added)], after)
    old_chunks = export.ntriples_chunks(before.getvalue())
    carried = export.carried_chunks(old_chunks, edits, after.getvalue())
    assert [(s, e) for s, e, _ in carried] == export.ntriples_chunks(after.getvalue())
    for s, e, was in carried:
        if was is not None:
            assert after.getvalue()[s:e] == before.getvalue()[slice(*old_chunks[was])]


def test_a_chunk_whose_first_line_is_no_longer_its_subjects_first_joins_the_one_before(monkeypatch):
    import govkg.export as export

    monkeypatch.setattr(export, "CHUNK_SPACING", 1)
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    t = [f"<urn:t> {rdf_type} <urn:C> .\n", '<urn:t> <urn:p> "1" .\n']
    u = [f"<urn:u> {rdf_type} <urn:C> .\n"]
    before = "".join(t + u).encode()
    assert export.ntriples_chunks(before) == [(0, len(t[0]) + len(t[1])), (len(t[0]) + len(t[1]), len(before))]
    # t's second line is replaced by a line of u that sorts before u's type line
    put = '<urn:u> <http://purl.org/dc/terms/title> "u" .\n'
    after = "".join([t[0], put] + u).encode()
    carried = export.carried_chunks(export.ntriples_chunks(before), [(len(t[0]), len(t[1]), len(put))], after)
    assert [(s, e) for s, e, _ in carried] == export.ntriples_chunks(after) == [(0, len(after))]


def test_chunks_serialised_together_split_into_what_each_gives_alone(examples_kg):
    import govkg.export as export

    graph = examples_kg.ntriples.read_bytes()
    chunks = [graph[s:e] for s, e in export.ntriples_chunks(graph)]
    header = export._turtle_header()
    alone = [export._serialize_turtle(c)[len(header):] for c in chunks]
    assert len(chunks) > 10 and export.serialize_chunks(chunks) == alone
    # a graph holding the marker's own triple is not split at it
    assert export.serialize_chunks([chunks[0], export._CHUNK_MARK, chunks[1]]) == \
        [alone[0], export._serialize_turtle(export._CHUNK_MARK)[len(header):], alone[1]]


@pytest.mark.parametrize("batch, jobs", [(1, 1), (5000, 1), (1 << 30, 1), (5000, 2)],
                         ids=["a-call-per-chunk", "several-batches", "one-batch", "batches-in-two-processes"])
def test_turtle_written_by_chunks_is_the_whole_graph_serialised_at_once(examples_kg, tmp_path, monkeypatch, batch, jobs):
    import io

    import govkg.export as export

    monkeypatch.setattr(export, "SERIALIZE_BATCH_BYTES", batch)
    monkeypatch.setattr(export, "PARALLEL_TURTLE_BYTES", 10000)  # the first batches here, the rest in workers
    whole, chunked = io.BytesIO(), io.BytesIO()
    export.write_turtle(examples_kg.ntriples, whole)
    export.write_turtle_chunks(examples_kg.ntriples, chunked, tmp_path / "graph.ttl", "examples", jobs=jobs)
    assert chunked.getvalue() == whole.getvalue()


@pytest.mark.parametrize("jobs, stretch", [(2, 1 << 30), (3, 1 << 30), (2, 20000)],
                         ids=["a-stretch-a-process", "three-processes", "many-small-stretches"])
def test_turtle_serialised_by_stretches_in_several_processes_is_the_same(examples_kg, monkeypatch, jobs, stretch):
    import io

    import govkg.export as export

    one, several = io.BytesIO(), io.BytesIO()
    export.write_turtle(examples_kg.ntriples, one)
    monkeypatch.setattr(export, "PARALLEL_TURTLE_BYTES", 0)
    monkeypatch.setattr(export, "STRETCH_BYTES", stretch)
    export.write_turtle(examples_kg.ntriples, several, jobs=jobs)
    assert several.getvalue() == one.getvalue()
    graph = examples_kg.ntriples.read_bytes()
    for offset in range(997, len(graph), 997):  # a stretch starts where a new subject does
        cut = export._next_subject(graph, offset)
        if cut < len(graph):
            previous = graph[graph.rfind(b"\n", 0, cut - 1) + 1:cut]
            assert graph[cut - 1:cut] == b"\n" and previous.split(b" ", 1)[0] != graph[cut:graph.index(b" ", cut)]
