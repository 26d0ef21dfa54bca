"""Rules for the meeting an article reports: its name, date and place."""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..lexicon import lexicon
from ..model import Event
from .names import innermost_place
from .view import SentenceView, strip_quotes

_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
# days named relative to the report's date
_DAYS_BACK = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "前日": -2}
_RELATIVE_DAY = re.compile("|".join(_DAYS_BACK))


def resolve_date(year: str | None, month: str, day: str, issued: dt.date | None) -> dt.date | None:
    """A date written without its year takes the document's year (8月15日 in 2011 → 2011-08-15),
    or the year before when that would put it months after the report (12月28日 in a report of
    2021-01-05 → 2020-12-28)."""
    y = int(year) if year else (issued.year if issued else None)
    if y is None:
        return None
    try:
        date = dt.date(y, int(month), int(day))
        if not year and (date - issued).days > 60:
            date = dt.date(y - 1, int(month), int(day))
        return date
    except ValueError:
        return None


#: a day of the month written alone (27日), in the report's month or the one before
_DAY = re.compile(r"(?<![\d月])(\d{1,2})日")
#: a day of the report's month or the month before, named so (本月8日, 上月28日)
_MONTH_NAMED_RELATIVE = re.compile(r"([本上])月(\d{1,2})日")
#: a day named relative to the report with its day of the month in brackets (昨(12)日, 今(8)日)
_BRACKETED_DAY = re.compile(r"[昨今前]\((\d{1,2})\)日")


def _day_before(day: int, issued: dt.date) -> dt.date | None:
    """The latest date on or before ``issued`` that falls on that day of a month."""
    year, month = issued.year, issued.month
    for _ in range(2):
        if day <= issued.day or (year, month) != (issued.year, issued.month):
            try:
                return dt.date(year, month, day)
            except ValueError:
                pass
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


@cache
def _held_pattern() -> re.Pattern:
    lex = lexicon()
    # 部署会议 as well as 部署会: a head written with 会议 for 会
    return re.compile(rf"((?:{lex.alternation('event_heads')})议?)(?P<rest>[^,;。]{{0,24}}?)(?:{lex.alternation('event_verbs')})")


@cache
def _joint_pattern() -> re.Pattern:
    """暨 and a second meeting's name, held as one with the first: …工作会议暨经验交流会."""
    return re.compile(rf"暨[^,;。]{{1,20}}?(?:{lexicon().alternation('event_heads')})")


@cache
def _manner_words() -> re.Pattern:
    """How a meeting was held, between where and the verb (在市会议中心|隆重|开幕)."""
    return re.compile(rf"(?:{lexicon().alternation('event_manners')})$")


@cache
def _convened_pattern(to_the_last_head: bool = False) -> re.Pattern:
    """The verb before the meeting it names (…在福州召开全省干部教育培训工作座谈会): up to the
    first head, or ``to_the_last_head`` in the clause, for a meeting whose name holds another
    (…召开全省组织系统学习贯彻全会精神座谈会)."""
    lex = lexicon()
    verbs = "|".join(v for v in lex.event_verbs if v not in ("开幕", "闭幕"))  # 开幕 follows its meeting
    lazy = "" if to_the_last_head else "?"
    # (党的 may stand inside: …学习贯彻党的二十大精神座谈会)
    return re.compile(rf"(?:{verbs})了?(?P<name>(?:党的|[^,;。!?:的]){{2,36}}{lazy}(?:{lex.alternation('event_heads')})议?)")


#: a meeting counted (一次…会议, 两期…培训班): one of a kind held as a rule (a count in quotes
#: names a pattern: “三个一”活动推进会)
_COUNTED_MEETING = re.compile(r"[一二两三四五六七八九十\d]+[次期场届批个]")
#: what makes holding meetings a habit or a plan (每季度召开, 定期举办, 将举办)
_HABITUAL = re.compile(r"每[^,;。]{0,3}(?:年|季度|月|周|半年|学期)|定期|经常|常态化|将|计划|拟|要")
#: words that date a report's meeting without a date (近日, 日前, 昨天 …; 于 a date, not 关于)
_REPORTED_WHEN = re.compile(r"近日|日前|近期|昨天|昨日|今天|今日|前天|上午|下午|晚上|[上中下]旬|月底|月初|(?<![关对由属基至等])于|(?<![\d月])\d{1,2}日")


#: where a meeting was held, right before the verb: …在福州召开, 在京召开, 于杭州举行
_HELD_AT = re.compile(r"(?:在|(?<![关对由属基至等])于)([\u4e00-\u9fff]{1,8}?)$")


