"""Stage 6a: write a graph to files, atomically: a killed build leaves the old files intact."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator


@contextmanager
def atomic_output(path: str | Path) -> Iterator[BinaryIO]:
    """A file to write ``path`` through: a temporary file in the same folder, renamed over
    ``path`` when the block ends without error and removed when it does not."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    with atomic_output(path) as f:
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
