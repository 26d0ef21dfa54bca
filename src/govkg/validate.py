"""Check a graph against the ontology's SHACL shapes (ontology/shapes.ttl) with pySHACL."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from .lexicon import ontology_dir


def validate_graph(data: Graph) -> tuple[bool, str]:
    """Returns (conforms, report text). Warnings are reported but do not fail."""
    import pyshacl

    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    ontology = Graph().parse(ontology_dir() / "govkg.ttl", format="turtle")
    conforms, _, text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", allow_warnings=True,
    )
    return conforms, text


def validate(path: str | Path) -> tuple[bool, str]:
    """Validate a graph.ttl (or a build folder holding one)."""
    p = Path(path)
    if p.is_dir():
        p = p / "graph.ttl"
    return validate_graph(Graph().parse(p, format="turtle"))
