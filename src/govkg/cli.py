"""The ``govkg`` command: each subcommand calls one library function."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .vocab import DEFAULT_BASE


def _build(args) -> int:
    from .api import build

    kg = build(args.inputs, base=args.base)
    for failure in kg.failures:
        print(f"error: {failure.path}: {failure.reason}", file=sys.stderr)
    counts = kg.counts()
    if counts["documents"] == 0:
        print("error: no input could be built; nothing written", file=sys.stderr)
        return 1
    written = kg.write(args.out, html=not args.no_html)
    if not args.quiet:
        classes = ", ".join(f"{k} {v}" for k, v in counts.items() if k not in ("relations", "documents") and v)
        print(f"built {counts['documents']} document(s), {len(kg.failures)} failed, in {kg.seconds:.1f} s")
        print(f"entities: {classes}")
        print(f"relations: {counts['relations']}")
        print("wrote " + ", ".join(str(p) for p in written))
    return 1 if kg.failures else 0


def _eval(args) -> int:
    from .evaluate import evaluate_folder, format_report

    results = evaluate_folder(args.folder)
    print(format_report(results, per_document=not args.summary))
    return 0


def _validate(args) -> int:
    from .validate import validate

    conforms, report = validate(args.graph)
    print(report)
    return 0 if conforms else 1


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="govkg", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build a graph from articles (.txt files or folders of them)")
    b.add_argument("inputs", nargs="+", type=Path)
    b.add_argument("--out", type=Path, default=Path("output"), help="folder for graph.ttl and graph.html")
    b.add_argument("--base", default=DEFAULT_BASE, help="base IRI of the graph's resources")
    b.add_argument("--no-html", action="store_true", help="write graph.ttl only")
    b.add_argument("-q", "--quiet", action="store_true")
    b.set_defaults(run=_build)

    e = sub.add_parser("eval", help="score extraction against X.gold.json files beside X.txt")
    e.add_argument("folder", type=Path)
    e.add_argument("--summary", action="store_true", help="totals only")
    e.set_defaults(run=_eval)

    v = sub.add_parser("validate", help="check a graph.ttl against the ontology's SHACL shapes")
    v.add_argument("graph", type=Path)
    v.set_defaults(run=_validate)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)
