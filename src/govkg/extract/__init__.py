"""Stage 3: extract entity mentions, metrics, events and relations from one document.

Each rule family lives in its own module and reads a :class:`SentenceView`;
this module runs them over every sentence and decides who owns what.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import accumulate

from ..lexicon import lexicon, longest_first
from ..model import Comparator, Document, EntityClass, Extraction, Mention, Metric, Predicate, Relation
from .events import find_digested_meeting, find_events, is_one_speech
from .metrics import PERIOD, TIMES, find_metrics, outlasts_period, parse_number
from .names import (
    ACTING_WITH,
    DISTRICT_LEVELS,
    EACH_OR_ALL,
    LEVELS_IN_BRACKETS,
    LIST_MARKS,
    RELATIVE_PREFIXES,
    SCOPE_WORDS,
    UnitMention,
    cut_division_at,
    split_admin_chain,
    document_places,
    find_enumerated_patterns,
    find_groups,
    set_up_for,
    find_head_names,
    find_list_names,
    find_periodic_names,
    find_persons,
    find_publications,
    find_quoted_names,
    find_units,
    full_names_holding_a_conjunction,
    innermost_place,
    learned_from,
    opens_with_place_of_level,
    lowest_division,
    speaker_label,
    is_admin_name,
    unit_label,
)
from .view import SentenceView, find_all, is_han

__all__ = ["extract"]

#: words that make a number a running total or a past year's, to which no period or group carries over
_CUMULATIVE = re.compile("至今|累计|共计|先后|目前|已经|已|去年|今年|上年|全年|截至|截止|年度|月度|年底|年末")
#: a time a rule sets its own figure in, to which no period carries over (新提任处级干部须在任职一年内参加…)
_OWN_TIMEFRAME = re.compile(r"(?:[一二两三四五六七八九十半\d]+个?(?:年|月|周|天|日|工作日)|任期|任职期)内")
#: a clause that opens with the place last named, by its level (,该区实施…)
_LEVEL_PRONOUN = re.compile(r"(?:^|[,;:])[“”\"\s]*(该(?P<level>[市县区镇省州])|(?P<level_here>[市县区镇省州])里(?=[^面外边头程])"
                            r"|自治(?P<level_alone>[区州县旗])(?![党政人委纪直机]))")  # 自治区已连续…, not 自治区党委
#: how a report says it was told what follows (据了解,自治区…): not the clause's subject
_HEARSAY = re.compile(r"^据(?:了解|介绍|悉|统计|报道|透露)[,]?")
#: the next item of a list, past a semicolon (…不少于2次;二是开设“沂蒙讲堂”,每月举办一期): a new subject
_NEXT_ITEM = re.compile(r"[;;][\s“”\"]*(?:[一二三四五六七八九十]是|其[一二三四五六]|第[一二三四五六七八九十]|[((][一二三四五六七八九十\d]+[))])")
#: a clause a body's side opens (局方…, 校方…), or a division referred to (该处…, 该科…): the
#: body last named of that kind
_SIDE = re.compile(r"(?:^|[,;:])[\s“”\"]*(?:同时[,]?)?(?:([局校院署])方|该([处科])(?![理长]))")
#: a clause about the whole of a division (全市…, 全县…): a total, which binds no group
_COLLECTIVE = re.compile(r"[\s“”\"]*全(?:市|县|区|省|国|镇|乡|州|盟|旗)")
#: a clause the whole of a place opens (…,全区发文数量…)
_CLAUSE_OF_THE_WHOLE = re.compile(r"(?:^|[,,;:])(" + _COLLECTIVE.pattern + ")")


@cache
def _counted_set() -> re.Pattern:
    """A count of rules and their kind, named as a set (三项制度, 四个机制)."""
    return re.compile(rf"[一二两三四五六七八九十\d]+[项个类条种](?:{lexicon().alternation('mechanism_heads')})")


#: the line crediting an excerpt to its source or its author's unit: ——摘自…, (选自…), (作者单位:…)
_EXCERPT_CREDIT = re.compile(r"^[\s—\-((]*(?:摘自|选自|摘编自|节选自|作者单位[::])")
#: what joins units that act together, the first leading: a list's marks, 会同, 联合
_TOGETHER_WITH = (*LIST_MARKS, *ACTING_WITH)
#: a clause opening with the committee of a division, unnamed, or its standing committee (市委常委会…),
#: or with its budget as who pays (市财政设立…资金)
_OWN_COMMITTEE = re.compile(r"[\s“”\"]*(?:中共)?([省市县区州])(?:委(?:常委会|常委会议)?(?=[\u4e00-\u9fff])(?!组织部|宣传部|统战部|政法委|党校|办公室|书记)"
                            r"|(?:级)?财政(?![局厅部所处])(?=[\u4e00-\u9fff]))")
#: a figure for each unit of a kind (村级组织运转经费每村每年…): no group of people carries over to it
_EACH_BODY = re.compile("每个?(?:村|社区|乡镇|乡|镇|街道|县|支部|网格|单位|部门|企业|学校)")
#: each time a work is held, opening what one of them takes (…每年4期,每期为期7天; 每次3至5天), or
#: the points each time something is done earns or costs (缺席一次扣5分): no period carries over to it
_EACH_TIME = re.compile("每(?:期|次|场|批|轮|梯次|班)|[一1]次(?=[扣加减记])")
#: an adverb and a preposition jieba joins as one word (黄埔区|已为|1200多家企业配备…)
_ADVERB_AND_PREPOSITION = re.compile("[已还均先都又共][为在对向给]")
#: a wider division's whole, right before a programme or a rule (全省“…”活动): its, not a lower unit's
_WIDER_SCOPE = re.compile(r"全(省|国)[“\"「]?$")
#: a clause that only says when, before the sentence's subject (今年以来,“三堂一站”累计开展…)
_ONLY_WHEN = re.compile(r"[\s“”\"]*(?:今年以来|近年来|去年以来|近年|目前|截至目前|如今|\d{4}年以来|\d{4}年)[,,]\s*")
#: units that count people
_PEOPLE_UNITS = ("名", "人", "位")
#: units of the whole country: 中央…, 国家…
_OF_THE_CENTRE = ("中央", "国家", "中共中央", "国务院")
#: several things listed after 分别, one for each unit before it
_SEVERAL = re.compile("|".join(LIST_MARKS) + "|”(?=“)")  # (…“红色工地”“先锋工程”创建活动: quotes side by side)
#: the end of a list of units that names a few of a counted set (…等68个市直单位)
_OF_A_COUNTED_SET = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,12}?)*等(?:\d+|[一二两三四五六七八九十百]+)(?:个|家|所)")


def _of_a_counted_set(view: SentenceView, units: list[UnitMention], k: int) -> bool:
    """Whether ``units[k]`` is an item of a list of units that names a few of a counted set
    (市委办公室、市政府办公室等68个市直单位): then none of them alone is what the sentence is about."""
    while k + 1 < len(units) and view.slice(units[k].mention.end, units[k + 1].mention.start) in LIST_MARKS:
        k += 1
    return _OF_A_COUNTED_SET.match(view.doc.work, units[k].mention.end) is not None


#: words that date a number to a past year: no rule's group carries over to it
_PAST = re.compile("去年|上年|截至|截止")
#: comparators of a bound a rule sets (a total reached is stated as a number, or more than one)
_BOUNDS = (Comparator.AT_LEAST, Comparator.AT_MOST, Comparator.LESS_THAN)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2}|\d{2})年(?![\d月])")


#: a work's title, whose years are its own (《…规划(2023—2027年)》), not when a thing began
_TITLED = re.compile(r"《[^《》]*》")


#: what makes a year the one a plan is for, right after it (2024年要…, 明年将…)
_PLANNED = re.compile("[,]?(?:要|将|计划|力争|拟|预计)")


def _since(view: SentenceView, pos: int) -> int | None:
    """The year a thing named at ``pos`` began: the one year its sentence names before it."""
    before = _TITLED.sub("", view.slice(view.start, pos))
    # (not a year a plan is for: 2024年要深入推进…)
    years = {m.group(1) for m in _YEAR.finditer(before) if not _PLANNED.match(before, m.end())}
    if len(years) != 1:
        return None
    y = int(years.pop())
    return y if y > 100 else (2000 + y if y < 50 else 1900 + y)


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """One mention per span and class; of overlapping mentions of a class, the longest."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), m.cls.value, m.label)):
        clash = next((o for o in out if o.cls == m.cls and o.start < m.end and m.start < o.end), None)
        if clash is None:
            out.append(m)
    return sorted(out, key=lambda m: (m.start, m.end, m.cls.value, m.label))


#: a title on many places at once: 各地…, 多地…, 各市县…
_MANY_PLACES = re.compile(r"[“”\"]?(?:(?:我|全)[省市区州县])?(?:各地|多地|各市|各县|各区|各省|全国各地)")
#: a sentence in a meeting's voice: what it asks of all (会议强调,…; 会议要求,…)
_MEETING_VOICE = re.compile(r"(?:会议|大会|会上|会议上)[,]?(?:还|并|同时)?(?:强调|要求|指出|提出|明确|号召|部署|认为|表彰|通报)")
#: how far into a paragraph its unit may stand (近年来,临江市委…)
_OPENING_CHARS = 10


def _leading(view: SentenceView, actors: list[UnitMention]) -> Mention:
    """The last of the acting units, or the first of those it acts together with, which leads
    (省委组织部、省委宣传部联合下发…,明确…; 公职局与澳门大学合办…)."""
    lead = len(actors) - 1
    while lead > 0 and view.slice(actors[lead - 1].mention.end, actors[lead].mention.start) in _TOGETHER_WITH:
        lead -= 1
    return actors[lead].mention


def _pronoun_level(found: re.Match | None) -> str | None:
    """The level a clause's pronoun names (市 for 该市 and 市里)."""
    return found and (found.group("level") or found.group("level_here") or found.group("level_alone"))


