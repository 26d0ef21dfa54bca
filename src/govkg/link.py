"""Stage 4: link mentions into entities, within a document and across documents.

The same class and normalised label is one entity: each document's entities are made here,
and merging them across documents is the union of their triples (graph.merge_ntriples). Within a document, a unit written
relative to its province (省委办公厅) and the same unit written in full (广东省委办公厅)
are one entity under the full name; in a report on several units, a name written relative to the
unit a section or paragraph is about (市委组织部 under 遵义市:…) is that unit's body (遵义市委组织部,
shown as written), not one node for every city's. Traditional-script surface forms become aliases.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .extract.names import (DIVISION_OPENS, NUMERAL_START, RELATIVE_PREFIXES, head_of_its_own, is_admin_word, is_one_character_county,
                            speaker_label, split_admin_chain, unit_label)
from .extract.view import is_han, strip_quotes
from .lexicon import lexicon
from .model import Entity, EntityClass, Extraction, Mention, Predicate, Relation


#: how a company's name ends: its kind, written short or in full (公司, 有限公司, 集团)
_COMPANY_KINDS = ("公司", "集团")


def _unit_renames(extraction: Extraction) -> dict[str, str]:
    """Relative names of units that the document also writes in full (省委办公厅 → 广东省委办公厅);
    else, for a provincial body, the province when the document names just one (省公安厅 →
    山东省公安厅), so that the body is one node with the same body named in full elsewhere. A body
    written under its parent takes its own name (中国石化胜利油田 → 胜利油田), and a bare kind
    that can only mean one body named in the document becomes that body (油田 → 胜利油田), a
    company written short is the one written in full (茅台公司 → 贵州茅台酒股份有限公司), and
    a company written without its kind is the one written with it (国家电网 → 国家电网公司), and
    a division, or a division's body, written without its level is the one written with it (南海 →
    南海区, 厦门总工会 → 厦门市总工会)."""
    labels = {m.label for m in extraction.mentions if m.cls is EntityClass.ORGANIZATION}
    labels |= {r.subject[1] for r in extraction.relations if r.subject[0] is EntityClass.ORGANIZATION}
    labels |= {m.owner for m in extraction.metrics if m.owner}
    province = document_province(extraction)
    renames = {}
    for short in labels:
        if not short.startswith(RELATIVE_PREFIXES) or len(short) < 3:
            continue
        longer = sorted(l for l in labels if l != short and l.endswith(short) and len(l) - len(short) <= 8)
        if len(longer) == 1:
            renames[short] = longer[0]
        elif not longer and province and short.startswith("省") and not short.startswith("省份"):
            renames[short] = province + short[1:]
    # a division written without its level and with it (南海, 南海区): the name with it, when
    # the document names one such (省, 市 and 县 are dropped from labels already)
    # (not when the document writes the short name with another level: 克拉玛依市 and 克拉玛依区 are two)
    levels = lexicon().admin_suffixes
    doc = extraction.document
    written_levels: dict[str, set[str]] = {}
    for m in extraction.mentions:
        if m.cls is EntityClass.ORGANIZATION:
            for form in (*m.aliases, doc.work[m.start:m.end]):
                if form.startswith(m.label) and form[len(m.label):] in levels:
                    written_levels.setdefault(m.label, set()).add(form[len(m.label):])
    for short in labels:
        if short in renames or len(short) < 2 or short.endswith(levels):
            continue
        fuller = [l for l in labels if l.startswith(short) and l[len(short):] in levels]
        if len(fuller) == 1 and not written_levels.get(short, set()) - {fuller[0][len(short):]}:
            renames[short] = fuller[0]
    # a place's body written without the place's level and with it (厦门总工会, 厦门市总工会):
    # the name with it, when the document names one such
    for short in labels:
        if short in renames or len(short) < 4:
            continue
        fuller = [l for l in labels if len(l) > len(short) and any(
            l == short[:k] + level + short[k:] for k in range(2, min(5, len(short) - 1)) for level in levels
            if len(l) == len(short) + len(level))]
        if len(fuller) == 1:
            renames[short] = fuller[0]
    # the working committee of the bodies directly under a level written without 机关 (省直工委) and with
    # it (省直机关工委): one, the name in full
    for short in labels:
        if short not in renames and "直工委" in short and (full := short.replace("直工委", "直机关工委", 1)) in labels:
            renames[short] = full
    # a body written under its parent and alone (中国石化胜利油田, 胜利油田): its own name
    group_heads = lexicon().group_heads
    for name in labels:
        # not when what comes before is whom the body serves (宜宾干部|网络学院), not its parent
        # nor the state's level, a ministry's or an administration's own (国家|税务总局), nor the
        # place whose body it is (临江市|青年事务委员会; 广西壮族自治区|南宁市委党校 is the region
        # over a body named with its own place)
        own = [l for l in labels if len(l) >= 4 and not l.startswith(RELATIVE_PREFIXES) and name.endswith(l)
               and 2 <= len(name) - len(l) <= 8 and not name[:-len(l)].endswith(group_heads) and name[:-len(l)] != "国家"
               and not _a_place_and_its_body(name, l)]
        if own and name not in renames:
            renames[name] = max(own, key=len)
    # a place's body written with the place and without (临江市青年事务委员会, 青年事务委员会): the
    # name with it, when the document names one such
    for short in labels:
        fuller = [name for name in labels if name != short and name.endswith(short) and _a_place_and_its_body(name, short)]
        if short not in renames and len(short) >= 4 and len(fuller) == 1:
            renames[short] = fuller[0]
    # a company written short and in full (茅台公司 and 贵州茅台酒股份有限公司, 贵州高速集团 and
    # 贵州高速公路集团有限公司): the full name, when the document writes just one that holds the
    # short name's words and then its kind
    for short in labels:
        kind = next((k for k in _COMPANY_KINDS if short.endswith(k)), None)
        if short in renames or kind is None or len(short) - len(kind) < 2:
            continue
        stem = short[:-len(kind)]
        fuller = [l for l in labels if l != short and l.endswith(_COMPANY_KINDS) and stem in l
                  and kind in l[l.index(stem) + len(stem):]]
        if len(fuller) == 1:
            renames[short] = fuller[0]
    # a company written without its kind and with it (国家电网, 国家电网公司): the name with it
    for short in labels:
        if short in renames or len(short) < 4 or short.endswith(_COMPANY_KINDS):
            continue
        fuller = [short + kind for kind in _COMPANY_KINDS if short + kind in labels]
        if len(fuller) == 1:
            renames[short] = fuller[0]
    # a department written short and in full (省人社厅, 省人力资源和社会保障厅): the name in full
    in_full = lexicon().department_short_names
    for short in labels:
        ending = next((e for e in in_full if short.endswith(e)), None)
        if short not in renames and ending is not None and (full := short[:-len(ending)] + in_full[ending]) in labels:
            renames[short] = full
    # a commission written short (长江委, 政法委): the one commission the document names in full
    # that opens with the short name's words (长江水利委员会, 政法委员会)
    for short in labels:
        if short in renames or not short.endswith("委") or not 3 <= len(short) <= 5 \
                or short.startswith(RELATIVE_PREFIXES):
            continue
        fuller = [l for l in labels if l.endswith("委员会") and l.startswith(short[:-1]) and len(l) > len(short) + 1]
        if len(fuller) == 1:
            renames[short] = fuller[0]
    # a body of the one body of its kind the document names, written under the kind's word
    # (学校党委组织部 in a report on 西北工业大学): that body's
    kinds = lexicon().body_kinds
    for short in labels:
        kind = next((k for k in kinds if short.startswith(k) and len(short) > len(k) + 1), None)
        if short in renames or kind is None or not short.endswith(lexicon().org_suffixes):
            continue
        bodies = {renames.get(l, l) for l in labels
                  if l.endswith(kinds[kind]) and not l.startswith(kind) and len(l) > len(kind)}
        if len(bodies) == 1:
            renames[short] = bodies.pop() + short[len(kind):]
    # a bare kind referring back to the one body of that kind the document names (油田 → 胜利油田,
    # 网络学院 → 宜宾干部网络学院)
    for short in labels:
        if short in renames or not 2 <= len(short) <= 4 or short.startswith(RELATIVE_PREFIXES):
            continue
        targets = {renames.get(l, l) for l in labels if l != short and l.endswith(short)}
        if len(targets) == 1:
            renames[short] = targets.pop()
    return renames


def document_province(extraction: Extraction) -> str | None:
    """The province a document is about, when it names exactly one: a word jieba knows as a
    place ending in 省 (山东省), or such a name opening a unit's name (山东省委党校)."""
    found = set()
    for sentence in extraction.document.sentences:
        for tok in sentence.tokens:
            if tok.tag == "ns" and 3 <= len(tok.word) <= 4 and tok.word.endswith("省"):
                found.add(tok.word)
    for m in extraction.mentions:
        if m.cls in (EntityClass.ORGANIZATION, EntityClass.PLACE):
            head = next((m.label[:n] for n in (3, 4) if len(m.label) >= n and m.label[n - 1] == "省"), None)
            if head and head[0] not in "全本我该各外分":  # 全省…: the scope, not a province
                found.add(head)
    return next(iter(found)) if len(found) == 1 else None


