"""Stage 6a: write a graph to files, atomically: a killed build leaves the old files intact.

Turtle is streamed by Oxigraph; with a build cache it is written by chunks of whole subjects,
cut where the content says, so that a rebuild copies the chunks its new lines left alone.
"""
from __future__ import annotations

import hashlib
import io
import itertools
import marshal
import os
import sys
import zlib
from collections import deque
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterator

if TYPE_CHECKING:
    from .graph import EditedGraph


@contextmanager
def atomic_output(path: str | Path, durable: bool = True) -> Iterator[BinaryIO]:
    """A file to write ``path`` through: a temporary file in the same folder, renamed over
    ``path`` when the block ends without error and removed when it does not. ``durable``
    flushes it to the disk before the rename, so that a crash cannot leave an empty file."""
    path = Path(path)
    fd, tmp = _temporary_beside(path)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_temporaries = itertools.count()


def _temporary_beside(path: Path) -> tuple[int, str]:
    """A new file in ``path``'s folder (made if missing), open for writing, with the mode
    ordinary files get (0666 less the umask). Named by process and a counter rather than
    by mkstemp's random name and chmod: a build writes one per document."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    while True:
        tmp = os.path.join(path.parent, f".{path.name}.{os.getpid()}.{next(_temporaries)}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:  # left by a killed process that had the same pid
            continue
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
            return os.open(tmp, flags, 0o666), tmp


def write_atomic(path: str | Path, data: bytes, durable: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    with atomic_output(path, durable) as f:
        f.write(data)


@contextmanager
def mapped(path: str | Path):
    """A file's bytes, memory-mapped read-only (b"" for an empty file, which mmap refuses)."""
    import mmap

    with open(path, "rb") as f:
        if os.fstat(f.fileno()).st_size == 0:
            yield b""
            return
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as graph:
            yield graph


PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "gk": "https://w3id.org/govkg/ontology#",
}


