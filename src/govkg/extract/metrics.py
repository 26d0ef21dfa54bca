"""Rules for stated quantities: value, unit, comparator, period and what is counted."""
from __future__ import annotations

import marshal
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import cache, lru_cache

from ..export import write_atomic
from ..lexicon import cache_root, lexicon
from ..model import Comparator, Metric
from .view import OPEN_QUOTES, SentenceView, is_han

_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
#: a number with its thousands set off by commas (1,200)
_THOUSANDS = r"\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+"  # 1,800, or 1 800 as Hong Kong's government writes it
#: a period (每两年, 每季度): how many (group 1) of what span (group 2); or a yearly average
PERIOD = re.compile(r"每([一两二三四五六七八九十半]?|\d{1,2})个?(年度|年|季度|季|月|周|天|日|学期)|年均")
_RANGE = re.compile(r"^(一两|两三|三四|四五|五六|六七|七八|八九|三五)$")
# the lower end of a range written before its upper end's number: 3至, 60-
_LOW_END = rf"(?<![\d.{_CN_DIGITS}])(\d+(?:\.\d+)?|[{_CN_DIGITS}]+)"
_RANGE_TO = r"\s*(?:-|~|～|—|–|至|到)\s*$"
_RANGE_FROM = re.compile(_LOW_END + _RANGE_TO)
#: …written with its own magnitude and without the unit: 50万至
_RANGE_FROM_MAGNITUDE = re.compile(_LOW_END + "(万|亿|千)" + _RANGE_TO)


@lru_cache(maxsize=256)
def _range_from_with_unit(unit: str) -> re.Pattern:
    """The lower end of a range written with the unit, before the upper end's number: 5万元至."""
    return re.compile(rf"{_LOW_END}(万|亿)?{re.escape(unit)}{_RANGE_TO}")


@cache
def _pattern() -> re.Pattern:
    lex = lexicon()
    units = "|".join(re.escape(u) for u in sorted({*lex.units, *lex.bounded_units}, key=lambda u: (-len(u), u)))
    return re.compile(
        # 百分之九十八: a percentage in words (tried first, so that 百分 is not read as 100 分)
        rf"百分之(?P<percent>\d+(?:\.\d+)?|[{_CN_DIGITS}][{_CN_DIGITS}点]*)|"
        # 九成以上, 超过四成: tenths, as a percentage
        r"(?P<tenths>[一二三四五六七八九])成(?=以上|以下|左右|[,;:。、)的]|$)|"
        # 1,200: thousands set off by commas (a list of numbers is written with 、)
        # 2万3千, 1万2000: ten-thousands, then the rest in digits
        rf"(?:(?P<wan>\d+)万(?=\d{{1,4}}(?![\d.])|\d千))?"
        rf"(?P<num>(?:{_THOUSANDS})(?![\d.])|\d+(?:\.\d+)?|[{_CN_DIGITS}]+)(?P<more1>多|余)?(?P<mag>万|亿|(?<=\d)千)?(?P<more2>多|余)?(?P<unit>{units})"
    )


def _counts_the_list_before(before: str, num: str, inexact: tuple[str | None, ...]) -> bool:
    """Whether a number restates how many items the list just before it names (A、B、C3家单位,
    A、B和C三个维度): the clause up to it is that list and nothing else, as many items as the
    number; or it ends with as many quoted names (开设“…”“…”“…”三类课堂)."""
    if any(inexact):
        return False
    if quoted := _QUOTED_RUN.search(before):  # 开设“红色讲堂”“田间课堂”“网络课堂”|三类课堂
        return parse_number(num) == quoted.group(0).count("“")
    if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z、]+", before) or "、" not in before or before.endswith("、"):
        return False
    return parse_number(num) == len(re.split(r"、|和|及", before))


#: quoted names written one after another, the end of a clause (“红色讲堂”“田间课堂”、“网络课堂”)
_QUOTED_RUN = re.compile(r"(?:“[^“”]{1,20}”[、和]?){2,}$")


def parse_number(text: str) -> Decimal | None:
    """Arabic or Chinese numerals to a number: 60, 1,200, 七, 两, 二百, 6.8, 百万, 万."""
    if re.fullmatch(_THOUSANDS, text):
        text = text.replace(",", "").replace(" ", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return Decimal(text)
    if len(text) == 1:  # most numerals in reports are one character, whose value Unicode gives
        try:
            return Decimal(int(unicodedata.numeric(text)))
        except ValueError:
            pass
    if (known := numeral_table().get(text)) is not None:
        return Decimal(known)
    if text[0] in "十百千万亿":
        text = "一" + text
    import cn2an  # imported when first needed (its import compiles patterns for a fifth of a second)

    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, IndexError):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


_SPOKEN_TWO = re.compile(r"^二$|^二(?=[百千万亿])")
#: the numerals in the table: 0 to 9,999, and 1 to 9,999 万, and those with 两 for a leading 二
NUMERAL_TABLE_LIMIT = 10_000


@cache
def numeral_table() -> dict[str, int]:
    """Chinese numerals as cn2an writes them (十八, 二百零五, 三万) with the value cn2an reads
    from each, and the same with 两 for a leading 二 (两, 两百): made with cn2an once per machine
    and kept in the cache folder, so that a process meeting such a numeral need not import cn2an,
    whose import compiles patterns for a fifth of a second. A numeral written otherwise (二〇一一,
    一千二百零五万三千) is still read by cn2an."""
    from importlib.metadata import version

    path = cache_root() / f"numerals-{NUMERAL_TABLE_LIMIT}-cn2an-{version('cn2an')}-2.marshal"
    try:
        table = marshal.loads(path.read_bytes())
        if isinstance(table, dict):
            return table
    except (OSError, ValueError, EOFError, TypeError):
        pass  # not made yet, or damaged: made again
    import cn2an

    table = {}
    for n in (*range(NUMERAL_TABLE_LIMIT), *range(10_000, NUMERAL_TABLE_LIMIT * 10_000, 10_000)):
        text = cn2an.an2cn(n, "low")
        if cn2an.cn2an(text, "smart") == n:  # kept only where reading it back gives the number
            table[text] = n
            # 两 for 二 alone and before a magnitude (两, 两百, 两万), as reports write it
            spoken = _SPOKEN_TWO.sub("两", text)
            if spoken != text and cn2an.cn2an(spoken, "smart") == n:
                table[spoken] = n
    try:
        # whole or not there: processes making it at once each write their own
        write_atomic(path, marshal.dumps(table), durable=False)
    except OSError:
        pass  # a read-only cache: made again by the next process
    return table


