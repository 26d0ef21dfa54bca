"""Rules for the meeting an article reports: its name, date and place."""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..lexicon import lexicon
from ..model import Event
from .view import SentenceView, strip_quotes

_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
# days named relative to the report's date
_DAYS_BACK = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "前日": -2}
_RELATIVE_DAY = re.compile("|".join(_DAYS_BACK))


def resolve_date(year: str | None, month: str, day: str, issued: dt.date | None) -> dt.date | None:
    """A date written without its year takes the document's year (8月15日 in 2011 → 2011-08-15)."""
    y = int(year) if year else (issued.year if issued else None)
    if y is None:
        return None
    try:
        return dt.date(y, int(month), int(day))
    except ValueError:
        return None


#: a day of the month written alone (27日), in the report's month or the one before
_DAY = re.compile(r"(?<![\d月])(\d{1,2})日")


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
    return re.compile(rf"({lex.alternation('event_heads')})(?P<rest>[^,;。]{{0,24}}?)(?:{lex.alternation('event_verbs')})")


#: the scope a meeting's name opens with, and only Chinese characters after it up to its head
_SCOPE_BEFORE = re.compile(r"(?:全国|全省|全市|全区|全县|全州)[\u4e00-\u9fff]{1,16}$")


def find_events(view: SentenceView, issued: dt.date | None) -> list[Event]:
    """A meeting named by a head (交流会, 座谈会 …) that the sentence reports as held
    (…8月15日在威海召开, …日前举行)."""
    out = []
    for m in _held_pattern().finditer(view.text):
        head_end = view.start + m.end(1)
        if not view.token_ends_at(head_end) or view.inside_any_quote(head_end - 1, head_end):
            continue
        head_start = view.start + m.start(1)
        left = view.left_edge(head_start, max_tokens=14)
        # a meeting named after its task, verbs and all (全省抓党建促乡村振兴现场会): from its scope
        clause_start, _ = view.clause_bounds(head_start)
        if scope := _SCOPE_BEFORE.search(view.slice(clause_start, left)):
            left = clause_start + scope.start()
        written = view.slice(left, head_end)
        label = strip_quotes(written)
        if len(label) < 8:
            continue  # 会议, 重要会议: not a named meeting
        rest = m.group("rest")
        date = None
        # the date stands after the name (…交流会8月15日在威海召开) or opens the sentence (4月10日,…)
        before = view.slice(view.start, left)
        if dm := _DATE.search(rest):
            date = resolve_date(dm.group(1), dm.group(2), dm.group(3), issued)
        elif issued and (dd := _DAY.search(rest)):
            date = _day_before(int(dd.group(1)), issued)  # …座谈会27日至28日在上海举行: the first day
        elif dm := (_DATE.search(before) if len(_DATE.findall(before)) == 1 else None):
            date = resolve_date(dm.group(1), dm.group(2), dm.group(3), issued)
        elif issued and (rm := _RELATIVE_DAY.search(before + rest)):
            date = issued + dt.timedelta(days=_DAYS_BACK[rm.group(0)])  # 昨天: the day before the report
        location = None
        if lm := re.search(r"在([\u4e00-\u9fff]{2,8}?)$", rest):
            location = lm.group(1)
        aliases = {written} - {label}
        short = re.sub(r"^(全国|全省|全市|全区|全县)", "", label)
        if short != label:
            aliases.add(short)
        out.append(Event(label, left, head_end, view.sentence.index, date, location, tuple(sorted(aliases))))
    return out