class _Owners:
    """Who owns what a sentence states: the clause's subject, else the sentence's, else the unit
    a pronoun refers back to, else the section's speaker, else the unit that opens the paragraph,
    else the unit the document is about."""

    def __init__(self, doc: Document, units_by_sentence: dict[int, list[UnitMention]], focus: str | None,
                 speakers: list[str], reporting_speeches: set[int] = frozenset()):
        self.doc = doc
        #: sentences that report units speaking at a meeting (会上,A、B作交流发言): no topic of theirs
        self.reporting_speeches = reporting_speeches
        self.speakers = speakers  # the label of each section's speaker
        self.units = units_by_sentence
        self.focus = focus
        self.last_actor: dict[int, str] = {}  # paragraph -> label of the last acting unit
        self.named_in: set[int] = set()  # paragraphs that named an acting unit so far
        self.topic: dict[int, str | None] = {}  # paragraph -> the unit its first sentence opens with
        #: the places 该市, 该区 … stood for, each a mention at the pronoun, so the place is traceable
        self.referred: dict[tuple[int, int], Mention] = {}

    def speaker(self, view: SentenceView) -> str | None:
        if view.sentence.section is None:
            return None
        return self.speakers[view.sentence.section]

    def owner(self, view: SentenceView, pos: int, needs_verb: bool = False) -> str | None:
        """``needs_verb``: a count that stands in its subject (济南、青岛等9个市…) has no owner."""
        actors = [u for u in self.units.get(view.sentence.index, []) if u.actor]
        clause = view.clause_bounds(pos)
        here = [u for u in actors if clause[0] <= u.mention.start < clause[1] and u.mention.start <= pos]
        if here:
            actor = here[-1].mention
            # a verb, or a preposition (青川县在全县263个村推行…), sets the count apart from the subject
            # (so does an adverb or a verbal noun: 临江市|共|培训/vn|干部一千二百余人)
            if needs_verb and not any(view.is_verb(t) or t.tag in ("p", "d", "vn") or _ADVERB_AND_PREPOSITION.fullmatch(t.word)
                                      for t in view.tokens if actor.end <= t.start and t.end <= pos):
                return None
            return _leading(view, here).label
        if (sides := _SIDE.findall(view.slice(view.start, pos))) \
                and (body := self._last_named_of_kind(view, pos, "".join(sides[-1]))):
            return body  # 行政公职局局长表示,局方已建立…,要求…: the bureau's side is the bureau
        if (place := self._place_referred_to(view, pos)) is not None:
            return place
        no_actor_before = not any(u.mention.start < pos for u in actors)
        # 市委常委会研究决定…, 县委出台…: the committee of the division the report is about
        # (or the sentence, its later clauses going on with its subject: 市委中心组坚持…,每年举办…)
        own = _OWN_COMMITTEE.match(view.slice(clause[0], pos)) or (
            _OWN_COMMITTEE.match(view.slice(view.start, pos)) if no_actor_before else None)
        if own and self._focus_is_of_level(own.group(1)):
            return self.focus
        if own and no_actor_before \
                and (last := self.last_actor.get(view.sentence.paragraph)) is not None and self._is_place_of_level(last, own.group(1)):
            return last  # 天水市委把…。市委中心组坚持…: the committee of the place the paragraph is about
        # 西陵区、伍家岗区…。全市累计吸纳…,共建…: the city the report is about, not the last district
        whole = _COLLECTIVE.match(view.slice(clause[0], pos)) or \
            (_COLLECTIVE.match(view.slice(view.start, pos)) if no_actor_before else None)
        if not whole and no_actor_before:
            # 全区发文数量…下降35.2%,会议数量…下降28%: the clauses after one the whole place opens go on about it
            opened = list(_CLAUSE_OF_THE_WHOLE.finditer(view.slice(view.start, clause[0])))
            if opened and ";" not in view.slice(view.start + opened[-1].end(), pos):
                whole = opened[-1]
        if whole and self._focus_is_of_level(whole.group(0)[-1]):
            return self.focus
        # an actor inside an earlier item of a list is not this item's subject (该县一是…,县委组织部
        # 每月…;二是实行…): past a semicolon, only the unit that opens the sentence carries on
        earlier = [u for u in actors if u.mention.start < pos
                   and (";" not in view.slice(u.mention.end, pos) or view.clause_bounds(u.mention.start)[0] == view.start)]
        if earlier and _of_a_counted_set(view, earlier, len(earlier) - 1):
            earlier = []  # 市委办公室、…等68个市直单位全部参与,共帮扶…: a sample of many, none of them alone
        if earlier:
            if view.sentence.start == self.doc.meta.title_start and self._encloses_focus(earlier[-1].mention.label):
                return self.focus  # 云南:“干部夜校”…, a report on 云南省昭通市镇雄县: the county's
            return _leading(view, earlier).label
        if whole and self.speaker(view) is None and (last := self.last_actor.get(view.sentence.paragraph)) is not None \
                and self._opens_with_a_place_of_level(last, whole.group(0)[-1]):
            return last  # 厦门市委…。三明市委组织部建立…。全市已设立…: the city last named, of the paragraph's many
        lead = view.text.lstrip("“”\"")
        if _MEETING_VOICE.match(lead):
            # 会议强调,要推行…: what the meeting asks of all, not of a unit its paragraph named
            return self.speaker(view) or self.focus
        if (level := _pronoun_level(_LEVEL_PRONOUN.match(_HEARSAY.sub("", lead)))) is not None:
            # 该市 or 市里 after 由市林业局牵头: the city the paragraph is about, not the last body named
            places = [c for c in (self.last_actor.get(view.sentence.paragraph), self.topic.get(view.sentence.paragraph),
                                  self.speaker(view), self.focus)
                      if c and (self._is_place_of_level(c, level) or c == self.focus and self._focus_is_of_level(level))]
            if places:
                return places[0]
        if (pronoun := next((p for p in lexicon().pronoun_subjects if lead.startswith(p)), None)) is not None:
            if self.focus and self.focus.endswith(pronoun) and view.sentence.paragraph not in self.named_in:
                # a paragraph opening with the kind of unit the report is about (公司党委要求…
                # after paragraphs on its branches, 国网…供电公司): the unit itself
                return self.focus
            if view.sentence.paragraph in self.last_actor:
                return self.last_actor[view.sentence.paragraph]
        if _EACH_OF_A_KIND.match(lead):
            # 省委办公厅印发…。各设区市建立…: each of the divisions, not the body the paragraph opened with
            return self.speaker(view) or self.focus
        return self.speaker(view) or self.topic.get(view.sentence.paragraph) or self.focus

    def _focus_is_of_level(self, level: str) -> bool:
        """Whether the unit the report is about is a place of ``level``: 宜昌 for 市, when the text
        writes 宜昌市 (alone, or opening a unit's name: 宜昌市西陵区, 宜昌市委组织部)."""
        if self.focus is None:
            return False
        return any(opens_with_place_of_level(name, self.focus, level) for units in self.units.values() for u in units
                   for name in (u.mention.label, *u.mention.aliases))

    def _last_named_of_kind(self, view: SentenceView, pos: int, kind: str) -> str | None:
        """The label of the unit last named before ``pos``, in this sentence or the ones before it,
        whose name ends with ``kind`` (局 for 局方)."""
        for index in range(view.sentence.index, -1, -1):
            named = [u.mention for u in self.units.get(index, []) if u.mention.label.endswith(kind)
                     and (index < view.sentence.index or u.mention.start < pos)]
            if named:
                return named[-1].label
        return None

    def _opens_with_a_place_of_level(self, label: str, level: str) -> bool:
        """Whether the unit ``label`` is written opening with a place of ``level`` (三明市委组织部
        for 市; not 市税务局, which names no place)."""
        return any((at := name.find(level, 2)) > 0 and is_han(name[:at])
                   for units in self.units.values() for u in units if u.mention.label == label
                   for name in (u.mention.label, *u.mention.aliases))

    def _is_place_of_level(self, label: str, level: str) -> bool:
        """Whether ``label`` is a place the text writes with ``level`` (丽水 as 丽水市 for 市)."""
        return label.endswith(level) or any(
            u.mention.label == label and any(a.endswith(level) and a.startswith(label) and len(a) == len(label) + 1
                                             for a in u.mention.aliases)
            for units in self.units.values() for u in units)

    def _encloses_focus(self, label: str) -> bool:
        """Whether ``label`` names a region the unit the report is about is written inside
        (云南 for 云南省昭通市镇雄县)."""
        if self.focus is None or label == self.focus:
            return False
        return any(a.startswith(label) and len(a) > len(label) + 1
                   for units in self.units.values() for u in units if u.mention.label == self.focus
                   for a in u.mention.aliases)

    def _place_referred_to(self, view: SentenceView, pos: int) -> str | None:
        """The place that a clause opening with 该市, 该区 … earlier in the sentence stands for,
        when a unit named before that clause holds a place of that level (长沙市委组织部负责人
        介绍,该市要求…,并… → 长沙)."""
        referred = self._referring_mention(view, pos)
        return referred.label if referred is not None else None

    def _referring_mention(self, view: SentenceView, pos: int) -> Mention | None:
        """The mention at the pronoun of the last such clause before ``pos``, labelled with the
        place it stands for (see _place_referred_to)."""
        if "该" not in view.text and "里" not in view.text:
            return None  # most sentences: one test in C
        said = list(_LEVEL_PRONOUN.finditer(view.slice(view.start, pos)))
        if not said:
            return None
        found = said[-1]  # the last such clause before pos
        said_at = view.start + found.start(1)
        for u in reversed(self.units.get(view.sentence.index, [])):
            written = view.slice(u.mention.start, u.mention.end)
            level = written.find(_pronoun_level(found), 2)
            if u.mention.start < said_at and level > 0:
                place = unit_label(split_admin_chain(written[:level + 1])[-1])[0]
                span = (said_at, said_at + len(found.group(1)))
                return self.referred.setdefault(span, Mention(EntityClass.ORGANIZATION, place, *span,
                                                              view.sentence.index, refers=True))
        return None

    def owners(self, view: SentenceView, pos: int) -> list[str]:
        """The owner, and the units listed with it as the clause's subject (岳麓区、芙蓉区等城区
        建立了…: both), unless they did several things respectively (分别…X和Y)."""
        owner = self.owner(view, pos)
        if owner is None:
            return []
        here = [u.mention for u in self.units.get(view.sentence.index, []) if u.actor and u.mention.start < pos]
        if not here:
            return [owner]
        listed = [here[-1]]
        for m in reversed(here[:-1]):
            if view.slice(m.end, listed[0].start) in LIST_MARKS or _HOSTS_THEN.fullmatch(view.slice(m.end, listed[0].start)):
                listed.insert(0, m)  # A、B…, or the hosts of a work another body carries out (由A主办,B承办的)
            else:
                break
        labels = [m.label for m in listed]
        clause_start, clause_end = view.clause_bounds(pos)
        # A…,与B联合举办X: the body it works with, named in the clause, runs it too
        labels += [u.mention.label for u in self.units.get(view.sentence.index, [])
                   if clause_start <= u.mention.start and u.mention.end < pos and u.mention.label not in labels
                   and view.slice(u.mention.start - 1, u.mention.start) in _PARTNERED_BY
                   and _JOINTLY.match(view.slice(u.mention.end, pos))]
        if (each := view.slice(here[-1].end, pos).find("分别")) >= 0:
            # A、B分别建立了X机制和Y制度: each its own, in turn; one thing each did (分别建立了…驿站) is all theirs
            each_at = here[-1].end + each
            things = len(_SEVERAL.findall(view.slice(each_at, clause_end))) + 1
            if things > 1:
                # (one character more, for a quote's close the next one opens right at pos)
                k = sum(1 for m in _SEVERAL.finditer(view.slice(each_at, pos + 1)) if m.start() < pos - each_at)
                return [labels[k]] if len(labels) == things and owner in labels else [owner]
        return labels if owner in labels else [owner]

    def note_actors(self, view: SentenceView) -> None:
        actors = [u for u in self.units.get(view.sentence.index, []) if u.actor]
        # a clause standing for the place in a unit's name (三明市委组织部介绍,该市建立…): the
        # sentence goes on about the place
        referred = self._referring_mention(view, view.end) if actors else None
        # …unless a unit acting after the clause takes over
        place = referred.label if referred is not None and referred.start > actors[-1].mention.start else None
        if view.sentence.paragraph not in self.topic:
            # a paragraph that opens with a unit (临江市委深入开展…) goes on about it
            opening = actors[0].mention.start - view.start <= _OPENING_CHARS and not _of_a_counted_set(view, actors, 0) \
                and view.sentence.index not in self.reporting_speeches if actors else False
            self.topic[view.sentence.paragraph] = (place or actors[0].mention.label) if opening else None
        if actors:
            self.named_in.add(view.sentence.paragraph)
            self.last_actor[view.sentence.paragraph] = place or actors[-1].mention.label
            # a pronoun in the next paragraph still refers back to it
            self.last_actor[view.sentence.paragraph + 1] = place or actors[-1].mention.label