@cache
def comparator_cues_before() -> tuple[tuple[str, re.Pattern, Comparator], ...]:
    """Comparator cues written before the number, longest first, each with its pattern: the cue
    and up to its reach in characters before the number (不少于60天, 至少到社区报到服务2次)."""
    lex = lexicon()
    cues = sorted((c for c in lex.comparators if c[1] == "before"), key=lambda c: -len(c[0]))
    # a few words in brackets count as one character (须到乡镇(街道)工作满2年)
    return tuple((cue, re.compile(re.escape(cue) + r"(?:[\u4e00-\u9fff]|[(][\u4e00-\u9fff、]{1,6}[)]){0,%d}$"
                                  % lex.comparator_reach[cue]), comparator)
                 for cue, _, comparator in cues)


@cache
def _cues_before_a_share() -> tuple[tuple[re.Pattern, Comparator], ...]:
    """The cues of two characters or more, each with its pattern: the cue, then up to twenty
    characters of what it compares with, ending with 的 before the number."""
    return tuple((re.compile(re.escape(cue) + r"[\u4e00-\u9fff]{0,20}的$"), comparator)
                 for cue, _, comparator in comparator_cues_before() if len(cue) > 1)


def _comparator(before: str, after: str, more: bool, single_words: frozenset[int] = frozenset()) \
        -> tuple[Comparator, int | None]:
    """The comparator, and where in ``before`` its cue starts (when the cue stands before).
    A cue of one character (约, 近) counts only where it is a word of its own, at one of the
    offsets ``single_words`` (not the 约 of 签约率)."""
    for cue, pattern, comparator in comparator_cues_before():
        if cue in before and (m := pattern.search(before)) and not re.search(r"\d", before[m.start():]) \
                and (len(cue) > 1 or m.start() in single_words and not before.startswith(lexicon().false_cues, m.start())):
            if cue in lexicon().modal_words and (bound := _cue_after(after)) and bound[1] is not comparator:
                return bound[1], None  # 须在7天内: a duty, bounded by the word after the number
            return comparator, m.start()
    if before.endswith("的"):
        # a share or multiple of what the cue compares with (不低于当地农民人均可支配收入的2倍)
        for pattern, comparator in _cues_before_a_share():
            if m := pattern.search(before):
                return comparator, m.start()
    if more:
        return Comparator.MORE_THAN, None
    if bound := _cue_after(after):
        return bound[1], None
    return Comparator.EXACTLY, None


def _cue_after(after: str) -> tuple[str, Comparator] | None:
    """The comparator's cue that ``after`` (the text right after a number's unit) opens with, if
    any (以上, 以内, 内), and its comparator."""
    return next(((cue, comparator) for cue, where, comparator in lexicon().comparators
                 if where == "after" and after.startswith(cue)), None)


