"""Stage 6b: an interactive HTML page of the graph (vis-network through pyvis).

Rendering reads the graph and never changes it. Document text is data: every label and
tooltip is escaped before it reaches the page.
"""
from __future__ import annotations

import html

import networkx as nx

CLASS_STYLE = {
    "Organization": ("#1f77b4", "dot"),
    "Program": ("#2ca02c", "dot"),
    "Mechanism": ("#ff7f0e", "diamond"),
    "Metric": ("#9467bd", "square"),
    "Group": ("#8c564b", "triangle"),
    "Person": ("#e377c2", "dot"),
    "Publication": ("#7f7f7f", "box"),
    "Event": ("#d62728", "star"),
    "Place": ("#17becf", "dot"),
    "Speech": ("#bcbd22", "ellipse"),
}


def render_html(graph: nx.MultiDiGraph, title: str = "govkg") -> str:
    """The page for a networkx view of a govkg graph (nodes with ``cls`` and ``label``)."""
    from pyvis.network import Network

    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", heading="")
    net.toggle_physics(graph.number_of_nodes() <= 300)
    for node, data in sorted(graph.nodes(data=True)):
        cls = data.get("cls", "")
        color, shape = CLASS_STYLE.get(cls, ("#999999", "dot"))
        tooltip = html.escape(f"{cls}: {data.get('label', '')}")
        if data.get("aliases"):
            tooltip += "<br>" + html.escape("、".join(data["aliases"]))
        net.add_node(node, label=data.get("label", node), title=tooltip, color=color, shape=shape)
    for u, v, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("label", ""))):
        net.add_edge(u, v, label=data.get("label", ""), title=html.escape(data.get("label", "")))
    page = net.generate_html(notebook=False)
    return page.replace("<title>", f"<title>{html.escape(title)}", 1) if "<title>" in page else page
