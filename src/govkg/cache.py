"""A per-document cache of graph fragments, keyed by the document's digest, its file name, the
base IRI and the extractor's version; and the graph merged from them by the last build.

The version is a digest of the code and word lists that a document's triples depend on, so
changing a rule or a lexicon re-extracts everything, and nothing else does. Entries are written
atomically: an interrupted build leaves the cache consistent.
"""
from __future__ import annotations

import hashlib
import json
import marshal
import os
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Callable

from .export import atomic_output, write_atomic
from .graph import EditedGraph, merge_ntriples
from .lexicon import ontology_dir

_PACKAGE = Path(__file__).resolve().parent


@cache
def extractor_version() -> str:
    """Digest of everything a document's triples depend on: the stages' code, the lexicons, jieba."""
    h = hashlib.sha256(version("jieba").encode())
    sources = [_PACKAGE / n for n in ("model.py", "read.py", "segment.py", "tagger.py", "lexicon.py", "link.py", "graph.py", "vocab.py")]
    sources += sorted((_PACKAGE / "extract").glob("*.py"))
    sources += sorted((ontology_dir() / "lexicon").glob("*"))
    for path in sources:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


class DocumentCache:
    """Each document's sorted N-Triples, stored under ``folder``/<version>/<digest>-<key>.nt."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder) / extractor_version()

    def path(self, sha256: str, name: str, base: str) -> Path:
        """Where the triples of these bytes, under this file name and base IRI, are kept."""
        key = hashlib.sha256(f"{name}\x1f{base}".encode()).hexdigest()[:12]
        return self.folder / sha256[:2] / f"{sha256}-{key}.nt"

    def get(self, sha256: str, name: str, base: str) -> Path | None:
        """The cached entry, if there is a whole one: it ends with a comment giving the length
        of the triples before it, which a cut or damaged file does not match."""
        entry = self.path(sha256, name, base)
        try:
            with open(entry, "rb") as f:
                size = f.seek(0, 2)
                f.seek(max(0, size - 32))
                tail = f.read().rsplit(b"\n# ", 1)
        except OSError:
            return None
        if len(tail) == 2 and tail[1].endswith(b"\n") and tail[1][:-1].isdigit():
            length = int(tail[1][:-1])
            if length == size - len(tail[1]) - 2:
                return entry
        return None

    def put(self, sha256: str, name: str, base: str, triples: bytes) -> Path:
        """Store a document's triples (sorted N-Triples lines); returns the entry's path."""
        entry = self.path(sha256, name, base)
        # not flushed to the disk one by one: an entry a crash cut short fails get()'s check
        write_atomic(entry, triples + b"# %d\n" % len(triples), durable=False)
        return entry


class InputDigests:
    """The SHA-256 of input files as they were when last read, each with the file's size,
    times and inode then, kept in ``path``: a file whose status is unchanged is not read and
    hashed again. A file changed within the last few seconds before it was read is not
    recorded (its change time could still tick on unseen), and a change time moves on any
    write, so no edited file passes for the one recorded."""

    #: how old a file's change time must be, when it is read, for its digest to be recorded
    SETTLED_NS = 2_000_000_000

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self._known: dict[str, tuple] = marshal.loads(self.path.read_bytes())
            if not isinstance(self._known, dict):
                raise ValueError
        except (OSError, ValueError, EOFError, TypeError):
            self._known = {}
        self._changed = False
        self._asked: set[str] = set()

    @staticmethod
    def _status(st: os.stat_result) -> tuple:
        return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev

    def digest(self, path: Path, read: Callable[[Path], bytes]) -> str:
        """The file's SHA-256: the one recorded, if its status is the same, else that of
        ``read(path)`` (which may raise)."""
        key = os.path.abspath(path)
        self._asked.add(key)
        try:
            st = os.stat(key)
        except OSError:
            st = None
        known = self._known.get(key)
        if st is not None and known is not None and known[:-1] == self._status(st):
            return known[-1]
        sha = hashlib.sha256(read(path)).hexdigest()
        if st is not None and st.st_ctime_ns < time.time_ns() - self.SETTLED_NS:
            self._known[key] = (*self._status(st), sha)
            self._changed = True
        return sha

    def save(self) -> None:
        """Keep the digests of the files asked about, if any are new or others were recorded
        (not flushed to the disk: a lost file is read again)."""
        if self._changed or self._known.keys() - self._asked:
            self._known = {k: v for k, v in self._known.items() if k in self._asked}
            write_atomic(self.path, marshal.dumps(self._known), durable=False)
            self._changed = False


@dataclass
class MergedGraph:
    """A graph GraphCache.merge made: its name in the cache, its text and its counts; and, when
    it was made by adding documents to the graph before it, that graph's name and the edits
    made to it (offset, bytes dropped, bytes put there), which tell what a Turtle written from
    that graph can keep."""

    name: str
    graph: EditedGraph
    counts: Counter
    turtle_index: Path
    previous: str | None = None
    edits: list[tuple[int, int, int]] = field(default_factory=list)


class GraphCache:
    """The graph merged by the last build that used this cache, with the names of the
    documents' entries in it and its counts, under ``folder``/<version>/graph/. A build that
    only adds documents adds their lines to it: kept beside the merged file (graph-….added),
    not copied into a new one, until they come to a share of it (COMPACT_SHARE)."""

    #: the lines added beside a merged file are written into a new one once they come to this
    #: share of it: every rebuild reads them back, and what that costs grows with them
    COMPACT_SHARE = 1 / 64

    def __init__(self, folder: str | Path):
        self.folder = Path(folder) / extractor_version() / "graph"
        self.state_path = self.folder / "state.json"
        #: where the chunks of the last Turtle written from this cache's graph are recorded
        self.turtle_index = self.folder / "turtle.index"

    def _state(self) -> dict | None:
        try:
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
            if (self.folder / state["graph"]).stat().st_size != state["size"]:
                return None
            if state["added"] and (self.folder / state["added"]).stat().st_size != state["added_size"]:
                return None
            return state
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _graph(self, state: dict) -> EditedGraph:
        """The graph the state names: its merged file and the lines added beside it."""
        if not state["added"]:
            return EditedGraph(self.folder / state["graph"])
        added = marshal.loads((self.folder / state["added"]).read_bytes())
        return EditedGraph(self.folder / state["graph"], added["added"], added["removed"])

    def merge(self, parts: list[Path], jobs: int = 1) -> MergedGraph:
        """Merge documents' entries (files of a DocumentCache), reusing the last merged graph
        when it holds only documents among these (else merging in ``jobs`` processes)."""
        wait_for_records()  # this folder's, before reading its state; all, before merging forks
        names = sorted({p.name for p in parts})
        name = "graph-" + hashlib.sha256("\n".join(names).encode()).hexdigest()[:16]
        state = self._state()
        if state is not None:
            try:
                last = self._graph(state)
            except (OSError, ValueError, EOFError, KeyError, TypeError):
                state = None
        if state and state["name"] == name:
            return MergedGraph(name, last, Counter(state["counts"]), self.turtle_index)
        # new files are flushed to the disk by _record, before the state names them
        merged_file = self.folder / f"{name}.nt"
        if state and set(state["parts"]) <= set(names):
            merged_parts = set(state["parts"])
            graph, added, edits = last.with_lines([p for p in parts if p.name not in merged_parts])
            merged = MergedGraph(name, graph, Counter(state["counts"]) + added, self.turtle_index,
                                 state["name"], edits)
            if len(graph) - len(graph.base) < self.COMPACT_SHARE * len(graph.base):
                added_file = self.folder / f"{name}.added"
                write_atomic(added_file, marshal.dumps({"added": graph.added, "removed": graph.removed}),
                             durable=False)
                self._record_later(merged, names, [graph.path, added_file], new=[added_file])
                return merged
            with atomic_output(merged_file, durable=False) as f:
                graph.write_to(f)
            merged.graph = EditedGraph(merged_file)
        else:
            with atomic_output(merged_file, durable=False) as f:
                counts = merge_ntriples(parts, f, jobs)
            merged = MergedGraph(name, EditedGraph(merged_file), counts, self.turtle_index)
        self._record_later(merged, names, [merged_file], new=[merged_file])
        return merged

    def _record_later(self, merged: MergedGraph, parts: list[str], files: list[Path], new: list[Path]) -> None:
        """Record the merged graph in the state, in a thread: its merged file and, if any, the
        file of the lines added beside it (``files``), of which ``new`` were written by this build."""
        state = {"name": merged.name, "graph": files[0].name, "size": files[0].stat().st_size,
                 "added": files[1].name if len(files) > 1 else None,
                 "added_size": files[1].stat().st_size if len(files) > 1 else 0,
                 "parts": parts, "counts": dict(merged.counts)}
        # the graph is used at once; making it durable and recording it overlap with that
        record = threading.Thread(target=self._record, args=(files, new, state), name="govkg-cache-record")
        _records[self.folder] = record
        record.start()

    def _record(self, files: list[Path], new: list[Path], state: dict) -> None:
        """Flush the graph's new files to the disk, then name its files in the state and remove
        those of the graphs before it: a crash at any point leaves a state naming a whole graph."""
        try:
            for path in new:
                _flush_to_disk(path)
            write_atomic(self.state_path, json.dumps(state, ensure_ascii=False).encode("utf-8"))
        except OSError:
            return  # not recorded: the next build merges again
        for stale in [*self.folder.glob("graph-*.nt"), *self.folder.glob("graph-*.added")]:
            if stale not in files:
                stale.unlink(missing_ok=True)


def _flush_to_disk(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


#: the thread recording each cache folder's last graph, while it runs
_records: dict[Path, threading.Thread] = {}


def wait_for_records(folder: Path | None = None) -> None:
    """Wait until the graph a build in this process merged is recorded in ``folder`` (in every
    cache, without one: before forking workers, which must not copy a process while one of its
    threads is writing)."""
    for key in [folder] if folder is not None else list(_records):
        if (record := _records.pop(key, None)) is not None:
            record.join()
