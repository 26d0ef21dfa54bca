"""Score extraction against gold annotations (X.gold.json beside X.txt).

The comparison follows the annotation guide: entities by class and label (or any gold alias),
metrics by value and unit, relations by their two ends, and the document's metadata.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

ENTITY_CLASSES = ("Organization", "Program", "Mechanism", "Group", "Publication", "Person", "Event")
_PREFIXES = """PREFIX gk: <https://w3id.org/govkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
_QUOTES = re.compile(r"[“”\"'‘’「」『』《》〈〉\s]")


def norm(text) -> str:
    from .segment import _t2s

    return _QUOTES.sub("", _t2s()(unicodedata.normalize("NFKC", str(text))))


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: "Tally") -> "Tally":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _match(predicted, gold: list, optional: list) -> Tally:
    """Each gold item (a set of acceptable keys) matched once; a second prediction of it is a
    false positive; a prediction of an optional item costs nothing."""
    t, used = Tally(), set()
    for key in sorted(predicted, key=repr):
        hit = next((i for i, keys in enumerate(gold) if key in keys and i not in used), None)
        if hit is not None:
            used.add(hit)
            t.tp += 1
        elif any(key in keys for keys in gold) or not any(key in keys for keys in optional):
            t.fp += 1
    t.fn = len(gold) - len(used)
    return t


def _match_pairs(predicted, need: list, allow: list) -> Tally:
    t, used = Tally(), set()
    for s, o in sorted(predicted, key=repr):
        hit = next((i for i, (gs, go) in enumerate(need) if s in gs and o in go and i not in used), None)
        if hit is not None:
            used.add(hit)
            t.tp += 1
        elif not any((gs is None or s in gs) and o in go for gs, go in allow):
            t.fp += 1
    t.fn = len(need) - len(used)
    return t


@dataclass
class Gold:
    raw: dict
    names: dict = field(default_factory=dict)
    classes: dict = field(default_factory=dict)
    optional: set = field(default_factory=set)

    @classmethod
    def load(cls, path: str | Path) -> "Gold":
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        g = cls(raw)
        for e in raw.get("entities", []) + [dict(ev, type="Event") for ev in raw.get("events", [])]:
            g.names[e["id"]] = {norm(x) for x in [e["label"], *e.get("aliases", [])]}
            g.classes[e["id"]] = e["type"]
            if e.get("optional"):
                g.optional.add(e["id"])
        return g

    def items(self, ids, optional: bool) -> list:
        out = []
        for i in ids:
            if (i in self.optional) == optional and self.names[i] not in out:
                out.append(self.names[i])
        return out

    def pairs(self, pairs):
        need = [(self.names[a], self.names[b]) for a, b in pairs if a not in self.optional and b not in self.optional]
        allow = [(self.names[a], self.names[b]) for a, b in pairs if a in self.optional or b in self.optional]
        return need, allow


def _rows(graph: Graph, query: str):
    return [tuple(norm(v) if v is not None else None for v in r) for r in graph.query(_PREFIXES + query)]


def _metric_key(value, unit):
    try:
        return (float(value), norm(unit))
    except (TypeError, ValueError):
        return (None, norm(unit))


