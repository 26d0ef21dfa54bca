"""SPARQL over a built graph, with Oxigraph (pyoxigraph) as the engine.

The graph is loaded together with the ontology, so queries may use the labels of classes
and properties. User queries are checked before they run: updates and SERVICE (which would
make outbound requests) are refused, syntax errors are reported with their position, and
every query has a time limit.
"""
from __future__ import annotations

import csv
import io
import json
import re
import threading
import unicodedata
from functools import cached_property
from pathlib import Path

from .lexicon import ontology_dir

DEFAULT_TIMEOUT = 30.0
FORMATS = ("table", "csv", "tsv", "json")


class QueryError(Exception):
    """A query that cannot run: refused, malformed, or over its time limit."""


class QueryResult:
    """Variables and rows of a SELECT; each cell an rdflib term or None when unbound.
    An ASK gives one row with one boolean; CONSTRUCT/DESCRIBE give (s, p, o) rows.

    A SELECT's rows come from the engine as SPARQL TSV, the form it writes in compiled code:
    each cell is read into an rdflib term only when ``rows`` or ``values()`` is first asked
    for (and each distinct cell once), while ``strings()`` and ``format_result`` read the
    cells' values straight from the text."""

    def __init__(self, variables: tuple[str, ...], rows: list[tuple], convert=None, *, tsv: bool = False):
        self.variables = variables
        self._raw = rows
        self._convert = convert
        self._tsv = tsv

    def _read_cells(self, read) -> list[tuple]:
        """The TSV rows with each cell read by ``read``, each distinct cell once; unbound is None."""
        seen: dict[str, object] = {"": None}
        return [tuple(seen[c] if c in seen else seen.setdefault(c, read(c)) for c in r) for r in self._raw]

    @cached_property
    def rows(self) -> list[tuple]:
        if self._tsv:
            return self._read_cells(_tsv_term)
        if self._convert is None:
            return self._raw
        return [tuple(map(self._convert, r)) for r in self._raw]

    def __len__(self) -> int:
        return len(self._raw)

    def values(self) -> list[tuple]:
        """Rows with Python values: str for IRIs, numbers, dates and str for literals."""
        return [tuple(None if c is None else (c.toPython() if hasattr(c, "toPython") else c) for c in r)
                for r in self.rows]

    def strings(self) -> list[tuple[str | None, ...]]:
        """Rows with each cell's value as text (an IRI, or a literal's lexical form), None when unbound."""
        if self._tsv:
            return self._read_cells(lambda c: _tsv_cell(c)[1])
        return [tuple(None if c is None else str(c) for c in r) for r in self.rows]

    def bindings(self) -> list[dict[str, dict]]:
        """Rows as SPARQL 1.1 JSON results bindings: {variable: {"type", "value", "xml:lang" or "datatype"}}."""
        if self._tsv:
            rows = self._read_cells(lambda c: _json_binding(*_tsv_cell(c)))
        else:
            rows = [tuple(None if c is None else _json_binding(*_term_parts(c)) for c in r) for r in self.rows]
        return [{v: b for v, b in zip(self.variables, r) if b is not None} for r in rows]