def find_metrics(view: SentenceView) -> list[Metric]:
    """Numbers with a measure word in one sentence, less dates, ordinals, ages, durations,
    indefinite 一 and numbers inside quotes or names."""
    lex = lexicon()
    out = []
    text = view.text
    for m in _pattern().finditer(text):
        start, end = view.start + m.start(), view.start + m.end()
        num, unit = (m.group("percent") or m.group("tenths"), "%") if m.group("percent") or m.group("tenths") \
            else (m.group("num"), m.group("unit"))
        before_char = text[m.start() - 1] if m.start() else ""
        if before_char in "第.每/几" or before_char.isdigit() \
                or before_char == "数" and view.tokens[view.token_index(start - 1)].word.startswith("数"):
            continue  # 第三, 每一, 数百名 and 几十名 (some hundreds: no number; not 参训人数|1,960人)
        if view.inside_a_name(start, end):
            continue
        tok = view.tokens[view.token_index(start)]
        # jieba may join a cue to the number (近千名/l, 近百/j|期): that word is the metric, not an idiom
        cue_joined = start < tok.end <= end and view.slice(tok.start, start) in _CUE_WORDS
        if tok.tag in ("i", "l") and (tok.start < start or tok.end > end) and not num.isdigit() and not cue_joined:
            continue  # 千家万户, 三位一体: numerals inside an idiom
        if tok.start <= start and end <= tok.end and not cue_joined and (
                tok.word in lex.numeral_words or tok.tag not in ("m", "mq", "q") and not num.isdigit()) \
                and not ((tok.tag == "t" or (tok.start, tok.end) == (start, end))  # 近|百场/n: the cue says it counts
                         and text[:m.start()].endswith(tuple(c for c, *_ in comparator_cues_before()))) \
                and not (tok.word not in lex.numeral_words and (tok.start, tok.end) == (start, end)
                         and PERIOD.search(view.slice(view.clause_bounds(start)[0], start))):
            continue  # 十分 (very), 一道: a word of its own that starts with a numeral (not 不少于|五天, 每季度举办|一期/d)
        after = text[m.end():]
        if half := after.startswith("半") and unit in _HALVES:
            end, after = end + 1, after[1:]  # 4天半: the half is the figure's, and what comes after it
        if (hit := next((w for w in lex.non_measures if after.startswith(w)), None)) is not None \
                and (len(hit) > 1 or (word := view.next_token(end)) is None or word.start != end or word.word == hit):
            continue  # 三个方面, 三件|事 (not 8类|事项: a word of its own the character opens)
        if after.startswith(("月", "多月")):
            continue
        if text.endswith("连续", 0, m.start()):
            continue  # 对连续两次上“黑榜”的: how often, as a condition, not a figure
        if unit in ("项", "条") and not num.isdigit() and after.startswith(("规定", "禁令", "准则")):
            continue  # 中央八项规定精神: a rule named by its count of articles, not a figure
        if before_char in "前后" and (unit == "位" or unit == "名" and "排" in text[max(0, m.start() - 4):m.start()]):
            continue  # 排名后三位的乡镇, 积分排名前20名的管家: a place in a ranking, not how many
        if unit == "周" and after.startswith(("年", "岁")):
            continue  # 100周年, 18周岁: an anniversary or an age, not a span of weeks
        if unit == "届" and _SESSION_OF_A_BODY.match(after) or unit == "次" and after.startswith(("全会", "全体会议", "全委会")) \
                and "届" in text[max(0, m.start() - 8):m.start()]:
            continue  # 十九届四中全会, 十四届全国人大, 三次全会: which term or session of a body, not how many
        if unit == "分" and (after.startswith("之") or text[:m.start()].endswith(("时", "点"))):
            continue  # 三分之一: a fraction, not points; 10时15分: a time of day
        nxt = view.next_token(end)
        if unit in ("个", "项") and nxt is not None and nxt.tag == "v" and nxt.start == end and not num.isdigit():
            continue  # 四个带头: a named pattern, not a count (342个|在建/v|项目 is one)
        clause_start, clause_end = view.clause_bounds(start)
        if (before_char in ("等", "和", "及") or view.slice(clause_start, start).strip() in ("", "其他", "其余", "另有")
                or (re.fullmatch(r"[\u4e00-\u9fff、]+", view.slice(clause_start, start)) and "、" in view.slice(clause_start, start))) \
                and any(cue in view.slice(end, view.clause_end_over_brackets(end)) for cue in lex.speech_cues):
            # 青岛、烟台等6个市作了交流发言, 会上,6个单位作了发言, 南昌、赣州、上饶3个设区市…,
            # 5个县(市、区)和(2个)市直单位作了…: how many spoke
            continue
        if _counts_the_list_before(view.slice(clause_start, start), num, m.group("mag", "more1", "more2")):
            continue  # 省财政厅、省交通运输厅、省卫生健康委3家单位, 从政治素质、工作实绩、群众评价三个维度
        # the period may stand before a parenthesis in the same clause (每年轮训村(社区)书记不少于1次)
        wide = view.slice(view.start + max(text.rfind(c, 0, m.start()) for c in ",;:。!?") + 1, start)
        period_match = None
        for pm in PERIOD.finditer(wide):
            period_match = pm
        if period_match is None and unit in TIMES and (per := _ONE_PER.search(wide) or _ONE_PER_APART.search(wide)):
            period_match = per  # 一年两次, 一年培训两次: twice a year
        if unit in lex.bounded_units and period_match and not re.search(r"[\d两二三四五六七八九十]", period_match.group(0)):
            period_match = None  # 每年…不少于2年: a span of years has no yearly period (每5年 may hold one)
        scale = 10 if m.group("tenths") else _MAGNITUDE.get(m.group("mag"), 1)
        low = _RANGE_FROM.search(text, max(0, m.start() - 12), m.start())
        low_scale = scale
        if low is None and (low := _range_from_with_unit(unit).search(text, max(0, m.start() - 16), m.start())):
            # 5万元至10万元: the lower end written with its own unit, read before as a metric of its own
            low_scale = _MAGNITUDE.get(low.group(2), 1)
            if out and out[-1].start == view.start + low.start():
                out.pop()
        if low is None and (low := _RANGE_FROM_MAGNITUDE.search(text, max(0, m.start() - 12), m.start())):
            low_scale = _MAGNITUDE[low.group(2)]  # 50万至100万元: the lower end with a magnitude of its own
            if out and out[-1].start == view.start + low.start():
                out.pop()
        if low and unit in lex.bounded_units and max(len(low.group(1)), len(num)) >= 4:
            continue  # 2019至2021年: years, not a span
        if low and (low_value := parse_number(low.group(1))) is not None and (value := parse_number(num)) is not None:
            # 3至5天, 60-69分: a range is two metrics, its least and its most
            for bound, comparator, bound_start in ((low_value * low_scale, Comparator.AT_LEAST, view.start + low.start()),
                                                   (value * scale, Comparator.AT_MOST, start)):
                out.append(Metric(
                    value=_canonical(bound), unit=lex.unit_of.get(unit, unit), comparator=comparator, start=bound_start, end=end,
                    sentence=view.sentence.index, period=_period(period_match),
                    measure=_measure(view, end, clause_start, view.slice(clause_start, view.start + low.start()), unit)))
            continue
        cue_at = None  # where the comparator's cue is, from cue_from
        cue_from = view.clause_start_over_brackets(start)  # 须到乡镇(街道)工作满|2年: the cue before the brackets
        if _RANGE.match(num):
            value = parse_number(num[-1])
            comparator = Comparator.AT_MOST
        else:
            value = parse_number(num)
            more = bool(m.group("more1") or m.group("more2"))
            single_words = frozenset(t.start - cue_from for t in view.tokens
                                     if cue_from <= t.start < start and len(t.word) == 1)
            if cue_joined:  # 近|千名, as jieba joined them: the cue is a word of its own
                single_words |= {tok.start - cue_from}
            comparator, cue_at = _comparator(view.slice(cue_from, start), after, more, single_words)
            if comparator is Comparator.EXACTLY and before_char == "上" and num in ("百", "千", "万"):
                comparator, cue_at = Comparator.MORE_THAN, m.start() - 1 + view.start - cue_from  # 上万名: upwards of
        if value is None:
            continue
        if comparator is Comparator.EXACTLY and cue_at is None and out \
                and (view.slice(out[-1].end, start) in ("或", "或者", "和", "及", "、")
                     or out[-1].comparator in _BOUNDS and _NEXT_VERB_PHRASE.fullmatch(view.slice(out[-1].end, start))):
            comparator = out[-1].comparator  # 不少于3个月或550学时, 至少讲授1次党课、撰写1篇…: one cue for both
        value *= scale
        if half and scale == 1:
            value += Decimal("0.5")  # 4天半, 1年半: and a half
        if m.group("wan"):
            value += Decimal(m.group("wan")) * 10_000  # 2万3千余人次: 23,000 and more
        if num == "一" and comparator is Comparator.EXACTLY and period_match is None:
            continue  # 一个, 一批: an indefinite article, not a count
        post = bound[0] if (bound := _cue_after(after)) else ""
        if unit in lex.bounded_units and (post == "内" or not (
                (cue_at is not None or post) and comparator in _BOUNDS and len(num) < 4)):
            continue  # 2014年, 连续3年, 近3年来, 两年内累计…: when, not how long a rule requires
        metric_end = end + len(post)
        measure_from = clause_start
        if view.slice(start - 1, start) == ")" and (opening := text.rfind("(", 0, m.start())) > 0:
            measure_from = view.clause_bounds(view.start + opening)[0]  # 党群服务中心(站点)|386个: over the brackets
        measure = _measure(view, metric_end, measure_from, view.slice(measure_from, start), unit)
        # the metric's text runs from its comparator's cue (不少于60天, 至少撰写1篇)
        metric_start = cue_from + cue_at if cue_at is not None else start
        out.append(Metric(
            value=_canonical(value),
            unit=lex.unit_of.get(unit, unit), comparator=comparator, start=metric_start, end=metric_end,
            sentence=view.sentence.index,
            period=_period(period_match) or (
                "每年" if comparator in (Comparator.AT_LEAST, Comparator.AT_MOST) and _WHOLE_YEAR.match(wide) else None),
            measure=measure,
        ))
    return out + _fractions(view)