#: one-character levels a unit's name may open with, written relative to the unit reporting
#: (市委组织部 in a city's section is that city's)
_RELATIVE_LEVELS = ("省", "市", "州", "县", "区", "旗", "镇", "乡")


def _context(doc, sentence: int) -> tuple[str, int] | None:
    """Where a relative name is read: its sentence's section, else its paragraph."""
    if sentence < 0:
        return None
    s = doc.sentences[sentence]
    return ("section", s.section) if s.section is not None else ("paragraph", s.paragraph)


def _relative_renames(extraction: Extraction) -> dict[tuple[str, int], dict[str, str]]:
    """Units written relative to the unit a passage is about, in full: (sentence, section or
    paragraph) → {label: full name}. 市委组织部 in the section of 遵义市 is 遵义市委组织部; 区委组织部 in a
    paragraph that opened with 眉山市东坡区 is 东坡区委组织部 — in a report on several units, the
    same relative name in two places is two bodies. Only where the level opens the name as a
    word of its own (市|财政局, 市委…; not 市场监管局) and the passage is about a place of that
    level (see _place_before)."""
    doc = extraction.document
    orgs = sorted((m for m in extraction.mentions if m.cls is EntityClass.ORGANIZATION), key=lambda m: m.start)
    out: dict[tuple[str, int], dict[str, str]] = {}
    written = {f for m in orgs for f in _written_forms(doc, m)}
    for m in orgs:
        if len(m.label) < 3 or m.label[0] not in _RELATIVE_LEVELS or (where := _context(doc, m.sentence)) is None \
                or m.label in out.get(("sentence", m.sentence), {}):
            continue
        level = m.label[0]
        if not _level_opens(doc, m, level):
            continue
        if place := _place_before(extraction, orgs, m, where):
            # 市府, 县府: the government, written short as Taiwan's press writes it (市府人事处)
            rest = "政府" + m.label[2:] if m.label[1] == "府" else m.label[1:]
            full = unit_label(place + rest)[0]
            if (whole := place + m.label) in written:
                full = unit_label(whole)[0]  # 滨海新区|区委宣传部: the level written again, as the text has it
            # its sentence's, and its passage's when the passage names it so first
            out.setdefault(("sentence", m.sentence), {})[m.label] = full
            out.setdefault(where, {}).setdefault(m.label, full)
    return out


