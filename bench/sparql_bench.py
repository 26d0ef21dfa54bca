"""Every saved query on a graph of about a million triples: Oxigraph against rdflib, in one run.

    python bench/sparql_bench.py [--articles 870] [--rdflib-limit 300]

Builds a synthetic corpus of distinct articles (bench/synthetic.py) with govkg, loads the graph
and the ontology into both engines, runs each query in queries/ (Oxigraph: median of 5 runs;
rdflib: one run, stopped after --rdflib-limit seconds) and prints times and ratios.
Goal: every query under 100 ms with Oxigraph, and at least 20× faster than rdflib.
"""
from __future__ import annotations

import argparse
import gc
import platform
import re
import resource
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import govkg  # noqa: E402
from govkg.lexicon import ontology_dir  # noqa: E402
from govkg.query import open_store, run_query  # noqa: E402
from synthetic import generate  # noqa: E402


class Late(Exception):
    pass


def _alarm(signum, frame):
    raise Late


def _cases(store) -> list[tuple[str, str, dict]]:
    """(label, query, bindings) for each saved query. A question about one thing ("# bind: program")
    is asked about one, the first there is, and then about all of them."""
    cases = []
    for path in sorted((ROOT / "queries").glob("*.rq")):
        sparql = path.read_text(encoding="utf-8")
        bindings = {}
        for name in re.findall(r"^# bind: (\w+)", sparql, re.MULTILINE):
            first = run_query(store, sparql + " LIMIT 1", timeout=600)
            bindings[name] = first.rows[0][first.variables.index(name)] if first.rows else None
        bindings = {k: v for k, v in bindings.items() if v is not None}
        if bindings:
            cases += [(f"{path.stem} (bound)", sparql, bindings), (f"{path.stem} (all)", sparql, {})]
        else:
            cases.append((path.stem, sparql, {}))
    return cases


def _time_oxigraph(store, sparql: str, bindings: dict) -> tuple[float, int]:
    """Median of 5 runs in ms, and the number of rows."""
    times = []
    for _ in range(5):
        t = time.perf_counter()
        result = run_query(store, sparql, timeout=600, bindings=bindings)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, len(result)


def _time_rdflib(rg, sparql: str, bindings: dict, limit: float) -> tuple[float | None, int | None]:
    """One run in ms and its rows, or (None, None) when stopped after ``limit`` seconds."""
    signal.setitimer(signal.ITIMER_REAL, limit)
    t = time.perf_counter()
    try:
        rows = len(list(rg.query(sparql, initBindings=bindings)))
        return (time.perf_counter() - t) * 1000, rows
    except Late:
        return None, None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=870)
    ap.add_argument("--rdflib-limit", type=float, default=300.0, help="seconds before an rdflib query is stopped")
    ap.add_argument("--work", type=Path, help="folder for the corpus and graph (default: temporary)")
    a = ap.parse_args()
    work = a.work or Path(tempfile.mkdtemp(prefix="govkg-bench-"))
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}")

    t = time.perf_counter()
    generate(work / "corpus", a.articles)
    kg = govkg.build([work / "corpus"])
    graph = work / "graph.ttl"
    kg.write(work, html=False)
    with open(kg.ntriples, "rb") as f:
        triples = sum(1 for _ in f)
    print(f"graph: {a.articles} articles, {triples:,} triples, built and written in {time.perf_counter() - t:.0f} s")
    del kg

    t = time.perf_counter()
    store = open_store(graph)
    print(f"load into Oxigraph: {time.perf_counter() - t:.1f} s")
    # each engine is timed with only its own data in memory: the first set of times is taken
    # before rdflib's graph, millions of Python objects the collector would walk, is loaded
    cases = _cases(store)
    oxigraph = [_time_oxigraph(store, sparql, bindings) for _, sparql, bindings in cases]
    del store
    gc.collect()
    from rdflib import Graph

    t = time.perf_counter()
    rg = Graph().parse(graph).parse(ontology_dir() / "govkg.ttl")
    print(f"load into rdflib:   {time.perf_counter() - t:.1f} s "
          f"(peak memory of this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")
    signal.signal(signal.SIGALRM, _alarm)
    print(f"\n{'query':32}{'rows':>8}{'oxigraph ms':>13}{'rdflib ms':>12}{'ratio':>9}")
    worst_ms, worst_ratio = 0.0, float("inf")
    for (label, sparql, bindings), (ox_ms, rows) in zip(cases, oxigraph):
        rl_ms, rl_rows = _time_rdflib(rg, sparql, bindings, a.rdflib_limit)
        late = rl_ms is None
        rl_ms = a.rdflib_limit * 1000 if late else rl_ms
        ratio = rl_ms / ox_ms if ox_ms else float("inf")
        worst_ms, worst_ratio = max(worst_ms, ox_ms), min(worst_ratio, ratio)
        mark = "" if rl_rows in (None, rows) else f"  (rdflib: {rl_rows} rows)"
        print(f"{label:32}{rows:>8}{ox_ms:>13.1f}{('>' if late else '') + f'{rl_ms:.0f}':>12}"
              f"{('>' if late else '') + f'{ratio:.0f}×':>9}{mark}", flush=True)
    print(f"\nslowest Oxigraph query: {worst_ms:.1f} ms (goal < 100 ms); "
          f"smallest speed-up over rdflib: {worst_ratio:.0f}× (goal ≥ 20×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
