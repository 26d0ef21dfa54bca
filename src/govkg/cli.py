"""The ``govkg`` command: each subcommand calls one library function."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .vocab import DEFAULT_BASE


def _progress_bar(quiet: bool):
    """A tqdm bar on a terminal (documents, rate, time left); nothing otherwise."""
    if quiet or not sys.stderr.isatty():
        return None

    def start(total: int):
        from tqdm import tqdm

        bar = tqdm(total=total, unit="doc", desc="extracting", file=sys.stderr, dynamic_ncols=True)

        def tick():
            bar.update(1)
            if bar.n >= bar.total:
                bar.close()

        return tick

    return start


def _cores() -> int:
    """Cores this process may run on."""
    import os

    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _build(args) -> int:
    from .api import build

    if args.jobs < 1:
        print("error: --jobs must be 1 or more", file=sys.stderr)
        return 2
    cache_dir = None if args.no_cache else (args.cache or args.out / ".cache")
    kg = build(args.inputs, base=args.base, jobs=args.jobs, cache_dir=cache_dir,
               progress=_progress_bar(args.quiet))
    for failure in kg.failures:
        print(f"error: {failure.path}: {failure.reason}", file=sys.stderr)
    counts = kg.counts()
    if counts["documents"] == 0:
        print("error: no input could be built; nothing written", file=sys.stderr)
        return 1
    written = kg.write(args.out, html=not args.no_html, formats=args.format or ["turtle"])
    if not args.quiet:
        classes = ", ".join(f"{k} {v}" for k, v in counts.items() if k not in ("relations", "documents") and v)
        print(f"built {counts['documents']} document(s), {len(kg.failures)} failed, in {kg.seconds:.1f} s")
        for failure in kg.failures:
            print(f"  failed: {failure.path}: {failure.reason}")
        print(f"entities: {classes}")
        print(f"relations: {counts['relations']}")
        print("wrote " + ", ".join(str(p) for p in written))
    return 1 if kg.failures else 0


def _eval(args) -> int:
    from .evaluate import evaluate_folder, format_report

    results = evaluate_folder(args.folder)
    print(format_report(results, per_document=not args.summary))
    return 0


def _render(args) -> int:
    from .api import KnowledgeGraph
    from .export import write_atomic
    from .render import render_html

    graph = args.graph / "graph.ttl" if args.graph.is_dir() else args.graph
    try:
        kg = KnowledgeGraph.load(graph)
    except (OSError, SyntaxError, ValueError) as err:
        print(f"error: {graph}: {err}", file=sys.stderr)
        return 1
    write_atomic(args.out, render_html(kg, title=args.title).encode("utf-8"))
    print(f"wrote {args.out}")
    return 0


def _validate(args) -> int:
    from .validate import validate

    conforms, report = validate(args.graph)
    print(report)
    return 0 if conforms else 1


def _query(args) -> int:
    from .query import QueryError, format_result, open_store, parse_binding, run_query

    if (args.sparql is None) == (args.file is None):
        print("error: give a query, or --file FILE (not both)", file=sys.stderr)
        return 2
    try:
        sparql = args.sparql if args.file is None else args.file.read_text(encoding="utf-8")
        bindings = dict(parse_binding(b) for b in args.bind)
        graph = args.graph / "graph.ttl" if args.graph.is_dir() else args.graph
        if not graph.is_file():
            print(f"error: {graph}: no such graph file", file=sys.stderr)
            return 1
        result = run_query(open_store(graph), sparql, timeout=args.timeout, bindings=bindings)
    except (QueryError, OSError, SyntaxError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    fmt = args.format or ("table" if sys.stdout.isatty() else "tsv")
    text = format_result(result, fmt)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def _serve(args) -> int:
    from .serve import ServeError, serve

    try:
        return serve(args.graph, host=args.host, port=args.port, store=args.store, timeout=args.timeout,
                     announce=lambda line: print(line, flush=True))
    except ServeError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1


def _push(args) -> int:
    from .push import PushError, push

    try:
        status = push(args.graph, args.endpoint, args.graph_iri)
    except PushError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(f"pushed {args.graph} to <{args.graph_iri}> at {args.endpoint} (HTTP {status})")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="govkg", description="Knowledge graphs from Chinese reports of local "
                                "government and party work experience.")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build a graph from articles (.txt, .md, .html files or folders of them)")
    b.add_argument("inputs", nargs="+", type=Path, help="article files and folders (walked recursively)")
    b.add_argument("--out", type=Path, default=Path("output"), help="folder for graph.ttl and graph.html")
    b.add_argument("--base", default=DEFAULT_BASE, help="base IRI of the graph's resources")
    b.add_argument("--no-html", action="store_true", help="do not write graph.html")
    b.add_argument("--format", action="append", choices=["turtle", "trig", "ntriples", "jsonld", "graphml", "csv"],
                   help="graph format to write (repeatable; default turtle): TriG has one named graph per "
                        "document, csv is nodes.csv/edges.csv for neo4j-admin import")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    b.add_argument("-j", "--jobs", type=int, default=_cores(),
                   help="extract in N processes (default: one per core here, %(default)s; the output is the same)")
    b.add_argument("--cache", type=Path, help="folder of the per-document cache (default OUT/.cache)")
    b.add_argument("--no-cache", action="store_true", help="extract every document again")
    b.set_defaults(run=_build)

    e = sub.add_parser("eval", help="score extraction against X.gold.json files beside X.txt")
    e.add_argument("folder", type=Path)
    e.add_argument("--summary", action="store_true", help="totals only")
    e.set_defaults(run=_eval)

    q = sub.add_parser("query", help="answer a SPARQL query over a built graph (Oxigraph)")
    q.add_argument("graph", type=Path, help="a graph.ttl or a build folder")
    q.add_argument("sparql", nargs="?", help="the query text")
    q.add_argument("--file", type=Path, help="read the query from a .rq file (see queries/)")
    q.add_argument("--bind", action="append", default=[], metavar="NAME=VALUE",
                   help="fix ?NAME to a value: <IRI>, else a Chinese label (repeatable)")
    q.add_argument("--format", choices=("table", "csv", "tsv", "json"),
                   help="output format (table on a terminal, tsv otherwise)")
    q.add_argument("--timeout", type=float, default=30.0, help="seconds a query may run (default 30)")
    q.set_defaults(run=_query)

    s = sub.add_parser("serve", help="serve a graph read-only with the Oxigraph SPARQL server")
    s.add_argument("graph", type=Path, help="a graph.ttl or a build folder")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=7878)
    s.add_argument("--store", type=Path, help="keep the Oxigraph store in this folder (default: temporary)")
    s.add_argument("--timeout", type=int, default=30, help="seconds a query may run (default 30)")
    s.set_defaults(run=_serve)

    u = sub.add_parser("push", help="PUT a graph into a triple store (SPARQL 1.1 Graph Store Protocol)")
    u.add_argument("graph", type=Path, help="a graph.ttl or a build folder")
    u.add_argument("--endpoint", required=True, help="the store's Graph Store URL (Oxigraph: http://host:port/store)")
    u.add_argument("--graph", dest="graph_iri", default="https://w3id.org/govkg/resource/graph",
                   help="IRI of the named graph to replace")
    u.set_defaults(run=_push)

    r = sub.add_parser("render", help="write the interactive HTML page of a built graph")
    r.add_argument("graph", type=Path, help="a graph.ttl or a build folder")
    r.add_argument("--out", type=Path, default=Path("graph.html"))
    r.add_argument("--title", help="the page's title")
    r.set_defaults(run=_render)

    v = sub.add_parser("validate", help="check a graph.ttl against the ontology's SHACL shapes")
    v.add_argument("graph", type=Path)
    v.set_defaults(run=_validate)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)