#: a clause opening with the whole year (全年集中学习不少于40次): a yearly bound, as 每年 is
_WHOLE_YEAR = re.compile(r"[\s“”\"]*全年")


#: a fraction, in words (三分之二, the denominator first) or with a slash (1/3; not a date's 2023/5/1)
_FRACTION = re.compile(rf"(?P<denominator>[{_CN_DIGITS}]+)分之(?P<numerator>[{_CN_DIGITS}]+)"
                       r"|(?<![\d/.])(?P<numerator2>\d{1,2})/(?P<denominator2>\d{1,3})(?![\d/.])")


def _fractions(view: SentenceView) -> list[Metric]:
    """Fractions of a whole (三分之二以上, 不超过1/3): a value below one, with no unit, and the
    comparator a cue before or after it gives."""
    out = []
    text = view.text
    if "分之" not in text and "/" not in text:
        return out
    for m in _FRACTION.finditer(text):
        start, end = view.start + m.start(), view.start + m.end()
        numerator = parse_number(m.group("numerator") or m.group("numerator2"))
        denominator = parse_number(m.group("denominator") or m.group("denominator2"))
        if numerator is None or not denominator or not 0 < numerator < denominator or view.inside_a_name(start, end):
            continue
        if m.group("denominator") == "百":
            continue  # 百分之五: a percentage, read as one
        clause_start, _ = view.clause_bounds(start)
        before, after = view.slice(clause_start, start), text[m.end():]
        comparator, cue_at = _comparator(before, after, False)
        post = ""
        if (bound := _cue_after(after)) and bound[0] != "内":
            comparator = bound[1] if comparator is Comparator.EXACTLY else comparator
            post = bound[0] if comparator is bound[1] else ""
        # what it is a fraction of: the noun after 的 (三分之一的|村), else the words before it
        of = end + len(post) + 1 if view.slice(end + len(post), end + len(post) + 1) == "的" else end + len(post)
        out.append(Metric(
            value=Decimal(repr(float(numerator) / float(denominator))), unit="", comparator=comparator,
            start=clause_start + cue_at if cue_at is not None else start, end=end + len(post),
            sentence=view.sentence.index, period=None, measure=_measure(view, of, clause_start, before, "", "members")))
    return out


#: what follows the number of a body's term: its plenary sessions, or the body (十九届|四中全会, 十四届|全国人大)
_SESSION_OF_A_BODY = re.compile(r"[一二三四五六七八九十\d]*中?全会|全国|人大|政协|党代会|.{0,4}代表大会|中央|[省市县区州]?委|纪委|人民代表|常委")
#: a period written as one of it (一年 of 一年两次, 一月 of 一月一次)
ONE_PER = "一(年|季度|个月|月|周)"
#: the same right before how many times
_ONE_PER = re.compile(ONE_PER + "$")
#: …or with the verb of what is done between (一年|培训|两次; not 一年来, over the past year)
_ONE_PER_APART = re.compile(ONE_PER + "(?!来)[\u4e00-\u9fff]{1,4}$")
#: units that count times, which a period written so may go with (not 一年365天)
TIMES = ("次", "遍", "轮", "回")


def _period(m: re.Match | None) -> str | None:
    """The period a match names, as 每… (一年两次 → 每年)."""
    if m is None:
        return None
    return "每" + m.group(1) if m.re in (_ONE_PER, _ONE_PER_APART) else m.group(0)


#: what stands between two figures of verb phrases listed under one cue (1次|党课、撰写|1篇)
_NEXT_VERB_PHRASE = re.compile(r"[\u4e00-\u9fff“”]{0,10}、[\u4e00-\u9fff]{1,4}")

#: days in a span of time, as a unit of a figure or of a period
_SPAN_DAYS = {"天": Fraction(1), "日": Fraction(1), "工作日": Fraction(1), "周": Fraction(7), "星期": Fraction(7),
              "个月": Fraction(365, 12), "月": Fraction(365, 12), "季": Fraction(365, 4), "季度": Fraction(365, 4),
              "个季度": Fraction(365, 4), "学期": Fraction(365, 2), "年": Fraction(365), "年度": Fraction(365)}