#: what opens the name of a body another works with (与B联合…, 同B共同…)
_PARTNERED_BY = ("与", "同", "和")
#: what follows it: the two act jointly, in the verb that governs what they made
_JOINTLY = re.compile(r"(?:联合|共同|合作)[\u4e00-\u9fff]{1,2}[“\"]?$|合办[“\"]?$")
#: between the hosts of a work and the body that carries it out: 由A、B主办,C承办的…
_HOSTS_THEN = re.compile(r"(?:联合|共同)?主办[,、]?")
#: a clause comparing the figure before it with another time (比2020年提高了…, 同比增长…)
_COMPARED = re.compile(r"\s*(?:比|较|同比|环比)")
#: the line a notice opens with, naming whom it is sent to: each kind of body (各…:)
_ADDRESSEES = re.compile(r"^\s*各[^。;!?]{2,80}[::]\s*$")
#: a sentence whose subject is each unit of a kind (各设区市, 各县(市、区), 各地, 各级党组织, 省直机关)
_EACH_OF_A_KIND = re.compile(r"各(?:设区|地级|县级)?(?:市|县|区|州|地|乡镇|街道|级|单位|部门)|[省市县区]直(?:机关|单位|部门|各)")
#: the paper's own place, unnamed (我市, 我省)
_OWN_UNIT = re.compile("我(?:省|市|县|区|州|旗|盟)")
#: a body's verb of holding a meeting, right after its name in a title
_HELD_A_MEETING = re.compile(r"(?:在\S{2,3})?(?:召开|举办|举行|主办)")
#: …said at the end of a headline the unit opens with the meeting's name
_HELD_AT_THE_END = re.compile(r"(?:在\S{2,3})?(?:召开|举办|举行)$")


#: a division's committee named by its level alone (区委, 市委): no body of its own name
_A_COMMITTEE_UNNAMED = re.compile("[省市县区州旗]委")


def _a_persons_name(head: str, toks: list) -> bool:
    """Whether ``head``, written as the words ``toks``, is a person's name as jieba reads it: a
    surname, and one or two words it tags a name."""
    # (four characters: a two-character surname's, not 吉林长春/nr)
    return (2 <= len(head) <= 3 and head[0] in lexicon().surnames or len(head) in (3, 4) and head[:2] in lexicon().surnames) \
        and 1 <= len(toks) <= 2 and "".join(t.word for t in toks) == head and all(t.tag.startswith("nr") for t in toks)


#: a question of a numbered series before a title's colon (立法会十题:…): no unit
_NUMBERED_QUESTION = re.compile(r"[一二三四五六七八九十百零〇\d]+题$")


def _focus(doc: Document, views: list[SentenceView], units: dict[int, list[UnitMention]],
           speaking: set[tuple[int, int]] = frozenset()) -> str | None:
    """The unit a single-unit report is about: named in its title, else in its first sentences,
    other than the units there reported speaking at a meeting (``speaking``: their spans) and
    where a meeting was held; none when several units spoke."""
    if doc.sections:
        return None
    title = doc.meta.title
    if title and _MANY_PLACES.match(title):
        return None  # 各地党建品牌创建一览: a report on many places is about none of them
    if title and ":" in title:
        # 国企党建|华信集团, 【党建引领】思明区: a column's name, then the unit
        head = re.sub(r"^【[^】]*】", "", re.split(r"[|丨]", title.split(":", 1)[0])[-1]).strip()
        # 临江市委书记李红:…, an interview: the unit the person speaks for, if the title names it
        head = _without_role_and_name(head)
        if 2 <= len(head) <= 12:
            at = title.index(head)
            toks = [t for v in views if v.sentence.start == doc.meta.title_start
                    for t in v.tokens if v.start + at <= t.start < v.start + at + len(head)]
            words = [t.word for t in toks]
            # places the document vouches for, or written together as jieba knows them (吉林|长春)
            places = bool(words) and (all(w in views[0].places for w in words)
                                      or len(toks) >= 2 and all(t.tag == "ns" for t in toks) and "".join(words) == head
                                      # 青海|海东|市: the city's level cut from its name
                                      or len(toks) >= 3 and all(t.tag == "ns" for t in toks[:-1])
                                      and toks[-1].word in lexicon().admin_suffixes and "".join(words) == head
                                      or _region_city_and_division(toks, head))
            label = unit_label(innermost_place(head, words) if places else lowest_division(head))[0]
            if label == head:  # (辽宁沈阳/ns: one word jieba knows, so a place; yet a region and a city)
                label = _place_the_text_completes(head, views, units) or label
            lex = lexicon()
            if not (places or label != head or head.endswith(lex.admin_suffixes + lex.org_suffixes)
                    or any(t.tag in ("ns", "nt", "nr", "nz", "j") for t in toks)) or _NUMBERED_QUESTION.search(head) \
                    or _A_COMMITTEE_UNNAMED.fullmatch(head) or _a_persons_name(head, toks):
                # 案例:浙江省衢州市柯城区…: a column's word, no unit; the title goes on to one (nor
                # 区委书记李红:…, 李红:…: a committee by its level alone, a person)
                head = ""
        if 2 <= len(head) <= 12:
            # a region before the colon (云南:…, 浙江嘉兴:…) and a unit inside it in the opening
            # sentences (云南省昭通市镇雄县, 嘉兴市南湖区): the report is about the unit, unless
            # it opens a list (宜昌市西陵区、伍家岗区等城区: about the city)
            inside = (head, *(label + level for level in lex.admin_suffixes)) if places else (head,)
            for view in views[:4]:
                for u in units.get(view.sentence.index, []):
                    written = view.slice(u.mention.start, u.mention.end)
                    if _possessed(view, u.mention) and written.startswith(inside) and len(chain := split_admin_chain(written)) > 1 \
                            and (division := _DIVISIONS_COMMITTEE.match(chain[-1])):
                        # 宜昌市伍家岗区委党校的教室里…: the lower division whose body's rooms the report opens in
                        return unit_label(division.group(1))[0]
                    if u.mention.label != label and any(a.startswith(w) and len(a) > len(w) + 1
                                                        for a in u.mention.aliases for w in inside) \
                            and view.slice(u.mention.end, u.mention.end + 1) not in (*LIST_MARKS, "等") \
                            and view.slice(u.mention.start - 1, u.mention.start) not in ("在", "于"):
                        return u.mention.label  # (not where the report opens: 在遵义市播州区鸭溪镇,村民们…)
                    if u.mention.label.startswith((label, *inside)) and view.sentence.start != doc.meta.title_start:
                        return label  # 南充市委组织部…, then 南充市顺庆区还…: the region's own body acts first
            return label
    if len(speaking) >= 2:
        # a report on what several units said at a meeting is about none of them, unless its
        # title opens with the body that held it (河南省委组织部召开…座谈会): what the meeting
        # said and asked is that body's
        title_view = next((v for v in views if v.sentence.start == doc.meta.title_start), None) if title else None
        for u in units.get(title_view.sentence.index, []) if title_view else []:
            if u.mention.start != title_view.start:
                continue
            if _HELD_A_MEETING.match(title_view.slice(u.mention.end, u.mention.end + 4)):
                return u.mention.label  # (a place too: 石家庄市召开…推进会)
            # …or the unit the title opens with, which the report says held it (淄博市“三严三实”
            # 专题教育扎实推进 / 6月11日,淄博市召开…推进会)
            if any(h.mention.label == u.mention.label and _HELD_A_MEETING.match(v.slice(h.mention.end, h.mention.end + 4))
                   for v in views[:4] if v is not title_view for h in units.get(v.sentence.index, [])):
                return u.mention.label
        if title_view is not None and (place := _place_holding_the_titles_meeting(title_view)) is not None:
            return place  # 黑龙江省基层党建工作述职评议会议召开: the place's own meeting
        return None

    # an excerpt credited at its end to the unit whose material it is (——摘自中共丰县县委在…的交流材料)
    for view in views[-2:]:
        if _EXCERPT_CREDIT.match(view.text) and (credited := units.get(view.sentence.index)):
            return credited[0].mention.label

    def spoke(start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in speaking)

    for view in views[:4]:
        if view.sentence.start != doc.meta.title_start and (own := _OWN_UNIT.search(view.text)) and not any(
                u.mention.start < view.start + own.start() and not learned_from(view, u.mention.start, u.mention.end)
                for u in units.get(view.sentence.index, [])):
            # 本报讯 我市开展…以来, 记者从省委组织部获悉,我省…: about the paper's own place, which it
            # does not name (a notice's 结合我县实际 is the signing body's)
            return _signing_unit(doc, views, units)
        subtitle = _is_subtitle(view)  # ——西山县委组织部的做法与经验: whose
        if subtitle and (held := _COMMITTEE_AND_DEPARTMENT_HEADED.search(view.text)):
            # ——访泸州市委常委、组织部部长…: the department (the committee's name after the verb, 访)
            at = view.start + held.start(1)
            while (tok := view.tokens[view.token_index(at)]).start == at and tok.tag.startswith("v") and tok.end < view.start + held.end(1):
                at = tok.end
            return speaker_label(view.slice(at, view.start + held.end(1)) + held.group(2))[0]
        for k, tok in enumerate(view.tokens):
            if _in_dateline(doc, tok.start):
                continue  # 本报济南10月12日讯: where the paper filed from, not what the report is about
            level = view.tokens[k + 1].word if k + 1 < len(view.tokens) else ""  # 西川/ns 县/zg
            if (tok.word in view.places or is_admin_name(tok) or tok.word + level in view.places) \
                    and not spoke(tok.start, tok.end) and not view.inside_a_name(tok.start, tok.end):  # 《江苏省…办法》
                body = next((u.mention for u in units.get(view.sentence.index, [])
                             if not u.place_only and u.mention.start <= tok.start < u.mention.end), None)
                if body and _possessed(view, body) and not subtitle:
                    continue  # 市委党校的报告厅里: where something happens, not who the report is about
                if body and learned_from(view, body.start, body.end) and (place := _place_said_after(view, body)):
                    return place
                if body:
                    return body.label
                if k > 0 and view.is_nominal(view.tokens[k - 1], verbs=False) \
                        and not (subtitle and view.tokens[k - 1].word == "记"):  # ——记|临江县…: a profile's verb
                    continue  # 国网|江苏|电力: a place inside another name (走进|成县: a verb's object)
                if k > 0 and view.tokens[k - 1].word in ("在", "于", "赴", "到"):
                    continue  # …交流会在长沙召开: where a meeting was held, not who the report is about
                # places written together (山西省|洪洞县): the report is about the lowest
                run = [tok]
                for i, nxt in enumerate(view.tokens[k + 1:], k + 1):
                    # a level jieba cut from its name (临江/县/南坪/村) belongs to the run, and so
                    # does a name cut from its level when the two are a place (小川/镇)
                    if nxt.start < run[-1].end:
                        continue  # taken with the name it is a word of (below)
                    level = view.tokens[i + 1].word if i + 1 < len(view.tokens) else ""
                    if nxt.start == run[-1].end and cut_division_at(view.tokens, i, view.places, DISTRICT_LEVELS):
                        run += view.tokens[i:i + 3]  # 濂/g|溪/n|区: a name jieba could not read, vouched for whole
                        continue
                    if nxt.start != run[-1].end or not (nxt.word in view.places or is_admin_name(nxt)
                                                        or nxt.word in lexicon().admin_suffixes
                                                        or nxt.word + level in view.places
                                                        or view.slice(run[0].start, nxt.end) in view.places  # 湘西/ns|州/n
                                                        or view.slice(run[-1].start, nxt.end) in view.places  # 青海省|海北/s|州/n
                                                        or nxt.tag == "ns" and len(nxt.word) >= 3):  # …|黔东南州/ns|…
                        break
                    run.append(nxt)
                # the places open a body's name (南京市|鼓楼区委组织部): the body
                opened = next((u.mention for u in units.get(view.sentence.index, []) if not u.place_only
                               and run[0].start < u.mention.start <= run[-1].end), None)
                if opened is not None and not spoke(opened.start, opened.end):
                    return opened.label
                written = view.slice(run[0].start, run[-1].end)
                label = unit_label(innermost_place(written, [t.word for t in run]))[0]
                if len(run) == 1 and label == written and len(written) >= 4:
                    # 辽宁大连/ns: one word jieba knows, yet a region and a city
                    return _place_the_text_completes(written, views, units) or label
                return label
        # not where a meeting was held (…会议在省委党校召开)
        # nor a body a verb acts on (邀请中央党校教授…作辅导报告: whose expert was invited; 授予…: honoured)
        found = [u for u in units.get(view.sentence.index, []) if not spoke(u.mention.start, u.mention.end)
                 and view.slice(u.mention.start - 1, u.mention.start) not in ("在", "于", "赴", "到")
                 and not ((verb := view.prev_token(u.mention.start)) is not None and verb.end == u.mention.start
                          and verb.word in lexicon().acted_on_verbs)
                 and (subtitle or not _possessed(view, u.mention))]
        if found and learned_from(view, found[0].mention.start, found[0].mention.end) \
                and (place := _place_said_after(view, found[0].mention)):
            return place
        if found:
            return found[0].mention.label
    # a notice about no unit it names up front (关于印发…的通知): the body that signs it
    return _signing_unit(doc, views, units)