#: how SPARQL TSV writes a literal in Turtle's short forms: integer, decimal, double, boolean
_XSD = "http://www.w3.org/2001/XMLSchema#"
_BARE_LITERALS = ((re.compile(r"[+-]?\d+"), _XSD + "integer"), (re.compile(r"[+-]?\d*\.\d+"), _XSD + "decimal"),
                  (re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+"), _XSD + "double"),
                  (re.compile(r"true|false"), _XSD + "boolean"))


def _tsv_cell(cell: str) -> tuple[str, str, str | None, str | None]:
    """A non-empty SPARQL TSV cell as (kind, value, language, datatype), kind "uri", "bnode"
    or "literal". A literal with escapes in it is read by rdflib's reader of that syntax."""
    if cell[0] == "<":
        return "uri", cell[1:-1], None, None
    if cell.startswith("_:"):
        return "bnode", cell[2:], None, None
    if cell[0] == '"':
        close = cell.rfind('"')
        value, suffix = cell[1:close], cell[close + 1:]
        if "\\" in value:
            from rdflib.util import from_n3

            value = str(from_n3(cell[:close + 1]))
        if suffix.startswith("@"):
            return "literal", value, suffix[1:], None
        return "literal", value, None, suffix[3:-1] if suffix.startswith("^^<") else _XSD + "string"
    for pattern, datatype in _BARE_LITERALS:
        if pattern.fullmatch(cell):
            return "literal", cell, None, datatype
    raise QueryError(f"cannot read the engine's answer: {cell[:80]!r}")


def _tsv_term(cell: str):
    from rdflib import BNode, Literal, URIRef

    kind, value, language, datatype = _tsv_cell(cell)
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    return Literal(value, lang=language) if language else Literal(value, datatype=URIRef(datatype))


def _term_parts(term) -> tuple[str, str, str | None, str | None]:
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return "uri", str(term), None, None
    if isinstance(term, BNode):
        return "bnode", str(term), None, None
    if isinstance(term, Literal):
        return "literal", str(term), term.language, None if term.language or term.datatype is None else str(term.datatype)
    return "literal", str(term), None, None


def _json_binding(kind: str, value: str, language: str | None, datatype: str | None) -> dict:
    out = {"type": kind, "value": value}
    if language:
        out["xml:lang"] = language
    elif datatype:
        out["datatype"] = datatype
    return out


_TOKENS = re.compile(r'''#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>''')
_UPDATE = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b", re.I)


def _bare(sparql: str) -> str:
    """The query with comments, strings and IRIs blanked out, every offset kept."""
    return _TOKENS.sub(lambda m: " " * len(m.group(0)), sparql)


def with_values(sparql: str, bindings: dict) -> str:
    """The query with ``VALUES`` fixing the bound variables, first in its top-level group.
    Each value is written by Oxigraph's own term serialiser, so quotes, backslashes and line
    breaks in it are escaped: a value is data and cannot change the query."""
    if not bindings:
        return sparql
    bare = _bare(sparql)
    m = re.search(r"\bWHERE\s*\{", bare, re.I) or re.search(r"\{", bare)
    if m is None:
        raise QueryError("cannot bind values: the query has no WHERE group")
    names = " ".join(f"?{name}" for name in bindings)
    row = " ".join(str(_to_oxigraph(term)) for term in bindings.values())
    return f"{sparql[:m.end()]} VALUES ({names}) {{ ({row}) }} {sparql[m.end():]}"


def check_query(sparql: str) -> None:
    """Refuse what a read-only, offline query may not do. Keywords are looked for outside
    comments, strings and IRIs, so text inside them is never mistaken for one."""
    bare = _bare(sparql)
    if re.search(r"\bSERVICE\b", bare, re.I):
        raise QueryError("SERVICE is refused: queries run on the local graph only and make no outbound requests")
    if _UPDATE.search(bare) and not re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", bare, re.I):
        raise QueryError("updates are refused: the graph is read-only")


def open_store(*paths: str | Path, with_ontology: bool = True):
    """A pyoxigraph Store holding the given Turtle files (or build folders) and the ontology."""
    import pyoxigraph as ox

    store = ox.Store()
    files = []
    for p in map(Path, paths):
        files.append(p / "graph.ttl" if p.is_dir() else p)
    if with_ontology:
        files.append(ontology_dir() / "govkg.ttl")
    for f in files:
        with open(f, "rb") as fh:
            store.bulk_load(fh, ox.RdfFormat.TURTLE)
    return store


def _to_rdflib(term):
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return term


def parse_binding(text: str):
    """NAME=VALUE from the command line: <IRI> is an IRI, anything else a Chinese-tagged label."""
    from rdflib import Literal, URIRef

    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise QueryError(f"a binding is NAME=VALUE, not {text!r}")
    if value.startswith("<") and value.endswith(">"):
        return name, URIRef(value[1:-1])
    return name, Literal(value, lang="zh")


def _to_oxigraph(term):
    import pyoxigraph as ox
    from rdflib import URIRef

    if isinstance(term, URIRef):
        try:
            return ox.NamedNode(str(term))
        except ValueError as err:
            raise QueryError(f"not a valid IRI: {str(term)!r}") from err
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))) if term.datatype else ox.Literal(str(term))