#: what is left of a deadline a measure cut short opens with: (6月)底前
_REST_OF_A_DEADLINE = re.compile("^底?前(?=[\u4e00-\u9fff]{2})")

#: the level of an item in a ranking of them (4个|一级/m|指标)
_LEVEL_OF_A_RANKING = re.compile("[一二三四五六七八九十]级")

#: units a half may follow (4天半, 1年半)
_HALVES = ("天", "年", "周", "日")

#: units of hours spent, beside the spans of days above
_HOURS = ("小时", "学时", "课时", "分钟")


def outlasts_period(value: Decimal, unit: str, period: str) -> bool:
    """Whether a span of time as long as its period or longer is the figure (每月…3个月): it
    cannot recur within the period, so the period is not the figure's."""
    span, per = _SPAN_DAYS.get(unit), PERIOD.fullmatch(period)
    if span is None or per is None or per.group(2) is None:  # (年均: no span)
        return False
    count = Fraction(1, 2) if per.group(1) == "半" else Fraction(parse_number(per.group(1)) or 1) if per.group(1) else 1
    return Fraction(value) * span >= count * _SPAN_DAYS[per.group(2)]


#: comparators that bound a quantity (not 近, 约: 近3年来 says when)
_BOUNDS = (Comparator.AT_LEAST, Comparator.AT_MOST, Comparator.MORE_THAN, Comparator.LESS_THAN)

#: the one-character cues jieba may join to the number after them (近千名/l)
_CUE_WORDS = ("近", "约", "逾", "超")

#: what 万, 亿 and 千 after a number multiply it by (6.8万册 → 68000 册, 3千人次 → 3000 人次)
_MAGNITUDE = {"万": 10000, "亿": 100000000, "千": 1000}  # 千 after digits only (3千人次; 三千 is one numeral)


def _canonical(value: Decimal) -> Decimal:
    """A whole number without decimals (60, not 60.0); other numbers without trailing zeros."""
    return value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()


#: verbs of a change from one figure to another
_CHANGE_VERBS = "提升|提高|增加|增长|上升|下降|降低|减少|压减|压缩|扩大|缩短|缩减|跃升"
#: the words after a figure a change starts from (120人|增加到|300人)
_CHANGE_GOES_ON = re.compile(rf"(?:{_CHANGE_VERBS})?[至到]")
#: a figure a change starts from or ends at, with the words of when (比例由2018年的|61%|提升至去年的|83%)
_CHANGE_ENDS = re.compile(
    r"[由从](?:[^,;。由从]{0,8}?的)?$|"
    rf"[由从][^,;。由从]{{0,10}}?\d[^,;。由从]{{0,6}}?(?:{_CHANGE_VERBS})?"
    r"[至到](?:[^,;。由从]{0,8}?的)?$")


def _before_a_change(before: str) -> str:
    """The words before a figure, up to the 由 or 从 of the change it starts or ends: both
    figures count what changed (考核事项由去年的|126项|压减至|58项)."""
    return before[:found.start()] if (found := _CHANGE_ENDS.search(before)) else before


#: adverbs of how many it binds, between what is counted and the verb (会议一律控制在)
_ADVERB_AT_END = re.compile(r"(?:一律|均已|全部|一般|原则上|按照|则|连续[\d一二三四五六七八九十两]+(?:年|个月|个季度|季度))$")
#: verbs that link what is counted to its number (参学率保持在|95%以上, 覆盖率达到|100%)
_LINKING_VERB = re.compile(r"(?:保持在|稳定在|控制在|维持在|(?:提高|提升|增加|增长|上升|下降|降低)(?:到|至)|增至|降至|达到|达|占|(?<![作认行])为|(?<![存现正实所自])在)$")


#: kinds of what is counted that jieba may join to the measure word before them (名村, 个市, 本书)
_JOINED_KINDS = frozenset("村市县区镇乡省户书校")


def _rank_and_beyond(view: SentenceView, i: int, words: list[str]) -> bool:
    """以上 or 以下 after a rank and before more of what is counted (1名|科级|以上|领导干部,
    23家|二级|以上|公立医院)."""
    return bool(words) and view.tokens[i].word in ("以上", "以下") and words[-1].endswith("级") \
        and i + 1 < len(view.tokens) and view.is_nominal(view.tokens[i + 1], verbs=False)


