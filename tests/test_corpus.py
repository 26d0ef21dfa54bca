"""Corpora: parallel extraction, the per-document cache, progress."""
import os
import shutil
import time
from pathlib import Path

import pytest

import govkg
from govkg.api import collect_inputs
from govkg.cache import DocumentCache, extractor_version
from tests.conftest import CORPUS, EXAMPLES


def test_folders_are_walked_recursively_in_a_stable_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "z").mkdir(parents=True)
    for rel in ("b/2.txt", "a/z/1.txt", "a/3.txt", "c.txt"):
        (tmp_path / rel).write_text("临江县创办“运河讲坛”。\n", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    files, failures = collect_inputs([tmp_path])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a/3.txt", "a/z/1.txt", "b/2.txt", "c.txt"]
    assert failures == []


def test_jobs_give_byte_identical_output(tmp_path):
    one = govkg.build([CORPUS], jobs=1).to_turtle()
    two = govkg.build([CORPUS], jobs=2).to_turtle()
    assert one == two


def test_the_cache_re_extracts_only_new_documents(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in sorted(EXAMPLES.glob("*.txt"))[:3]:
        shutil.copy(f, corpus)
    cache = tmp_path / "cache"
    first = govkg.build([corpus], cache_dir=cache).to_turtle()

    import govkg.api as api

    extracted = []
    real = api.extract
    monkeypatch.setattr(api, "extract", lambda doc: extracted.append(doc.name) or real(doc))
    assert govkg.build([corpus], cache_dir=cache).to_turtle() == first
    assert extracted == []
    shutil.copy(sorted(EXAMPLES.glob("*.txt"))[3], corpus)
    govkg.build([corpus], cache_dir=cache)
    assert extracted == [sorted(EXAMPLES.glob("*.txt"))[3].name]


def test_the_extracting_process_is_told_how_much_text_comes(tmp_path, monkeypatch):
    """So a large build loads the tagger's compiled search at once; only what is not cached counts."""
    import govkg.api as api

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    files = sorted(EXAMPLES.glob("*.txt"))[:3]
    shutil.copy(files[0], corpus)
    cache = tmp_path / "cache"
    govkg.build([corpus], cache_dir=cache)
    for f in files[1:]:
        shutil.copy(f, corpus)
    told = []
    monkeypatch.setattr(api, "expect_text", told.append)
    govkg.build([corpus], cache_dir=cache, jobs=1)
    assert told == [sum(f.stat().st_size for f in files[1:]) // 3]
    govkg.build([corpus], cache_dir=cache, jobs=1)
    assert len(told) == 1  # nothing to extract: no tagger is loaded


def test_a_cached_document_under_another_name_keeps_its_new_name(tmp_path):
    cache = tmp_path / "cache"
    a = tmp_path / "a.txt"
    shutil.copy(EXAMPLES / "jinan-2018-08.txt", a)
    govkg.build([a], cache_dir=cache)
    b = tmp_path / "renamed.txt"
    a.rename(b)
    kg = govkg.build([b], cache_dir=cache)
    assert "renamed.txt" in kg.to_turtle() and "a.txt" not in kg.to_turtle()


@pytest.mark.parametrize("settled", [True, False], ids=["settled-files-are-not-read-again",
                                                       "files-changed-just-before-are-read-again"])
def test_a_rebuild_reads_only_files_whose_status_changed(tmp_path, monkeypatch, settled):
    import govkg.api
    import govkg.cache

    if settled:  # as if every file had been written long before it was read
        monkeypatch.setattr(govkg.cache.InputDigests, "SETTLED_NS", -10**12)
    corpus, cache = tmp_path / "corpus", tmp_path / "cache"
    corpus.mkdir()
    for f in sorted(EXAMPLES.glob("*.txt"))[:3]:
        shutil.copy(f, corpus)
    govkg.build([corpus], cache_dir=cache)
    read = []
    real_load = govkg.api.load_bytes
    monkeypatch.setattr(govkg.api, "load_bytes", lambda path: read.append(Path(path).name) or real_load(path))
    first = govkg.build([corpus], cache_dir=cache).to_turtle()
    assert len(read) == (0 if settled else 3)
    # the same size and modification time, other text: the change time tells
    edited = sorted(corpus.glob("*.txt"))[0]
    st = edited.stat()
    time.sleep(0.05)
    chars = list(edited.read_text(encoding="utf-8"))
    i, j = chars.index("。"), chars.index(",")  # three bytes each in UTF-8
    chars[i], chars[j] = chars[j], chars[i]
    edited.write_text("".join(chars), encoding="utf-8")
    os.utime(edited, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert edited.stat().st_size == st.st_size and edited.stat().st_mtime_ns == st.st_mtime_ns
    read.clear()
    second = govkg.build([corpus], cache_dir=cache).to_turtle()
    assert set(read) == ({edited.name} if settled else {f.name for f in corpus.glob("*.txt")}) and second != first
    assert second == govkg.build([corpus]).to_turtle()
    # a file gone from the corpus is forgotten: the record does not grow with files long removed
    edited.unlink()
    govkg.build([corpus], cache_dir=cache)
    record = govkg.cache.InputDigests(DocumentCache(cache).folder / "inputs.marshal")
    assert sorted(Path(k).name for k in record._known) == (sorted(f.name for f in corpus.glob("*.txt")) if settled else [])


def test_a_damaged_cache_entry_is_extracted_again(tmp_path):
    cache = tmp_path / "cache"
    govkg.build([EXAMPLES / "jinan-2018-08.txt"], cache_dir=cache)
    entries = [e for e in (cache / extractor_version()).rglob("*.nt") if e.parent.name != "graph"]
    assert len(entries) == 1
    for entry in entries:
        whole = entry.read_bytes()
        entry.write_bytes(whole[:len(whole) // 2].rsplit(b"\n", 1)[0] + b"\n")  # cut at a line's end
    kg = govkg.build([EXAMPLES / "jinan-2018-08.txt"], cache_dir=cache)
    assert kg.failures == [] and "评星定级" in kg.to_turtle()


def test_the_extractor_version_names_the_cache_folder():
    assert len(extractor_version()) == 16
    assert DocumentCache("x").folder.name == extractor_version()


def test_a_document_built_alone_and_in_a_corpus_says_the_same(tmp_path):
    """Documents' triples merge by union: a corpus graph holds each document's graph whole."""
    from rdflib import Graph

    corpus = govkg.build([EXAMPLES]).rdf
    for f in sorted(EXAMPLES.glob("*.txt")):
        alone = Graph().parse(data=govkg.api.document_ntriples(f), format="nt")
        missing = [t for t in alone if t not in corpus]
        assert missing == [], f.name


def test_a_mechanism_keeps_the_earliest_year_any_document_gives(tmp_path):
    (tmp_path / "a.txt").write_text("临江县:建立学习制度\n2009年以来,临江县建立了干部学习考勤制度。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("临江县:建立学习制度\n2006年,临江县建立了干部学习考勤制度。\n", encoding="utf-8")
    rows = govkg.build([tmp_path]).query(
        "PREFIX gk: <https://w3id.org/govkg/ontology#> SELECT ?y WHERE { ?m a gk:Mechanism ; gk:since ?y }").values()
    assert [[str(v) for v in row] for row in rows] == [["2006"]]


def test_progress_is_reported_once_per_document():
    ticks = []
    govkg.build([EXAMPLES], progress=lambda total: (ticks.append(total), lambda: ticks.append("doc"))[1])
    assert ticks == [4, "doc", "doc", "doc", "doc"]


def test_a_symlink_loop_is_reported_and_the_rest_built(tmp_path):
    (tmp_path / "a").mkdir()
    shutil.copy(EXAMPLES / "jinan-2018-08.txt", tmp_path / "a")
    (tmp_path / "a" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "a" / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    kg = govkg.build([tmp_path])
    reasons = {f.reason.split(":")[0] for f in kg.failures}
    assert reasons == {"symbolic link loop", "cannot read"}
    assert kg.counts()["documents"] == 1


def test_web_pages_and_markdown_are_built(tmp_path):
    from tests.test_read import PAGE

    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "note.md").write_text("# 临江县打造学习品牌\n\n**临江县**创办“运河讲坛”。\n", encoding="utf-8")
    kg = govkg.build([tmp_path])
    assert kg.failures == []
    ttl = kg.to_turtle()
    assert "燕赵讲坛" in ttl and "运河讲坛" in ttl and '"2011-09-18"' in ttl


def test_a_rebuild_with_the_cache_writes_what_a_build_without_it_writes(tmp_path, monkeypatch):
    """Adding documents inserts theirs into the last merged graph and rewrites only the Turtle
    chunks that changed; removing or changing one merges again. The files are the same either way."""
    import govkg.cache
    import govkg.export

    monkeypatch.setattr(govkg.export, "CHUNK_SPACING", 2)  # many chunks in a small graph
    corpus, cache, out = tmp_path / "corpus", tmp_path / "cache", tmp_path / "out"
    corpus.mkdir()
    articles = sorted(CORPUS.glob("*.txt"))
    for f in articles[:4]:
        shutil.copy(f, corpus)
    merges, serialized, spliced = [], [], []
    real_merge, real_serialize, real_splice = (govkg.cache.merge_ntriples, govkg.export.serialize_chunks,
                                               govkg.export.splice_turtle)
    monkeypatch.setattr(govkg.cache, "merge_ntriples", lambda *a: merges.append(1) or real_merge(*a))
    monkeypatch.setattr(govkg.export, "serialize_chunks", lambda cs: serialized.extend(cs) or real_serialize(cs))
    monkeypatch.setattr(govkg.export, "splice_turtle", lambda *a: spliced.append(real_splice(*a)) or spliced[-1])

    def rebuild() -> bytes:
        merges.clear()
        serialized.clear()
        kg = govkg.build([corpus], cache_dir=cache)
        kg.write(out, html=False)
        uncached = govkg.build([corpus])
        expected = uncached.to_turtle().encode("utf-8")
        assert (out / "graph.ttl").read_bytes() == expected
        assert kg.ntriples.read_bytes() == uncached.ntriples.read_bytes()
        return expected

    def merged_files() -> dict[str, int]:
        govkg.cache.wait_for_records()
        folder = govkg.cache.GraphCache(cache).folder
        return {p.suffix: p.stat().st_ino for p in folder.glob("graph-*")}

    first = rebuild()
    chunks = len(serialized)
    assert merges == [1] and chunks > 10
    merged = merged_files()
    monkeypatch.setattr(govkg.cache.GraphCache, "COMPACT_SHARE", 10)  # a small graph grows by much
    shutil.copy(articles[4], corpus)
    rebuild()
    assert merges == [] and 0 < len(serialized) < chunks
    # its lines are kept beside the merged file, which is not written again
    assert merged_files() == {".nt": merged[".nt"], ".added": merged_files()[".added"]}
    # the same text under another name: every node it names grows by its mentions, which are
    # put into the Turtle those nodes had
    spliced.clear()
    shutil.copy(articles[0], corpus / f"again-{articles[0].name}")
    rebuild()
    assert merges == [] and any(t is not None for t in spliced)
    assert merged_files()[".nt"] == merged[".nt"]
    # once the lines added come to a share of the merged file, they are written into a new one
    monkeypatch.setattr(govkg.cache.GraphCache, "COMPACT_SHARE", 0)
    shutil.copy(articles[5], corpus)
    rebuild()
    assert merges == [] and list(merged_files()) == [".nt"] and merged_files()[".nt"] != merged[".nt"]
    assert rebuild() and merges == [] and serialized == []  # nothing changed: nothing written anew
    (corpus / articles[4].name).unlink()
    (corpus / articles[5].name).unlink()
    (corpus / f"again-{articles[0].name}").unlink()
    assert rebuild() == first and merges == [1]
    changed = corpus / articles[0].name
    changed.write_text(changed.read_text(encoding="utf-8").replace("。", "。\n", 1), encoding="utf-8")
    rebuild()
    assert merges == [1]


def _built_with_cache(tmp_path: Path, n: int) -> tuple[Path, Path, Path, list[Path]]:
    """A corpus of the first ``n`` test articles built into out/ with a cache: (corpus, cache,
    out, every test article)."""
    corpus, cache, out = tmp_path / "corpus", tmp_path / "cache", tmp_path / "out"
    corpus.mkdir()
    articles = sorted(CORPUS.glob("*.txt"))
    for f in articles[:n]:
        shutil.copy(f, corpus)
    govkg.build([corpus], cache_dir=cache).write(out, html=False)
    return corpus, cache, out, articles


def test_a_graph_held_as_lines_added_to_a_merged_file_reads_whole_after_its_files_are_replaced(tmp_path, monkeypatch):
    """A graph the cache holds as a merged file with lines beside it is written out when asked
    for, also after a later build replaced those files; a Turtle lost in between is written
    whole again."""
    import govkg.cache

    monkeypatch.setattr(govkg.cache.GraphCache, "COMPACT_SHARE", 10)
    corpus, cache, out, articles = _built_with_cache(tmp_path, 3)
    shutil.copy(articles[3], corpus)
    held = govkg.build([corpus], cache_dir=cache)
    assert held.cached.graph.edited
    uncached = govkg.build([corpus])
    expected = uncached.ntriples.read_bytes()
    (out / "graph.ttl").unlink()
    shutil.copy(articles[4], corpus)
    kg = govkg.build([corpus], cache_dir=cache)
    kg.write(out, html=False)
    assert kg.cached.graph.edited
    assert (out / "graph.ttl").read_bytes() == govkg.build([corpus]).to_turtle().encode("utf-8")
    monkeypatch.setattr(govkg.cache.GraphCache, "COMPACT_SHARE", 0)  # the next build writes a new merged file
    shutil.copy(articles[5], corpus)
    govkg.build([corpus], cache_dir=cache).write(out, html=False)
    govkg.cache.wait_for_records()
    assert not held.cached.graph.path.exists()
    assert held.ntriples.read_bytes() == expected
    assert (out / "graph.ttl").read_bytes() == govkg.build([corpus]).to_turtle().encode("utf-8")


def test_a_graph_not_yet_on_the_disk_is_not_recorded_and_the_next_build_is_right(tmp_path, monkeypatch):
    """The cache names a merged graph only once it is flushed to the disk: a crash before that
    leaves the state naming the graph before it, which the next build still finds whole."""
    import json

    import govkg.cache

    corpus, cache, out, articles = _built_with_cache(tmp_path, 3)
    govkg.cache.wait_for_records(govkg.cache.GraphCache(cache).folder)
    state_path = govkg.cache.GraphCache(cache).state_path
    before = json.loads(state_path.read_text(encoding="utf-8"))

    def lost_power(path):
        raise OSError("the machine went down")

    shutil.copy(articles[3], corpus)
    monkeypatch.setattr(govkg.cache, "_flush_to_disk", lost_power)
    govkg.build([corpus], cache_dir=cache).write(out, html=False)
    govkg.cache.wait_for_records(govkg.cache.GraphCache(cache).folder)
    monkeypatch.undo()
    assert json.loads(state_path.read_text(encoding="utf-8")) == before
    assert (state_path.parent / before["graph"]).stat().st_size == before["size"]
    shutil.copy(articles[4], corpus)
    govkg.build([corpus], cache_dir=cache).write(out, html=False)
    assert (out / "graph.ttl").read_bytes() == govkg.build([corpus]).to_turtle().encode("utf-8")


def test_a_turtle_file_edited_since_it_was_written_is_not_copied_from(tmp_path):
    from govkg.export import TurtleChunks, write_turtle_chunks

    kg = govkg.build([EXAMPLES])
    ttl, index = tmp_path / "graph.ttl", tmp_path / "index.json"
    with open(ttl, "wb") as f:
        chunks = write_turtle_chunks(kg.ntriples, f, ttl, "examples")
    chunks.save(index)
    assert TurtleChunks.load(index, ttl) is not None
    ttl.write_bytes(ttl.read_bytes().replace("讲坛".encode(), "讲台".encode()))
    assert TurtleChunks.load(index, ttl) is None
