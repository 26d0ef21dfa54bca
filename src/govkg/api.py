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
from .read import InputError, load_bytes, read_bytes, read_document, to_article_text
from .segment import segment
from .vocab import DEFAULT_BASE, EDGE_PREDICATES, GK, NODE_CLASSES

INPUT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@cache
def ontology() -> Graph:
    """The govkg ontology (classes and properties with their labels), parsed once."""
    return Graph().parse(ontology_dir() / "govkg.ttl", format="turtle")


def _walk(folder: Path, failures: list[Failure]) -> list[Path]:
    """Article files under ``folder`` in a stable order; a folder reached twice through
    symbolic links (a loop) is reported and not entered again."""
    found, visited = [], set()

    def visit(d: Path) -> None:
        real = d.resolve()
        if real in visited:
            failures.append(Failure(str(d), "symbolic link loop: folder already visited, skipped"))
            return
        visited.add(real)
        try:
            entries = sorted(d.iterdir(), key=lambda e: e.name)
        except OSError as err:
            failures.append(Failure(str(d), f"cannot read folder: {err.strerror or err}"))
            return
        for entry in entries:
            if entry.is_dir():
                visit(entry)
            elif entry.suffix.lower() in INPUT_SUFFIXES:
                if entry.is_file():
                    found.append(entry)
                else:
                    failures.append(Failure(str(entry), "cannot read: broken link or not a regular file"))

    visit(folder)
    return found


def collect_inputs(paths: Iterable[str | Path]) -> tuple[list[Path], list[Failure]]:
    """Files as given, and the article files under folders (recursively, in a stable order)."""
    files, failures, seen = [], [], set()
    for p in map(Path, paths):
        if p.is_dir():
            found = _walk(p, failures)
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
    return extract(segment(to_article_text(read_document(path))))


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


def _extract_or_fail(path: Path, cache_dir: str | None) -> Extraction | Failure:
    """One document through read → segment → extract, from the cache when it holds it.
    Runs in worker processes too: it returns its result rather than raising."""
    import hashlib

    from .cache import ExtractionCache

    cache = ExtractionCache(cache_dir) if cache_dir else None
    try:
        data = load_bytes(path)
        if cache is not None and (hit := cache.get(hashlib.sha256(data).hexdigest(), path)) is not None:
            return hit
        extraction = extract(segment(to_article_text(read_bytes(data, path))))
        if cache is not None:
            cache.put(extraction)
        return extraction
    except InputError as err:
        return Failure(err.path, err.reason)
    except OSError as err:
        return Failure(str(path), f"cannot read: {err.strerror or err}")
    except Exception as err:  # a fault of ours must not lose the rest of the corpus
        return Failure(str(path), f"extraction failed: {type(err).__name__}: {err}")


def extract_all(files: list[Path], *, jobs: int = 1, cache_dir: str | Path | None = None,
                progress=None) -> list[Extraction | Failure]:
    """Extract every file, in ``jobs`` processes; results come back in the order of ``files``,
    so the graph is the same whatever ``jobs`` is. ``progress`` is called once per document."""
    cache = str(cache_dir) if cache_dir else None
    if jobs <= 1 or len(files) < 2:
        results = []
        for f in files:
            results.append(_extract_or_fail(f, cache))
            if progress:
                progress()
        return results
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    results = []
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for result in pool.map(partial(_extract_or_fail, cache_dir=cache), files, chunksize=4):
            results.append(result)
            if progress:
                progress()
    return results


def build(paths: Iterable[str | Path], *, base: str = DEFAULT_BASE, jobs: int = 1,
          cache_dir: str | Path | None = None, progress=None) -> KnowledgeGraph:
    """Build one knowledge graph from article files and folders of them.

    Inputs that cannot be built are listed in ``.failures`` with the reason; the others are
    built all the same. ``jobs`` extracts in that many processes (the output is identical);
    ``cache_dir`` keeps each document's extraction so that a rebuild re-extracts only new or
    changed documents; ``progress(total)`` returns a callable invoked once per document."""
    started = time.perf_counter()
    files, failures = collect_inputs(paths)
    extractions = []
    tick = progress(len(files)) if progress else None
    for result in extract_all(files, jobs=jobs, cache_dir=cache_dir, progress=tick):
        if isinstance(result, Failure):
            failures.append(result)
        else:
            extractions.append(result)
    corpus = link(extractions)
    rdf = build_rdf(corpus, base)
    return KnowledgeGraph(rdf=rdf, corpus=corpus, failures=failures, seconds=time.perf_counter() - started)
