"""Stage 6a: write a graph to files, atomically: a killed build leaves the old files intact."""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tempfile
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO, Iterator


@contextmanager
def atomic_output(path: str | Path, durable: bool = True) -> Iterator[BinaryIO]:
    """A file to write ``path`` through: a temporary file in the same folder, renamed over
    ``path`` when the block ends without error and removed when it does not. ``durable``
    flushes it to the disk before the rename, so that a crash cannot leave an empty file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "wb") as f:
            yield f
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: str | Path, data: bytes, durable: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    with atomic_output(path, durable) as f:
        f.write(data)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "gk": "https://w3id.org/govkg/ontology#",
}


def write_turtle(ntriples: str | Path, out: BinaryIO) -> None:
    """Turtle from a sorted N-Triples file, streamed by Oxigraph (twenty times faster than
    rdflib's writer, and never the whole graph in memory). Sorted input gives the same bytes
    for the same graph, with each subject's triples together."""
    import pyoxigraph as ox

    triples = ox.parse(path=str(ntriples), format=ox.RdfFormat.N_TRIPLES)
    ox.serialize(triples, out, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)


#: a chunk of N-Triples starts at the first line of a subject whose CRC-32 is a multiple of
#: this, if that line is one of the ANCHORS: boundaries that depend on the lines around them
#: alone, so adding a document leaves the chunks away from its lines as they were
CHUNK_SPACING = 64
#: predicates a subject's first line has (sorted first among its lines): rdf:type for most
#: nodes, rdf:object for reified statements; searching for them is what makes chunking cheap
ANCHORS = (b"> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ",
           b"> <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ")


def ntriples_chunks(graph) -> list[tuple[int, int]]:
    """Where a sorted N-Triples text (bytes or mmap) is cut into chunks of whole subjects, as
    (start, end) offsets, cut where the content says (see CHUNK_SPACING)."""
    cuts = []
    for anchor in ANCHORS:
        found = graph.find(anchor)
        while found >= 0:
            line = graph.rfind(b"\n", 0, found) + 1
            subject = graph[line:found + 1]
            if (not zlib.crc32(subject) % CHUNK_SPACING and line and b" " not in subject
                    and not graph[graph.rfind(b"\n", 0, line - 1) + 1:line].startswith(subject + b" ")):
                cuts.append(line)  # the subject's first line: the one before is another subject's
            found = graph.find(anchor, found + len(anchor))
    cuts = [0, *sorted(cuts), len(graph)] if len(graph) else []
    return list(zip(cuts, cuts[1:]))


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
    """A Turtle file written chunk by chunk, and where each chunk's Turtle lies in it, by the
    digest of the N-Triples it was written from: a later graph that shares chunks copies their
    Turtle from this file instead of writing it again."""

    path: Path
    spans: dict[str, tuple[int, int]]  # digest of a chunk's N-Triples -> (offset, length) of its Turtle
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
            saved = json.loads(index.read_text(encoding="utf-8"))
            if (saved["writer"] != _writer() or saved["path"] != str(path.resolve())
                    or tuple(saved["file"]) != cls._identity(path)):
                return None
            return cls(path, {d: (o, n) for d, o, n in saved["chunks"]}, tuple(saved["file"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, index: Path) -> None:
        """Record the chunks of the file, as it is now, in ``index``."""
        self.file = self._identity(self.path)
        write_atomic(index, json.dumps({
            "writer": _writer(), "path": str(self.path.resolve()), "file": list(self.file),
            "chunks": sorted([d, o, n] for d, (o, n) in self.spans.items()),
        }).encode("utf-8"))


def _writer() -> str:
    from importlib.metadata import version

    return f"pyoxigraph {version('pyoxigraph')} chunks {CHUNK_SPACING}"


def write_turtle_chunks(ntriples: str | Path, out: BinaryIO, path: str | Path,
                        previous: TurtleChunks | None = None) -> TurtleChunks:
    """Write the Turtle of a sorted N-Triples file to ``out`` (which becomes ``path``) chunk by
    chunk — the same bytes as write_turtle — copying from ``previous`` the Turtle of every chunk
    it already wrote. Returns the chunks written, for the next build to reuse."""
    import mmap

    header = _turtle_header()
    spans: dict[str, tuple[int, int]] = {}
    offset = 0
    old = open(previous.path, "rb") if previous else None
    try:
        with open(ntriples, "rb") as source:
            graph = mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ) if os.fstat(source.fileno()).st_size else b""
            for start, end in ntriples_chunks(graph):
                chunk = graph[start:end]
                digest = hashlib.sha256(chunk).hexdigest()[:32]
                if not offset:
                    out.write(header)
                    offset = len(header)
                if previous and (span := previous.spans.get(digest)):
                    old.seek(span[0])
                    turtle = old.read(span[1])
                else:
                    turtle = _serialize_turtle(chunk)
                    if not turtle.startswith(header):
                        raise ValueError("Turtle writer changed its @prefix lines between chunks")
                    turtle = turtle[len(header):]
                out.write(turtle)
                spans[digest] = (offset, len(turtle))
                offset += len(turtle)
            if isinstance(graph, mmap.mmap):
                graph.close()
    finally:
        if old:
            old.close()
    return TurtleChunks(Path(path), spans)