def _measure(view: SentenceView, end: int, before_start: int, before: str, unit: str, kind: str | None = None) -> str | None:
    """What is counted: the noun phrase after the unit (撰写1篇调研报告), else the phrase
    before the number (调查研究的时间不少于60天), which starts at ``before_start``; ``kind`` is
    what the unit counts (unit_kinds.tsv), when the unit does not say."""
    if (unit in _SPAN_DAYS or unit in _HOURS) and view.slice(end, end + 1) == "的" \
            and (spent_on := view.next_token(end + 1)) is not None and spent_on.start == end + 1 \
            and view.is_nominal(spent_on) and spent_on.word not in ("时间", "期限"):
        end, kind = end + 1, kind or "activities"  # 须完成不少于30小时的|培训: the time given to what follows
    i = view.token_index(end)
    words, noun = [], False
    if i < len(view.tokens) and view.tokens[i].start < end < view.tokens[i].end and view.tokens[i].start >= end - len(unit) \
            and (rest := view.slice(end, view.tokens[i].end)) in _JOINED_KINDS:
        words, noun, i = [rest], True, i + 1  # 300|名村/n|党组织书记, 16|个市/n: jieba joined the unit to what it counts
    if i < len(view.tokens) and view.tokens[i].start == end + sum(map(len, words)) \
            and not _CHANGE_GOES_ON.match(view.doc.work, end):
        kind = kind or lexicon().unit_kinds.get(unit)
        while i < len(view.tokens) and sum(map(len, words)) < 12:
            tok = view.tokens[i]
            if tok.word in OPEN_QUOTES and (quote := next((q for q in view.quotes if q.start == tok.start), None)) is not None \
                    and (after := view.next_token(quote.end)) is not None and after.start == quote.end and view.is_nominal(after) \
                    and view.is_nominal(view.tokens[view.token_index(quote.inner[1] - 1)], verbs=False) \
                    and (not words or quote.inner[1] - quote.inner[0] <= 4):  # (not “全脱钩”: a verb; not an honour's title)
                words.append(view.slice(*quote.inner))  # 召开一次|“三方协商”会议: a quoted name inside what is counted
                i = view.token_index(quote.end)
                continue
            if tok.word == "(" and words and (close := view.slice(tok.end, tok.end + 6).find(")")) > 0 \
                    and is_han(view.slice(tok.end, tok.end + close)) \
                    and (after := view.next_token(tok.end + close + 1)) is not None \
                    and after.start == tok.end + close + 1 and view.is_nominal(after):
                # 622名|村(社区)|党组织书记: the other kind it counts too, left out; what is counted
                # so is of members, whose verb after them ends it (2140个村(社区)党组织|结成对子)
                i, kind = view.token_index(after.start), kind or "members"
                continue
            if not words and tok.tag == "v" and not tok.word.endswith(lexicon().generic_org_heads) and (
                    unit.endswith("元") or unit == "倍" or kind == "members" and (
                        i + 1 == len(view.tokens) or not view.is_nominal(view.tokens[i + 1]))):  # (not 57名|回引/v|人才, 试点单位/v)
                # 投资200万元|建成/v…, …的2倍|确定, 选派机关干部1.2万名|进驻/v…: what was done with the sum or
                # the multiple, or what those counted did; what is counted stands before it
                break
            if not (view.is_nominal(tok) or _rank_and_beyond(view, i, words) or _LEVEL_OF_A_RANKING.fullmatch(tok.word)
                    or tok.tag == "k" and words and tok.start == view.tokens[i - 1].end):  # 枫桥|式/k|派出所
                break
            if tok.word in ("全部", "全面") and words:
                break  # 580个|行政村|全部…, 38个|区公所|全面/n|导入: all of them do what follows
            if tok.tag == "b" and words and i + 1 < len(view.tokens) and view.tokens[i + 1].tag == "v":
                break  # 48万名|干部|在线/b|学习/v: how they do it, not what they are
            if noun and kind != "activities" and tok.tag.startswith("v") and tok.tag != "vn" and (
                    kind == "members" or i + 1 == len(view.tokens) or not view.tokens[i + 1].tag.startswith(("n", "j"))):
                # 45名|乡镇班子成员|结对/v…, 126个|社区|结对/v|共建: what the counted do, not what they
                # are (1个|县级社会|治理/v|中心 is one thing; 一次|集体|学习 what is counted)
                break
            if noun and tok.tag == "v" and "".join(words).endswith(lexicon().generic_org_heads):
                break  # 315个|村党组织|领办/v|合作社: bodies counted, then what they do
            if not noun and tok.tag.startswith("v") and tok.tag != "vn" and unit in ("个", "项") and (
                    i + 1 == len(view.tokens) or not view.is_nominal(view.tokens[i + 1])):
                break  # 已有5个|达到/v|“四强”标准: what they did, no noun of what they are (342个|在建/v|项目 is one)
            noun = noun or tok.tag.startswith(("n", "j")) or tok.tag == "vn"
            words.append(tok.word)
            i += 1
    if words:
        return "".join(words)
    lex = lexicon()
    phrase = before
    for cue, _, _ in comparator_cues_before():  # longest first: 不超过 before 超过
        if phrase.endswith(cue):
            phrase = phrase[: -len(cue)]
    phrase = _before_a_change(phrase)
    if phrase.endswith("的"):  # 年收入不低于|当地农民人均可支配收入的|2倍: the number is a multiple of another
        cues = "|".join(re.escape(cue) for cue, _, _ in comparator_cues_before())  # longest first
        if (found := [c.start() for c in re.finditer(cues, phrase)]) and found[-1] > 0:
            phrase = phrase[:found[-1]]
    if period := _PERIOD_AT_END.search(phrase):
        # 报酬提高到|每月|4500元, 报酬不低于|每月…: the figure's own period, after the verb or cue
        linked = phrase[:period.start()]
        cue = next((c for c, _, _ in comparator_cues_before() if linked.endswith(c)), None)
        if cue or _LINKING_VERB.search(linked):
            phrase = linked[: -len(cue)] if cue else linked
        else:
            # 基本报酬|每人每年|不低于: what each one gets, each period; 设立专项资金|每年|1亿元: what
            # is set aside each period (not 县财政给予|每人…, 按照|每个社区…, 处级干部|每年: who owes)
            each = _EACH_ONE_AT_END.search(linked)
            own_end = each.start() if each else len(linked)
            ends_at = before_start + before.rfind(phrase) + own_end  # where the words before them end
            last = view.tokens[view.token_index(ends_at - 1)] if own_end else None
            if last is not None and last.end == ends_at \
                    and view.is_nominal(last, verbs=False) and not last.word.endswith(lex.group_heads) \
                    and (each or unit.endswith("元")):
                phrase = linked[:own_end]
    phrase = _UP_TO_A_PERIOD.sub("", phrase)  # 服务中心每周|开放时间: what is counted each week
    phrase = _QUALIFIER_IN_BRACKETS.sub("", phrase)  # 党群服务中心(站点)|386个: the other kind it counts too
    # a name quoted or titled before the words that count (“周末大讲堂”共举办讲座|480场,
    # 开发《初心之路》等精品课程|22门): the words after it
    phrase = _after_a_name(view, before_start + before.rfind(phrase), phrase)
    phrase = phrase[phrase.rfind("、") + 1:]  # 集中学习不少于40分、|网络学习|不少于30分: its own item's
    if phrase.endswith("等"):
        return None  # 重大事项决策、财务管理等|7大类: examples of what is counted, not what it is
    phrase_start = before_start + before.rfind(phrase)
    if (such := phrase.rfind("等")) > 0 and (tok := view.tokens[view.token_index(phrase_start + such)]).word == "等" \
            and tok.start == phrase_start + such and not phrase.startswith("等次", such):
        phrase = phrase[such + 1:]  # 停车难、加装电梯等|民生问题|1560个: the kind, after its examples (优秀等次比例: a grade)
        if (place := view.next_token(tok.end)) is not None and place.word == "地" and place.start == tok.end:
            phrase = phrase[1:]  # 原州区、西吉县等|地/uv|还探索建立了…: the places listed, then what they did
    phrase = _after_disposal(view, before_start + before.rfind(phrase), phrase)
    # 2023年|全市干部学分完成率: when, then what
    phrase = _OPENING_WORDS.sub("", _without_date(view, before_start + before.rfind(phrase), phrase, _A_YEAR_OPENING))
    place = view.tokens[view.token_index(phrase_at := before_start + before.rfind(phrase))] if phrase else None
    if place is not None and place.start == phrase_at and place.tag == "ns" and place.word.endswith(lex.admin_suffixes) \
            and len(phrase) > len(place.word):
        phrase = phrase[len(place.word):]  # 邯郸市|投资: the place that spent it, not what is counted
    adverb = next((cue for cue, where, _ in lex.comparators if where == "before" and lex.comparator_reach[cue] > 3
                   and phrase.startswith(cue)), None)
    phrase = phrase[len(adverb):] if adverb else phrase  # 至少|到社区报到服务
    phrase = _LINKING_VERB.sub("", phrase)  # 覆盖率达到|100%: what reached it, not the reaching
    phrase = _ADVERB_AT_END.sub("", phrase)  # 全市性会议一律(控制在)|1.5小时以内
    phrase = phrase.strip()
    if len(phrase) > _MEASURE_CHARS:
        # its last words, whole (村党组织书记中…, not 组织书记中…); not the rest of a date before
        # them (2012年以来|共培训…), nor the verb of the rule (要求|县处级以上领导干部…)
        cut = before_start + before.rfind(phrase) + len(phrase) - _MEASURE_CHARS
        word = view.tokens[view.token_index(cut)]
        phrase = phrase[len(phrase) - _MEASURE_CHARS - (cut - word.start):]
        phrase = _OPENING_WORDS.sub("", _without_date(view, before_start + before.rfind(phrase), phrase, _REST_OF_A_DATE))
        phrase = _REST_OF_A_DEADLINE.sub("", phrase)  # (6月)底前|完成…: the rest of a deadline, not what is counted
    if phrase and not is_han(phrase.replace("的", "")) and (kind := phrase.rpartition("的")[2]) and is_han(kind):
        # 其中超过50万元的|村|达到23个: what the figure before it qualifies (not an adverb after it:
        # 40岁左右的|干部|一般不少于1名)
        kind_end = before_start + before.rfind(phrase) + len(phrase)
        words = [t for t in view.tokens if kind_end - len(kind) <= t.start and t.end <= kind_end]
        while len(words) > 1 and words[-1].tag.startswith(("d", "a")):
            words.pop()
        return "".join(t.word for t in words) or None
    if phrase and is_han(_without_numbers_in_names(phrase).replace("的", "")):
        return phrase
    return _after_a_figure(view, before_start + before.rfind(phrase), phrase) if phrase else None


