"""Stage 5: the linked corpus as an RDF graph in the govkg ontology, with provenance.

IRIs are derived from content, never from run order: entities from class and label,
document parts from the document's name and digest and their offsets.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, SKOS

from .extract.names import unit_label
from .model import Corpus, EntityClass, Extraction, Predicate
from .vocab import GK

_CLASS_TERMS = {
    EntityClass.ORGANIZATION: GK.Organization,
    EntityClass.PLACE: GK.Place,
    EntityClass.PERSON: GK.Person,
    EntityClass.PROGRAM: GK.Program,
    EntityClass.MECHANISM: GK.Mechanism,
    EntityClass.GROUP: GK.Group,
    EntityClass.PUBLICATION: GK.Publication,
    EntityClass.EVENT: GK.Event,
}
_PREDICATES = {
    Predicate.RUNS: GK.runs,
    Predicate.ESTABLISHES: GK.establishes,
    Predicate.HAS_METRIC: GK.hasMetric,
    Predicate.APPLIES_TO: GK.appliesTo,
    Predicate.PART_OF: GK.partOf,
}


def canonical_decimal(value) -> str:
    """xsd:decimal's canonical form (4 → "4.0", 0.50 → "0.5"), which Turtle writes as is."""
    text = format(value.normalize() if hasattr(value, "normalize") else value, "f")
    if "." not in text:
        return text + ".0"
    text = text.rstrip("0")
    return text + "0" if text.endswith(".") else text


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


class Identifiers:
    """Stable IRIs under a base the user may choose."""

    def __init__(self, base: str):
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base

    def entity(self, cls: EntityClass, label: str, qualifier: str | None = None) -> URIRef:
        iri = f"{self.base}{cls.value.lower()}/{quote(label, safe='')}"
        return URIRef(f"{iri}/{quote(qualifier, safe='')}" if qualifier else iri)

    def document(self, x: Extraction) -> URIRef:
        raw = x.document.raw
        return URIRef(f"{self.base}document/{quote(Path(raw.name).stem, safe='')}-{raw.sha256[:12]}")

    def part(self, x: Extraction, kind: str, *keys) -> URIRef:
        return URIRef(f"{self.document(x)}/{kind}/" + "-".join(str(k) for k in keys))

    def statement(self, *parts) -> URIRef:
        digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:20]
        return URIRef(f"{self.base}statement/{digest}")


