"""The library API: build a knowledge graph from articles, in one call or stage by stage.

    >>> import govkg
    >>> kg = govkg.build(["examples/"])
    >>> kg.rdf        # rdflib.Graph
    >>> kg.nx         # networkx.MultiDiGraph of entities and their relations
    >>> kg.write("output/")
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Iterable

import networkx as nx
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from .export import to_turtle, write_atomic
from .extract import extract
from .graph import build_rdf
from .lexicon import ontology_dir
from .link import link
from .model import Corpus, Extraction, Failure
from .read import InputError, read_document, reject_markup
from .segment import segment
from .vocab import DEFAULT_BASE, GK

INPUT_SUFFIXES = (".txt",)
NODE_CLASSES = ("Organization", "Place", "Person", "Program", "Mechanism", "Group", "Publication",
                "Event", "Speech", "Metric")
EDGE_PREDICATES = ("runs", "establishes", "hasMetric", "appliesTo", "speaker", "hasSpeech", "location", "partOf")


@cache
def ontology() -> Graph:
    """The govkg ontology (classes and properties with their labels), parsed once."""
    return Graph().parse(ontology_dir() / "govkg.ttl", format="turtle")


def collect_inputs(paths: Iterable[str | Path]) -> tuple[list[Path], list[Failure]]:
    """Files as given, and the article files under folders, in a stable order."""
    files, failures, seen = [], [], set()
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES)
        elif p.exists():
            found = [p]
        else:
            failures.append(Failure(str(p), "no such file or folder"))
            continue
        for f in found:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                files.append(f)
    return files, failures


def extract_file(path: str | Path) -> Extraction:
    """Read, segment and extract one article. Raises InputError for unusable input."""
    raw = read_document(path)
    reject_markup(raw)
    return extract(segment(raw))


@dataclass
class KnowledgeGraph:
    """A built graph: its RDF, a networkx view, and what could not be built."""

    rdf: Graph
    corpus: Corpus | None = None
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0

    @classmethod
    def load(cls, path: str | Path) -> "KnowledgeGraph":
        """A graph written earlier: a graph.ttl, or a build folder holding one."""
        p = Path(path)
        if p.is_dir():
            p = p / "graph.ttl"
        return cls(rdf=Graph().parse(p, format="turtle"))

    @cached_property
    def nx(self) -> nx.MultiDiGraph:
        """Entities, speeches and metrics as nodes (cls, label, aliases); relations as edges
        labelled with the ontology's Chinese label of the property."""
        zh_labels = {p: p for p in EDGE_PREDICATES}
        for p in EDGE_PREDICATES:
            for lit in ontology().objects(GK[p], RDFS.label):
                if getattr(lit, "language", None) == "zh":
                    zh_labels[p] = str(lit)
        g = nx.MultiDiGraph()
        for cls in NODE_CLASSES:
            for node in self.rdf.subjects(RDF.type, GK[cls]):
                label = self.rdf.value(node, RDFS.label)
                aliases = sorted(str(a) for a in self.rdf.objects(node, SKOS.altLabel))
                g.add_node(str(node), cls=cls, label=str(label) if label is not None else str(node).rsplit("/", 1)[-1],
                           aliases=aliases)
        for p in EDGE_PREDICATES:
            for s, o in self.rdf.subject_objects(GK[p]):
                if str(s) in g and isinstance(o, URIRef) and str(o) in g:
                    g.add_edge(str(s), str(o), key=p, predicate=p, label=zh_labels[p])
        return g

    @cached_property
    def store(self):
        """The graph and the ontology in a pyoxigraph Store, for SPARQL."""
        import pyoxigraph as ox

        store = ox.Store()
        store.bulk_load(self.rdf.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)
        store.bulk_load(ontology().serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)
        return store

    def query(self, sparql: str, *, timeout: float = 30.0, bindings: dict | None = None):
        """Answer a SPARQL query with Oxigraph: a QueryResult (``.variables``, ``.rows``, ``.values()``)."""
        from .query import run_query

        return run_query(self.store, sparql, timeout=timeout, bindings=bindings)

    def to_turtle(self) -> str:
        return to_turtle(self.rdf).decode("utf-8")

    def counts(self) -> dict[str, int]:
        """Nodes per class, and relations between entities."""
        c = Counter(data["cls"] for _, data in self.nx.nodes(data=True))
        out = {cls: c.get(cls, 0) for cls in NODE_CLASSES}
        out["relations"] = self.nx.number_of_edges()
        out["documents"] = len(set(self.rdf.subjects(RDF.type, GK.Document)))
        return out

    def write(self, out_dir: str | Path, html: bool = True, formats=("turtle",)) -> list[Path]:
        """Write the graph into ``out_dir`` in each of ``formats`` (turtle, trig, ntriples, jsonld,
        graphml, csv: see govkg.formats) and graph.html, each file atomically."""
        from .formats import write_formats
        from .render import render_html

        out = Path(out_dir)
        written = write_formats(self.rdf, self.nx, out, formats)
        if html:
            written.append(out / "graph.html")
            write_atomic(written[-1], render_html(self.rdf).encode("utf-8"))
        return written


def build(paths: Iterable[str | Path], *, base: str = DEFAULT_BASE) -> KnowledgeGraph:
    """Build one knowledge graph from article files and folders of them.

    Inputs that cannot be built are listed in ``.failures`` with the reason; the others
    are built all the same."""
    started = time.perf_counter()
    files, failures = collect_inputs(paths)
    extractions = []
    for path in files:
        try:
            extractions.append(extract_file(path))
        except InputError as err:
            failures.append(Failure(err.path, err.reason))
        except Exception as err:  # a fault of ours must not lose the rest of the corpus
            failures.append(Failure(str(path), f"extraction failed: {type(err).__name__}: {err}"))
    corpus = link(extractions)
    rdf = build_rdf(corpus, base)
    return KnowledgeGraph(rdf=rdf, corpus=corpus, failures=failures, seconds=time.perf_counter() - started)
