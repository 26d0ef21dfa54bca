"""The library API: build a knowledge graph from articles, in one call or stage by stage.

    >>> import govkg
    >>> kg = govkg.build(["examples/"])
    >>> kg.query("SELECT …")  # SPARQL with Oxigraph
    >>> kg.rdf        # rdflib.Graph
    >>> kg.nx         # networkx.MultiDiGraph of entities and their relations
    >>> kg.write("output/")
"""
from __future__ import annotations

import io
import os
import tempfile
import time
from collections import Counter
from functools import cache, cached_property, partial
from pathlib import Path
from typing import Iterable

from rdflib import RDFS, Graph
from rdflib.namespace import SKOS

from .cache import DocumentCache, GraphCache, InputDigests, MergedGraph, wait_for_records
from .export import PREFIXES, atomic_output, write_atomic, write_turtle
from .extract import extract
from .graph import Identifiers, document_triples, merge_ntriples
from .lexicon import ontology_dir
from .link import link_document
from .model import Extraction, Failure
from .read import InputError, load_bytes, read_bytes, read_document, to_article_text
from .segment import expect_text, segment
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
        try:
            st = d.stat()
            if (st.st_dev, st.st_ino) in visited:
                failures.append(Failure(str(d), "symbolic link loop: folder already visited, skipped"))
                return
            visited.add((st.st_dev, st.st_ino))
            # scandir knows each entry's kind from the folder listing: no stat per file
            with os.scandir(d) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as err:
            failures.append(Failure(str(d), f"cannot read folder: {err.strerror or err}"))
            return
        for entry in entries:
            path = d / entry.name
            if _is_dir(entry):
                visit(path)
            elif path.suffix.lower() in INPUT_SUFFIXES:
                if _is_file(entry):
                    found.append(path)
                else:
                    failures.append(Failure(str(path), "cannot read: broken link or not a regular file"))

    visit(folder)
    return found


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def collect_inputs(paths: Iterable[str | Path]) -> tuple[list[Path], list[Failure]]:
    """Files as given, and the article files under folders (recursively, in a stable order);
    a file reached twice (through links, or named twice) is built once."""
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
            try:
                st = f.stat()
                key = (st.st_dev, st.st_ino)
            except OSError:
                key = f.resolve()
            if key not in seen:
                seen.add(key)
                files.append(f)
    return files, failures


def extract_file(path: str | Path) -> Extraction:
    """Read, segment and extract one article. Raises InputError for unusable input."""
    return extract(segment(to_article_text(read_document(path))))


def document_ntriples(path: str | Path, base: str = DEFAULT_BASE) -> bytes:
    """One article's share of the graph as sorted N-Triples: read → segment → extract → link → graph."""
    return document_triples(link_document(extract_file(path)), base)


