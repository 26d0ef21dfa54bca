"""A per-document cache of graph fragments, keyed by the document's digest, its file name, the
base IRI and the extractor's version.

The version is a digest of the code and word lists that a document's triples depend on, so
changing a rule or a lexicon re-extracts everything, and nothing else does. Entries are written
atomically: an interrupted build leaves the cache consistent.
"""
from __future__ import annotations

import hashlib
from functools import cache
from importlib.metadata import version
from pathlib import Path

from .export import write_atomic
from .lexicon import ontology_dir

_PACKAGE = Path(__file__).resolve().parent


@cache
def extractor_version() -> str:
    """Digest of everything a document's triples depend on: the stages' code, the lexicons, jieba."""
    h = hashlib.sha256(version("jieba").encode())
    sources = [_PACKAGE / n for n in ("model.py", "read.py", "segment.py", "lexicon.py", "link.py", "graph.py", "vocab.py")]
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
        write_atomic(entry, triples + b"# %d\n" % len(triples))
        return entry
