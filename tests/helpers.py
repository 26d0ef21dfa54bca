"""Run the pipeline on a snippet of text, for rule tests."""
import govkg
from govkg.extract import extract
from govkg.read import read_bytes
from govkg.segment import segment


def extract_text(text: str, name: str = "snippet.txt"):
    return extract(segment(read_bytes(text.encode("utf-8"), name)))


def labels(extraction, cls: str) -> set[str]:
    return {m.label for m in extraction.mentions if m.cls.value == cls}


def relations(extraction, predicate: str) -> set[tuple[str, str]]:
    return {(r.subject[1], r.object[1]) for r in extraction.relations if r.predicate.value == predicate}


def graph_of(folder, text: str):
    """The knowledge graph built from one article of ``text``, written into ``folder``."""
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return govkg.build([folder])