class KnowledgeGraph:
    """A built graph: its triples in a sorted N-Triples file, with views made when first asked
    for — an rdflib Graph, a pyoxigraph Store for SPARQL, a networkx graph — and the inputs
    that could not be built."""

    def __init__(self, ntriples: str | Path, *, failures: list[Failure] | None = None,
                 counts: Counter | None = None, seconds: float = 0.0, scratch=None,
                 cached: MergedGraph | None = None, jobs: int = 1):
        self._ntriples = Path(ntriples)
        #: how many processes writing the graph may use
        self.jobs = jobs
        #: the graph as a build cache holds it: write() then copies what has not changed of
        #: the Turtle written before
        self.cached = cached
        self.failures = failures or []
        self.seconds = seconds
        self._counts = counts
        self._scratch = scratch  # a TemporaryDirectory holding ntriples: removed with this object

    @property
    def ntriples(self) -> Path:
        """The graph as a file of sorted N-Triples lines, each once. A graph a build cache holds
        as a merged file with lines added beside it is written out when first asked for."""
        graph = self.cached.graph if self.cached is not None else None
        if graph is not None and not self._ntriples.exists():
            if not graph.edited:
                try:
                    os.link(graph.path, self._ntriples)
                    return self._ntriples
                except OSError:  # another file system, no hard links there, or the file is gone
                    pass
            with atomic_output(self._ntriples, durable=False) as f:
                graph.write_to(f)
        return self._ntriples

    @classmethod
    def load(cls, path: str | Path) -> "KnowledgeGraph":
        """A graph written earlier: a graph.ttl or graph.nt, or a build folder holding one."""
        import pyoxigraph as ox

        p = Path(path)
        if p.is_dir():
            p = p / "graph.ttl" if (p / "graph.ttl").exists() else p / "graph.nt"
        fmt = ox.RdfFormat.N_TRIPLES if p.suffix == ".nt" else ox.RdfFormat.TURTLE
        lines = sorted({str(t).encode("utf-8") + b" .\n" for t in ox.parse(path=str(p), format=fmt)})
        scratch = tempfile.TemporaryDirectory(prefix="govkg-graph-")
        merged = Path(scratch.name) / "graph.nt"
        with open(merged, "wb") as f:
            counts = merge_ntriples([b"".join(lines)], f)
        return cls(merged, counts=counts, scratch=scratch)

    @cached_property
    def rdf(self) -> Graph:
        """The graph in rdflib (parsed when first asked for: slow on large graphs)."""
        g = Graph()
        for prefix, iri in PREFIXES.items():
            g.bind(prefix, iri)
        return g.parse(self.ntriples, format="nt")

    @cached_property
    def store(self):
        """The graph and the ontology in a pyoxigraph Store, for SPARQL."""
        import pyoxigraph as ox

        store = ox.Store()
        store.bulk_load(path=str(self.ntriples), format=ox.RdfFormat.N_TRIPLES)
        store.bulk_load(path=str(ontology_dir() / "govkg.ttl"), format=ox.RdfFormat.TURTLE)
        return store

    @cached_property
    def nx(self):
        """Entities, speeches and metrics as nodes (cls, label, aliases); relations as edges
        labelled with the ontology's Chinese label of the property."""
        return networkx_view(self.store)

    def query(self, sparql: str, *, timeout: float = 30.0, bindings: dict | None = None):
        """Answer a SPARQL query with Oxigraph: a QueryResult (``.variables``, ``.rows``, ``.values()``)."""
        from .query import run_query

        return run_query(self.store, sparql, timeout=timeout, bindings=bindings)

    def to_turtle(self) -> str:
        buf = io.BytesIO()
        write_turtle(self.ntriples, buf)
        return buf.getvalue().decode("utf-8")

    def counts(self) -> dict[str, int]:
        """Nodes per class, relations between them, and documents."""
        c = self._counts or Counter()
        out = {cls: c.get(cls, 0) for cls in NODE_CLASSES}
        out["relations"] = c.get("relations", 0)
        out["documents"] = c.get("Document", 0)
        return out

    def write(self, out_dir: str | Path, html: bool = True, formats=("turtle",)) -> list[Path]:
        """Write the graph into ``out_dir`` in each of ``formats`` (turtle, trig, ntriples, jsonld,
        graphml, csv: see govkg.formats) and graph.html, each file atomically."""
        from .formats import write_formats

        out = Path(out_dir)
        written = write_formats(self, out, formats)
        if html:
            from .render import render_html

            written.append(out / "graph.html")
            write_atomic(written[-1], render_html(self).encode("utf-8"))
        return written


def networkx_view(store):
    """The nodes of the page's classes and the relations between them, read from a Store:
    a networkx.MultiDiGraph."""
    import networkx as nx

    zh_labels = {p: p for p in EDGE_PREDICATES}
    for p in EDGE_PREDICATES:
        for lit in ontology().objects(GK[p], RDFS.label):
            if getattr(lit, "language", None) == "zh":
                zh_labels[p] = str(lit)
    classes = " ".join(f"gk:{c}" for c in NODE_CLASSES)
    g = nx.MultiDiGraph()
    prefix = f"PREFIX gk: <{GK._NS}> PREFIX rdfs: <{RDFS._NS}> PREFIX skos: <{SKOS._NS}>\n"
    for row in store.query(prefix + f"SELECT ?n ?cls ?label WHERE {{ VALUES ?cls {{ {classes} }} ?n a ?cls "
                                    "OPTIONAL { ?n rdfs:label ?label } } ORDER BY ?n"):
        node = row["n"].value
        if node not in g:
            label = row["label"].value if row["label"] is not None else node.rsplit("/", 1)[-1]
            g.add_node(node, cls=row["cls"].value.rsplit("#", 1)[-1], label=label, aliases=[])
    for row in store.query(prefix + "SELECT ?n ?alias WHERE { ?n skos:altLabel ?alias } ORDER BY ?n ?alias"):
        if row["n"].value in g:
            g.nodes[row["n"].value]["aliases"].append(row["alias"].value)
    predicates = " ".join(f"gk:{p}" for p in EDGE_PREDICATES)
    for row in store.query(prefix + f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {predicates} }} ?s ?p ?o }} ORDER BY ?s ?p ?o"):
        s, o, p = row["s"].value, row["o"].value, row["p"].value.rsplit("#", 1)[-1]
        if s in g and o in g:
            g.add_edge(s, o, key=p, predicate=p, label=zh_labels[p])
    return g


#: at most this many documents to extract are done in this process: starting workers, each
#: loading jieba's dictionary, costs more than it saves
IN_PROCESS_DOCUMENTS = 16