def _a_place_and_its_body(name: str, body: str) -> bool:
    """Whether ``name`` is a place's name and ``body``, a body that names no place of its own
    (临江市|青年事务委员会; not 广西壮族自治区|南宁市委党校)."""
    return is_admin_word(name[:-len(body)]) and not DIVISION_OPENS.match(body)


def _level_opens(doc, m: Mention, level: str, words: tuple[str, ...] = ("委", "政府", "府", "直")) -> bool:
    """Whether the word ``m`` opens with is its level alone (市|财政局) or the level and one of
    ``words`` (市委…, 区政府, 市直机关工委)."""
    first = next((t for t in doc.sentences[m.sentence].tokens if t.start <= m.start < t.end), None)
    return first is not None and (first.word == level or first.word.startswith(tuple(level + w for w in words))
                                  or first.start < m.start and first.end == m.start + 1)  # 会同县/n|民政局: the level ends a word


#: what stands between the items of a list of units
_LISTING = ("、", "和", "及", "与", "以及")


def _written_forms(doc, u: Mention) -> tuple[str, ...]:
    return (u.label, *u.aliases, doc.work[u.start:u.end])


def _place_before(extraction: Extraction, orgs: list[Mention], m: Mention, where: tuple[str, int]) -> str | None:
    """The place at the level a relative name ``m`` opens with (市委组织部: a 市) that its passage
    is about: the section's speaker; else the last unit named before it in its paragraph, or the
    place the clause before it names (在南昌,市委组织部…); else the unit the report is about, when
    the document names no other place of that level."""
    doc, level = extraction.document, m.label[0]
    if where[0] == "section":
        section = doc.sections[where[1]]
        if section.speaker_start <= m.start < section.speaker_end:
            return None
        label, aliases = speaker_label(section.speaker)
        if place := _place_of_level((section.speaker, label, *aliases), level):
            return place
        lex = lexicon()
        # a place the header names without its level (厦门:…): of the level the name is relative to
        if 2 <= len(section.speaker) <= 4 and is_han(section.speaker) and section.speaker == label \
                and not section.speaker.endswith(lex.admin_suffixes + lex.org_suffixes) and level in "市县区" \
                and section.speaker[0] not in _RELATIVE_LEVELS:  # 市工商联: a body of the level, no place
            return section.speaker + level
        return None
    here = [u for u in orgs if _context(doc, u.sentence) == where]
    if _one_of_parallel_subjects(doc, here, m):
        return None
    peers = _listed_with(doc, here, m.label)
    before = [u for u in here if u.start < m.start and u.label[0] not in _RELATIVE_LEVELS and u.label not in peers]
    if place := next((p for u in reversed(before) if (p := _place_of_level(_written_forms(doc, u), level))), None):
        return place
    if before and doc.work[before[-1].end:m.start] in (",", ",", ":", ":") and is_han(before[-1].label) \
            and not any(f.endswith(lexicon().admin_suffixes) for f in _written_forms(doc, before[-1])):
        return before[-1].label + level  # a place written without its level
    if extraction.focus:
        places = {p for u in orgs if u.label[0] not in _RELATIVE_LEVELS
                  and (p := _place_of_level(_written_forms(doc, u), level))}
        forms = [f for u in orgs if u.label == extraction.focus for f in _written_forms(doc, u)]
        if not forms and (titled := _place_of_level([doc.meta.title or ""], level)) \
                and unit_label(titled)[0] == extraction.focus:
            forms = [titled]  # the unit only its title names, written with its level (临江市…办法)
        place = _place_of_level(forms, level)
        if place is None and len(places) == 1 and unit_label(next(iter(places)))[0] == extraction.focus:
            place = next(iter(places))  # 湖北宜昌 in the title, 宜昌市委组织部 in the text: 宜昌 is a 市
        return place if places | {place} == {place} else None
    return None