def _held_at(before: str) -> str | None:
    """Where the text right before the verb says a meeting was held: a place's name, or a city
    written with one character (在京: 北京)."""
    if not (m := _HELD_AT.search(before)):
        return None
    place = m.group(1)
    return lexicon().city_abbreviations.get(place) if len(place) == 1 else place


def _lowest_place(view: SentenceView, place: str | None) -> str | None:
    """Where a meeting was held, the lowest of places written together without their levels
    (在江苏|南京召开: 南京), as jieba cut them; other places as written."""
    if not place or (at := view.text.find(place)) < 0:
        return place
    start = view.start + at
    words = [t for t in view.tokens if start <= t.start and t.end <= start + len(place)]
    if len(words) >= 2 and "".join(t.word for t in words) == place and all(t.tag == "ns" for t in words):
        return innermost_place(place, [t.word for t in words])
    return place


#: the scope a meeting's name opens with, and only Chinese characters after it up to its head
_SCOPE_BEFORE = re.compile(r"(?:全国|全省|全市|全区|全县|全州)(?:(?![在于])[\u4e00-\u9fff“”\"「」\d]){0,28}$")  # quotes and
# digits may stand inside (全市庆祝中国共产党成立102周年暨“两优一先”表彰大会); not 在 where it met
#: a year written in digits before the 年 or 年度 a meeting's name goes on with
_YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}$")


#: a numbered session of a numbered body, opening its clause: (中国共产党)第十九届中央委员会第六次全体
#: (会议), 北江省第十二次(党代会)
_ORDINAL = "[一二三四五六七八九十百零〇\\d]+"
_ORDINAL_MEETING = re.compile(rf"(?:中国共产党|中共)?[\u4e00-\u9fff]{{0,8}}?第{_ORDINAL}[届次][\u4e00-\u9fff]{{0,8}}?"
                              rf"(?:第{_ORDINAL}次)?[\u4e00-\u9fff]{{0,4}}")


#: a body paired with the one a meeting's name begins with, at the start of its clause: 中央和
_PAIRED_SCOPE = re.compile(r"[\u4e00-\u9fff]{2,4}和")