def _after_a_figure(view: SentenceView, at: int, phrase: str) -> str | None:
    """The words of ``phrase`` (at ``at``) after an earlier figure of its clause and what that
    figure counts (全县1.2万名党员|共|联系农户|4.5万户): what this figure counts is done by those."""
    figures = [m for m in _pattern().finditer(phrase) if m.end() < len(phrase)]
    if not figures:
        return None
    i = view.token_index(at + figures[-1].end())
    counts = figures[-1].group("unit") not in (None, *lexicon().bounded_units)  # not 到2025年|…: a date counts nothing
    while counts and i < len(view.tokens) and view.tokens[i].start < at + len(phrase) \
            and view.is_nominal(view.tokens[i], verbs=False):
        i += 1  # 党员: what the earlier figure counts
    if i >= len(view.tokens) or view.tokens[i].start >= at + len(phrase) or view.tokens[i].word in lexicon().units:
        return None  # 每满100分|可多分红: the earlier figure's own unit
    rest = _OPENING_WORDS.sub("", _AFTER_A_SPAN.sub("", phrase[view.tokens[i].start - at:]))
    rest = _LINKING_VERB.sub("", rest)  # 到2025年|技能人才总量|达到|1200万人
    last = view.tokens[view.token_index(at + phrase.rfind(rest) + len(rest) - 1)] if rest else None
    if len(rest) < 2 or last is None or not is_han(rest) or rest[0] in _JOINING_CHARACTERS \
            or not (last.tag.startswith(("n", "j")) or last.tag == "vn"):
        return None  # 比2020年|提高了, 每300至500户|配备: no noun of what is counted
    return rest


#: the words that end a span of time (5年|来, 3年|内)
_AFTER_A_SPAN = re.compile(r"^(?:年|个月|月|周|天)?(?:以来|来|内|中|后)")
#: characters that join items, opening no name of what is counted (或者, 和负面清单)
_JOINING_CHARACTERS = frozenset("和或及与并而")
#: the levels jieba joins a following 将 or 把 to (綦江|区将/n)
_LEVEL_CHARACTERS = frozenset("省市县区州旗盟镇乡村")


def _after_disposal(view: SentenceView, at: int, phrase: str) -> str:
    """The words of ``phrase`` (at ``at``) after the 将 or 把 that brings what is counted before
    its verb (綦江区将|村党组织书记报酬|提高到…): the one who does it is not what is counted."""
    first = view.token_index(at)
    inside = view.tokens[first:view.token_index(at + len(phrase)) + 1]
    cut = max((t.end for k, t in enumerate(inside, first) if at <= t.start and t.end < at + len(phrase) and (
        t.word in ("将", "把") and (t.tag == "p" or view.tokens[k + 1].tag.startswith("n"))  # 区|将/d|报酬: not 将/d 建立
        or len(t.word) == 2 and t.word[1] in "将把" and t.word[0] in _LEVEL_CHARACTERS)), default=None)
    return phrase[cut - at:] if cut is not None else phrase