#: each one's standing share of places or work to keep in touch with (每人联系1个重点项目)
_STANDING_SHARE = re.compile(r"每人(?:联系|分包|包|挂|负责|结对|帮扶|对接)")

#: a division's name before its committee's (伍家岗区|委党校, 顺庆区|委组织部)
_DIVISIONS_COMMITTEE = re.compile(r"([\u4e00-\u9fff]{2,6}?[县区市旗])委")


def _place_holding_the_titles_meeting(title: SentenceView) -> str | None:
    """The place a headline opens with, written with its level, when the rest names a meeting
    and says it was held (黑龙江省基层党建工作述职评议会议召开): the meeting is the place's own."""
    toks = title.tokens
    if len(toks) < 2 or toks[0].start != title.start:
        return None
    written = toks[0].word if toks[0].word.endswith(RELATIVE_PREFIXES) and toks[0].tag == "ns" \
        else toks[0].word + toks[1].word if toks[0].tag == "ns" and toks[1].word in RELATIVE_PREFIXES else None
    if written is None or len(written) < 3:
        return None
    rest = title.slice(title.start + len(written), title.end).rstrip("。 ")
    if _HELD_AT_THE_END.search(rest) and any(head in rest for head in lexicon().event_heads):
        return unit_label(written)[0]
    return None


def _place_said_after(view: SentenceView, body: Mention) -> str | None:
    """The place a pronoun after the body a reporter learned the news from stands for
    (记者从南昌市委组织部获悉,该市推行… → 南昌), when the body's name holds a place of its level."""
    said = _LEVEL_PRONOUN.search(view.text, body.end - view.start)
    written = view.slice(body.start, body.end)
    if said and (level := written.find(_pronoun_level(said), 2)) > 0:
        return unit_label(split_admin_chain(written[:level + 1])[-1])[0]
    return None


def _stands_as_subject(view: SentenceView, m: Mention) -> bool:
    """Whether a named thing opens its clause as the subject of a verb after it (“临江讲坛”每月举办…)."""
    clause_start, clause_end = view.clause_bounds(m.start)
    if view.slice(clause_start, m.start).strip(" \u3000“”\"「」『』"):
        return False
    rest = view.slice(m.end, clause_end).lstrip("”\"」』")
    nxt = view.next_token(clause_end - len(rest)) if rest else None
    return nxt is not None and nxt.start == clause_end - len(rest) and not rest.startswith(_NOT_A_PREDICATE) \
        and (nxt.tag.startswith(("v", "d", "p")) or PERIOD.match(rest) is not None)


#: what goes on from a named thing other than what it does (“临江讲坛”的…, “临江讲坛”和…)
_NOT_A_PREDICATE = ("的", "、", "和", "与", "及", "等", "是", "为")


def _speech_speaker(doc: Document) -> Mention | None:
    """The unit giving a speech printed alone (在…会议上的讲话), from the line that names its
    speaker below the headline: the department the speaker heads (中共临江市委常委、组织部部长
    王明山 → 临江市委组织部), else the unit before the role."""
    if not doc.meta.title or doc.meta.title_start is None or not is_one_speech(doc.meta.title):
        return None
    return _unit_below_headline(doc, departments=True)


def _unit_below_headline(doc: Document, departments: bool = False) -> Mention | None:
    """The unit a line below the headline names as the speaker or author (临江市委书记 王明山,
    中共临江市委组织部); with ``departments``, the department a speaker heads as well as being on
    the committee (中共临江市委常委、组织部部长 王明山 → 临江市委组织部)."""
    from ..segment import speaker_line  # loaded already wherever a document was segmented

    if not doc.meta.title or doc.meta.title_start is None:
        return None
    # the lines below the headline (segmenting may have read the speaker's line as no sentence)
    at = doc.work.find("\n", doc.meta.title_start)
    for _ in range(4):
        if at < 0:
            break
        line_start, at = at + 1, doc.work.find("\n", at + 1)
        raw_line = doc.work[line_start:at if at >= 0 else len(doc.work)]
        line = raw_line.strip()
        if not line or not (m := speaker_line(line)):
            continue
        offset = line_start + raw_line.index(line)
        if departments and (held := _COMMITTEE_AND_DEPARTMENT_HEADED.search(line)):
            label, aliases = unit_label(held.group(1) + held.group(2))
            start, end = offset + held.start(2), offset + held.end(2)
        else:
            label, aliases = speaker_label(m.group(1))
            start, end = offset + m.start(1), offset + m.end(1)
        return Mention(EntityClass.ORGANIZATION, label, start, end, doc.sentence_at(start), aliases)
    return None


def _authoring_unit(doc: Document, views: list[SentenceView], units: dict[int, list[UnitMention]]) -> Mention | None:
    """What a report is about when a line below its headline credits a body as its author
    (潍坊市直机关工委, 南充市顺庆区委组织部) and the opening sentence names who acts: the body
    itself (潍坊市直机关工委以…为目标,扎实推进…), its account of its own work; or the body's place
    (近年来,顺庆区聚焦…), the place's work it tells of. Else none: the headline decides."""
    if doc.sections or (by := _unit_below_headline(doc)) is None or not by.label.endswith(lexicon().org_suffixes):
        return None
    opening = next((v for v in views if v.start > by.end), None)
    if opening is None:
        return None
    named = (by.label, *by.aliases)
    for u in units.get(opening.sentence.index, []):
        if not u.actor:
            continue
        if u.mention.label in named:
            return by
        chains = [n[:at + len(w)] for n in named for w in (u.mention.label, *u.mention.aliases)
                  if (at := n.find(w)) >= 0 and len(n) > at + len(w)]
        if u.place_only and chains:
            # the place as the byline writes it (南充市顺庆区) too, so that a region the headline
            # names (四川南充:…) is known to enclose it
            u.mention = replace(u.mention, aliases=tuple(sorted({*u.mention.aliases, *chains} - {u.mention.label})))
            return u.mention
        break  # another unit acts first: the headline decides
    return None


def _signing_unit(doc: Document, views: list[SentenceView], units: dict[int, list[UnitMention]]) -> str | None:
    """The unit that signs a notice or a plan on the lines it ends with, if any."""
    if doc.meta.signer is None:
        return None
    start, end = doc.meta.signer
    signing = [u for v in views if v.start <= start < v.end for u in units.get(v.sentence.index, [])
               if start <= u.mention.start and u.mention.end <= end]
    return signing[0].mention.label if signing else None


def _title_unit(doc: Document, focus: str) -> list[Mention]:
    """The mention of the unit a report is about where its title names it before the colon
    (吉林长春:…, as jieba took it for one word), when no rule found it there: what it owns is
    traced to the title."""
    title, start = doc.meta.title, doc.meta.title_start
    if not title or start is None or ":" not in title:
        return []
    head = title.split(":", 1)[0]
    at = head.rfind(focus)
    if at < 0 or doc.work[start:start + len(title)] != title:
        return []
    written = head[:at + len(focus)].lstrip("【】 ")
    begin = start + at + len(focus) - len(written)
    return [Mention(EntityClass.ORGANIZATION, focus, begin, start + at + len(focus), doc.sentence_at(start),
                    tuple(sorted({written} - {focus})))]


def _opening_unit(views: list[SentenceView], focus: str) -> list[Mention]:
    """The mention of the unit a report is about where the subtitle of its opening sentences
    writes it (——记…临江县北坪村党支部书记…: 北坪村), when no rule found it there."""
    for view in views[:4]:
        at = view.text.find(focus)
        if at >= 0 and _is_subtitle(view):
            start = view.start + at
            return [Mention(EntityClass.ORGANIZATION, focus, start, start + len(focus), view.sentence.index)]
    return []


def _is_subtitle(view: SentenceView) -> bool:
    """Whether a sentence is a subtitle set off by a dash (——西山县委组织部的做法与经验)."""
    return view.text.lstrip().startswith(("——", "—", "--"))


def _region_city_and_division(toks: list, head: str) -> bool:
    """Whether a title's unit is places written together without their levels but the last's,
    the region a place jieba knows (安徽/ns|合肥/n|包河区/ns): jieba may take a city between
    for a noun."""
    return len(toks) >= 2 and "".join(t.word for t in toks) == head and toks[0].tag == "ns" \
        and is_admin_name(toks[-1]) and len(toks[-1].word) >= 3 \
        and all(is_han(t.word) and len(t.word) >= 2 and t.tag in ("ns", "n", "nr", "nz") for t in toks)


def _place_the_text_completes(head: str, views: list[SentenceView], units: dict[int, list[UnitMention]]) -> str | None:
    """A title's unit written as a region and a place jieba took for one word (吉林长春/nr): the
    place, when the opening sentences name a unit with it and its level (长春市直机关工委)."""
    suffixes = lexicon().admin_suffixes
    written = {name for view in views[:4] for u in units.get(view.sentence.index, [])
               for name in (view.slice(u.mention.start, u.mention.end), u.mention.label, *u.mention.aliases)}
    for cut in range(2, len(head) - 1):
        place = head[cut:]
        if any(name.startswith(place + level) for name in written for level in suffixes):
            return unit_label(place)[0]
        if place + "州" in written:  # 湖北恩施: 恩施土家族苗族自治州, labelled 恩施州
            return place + "州"
    return None


#: after a party committee a section's speaker sits on, the department they also head
#: (武汉市委|常委、组织部部长 刘明): the department speaks, in a meeting of its kind of work
_DEPARTMENT_HEADED_TOO = re.compile(r"常委[、,,]([\u4e00-\u9fff]{1,5}?(?:部|委))(?:常务副部长|副部长|部长|副书记|书记)")

