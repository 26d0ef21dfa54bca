"""Stage 5: each linked document as RDF in the govkg ontology, with provenance, and the
documents merged into one graph.

A document's triples depend on that document alone, so they are made in the worker that
extracted it, cached with it, and merged as sorted N-Triples streams: the corpus never has to
be held in memory as a graph. IRIs are derived from content, never from run order: entities
from class and label, document parts from the document's name and digest and their offsets.
"""
from __future__ import annotations

import bisect
import hashlib
import heapq
import mmap
import os
import re
import shutil
import tempfile
import weakref
import zlib
from collections import Counter
from functools import lru_cache
from itertools import accumulate, compress, islice
from operator import itemgetter, ne
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD
from rdflib.namespace import DCTERMS, SKOS

from .export import copy_bytes, insertion_point, line_at, line_before, mapped
from .extract import department_headed_too
from .extract.names import speaker_label
from .link import document_entities
from .model import EntityClass, Extraction, Predicate
from .vocab import EDGE_PREDICATES, GK, NODE_CLASSES


class _Plain:
    """A namespace's terms as plain strings, each looked up once through the checked namespace
    (a misspelt name still raises there): that lookup costs more than the line the term goes into."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        value = str(getattr(self._namespace, name))
        setattr(self, name, value)  # found without this method from now on
        return value


_GK, _RDF, _RDFS, _XSD, _DCTERMS, _SKOS = map(_Plain, (GK, RDF, RDFS, XSD, DCTERMS, SKOS))

_CLASS_TERMS = {
    EntityClass.ORGANIZATION: _GK.Organization,
    EntityClass.PLACE: _GK.Place,
    EntityClass.PERSON: _GK.Person,
    EntityClass.PROGRAM: _GK.Program,
    EntityClass.MECHANISM: _GK.Mechanism,
    EntityClass.GROUP: _GK.Group,
    EntityClass.PUBLICATION: _GK.Publication,
    EntityClass.EVENT: _GK.Event,
}
_PREDICATES = {
    Predicate.RUNS: _GK.runs,
    Predicate.ESTABLISHES: _GK.establishes,
    Predicate.HAS_METRIC: _GK.hasMetric,
    Predicate.APPLIES_TO: _GK.appliesTo,
    Predicate.PART_OF: _GK.partOf,
}


def canonical_decimal(value) -> str:
    """xsd:decimal's canonical form (4 → "4.0", 0.50 → "0.5"), which Turtle writes as is."""
    text = format(value.normalize() if hasattr(value, "normalize") else value, "f")
    if "." not in text:
        return text + ".0"
    text = text.rstrip("0")
    return text + "0" if text.endswith(".") else text


class Identifiers:
    """Stable IRIs under a base the user may choose."""

    def __init__(self, base: str):
        if not base.endswith(("/", "#")):
            base += "/"
        if any(c in base for c in '<>"{}|^`\\ ') or ":" not in base:
            raise ValueError(f"not an absolute IRI: {base!r}")
        self.base = base

    def entity(self, cls: EntityClass, label: str, qualifier: str | None = None) -> str:
        iri = f"{self.base}{cls.value.lower()}/{_quoted(label)}"
        return f"{iri}/{_quoted(qualifier)}" if qualifier else iri

    def document(self, x: Extraction) -> str:
        raw = x.document.raw
        return f"{self.base}document/{_quoted(Path(raw.name).stem)}-{raw.sha256[:12]}"

    @staticmethod
    def part(document: str, kind: str, *keys) -> str:
        """A part of a document (a mention, speech or metric), named by its kind and position."""
        return f"{document}/{kind}/" + "-".join(str(k) for k in keys)

    def statement(self, *parts) -> str:
        digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:20]
        return f"{self.base}statement/{digest}"


@lru_cache(maxsize=1 << 16)
def _quoted(label: str) -> str:
    return quote(label, safe="")


_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}
_ESCAPES.update({c: f"\\u{c:04X}" for c in range(32) if c not in _ESCAPES})
_ESCAPES[0x7F] = "\\u007F"
_XSD_INTEGER = f"^^<{XSD.integer}>"


