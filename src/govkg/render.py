"""Stage 6b: the graph explorer — one self-contained, offline HTML page.

Made with pyvis: its node and edge model and its options build the network, and the page
inlines the vis-network library pyvis ships. The page itself is govkg's own template and
script, so that nothing is loaded from a CDN, every text from a document is escaped, and large
graphs draw at once (positions computed in Python, physics off).

Rendering reads the graph and never changes it.
"""
from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

from rdflib import RDF, RDFS, Graph
from rdflib.namespace import DCTERMS, SKOS

from .layout import layout
from .vocab import EDGE_PREDICATES, GK

#: graphs larger than this get their layout from Python and start with physics off
PHYSICS_LIMIT = 300
CLASS_STYLE = {  # class: (colour, shape)
    "Organization": ("#2f6fb0", "dot"),
    "Program": ("#2e9d4f", "dot"),
    "Mechanism": ("#e07b1a", "diamond"),
    "Metric": ("#8e5fb5", "square"),
    "Group": ("#a0522d", "triangle"),
    "Person": ("#d45a9c", "dot"),
    "Publication": ("#6f7780", "square"),
    "Event": ("#c9302c", "star"),
    "Place": ("#1aa3b5", "dot"),
    "Speech": ("#b5a51a", "dot"),
}
COMPARATORS = ("AtLeast", "AtMost", "MoreThan", "LessThan", "Approximately", "Exactly")
TEMPLATES = Path(__file__).parent / "templates"


def _zh(graph: Graph, node) -> str | None:
    for lit in graph.objects(node, RDFS.label):
        if getattr(lit, "language", None) == "zh":
            return str(lit)
    value = graph.value(node, RDFS.label)
    return str(value) if value is not None else None


_PREFIXES = f"""PREFIX gk: <{GK._NS}> PREFIX rdf: <{RDF._NS}> PREFIX rdfs: <{RDFS._NS}>
PREFIX skos: <{SKOS._NS}> PREFIX dcterms: <{DCTERMS._NS}>
"""


def _rows(store, sparql: str) -> list[tuple]:
    """Rows of a SELECT as tuples of strings (None where unbound)."""
    return [tuple(None if v is None else v.value for v in row) for row in store.query(_PREFIXES + sparql)]


def explorer_data(store, ontology: Graph) -> dict:
    """Everything the page shows, read from a govkg graph in a pyoxigraph Store: nodes with
    class, label, aliases, documents, mentions and metric details; edges with their Chinese
    label and the sentences that state them."""
    docs = sorted(_rows(store, "SELECT ?d ?name ?title WHERE { ?d a gk:Document "
                               "OPTIONAL { ?d gk:fileName ?name } OPTIONAL { ?d dcterms:title ?title } }"))
    doc_index = {d: i for i, (d, _, _) in enumerate(docs)}
    doc_names = [name or d for d, name, _ in docs]

    labels: dict[str, str] = {}
    for node, label, lang in sorted(_rows(store, "SELECT ?n ?l (LANG(?l) AS ?lang) WHERE { ?n rdfs:label ?l }")):
        if node not in labels or lang == "zh":
            labels[node] = label
    typed = defaultdict(list)
    classes = " ".join(f"gk:{c}" for c in CLASS_STYLE)
    for node, cls in _rows(store, f"SELECT ?n ?c WHERE {{ VALUES ?c {{ {classes} }} ?n a ?c }}"):
        typed[cls.rsplit("#", 1)[-1]].append(node)
    aliases = defaultdict(list)
    for node, alias in sorted(_rows(store, "SELECT ?n ?a WHERE { ?n skos:altLabel ?a }")):
        aliases[node].append(alias)

    nodes, index = [], {}
    for cls in CLASS_STYLE:
        for node in sorted(typed[cls]):
            if node in index:
                continue
            index[node] = len(nodes)
            nodes.append({"id": len(nodes), "iri": node, "cls": cls, "label": labels.get(node) or node.rsplit("/", 1)[-1],
                          "aliases": aliases.get(node, [])})
    mentions, documents = defaultdict(list), defaultdict(set)
    for node, m, d, sentence, surface in sorted(_rows(store, """SELECT ?n ?m ?d ?s ?surface WHERE {
            ?n gk:mention ?m . ?m gk:inDocument ?d OPTIONAL { ?m gk:sentence ?s } OPTIONAL { ?m gk:surface ?surface } }""")):
        if d in doc_index and node in index:
            documents[node].add(doc_index[d])
            mentions[node].append([doc_index[d], sentence or "", surface or ""])
    for node, d in _rows(store, "SELECT ?n ?d WHERE { ?n gk:reportedIn ?d }"):
        if d in doc_index:
            documents[node].add(doc_index[d])
    for node, i in index.items():
        nodes[i]["docs"] = sorted(documents[node])
        nodes[i]["mentions"] = mentions[node][:8]
    comparators = {str(GK[c]): _zh(ontology, GK[c]) or c for c in COMPARATORS}
    for row in sorted(_rows(store, """SELECT ?n ?value ?unit ?comparator ?period ?measure ?group WHERE { ?n a gk:Metric
            OPTIONAL { ?n gk:value ?value } OPTIONAL { ?n gk:unit ?unit } OPTIONAL { ?n gk:comparator ?comparator }
            OPTIONAL { ?n gk:period ?period } OPTIONAL { ?n gk:measure ?measure } OPTIONAL { ?n gk:appliesTo ?group } }""")
            , key=lambda r: tuple(v or "" for v in r), reverse=True):  # the first group wins
        node, value, unit, comparator, period, measure, group = row
        if node in index:
            nodes[index[node]]["metric"] = {
                "value": value or "", "unit": unit or "", "comparator": comparators.get(comparator, "") if comparator else "",
                "period": period or "", "measure": measure or "", "group": labels.get(group, "") if group else ""}
    for node in typed["Event"]:
        nodes[index[node]]["date"] = ""
    for node, date in sorted(_rows(store, "SELECT ?n ?date WHERE { ?n a gk:Event ; gk:date ?date }"), reverse=True):
        nodes[index[node]]["date"] = date

    said = defaultdict(list)  # (s, p, o) -> [[doc, sentence]]
    for s, p, o, d, sentence in _rows(store, """SELECT ?s ?p ?o ?d ?sentence WHERE { ?st a rdf:Statement ;
            rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o OPTIONAL { ?st gk:inDocument ?d }
            OPTIONAL { ?st gk:sentence ?sentence } }"""):
        said[(s, p, o)].append([doc_index.get(d, -1), sentence or ""])
    edges = []
    predicates = " ".join(f"gk:{p}" for p in EDGE_PREDICATES)
    found = defaultdict(list)
    for s, p, o in _rows(store, f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {predicates} }} ?s ?p ?o FILTER(isIRI(?o)) }}"):
        found[p].append((s, o))
    for p in EDGE_PREDICATES:
        label = _zh(ontology, GK[p]) or p
        for s, o in sorted(found[str(GK[p])]):
            if s in index and o in index:
                edges.append({"from": index[s], "to": index[o], "pred": p, "label": label,
                              "says": sorted(said.get((s, str(GK[p]), o), []))[:6]})
    title = None
    if len(docs) == 1:
        title = docs[0][2] or doc_names[0]
    classes = [{"name": c, "zh": _zh(ontology, GK[c]) or c, "color": CLASS_STYLE[c][0], "shape": CLASS_STYLE[c][1],
                "count": len(typed[c])} for c in CLASS_STYLE]
    return {"nodes": nodes, "edges": edges, "docs": doc_names, "classes": classes, "title": title}