#: a committee, then the department one of its members heads (泸州市委|常委、组织部部长)
_COMMITTEE_AND_DEPARTMENT_HEADED = re.compile(r"([\u4e00-\u9fff]{2,10}?[省市县区州旗]委)" + _DEPARTMENT_HEADED_TOO.pattern)
#: the same, the committee named by its level alone (市委|常委、组织部部长)
_MEMBER_HEADING_A_DEPARTMENT = re.compile(r"([\u4e00-\u9fff]{0,10}?[省市县区州旗]委)" + _DEPARTMENT_HEADED_TOO.pattern)


def department_headed_too(doc: Document, section) -> re.Match | None:
    """The department a section's speaker heads besides sitting on the committee the header
    names (see _DEPARTMENT_HEADED_TOO), as a match in the document's text."""
    if not section.speaker.endswith("委"):
        return None
    return _DEPARTMENT_HEADED_TOO.match(doc.work, section.speaker_end)


def _section_speaker(views: list[SentenceView], section) -> tuple[str, tuple[str, ...]]:
    """The label and aliases of a section's speaker (speaker_label); places written together
    without their levels name the last (江西赣州 → 赣州), as jieba cut them; the department a
    committee member heads, when the header says so (武汉市委常委、组织部部长 → 武汉市委组织部)."""
    written = section.speaker
    if views and (held := department_headed_too(views[0].doc, section)):
        return speaker_label(written + held.group(1))
    toks = [t for v in views if v.start <= section.speaker_start < v.end for t in v.tokens
            if section.speaker_start <= t.start and t.end <= section.speaker_end]
    words = [t.word for t in toks]
    if len(words) >= 2 and "".join(words) == written and not written.endswith(lexicon().admin_suffixes) \
            and all(t.tag == "ns" or t.word in views[0].places for t in toks):
        label, aliases = unit_label(innermost_place(written, words))
        return label, tuple(sorted({*aliases, written} - {label}))
    return speaker_label(written)


def _possessed(view: SentenceView, m: Mention) -> bool:
    """Whether 的 or 之 follows a unit: what it has is the subject (市委党校的报告厅), not the unit."""
    return view.slice(m.end, m.end + 1) in ("的", "之")


def _in_dateline(doc: Document, pos: int) -> bool:
    """Whether an offset lies in the dateline (新华社北京6月28日电, 本报济南10月12日讯): its medium
    and where it filed from."""
    return doc.meta.dateline is not None and doc.meta.dateline[0] <= pos < doc.meta.dateline[1]


def _respectively(view: SentenceView, metrics: list[Metric], owners: "_Owners") -> None:
    """Units listed as the subject of 分别, and as many figures listed after it in one unit
    (韶关市、乳源县分别…储备后备人才3200名、450名): each unit owns its figure, in order."""
    if "分别" not in view.text or len(metrics) < 2:
        return
    at = view.start + view.text.index("分别")
    listed = [m for m in metrics if m.start > at]
    units = owners.owners(view, at)
    if len(listed) != len(units) or len({m.unit for m in listed}) != 1 \
            or any(view.slice(a.end, b.start) not in LIST_MARKS for a, b in zip(listed, listed[1:])):
        return
    # what is counted, said once between 分别 and the first figure (分别建立现场教学点|58个和43个;
    # 分别打造了“窑洞党课”示范点|12个和8个: as the first figure's measure reads it)
    said = view.slice(at + len("分别"), listed[0].start)
    if not is_han(said):
        said = listed[0].measure or ""
    for metric, unit in zip(listed, units):
        metric.owner = unit
        if len(said) >= 2 and (metric.measure is None or metric.measure.endswith(said)):
            metric.measure = said


#: a work's hosts named after it: “香城讲堂”由|A、B|联合主办
_BY = re.compile(r"[”」\"]?\s*由")
#: …and the verb after them that says they host it
_HOSTED = re.compile(r"(?:联合|共同)?(?:主办|承办|举办|开办|创办|牵头|发起|打造|推出|开设)")
#: …and when they started it, before that verb: 于2006年
_WHEN_HOSTED = re.compile(r"[于在]?(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}月)?(?:\d{1,2}日)?")


@cache
def _bare_head_hosted() -> re.Pattern:
    """A clause opening with a programme's head noun alone, or after 该/本届, and 由 (论坛由…主办):
    the programme of that kind the text named last."""
    heads = "|".join(re.escape(h) for h, needs in sorted(lexicon().program_head_needs.items(), key=lambda kv: -len(kv[0]))
                     if needs != "list")  # (活动由…联合主办 too; not 工作, which heads no name alone)
    return re.compile(rf"(?:^|(?<=[,;。]))[“”\"\s]*(?:该|本届|本次|此次)?({heads})(?=由)")


def _hosts_of_a_programme_named_before(view: SentenceView, units: list[UnitMention],
                                       named: list[Mention]) -> list[tuple[Mention, list[str]]]:
    """The hosts a clause names for a programme it refers to by its head alone (第三届长江经济带
    组织工作论坛在武汉举行。论坛由湖北省委组织部、重庆市委组织部联合主办): each runs it."""
    out = []
    for bare in _bare_head_hosted().finditer(view.text):
        head = bare.group(1)
        before = [m for m in named if m.cls is EntityClass.PROGRAM and m.label.endswith(head)
                  and m.label != head and (m.sentence < view.sentence.index or m.end <= view.start + bare.start(1))]
        if not before:
            continue
        at = Mention(EntityClass.PROGRAM, head, view.start + bare.start(1), view.start + bare.end(1), view.sentence.index)
        if hosts := _hosts_after(view, at, units):
            out.append((max(before, key=lambda m: (m.sentence, m.start)), hosts))
    return out


def _hosts_after(view: SentenceView, m: Mention, units: list[UnitMention]) -> list[str]:
    """The units a clause names as the hosts of the work ``m`` names right before them
    (“香城讲堂”由市委宣传部、市委组织部联合主办): each runs it."""
    by = _BY.match(view.text, m.end - view.start)
    if by is None:
        return []
    at, hosts = view.start + by.end(), []
    for u in sorted(units, key=lambda u: u.mention.start):
        if u.mention.start < at:
            continue
        if u.mention.start != at:
            break
        hosts.append(u.mention.label)
        at = u.mention.end
        if view.slice(at, at + 1) in LIST_MARKS:
            at += 1
    if when := _WHEN_HOSTED.match(view.text, at - view.start):
        at += when.end() - when.start()  # 由A、B|于2006年|联合创办: when, between the hosts and the verb
    return hosts if hosts and _HOSTED.match(view.text, at - view.start) else []


def _other_names_as_aliases(view: SentenceView, units: list[UnitMention]) -> list[UnitMention]:
    """A body named with its other name in brackets (中央党校(国家行政学院)) is one body: the
    other name an alias of the first, not a unit of its own."""
    out: list[UnitMention] = []
    for u in sorted(units, key=lambda u: u.mention.start):
        first = out[-1].mention if out else None
        if first is not None and not u.place_only and view.slice(first.end, u.mention.start) in ("(", "(") \
                and view.slice(u.mention.end, u.mention.end + 1) in (")", ")"):
            first.aliases = tuple(sorted({*first.aliases, u.mention.label, *u.mention.aliases} - {first.label}))
            continue
        out.append(u)
    return out


def _in_medium_name(view: SentenceView, m: Mention) -> bool:
    """Whether a mention is the place in a medium's name, as jieba took it (浙江日报记者…)."""
    tok = view.tokens[view.token_index(m.start)]
    return tok.start <= m.start and m.end < tok.end and tok.word.endswith(lexicon().media_suffixes)