def literal(text: str, lang: str | None = None, datatype: str | None = None) -> str:
    """A literal in N-Triples syntax."""
    quoted = '"' + str(text).translate(_ESCAPES) + '"'
    if lang:
        return f"{quoted}@{lang}"
    return f"{quoted}^^<{datatype}>" if datatype else quoted


class _Triples:
    """N-Triples lines of one document, each once."""

    def __init__(self):
        self.lines: set[str] = set()

    def add(self, s: str, p: str, o: str) -> None:
        """``s`` and ``p`` are IRIs; ``o`` an IRI or a literal already in N-Triples syntax."""
        if o[0] != '"':
            o = f"<{o}>"
        self.lines.add(f"<{s}> <{p}> {o} .\n")

    def text(self, s: str, p: str, value: str, lang: str | None = None, datatype: str | None = None) -> None:
        self.lines.add(f"<{s}> <{p}> {literal(value, lang, datatype)} .\n")

    def sorted_bytes(self) -> bytes:
        return "".join(sorted(self.lines)).encode("utf-8")


def document_triples(x: Extraction, base: str) -> bytes:
    """One linked document as sorted N-Triples: the document, its entities (class, label, aliases,
    year in force), mentions, speeches, metrics, and each relation with the statement of where
    it is said. The union of every document's triples is the corpus graph (see merge_ntriples)."""
    ids = Identifiers(base)
    t = _Triples()
    doc, meta, raw = x.document, x.document.meta, x.document.raw
    d = ids.document(x)

    sentence_literals: dict[int, str] = {}

    def sentence_literal(index: int) -> str:
        """The sentence as a literal: many mentions and statements cite the same one."""
        if (lit := sentence_literals.get(index)) is None:
            s = doc.sentences[index]
            lit = sentence_literals[index] = literal(raw.text[s.start:s.end], "zh")
        return lit

    def add_mention(subject: str, m_start: int, m_end: int, sentence: int, cls: str) -> None:
        node = ids.part(d, "mention", m_start, m_end, cls)
        t.add(subject, _GK.mention, node)
        t.add(subject, _GK.mentionedIn, d)
        t.add(node, _RDF.type, _GK.Mention)
        t.add(node, _GK.inDocument, d)
        t.add(node, _GK.start, f'"{m_start}"{_XSD_INTEGER}')
        t.add(node, _GK.end, f'"{m_end}"{_XSD_INTEGER}')
        t.text(node, _GK.surface, raw.text[m_start:m_end])
        if sentence >= 0:
            t.add(node, _GK.sentence, sentence_literal(sentence))

    def state(subject: str, predicate: str, obj: str, sentence: int) -> None:
        t.add(subject, predicate, obj)
        # named after the document, not only its bytes: a copy under another name states it apart
        node = ids.statement(subject, predicate, obj, d, sentence)
        t.add(node, _RDF.type, _RDF.Statement)
        t.add(node, _RDF.subject, subject)
        t.add(node, _RDF.predicate, predicate)
        t.add(node, _RDF.object, obj)
        t.add(node, _GK.inDocument, d)
        if sentence >= 0:
            t.add(node, _GK.sentence, sentence_literal(sentence))

    t.add(d, _RDF.type, _GK.Document)
    t.text(d, _GK.fileName, raw.name)
    t.text(d, _GK.sha256, raw.sha256)
    t.text(d, _GK.script, doc.script)
    if meta.title:
        t.text(d, _DCTERMS.title, meta.title, "zh")
    if meta.issued:
        if meta.issued_time:
            clock = meta.issued_time if meta.issued_time.count(":") == 2 else meta.issued_time + ":00"
            t.text(d, _DCTERMS.issued, f"{meta.issued.isoformat()}T{clock}", datatype=_XSD.dateTime)
        else:
            t.text(d, _DCTERMS.issued, meta.issued.isoformat(), datatype=_XSD.date)
    if meta.source:
        t.text(d, _DCTERMS.source, meta.source, "zh")
    for reporter in meta.reporters:
        t.add(d, _DCTERMS.creator, ids.entity(EntityClass.PERSON, reporter.name))

    entities = document_entities(x)
    # a unit shown as written short (市委组织部, read as 遵义市委组织部) is a node of its own, named
    # by both: it never takes a second rdfs:label from a document that writes the full name
    written = {(e.cls, e.label): ids.entity(e.cls, e.shown, e.label) for e in entities if e.written}
    # a unit written relative to a place the document does not name is this document's alone
    written.update({(e.cls, e.label): ids.entity(e.cls, e.label, e.qualifier) for e in entities
                    if e.cls is EntityClass.ORGANIZATION and e.qualifier})

    def entity(cls: EntityClass, label: str, qualifier: str | None = None) -> str:
        return written.get((cls, label)) or ids.entity(cls, label, qualifier)

    for e in entities:
        node = entity(e.cls, e.label, e.qualifier)
        t.add(node, _RDF.type, _CLASS_TERMS[e.cls])
        t.text(node, _RDFS.label, e.shown, "zh")
        for alias in e.aliases:
            t.text(node, _SKOS.altLabel, alias, "zh")
        if e.since:
            # documents may differ; merge_ntriples keeps the earliest year
            t.text(node, _GK.since, str(e.since), datatype=_XSD.gYear)
        for _, m in e.mentions:
            add_mention(node, m.start, m.end, m.sentence, e.cls.value)

    event_nodes = []  # (event, node) in the text's order
    for e in x.events:
        node = entity(EntityClass.EVENT, e.label, e.date.isoformat() if e.date else None)
        event_nodes.append((e, node))
        t.add(node, _GK.reportedIn, d)
        if e.date:
            t.text(node, _GK.date, e.date.isoformat(), datatype=_XSD.date)
        if e.location:
            state(node, _GK.location, entity(EntityClass.PLACE, e.location), e.sentence)
    event_node = event_nodes[-1][1] if event_nodes else None  # the meeting a report's speeches were given at
    # a section's unit as the linked document names it (its mention at the header)
    units_at = {(m.start, m.end): m.label for m in x.mentions if m.cls is EntityClass.ORGANIZATION}
    spoke = set()
    for section in doc.sections:
        speech = ids.part(d, "speech", section.index + 1)
        t.add(speech, _RDF.type, _GK.Speech)
        if section.headline:
            t.text(speech, _RDFS.label, f"{section.speaker}:{section.headline}", "zh")
            t.text(speech, _GK.headline, section.headline, "zh")
        else:  # a unit marked as a section of its own (◆太原市)
            t.text(speech, _RDFS.label, section.speaker, "zh")
        t.add(speech, _GK.reportedIn, d)
        sentence = doc.sentence_at(section.start)
        add_mention(speech, min(section.speaker_start, section.headline_start),
                    max(section.speaker_end, section.headline_end), sentence, "Speech")
        # (the department its speaker heads, where the header's line says so: 北江市委常委、组织部部长 …)
        held = department_headed_too(doc, section)
        speaker = units_at.get(held.span(1) if held else (section.speaker_start, section.speaker_end)) \
            or speaker_label(section.speaker)[0]
        spoke.add(speaker)
        state(speech, _GK.speaker, entity(EntityClass.ORGANIZATION, speaker), sentence)
        if event_node is not None:
            state(event_node, _GK.hasSpeech, speech, sentence)
    for m in x.speakers:  # units reported speaking (…作了典型发言): a speech with no headline
        if m.label in spoke:
            continue  # the section it heads is its speech
        spoke.add(m.label)
        speech = ids.part(d, "speech", m.start, m.end)
        t.add(speech, _RDF.type, _GK.Speech)
        t.text(speech, _RDFS.label, m.label, "zh")
        t.add(speech, _GK.reportedIn, d)
        add_mention(speech, m.start, m.end, m.sentence, "Speech")
        state(speech, _GK.speaker, entity(EntityClass.ORGANIZATION, m.label), m.sentence)
        # the meeting its sentence names before it (…召开的B座谈会上,…作了发言), else the report's
        at = next((node for e, node in reversed(event_nodes) if e.sentence == m.sentence and e.end <= m.start), event_node)
        if at is not None:
            state(at, _GK.hasSpeech, speech, m.sentence)
    for r in x.relations:
        state(entity(*r.subject), _PREDICATES[r.predicate], entity(*r.object), r.sentence)
    for metric in x.metrics:
        node = ids.part(d, "metric", metric.start)
        t.add(node, _RDF.type, _GK.Metric)
        t.text(node, _RDFS.label, doc.work[metric.start:metric.end], "zh")
        t.text(node, _GK.value, canonical_decimal(metric.value), datatype=_XSD.decimal)
        t.text(node, _GK.unit, metric.unit)
        t.add(node, _GK.comparator, getattr(_GK, metric.comparator.value))
        if metric.period:
            t.text(node, _GK.period, metric.period)
        if metric.measure:
            t.text(node, _GK.measure, metric.measure, "zh")
        add_mention(node, metric.start, metric.end, metric.sentence, "Metric")
        if metric.owner:
            state(entity(EntityClass.ORGANIZATION, metric.owner), _GK.hasMetric, node, metric.sentence)
        if metric.group:
            state(node, _GK.appliesTo, entity(EntityClass.GROUP, metric.group), metric.sentence)
    return t.sorted_bytes()


