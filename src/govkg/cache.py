"""A per-document cache of extractions, keyed by the document's digest and the extractor's version.

The version is a digest of the code and word lists that extraction depends on, so changing a rule
or a lexicon re-extracts everything, and nothing else does. Entries are written atomically: an
interrupted build leaves the cache consistent.
"""
from __future__ import annotations

import hashlib
import pickle
from dataclasses import replace
from functools import cache
from pathlib import Path

import jieba

from .export import write_atomic
from .lexicon import ontology_dir
from .model import Extraction

_PACKAGE = Path(__file__).resolve().parent


@cache
def extractor_version() -> str:
    """Digest of everything an extraction depends on: the stages' code, the lexicons, jieba."""
    h = hashlib.sha256(jieba.__version__.encode())
    sources = [_PACKAGE / n for n in ("model.py", "read.py", "segment.py", "lexicon.py")]
    sources += sorted((_PACKAGE / "extract").glob("*.py"))
    sources += sorted((ontology_dir() / "lexicon").glob("*"))
    for path in sources:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


class ExtractionCache:
    """Extractions stored under ``folder``/<version>/<digest>.pickle."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder) / extractor_version()

    def _path(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / f"{sha256}.pickle"

    def get(self, sha256: str, path: str | Path) -> Extraction | None:
        """The cached extraction of these bytes, named after ``path``; None if there is none."""
        entry = self._path(sha256)
        try:
            extraction = pickle.loads(entry.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        raw = extraction.document.raw
        extraction.document.raw = replace(raw, path=str(path), name=Path(path).name)
        return extraction

    def put(self, extraction: Extraction) -> None:
        write_atomic(self._path(extraction.document.raw.sha256), pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL))