def _one_of_parallel_subjects(doc, units: list[Mention], m: Mention) -> bool:
    """Whether ``m`` is the subject of an item in a list of clauses whose items before it have
    two units or more as their subjects (尧都区介绍了…;侯马市介绍了…;市教育局党委介绍了…): a peer of
    theirs, not a body of one of them."""
    sentence = doc.sentences[m.sentence]

    def opens_an_item(u: Mention) -> bool:
        lead = doc.work[sentence.start:u.start]
        return u.start - sentence.start <= 4 or lead.rstrip().endswith(";")

    if not opens_an_item(m) or m.start == sentence.start:
        return False
    subjects = {u.label for u in units if u.sentence == m.sentence and u.start < m.start and opens_an_item(u)}
    return len(subjects) >= 2


def _listed_with(doc, units: list[Mention], label: str) -> set[str]:
    """The units a passage lists with a unit of this label (侯马市、翼城县、市教育局党委作了发言):
    its peers, not the places it belongs to."""
    peers: set[str] = set()
    for k, u in enumerate(units):
        if u.label != label:
            continue
        for step in (-1, 1):
            j = k
            while 0 <= j + step < len(units):
                a, b = units[min(j, j + step)], units[max(j, j + step)]  # units are in the text's order
                if a.sentence != b.sentence or doc.work[a.end:b.start] not in _LISTING:
                    break
                j += step
                peers.add(units[j].label)
    return peers


