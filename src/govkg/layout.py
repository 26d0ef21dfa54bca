"""Positions for large graphs, computed in Python so the page draws at once and identically.

networkx's spring layout costs minutes on 10,000 nodes. govkg graphs fall apart into many
components (an article's units, their programmes and metrics), so each component is laid out
on its own — small ones with a seeded spring layout, large ones with a radial tree, which is
linear — and the components are packed in rows.
"""
from __future__ import annotations

import math

import networkx as nx

SPRING_LIMIT = 400  # components larger than this get the radial layout


def _radial(component: nx.Graph) -> dict:
    """Breadth-first rings around the best-connected node; each subtree gets an angle in
    proportion to its size."""
    root = max(sorted(component.nodes), key=component.degree)
    tree = nx.bfs_tree(component, root, sort_neighbors=sorted)
    size = {}
    for node in reversed(list(nx.topological_sort(tree))):
        size[node] = 1 + sum(size[c] for c in tree.successors(node))
    pos = {root: (0.0, 0.0)}
    stack = [(root, 0.0, 2 * math.pi, 0)]
    while stack:
        node, start, span, depth = stack.pop()
        children = sorted(tree.successors(node))
        total = sum(size[c] for c in children) or 1
        angle = start
        for child in children:
            share = span * size[child] / total
            theta = angle + share / 2
            radius = (depth + 1) * 1.0
            pos[child] = (radius * math.cos(theta), radius * math.sin(theta))
            stack.append((child, angle, share, depth + 1))
            angle += share
    return pos


def layout(graph: nx.Graph, seed: int = 7, spacing: float = 60.0) -> dict:
    """Node → (x, y) in page pixels, the same for the same graph and seed."""
    undirected = nx.Graph()
    undirected.add_nodes_from(sorted(graph.nodes))
    undirected.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    components = sorted((sorted(c) for c in nx.connected_components(undirected)), key=lambda c: (-len(c), c[0]))
    placed = []
    for k, nodes in enumerate(components):
        sub = undirected.subgraph(nodes)
        if len(nodes) == 1:
            local = {nodes[0]: (0.0, 0.0)}
        elif len(nodes) <= SPRING_LIMIT:
            local = nx.spring_layout(sub, seed=seed + k, iterations=60)
        else:
            local = _radial(sub)
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        x0, y0 = min(xs), min(ys)
        span = max(max(xs) - x0, max(ys) - y0) or 1.0
        scale = spacing * math.sqrt(len(nodes)) / span * 1.6
        local = {n: ((x - x0) * scale, (y - y0) * scale) for n, (x, y) in local.items()}
        width = (max(xs) - x0) * scale + spacing
        height = (max(ys) - y0) * scale + spacing
        placed.append((local, width, height))
    # shelf packing: rows about as wide as the whole is tall
    area = sum(w * h for _, w, h in placed)
    row_width = max(math.sqrt(area) * 1.2, max((w for _, w, _ in placed), default=0))
    pos, x, y, row_height = {}, 0.0, 0.0, 0.0
    for local, w, h in placed:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for n, (lx, ly) in local.items():
            pos[n] = (round(x + lx, 1), round(y + ly, 1))
        x += w
        row_height = max(row_height, h)
    return pos