def run_query(store, sparql: str, timeout: float = DEFAULT_TIMEOUT, bindings: dict | None = None) -> QueryResult:
    """Run one query on a pyoxigraph Store; raises QueryError for refused or malformed queries
    and for queries that exceed ``timeout`` seconds. ``bindings`` (name → rdflib term) fix
    variables to values: text is passed as data, never pasted into the query."""
    import pyoxigraph as ox

    check_query(sparql)
    # VALUES, not the engine's substitutions: the same answer, and thirty times faster on large graphs
    sparql = with_values(sparql, bindings or {})
    outcome: dict = {}

    def work():
        try:
            result = store.query(sparql)
            if isinstance(result, ox.QuerySolutions) and result.variables:
                # written as TSV in compiled code and split here: five to ten times faster than
                # making an object for every cell (the header line names the variables)
                names = tuple(v.value for v in result.variables)
                lines = result.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8").split("\n")
                rows = [tuple(line.split("\t")) for line in lines[1:-1]]
                outcome["result"] = QueryResult(names, rows, tsv=True)
            elif isinstance(result, ox.QuerySolutions):
                outcome["result"] = QueryResult((), [() for _ in result])
            elif isinstance(result, ox.QueryBoolean):
                from rdflib import Literal

                outcome["result"] = QueryResult(("ask",), [(Literal(bool(result)),)])
            else:
                rows = [(t.subject, t.predicate, t.object) for t in result]
                outcome["result"] = QueryResult(("subject", "predicate", "object"), rows, _to_rdflib)
        except SyntaxError as err:
            outcome["error"] = QueryError(f"SPARQL syntax {err.args[0] if err.args else err}")
        except Exception as err:  # evaluation errors of the engine
            outcome["error"] = QueryError(f"query failed: {err}")

    # pyoxigraph releases the GIL while it evaluates, so a thread can be waited on with a limit
    worker = threading.Thread(target=work, daemon=True, name="govkg-query")
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryError(f"query exceeded its time limit of {timeout:g} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def run_query_rdflib(graph, sparql: str, bindings: dict | None = None) -> QueryResult:
    """The same query with rdflib's own engine (slow on large graphs; kept for comparison)."""
    check_query(sparql)
    result = graph.query(sparql, initBindings=bindings or {})
    if result.type == "ASK":
        from rdflib import Literal

        return QueryResult(("ask",), [(Literal(bool(result.askAnswer)),)])
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(("subject", "predicate", "object"), [tuple(t) for t in result.graph])
    names = tuple(str(v) for v in result.vars)
    return QueryResult(names, [tuple(row) for row in result])


# ---------------------------------------------------------------------- output

def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def format_result(result: QueryResult, fmt: str) -> str:
    """table (aligned for Chinese text), csv, tsv, or SPARQL 1.1 JSON results."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if fmt == "json":
        return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": result.bindings()}},
                          ensure_ascii=False, indent=1)
    strings = result.strings()
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        for r in strings:
            writer.writerow(["" if c is None else c for c in r])
        return buf.getvalue()
    cells = [list(result.variables)] + [["" if c is None else c for c in r] for r in strings]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(result.variables))]
    lines = []
    for k, row in enumerate(cells):
        lines.append("  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths)).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append(f"({len(strings)} row{'s' if len(strings) != 1 else ''})")
    return "\n".join(lines)