def find_events(view: SentenceView, issued: dt.date | None) -> list[Event]:
    """A meeting named by a head (交流会, 座谈会 …) that the sentence reports as held
    (…8月15日在威海召开, …日前举行)."""
    out = []
    for m in _held_pattern().finditer(view.text):
        head_end = view.start + m.end(1)
        if not view.token_ends_at(head_end) or view.inside_any_quote(head_end - 1, head_end) \
                or (view.continues_name(head_end) and view.slice(head_end, head_end + 1) != "暨"):
            continue  # …在市会议|中心召开: a venue named after meetings, not a meeting
        if joint := _joint_pattern().match(view.text, head_end - view.start):
            head_end = view.start + joint.end()  # …工作会议暨经验交流会: two meetings held as one
        head_start = view.start + m.start(1)
        left = view.left_edge(head_start, max_tokens=14)
        # a meeting named after its task, verbs and all (全省抓党建促乡村振兴现场会): from its scope
        clause_start, _ = view.clause_bounds(head_start)
        if view.slice(left, left + 1) == "年" and (year := _YEAR_BEFORE.search(view.slice(clause_start, left))):
            left = clause_start + year.start()  # 全市|2023|年度…述职评议会议: the year it reviews is its name's
        if _ORDINAL_MEETING.fullmatch(view.slice(clause_start, head_start)):
            left = clause_start  # 中国共产党第十九届中央委员会第六次全体会议: a body's session, numbered
        elif scope := _SCOPE_BEFORE.search(view.slice(clause_start, left)):
            left = clause_start + scope.start()
        elif _PAIRED_SCOPE.fullmatch(view.slice(clause_start, left)) and all(
                t.tag in ("n", "nt", "ns", "nz", "j") for t in view.tokens if clause_start <= t.start < left - 1):
            left = clause_start  # 中央和国家机关党建工作推进会: two bodies the meeting is of, opening the clause
        written = view.slice(left, head_end)
        label = strip_quotes(written)
        if len(label) < 8:
            continue  # 会议, 重要会议: not a named meeting
        rest = view.slice(head_end, view.start + m.end("rest"))
        # the date stands after the name (…交流会8月15日在威海召开) or opens the sentence (4月10日,…)
        before = _BRACKETED_DAY.sub(r"\1日", view.slice(_after_dateline(view), left))
        if dm := _DATE.search(rest):
            date = resolve_date(dm.group(1), dm.group(2), dm.group(3), issued)
        elif issued and (dd := _DAY.search(rest)):
            date = _day_before(int(dd.group(1)), issued)  # …座谈会27日至28日在上海举行: the first day
        else:
            date = _date_before(before, issued, relative_in=before + rest)
        location = _lowest_place(view, _held_at(_manner_words().sub("", rest)))
        out.append(_event(view, written, left, head_end, date, location))
    # the verb before the meeting it names: …于6月18日在福州召开全省…座谈会
    for m in _convened_pattern().finditer(view.text):
        if view.continues_name(view.start + m.end("name")) and (whole := _convened_pattern(to_the_last_head=True).match(view.text, m.start())):
            m = whole  # …学习贯彻全会|精神座谈会: the name goes on to its own head
        left, head_end = view.start + m.start("name"), view.start + m.end("name")
        written = m.group("name")
        label = strip_quotes(written)
        if len(label) < 8 or not view.token_ends_at(head_end) or not view.token_ends_at(left) \
                or view.continues_name(head_end) or any(e.start <= left < e.end for e in out) \
                or view.inside_any_quote(left, head_end):
            continue
        clause_start, _ = view.clause_bounds(left)
        if _COUNTED_MEETING.match(written) or _HABITUAL.search(view.slice(clause_start, left)) \
                or re.match(r"\d", view.slice(head_end, head_end + 1)):
            continue  # 每季度召开一次…会议, 将举办…培训班30期: meetings held as a rule or planned, not one reported
        if (held := _when_and_where_held(view, view.start + m.start(), issued)) is None:
            continue
        date, location = held
        out.append(_event(view, written, left, head_end, date, location))
        # …分别召开A座谈会和B座谈会: the second held as the first was
        if (second := _second_meeting().match(view.text, head_end - view.start)) \
                and view.token_ends_at(view.start + second.end("name")) and not view.continues_name(view.start + second.end("name")):
            out.append(_event(view, second.group("name"), view.start + second.start("name"), view.start + second.end("name"),
                              date, location))
    # the meeting a clause places what was said at (5月12日召开的…座谈会上,…作了发言)
    for m in _held_before_pattern().finditer(view.text):
        left, head_end = view.start + m.start("name"), view.start + m.end("name")
        if len(strip_quotes(m.group("name"))) < 8 or not view.token_ends_at(left) or any(e.start <= left < e.end for e in out):
            continue
        if (held := _when_and_where_held(view, view.start + m.start(), issued)) is not None:
            out.append(_event(view, m.group("name"), left, head_end, *held))
    return out


def _when_and_where_held(view: SentenceView, verb_at: int, issued: dt.date | None) -> tuple[dt.date | None, str | None] | None:
    """The date and place of a meeting named after the verb at ``verb_at`` that held it, from the
    words before the verb; None when they say neither when nor where, so report no meeting held
    (a meeting reported as held says when, 11月22日, though no year dates it, or where)."""
    before = _BRACKETED_DAY.sub(r"\1日", view.slice(_after_dateline(view), verb_at))
    date = _date_before(before, issued, relative_in=before)
    location = _lowest_place(view, _held_at(before))
    if date is None and location is None and not _REPORTED_WHEN.search(before) and not _DATE.search(before):
        return None
    return date, location


@cache
def _second_meeting() -> re.Pattern:
    """和 and a second meeting's name, right after the first's (…座谈会|和省直单位干部处长座谈会)."""
    return re.compile(rf"和(?P<name>(?:党的|[^,;。!?:的和]){{2,36}}?(?:{lexicon().alternation('event_heads')})议?)")


@cache
def _held_before_pattern() -> re.Pattern:
    """A meeting named after the verb that held it and 的, where what follows was said (…召开的
    市县组织部长座谈会上)."""
    heads = lexicon().alternation("event_heads")
    return re.compile(rf"(?:召开|举行|举办)的(?P<name>(?:党的|[^,;。!?:的]){{2,36}}?(?:{heads})议?)(?=上|期间)")