#: merging more sorted files at once than this (or than the system lets a process open) goes
#: through intermediate files
MAX_OPEN_FILES = 4096
#: what the streams of one merge may hold in memory, together
STREAM_BUFFER_BYTES = 64 << 20
#: documents' triples up to this size are merged by one sort in memory; beyond, by ranges
IN_MEMORY_BYTES = 64 << 20
#: a larger merge sorts a range of subjects of about this size in memory at a time (smaller
#: ranges sort faster, but each costs a search through every document's triples)
RANGE_BYTES = 32 << 20
_SINCE_IRI = f"<{GK.since}>".encode()
_SINCE = b" " + _SINCE_IRI + b" "
# what the summary counts: whole N-Triples endings and predicates, which a literal cannot end
# with (its closing quote comes last) and would have to quote IRIs word for word to contain;
# each found in one pass over the lines, as two patterns
_COUNTED_CLASSES = (*NODE_CLASSES, "Document")
_TYPED = re.compile(re.escape(f" <{RDF.type}> <{GK._NS}").encode() + rb"([A-Za-z]+)> \.\n")
_EDGES = re.compile(re.escape(f"> <{GK._NS}").encode()
                    + b"(?:" + b"|".join(re.escape(p.encode()) for p in EDGE_PREDICATES) + b")> <")