def _place_of_level(forms, level: str) -> str | None:
    """The place of ``level`` that a unit written in these ``forms`` is or belongs to, its
    lowest such division (铁岭市昌图县委 → 昌图县 for 县, 铁岭市 for 市), if any."""
    # a county of one character and its level (寿县) is one too, when it is the whole form
    found = sorted({form[:i + 1] for form in forms for i, ch in enumerate(form)
                    if ch == level and (i >= 2 and (is_admin_word(form[:i + 1]) or i + 1 == len(form))
                                        or i == 1 and is_one_character_county(form))},
                   key=lambda p: (len(p), p))
    if not found:
        return None
    last = split_admin_chain(found[0])[-1]
    return last if last.endswith(level) and len(last) >= 2 else found[0]


def _surface_alias(extraction: Extraction, m: Mention) -> str | None:
    if m.refers:
        return None  # 该区: a word that refers back, not another name
    surface = strip_quotes(extraction.document.surface(m.start, m.end))
    return surface if surface and surface != m.label else None


_NAMED_THINGS = (EntityClass.PROGRAM, EntityClass.MECHANISM)


#: heads a way of working takes when it is named as a rule
_RULE_HEADS = ("机制", "制度", "体系", "模式")


def _short_names(extraction: Extraction) -> dict[str, tuple[EntityClass, str]]:
    """Programmes and mechanisms written short elsewhere in the document: “三讲三评” alone
    is the 三讲三评主题党日活动 that the document names in full."""
    full: dict[str, set] = {}
    for m in extraction.mentions:
        if m.cls in _NAMED_THINGS:
            for alias in m.aliases:
                if alias != m.label and len(alias) >= 2:
                    full.setdefault(alias, set()).add((m.cls, m.label))
    labels = {(m.cls, m.label) for m in extraction.mentions if m.cls in _NAMED_THINGS}
    shorts = {alias: next(iter(names)) for alias, names in full.items()
              if len(names) == 1 and any(cls in _NAMED_THINGS and label == alias for cls, label in labels)}
    # not a thing of its own kind that opens the name of another kind of thing about it (“夜校”, a
    # programme, and “夜校”学员考勤制度, a rule of the night school's)
    shorts = {alias: (cls, label) for alias, (cls, label) in shorts.items()
              if not ((EntityClass.PROGRAM if cls is EntityClass.MECHANISM else EntityClass.MECHANISM, alias) in labels
                      and (cls, alias) not in labels and not label.endswith(alias) and head_of_its_own(alias))}
    # the same name with and without 工作 before its head (“五个一”机制, “五个一”工作机制): one, the
    # longer name its label
    by_bare: dict[tuple, list[str]] = {}
    for cls, label in labels:
        by_bare.setdefault((cls, label.replace("工作", "")), []).append(label)
    for (cls, _), names in by_bare.items():
        if len(names) == 2 and abs(len(names[0]) - len(names[1])) == 2:
            short, long = sorted(names, key=len)
            shorts.setdefault(short, (cls, long))
    # a rule named with 制 in one place and 制度 in another (驻村第一书记轮换制 in the headline,
    # …轮换制度 in the text): one, the longer name its label
    for cls, label in labels:
        if cls is EntityClass.MECHANISM and label.endswith("制") and (cls, label + "度") in labels:
            shorts.setdefault(label, (cls, label + "度"))
    # a way of working named alone and with the head of the rule it is (“网格+警格”联动 in the
    # headline, “网格+警格”联动机制 in the text): one, the longer name its label
    for cls, label in labels:
        if cls is EntityClass.MECHANISM:
            for head in _RULE_HEADS:
                if (cls, label + head) in labels:
                    shorts.setdefault(label, (cls, label + head))
            # a numbered pattern named alone (“三级联动” in the headline) and with what it is for
            # and its head in the text (三级联动培训机制): one, when the text names one such
            if NUMERAL_START.match(label):
                longer = [other for c, other in labels if c is cls and other.startswith(label)
                          and 0 < len(other) - len(label) <= 6 and other.endswith(_RULE_HEADS)]
                if len(longer) == 1:
                    shorts.setdefault(label, (cls, longer[0]))
    # a quoted name with words before its head in one place and more in another (“党建+信用”治理模式
    # in the headline, “党建+信用”基层治理模式 in the text): one, the longer name its label
    quoted: dict[tuple, set[str]] = {}
    for m in extraction.mentions:
        if m.cls in _NAMED_THINGS:
            quoted.setdefault((m.cls, m.label), set()).update(a for a in m.aliases if len(a) >= 2 and m.label.startswith(a))
    for (cls, short), cores in quoted.items():
        for (other_cls, long), other_cores in quoted.items():
            if other_cls is cls and len(long) > len(short) and any(
                    core in other_cores and len(short) - len(core) >= 2 and long.endswith(short[len(core):])
                    and long.startswith(core) for core in cores):
                shorts.setdefault(short, (cls, long))
    # a name cut to its last words after the document gave it in full (推行“村级事务积分制”…;
    # 沙县区在推行积分制的同时…): the one thing of that class whose name ends so, named before
    first_at = {}
    for m in extraction.mentions:
        if m.cls in _NAMED_THINGS:
            first_at[(m.cls, m.label)] = min(first_at.get((m.cls, m.label), m.start), m.start)
    # …or in a headline over the text that gives it in full (青岛:建立导师制度 / 青岛市建立年轻干部导师制度)
    doc, headlined, elsewhere = extraction.document, set(), set()
    title = doc.title_sentence()
    for m in extraction.mentions:
        if m.cls in _NAMED_THINGS:
            in_a_headline = m.sentence == title or any(s.headline_start <= m.start < s.headline_end for s in doc.sections)
            (headlined if in_a_headline else elsewhere).add((m.cls, m.label))
    only_headlined = headlined - elsewhere
    for (cls, short), at in first_at.items():
        # (a name of a rule applied, 干部教育培训积分制管理, ends so through the rule's, the core it
        # opens with)
        # (management by a system, written short, 积分制管理, is the system named in full: 党员积分制)
        ruled = short[:-2] if short.endswith("制管理") else short
        longer = [label for c, label in labels if c is cls and len(label) >= len(ruled) + 2
                  and any(e.endswith(ruled) and len(e) >= len(ruled) + 2 for e in {label, *quoted[(c, label)]})]
        # (a name of any length a headline alone gives: 「持续进修」计划 over 「公务员持续进修」计划)
        if (3 <= len(ruled) <= 4 or (cls, short) in only_headlined) and len(longer) == 1 \
                and (first_at[(cls, longer[0])] < at or (cls, short) in only_headlined):
            shorts.setdefault(short, (cls, longer[0]))
    # a family of patterns named by its open end (“支部+”模式 in the headline) and the one the text
    # names (“支部+合作社+农户”模式): one, when the text names one of that family with that head
    for (cls, short), cores in quoted.items():
        family = [long for (other_cls, long), other_cores in quoted.items() if other_cls is cls and long != short
                  and any(c.endswith("+") and o.startswith(c) and len(o) > len(c) and short[len(c):] == long[len(o):]
                          for c in cores for o in other_cores)]
        if len(family) == 1:
            shorts.setdefault(short, (cls, family[0]))
    # one name read as a programme in a headline (打造“红色物业”) and as a mechanism in the text
    # (推行“红色物业”): one thing, of the class the text gives it
    shorts.update(_one_class_per_name(extraction, labels))
    # the name with and without the unit's place before it (周末大讲堂 in the headline, 邢台周末大讲堂
    # in the text): one, the longer name its label
    units = {name for m in extraction.mentions if m.cls is EntityClass.ORGANIZATION for name in (m.label, *m.aliases)}
    levels = lexicon().admin_suffixes

    def a_units_place(place: str) -> bool:  # 邢台, of 邢台市委组织部
        return len(place) >= 2 and any(n.startswith(place) and (n == place or n[len(place):].startswith(levels)) for n in units)

    for cls, label in labels:
        for cut in range(2, len(label) - 2):
            if (cls, label[cut:]) in labels and a_units_place(label[:cut]):
                shorts.setdefault(label[cut:], (cls, label))
    return shorts