@cache
def _digest_title() -> re.Pattern:
    """A headline that gives what was said at a meeting (…经验交流会发言摘要, 在…会议上的讲话,
    a slogan——…交流会典型材料选登, …推进会经验交流摘编)."""
    heads = lexicon().alternation("event_heads")
    # (the speaker may open it: 市委组织部部长在…会议上的讲话)
    return re.compile(rf"^(?:【[^】]*】)?(?:[^—]{{2,30}}——)?(?:[^—在,;。:]{{2,24}}在|在)?(?P<name>[^,;。:!?“”《》—]{{6,36}}?(?:{heads})议?)上?的?"
                      r"(?:(?:典型|交流|经验交流|表态|汇报)?(?:发言|讲话|材料)|(?:经验)?交流(?=摘要|摘登|摘编|选登|汇编|摘录))"
                      r"[((]?(?P<digest>摘要|摘登|摘编|选登|汇编|材料|摘录)?[))]?\s*$")


def is_one_speech(title: str) -> bool:
    """Whether a headline is that of one speech given at a meeting (在…会议上的交流发言), not a
    digest of several (…发言摘要)."""
    title = re.sub(r"[((](?:摘要|摘登|摘编|摘录|节选|有删节)[))]\s*$", "", title)  # 讲话(摘要): one, abridged
    m = _digest_title().match(title)
    return m is not None and title.lstrip().startswith("在") and m.group("digest") in (None, "材料")


def find_digested_meeting(view: SentenceView) -> list[Event]:
    """The meeting a headline gives the speeches of (全省基层党建工作推进会交流发言摘要): held,
    though the headline says neither when nor where (the body may). A speech's headline dates it
    when a line below it holds only a date in brackets, as speeches are printed:
    在全市…推进会上的讲话 / 中共…市委书记 张… / (2023年3月15日)."""
    m = _digest_title().match(view.text)
    if m is None or len(strip_quotes(m.group("name"))) < 8:
        return []
    end = view.start + m.end("name")
    # jieba joins the head's last character to the postposition (推进|会上): the name ends there too
    if not view.token_ends_at(end) and not (view.text[m.end("name"):].startswith("上") and view.token_ends_at(end + 1)):
        return []
    date = None
    if m.group("digest") is None or is_one_speech(view.text):  # one speech (abridged or not), not a digest of several
        from ..segment import BRACKETED_DATE_LINE  # loaded already wherever a document was segmented
        for line in view.doc.work[view.end:].lstrip("\n").split("\n", 3)[:3]:
            if dm := BRACKETED_DATE_LINE.match(line):  # the date line segmenting read as the text's date
                date = resolve_date(*dm.group(1, 2, 3), None)
                break
    return [_event(view, m.group("name"), view.start + m.start("name"), end, date, None)]


def _after_dateline(view: SentenceView) -> int:
    """Where the sentence's own words begin: after the dateline it may open with (本报临沂9月17日讯
    9月16日至17日,…: the day the paper filed, not the meeting's)."""
    dateline = view.doc.meta.dateline
    return max(view.start, dateline[1]) if dateline and dateline[0] < view.end else view.start


def _date_before(before: str, issued: dt.date | None, relative_in: str) -> dt.date | None:
    """The date the text before a meeting's name gives, when it gives one (4月10日,…, or the day
    alone: 28日), else the day ``relative_in`` names relative to the report (昨天: the day before it)."""
    if dm := (_DATE.search(before) if len(_DATE.findall(before)) == 1 else None):
        return resolve_date(dm.group(1), dm.group(2), dm.group(3), issued)
    if issued and (mm := _MONTH_NAMED_RELATIVE.search(before)):
        # 本月8日, 上月28日: the report's month or the one before it
        year, month = issued.year, issued.month
        if mm.group(1) == "上":
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        try:
            return dt.date(year, month, int(mm.group(2)))
        except ValueError:
            return None
    if issued and len(days := _DAY.findall(before)) == 1:
        return _day_before(int(days[0]), issued)  # 中央组织部28日在京召开…: the day alone
    if issued and (rm := _RELATIVE_DAY.search(relative_in)):
        return issued + dt.timedelta(days=_DAYS_BACK[rm.group(0)])
    return None


def _event(view: SentenceView, written: str, start: int, end: int, date: dt.date | None,
           location: str | None) -> Event:
    """A meeting as the text writes its name: labelled without quotes, its name without the
    scope (全省…) an alias."""
    label = strip_quotes(written)
    aliases = {written} - {label}
    short = re.sub(r"^(全国|[全本我][省市区县州])", "", label)  # (本市, 我省: the paper's own place)
    if short != label:
        aliases.add(short)
    return Event(label, start, end, view.sentence.index, date, location, tuple(sorted(aliases)))