def extract(doc: Document) -> Extraction:
    """Extract everything ANNOTATION.md describes from one segmented document."""
    places = document_places(doc)
    views = [SentenceView(doc, s, places) for s in doc.sentences]
    # the title and the sections' headers (not the sentence a unit opens below its headline:
    # 把支部建在产业链上 / 临江市…建立党组织87个)
    headings = doc.heading_sentences()
    speaker_labels = [_section_speaker(views, section) for section in doc.sections]
    mentions: list[Mention] = []
    metrics: list[Metric] = []
    events = []
    groups: dict[int, list[tuple[Mention, bool]]] = {}
    units: dict[int, list[UnitMention]] = {}
    known_people = {r.name for r in doc.meta.reporters}
    speakers: list[Mention] = []
    reporting_speeches: set[int] = set()  # sentences reporting units speaking

    for view in views:
        pubs, pub_programs = find_publications(view)
        quoted = find_quoted_names(view)
        patterned = find_enumerated_patterns(view) + find_list_names(view) + find_periodic_names(view)
        # the rules a list counts in quotes after it (学习考勤、学习档案、学习考核“三项制度”): each item, no set
        quoted = [m for m in quoted if not (_counted_set().fullmatch(m.label) and any(
            p.cls is m.cls and p.end <= m.start and view.slice(p.end, m.start) in ("", "“", "等", "等“") for p in patterned))]
        taken = [(m.start, m.end) for m in quoted + pub_programs + patterned]
        named = _dedupe(quoted + pub_programs + patterned + find_head_names(view, taken))
        # what a denied verb would set up or run is not there (一些地方没有建立…档案管理制度)
        named = [m for m in named if m.cls not in (EntityClass.PROGRAM, EntityClass.MECHANISM) or not view.negated(m.start)]
        for m in named:
            if m.cls in (EntityClass.PROGRAM, EntityClass.MECHANISM):
                m.since = _since(view, m.start)
        mentions += pubs + named
        # a notice's addressees (各设区市委组织部、人力资源和社会保障局:) are kinds of body, none named
        addressees = _ADDRESSEES.match(view.text) is not None
        units[view.sentence.index] = found = [] if addressees else _other_names_as_aliases(view, [
            u for u in find_units(view) if not _in_dateline(doc, u.mention.start) and not _in_medium_name(view, u.mention)])
        mentions += [u.mention for u in found]
        groups[view.sentence.index] = find_groups(view)
        if view.sentence.index not in headings:
            metrics += [m for m in find_metrics(view) if not _outline_count(view, m)]
        events += find_events(view, doc.meta.issued)
        if view.sentence.start == doc.meta.title_start and not any(e.sentence == view.sentence.index for e in events):
            events += find_digested_meeting(view)
        spoke = _reported_speakers(view, found)
        # a place whose body of a kind the list says spoke (浙江、…等省商务厅): the body, not the place
        bodies = {(m.start, m.end) for m in spoke if not any(m is u.mention for u in found)}
        # …and a higher place written in the chain of the place that spoke (六盘水市|盘/q 州市…岩博村,
        # as jieba cut it): the chain's, not a unit of its own
        chains = [(m.end - len(a), m.end) for m in spoke for a in m.aliases
                  if len(a) > m.end - m.start and view.slice(m.end - len(a), m.end) == a]
        if replaced := [u for u in found if (u.mention.start, u.mention.end) in bodies or u.place_only and any(
                a <= u.mention.start and u.mention.end < b for a, b in chains)]:
            found[:] = [u for u in found if u not in replaced]
            mentions = [m for m in mentions if all(m is not u.mention for u in replaced)]
        mentions += [m for m in spoke if all(m is not u.mention for u in found)]  # units only the list names
        speakers += spoke
        if spoke:
            reporting_speeches.add(view.sentence.index)

    places_named = {m.label for m in mentions if m.cls is EntityClass.PLACE} | {e.location for e in events}
    for view in views:
        # jieba tags some city names as people's (石家庄/nr): a name the report uses as a place is one
        mentions += [m for m in find_persons(view, known_people) if m.label not in places_named]
    for reporter in doc.meta.reporters:
        mentions.append(Mention(EntityClass.PERSON, reporter.name, reporter.start, reporter.end,
                                doc.sentence_at(reporter.start)))
    for section in doc.sections:
        # a relative name found inside the header's (中共保定/v|市委组织部) is that name cut short
        mentions = [m for m in mentions if not (
            m.cls is EntityClass.ORGANIZATION and section.speaker_start < m.start and m.end <= section.speaker_end
            and m.label.startswith(RELATIVE_PREFIXES))]
        # …and a higher place in the chain the header names (海东市|平安区) is the speaker's, no unit of its own
        sentence = doc.sentence_at(section.speaker_start)
        higher = [u for u in units.get(sentence, []) if u.place_only and section.speaker_start <= u.mention.start
                  and u.mention.end < section.speaker_end]
        if higher:
            units[sentence] = [u for u in units[sentence] if u not in higher]
            mentions = [m for m in mentions if all(m is not u.mention for u in higher)]
        label, aliases = speaker_labels[section.index]
        start, end = section.speaker_start, section.speaker_end
        if held := department_headed_too(doc, section):
            # the department, written after the committee's member: the committee is no unit of its own
            start, end = held.span(1)
            mentions = [m for m in mentions if not (m.cls is EntityClass.ORGANIZATION
                                                    and section.speaker_start <= m.start < end)]
            units[sentence] = [u for u in units.get(sentence, []) if not section.speaker_start <= u.mention.start < end]
        mentions.append(Mention(EntityClass.ORGANIZATION, label, start, end, doc.sentence_at(start), aliases))

    mentions = _short_names_in_brackets(doc, _systems_named_short(mentions))
    # units a meeting report says spoke there are not what the report is about, nor bodies a
    # meeting's name holds (第十九届中央委员会第六次全体会议; a place may be: 宁夏…交流会)
    in_events = {(u.mention.start, u.mention.end) for found in units.values() for u in found if not u.place_only
                 and any(e.start <= u.mention.start and u.mention.end <= e.end for e in events)}
    if (speech_by := _speech_speaker(doc)) is not None:
        mentions.append(speech_by)  # 在…会议上的讲话 / 中共临江市委常委、组织部部长 王明山: the department speaks
        focus = speech_by.label
    elif (author := _authoring_unit(doc, views, units)) is not None:
        if author not in mentions:
            mentions.append(author)
        focus = author.label
    else:
        focus = _focus(doc, views, units, {(m.start, m.end) for m in speakers} | in_events)
    title_sentence = doc.title_sentence()
    for m in mentions:
        # a title's region and place as one word (广西南宁/ns), the report being about the place: the
        # place, written so
        if focus is not None and m.cls is EntityClass.ORGANIZATION and m.sentence == title_sentence \
                and m.label.endswith(focus) and len(m.label) >= len(focus) + 2 and is_han(m.label) \
                and not focus.endswith(lexicon().org_suffixes):
            m.aliases, m.label = tuple(sorted({*m.aliases, m.label} - {focus})), focus
    if focus is not None and not any(m.cls is EntityClass.ORGANIZATION and m.label == focus for m in mentions):
        mentions += _title_unit(doc, focus) or _opening_unit(views, focus)
    if focus is not None and not speakers and doc.meta.title and is_one_speech(doc.meta.title) \
            and (by := next((m for m in mentions if m.cls is EntityClass.ORGANIZATION and m.label == focus), None)):
        speakers.append(by)  # 在全市组织工作会议上的交流发言 / 临江县委组织部: the unit the speech is by gave it there
    owners = _Owners(doc, units, focus, [label for label, _ in speaker_labels], reporting_speeches)
    relations: list[Relation] = []
    seen: set[tuple] = set()

    def relate(subject, predicate, obj, sentence):
        key = (subject, predicate, obj)
        if key not in seen:
            seen.add(key)
            relations.append(Relation(subject, predicate, obj, sentence))

    metrics_by_sentence: dict[int, list[Metric]] = {}
    for metric in metrics:
        metrics_by_sentence.setdefault(metric.sentence, []).append(metric)
    named_by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        named_by_sentence.setdefault(m.sentence, []).append(m)

    #: the sentence where the text first names the units running a programme or setting up a
    #: rule, and those units (a title's word for it gives way to the text's)
    run_by: dict[tuple[EntityClass, str], tuple[int, list[str]]] = {}
    headings = doc.heading_sentences()
    for view in views:
        index = view.sentence.index
        bound_groups = [g for g, bound in groups.get(index, []) if bound]
        subjects = []  # programmes and rules named before, standing as their clauses' subjects
        for m in sorted(named_by_sentence.get(index, []), key=lambda m: m.start):
            if m.cls not in (EntityClass.PROGRAM, EntityClass.MECHANISM):
                continue
            predicate = Predicate.RUNS if m.cls is EntityClass.PROGRAM else Predicate.ESTABLISHES
            key = (m.cls, m.label)
            hosts = _hosts_after(view, m, units.get(index, []))
            if not hosts and key in run_by and _stands_as_subject(view, m):
                # “临江讲坛”每月举办两期: the programme the text named before goes on; it says
                # nothing new of who runs it
                subjects.append(m)
                continue
            found = hosts or owners.owners(view, m.start)
            if (scope := _WIDER_SCOPE.search(view.slice(max(view.start, m.start - 3), m.start))) is not None:
                # 全省“三个一切”群众路线主题活动开展以来,淄博…: the province's campaign, not the city's
                found = [o for o in found if o.startswith(_OF_THE_CENTRE)
                         or scope.group(1) == "省" and ("省" in o or owners._is_place_of_level(o, "省"))]
            for owner in found:
                relate((EntityClass.ORGANIZATION, owner), predicate, key, index)
            if found and (key not in run_by or run_by[key][0] in headings and index not in headings):
                run_by[key] = (index, found)
            # a group the same part of the sentence binds: not one a later unit's rule binds
            # (…建立“一支部一品牌”创建机制;国家税务总局…要求每名党员干部…), nor one the sentence
            # sets aside (在推行积分制的同时,建立…机制,每名农村党员…)
            if m.cls is EntityClass.MECHANISM and not view.slice(m.end, m.end + 3) == "的同时" and (near := [
                    g for g in bound_groups if ";" not in view.slice(min(g.start, m.start), max(g.end, m.end))]):
                group = min(near, key=lambda g: abs(g.start - m.start))
                relate((m.cls, m.label), Predicate.APPLIES_TO, (EntityClass.GROUP, group.label), index)
        for programme, hosts in _hosts_of_a_programme_named_before(view, units.get(index, []), mentions):
            for host in hosts:
                relate((EntityClass.ORGANIZATION, host), Predicate.RUNS, (programme.cls, programme.label), index)
        previous_period = None
        previous = None
        leading: dict[str, Metric] = {}  # each group's first figure in the sentence
        for metric in metrics_by_sentence.get(index, []):
            metric.owner = owners.owner(view, metric.start, needs_verb=True)
            if metric.measure and (body := next((w for u in units.get(index, []) if u.mention.end <= metric.start
                                                 and metric.measure.startswith(w := view.slice(u.mention.start, u.mention.end))
                                                 and len(metric.measure) > len(w)), None)):
                metric.measure = metric.measure[len(body):]  # 市委组织部|安排专项资金: who, then what is counted
            clause_start = view.clause_bounds(metric.start)[0]
            if (subject := next((m for m in reversed(subjects) if m.end <= metric.start), None)) is not None \
                    and not any(u.actor and u.mention.start < metric.start for u in units.get(index, [])) \
                    and ((subject_clause := view.clause_bounds(subject.start)[0]) in (view.start, clause_start)
                         or _ONLY_WHEN.fullmatch(view.slice(view.start, subject_clause))):
                metric.owner = run_by[(subject.cls, subject.label)][1][0]  # “星城讲坛”已举办讲座138期: its runner's
            if previous is not None and _COMPARED.match(view.slice(clause_start, metric.start)):
                metric.owner = previous.owner  # 全区…占比达到38%,比2020年提高了15个百分点: the same figure's change
            if previous is not None and previous.group:
                leading.setdefault(previous.group, previous)
            prior, previous = previous, metric
            # not those a rule is set up for, unless the figure is how often the rule has them do
            # something (对村(社区)书记实行双线管理,每半年开展一次履职评估)
            # (…or a clause on each of them: 对村党组织书记全覆盖轮训一遍,每人每年培训时间不少于10天)
            each_of_them = view.text.startswith("每人", clause_start - view.start)
            before = [g for g in bound_groups if g.start < metric.start and (
                not set_up_for(view, g.start, g.end) or (metric.period is not None and metric.unit in TIMES) or each_of_them)]
            if before and metric.measure == before[-1].label and metric.unit in _PEOPLE_UNITS:
                before = []  # 配备网格长1名、网格员2至3名: how many of them there are, no rule binding them
            # not 去年共解决诉求3.6万宗, nor …,全市签约率达到42%, nor …,全年累计联系群众420万户:
            # what was done, not who must; nor
            # …,基层党支部每季度至少开展1次: a later clause with a body of its own as subject
            # …,nor …;陇南市创办…,每月举办一期: what a unit named after the group does
            if before and not _PAST.search(view.slice(before[-1].end, metric.start)) \
                    and not _NEXT_ITEM.search(view.slice(before[-1].end, metric.start)) and not any(
                    u.actor and before[-1].end <= u.mention.start < metric.start for u in units.get(index, [])) and not (
                    before[-1].start < clause_start and (_COLLECTIVE.match(view.slice(clause_start, metric.start))
                                                         or _EACH_BODY.search(view.slice(clause_start, metric.start))
                                                         or (_CUMULATIVE.search(view.slice(clause_start, metric.start))
                                                             and metric.comparator not in _BOUNDS)
                                                         or _opens_with_a_body(view, clause_start))):
                metric.group = before[-1].label
                owed = metric.measure.removeprefix(next((w for w in (*SCOPE_WORDS, *EACH_OR_ALL) if metric.measure.startswith(w)), "")) \
                    if metric.measure else None  # (全市|中小学教师每学期读书, 每名|党员…: whose or how many, then the group)
                # (the group's name cut short at its opening modifier: 新|录用公务员须…)
                named = next((metric.group[k:] for k in range(len(metric.group) - 1) if owed and owed.startswith(metric.group[k:])
                              and len(owed) > len(metric.group) - k), None) if metric.group else None
                if named:
                    # 领导干部|集中学习时间, 学员须|撰写调研报告: what the group owes
                    metric.measure = re.sub("^(?:必须|须|应当|应)", "", owed[len(named):]) or None
                    if metric.measure and metric.period and metric.measure.startswith(metric.period) \
                            and len(metric.measure) > len(metric.period):
                        metric.measure = metric.measure[len(metric.period):]  # 网格员|每天|巡查
                elif owed in (None, "", metric.group) and prior is not None and prior.group not in (None, metric.group) \
                        and (lead := leading.get(prior.group, prior)).unit == metric.unit and lead.measure:
                    # 市级领导每年下基层调研不少于60天,县级领导不少于90天: the next group owes the same (what
                    # the group before owes first, not a part of it: 须修满60学分,其中参加脱产培训不少于30学分)
                    metric.measure = lead.measure
            between = view.slice(min(previous_period[1], clause_start), metric.start) \
                if previous_period else ""
            # (…每年…累计不少于110学时,乡科级领导干部累计不少于90学时: 累计 in a rule for the next
            # group is the same year's total, not a total to date)
            summed = [m.group() for m in _CUMULATIVE.finditer(between)]
            if summed == ["累计"] and metric.comparator in _BOUNDS and metric.group is not None \
                    and previous_period is not None and previous_period[3] is not None:
                summed = []
            if metric.period is None and previous_period and ";" not in between and not summed \
                    and not _OWN_TIMEFRAME.search(between + view.slice(metric.start, metric.end)) \
                    and not _EACH_TIME.search(view.slice(clause_start, metric.start)) \
                    and not _COLLECTIVE.match(view.slice(clause_start, metric.start)) \
                    and metric.unit not in lexicon().bounded_units and not view.slice(metric.start, metric.end).endswith("内") \
                    and not (previous_period[2] and metric.unit not in TIMES
                             and metric.comparator in (Comparator.EXACTLY, Comparator.MORE_THAN)) \
                    and not (previous_period[3] is None and metric.group is not None) \
                    and not outlasts_period(metric.value, metric.unit, previous_period[0]) and metric.unit not in ("%", "倍") \
                    and not (view.slice(metric.end, metric.end + 1) == "的"
                             and view.doc.work.startswith(lexicon().group_heads, metric.end + 1)) \
                    and not _STANDING_SHARE.search(view.slice(clause_start, metric.start)):
                # 每年…不少于60天,…不少于2篇; not 至今已举办28期, nor 累计举办讲座86场,培训干部2万人次,
                # nor 每周推送2期,全市8.6万名党员…: a total for the whole division; nor 24小时内办结, a
                # deadline each case has; nor 每月召开一次议事会,居民参与率超过80%: how often something
                # is held says nothing of how often what it achieves is counted (…一次,时间不少于5天
                # is a rule for each time); nor 各司局每月至少开展一次…,处级以上干部每人至少讲一次: how
                # often the bodies do something is not how often a rule for people binds them; nor
                # …每月到基层调研不少于5天,新提拔干部必须到信访一线锻炼3个月: a span the period cannot hold;
                # nor 每月固定一天为主题党日,党员参加率达到95%: a rate is no amount done each period; nor
                # 积分每季度公示一次,积分低于60分的党员…: a bar that says which people, no amount each period; nor
                # …每月至少深入基层调研2天,县级领导每人联系1个重点项目: a standing share of each, no amount each period
                metric.period = previous_period[0]
            if metric.period:  # its period, where it stands, whether it is once a period (每月召开一次), whom it binds
                previous_period = (metric.period, metric.start, metric.value == 1 and metric.unit in TIMES, metric.group)
        _respectively(view, metrics_by_sentence.get(index, []), owners)
        owners.note_actors(view)

    mentions += owners.referred.values()
    # a group is an entity only when a rule binds it
    used_groups = {r.object[1] for r in relations if r.predicate is Predicate.APPLIES_TO}
    used_groups |= {m.group for m in metrics if m.group}
    for found in groups.values():
        for g, bound in found:
            if bound and g.label in used_groups:
                mentions.append(g)

    mentions = _expand_abbreviations(doc, mentions)
    # a meeting the headline names without its date is the one the body dates or places, by its name or
    # its short form (高校党建工作经验交流会 in the title, 全省高校党建工作经验交流会 in the body)
    dated = {name: e for e in events if e.date or e.location for name in (*e.aliases, e.label)}
    dated_meetings = {e.label: e for e in dated.values()}
    for event in events:
        same = dated.get(event.label)
        if same is None and event.date is None and event.sentence == title_sentence and len(dated_meetings) == 1:
            # or by a name the headline writes otherwise, when the body dates one meeting alone
            # (内蒙古自治区基层党建观摩推进会 in the title, 全区基层党建工作观摩推进会 in the body)
            only = next(iter(dated_meetings.values()))
            same = only if _same_meeting(event.label, only.label) else None
        if same is None and event.date is None and event.sentence == title_sentence and not dated_meetings:
            # …or, when the body dates none, the one meeting it names (全市基层党建述职评议会议 in the
            # title, 全市2023年度基层党建工作述职评议会议 in the body)
            named = {e.label: e for e in events if e.sentence != title_sentence}
            if len(named) == 1 and _same_meeting(event.label, (only := next(iter(named.values()))).label):
                same = only
        if event.date is None and same is not None and same is not event and (same.date or event.location is None):
            if same.label != event.label:
                event.aliases = tuple(sorted({*event.aliases, *same.aliases, event.label} - {same.label}))
                event.label = same.label
            event.date, event.location = same.date, event.location or same.location
    for event in events:
        mentions.append(Mention(EntityClass.EVENT, event.label, event.start, event.end, event.sentence, event.aliases))
    # a word the document names a group of people or a rule by (楼栋长, “楼栋长”制度) is no person's
    # name, though jieba read it so where it stands alone (楼/nr…)
    kinds = {name for m in mentions if m.cls in (EntityClass.GROUP, EntityClass.MECHANISM, EntityClass.PROGRAM)
             for name in (m.label, *m.aliases)}
    # …nor a word jieba read as a name inside a rule's or a programme's name (林长巡/nr of 林长巡林制度)
    named_spans = sorted((m.start, m.end) for m in mentions if m.cls in (EntityClass.MECHANISM, EntityClass.PROGRAM))
    mentions = [m for m in mentions if m.label and not (m.cls is EntityClass.PERSON and (
        m.label in kinds or any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in named_spans)))]
    mentions.sort(key=lambda m: (m.start, m.end, m.cls.value, m.label))
    return Extraction(document=doc, mentions=mentions, metrics=metrics, relations=relations, events=events,
                      speakers=_not_heading_sections(speakers, [label for label, _ in speaker_labels]) if events else [],
                      focus=focus)