@cache
def _asset(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


@cache
def _vis_network_js() -> str:
    """The vis-network build that pyvis ships, inlined so the page needs no network."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib"
    candidates = sorted(lib.glob("vis-*/vis-network.min.js"))
    if not candidates:
        raise FileNotFoundError("pyvis's vis-network.min.js not found")
    return candidates[-1].read_text(encoding="utf-8")


def _script_json(data) -> str:
    """JSON safe inside a <script> element: no "</script>", no HTML comment, no line separators."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_page(store, ontology: Graph, title: str | None = None, physics_limit: int = PHYSICS_LIMIT,
                seed: int = 7) -> str:
    """The explorer page of a govkg graph, as one string of HTML."""
    from pyvis.edge import Edge
    from pyvis.network import Network
    from pyvis.node import Node

    data = explorer_data(store, ontology)
    big = len(data["nodes"]) > physics_limit
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in data["nodes"])
    g.add_edges_from((e["from"], e["to"]) for e in data["edges"])
    positions = layout(g, seed=seed)

    net = Network(directed=True, cdn_resources="in_line")
    net.toggle_physics(not big)
    net.set_edge_smooth("dynamic")
    options = json.loads(net.options.to_json())
    options["edges"] = {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}},
                        "font": {"size": 10, "align": "middle", "color": "#555"},
                        "color": {"color": "#9aa7b3", "highlight": "#333"}, "width": 1}
    options["nodes"] = {"font": {"size": 14}, "size": 12}
    options["physics"] = {"enabled": not big, "solver": "forceAtlas2Based", "stabilization": {"enabled": False},
                          "forceAtlas2Based": {"gravitationalConstant": -40, "springLength": 80}}
    options["interaction"] = {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big}
    options["layout"] = {"improvedLayout": False, "randomSeed": seed}
    # one style per class, not per node: vis-network merges far fewer options
    options["groups"] = {cls: {"color": color, "shape": shape} for cls, (color, shape) in CLASS_STYLE.items()}

    vis_nodes = []
    for n in data["nodes"]:
        x, y = positions[n["id"]]
        # a large graph shown whole is too small to read: vis-network would still measure every
        # label before the first draw, so labels come when the view is close enough to read them
        node = Node(n["id"], CLASS_STYLE[n["cls"]][1], None if big else n["label"], group=n["cls"], x=x, y=y).options
        del node["shape"]  # the group's
        if big:
            del node["label"]
        vis_nodes.append(node)
    # edge labels cannot be read when a large graph is shown whole; the side panel names every
    # relation of the selected node instead
    vis_edges = [Edge(e["from"], e["to"], directed=True, **({} if big else {"label": e["label"]})).options
                 for e in data["edges"]]

    page_title = "govkg" + (f" — {title or data['title']}" if (title or data["title"]) else "")
    parts = {
        "TITLE": html.escape(page_title),
        "CSS": _asset("explorer.css"),
        "VIS": _vis_network_js().replace("</script", "<\\/script"),
        "APP": _asset("explorer.js"),
        "DATA": _script_json({"graph": data, "vis": {"nodes": vis_nodes, "edges": vis_edges},
                              "options": options, "big": big}),
    }
    # one pass, so that nothing inserted is ever read again as a placeholder
    return re.sub(r"\{\{(TITLE|CSS|VIS|APP|DATA)\}\}", lambda m: parts[m.group(1)], _asset("explorer.html"))


def render_html(kg, title: str | None = None) -> str:
    """The explorer page of a KnowledgeGraph, with the ontology's labels."""
    from .api import ontology

    return render_page(kg.store, ontology(), title=title)