def write_turtle(ntriples: str | Path, out: BinaryIO, jobs: int = 1) -> None:
    """Turtle from a sorted N-Triples file, streamed by Oxigraph (twenty times faster than
    rdflib's writer, and never the whole graph in memory). Sorted input gives the same bytes
    for the same graph, with each subject's triples together. With ``jobs`` processes, a large
    graph is cut into stretches of whole subjects (at least one per process, at most
    STRETCH_BYTES each, so memory stays flat), serialised side by side: Oxigraph ends a subject's
    statements before it starts the next, so the pieces join into the same bytes."""
    import pyoxigraph as ox

    size = os.path.getsize(ntriples)
    if jobs > 1 and size >= PARALLEL_TURTLE_BYTES:
        from concurrent.futures import ProcessPoolExecutor

        pieces = max(jobs, -(-size // STRETCH_BYTES))
        with mapped(ntriples) as graph:
            cuts = sorted({0, size, *(_next_subject(graph, size * k // pieces) for k in range(1, pieces))})
        out.write(_turtle_header())
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for turtles in pool.map(_serialize_spans, [str(ntriples)] * (len(cuts) - 1), [[c] for c in zip(cuts, cuts[1:])]):
                out.writelines(turtles)
        return
    triples = ox.parse(path=str(ntriples), format=ox.RdfFormat.N_TRIPLES)
    ox.serialize(triples, out, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def _next_subject(graph, offset: int) -> int:
    """The start of the first line at or after ``offset`` whose subject is not the one before it."""
    line = graph.rfind(b"\n", 0, offset) + 1 if offset else 0
    if line == 0:
        return 0
    previous = graph[graph.rfind(b"\n", 0, line - 1) + 1:line]
    subject = previous[:previous.find(b" ") + 1]
    while line < len(graph) and graph[line:line + len(subject)] == subject:
        line = graph.find(b"\n", line) + 1 or len(graph)
    return line


#: a chunk of N-Triples starts at the first line of a subject whose CRC-32 is a multiple of
#: this, if that line is one of the ANCHORS: boundaries that depend on the lines around them
#: alone, so adding a document leaves the chunks away from its lines as they were
CHUNK_SPACING = 8
#: predicates a subject's first line has (sorted first among its lines): rdf:type for most
#: nodes, rdf:object for reified statements; searching for them is what makes chunking cheap
ANCHORS = (b"> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ",
           b"> <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ")


def _is_cut(graph, line: int) -> bool:
    """Whether a chunk starts at the line starting at offset ``line`` of sorted N-Triples."""
    space = graph.find(b" ", line)
    subject = graph[line:space]
    if zlib.crc32(subject) % CHUNK_SPACING or not any(graph[space - 1:space - 1 + len(a)] == a for a in ANCHORS):
        return False
    before = graph.rfind(b"\n", 0, line - 1) + 1
    return graph[before:before + len(subject) + 1] != subject + b" "  # the subject's first line


def _cuts(graph, start: int, end: int) -> list[int]:
    """Where chunks start between ``start`` and ``end`` (exclusive), found from the anchors."""
    cuts = []
    for anchor in ANCHORS:
        found = graph.find(anchor, start, end)
        while found >= 0:
            line = graph.rfind(b"\n", 0, found) + 1
            if line > start and _is_cut(graph, line):
                cuts.append(line)
            found = graph.find(anchor, found + len(anchor), end)
    return sorted(cuts)


def ntriples_chunks(graph) -> list[tuple[int, int]]:
    """Where a sorted N-Triples text (bytes or mmap) is cut into chunks of whole subjects, as
    (start, end) offsets, cut where the content says (see CHUNK_SPACING)."""
    cuts = [0, *_cuts(graph, 0, len(graph)), len(graph)] if len(graph) else []
    return list(zip(cuts, cuts[1:]))


def carried_chunks(chunks: list[tuple[int, int]], edits: list[tuple[int, int, int]],
                   graph) -> list[tuple[int, int, int | None]]:
    """The chunks of ``graph``, made from sorted N-Triples cut into ``chunks`` by ``edits``
    (offset, bytes dropped, bytes put there; in order): (start, end, index of the old chunk
    it is, unchanged) — None for a new one. The same cuts as ntriples_chunks(graph), found by
    looking only where the edits fell."""
    import bisect

    if not chunks:
        return [(s, e, None) for s, e in ntriples_chunks(graph)]
    starts = [s for s, _ in chunks]
    dirty = [False] * len(chunks)
    for offset, _, _ in edits:
        j = max(0, bisect.bisect_right(starts, offset) - 1)
        dirty[j] = True
    shift_at, shift = [], 0  # the offset each edit's old offset moves by, in order
    for offset, dropped, put in edits:
        shift_at.append((offset, shift))
        shift += put - dropped

    def moved(old: int) -> int:  # where an old offset lands: moved by the edits before it, not those at it
        i = bisect.bisect_left(shift_at, (old, -1 << 62))
        return old + (shift_at[i][1] if i < len(shift_at) else shift)

    def end_of(j: int) -> int:  # where old chunk j ends now (the last one: at the end)
        return moved(chunks[j][1]) if j + 1 < len(chunks) else len(graph)

    runs: list[list[int]] = []  # first and last old chunk of each stretch to cut again
    j = 0
    while j < len(chunks):
        if not dirty[j]:
            j += 1
            continue
        first, last = j, j
        # the cuts at a stretch's ends stand if the lines on either side still say so
        while first and not _is_cut(graph, moved(chunks[first][0])):
            first -= 1
        while last + 1 < len(chunks) and (dirty[last + 1] or not _is_cut(graph, end_of(last))):
            last += 1
        if runs and first <= runs[-1][1]:
            runs[-1] = [min(first, runs[-1][0]), last]
        else:
            runs.append([first, last])
        j = last + 1

    def kept(lo: int, hi: int) -> list[tuple[int, int, int]]:
        # no edit falls inside old chunks lo..hi-1, so one shift moves them all
        if lo >= hi:
            return []
        d = moved(chunks[lo][0]) - chunks[lo][0]
        out = [(s + d, e + d, k) for k, (s, e) in enumerate(chunks[lo:hi], lo)]
        if hi == len(chunks):
            out[-1] = (out[-1][0], len(graph), out[-1][2])
        return out

    out, j = [], 0
    for first, last in runs:
        out += kept(j, first)
        start, end = moved(chunks[first][0]) if first else 0, end_of(last)
        cuts = [start, *_cuts(graph, start, end), end]
        out.extend((s, e, None) for s, e in zip(cuts, cuts[1:]) if e > s)
        j = last + 1
    return out + kept(j, len(chunks))


def _serialize_turtle(ntriples: bytes) -> bytes:
    import pyoxigraph as ox

    buf = io.BytesIO()
    ox.serialize(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES), buf, format=ox.RdfFormat.TURTLE,
                 prefixes=PREFIXES)
    return buf.getvalue()


@cache
def _turtle_header() -> bytes:
    """The @prefix lines Oxigraph puts before any triple."""
    sample = _serialize_turtle(b"<urn:x:s> <urn:x:p> <urn:x:o> .\n")
    return sample[:sample.index(b"<urn:x:s>")]


@dataclass
class TurtleChunks:
    """A Turtle file written chunk by chunk from a named N-Triples graph, and for each chunk where
    it lies in both: a later graph made from that one by known edits, or sharing chunks with it,
    copies their Turtle from this file instead of writing it again."""

    path: Path  # the Turtle file
    graph: str  # the name of the N-Triples graph it was written from
    #: (start, end) in the N-Triples, digest of those bytes, (offset, length) of their Turtle
    chunks: list[tuple[int, int, str, int, int]]
    file: tuple[int, int, int] = (0, 0, 0)  # size, modification time, inode of the file described

    @staticmethod
    def _identity(path: Path) -> tuple[int, int, int]:
        st = path.stat()
        return st.st_size, st.st_mtime_ns, st.st_ino

    @classmethod
    def load(cls, index: Path, path: Path) -> "TurtleChunks | None":
        """The chunks of ``path`` recorded in ``index``, if that file is the one they describe
        (same size, time and inode) and was written by this Turtle writer."""
        try:
            # marshal: a hundred thousand chunks load in milliseconds (JSON took a tenth of a second)
            saved = marshal.loads(index.read_bytes())
            if (saved["writer"] != _writer() or saved["path"] != str(path.resolve())
                    or tuple(saved["file"]) != cls._identity(path)):
                return None
            return cls(path, saved["graph"], saved["chunks"], tuple(saved["file"]))
        except (OSError, ValueError, KeyError, TypeError, EOFError):
            return None

    def save(self, index: Path) -> None:
        """Record the chunks of the file, as it is now, in ``index``."""
        self.file = self._identity(self.path)
        write_atomic(index, marshal.dumps({
            "writer": _writer(), "path": str(self.path.resolve()), "file": list(self.file),
            "graph": self.graph, "chunks": self.chunks,
        }))


def _writer() -> str:
    import pyoxigraph

    # marshal's format is the Python version's
    return f"pyoxigraph {pyoxigraph.__version__} chunks {CHUNK_SPACING} python {sys.version_info[:2]}"


def write_turtle_chunks(ntriples: str | Path | EditedGraph, out: BinaryIO, path: str | Path, name: str,
                        previous: TurtleChunks | None = None,
                        edits: list[tuple[int, int, int]] | None = None, jobs: int = 1,
                        before_fork: Callable[[], None] | None = None) -> TurtleChunks:
    """Write the Turtle of a sorted N-Triples file, or of a graph.EditedGraph (the graph called
    ``name``), to ``out``, which becomes ``path``, chunk by chunk — the same bytes as write_turtle. The Turtle of chunks that
    ``previous`` wrote already is copied from it: found from ``edits`` when this graph is that
    one with these edits made (see carried_chunks), else by the digest of each chunk. Chunks
    written anew are serialised in ``jobs`` processes once there is much to write (``before_fork``
    is called before they are started). Returns the chunks written, for the next build to reuse."""
    header = _turtle_header()
    written: list[tuple[int, int, str, int, int]] = []
    offset = len(header)
    old = open(previous.path, "rb") if previous else None
    # chunks waiting to be serialised, in order: (start, end, digest, and where to copy their
    # Turtle from, or their Turtle, or None)
    window: list[tuple[int, int, str, tuple | bytes | None]] = []
    window_bytes = fresh_bytes = 0
    # windows in order, each with its new chunks' Turtle or the job making it
    queued: deque = deque()
    pool = None

    def write_window(entries, turtles) -> None:
        nonlocal offset
        fresh = iter(turtles.result() if hasattr(turtles, "result") else turtles)
        pending = [0, 0]  # a stretch of the old file to copy: chunks kept side by side, copied at once
        for start, end, digest, copy in entries:
            if copy is None or isinstance(copy, bytes):
                if pending[1]:
                    copy_bytes(old, out, *pending)
                    pending = [0, 0]
                turtle = next(fresh) if copy is None else copy
                out.write(turtle)
                length = len(turtle)
            else:
                length = copy[4]
                if pending[1] and pending[0] + pending[1] == copy[3]:
                    pending[1] += length
                else:
                    if pending[1]:
                        copy_bytes(old, out, *pending)
                    pending = [copy[3], length]
            written.append((start, end, digest, offset, length))
            offset += length
        if pending[1]:
            copy_bytes(old, out, *pending)

    def flush(graph) -> None:
        nonlocal pool
        spans = [(s, e) for s, e, _, copy in window if copy is None]
        if jobs > 1 and pool is None and fresh_bytes >= PARALLEL_TURTLE_BYTES:
            from concurrent.futures import ProcessPoolExecutor

            if before_fork:
                before_fork()
            pool = ProcessPoolExecutor(max_workers=jobs)
        if pool is not None and spans:
            turtles = (pool.submit(_serialize_spans, str(text_file), spans) if text_file is not None
                       else pool.submit(serialize_chunks, [graph[s:e] for s, e in spans]))
        else:
            turtles = serialize_chunks([graph[s:e] for s, e in spans])
        queued.append((list(window), turtles))
        window.clear()
        while len(queued) > 2 * jobs:  # a few windows ahead at most: memory stays flat
            write_window(*queued.popleft())

    # workers read their chunks from the file when it holds the graph as it is, else are sent them
    if isinstance(ntriples, (str, Path)):
        text_file, opened = Path(ntriples), mapped(ntriples)
    else:
        text_file, opened = None if ntriples.edited else ntriples.path, nullcontext(ntriples.text())
    try:
        with opened as graph:
            if previous and edits is not None:
                kept = carried_chunks([c[:2] for c in previous.chunks], edits, graph)
                by_digest = {}
            else:
                kept = [(s, e, None) for s, e in ntriples_chunks(graph)]
                by_digest = {c[2]: c for c in previous.chunks} if previous else {}
            if kept:
                out.write(header)
            grown = _GrownChunks(previous.chunks, edits) if previous and edits is not None else None
            for start, end, was in kept:
                if was is not None:
                    digest, copy = previous.chunks[was][2], previous.chunks[was]
                else:
                    digest = hashlib.sha256(graph[start:end]).hexdigest()[:32]
                    copy = by_digest.get(digest) or (grown and grown.turtle(old, graph, start, end))
                window.append((start, end, digest, copy))
                if copy is None:
                    window_bytes += end - start
                    fresh_bytes += end - start
                    if window_bytes >= SERIALIZE_BATCH_BYTES:
                        flush(graph)
                        window_bytes = 0
            flush(graph)
            while queued:
                write_window(*queued.popleft())
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        if old:
            old.close()
    return TurtleChunks(Path(path), name, written)


def insertion_point(graph, line: bytes, lo: int = 0, hi: int | None = None) -> int:
    """Where ``line`` belongs in the sorted lines of ``graph`` (bytes or mmap), between offsets
    ``lo`` and ``hi``: the offset of the first line not less than it, found by halving the byte
    range — no line index needed."""
    hi = len(graph) if hi is None else hi
    while lo < hi:
        mid = (lo + hi) // 2
        start = max(lo, graph.rfind(b"\n", 0, mid) + 1)
        end = graph.find(b"\n", mid) + 1 or len(graph)
        if graph[start:end] < line:
            lo = end
        else:
            hi = start
    return lo


def line_at(graph, offset: int) -> bytes:
    """The line of sorted N-Triples (bytes, mmap or graph.EditedGraph) that starts at ``offset``
    (b"" at the end)."""
    return graph[offset:(graph.find(b"\n", offset) + 1) or len(graph)]


def line_before(graph, offset: int) -> bytes:
    """The line that ends where the line at ``offset`` starts (b"" at the start)."""
    return graph[graph.rfind(b"\n", 0, max(0, offset - 1)) + 1:offset] if offset else b""


class _GrownChunks:
    """The chunks of a graph that a TurtleChunks wrote, as they are after ``edits`` (offset,
    bytes dropped, bytes put there) were made to that graph: a chunk that only had lines put
    into it, each beside a line of the same subject and predicate, gets its Turtle by putting
    their objects into its old Turtle — far less than serialising again a node mentioned in
    a thousand documents, whose one line grows by two objects."""

    def __init__(self, chunks: list[tuple[int, int, str, int, int]], edits: list[tuple[int, int, int]]):
        self.chunks = chunks
        self.starts = [c[0] for c in chunks]
        self.edits = []  # (where the bytes put are in the new graph, bytes dropped, bytes put)
        self.shift_before = []  # how far the edits before each one moved the old graph's bytes
        shift = 0
        for offset, dropped, put in edits:
            self.edits.append((offset + shift, dropped, put))
            self.shift_before.append(shift)
            shift += put - dropped
        self.shift_before.append(shift)
        self.new_offsets = [e[0] for e in self.edits]

    def turtle(self, old: BinaryIO, graph, start: int, end: int) -> bytes | None:
        """The Turtle of the new graph's chunk [start, end), if it is an old chunk with lines
        put into it that splice_turtle can place; else None."""
        import bisect

        first = bisect.bisect_left(self.new_offsets, start)
        last = bisect.bisect_left(self.new_offsets, end)
        if first == last or (first and self.edits[first - 1][0] + self.edits[first - 1][2] > start):
            return None
        put = []
        for offset, dropped, length in self.edits[first:last]:
            if dropped or offset + length > end:
                return None
            put.append((offset - start, offset + length - start))
        old_start, old_end = start - self.shift_before[first], end - self.shift_before[last]
        j = bisect.bisect_left(self.starts, old_start)
        if j == len(self.chunks) or self.chunks[j][:2] != (old_start, old_end):
            return None
        old.seek(self.chunks[j][3])
        return splice_turtle(old.read(self.chunks[j][4]), graph[start:end], put)


def _verbatim_iri(term: bytes) -> bool:
    """Whether the Turtle writer writes this N-Triples term as it is: an IRI under no prefix."""
    return term[:1] == b"<" and not term.startswith(_PREFIXED_IRIS)


_PREFIXED_IRIS = tuple(b"<" + iri.encode() for iri in PREFIXES.values())


@cache
def _predicate_turtle(predicate: bytes) -> bytes:
    """How the Turtle writer writes a predicate (``a``, ``gk:mention``, <…>)."""
    sample = _serialize_turtle(b"<urn:x:s> " + predicate + b" <urn:x:o> .\n")[len(_turtle_header()):]
    return sample[len(b"<urn:x:s> "):-len(b" <urn:x:o> .\n")]


def splice_turtle(turtle: bytes, chunk: bytes, put: list[tuple[int, int]]) -> bytes | None:
    """The Turtle of ``chunk`` (sorted N-Triples lines) made from ``turtle``, the Turtle of the
    chunk before the lines at ``put`` ((start, end) in ``chunk``, in order) were put into it;
    or None when a line cannot be placed so: its subject or object is not an IRI written as it
    is, or no line beside it has its subject and predicate, or some object of that predicate
    is a literal (whose text could hold the text searched for).

    The Turtle writer starts each subject's statements on a line of their own, puts each
    predicate's objects on one line, in the order of the N-Triples lines, separated by " , ",
    and writes no line break inside a term; a placed object goes beside its neighbour."""
    text = bytearray(turtle)
    put_ends = dict(put)
    for a, b in put:
        line = chunk[a:b]
        subject, predicate, obj = line[:-3].split(b" ", 2) if line.endswith(b" .\n") else (b"", b"", b"")
        if not (_verbatim_iri(subject) and _verbatim_iri(obj) and b" " not in obj):
            return None
        pair = subject + b" " + predicate + b" "
        # the line before is in the Turtle already, old or placed; the first line after that
        # is no line put in is too
        following = b
        while following in put_ends:
            following = put_ends[following]
        before, after = line_before(chunk, a), line_at(chunk, following)
        if before.startswith(pair):  # placed after the object of the line before
            neighbour, follows = before[len(pair):-3], True
        elif after.startswith(pair):  # placed before the object of the line after
            neighbour, follows = after[len(pair):-3], False
        else:
            return None
        # a literal object sorts before every IRI: the first line at or after pair + '"' says
        literal = insertion_point(chunk, pair + b'"', 0, a)
        if not _verbatim_iri(neighbour) or chunk.startswith(pair + b'"', literal):
            return None
        if text.startswith(subject + b" "):
            block = 0
        elif (block := text.find(b"\n" + subject + b" ") + 1) == 0:
            return None
        written = _predicate_turtle(predicate) + b" "
        if text.startswith(written, block + len(subject) + 1):  # the subject's first predicate
            line_start = block + len(subject) + 1
        else:  # the first line of this predicate from here is the subject's: it has one
            line_start = text.find(b"\n\t" + written, block) + 2
            if line_start == 1:
                return None
        found = text.find(b" " + neighbour + b" ", line_start)
        if found < 0 or text.find(b"\n", line_start, found) >= 0:
            return None
        if follows:
            at = found + 1 + len(neighbour)
            text[at:at] = b" , " + obj
        else:
            text[found + 1:found + 1] = obj + b" , "
    return bytes(text)


def _serialize_spans(ntriples: str, spans: list[tuple[int, int]]) -> list[bytes]:
    """serialize_chunks over spans of an N-Triples file (in a worker process)."""
    with mapped(ntriples) as graph:
        return serialize_chunks([graph[s:e] for s, e in spans])


#: the most bytes copy_bytes holds in memory at once when the kernel does not copy for it
COPY_BLOCK_BYTES = 1 << 20
#: copy_bytes leaves stretches shorter than this to the file objects: three system calls
#: cost more than copying a few pages through memory
KERNEL_COPY_BYTES = 64 << 10


def copy_bytes(source: BinaryIO, out: BinaryIO, offset: int, length: int) -> None:
    """Append ``length`` bytes of ``source`` from ``offset`` to ``out``: copied by the kernel
    between the files where it can (no page of either mapped into this process), else a block
    at a time — one large read costs more in fresh memory than the copying itself."""
    if length >= KERNEL_COPY_BYTES and _kernel_copy_possible(source, out):
        out.flush()
        dst = out.fileno()
        try:
            while length > 0:
                n = os.copy_file_range(source.fileno(), dst, length, offset)
                if n == 0:
                    break  # the source is shorter than asked: the loop below says so
                offset, length = offset + n, length - n
        except OSError:
            pass  # not between these files here: the rest a block at a time
        # the file object does not see the kernel move its descriptor: it is told where it is
        out.seek(os.lseek(dst, 0, os.SEEK_CUR))
    while length > 0:
        source.seek(offset)
        block = source.read(min(length, COPY_BLOCK_BYTES))
        if not block:
            raise OSError(f"{getattr(source, 'name', 'source')} ended before {offset + length}")
        out.write(block)
        offset, length = offset + len(block), length - len(block)


def _kernel_copy_possible(source: BinaryIO, out: BinaryIO) -> bool:
    try:
        source.fileno(), out.fileno()
        return hasattr(os, "copy_file_range") and out.seekable()
    except (AttributeError, OSError, io.UnsupportedOperation):
        return False


#: how much N-Triples one Oxigraph call serialises when chunks are written anew
SERIALIZE_BATCH_BYTES = 4 << 20
#: how much N-Triples is serialised in this process before other processes are started to help
PARALLEL_TURTLE_BYTES = 32 << 20
#: the most N-Triples one process serialises at once when a graph is cut into stretches
STRETCH_BYTES = 32 << 20
#: a line put between chunks serialised together: its subject is no node of a govkg graph
_CHUNK_MARK = b"<urn:govkg:chunk-boundary> <urn:govkg:chunk-boundary> <urn:govkg:chunk-boundary> .\n"


def serialize_chunks(chunks: list[bytes]) -> list[bytes]:
    """The Turtle of each chunk of sorted N-Triples (whole subjects), without the @prefix lines:
    one Oxigraph call for them all, a marker line between them — Oxigraph ends a subject's
    statements before it starts the next, so the output splits at the markers into what each
    chunk gives alone. A chunk whose text holds the marker is serialised apart."""
    if not chunks:
        return []
    header = _turtle_header()
    turtle = _serialize_turtle(_CHUNK_MARK.join(chunks))
    if not turtle.startswith(header):
        raise ValueError("Turtle writer changed its @prefix lines between chunks")
    pieces = turtle[len(header):].split(_CHUNK_MARK)
    if len(pieces) == len(chunks):
        return pieces
    return [_serialize_turtle(c)[len(header):] for c in chunks]
