"""The data model every pipeline stage shares.

One document travels through the stages as it is enriched:
``read`` gives a :class:`RawDocument`, ``segment`` a :class:`Document` (normalised text,
header metadata, sections, sentences, tokens), ``extract`` an :class:`Extraction` (entity
mentions, metrics, relations), ``link`` the same Extraction with its units resolved and its
:class:`Entity` list, ``graph`` the document's N-Triples; the corpus graph is their union.
Offsets are always character offsets into ``RawDocument.text``, the text as read.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum


class EntityClass(str, Enum):
    """Classes of extracted entities; values are the ontology's local names."""

    ORGANIZATION = "Organization"
    PLACE = "Place"
    PERSON = "Person"
    PROGRAM = "Program"
    MECHANISM = "Mechanism"
    GROUP = "Group"
    PUBLICATION = "Publication"
    EVENT = "Event"


class Comparator(str, Enum):
    AT_LEAST = "AtLeast"
    AT_MOST = "AtMost"
    MORE_THAN = "MoreThan"
    LESS_THAN = "LessThan"
    APPROXIMATELY = "Approximately"
    EXACTLY = "Exactly"


class Predicate(str, Enum):
    """Relations between entities that carry provenance statements."""

    RUNS = "runs"
    ESTABLISHES = "establishes"
    HAS_METRIC = "hasMetric"
    APPLIES_TO = "appliesTo"
    PART_OF = "partOf"


@dataclass(frozen=True)
class RawDocument:
    """A file decoded to text: nothing interpreted yet. For a web page, ``text`` is its main
    text (the page's title as first line) and ``title``/``date`` are the page's own."""

    path: str
    name: str
    text: str
    sha256: str
    encoding: str
    title: str | None = None
    date: str | None = None


# not frozen: a build makes millions of tokens, and a frozen dataclass takes four times as
# long to make; no stage changes a token after segment made it
@dataclass(slots=True)
class Token:
    word: str
    tag: str
    start: int
    end: int


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str  # the normalised (simplified, half-width) text of [start, end)
    paragraph: int
    section: int | None
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Section:
    """A "单位:标题" (or "单位——标题") section of an article that reports several units."""

    index: int
    speaker: str
    speaker_start: int
    speaker_end: int
    headline: str
    headline_start: int
    headline_end: int
    start: int  # of the header line (the headline's, when the speaker is named below it)
    end: int  # of the section's last line


@dataclass
class Reporter:
    name: str
    start: int
    end: int


@dataclass
class DocumentMeta:
    title: str | None = None
    title_start: int | None = None
    issued: dt.date | None = None
    issued_time: str | None = None
    source: str | None = None
    reporters: list[Reporter] = field(default_factory=list)
    #: where the dateline that names the medium stands (新华社北京6月28日电): the medium there is
    #: who reports, no unit the report is about
    dateline: tuple[int, int] | None = None
    #: where the body that signs a notice stands, on its own line by the date it ends with
    #: (中共临泉县委组织部 / 2023年1月10日): what the notice states is that body's
    signer: tuple[int, int] | None = None


@dataclass
class Document:
    """A segmented document: the text as read plus everything found in its structure."""

    raw: RawDocument
    work: str  # same length as raw.text: simplified script, half-width punctuation
    script: str  # "simplified" or "traditional"
    meta: DocumentMeta
    sections: list[Section]
    sentences: list[Sentence]
    content_end: int  # where site chrome and footers begin

    @property
    def name(self) -> str:
        return self.raw.name

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence holding offset ``pos``; -1 when it lies outside every sentence."""
        return next((s.index for s in self.sentences if s.start <= pos < s.end), -1)

    def title_sentence(self) -> int | None:
        """Index of the title's sentence, None when the text has no title."""
        return self.sentence_at(self.meta.title_start) if self.meta.title_start is not None else None

    def heading_sentences(self) -> set[int]:
        """The sentences that are the title or a section's header (its speaker's line too, when
        that stands above the headline): what they say, the text says again."""
        headers = {self.sentence_at(p) for s in self.sections
                   for p in ((s.speaker_start, s.headline_start) if s.speaker_start <= s.headline_start
                             else (s.headline_start,))}
        return headers | ({self.title_sentence()} if self.meta.title_start is not None else set())

    def surface(self, start: int, end: int) -> str:
        """The text exactly as read between two offsets."""
        return self.raw.text[start:end]


@dataclass
class Mention:
    """One occurrence of an entity: its normalised label, class and where it stands."""

    cls: EntityClass
    label: str
    start: int
    end: int
    sentence: int
    aliases: tuple[str, ...] = ()
    since: int | None = None
    #: the name as the text writes it, when the label is that name completed from its context
    #: (市委组织部 in a section of 遵义市: 遵义市委组织部)
    written: str | None = None
    #: the text refers back to the entity here (该区 for 福田区) rather than naming it: no alias
    refers: bool = False


@dataclass
class Metric:
    value: Decimal
    unit: str
    comparator: Comparator
    start: int
    end: int
    sentence: int
    period: str | None = None
    measure: str | None = None
    owner: str | None = None  # label of the owning Organization
    group: str | None = None  # label of the Group it applies to


@dataclass(frozen=True)
class Relation:
    """subject --predicate--> object between entities named by (class, label)."""

    subject: tuple[EntityClass, str]
    predicate: Predicate
    object: tuple[EntityClass, str]
    sentence: int


@dataclass
class Event:
    label: str
    start: int
    end: int
    sentence: int
    date: dt.date | None = None
    location: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass
class Extraction:
    """All that was extracted from one document."""

    document: Document
    mentions: list[Mention]
    metrics: list[Metric]
    relations: list[Relation]
    events: list[Event]
    #: units the text reports speaking at a meeting outside any section (…作了典型发言): their
    #: mentions; each is a Speech with no headline
    speakers: list[Mention] = field(default_factory=list)
    #: the label of the unit a single-unit report is about, if it is one
    focus: str | None = None


@dataclass
class Entity:
    """An entity after linking: one node of the graph, with every mention of it."""

    cls: EntityClass
    label: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[tuple[str, Mention]] = field(default_factory=list)  # (document sha, mention)
    since: int | None = None
    #: what tells apart entities of one class and label: a meeting's date (a yearly meeting
    #: keeps its name), the document of a unit written relative to a place it does not name
    #: (市委组织部, a body of some city: not merged with another document's), else None
    qualifier: str | None = None
    #: the name to show when every mention writes it short and its label completes it from
    #: the context (市委组织部 for 遵义市委组织部): the label is then an alias
    written: str | None = None

    @property
    def shown(self) -> str:
        """The entity's rdfs:label: the name as written, else its label."""
        return self.written or self.label


@dataclass(frozen=True)
class Failure:
    """An input that could not be built, with the reason."""

    path: str
    reason: str