def build_rdf(corpus: Corpus, base: str) -> Graph:
    """The RDF graph of a linked corpus."""
    ids = Identifiers(base)
    g = Graph()
    g.bind("gk", GK._NS)
    g.bind("dcterms", DCTERMS)
    g.bind("skos", SKOS)
    g.bind("res", Namespace(ids.base))
    by_sha = {x.document.raw.sha256: x for x in corpus.extractions}

    def sentence_text(x: Extraction, index: int) -> str:
        s = x.document.sentences[index]
        return x.document.raw.text[s.start:s.end]

    def add_mention(subject: URIRef, x: Extraction, m_start: int, m_end: int, sentence: int, cls: str) -> None:
        node = ids.part(x, "mention", m_start, m_end, cls)
        g.add((subject, GK.mention, node))
        g.add((subject, GK.mentionedIn, ids.document(x)))
        g.add((node, RDF.type, GK.Mention))
        g.add((node, GK.inDocument, ids.document(x)))
        g.add((node, GK.start, Literal(m_start)))
        g.add((node, GK.end, Literal(m_end)))
        g.add((node, GK.surface, Literal(x.document.raw.text[m_start:m_end])))
        if sentence >= 0:
            g.add((node, GK.sentence, zh(sentence_text(x, sentence))))

    def state(subject: URIRef, predicate: URIRef, obj: URIRef, x: Extraction, sentence: int) -> None:
        g.add((subject, predicate, obj))
        node = ids.statement(subject, predicate, obj, x.document.raw.sha256, sentence)
        g.add((node, RDF.type, RDF.Statement))
        g.add((node, RDF.subject, subject))
        g.add((node, RDF.predicate, predicate))
        g.add((node, RDF.object, obj))
        g.add((node, GK.inDocument, ids.document(x)))
        if sentence >= 0:
            g.add((node, GK.sentence, zh(sentence_text(x, sentence))))

    for x in corpus.extractions:
        doc, meta = x.document, x.document.meta
        d = ids.document(x)
        g.add((d, RDF.type, GK.Document))
        g.add((d, GK.fileName, Literal(doc.raw.name)))
        g.add((d, GK.sha256, Literal(doc.raw.sha256)))
        g.add((d, GK.script, Literal(doc.script)))
        if meta.title:
            g.add((d, DCTERMS.title, zh(meta.title)))
        if meta.issued:
            if meta.issued_time:
                stamp = f"{meta.issued.isoformat()}T{meta.issued_time if meta.issued_time.count(':') == 2 else meta.issued_time + ':00'}"
                g.add((d, DCTERMS.issued, Literal(stamp, datatype=XSD.dateTime)))
            else:
                g.add((d, DCTERMS.issued, Literal(meta.issued.isoformat(), datatype=XSD.date)))
        if meta.source:
            g.add((d, DCTERMS.source, zh(meta.source)))
        for reporter in meta.reporters:
            g.add((d, DCTERMS.creator, ids.entity(EntityClass.PERSON, reporter.name)))

    for entity in corpus.entities.values():
        node = ids.entity(entity.cls, entity.label, entity.qualifier)
        g.add((node, RDF.type, _CLASS_TERMS[entity.cls]))
        g.add((node, RDFS.label, zh(entity.label)))
        for alias in sorted(entity.aliases):
            g.add((node, SKOS.altLabel, zh(alias)))
        if entity.since:
            g.add((node, GK.since, Literal(str(entity.since), datatype=XSD.gYear)))
        for sha, m in entity.mentions:
            add_mention(node, by_sha[sha], m.start, m.end, m.sentence, entity.cls.value)

    for x in corpus.extractions:
        d = ids.document(x)
        event_node = None
        for e in x.events:
            event_node = ids.entity(EntityClass.EVENT, e.label, e.date.isoformat() if e.date else None)
            g.add((event_node, GK.reportedIn, d))
            if e.date:
                g.add((event_node, GK.date, Literal(e.date.isoformat(), datatype=XSD.date)))
            if e.location:
                state(event_node, GK.location, ids.entity(EntityClass.PLACE, e.location), x, e.sentence)
        for section in x.document.sections:
            speech = ids.part(x, "speech", section.index + 1)
            speaker = unit_label(section.speaker)[0]
            g.add((speech, RDF.type, GK.Speech))
            g.add((speech, RDFS.label, zh(f"{section.speaker}:{section.headline}")))
            g.add((speech, GK.headline, zh(section.headline)))
            g.add((speech, GK.reportedIn, d))
            sentence = x.document.sentence_at(section.start)
            add_mention(speech, x, section.start, section.start + len(section.speaker) + 1 + len(section.headline),
                        sentence, "Speech")
            state(speech, GK.speaker, ids.entity(EntityClass.ORGANIZATION, speaker), x, sentence)
            if event_node is not None:
                state(event_node, GK.hasSpeech, speech, x, sentence)
        for r in x.relations:
            state(ids.entity(*r.subject), _PREDICATES[r.predicate], ids.entity(*r.object), x, r.sentence)
        for metric in x.metrics:
            node = ids.part(x, "metric", metric.start)
            g.add((node, RDF.type, GK.Metric))
            g.add((node, RDFS.label, zh(x.document.work[metric.start:metric.end])))
            g.add((node, GK.value, Literal(canonical_decimal(metric.value), datatype=XSD.decimal)))
            g.add((node, GK.unit, Literal(metric.unit)))
            g.add((node, GK.comparator, getattr(GK, metric.comparator.value)))
            if metric.period:
                g.add((node, GK.period, Literal(metric.period)))
            if metric.measure:
                g.add((node, GK.measure, zh(metric.measure)))
            add_mention(node, x, metric.start, metric.end, metric.sentence, "Metric")
            if metric.owner:
                state(ids.entity(EntityClass.ORGANIZATION, metric.owner), GK.hasMetric, node, x, metric.sentence)
            if metric.group:
                state(node, GK.appliesTo, ids.entity(EntityClass.GROUP, metric.group), x, metric.sentence)
    return g