def _not_heading_sections(speakers: list[Mention], section_speakers: list[str]) -> list[Mention]:
    """The units reported speaking, less those a section's speaker is the body of: 福州 of
    福州、厦门等市作了经验交流 is the 福州市直机关工委 whose section follows (its speech, one)."""
    def heads_a_section(m: Mention) -> bool:
        places = {m.label, *m.aliases}
        bodies = [s for s in section_speakers if s not in places and any(s.startswith(p) for p in places)]
        return m.label not in section_speakers and len(bodies) == 1
    return [m for m in speakers if not heads_a_section(m)]


#: how the items of an outline open: 一是, 一要, 第一, 首先, 一、, (一)
_FIRST_ITEM = re.compile(r"\s*(?:一是|一要|一方面|第一|首先|一[、.]|\(一\))")


def _outline_count(view: SentenceView, metric: Metric) -> bool:
    """Whether a metric only counts the items the text lists next (重点抓好三项工作。一要…): a
    small number written in words that ends its clause, with the first item right after, or as
    many items after a colon."""
    written = view.slice(metric.start, metric.end)
    clause_end = view.clause_bounds(metric.start)[1]
    rest = view.slice(metric.end, clause_end)
    if metric.value > 10 or any(c.isdigit() for c in written) or len(rest) > 4:
        return False
    if view.slice(clause_end, clause_end + 1) == ":" \
            and len(view.slice(clause_end + 1, view.end).rstrip("。").split(";")) == metric.value:
        return True  # 重点抓好五项工作:开展…;建立…;…: as many items after the colon, set apart by semicolons
    return _FIRST_ITEM.match(view.doc.work, clause_end + 1) is not None


def _systems_named_short(mentions: list[Mention]) -> list[Mention]:
    """Management by a system where the document also names the system of it (推行干部学分制管理
    under 建立干部学分制管理制度): one mechanism, the shorter name an alias."""
    systems = {m.label for m in mentions if m.cls is EntityClass.MECHANISM}
    return [replace(m, label=m.label + "制度", aliases=tuple(sorted({*m.aliases, m.label})))
            if m.cls is EntityClass.MECHANISM and m.label.endswith("管理") and m.label + "制度" in systems else m
            for m in mentions]


def _opens_with_a_body(view: SentenceView, start: int) -> bool:
    """Whether the clause at ``start`` opens with a body's name or a kind of body as its subject
    (基层党支部每季度…, 各村党组织要…): nouns that end like one."""
    lex = lexicon()
    i = view.token_index(start)
    words = []
    for tok in view.tokens[i:]:
        if tok.start < start or not view.is_nominal(tok, verbs=False) or tok.word.startswith("每") \
                or tok.tag in ("t", "r", "m", "l"):
            break  # 基层党支部|每季度: a period, the subject has ended
        words.append(tok.word)
    subject = "".join(words)
    return len(subject) >= 2 and subject.endswith(lex.generic_org_heads + lex.org_suffixes)


def _same_meeting(one: str, other: str) -> bool:
    """Whether two names of meetings can be one meeting's: the same kind of meeting (推进会), and
    four characters in a row of what it is about in common (基层党建)."""
    heads = longest_first("event_heads")
    head = next((h for h in heads if one.endswith(h)), None)
    if head is None or not other.endswith(head):
        return False
    about = one[:-len(head)]
    return any(about[i:i + 4] in other[:-len(head)] for i in range(len(about) - 3))


#: what may stand between a list of units and the cue that they spoke: 等9个市, 的负责同志
#: (kind: a kind of unit that any name may be, 等企业; not one of divisions, 等9个市)
_SPEAKERS_TAIL = re.compile(r"(?:(?:等|(?=[\d一二三四五六七八九十]+[个家所](?:单位|部门|企业|高校)))(?:[\d一二三四五六七八九十]+[个家所])?(?:(?:试点|示范|先进|典型|联系)?(?P<kind>单位|部门|企业|高校)(?:党组织|党委|党组)?|设区市|地级市|省区市|省市区|省市|市|县|区|地|省|乡镇|街道|镇|乡)?"
                            r"(?:[市县区州]委|党委|党工委)?(?:组织部|宣传部|统战部|(?:组织|宣传|统战)部门)?)?"  # 等地市委组织部, 等地宣传部门: the listed places' departments
                            r"(?:(?:相关|有关)(?:处室|部门|单位))?"  # 省委统战部相关处室: the body's divisions
                            r"(?:的?(?:主要)?(?:负责同志|负责人|代表|同志)|(?:(?<=[省市县区州]委)|(?<=[乡镇道]党委)|(?<=[乡镇道]党工委))书记)?"  # 佳木斯市委|书记, 乡镇党委|书记: its secretary
                            r"(?:分别|先后|依次|(?:逐一|逐个)(?:进行)?|也|还|书面|现场|在?(?:大?会|会议)上)*$")
#: a body's other name in brackets, ending the text before a position / ending a list's item
_OTHER_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,12}[((][\u4e00-\u9fff]{2,12}[))]?$")
_OTHER_NAME_AFTER = re.compile(r"[((][\u4e00-\u9fff]{2,12}[))]")
#: the kind of body a list of places shares, after its last item (…、广东等|省|商务厅)
_SHARED_BODY = re.compile(r"等([省市县区州]|地)([\u4e00-\u9fff]{2,10})$")
#: the last of a list of places of one level, with the department each has (…、屯留区委组织部)
_SHARED_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,6}?([县区市旗])(委(?:组织部|宣传部|统战部|政法委))")
#: …and the places before it, named with their level
_SHARED_DEPARTMENT_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}[县区市旗]")
#: a count of the places a list names, after its last: 泉州、漳州、南平|三市, 南昌、赣州、上饶|3个设区市
_COUNTED_ITEMS = re.compile(r"([两二三四五六七八九十]|\d{1,2})个?(?:设区市|地级市|[省市县区])$")
#: a verb of telling the meeting of one's work, and the work told of ending its clause
_TOLD_OF_ITS_WORK = re.compile(r"(?:介绍了|交流了|汇报了)(?=[^,;。]{2,40}?(?:经验|做法|情况|成效)(?:[,;。]|$))")
#: how a list item says who, not which (各乡镇, 全市, 有关部门)
_WHO_NOT_WHICH = ("各", "全", "本", "该", "我", "有关", "相关")


