"""Stage 6a: write a graph to files, atomically: a killed build leaves the old files intact."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Graph


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def to_turtle(graph: Graph) -> bytes:
    """Turtle, identical for identical graphs (rdflib sorts subjects and predicates;
    the graph has no blank nodes)."""
    return graph.serialize(format="turtle", encoding="utf-8")