def score(gold: Gold, graph: Graph) -> dict[str, Tally]:
    """Tallies per entity class and relation kind for one document's graph."""
    out: dict[str, Tally] = {}
    raw = gold.raw
    for cls in ENTITY_CLASSES:
        ids = [i for i, c in gold.classes.items() if c == cls]
        predicted = {r[0] for r in _rows(graph, f"SELECT ?l WHERE {{ ?e a gk:{cls} ; rdfs:label ?l }}")}
        out[f"entity {cls}"] = _match(predicted, gold.items(ids, False), gold.items(ids, True))

    metrics = raw.get("metrics", [])
    predicted = Counter(_metric_key(b["v"], b["u"]) for b in graph.query(
        _PREFIXES + "SELECT ?m ?v ?u WHERE { ?m a gk:Metric ; gk:value ?v ; gk:unit ?u }").bindings)
    need = Counter(_metric_key(m["value"], m["unit"]) for m in metrics if not m.get("optional"))
    allow = Counter(_metric_key(m["value"], m["unit"]) for m in metrics if m.get("optional"))
    t = Tally()
    for key in set(predicted) | set(need):
        hit = min(predicted[key], need[key])
        t.tp += hit
        t.fn += need[key] - hit
        t.fp += max(0, predicted[key] - need[key] - allow[key])
    out["entity Metric"] = t

    speakers = [e for e in raw.get("entities", []) if e.get("speaker")]
    pred = set(_rows(graph, "SELECT ?l WHERE { ?s a gk:Speech ; gk:speaker ?o . ?o rdfs:label ?l }"))
    out["relation speaker"] = _match({p[0] for p in pred}, [gold.names[e["id"]] for e in speakers], [])
    pred = set(_rows(graph, "SELECT ?l ?h WHERE { ?s a gk:Speech ; gk:speaker ?o ; gk:headline ?h . ?o rdfs:label ?l }"))
    out["relation headline"] = _match_pairs(
        pred, [(gold.names[e["id"]], {norm(e["headline"])}) for e in speakers if e.get("headline")], [])
    for prop in ("runs", "establishes"):
        pred = set(_rows(graph, f"SELECT ?a ?b WHERE {{ ?x gk:{prop} ?y . ?x rdfs:label ?a . ?y rdfs:label ?b }}"))
        out[f"relation {prop}"] = _match_pairs(pred, *gold.pairs([(s, o) for s, p, o in raw.get("relations", []) if p == prop]))

    pred = [(norm(l), _metric_key(v, u)) for _, l, v, u in graph.query(_PREFIXES + """
        SELECT DISTINCT ?m ?l ?v ?u WHERE { ?o gk:hasMetric ?m . ?o rdfs:label ?l . ?m gk:value ?v ; gk:unit ?u }""")]
    owned = [m for m in metrics if m.get("owner")]
    out["relation hasMetric"] = _match_pairs(
        pred,
        [(gold.names[m["owner"]], {_metric_key(m["value"], m["unit"])}) for m in owned if not m.get("optional")],
        [(gold.names[m["owner"]], {_metric_key(m["value"], m["unit"])}) for m in owned if m.get("optional")])

    pred = {(_metric_key(v, u), norm(g)) for v, u, g in graph.query(_PREFIXES + """
        SELECT ?v ?u ?g WHERE { ?m gk:appliesTo ?x ; gk:value ?v ; gk:unit ?u . ?x rdfs:label ?g }""")}
    pred |= set(_rows(graph, "SELECT ?a ?g WHERE { ?m a gk:Mechanism ; gk:appliesTo ?x ; rdfs:label ?a . ?x rdfs:label ?g }"))
    need = [({_metric_key(m["value"], m["unit"])}, gold.names[m["applies_to"]])
            for m in metrics if m.get("applies_to") and not m.get("optional")]
    need += gold.pairs([(s, o) for s, p, o in raw.get("relations", []) if p == "appliesTo"])[0]
    allow = [(None, gold.names[i]) for i in gold.optional if gold.classes.get(i) == "Group"]
    out["relation appliesTo"] = _match_pairs(pred, need, allow)

    ev_need, ev_optional = [], set()
    for ev in raw.get("events", []):
        if ev.get("optional"):
            ev_optional |= gold.names[ev["id"]]
            continue
        if ev.get("location"):
            ev_need.append(("location", gold.names[ev["id"]], gold.names[ev["location"]]))
        if ev.get("date"):
            ev_need.append(("date", gold.names[ev["id"]], {ev["date"]}))
    ev_pred = {("location", l, p) for l, p in _rows(graph, """SELECT ?l ?p WHERE {
        ?e a gk:Event ; rdfs:label ?l ; gk:location ?x . ?x rdfs:label ?p }""")}
    ev_pred |= {("date", l, d[:10]) for l, d in _rows(graph, "SELECT ?l ?d WHERE { ?e a gk:Event ; rdfs:label ?l ; gk:date ?d }")}
    t, used = Tally(), set()
    for kind, label, value in sorted(ev_pred):
        hit = next((i for i, (k, gl, gv) in enumerate(ev_need) if k == kind and label in gl and value in gv and i not in used), None)
        if hit is not None:
            used.add(hit)
            t.tp += 1
        elif label not in ev_optional:
            t.fp += 1
    t.fn = len(ev_need) - len(used)
    out["relation event"] = t

    doc = raw.get("document", {})
    need = []
    if doc.get("issued"):
        need.append({("issued", doc["issued"])})
    if doc.get("source"):
        need.append({("source", norm(doc["source"]))})
    need += [{("creator", norm(p))} for p in doc.get("reporters", [])]
    pred = {("issued", str(d)[:10]) for (d,) in graph.query(_PREFIXES + "SELECT ?d WHERE { ?x a gk:Document ; dcterms:issued ?d }")}
    pred |= {("source", s) for (s,) in _rows(graph, "SELECT ?s WHERE { ?x a gk:Document ; dcterms:source ?s }")}
    pred |= {("creator", s) for (s,) in _rows(graph, """SELECT ?s WHERE { ?x a gk:Document ; dcterms:creator ?c .
        OPTIONAL { ?c rdfs:label ?cl } BIND(COALESCE(?cl, ?c) AS ?s) }""")}
    out["relation document"] = _match(pred, need, [])
    return out


@dataclass
class Evaluation:
    """Per-document tallies and their totals."""

    documents: dict[str, dict[str, Tally]]

    def total(self) -> dict[str, Tally]:
        out: dict[str, Tally] = {}
        for tallies in self.documents.values():
            for name, t in tallies.items():
                out.setdefault(name, Tally())
                out[name] += t
        return out

    @staticmethod
    def summary(tallies: dict[str, Tally]) -> tuple[float, float]:
        ent, rel = Tally(), Tally()
        for name, t in tallies.items():
            if name.startswith("entity"):
                ent += t
            else:
                rel += t
        return ent.f1, rel.f1

    @property
    def entity_f1(self) -> float:
        return self.summary(self.total())[0]

    @property
    def relation_f1(self) -> float:
        return self.summary(self.total())[1]


def evaluate_folder(folder: str | Path) -> Evaluation:
    """Build each X.txt that has an X.gold.json on its own and score it."""
    from .api import build

    documents = {}
    for gold_path in sorted(Path(folder).glob("*.gold.json")):
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        kg = build([text])
        documents[text.name] = score(Gold.load(gold_path), kg.rdf)
    return Evaluation(documents)


def format_report(evaluation: Evaluation, per_document: bool = True) -> str:
    def table(title: str, tallies: dict[str, Tally]) -> list[str]:
        lines = [title, f"{'':24}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>7}{'R':>7}{'F1':>7}"]
        for name, t in tallies.items():
            lines.append(f"{name:24}{t.tp:5}{t.fp:5}{t.fn:5}{t.precision:7.2f}{t.recall:7.2f}{t.f1:7.2f}")
        e, r = Evaluation.summary(tallies)
        lines.append(f"entities F1 {e:.3f}   relations F1 {r:.3f}")
        return lines

    lines = []
    if per_document:
        for name, tallies in evaluation.documents.items():
            lines += table(name, tallies) + [""]
    lines += table(f"ALL ({len(evaluation.documents)} documents)", evaluation.total())
    return "\n".join(lines)