def _reported_speakers(view: SentenceView, units: list[UnitMention]) -> list[Mention]:
    """Units a clause reports speaking (会上,宝鸡市委、省财政厅作了典型发言;渭南市介绍了经验):
    the items of the list before the cue that name units, in their order."""
    cues = set()
    for cue in [c for c in longest_first("speech_cues") if c in view.text]:
        for at in find_all(view.text, cue):
            if not any(a <= at < b for a, b in cues):
                cues.add((at, at + len(cue)))
    for m in _TOLD_OF_ITS_WORK.finditer(view.text):  # 介绍了“…”活动开展情况, 交流了建设…的经验
        if not any(a <= m.start() < b for a, b in cues):
            cues.add((m.start(), m.end()))
    found = {(u.mention.start, u.mention.end): u.mention for u in units if u.mention.cls is EntityClass.ORGANIZATION}
    out = []
    for at, _ in sorted(cues):
        clause_start = view.clause_bounds(view.start + at)[0]
        # a body's other name in brackets (…、中央党校(国家行政学院)等单位) does not end the list
        # …and nor do levels listed with brackets (部分县(市)|区委组织部)
        while ((other := _OTHER_NAME_BEFORE.search(view.slice(max(view.start, clause_start - 16), clause_start)))
               or (other := LEVELS_IN_BRACKETS.search(view.slice(max(view.start, clause_start - 8), clause_start)))) \
                and clause_start - len(other.group(0)) > view.start:
            clause_start = view.clause_bounds(clause_start - len(other.group(0)) - 1)[0]
        listed = view.slice(clause_start, view.start + at)
        tail = _SPEAKERS_TAIL.search(listed)
        # …等企业作了经验交流: the kind after 等 says every item names a unit, whatever jieba made of it
        all_units = tail.group("kind") is not None
        listed = listed[:tail.start()]
        items = 0
        parts = _list_items(view, clause_start, listed)
        # 浙江、江苏、广东等省商务厅: each place's body of that kind speaks (浙江省商务厅 …)
        last, shared = next(((k, m) for k, p in enumerate(parts) if k > 0 and (m := _SHARED_BODY.search(p))
                             and m.group(2).endswith(lexicon().org_suffixes)), (-1, None))
        # 潞州区、上党区、屯留区委组织部: each place's department of that kind, the places of one level
        dept_at, department = next(((k, m) for k, p in enumerate(parts) if k >= 2 and shared is None
                                    and (m := _SHARED_DEPARTMENT.fullmatch(p))), (-1, None))
        if department and not all(_SHARED_DEPARTMENT_PLACE.fullmatch(p) and p.endswith(department.group(1))
                                  for p in parts[:dept_at:2]):
            department = None
        # 青岛、烟台/n作了典型发言: a single word jieba took for a noun is a place too, when at least
        # half of the other items name units
        starts = [clause_start + offset for offset in (0, *accumulate(len(p) for p in parts[:-1]))]
        naming_units = sum(1 for k, item in enumerate(parts)
                           if found.get((starts[k], starts[k] + len(item))) or _names_a_unit(view, starts[k], item))
        others = (len(parts) + 1) // 2 - 1  # the items but one, the marks between them left out
        nouns_are_places = naming_units > 0 and 2 * naming_units >= others
        skipped = set()
        for k, item in enumerate(parts):
            start = starts[k]
            if k in skipped:
                continue
            if held := _MEMBER_HEADING_A_DEPARTMENT.match("".join(parts[k:k + 3])):
                # 市委常委、组织部部长郑海涛作交流发言: the department the member heads speaks
                label, aliases = speaker_label(held.group(1) + held.group(2))
                out.append(Mention(EntityClass.ORGANIZATION, label, start, start + held.end(), view.sentence.index, aliases))
                skipped.update((k + 1, k + 2))
                items += 1
                continue
            item = _OTHER_NAME_AFTER.sub("", item)  # 中央党校(国家行政学院): the body by its first name
            item = item[:_SPEAKERS_TAIL.search(item).start()]  # 青岛等9个市
            item = _without_role_and_name(item)  # 北江市委书记王明山: the unit speaks through them
            if item in ("、", "和", "及") or not item or item.startswith("委"):
                continue  # (6个市(州)|委组织部: a committee's department whose level is in brackets, no unit named)
            if shared and k <= last:
                place = (item[:shared.start()] if k == last else item).removesuffix(shared.group(1))
                if 2 <= len(place) <= 4 and is_han(place):
                    level = shared.group(1).replace("地", "")  # 三明等地总工会: the places' own level, unsaid
                    label, aliases = unit_label(place + level + shared.group(2))
                    out.append(Mention(EntityClass.ORGANIZATION, label, start, start + len(place), view.sentence.index,
                                       tuple(sorted({*aliases, place} - {label}))))
                    items += 1
                    continue
            if department and k < dept_at:
                label, aliases = unit_label(item + department.group(2))
                out.append(Mention(EntityClass.ORGANIZATION, label, start, start + len(item), view.sentence.index, aliases))
                items += 1
                continue
            items += 1
            if (count := _COUNTED_ITEMS.search(item)) and len(item) - len(count.group(0)) >= 2 \
                    and parse_number(count.group(1)) == items:
                item = item[:count.start()]  # 泉州、漳州、南平三市: the count of the places listed
            mention = found.get((start, start + len(item)))
            if mention is None and (_names_a_unit(view, start, item) or all_units and _a_listed_unit(item)
                                    or nouns_are_places and _one_noun(view, start, item)):
                # 浙江省杭州市: the lowest division speaks, the whole chain is how it was written
                label, aliases = speaker_label(item)
                end = start + len(item)
                mention = Mention(EntityClass.ORGANIZATION, label, end - len(lowest_division(item)), end,
                                  view.sentence.index, aliases)
            if mention is not None and mention not in out:
                out.append(mention)
    return out


def _list_items(view: SentenceView, start: int, listed: str) -> list[str]:
    """The items of a list written at ``start`` and the marks between them, as re.split with a
    group gives them; 和 and 及 are marks only as words of their own (not in 仁和区)."""
    marks = [t for t in view.tokens if start <= t.start and t.end <= start + len(listed)
             and (t.word == "、" or t.word in ("和", "及") and t.tag == "c")]
    # …nor inside a body's full name that holds one (中央和国家机关工委)
    inside_names = [(start + found.start(), start + found.end()) for name in full_names_holding_a_conjunction()
                    if name in listed for found in re.finditer(re.escape(name), listed)]
    marks = [m for m in marks if m.word == "、" or not any(a <= m.start < b for a, b in inside_names)]
    parts, at = [], start
    for mark in marks:
        parts += [view.slice(at, mark.start), mark.word]
        at = mark.end
    return parts + [view.slice(at, start + len(listed))]


def _one_noun(view: SentenceView, start: int, item: str) -> bool:
    """Whether a list item is one word of two or three characters that jieba took for a noun (烟台/n)."""
    tok = view.tokens[view.token_index(start)]
    return 2 <= len(item) <= 3 and is_han(item) and tok.start == start and tok.word == item and tok.tag in ("n", "nr", "nz", "j") \
        and item not in lexicon().generic_names


def _without_role_and_name(item: str) -> str:
    """A list item without the role and the name of the person who spoke for its unit
    (北江市委书记王明山 → 北江市委, 省教育厅党组书记张伟 → 省教育厅党组)."""
    lex = lexicon()
    for role in longest_first("role_words"):
        at = item.rfind(role)
        name = item[at + len(role):] if at > 0 else ""
        if 2 <= len(name) <= 4 and is_han(name) and (name[0] in lex.surnames or name[:2] in lex.surnames):
            return item[:at]
    return item


def _a_listed_unit(item: str) -> bool:
    """Whether an item of a list of units (国家电网、中国石化等企业) can be one's name: a few
    Chinese characters that are not a kind of units (各地, 有关部门)."""
    return (2 <= len(item) <= 12 and is_han(item) and item not in lexicon().generic_names
            and not item.startswith(_WHO_NOT_WHICH + ("其他", "部分")) and not item.endswith(lexicon().generic_org_heads))


def _names_a_unit(view: SentenceView, start: int, item: str) -> bool:
    """Whether a list item names a unit: a body or division by its ending, or one word that jieba
    knows as a place or an organisation."""
    lex = lexicon()
    if not 2 <= len(item) <= 16 or not is_han(item):
        return False
    if item in lex.generic_names or item.startswith(_WHO_NOT_WHICH + lex.kind_modifiers):
        return False  # 各乡镇, 全市, 部分企业工会: who, not which
    if item.endswith(lex.org_suffixes) or item.endswith(lex.admin_suffixes):
        return not item.endswith(lex.generic_org_heads)
    i = view.token_index(start)
    tok = view.tokens[i] if i < len(view.tokens) else None
    return tok is not None and tok.start == start and tok.end == start + len(item) and tok.tag in ("ns", "nt")


#: a note on a publication's status after its title: (试行), (暂行), (2023年修订)
_KIND_NOTE = re.compile(r"[((][^()()]{1,10}[))]$")
_ABBREVIATION = re.compile(r"[((]以下简称[“\"《]?([^”\"》)]{1,12})[”\"》]?[))]")


#: a programme's or rule's short name, in brackets after its full one: (简称“三比三争”活动)
_SHORT_NAME = re.compile(r"\((?:以下)?简称[“\"「]([^”\"」()]{1,12})[”\"」]([\u4e00-\u9fff]{0,4})\)")


def _short_names_in_brackets(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A programme or rule named in full, then its short name in brackets (比学习、争先进…活动
    (简称“三比三争”活动)): every mention of the short name is the one thing, under its full name."""
    full_of: dict[tuple[EntityClass, str], str] = {}
    for m in _SHORT_NAME.finditer(doc.work):
        named = [x for x in mentions if x.cls in (EntityClass.PROGRAM, EntityClass.MECHANISM)
                 and x.end <= m.start() and m.start() - x.end <= 1]
        if named:
            for short in {m.group(1) + m.group(2), m.group(1)}:
                full_of[(named[-1].cls, short)] = named[-1].label
    if not full_of:
        return mentions
    return [replace(x, label=full, aliases=tuple(sorted({*x.aliases, x.label})))
            if (full := full_of.get((x.cls, x.label))) else x for x in mentions]


def _expand_abbreviations(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """(以下简称《意见》): later mentions of the short form are the full publication. So are
    those of its kind alone (《办法》 after 《…管理办法(试行)》): the last publication named
    before that ends with it."""
    full_of: dict[str, str] = {}
    for m in _ABBREVIATION.finditer(doc.work):
        before = [x for x in mentions if x.cls is EntityClass.PUBLICATION and x.end <= m.start()
                  and m.start() - x.end <= 2]
        if before:
            full_of[m.group(1)] = before[-1].label
    publications = sorted((x for x in mentions if x.cls is EntityClass.PUBLICATION), key=lambda x: x.start)
    out = []
    for x in mentions:
        if x.cls is EntityClass.PUBLICATION and x.label in full_of:
            x = Mention(x.cls, full_of[x.label], x.start, x.end, x.sentence, (x.label,))
        elif x.cls is EntityClass.PUBLICATION and len(x.label) <= 4:
            earlier = [p.label for p in publications if p.end <= x.start and p.label != x.label
                       and _KIND_NOTE.sub("", p.label).endswith(x.label)]
            if earlier:
                x = Mention(x.cls, earlier[-1], x.start, x.end, x.sentence, (x.label,))
        out.append(x)
    return out

