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


def test_written_files_get_the_mode_of_ordinary_files(tmp_path):
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "new" / "graph.ttl", b"data")
    finally:
        os.umask(old)
    assert (tmp_path / "new" / "graph.ttl").stat().st_mode & 0o777 == 0o640


def test_a_temporary_left_by_a_killed_process_does_not_block_a_write(tmp_path, monkeypatch):
    import govkg.export as export

    monkeypatch.setattr(export, "_temporaries", iter([0, 1]))
    stale = tmp_path / f".graph.ttl.{os.getpid()}.0.tmp"
    stale.write_bytes(b"half")
    write_atomic(tmp_path / "graph.ttl", b"whole")
    assert (tmp_path / "graph.ttl").read_bytes() == b"whole"
    assert stale.read_bytes() == b"half"  # not ours to remove: it may be another's


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
    from govkg.graph import EditedGraph, merge_ntriples

    monkeypatch.setattr(export, "CHUNK_SPACING", data.draw(st.sampled_from([1, 2, 3, 5])))
    n = len(documents_triples)
    added = data.draw(st.sets(st.integers(0, n - 1), min_size=1, max_size=n - 1))
    before = io.BytesIO()
    merge_ntriples([t for i, t in enumerate(documents_triples) if i not in added], before)
    old = tmp_path / "old.nt"
    old.write_bytes(before.getvalue())
    edited, _, edits = EditedGraph(old).with_lines([documents_triples[i] for i in sorted(added)])
    after = io.BytesIO(edited[:])
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


def _turtle_of(lines: list[bytes]) -> bytes:
    import govkg.export as export

    return export._serialize_turtle(b"".join(lines))[len(export._turtle_header()):]


_MENTION = b"<https://w3id.org/govkg/ontology#mention>"
_HUB = b"<https://w3id.org/govkg/resource/program/hub>"


def _hub_lines(objects: list[int]) -> list[bytes]:
    rdf_type = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/govkg/ontology#Program> .\n"
    label = b'<http://www.w3.org/2000/01/rdf-schema#label> "hub"@zh .\n'
    mentions = [_HUB + b" " + _MENTION + b" <https://w3id.org/govkg/resource/document/d%d/mention/1> .\n" % i
                for i in objects]
    return sorted([_HUB + b" " + rdf_type, _HUB + b" " + label, *mentions,
                   b'<https://w3id.org/govkg/resource/zz> <urn:p> "after the hub" .\n'])


def _spliced(old_lines: list[bytes], new_lines: list[bytes]):
    from govkg.export import splice_turtle

    chunk = b"".join(new_lines)
    put, at = [], 0
    for line in new_lines:
        if line not in old_lines:
            put.append((at, at + len(line)))
        at += len(line)
    return splice_turtle(_turtle_of(old_lines), chunk, put), _turtle_of(new_lines)


@pytest.mark.parametrize("old, new", [([1, 3], [1, 2, 3]), ([2, 3], [1, 2, 3]), ([1, 2], [1, 2, 3]),
                                      ([1, 5], [1, 2, 3, 4, 5]), ([5], [0, 1, 5])],
                         ids=["between-two", "first-of-the-line", "last-of-the-line", "three-in-a-row",
                              "two-before-the-first"])
def test_objects_put_beside_a_nodes_objects_give_the_turtle_of_the_grown_node(old, new):
    spliced, expected = _spliced(_hub_lines(old), _hub_lines(new))
    assert spliced == expected


def test_a_new_subject_or_a_line_beside_a_literal_is_left_to_the_turtle_writer():
    old = _hub_lines([1, 2])
    new_subject = sorted(old + [b"<https://w3id.org/govkg/resource/program/new> " + _MENTION + b" <urn:m> .\n"])
    assert _spliced(old, new_subject)[0] is None
    # a literal object of the same predicate could hold the text the splice searches for
    tricky = sorted(old + [_HUB + b" " + _MENTION + b' "<https://w3id.org/govkg/resource/document/d1/mention/1> , x" .\n'])
    grown = sorted(tricky + [_HUB + b" " + _MENTION + b" <https://w3id.org/govkg/resource/document/d15/mention/1> .\n"])
    assert _spliced(tricky, grown)[0] is None


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([b"<urn:s1>", b"<urn:s2>", b"<https://w3id.org/govkg/ontology#S>"]),
                          st.sampled_from([b"<urn:p>", _MENTION, b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"]),
                          st.sampled_from([b"<urn:o1>", b"<urn:o2>", b"<urn:o3>", b"<urn:o4>", b'"<urn:o2> , <urn:o3>"',
                                           b"<https://w3id.org/govkg/ontology#O>", b"_:b1"])),
                min_size=2, unique=True),
       st.data())
def test_a_spliced_turtle_is_always_the_turtle_writers_own(triples, data):
    """Whatever is put into whatever chunk: the splice gives the Turtle writer's bytes, or declines."""
    lines = sorted(b"%s %s %s .\n" % t for t in triples)
    kept = data.draw(st.lists(st.sampled_from(lines), min_size=1, unique=True))
    spliced, expected = _spliced(sorted(kept), lines)
    assert spliced is None or spliced == expected


def test_a_stretch_is_copied_between_files_with_writes_around_it(tmp_path):
    import io

    from govkg.export import COPY_BLOCK_BYTES, copy_bytes

    source = tmp_path / "source"
    data = os.urandom(3 * COPY_BLOCK_BYTES + 17)
    source.write_bytes(data)
    with open(source, "rb") as src:
        with open(tmp_path / "out", "wb") as out:  # a file: copied by the kernel where it can
            out.write(b"head")
            copy_bytes(src, out, 5, len(data) - 10)
            out.write(b"tail")
            assert out.tell() == 8 + len(data) - 10
        memory = io.BytesIO()  # no file: a block at a time
        memory.write(b"head")
        copy_bytes(src, memory, 5, len(data) - 10)
        memory.write(b"tail")
        with pytest.raises(OSError, match="ended before"):
            copy_bytes(src, io.BytesIO(), len(data) - 3, 10)
    assert (tmp_path / "out").read_bytes() == memory.getvalue() == b"head" + data[5:-5] + b"tail"