def _merged_lines(streams: list[Iterable[bytes]]) -> Iterator[bytes]:
    """The union of sorted N-Triples streams, sorted, each line once."""
    previous = None
    for line in heapq.merge(*streams):
        if line != previous:
            previous = line
            yield line


def _finish(chunk: bytes, out: BinaryIO, counts: Counter, since_of: bytes | None) -> bytes | None:
    """Write sorted lines, keeping of the years a node is said to be in force since the
    earliest (they sort by year), and count nodes per class and relations."""
    kept, at, found = [], 0, chunk.find(_SINCE)
    while found >= 0:
        start = chunk.rfind(b"\n", 0, found) + 1
        end = chunk.index(b"\n", found) + 1
        subject = chunk[start:found]
        if b" " not in subject:  # the predicate, not words inside a literal
            if subject == since_of:
                kept.append(chunk[at:start])
                at = end
            since_of = subject
        found = chunk.find(_SINCE, end)
    if kept:
        chunk = b"".join(kept) + chunk[at:]
    _count(chunk, counts)
    out.write(chunk)
    return since_of


def _count(lines: bytes, counts: Counter) -> None:
    found = Counter(_TYPED.findall(lines))
    for cls in _COUNTED_CLASSES:
        counts[cls] += found[cls.encode()]
    counts["relations"] += len(_EDGES.findall(lines))


