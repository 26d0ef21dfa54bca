"""Stage 6c: the graph in other formats — TriG (one named graph per document), N-Triples,
JSON-LD, GraphML (opens in Gephi) and CSV in Neo4j's admin-import convention.

Every writer is deterministic: the same graph gives the same bytes.
"""
from __future__ import annotations

import csv
import io
import shutil
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import RDF, Graph, URIRef

from .cache import wait_for_records
from .export import PREFIXES, TurtleChunks, atomic_output, write_atomic, write_turtle, write_turtle_chunks
from .vocab import GK

if TYPE_CHECKING:
    import networkx as nx


class Format(str, Enum):
    TURTLE = "turtle"
    TRIG = "trig"
    NTRIPLES = "ntriples"
    JSONLD = "jsonld"
    GRAPHML = "graphml"
    CSV = "csv"


def _sorted_nt(graph: Graph) -> list[bytes]:
    return sorted(set(graph.serialize(format="nt", encoding="utf-8").splitlines()))


def document_graphs(graph: Graph) -> dict[URIRef | None, Graph]:
    """Split the graph by document: what a document says (its node, mentions, speeches, metrics,
    statements and the relations it states) goes into a named graph named after the document;
    what describes entities across documents (class, label, aliases) stays in the default graph."""
    docs = set(graph.subjects(RDF.type, GK.Document))
    parts: dict[URIRef | None, Graph] = {None: Graph()}
    for d in docs:
        parts[d] = Graph()

    def owner(node) -> URIRef | None:
        text = str(node)
        for d in docs:
            if text == str(d) or text.startswith(str(d) + "/"):
                return d
        return None

    stated: dict[tuple, set] = {}
    for st in graph.subjects(RDF.type, RDF.Statement):
        key = (graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object))
        stated.setdefault(key, set()).add(graph.value(st, GK.inDocument))
    for s, p, o in graph:
        if p == GK.mentionedIn or p == GK.reportedIn:
            parts[o if o in parts else None].add((s, p, o))
            continue
        if (s, RDF.type, RDF.Statement) in graph:
            parts[graph.value(s, GK.inDocument)].add((s, p, o))
            continue
        home = owner(s) or (owner(o) if p == GK.mention else None)
        if home is not None:
            parts[home].add((s, p, o))
            continue
        if (s, p, o) in stated:
            for d in stated[(s, p, o)]:
                parts[d if d in parts else None].add((s, p, o))
            continue
        parts[None].add((s, p, o))
    return parts


def to_trig(graph: Graph) -> bytes:
    """TriG: each document's graph named after the document, entity descriptions in the default graph."""
    import pyoxigraph as ox

    quads = []
    for name, part in document_graphs(graph).items():
        for line in _sorted_nt(part):
            # an N-Triples line "<s> <p> <o> ." becomes the N-Quads line "<s> <p> <o> <g> ."
            quads.append(line[:-1] + f"<{name}> .".encode() if name is not None else line)
    text = b"\n".join(sorted(quads)) + b"\n"
    return ox.serialize(ox.parse(text, format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.TRIG, prefixes=PREFIXES)


def to_jsonld(graph: Graph) -> bytes:
    ordered = Graph()
    for prefix, iri in PREFIXES.items():
        ordered.bind(prefix, iri)
    ordered.parse(data=b"\n".join(_sorted_nt(graph)) + b"\n", format="nt")
    return ordered.serialize(format="json-ld", encoding="utf-8", indent=1, sort_keys=True)


def to_graphml(view: nx.MultiDiGraph) -> bytes:
    import networkx as nx

    g = nx.MultiDiGraph()
    for node in sorted(view.nodes):
        data = view.nodes[node]
        g.add_node(node, cls=data.get("cls", ""), label=data.get("label", ""), aliases="、".join(data.get("aliases", [])))
    for u, v, key, data in sorted(view.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        g.add_edge(u, v, key=key, predicate=data.get("predicate", key), label=data.get("label", ""))
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8")
    return buf.getvalue()


def to_neo4j_csv(view: nx.MultiDiGraph) -> tuple[bytes, bytes]:
    """nodes.csv and edges.csv with the headers neo4j-admin import reads
    (id:ID, :LABEL, :START_ID, :END_ID, :TYPE; aliases as a string array split by ;)."""
    nodes, edges = io.StringIO(), io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(["id:ID", "label", "aliases:string[]", ":LABEL"])
    for node in sorted(view.nodes):
        data = view.nodes[node]
        w.writerow([node, data.get("label", ""), ";".join(a.replace(";", ",") for a in data.get("aliases", [])),
                    data.get("cls", "")])
    w = csv.writer(edges, lineterminator="\n")
    w.writerow([":START_ID", ":END_ID", ":TYPE", "label"])
    for u, v, key, data in sorted(view.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        w.writerow([u, v, data.get("predicate", key), data.get("label", "")])
    return nodes.getvalue().encode("utf-8"), edges.getvalue().encode("utf-8")


def write_formats(kg, out_dir: str | Path, formats) -> list[Path]:
    """Write a KnowledgeGraph in each of ``formats`` into ``out_dir``; returns the files written.
    Turtle and N-Triples stream from the graph's sorted N-Triples file; the others read its
    rdflib or networkx view."""
    out = Path(out_dir)
    written = []
    for fmt in sorted(set(map(Format, formats)), key=lambda f: list(Format).index(f)):
        if fmt is Format.TURTLE:
            written.append(out / "graph.ttl")
            if kg.cached is None:
                with atomic_output(written[-1]) as f:
                    write_turtle(kg.ntriples, f, jobs=kg.jobs)
                continue
            # with a build cache, the Turtle is written by chunks, and what has not changed of
            # the one written before is kept
            cached = kg.cached
            previous = TurtleChunks.load(cached.turtle_index, written[-1])
            if previous and previous.graph == cached.name:
                continue  # written from this very graph
            edits = cached.edits if previous and previous.graph == cached.previous else None
            # the graph is read through the lines added to it only around the edits; to be read
            # whole, it is written out first
            source = cached.graph if edits is not None or not cached.graph.edited else kg.ntriples
            with atomic_output(written[-1]) as f:
                # the cache may still be recording the graph in a thread: no fork while it writes
                chunks = write_turtle_chunks(source, f, written[-1], cached.name, previous, edits, jobs=kg.jobs,
                                             before_fork=wait_for_records)
            chunks.save(cached.turtle_index)
            continue
        if fmt is Format.NTRIPLES:
            with atomic_output(out / "graph.nt") as f, open(kg.ntriples, "rb") as source:
                shutil.copyfileobj(source, f, 1 << 20)
            written.append(out / "graph.nt")
            continue
        if fmt is Format.TRIG:
            files = {"graph.trig": to_trig(kg.rdf)}
        elif fmt is Format.JSONLD:
            files = {"graph.jsonld": to_jsonld(kg.rdf)}
        elif fmt is Format.GRAPHML:
            files = {"graph.graphml": to_graphml(kg.nx)}
        else:
            nodes, edges = to_neo4j_csv(kg.nx)
            files = {"nodes.csv": nodes, "edges.csv": edges}
        for name, data in files.items():
            write_atomic(out / name, data)
            written.append(out / name)
    return written
