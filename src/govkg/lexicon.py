"""Word lists and the ontology file, loaded once from ``ontology/``."""
from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .model import Comparator


def ontology_dir() -> Path:
    """The ontology folder: inside the installed package, or at the source tree's top."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "ontology", here.parents[1] / "ontology"):
        if (candidate / "govkg.ttl").is_file():
            return candidate
    raise FileNotFoundError("ontology/govkg.ttl not found beside the govkg package")


def cache_root() -> Path:
    """The user's cache folder for govkg ($XDG_CACHE_HOME or ~/.cache), or the system's
    temporary folder where that cannot be written. Holds what govkg compiles
    once per machine: the tagger's dictionary, the table of numerals."""
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "govkg"
    try:
        root.mkdir(parents=True, exist_ok=True)
        if os.access(root, os.W_OK):
            return root
    except OSError:
        pass
    root = Path(tempfile.gettempdir()) / f"govkg-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
    root.mkdir(parents=True, exist_ok=True)
    return root


#: what a measure word may count, as unit_kinds.tsv names it
UNIT_KINDS = ("members", "activities")


def _unit_kinds() -> dict[str, str]:
    kinds = dict(line.split("\t") for line in _lines("unit_kinds.tsv"))
    if unknown := set(kinds.values()) - set(UNIT_KINDS):
        raise ValueError(f"unit_kinds.tsv: unknown kinds {sorted(unknown)}; the kinds are {', '.join(UNIT_KINDS)}")
    return kinds


def _lines(name: str) -> list[str]:
    path = ontology_dir() / "lexicon" / name
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.startswith("#") else ""
        if line.strip():
            out.append(line.strip())
    return out