def merge_ntriples(parts: Iterable[bytes | str | Path], out: BinaryIO, jobs: int = 1) -> Counter:
    """Merge documents' sorted N-Triples (bytes, or files holding them) into ``out``, sorted and
    without repeats; ``#`` comment lines are dropped. Small corpora are sorted in memory; larger
    ones, in files, are cut into ranges of subjects of about RANGE_BYTES, each sorted in memory
    (by ``jobs`` processes side by side), so memory stays flat; parts given as bytes beyond the
    in-memory size are merged as streams, at most MAX_OPEN_FILES at a time. Returns the number
    of nodes per class ("Document" included) and of relations ("relations")."""
    parts = list(parts)
    size = sum(len(p) if isinstance(p, bytes) else os.path.getsize(p) for p in parts)
    counts: Counter = Counter()
    if size <= IN_MEMORY_BYTES:
        _finish(b"".join(_sorted_lines(parts)), out, counts, None)
        return counts
    if all(not isinstance(p, bytes) for p in parts):
        return _merge_by_ranges([str(p) for p in parts], out, jobs, max(jobs, -(-size // RANGE_BYTES)))
    with tempfile.TemporaryDirectory(prefix="govkg-merge-") as scratch:
        round_, width = 0, _open_files_allowed()
        while len(parts) > width:
            merged = []
            for i in range(0, len(parts), width):
                path = Path(scratch) / f"{round_}-{i}.nt"
                with open(path, "wb") as f:
                    for batch in _merged_batches(parts[i:i + width]):
                        f.write(b"".join(batch))
                merged.append(path)
            parts, round_ = merged, round_ + 1
        since_of = None
        for batch in _merged_batches(parts):
            since_of = _finish(b"".join(batch), out, counts, since_of)
    return counts


def _sorted_lines(parts: list[bytes | str | Path], spans: list[tuple[int, int]] | None = None) -> list[bytes]:
    """The triple lines of the parts (of the given byte span of each), sorted, each once."""
    lines: list[bytes] = []
    for i, p in enumerate(parts):
        if isinstance(p, bytes):
            data = p if spans is None else p[spans[i][0]:spans[i][1]]
        elif spans is None:
            data = Path(p).read_bytes()
        else:
            with open(p, "rb") as f:
                f.seek(spans[i][0])
                data = f.read(spans[i][1] - spans[i][0])
        lines += data.splitlines(keepends=True)
    lines.sort()  # each part is sorted already: the sort merges them in linear passes
    # triple lines start with "<": comments and blank lines sort before them
    triples = lines[bisect.bisect_left(lines, b"<"):bisect.bisect_left(lines, b"=")]
    if not triples:
        return triples
    return [*compress(triples, map(ne, triples, islice(triples, 1, None))), triples[-1]]  # repeats sit side by side


def _merge_by_ranges(parts: list[str], out: BinaryIO, jobs: int, ranges: int) -> Counter:
    """merge_ntriples over files, as that many ranges of subjects, cut by subjects sampled across
    the parts so that all the lines of a subject fall in one, each sorted in memory in turn. With
    ``jobs`` > 1 the ranges are dealt out in as many runs of neighbours: this process merges the
    first run straight into ``out`` while workers merge the others into files, then appended in
    order."""
    samples = sorted(_sampled_subjects(parts))
    pivots = sorted({samples[len(samples) * k // ranges] for k in range(1, ranges)}) if samples else []
    spans = _range_spans(parts, pivots)
    runs = [spans[len(spans) * k // jobs:len(spans) * (k + 1) // jobs] for k in range(jobs)]
    runs = [run for run in runs if run]
    if len(runs) == 1:
        return _merge_ranges(parts, runs[0], out)
    from concurrent.futures import ProcessPoolExecutor

    counts: Counter = Counter()
    with tempfile.TemporaryDirectory(prefix="govkg-merge-") as scratch, \
            ProcessPoolExecutor(max_workers=len(runs) - 1) as pool:
        later = [pool.submit(_merge_ranges, parts, run, str(Path(scratch) / f"run-{i}.nt"))
                 for i, run in enumerate(runs[1:])]
        counts += _merge_ranges(parts, runs[0], out)
        for job in later:
            path, run_counts = job.result()
            counts += run_counts
            with open(path, "rb") as f:
                shutil.copyfileobj(f, out, 1 << 22)
            os.unlink(path)  # a run written out waits on disk only until it is appended
    return counts


#: subjects sampled from each part to cut ranges by
SAMPLES_PER_PART = 16


def _sampled_subjects(parts: list[str]) -> list[bytes]:
    """Subjects ("<iri> ") of lines taken at SAMPLES_PER_PART steps through each part, each
    step moved by a fraction of its own that depends on the part's name: documents' triples
    all have the same layout, and steps at the same places in each would leave a stretch
    that every document ends with (the nodes they share) all but unsampled."""
    samples = []
    for p in parts:
        with mapped(p) as data:
            step = max(1 << 10, len(data) // SAMPLES_PER_PART)
            shift = zlib.crc32(os.fsencode(p)) % step
            for at in range(shift, len(data), step):
                start = data.rfind(b"\n", 0, at) + 1
                if data[start:start + 1] == b"<":
                    samples.append(data[start:data.find(b" ", start) + 1])
    return samples


def _range_spans(parts: list[str], pivots: list[bytes]) -> list[list[tuple[int, int]]]:
    """For each range of subjects the sorted ``pivots`` cut off (before the first, between each
    two, after the last), the byte span of each part that holds its lines."""
    cuts = []
    for p in parts:
        with mapped(p) as data:
            end = len(data)
            while end and data[(last := data.rfind(b"\n", 0, end - 1) + 1):last + 1] == b"#":
                end = last  # a trailing comment (a cache entry's length) is not in the sorted order
            at, points = 0, [0]
            for pivot in pivots:
                at = insertion_point(data, pivot, at, end)
                points.append(at)
            points.append(len(data))
            cuts.append(points)
    return [[(points[i], points[i + 1]) for points in cuts] for i in range(len(pivots) + 1)]


def _merge_ranges(parts: list[str], ranges: list[list[tuple[int, int]]], out):
    """Merge the lines of each range in turn (given as the byte span of each part that holds
    it) into ``out``, a file or the name of one to write; returns their counts (and the name,
    when given one: as a worker process does)."""
    if isinstance(out, str):
        with open(out, "wb") as f:
            return out, _merge_ranges(parts, ranges, f)
    counts: Counter = Counter()
    for spans in ranges:
        held = [(p, span) for p, span in zip(parts, spans) if span[0] < span[1]]
        _finish(b"".join(_sorted_lines([p for p, _ in held], [span for _, span in held])), out, counts, None)
    return counts


def _open_files_allowed() -> int:
    """How many files one merge step may open: MAX_OPEN_FILES, within the process's limit
    (raised to the hard limit when it is lower)."""
    try:
        import resource
    except ImportError:  # not a POSIX system
        return 256
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = MAX_OPEN_FILES + 64
    if soft != resource.RLIM_INFINITY and soft < wanted:
        raised = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (raised, hard))
            soft = raised
        except (ValueError, OSError):
            pass
    return max(2, min(MAX_OPEN_FILES, (wanted if soft == resource.RLIM_INFINITY else soft) - 64))


def _triple_lines(part: bytes | str | Path, block: int) -> Iterator[bytes]:
    """The triple lines of a part, read a block at a time."""
    if isinstance(part, bytes):
        yield from [line for line in part.splitlines(keepends=True) if line[:1] == b"<"]
        return
    with open(part, "rb") as f:
        rest = b""
        while data := f.read(block):
            lines = (rest + data).splitlines(keepends=True)
            rest = b"" if lines[-1].endswith(b"\n") else lines.pop()
            yield from [line for line in lines if line[:1] == b"<"]
        if rest[:1] == b"<":
            yield rest + b"\n"


def _merged_batches(parts: list, size: int = 65536) -> Iterator[list[bytes]]:
    block = max(1 << 13, min(1 << 19, STREAM_BUFFER_BYTES // max(1, len(parts))))
    merged = _merged_lines([_triple_lines(p, block) for p in parts])
    while batch := list(islice(merged, size)):
        yield batch


def _subject_and_since(line: bytes) -> tuple[bytes, bool]:
    """A triple line's subject, and whether its predicate is gk:since."""
    subject, _, rest = line.partition(b" ")
    return subject, rest.startswith(_SINCE_IRI + b" ")


def _pieces(base_length: int, added: list[tuple[int, bytes]],
            removed: list[tuple[int, int]]) -> list[tuple[int, bytes | None, int, int]]:
    """An edited graph's text as pieces in order: (start, the lines put there or None for a
    stretch of the base, where that stretch starts in the base, length). Lines put side by side,
    with no stretch of the base between them, make one piece."""
    pieces: list[tuple[int, bytes | None, int, int]] = []
    at = written = 0
    run: list[bytes] = []

    def end_run() -> None:
        nonlocal at
        if run:
            lines = b"".join(run)
            pieces.append((at, lines, 0, len(lines)))
            at += len(lines)
            run.clear()

    def base_to(offset: int) -> None:
        nonlocal at, written
        if offset > written:
            end_run()
            pieces.append((at, None, written, offset - written))
            at, written = at + offset - written, offset

    removals = iter(removed)
    removal = next(removals, None)
    for offset, line in added:
        while removal is not None and removal[0] <= offset:  # a line left out, then those put before it
            base_to(removal[0])
            written = removal[0] + removal[1]
            removal = next(removals, None)
        base_to(offset)
        run.append(line)
    while removal is not None:
        base_to(removal[0])
        written = removal[0] + removal[1]
        removal = next(removals, None)
    base_to(base_length)
    end_run()
    return pieces


class EditedGraph:
    """A merged graph: a file of sorted N-Triples (the base) with lines added and lines left out,
    read as the one sorted text they make — len, slices, find and rfind, as on the file's
    memory map — without writing it out, and written out when asked. A rebuild that only adds
    documents adds their lines to it rather than copying the whole graph with them in."""

    def __init__(self, path: str | Path, added: Iterable[tuple[int, bytes]] = (),
                 removed: Iterable[tuple[int, int]] = ()):
        self.path = Path(path)
        #: (offset in the base where the line goes, line), in the graph's order
        self.added = list(added)
        #: (offset, length) of the base's lines left out, in order
        self.removed = list(removed)
        # held open while the graph is: a later build may remove the file from the cache
        self._file = open(self.path, "rb")
        size = os.fstat(self._file.fileno()).st_size
        self.base = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        weakref.finalize(self, _close_all, self.base, self._file)
        self._lines = [line for _, line in self.added]
        self._added_before = list(accumulate((len(line) for line in self._lines), initial=0))
        self._removed_at = [offset for offset, _ in self.removed]
        self._removed_before = list(accumulate((length for _, length in self.removed), initial=0))
        self._removed_ends = {offset: offset + length for offset, length in self.removed}
        self._pieces = _pieces(len(self.base), self.added, self.removed)
        self._length = self._pieces[-1][0] + self._pieces[-1][3] if self._pieces else 0
        self._starts = [piece[0] for piece in self._pieces]

    @property
    def edited(self) -> bool:
        """Whether the graph differs from its base file."""
        return bool(self.added or self.removed)

    def text(self):
        """The graph as something to read like bytes: the base's memory map when it is the graph."""
        return self if self.edited else self.base

    def __len__(self) -> int:
        return self._length

    def _piece(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def __getitem__(self, span: slice) -> bytes:
        start, stop, _ = span.indices(self._length)
        out = []
        i = self._piece(start)
        while start < stop:
            at, line, base_at, length = self._pieces[i]
            lo, hi = start - at, min(length, stop - at)
            out.append(line[lo:hi] if line is not None else self.base[base_at + lo:base_at + hi])
            start, i = at + hi, i + 1
        return b"".join(out)

    def _text_of(self, piece: tuple[int, bytes | None, int, int]) -> tuple:
        """What a piece is read from, and what to add to an offset there to have the graph's."""
        at, line, base_at, _ = piece
        return (line, at) if line is not None else (self.base, at - base_at)

    def _bounds(self, start: int, end: int | None) -> tuple[int, int]:
        # offsets count from the start (callers give no negative ones)
        return max(0, start), self._length if end is None else min(end, self._length)

    def find(self, sub: bytes, start: int = 0, end: int | None = None) -> int:
        start, end = self._bounds(start, end)
        if not sub or end - start < len(sub):
            return start if not sub and start <= end else -1
        i = self._piece(start)
        while i < len(self._pieces) and self._pieces[i][0] < end:
            at, _, _, length = self._pieces[i]
            lo, hi = max(start, at), min(end, at + length)
            text, shift = self._text_of(self._pieces[i])
            found = text.find(sub, lo - shift, hi - shift)
            if found >= 0:
                return found + shift
            if hi < end:  # one that starts here and ends in a piece after
                window = max(lo, hi - len(sub) + 1)
                found = self[window:min(end, hi + len(sub) - 1)].find(sub)
                if found >= 0:
                    return window + found
            i += 1
        return -1

    def rfind(self, sub: bytes, start: int = 0, end: int | None = None) -> int:
        start, end = self._bounds(start, end)
        if not sub or end - start < len(sub):
            return end if not sub and start <= end else -1
        i = self._piece(max(start, end - 1))
        while i >= 0 and self._pieces[i][0] + self._pieces[i][3] > start:
            at, _, _, length = self._pieces[i]
            lo, hi = max(start, at), min(end, at + length)
            if hi < end:  # one that starts here and ends in a piece after: later than any within
                window = max(lo, hi - len(sub) + 1)
                found = self[window:min(end, hi + len(sub) - 1)].rfind(sub)
                if found >= 0:
                    return window + found
            text, shift = self._text_of(self._pieces[i])
            found = text.rfind(sub, lo - shift, hi - shift)
            if found >= 0:
                return found + shift
            i -= 1
        return -1

    def write_to(self, out: BinaryIO) -> None:
        """Write the graph's text to ``out``: the base's stretches copied from its file."""
        for _, line, base_at, length in self._pieces:
            if line is None:
                copy_bytes(self._file, out, base_at, length)
            else:
                out.write(line)

    def _first_from(self, line: bytes, at: int) -> tuple[bytes, int | None, int | None]:
        """The first line of the graph not less than ``line`` (b"" past the end), which goes at
        ``at`` in the base: with its index among the added lines, or its offset in the base."""
        i = bisect.bisect_left(self._lines, line)
        while at in self._removed_ends:
            at = self._removed_ends[at]
        base_line = line_at(self.base, at)
        if i < len(self._lines) and (not base_line or self._lines[i] < base_line):
            return self._lines[i], i, None
        return base_line, None, at

    def _last_before(self, line: bytes, at: int) -> bytes:
        """The last line of the graph less than ``line`` (b"" if none), which goes at ``at``."""
        i = bisect.bisect_left(self._lines, line)
        base_line = line_before(self.base, at)
        while base_line and at - len(base_line) in self._removed_ends:
            at -= len(base_line)
            base_line = line_before(self.base, at)
        added = self._lines[i - 1] if i else b""
        return max(added, base_line)

    def _offset(self, line: bytes, at: int) -> int:
        """Where ``line``, which goes at ``at`` in the base, goes in the graph's text."""
        removed = self._removed_before[bisect.bisect_left(self._removed_at, at)]
        return at - removed + self._added_before[bisect.bisect_left(self._lines, line)]

    def with_lines(self, parts: Iterable[bytes | str | Path]) -> tuple["EditedGraph", Counter,
                                                                        list[tuple[int, int, int]]]:
        """This graph with documents' sorted N-Triples added: the same text merge_ntriples would
        give for all the documents together. Returns it, what the added lines add to the counts,
        and the edits made to this graph's text: (offset, bytes dropped, bytes put), in order."""
        new: set[bytes] = set()
        for p in parts:
            new.update(_triple_lines(p, 1 << 20))
        edits: list[tuple[int, int, int]] = []
        put: list[tuple[int, bytes]] = []
        dropped_added: set[int] = set()
        dropped_base: list[tuple[int, int]] = []
        earliest: dict[bytes, bytes] = {}
        at = 0
        for line in sorted(new):
            subject, is_since = _subject_and_since(line)
            if is_since and earliest.setdefault(subject, line) != line:
                continue  # an earlier year for this node is among the added lines
            at = insertion_point(self.base, line, at)
            here, added_index, base_at = self._first_from(line, at)
            if here == line:
                continue
            dropped = 0
            if is_since:
                # the graph holds at most one year per node, next to where this one goes
                if _subject_and_since(self._last_before(line, at)) == (subject, True):
                    continue  # the graph's year is earlier
                if _subject_and_since(here) == (subject, True):  # this year is earlier: it replaces the graph's
                    dropped = len(here)
                    if added_index is not None:
                        dropped_added.add(added_index)
                    else:
                        dropped_base.append((base_at, dropped))
            edits.append((self._offset(line, at), dropped, len(line)))
            put.append((at, line))
        kept = [a for i, a in enumerate(self.added) if i not in dropped_added]
        # two sorted runs: sorted() joins them in one pass
        graph = EditedGraph(self.path, sorted(kept + put, key=itemgetter(1)), sorted(self.removed + dropped_base))
        counts: Counter = Counter()
        _count(b"".join(line for (_, line), (_, dropped, _) in zip(put, edits) if not dropped), counts)
        return graph, counts, edits


def _close_all(*held) -> None:
    for thing in held:
        if hasattr(thing, "close"):
            thing.close()