def _one_class_per_name(extraction: Extraction, labels: set) -> dict[str, tuple[EntityClass, str]]:
    """For each name found both as a Program and as a Mechanism: the class its mentions outside
    the headlines give it, when they agree (else the class most of its mentions give it)."""
    headings = extraction.document.heading_sentences()
    out = {}
    for cls, label in labels:
        if cls is not EntityClass.PROGRAM or (EntityClass.MECHANISM, label) not in labels:
            continue
        found = [m for m in extraction.mentions if m.label == label and m.cls in _NAMED_THINGS]
        in_text = {m.cls for m in found if m.sentence not in headings}
        if len(in_text) == 1:
            out[label] = (in_text.pop(), label)
        else:
            counts = Counter(m.cls for m in found)
            if counts[EntityClass.PROGRAM] != counts[EntityClass.MECHANISM]:
                out[label] = (counts.most_common(1)[0][0], label)
    return out


def _place_label(written: str, extraction: Extraction) -> str:
    """The label of a place where a meeting was held: its short form (威海市 → 威海), or, when
    the document also writes it with a level that is kept in labels (临川 in the headline,
    临川区 in the text), that name."""
    suffixes = lexicon().admin_suffixes
    names = {e.location for e in extraction.events if e.location} | {
        name for m in extraction.mentions if m.cls in (EntityClass.ORGANIZATION, EntityClass.PLACE)
        for name in (m.label, *m.aliases)}
    fuller = {unit_label(n)[0] for n in names if n.startswith(written) and n[len(written):] in suffixes}
    return fuller.pop() if len(fuller) == 1 else unit_label(written)[0]