def _cached(path: Path, base: str, cache: DocumentCache, digests: InputDigests) -> Path | None:
    """The cache entry of this file as it is now, if there is one."""
    try:
        return cache.get(digests.digest(path, load_bytes), path.name, base)
    except InputError:
        return None


def _extract_or_fail(path: Path, base: str, folder: str) -> Path | Failure:
    """One document through read → segment → extract → link → graph, its triples stored in
    ``folder`` (a DocumentCache: an entry already there is used as it is). Runs in worker
    processes too: it returns its result rather than raising."""
    import hashlib

    cache = DocumentCache(folder)
    try:
        data = load_bytes(path)
        sha = hashlib.sha256(data).hexdigest()
        if (hit := cache.get(sha, path.name, base)) is not None:
            return hit
        triples = document_triples(link_document(extract(segment(to_article_text(read_bytes(data, path))))), base)
        return cache.put(sha, path.name, base, triples)
    except InputError as err:
        return Failure(err.path, err.reason)
    except OSError as err:
        return Failure(str(path), f"cannot read: {err.strerror or err}")
    except Exception as err:  # a fault of ours must not lose the rest of the corpus
        return Failure(str(path), f"extraction failed: {type(err).__name__}: {err}")


def _expected_chars(files: list[Path]) -> int:
    """About how many characters ``files`` hold: a third of their bytes (UTF-8 Chinese)."""
    size = 0
    for f in files:
        try:
            size += f.stat().st_size
        except OSError:
            pass  # its reading will say why
    return size // 3


def extract_all(files: list[Path], folder: str | Path, *, base: str = DEFAULT_BASE, jobs: int = 1,
                progress=None) -> list[Path | Failure]:
    """Every file's triples, stored in ``folder`` and made in ``jobs`` processes; results come
    back in the order of ``files``, so the graph is the same whatever ``jobs`` is. Files whose
    triples are stored already are not extracted again. ``progress`` is called once per document."""
    cache = DocumentCache(folder)
    digests = InputDigests(cache.folder / "inputs.marshal")
    results: list[Path | Failure | None] = [_cached(f, base, cache, digests) for f in files]
    digests.save()
    todo = [i for i, r in enumerate(results) if r is None]
    for _ in range(len(files) - len(todo) if progress else 0):
        progress()
    work = partial(_extract_or_fail, base=base, folder=str(folder))
    chars = _expected_chars([files[i] for i in todo])
    if jobs <= 1 or len(todo) <= IN_PROCESS_DOCUMENTS:
        if todo:  # a build that extracts nothing loads no tagger
            expect_text(chars)
        made = map(work, (files[i] for i in todo))
        pool = None
    else:
        from concurrent.futures import ProcessPoolExecutor

        wait_for_records()
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=expect_text, initargs=(chars // jobs,))
        made = pool.map(work, [files[i] for i in todo], chunksize=4)
    try:
        for i, result in zip(todo, made):
            results[i] = result
            if progress:
                progress()
    finally:
        if pool:
            pool.shutdown()
    return results


def build(paths: Iterable[str | Path], *, base: str = DEFAULT_BASE, jobs: int = 1,
          cache_dir: str | Path | None = None, progress=None) -> KnowledgeGraph:
    """Build one knowledge graph from article files and folders of them.

    Inputs that cannot be built are listed in ``.failures`` with the reason; the others are
    built all the same. ``jobs`` extracts in that many processes (the output is identical);
    ``cache_dir`` keeps each document's triples and the merged graph, so that a rebuild
    re-extracts only new or changed documents and, when documents were only added, inserts
    theirs into the last graph (and its Turtle is written again only where it changed);
    ``progress(total)`` returns a callable invoked once per document."""
    started = time.perf_counter()
    Identifiers(base)  # a bad base IRI fails here, not in every worker
    files, failures = collect_inputs(paths)
    scratch = tempfile.TemporaryDirectory(prefix="govkg-graph-")
    folder = cache_dir if cache_dir else Path(scratch.name) / "documents"
    tick = progress(len(files)) if progress else None
    parts = []
    for result in extract_all(files, folder, base=base, jobs=jobs, progress=tick):
        if isinstance(result, Failure):
            failures.append(result)
        else:
            parts.append(result)
    merged, cached = Path(scratch.name) / "graph.nt", None
    if cache_dir and parts:
        cached = GraphCache(cache_dir).merge(parts, jobs=jobs)  # written to ``merged`` when asked for
        counts = cached.counts
    else:
        wait_for_records()  # merging may fork: not while a cache is written in a thread
        with open(merged, "wb") as f:
            counts = merge_ntriples(parts, f, jobs=jobs)
    return KnowledgeGraph(merged, failures=failures, counts=counts, scratch=scratch,
                          seconds=time.perf_counter() - started, cached=cached, jobs=jobs)