def _without_numbers_in_names(phrase: str) -> str:
    """``phrase`` less the numbers that name something (全区|12345|热线…, a hotline): numbers
    between Chinese characters that no measure word or range follows (not 238个村, 300至500户),
    ages and Latin letters beside Chinese characters."""
    phrase = _AGE_IN_A_KIND.sub("", _LATIN_IN_A_NAME.sub("", phrase))  # 35岁以下村干部占比: an age that says who
    return _NUMBER_IN_A_NAME.sub(lambda m: "" if not _pattern().match(phrase, m.start()) else m.group(0), phrase)


#: Latin letters inside a name (APP学习平台, 党员e家)
_LATIN_IN_A_NAME = re.compile(r"(?<=[\u4e00-\u9fff])[A-Za-z]+|[A-Za-z]+(?=[\u4e00-\u9fff])")
#: an age, qualifying the people counted
_AGE_IN_A_KIND = re.compile(r"(?<![\d.])\d{1,3}(?=周?岁)")


#: a number between Chinese characters, no range or part of a date after it
_NUMBER_IN_A_NAME = re.compile(r"(?<=[\u4e00-\u9fff])\d{3,}(?=[\u4e00-\u9fff])(?![年月日万亿千百至到])")

#: the words before a period and the period, with its day and time, before what is counted
#: (服务中心每周|开放时间, 每周五下午|集中学习)
_UP_TO_A_PERIOD = re.compile(rf"^.*?(?:{PERIOD.pattern})(?:(?<=周)[一二三四五六日末])?(?:上午|下午|晚上|早上|中午)?")
#: each one of a kind, before the period of a figure (报酬|每人|每年, 办公经费|每村|每年)
_EACH_ONE_AT_END = re.compile(r"每(?:人|名|位|户|村|个?(?:社区|乡镇|街道|单位|支部|党支部|网格))$")
#: a period right before the figure, after what it counts
_PERIOD_AT_END = re.compile(rf"(?:{PERIOD.pattern})$")
#: a bracketed kind right after the name of what is counted (党群服务中心(站点))
_QUALIFIER_IN_BRACKETS = re.compile(r"(?<=[\u4e00-\u9fff])[((][\u4e00-\u9fff、]{1,6}[))]$")
#: the most characters of a measure written before its number
_MEASURE_CHARS = 16
#: a year opening the words before a number, and the words of time after it (2023年以来,)
_A_YEAR_OPENING = re.compile(r"^(?:19|20)\d{2}年(?P<when>以来|来|底|初|末|中|度)?[,]?")
#: the end of a date a measure cut short may open with
_REST_OF_A_DATE = re.compile(r"^\d{0,4}[年月日](?P<when>以来|来|底|初|末|中|度)?")


def _without_date(view: SentenceView, at: int, phrase: str, date: re.Pattern) -> str:
    """``phrase`` (at ``at``) without the ``date`` it opens with; the word of time after the
    year only when it is a word of its own (2022年|中心共受理: 中 opens 中心, not 年中)."""
    if not (found := date.match(phrase)):
        return phrase
    if found.group("when") and not view.token_ends_at(at + found.end("when")):
        return phrase[found.start("when"):]
    return phrase[found.end():]


def _after_a_name(view: SentenceView, at: int, phrase: str) -> str:
    """The words of ``phrase`` (at ``at``) after the last name it quotes or titles, and after 等
    there (“周末大讲堂”共举办讲座, 《初心之路》等精品课程); the quoted name with the word it opens,
    marks left out, when one character goes on from it (“候鸟”型人才, “较好”等次单位), and alone when
    the number follows it (评出“红旗村”35个)."""
    closing = max(phrase.rfind(c) for c in _CLOSING_MARKS)
    if closing < 0:
        return phrase
    opening = max(phrase.rfind(c, 0, closing) for c in _OPENING_MARKS)
    after = phrase[closing + 1:]
    if not after and opening >= 0 and is_han(phrase[opening + 1:closing]):
        return phrase[opening + 1:closing]  # 评出“红旗村”|35个: what the quoted name is
    tok = view.tokens[view.token_index(at + closing + 1)] if after else None
    goes_on = after.startswith("等次") or tok is not None and tok.word != "等" and (
        len(tok.word) == 1 and not tok.tag.startswith(("v", "d", "p", "f", "c", "u"))  # 等次: a grade, not "and so on"
        or view.is_nominal(tok, verbs=False) and closing - opening <= 5)  # “三型”机关示范单位: a short quote the name goes on from
    if goes_on and opening >= 0 and is_han(phrase[opening + 1:closing]):
        return phrase[opening + 1:closing] + after
    after = after.removeprefix("等")
    tok = view.tokens[view.token_index(at + len(phrase) - len(after))] if after else None
    if tok is not None and tok.tag in _NOT_OPENING_A_MEASURE and tok.word not in _OPENING_ADVERBS:
        return ""  # 接到「哨声」|后/f|须在: no words of what is counted after it
    return after


_OPENING_MARKS = "“「《(("
_CLOSING_MARKS = "”」》))"
#: tags of words no measure opens with (后, 在, 和), less the adverbs a measure's clause may open with
_NOT_OPENING_A_MEASURE = ("f", "p", "c", "u", "uj", "ul", "d", "r")
_OPENING_ADVERBS = ("共", "累计", "先后", "已", "已经", "至少")
#: words that may open the clause before a measure, none of it (the speaker's 我们, 我局 among them)
_OPENING_WORDS = re.compile(r"^(?:我们|共有|现有|已有|我[省市县区局委厅部]|要求|规定|明确|目前|已|共|累计|先后|已经|确保|保证|力争|其中|还|也|又)+")