def link_document(extraction: Extraction) -> Extraction:
    """Apply within-document merges to one extraction (mentions, relations, metrics)."""
    renames = _unit_renames(extraction)
    in_context = _relative_renames(extraction)
    shorts = _short_names(extraction)
    doc = extraction.document

    def org(label: str | None, sentence: int = -1) -> str | None:
        if not label:
            return label
        for name in (label, renames.get(label)):  # (人事处 → 县府人事处, which its passage completes)
            for where in (("sentence", sentence), _context(doc, sentence)):
                if name and (full := in_context.get(where, {}).get(name)) is not None:
                    return renames.get(full, full)  # (省直工委 → 河北省直工委, the 河北省直机关工委 the text names)
        return renames.get(label, label)

    def named(key: tuple[EntityClass, str]) -> tuple[EntityClass, str]:
        return shorts.get(key[1], key) if key[0] in _NAMED_THINGS else key

    mentions = []
    for m in extraction.mentions:
        if m.cls is EntityClass.ORGANIZATION and (full := org(m.label, m.sentence)) != m.label:
            # a relative name completed from its passage (not a rename to a name the document
            # writes in full) keeps the name as written to show
            written = m.label if full != renames.get(m.label, m.label) else None
            m = replace(m, label=full, aliases=tuple(sorted(set(m.aliases) | {m.label})), written=written)
        elif m.cls in _NAMED_THINGS and m.label in shorts:
            cls, label = shorts[m.label]
            m = replace(m, cls=cls, label=label, aliases=tuple(sorted(set(m.aliases) | {m.label})))
        mentions.append(m)
    relations, seen = [], set()
    for r in extraction.relations:
        s = (r.subject[0], org(r.subject[1], r.sentence)) if r.subject[0] is EntityClass.ORGANIZATION \
            else named(r.subject)
        key = (s, r.predicate, named(r.object))
        if r.predicate in (Predicate.RUNS, Predicate.ESTABLISHES):
            # the relation follows its object's class: a short name may have changed it
            predicate = Predicate.RUNS if key[2][0] is EntityClass.PROGRAM else Predicate.ESTABLISHES
            key = (s, predicate, key[2])
        if key not in seen:
            seen.add(key)
            relations.append(Relation(key[0], key[1], key[2], r.sentence))
    relations = _without_the_titles_place_where_its_body_acts(relations, doc, org(extraction.focus))
    metrics = [replace(x, owner=org(x.owner, x.sentence)) for x in extraction.metrics]
    events = [replace(e, location=_place_label(e.location, extraction) if e.location else None)
              for e in extraction.events]
    speakers = [replace(m, label=org(m.label)) for m in extraction.speakers]
    return replace(extraction, mentions=mentions, relations=relations, metrics=metrics, events=events,
                   speakers=speakers)


