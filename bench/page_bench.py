"""Time to first draw of the explorer page against pyvis's defaults, in one run, in headless
Chromium; and the time to compute the layout in Python.

    python bench/page_bench.py [--sizes 500 2000 10000] [--pyvis-limit 150]

Graphs are shaped like govkg's: components of 50 to 200 nodes (an article's units with their
programmes, mechanisms and metrics), 1.5 edges per node. "First draw" is when the canvas first
shows anything, measured from navigation start. Goal: the 10,000-node page draws in under
1.5 s, and its layout is computed in under 10 s.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from browser import ARGS, CHROMIUM  # noqa: E402

from govkg.api import ontology  # noqa: E402
from govkg.render import render_page  # noqa: E402
from govkg.vocab import GK  # noqa: E402

BASE = "https://w3id.org/govkg/resource/"
KINDS = [(GK.Program, GK.runs), (GK.Mechanism, GK.establishes), (GK.Metric, GK.hasMetric)]


def synthetic_graph(nodes: int, seed: int = 1) -> Graph:
    rng = random.Random(seed)
    g = Graph()
    made = 0
    while made < nodes:
        size = min(rng.randint(50, 200), nodes - made)
        orgs = [URIRef(f"{BASE}organization/o{made + i}") for i in range(max(1, size // 8))]
        for i, o in enumerate(orgs):
            g.add((o, RDF.type, GK.Organization))
            g.add((o, RDFS.label, Literal(f"单位{made + i}", lang="zh")))
        members = []
        for i in range(len(orgs), size):
            cls, pred = rng.choice(KINDS)
            node = URIRef(f"{BASE}{cls.split('#')[1].lower()}/n{made + i}")
            g.add((node, RDF.type, cls))
            g.add((node, RDFS.label, Literal(f"名称{made + i}", lang="zh")))
            g.add((rng.choice(orgs), pred, node))
            members.append((node, pred))
        for _ in range(size // 2):  # cross links: a unit shares what another runs
            node, pred = rng.choice(members)
            g.add((rng.choice(orgs), pred, node))
        made += size
    return g


def as_store(g: Graph):
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(g.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)
    return store


def first_draw(page_path: Path, limit: float) -> float | None:
    """Seconds from navigation to the first non-blank canvas; None past ``limit``."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=True)
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
        page.add_init_script("""
            window.__drawn = null;
            (function poll() {
              const c = document.querySelector('canvas');
              if (c && c.width) {
                const ctx = c.getContext('2d');
                // the canvas starts transparent: any pixel with alpha is a drawing
                const d = ctx.getImageData(0, 0, c.width, c.height).data;
                for (let i = 3; i < d.length; i += 4) {
                  if (d[i] !== 0) { window.__drawn = performance.now(); return; }
                }
              }
              setTimeout(poll, 25);
            })();""")
        page.goto(page_path.as_uri(), wait_until="commit")
        try:
            page.wait_for_function("window.__drawn !== null", timeout=limit * 1000, polling=100)
            return page.evaluate("window.__drawn") / 1000
        except Exception:
            return None
        finally:
            browser.close()


def pyvis_default_page(g: Graph, path: Path) -> None:
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    index = {}
    for s in sorted(set(g.subjects(RDFS.label, None)), key=str):
        index[s] = len(index)
        net.add_node(index[s], label=str(g.value(s, RDFS.label)))
    for s, p, o in g:
        if s in index and o in index:
            net.add_edge(index[s], index[o])
    net.write_html(str(path))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 10000])
    ap.add_argument("--pyvis-limit", type=float, default=150.0, help="seconds to wait for pyvis's page")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="govkg-page-"))
    print(f"{'nodes':>7}{'edges':>8}{'layout s':>10}{'page s':>8}{'govkg draw s':>14}{'pyvis draw s':>14}{'ratio':>9}")
    onto = ontology()
    for n in a.sizes:
        g = synthetic_graph(n)
        edges = sum(1 for _ in g.triples((None, None, None)) if _[1] in (GK.runs, GK.establishes, GK.hasMetric))
        from govkg import layout as layout_module

        t = time.perf_counter()
        layout_module.layout(__import__("networkx").Graph(
            [(s, o) for s, p, o in g if p in (GK.runs, GK.establishes, GK.hasMetric)]))
        layout_s = time.perf_counter() - t
        t = time.perf_counter()
        ours = work / f"govkg-{n}.html"
        ours.write_text(render_page(as_store(g), onto), encoding="utf-8")
        page_s = time.perf_counter() - t
        theirs = work / f"pyvis-{n}.html"
        pyvis_default_page(g, theirs)
        mine = first_draw(ours, 60)
        other = first_draw(theirs, a.pyvis_limit)
        ratio = f"{other / mine:.0f}×" if mine and other else (f">{a.pyvis_limit / mine:.0f}×" if mine else "-")
        print(f"{n:>7}{edges:>8}{layout_s:>10.1f}{page_s:>8.1f}{(f'{mine:.2f}' if mine else '>60'):>14}"
              f"{(f'{other:.1f}' if other else f'>{a.pyvis_limit:.0f}'):>14}{ratio:>9}", flush=True)
    print("\ngoal: 10,000 nodes draw in < 1.5 s; layout < 10 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