def _alternation(words: list[str]) -> str:
    """A regex alternation, longest word first so that the longest match wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Lexicon:
    program_heads: tuple[str, ...]
    program_head_needs: dict
    #: heads among program_heads that make another class (专栏: Publication)
    head_classes: dict
    mechanism_heads: tuple[str, ...]
    role_heads: tuple[str, ...]
    run_verbs: frozenset[str]
    establish_verbs: frozenset[str]
    #: verbs that improve a rule in place (完善): they name one only when its name is specific
    improve_verbs: frozenset[str]
    #: verbs that put a practice in place (推行, 实行): a quoted name right after one is a Mechanism
    practice_verbs: frozenset[str]
    #: verbs whose object, a body, is acted on (邀请, 授予): the body after one is not who acts
    acted_on_verbs: frozenset[str]
    #: verbs that state a rule (规定, 明确): the group right after one is bound by it
    rule_verbs: tuple[str, ...]
    #: ways of doing that a quoted practice names after the quote (“学分银行”管理, “点单式”培训)
    practice_nouns: tuple[str, ...]
    address_terms: frozenset[str]
    #: endings of pen names bodies sign with (苏组宣): no person
    pen_name_endings: tuple[str, ...]
    in_force_verbs: frozenset[str]
    generic_names: frozenset[str]
    generic_modifiers: frozenset[str]
    admin_suffixes: tuple[str, ...]
    org_suffixes: tuple[str, ...]
    group_heads: tuple[str, ...]
    units: tuple[str, ...]
    #: the unit a measure word written with its classifier stands for (个小时: 小时)
    unit_of: dict
    #: units a number is a Metric in only when a comparator's cue bounds it (不少于2年)
    bounded_units: tuple[str, ...]
    comparators: tuple[tuple[str, str, Comparator], ...]
    #: how many characters may stand between a cue written before the number and the number
    comparator_reach: dict[str, int]
    #: words that open with a one-character cue but are no cue (约谈)
    false_cues: tuple[str, ...]
    carrier_words: tuple[str, ...]
    non_measures: tuple[str, ...]
    event_heads: tuple[str, ...]
    event_verbs: tuple[str, ...]
    #: how a meeting was held, between where and the verb (隆重, 顺利)
    event_manners: tuple[str, ...]
    #: one-character names of cities where a meeting was held (在京召开: 北京)
    city_abbreviations: dict[str, str]
    body_abbreviations: dict[str, str]
    #: a kind of body a report writes for the body it is about (学校), → the endings of such bodies' names
    body_kinds: dict[str, tuple[str, ...]]
    #: a kind of department written short (人社厅) → written in full (人力资源和社会保障厅)
    department_short_names: dict[str, str]
    #: what a measure word counts: "members" (名, 户, 家) or "activities" (次, 场)
    unit_kinds: dict[str, str]
    person_cues_before: tuple[str, ...]
    person_cues_after: tuple[str, ...]
    media_suffixes: tuple[str, ...]
    #: words that deny the verb after them (没有|建立)
    negations: frozenset[str]
    #: the ethnic groups autonomous divisions are named for (土 of 互助土族自治县)
    ethnic_groups: tuple[str, ...]
    meta_labels: frozenset[str]
    boilerplate: tuple[str, ...]
    #: words that hold a boilerplate marker and are article text (容错免责, 老字号)
    boilerplate_content_words: tuple[str, ...]
    link_list_headers: tuple[str, ...]
    modal_words: tuple[str, ...]
    surnames: frozenset[str]
    clause_verbs: frozenset[str]
    generic_org_heads: tuple[str, ...]
    level_words: tuple[str, ...]
    #: words that make a body's name a kind of body (公立医院, 国有企业)
    kind_modifiers: tuple[str, ...]
    speaker_tails: tuple[str, ...]
    role_words: tuple[str, ...]
    time_adverbials: tuple[str, ...]
    pronoun_subjects: frozenset[str]
    split_words: tuple[str, ...]
    speech_cues: tuple[str, ...]
    numeral_words: frozenset[str]

    def alternation(self, field_name: str) -> str:
        return _alternation(list(getattr(self, field_name)))


@cache
def lexicon() -> Lexicon:
    """The lexicons of ``ontology/lexicon``, read on first use."""
    comparators, reach = [], {}
    for line in _lines("comparators.tsv"):
        cue, where, comp, *more = line.split("\t")
        comparators.append((cue, where, Comparator(comp)))
        reach[cue] = int(more[0]) if more else 3
    cues = [line.split("\t") for line in _lines("person_cues.txt")]
    return Lexicon(
        program_heads=tuple(line.split("\t")[0] for line in _lines("program_heads.txt")),
        program_head_needs={head: needs for head, needs, *_ in (line.split("\t") for line in _lines("program_heads.txt"))},
        head_classes={head: cls[0] for head, _, *cls in (line.split("\t") for line in _lines("program_heads.txt")) if cls},
        mechanism_heads=tuple(_lines("mechanism_heads.txt")),
        role_heads=tuple(_lines("role_heads.txt")),
        run_verbs=frozenset(_lines("run_verbs.txt")),
        establish_verbs=frozenset(_lines("establish_verbs.txt")),
        improve_verbs=frozenset(_lines("improve_verbs.txt")),
        practice_verbs=frozenset(_lines("practice_verbs.txt")),
        acted_on_verbs=frozenset(_lines("acted_on_verbs.txt")),
        rule_verbs=tuple(_lines("rule_verbs.txt")),
        practice_nouns=tuple(_lines("practice_nouns.txt")),
        address_terms=frozenset(_lines("address_terms.txt")),
        pen_name_endings=tuple(_lines("pen_name_endings.txt")),
        in_force_verbs=frozenset(_lines("in_force_verbs.txt")),
        generic_names=frozenset(_lines("generic_names.txt")),
        generic_modifiers=frozenset(_lines("generic_modifiers.txt")),
        admin_suffixes=tuple(_lines("admin_suffixes.txt")),
        org_suffixes=tuple(_lines("org_suffixes.txt")),
        group_heads=tuple(_lines("group_heads.txt")),
        units=tuple(line.split("\t")[0] for line in _lines("units.txt")),
        unit_of={written: unit for written, unit, *_ in (line.split("\t") for line in _lines("units.txt") if "\t" in line)},
        bounded_units=tuple(_lines("bounded_units.txt")),
        comparators=tuple(comparators),
        comparator_reach=reach,
        false_cues=tuple(_lines("false_cues.txt")),
        non_measures=tuple(_lines("non_measures.txt")),
        event_heads=tuple(_lines("event_heads.txt")),
        event_verbs=tuple(_lines("event_verbs.txt")),
        event_manners=tuple(_lines("event_manners.txt")),
        city_abbreviations=dict(line.split("\t") for line in _lines("city_abbreviations.tsv")),
        body_abbreviations=dict(line.split("\t") for line in _lines("body_abbreviations.tsv")),
        body_kinds={kind: tuple(endings.split()) for kind, endings in (line.split("\t") for line in _lines("body_kinds.tsv"))},
        department_short_names=dict(line.split("\t") for line in _lines("department_short_names.tsv")),
        unit_kinds=_unit_kinds(),
        person_cues_before=tuple(w for where, w in cues if where == "before"),
        person_cues_after=tuple(w for where, w in cues if where == "after"),
        media_suffixes=tuple(_lines("media_suffixes.txt")),
        negations=frozenset(_lines("negations.txt")),
        ethnic_groups=tuple(_lines("ethnic_groups.txt")),
        meta_labels=frozenset(_lines("meta_labels.txt")),
        boilerplate=tuple(_lines("boilerplate.txt")),
        boilerplate_content_words=tuple(_lines("boilerplate_content_words.txt")),
        link_list_headers=tuple(_lines("link_list_headers.txt")),
        modal_words=tuple(_lines("modal_words.txt")),
        surnames=frozenset(w for line in _lines("surnames.txt") for w in line.split()),
        clause_verbs=frozenset(_lines("clause_verbs.txt")),
        generic_org_heads=tuple(_lines("generic_org_heads.txt")),
        level_words=tuple(_lines("level_words.txt")),
        kind_modifiers=tuple(_lines("kind_modifiers.txt")),
        speaker_tails=tuple(_lines("speaker_tails.txt")),
        role_words=tuple(_lines("role_words.txt")),
        time_adverbials=tuple(_lines("time_adverbials.txt")),
        pronoun_subjects=frozenset(_lines("pronoun_subjects.txt")),
        split_words=tuple(_lines("split_words.txt")),
        speech_cues=tuple(_lines("speech_cues.txt")),
        numeral_words=frozenset(_lines("numeral_words.txt")),
        carrier_words=tuple(_lines("carrier_words.txt")),
    )


@cache
def longest_first(field_name: str) -> tuple[str, ...]:
    """A word list of the lexicon, longest word first, so that the longest match wins."""
    return tuple(sorted(set(getattr(lexicon(), field_name)), key=lambda w: (-len(w), w)))


def userdict_path() -> Path:
    return ontology_dir() / "lexicon" / "jieba_userdict.txt"