def _without_the_titles_place_where_its_body_acts(relations: list[Relation], doc, focus: str | None) -> list[Relation]:
    """What a headline credits to a place (安徽:“三个一批”推动…) is its body's where the text says
    that body did it (安徽省委组织部…实施“三个一批”计划): one owner, the body the text names; and
    the unit the report is about, inside the place the headline opens with, where the text says it
    did it (湖北宜昌:“干部夜校”… / 这是伍家岗区开办的“干部夜校”)."""
    if (title := doc.title_sentence()) is None:
        return relations
    by_body = {(r.predicate, r.object): r.subject[1] for r in relations if r.sentence != title
               and r.predicate in (Predicate.RUNS, Predicate.ESTABLISHES)}
    headed = ":" in (doc.meta.title or "")
    return [r for r in relations if not (
        r.sentence == title and (body := by_body.get((r.predicate, r.object))) is not None
        and body != r.subject[1] and (body.startswith(r.subject[1]) or headed and body == focus))]


def document_entities(x: Extraction) -> list[Entity]:
    """The entities of one linked document, keyed by (class, label) and each with its mentions
    in this document: merging them across documents is the union of what each says."""
    sha = x.document.raw.sha256
    entities: dict[tuple[EntityClass, str], Entity] = {}
    event_dates = {(e.start, e.end): e.date.isoformat() for e in x.events if e.date}
    for m in x.mentions:
        qualifier = event_dates.get((m.start, m.end)) if m.cls is EntityClass.EVENT else None
        key = (m.cls, f"{m.label}@{qualifier}" if qualifier else m.label)
        entity = entities.setdefault(key, Entity(m.cls, m.label, qualifier=qualifier))
        if any((o.start, o.end) == (m.start, m.end) for _, o in entity.mentions):
            continue
        # shown as written only while every mention writes it so
        entity.written = m.written if not entity.mentions or entity.written else None
        entity.mentions.append((sha, m))
        entity.aliases.update(a for a in m.aliases if a != m.label)
        if alias := _surface_alias(x, m):
            entity.aliases.add(alias)
        if m.since and (entity.since is None or m.since < entity.since):
            entity.since = m.since
    for e in x.events:
        if e.location:
            place = entities.setdefault((EntityClass.PLACE, e.location), Entity(EntityClass.PLACE, e.location))
            # where it was held stands after the meeting's name (…交流会在威海召开) or before it
            # (…在福州召开全省…座谈会)
            sentence = x.document.sentences[e.sentence]
            at = x.document.work.find(e.location, e.end, sentence.end)
            if at < 0:
                at = x.document.work.rfind(e.location, sentence.start, e.start)
            if at >= 0 and not place.mentions:
                place.mentions.append((sha, Mention(EntityClass.PLACE, e.location, at, at + len(e.location), e.sentence)))
    # every relation's ends are entities
    for r in x.relations:
        for cls, label in (r.subject, r.object):
            entities.setdefault((cls, label), Entity(cls, label))
    for metric in x.metrics:
        if metric.owner:
            entities.setdefault((EntityClass.ORGANIZATION, metric.owner), Entity(EntityClass.ORGANIZATION, metric.owner))
        if metric.group:
            entities.setdefault((EntityClass.GROUP, metric.group), Entity(EntityClass.GROUP, metric.group))
    for entity in entities.values():
        entity.aliases.discard(entity.label)
        if entity.written:
            entity.aliases.discard(entity.written)
            entity.aliases.add(entity.label)
        elif entity.cls is EntityClass.ORGANIZATION and _relative_to_no_place(x.document, entity):
            entity.qualifier = sha[:12]  # a body of a place this document does not name: its own
    return [entities[k] for k in sorted(entities, key=lambda k: (k[0].value, k[1]))]


def _relative_to_no_place(doc, entity: Entity) -> bool:
    """Whether a unit is written only relative to a place (市委组织部, 省公安厅, 县委) that
    linking found nowhere in its document: the level opens its name as a word of its own (市|财政局,
    市委…, 市政府, 省直…)."""
    label = entity.label
    if len(label) < 2 or label[0] not in _RELATIVE_LEVELS or not entity.mentions:
        return False
    return all(doc.work[m.start:m.end].startswith(label[0]) and _level_opens(doc, m, label[0])
               for _, m in entity.mentions)
