"""Rules that find named things: publications, programs, mechanisms, units, people, groups."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lexicon import lexicon, longest_first
from ..model import Comparator, EntityClass, Mention
from ..segment import dictionary_tag
from .metrics import ONE_PER, PERIOD, TIMES, comparator_cues_before, parse_number
from .view import Quote, SentenceView, find_all, governing_verb, is_han, strip_quotes

#: words of scope that modify but do not name (全省“三个一切”活动 is the 三个一切 campaign)
SCOPE_WORDS = ("全省", "全市", "全州", "全县", "全区", "全旗", "全乡", "全镇", "全国", "各地", "各级")
#: words taking each or all of a group (每名党员…, 全体党员…)
EACH_OR_ALL = ("每名", "每位", "每个", "全体", "所有")
NUMERAL_START = re.compile(r"^[一二两三四五六七八九十百双0-9]")
#: a word of numerals alone (双百, 三百)
NUMERAL_WORD = re.compile(r"[一二两三四五六七八九十百千万双0-9]+")
CN_NUMERALS = "零〇一二两三四五六七八九十百千万亿双"

#: how a unit named relative to the writer's own division begins (市委组织部, 省公安厅)
RELATIVE_PREFIXES = ("省", "市", "县", "区", "州", "旗", "盟", "自治区")


def _mention(view: SentenceView, cls: EntityClass, label: str, start: int, end: int, aliases=()) -> Mention:
    aliases = tuple(sorted({a for a in aliases if a and a != label}))
    return Mention(cls, label, start, end, view.sentence.index, aliases)


def head_class(head: str) -> EntityClass:
    lex = lexicon()
    if head in lex.head_classes:
        return EntityClass(lex.head_classes[head])
    return EntityClass.PROGRAM if head in lex.program_heads else EntityClass.MECHANISM


@cache
def _program_and_mechanism_heads() -> tuple[str, ...]:
    """Head nouns of programmes and mechanisms, longest first (in the lexicons' order when as long)."""
    lex = lexicon()
    return tuple(sorted(lex.program_heads + lex.mechanism_heads, key=len, reverse=True))


@lru_cache(maxsize=65536)
def _head_at_end(text: str) -> str | None:
    """The longest program or mechanism head that ``text`` ends with."""
    heads = _program_and_mechanism_heads()
    if not text.endswith(heads):  # most words end with none: one test in C
        return None
    return next(head for head in heads if text.endswith(head))


def head_of_its_own(name: str) -> str | None:
    """The head a quoted name ends with when that head makes it a name wherever it stands
    (“榕城讲坛”, “党员积分制”); not one that names only alone in quotes (“网上党校”等栏目)."""
    head = _head_at_end(name)
    return head if head and lexicon().program_head_needs.get(head) != "quote" else None


#: words that end in 新 without meaning "new" (档案动态|更新|机制 is named, 治理|新|模式 is not)
_WORDS_ENDING_IN_NEW = ("更新", "创新", "革新", "翻新", "刷新", "出新")


def is_generic(label: str, head: str | None, quoted: bool = False) -> bool:
    """Whether a name names nothing in particular (工作机制, 大型学习平台, 新机制); a quoted one
    may have a one-character modifier (“微党校”: the quotes mark a name)."""
    lex = lexicon()
    if label in lex.generic_names:
        return True
    # 大型学习平台: generic words before a generic name name nothing either
    modifiers = longest_first("generic_modifiers")
    rest = label
    while rest.startswith(modifiers):  # one test in C before looking for which modifier it is
        lead = next((m for m in modifiers if len(rest) > len(m) and rest.startswith(m)), None)
        if lead is None:
            break
        rest = rest[len(lead):]
        if rest in lex.generic_names:
            return True
    if head:
        modifier = label[: len(label) - len(head)]
        if modifier in lex.generic_modifiers or len(modifier) < (1 if quoted else 2):
            return True
        if modifier.endswith("新") and len(modifier) > 2 and is_han(modifier[-2]) and modifier[-2] not in _CN_NUMERALS \
                and not modifier.endswith(_WORDS_ENDING_IN_NEW):
            return True  # 基层治理新模式: a new one of a kind, not one named (四新机制, 动态更新机制 are)
    return False


_CN_NUMERALS = "一二三四五六七八九十两"


# ---------------------------------------------------------------------- 《…》

def find_publications(view: SentenceView) -> tuple[list[Mention], list[Mention]]:
    """Every 《…》 names a Publication; one followed by a program head also names that Program
    (《商务为民公约》宣传活动). Returns (publications, programs)."""
    pubs, programs = [], []
    for q in view.book_titles:
        a, b = q.inner
        title = view.slice(a, b).strip()
        if not title or len(title) > 60:
            continue
        pubs.append(_mention(view, EntityClass.PUBLICATION, title, a, b))
        tail = _tail_head(view, q.end)
        if tail and head_class(tail[1]) is EntityClass.PROGRAM and lexicon().program_head_needs.get(tail[1]) == "verb":
            end, head = tail
            label = title + view.slice(q.end, end)
            programs.append(_mention(view, EntityClass.PROGRAM, label, q.start, end, (title,)))
    return pubs, programs


#: how many years a campaign runs: 三年, 5年
_YEARS_OPENING = re.compile("[一二三四五两十\\d]{1,2}年(?=[\u4e00-\u9fff])")


#: a count after 等, before the kind the items listed are of (…等8个学习专栏)
_COUNT_AFTER_SUCH = re.compile(r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})[个项类种大支]")


#: 等 and the count after it, opening what follows a list of quoted names (“…”“…”等8个|学习专栏)
_SUCH_AND_COUNT = re.compile(r"^等(?:" + _COUNT_AFTER_SUCH.pattern + ")?")


def _tail_head(view: SentenceView, pos: int, max_chars: int = 12) -> tuple[int, str] | None:
    """A short run of nominal tokens right after ``pos`` (after an optional 等) that ends in a
    head noun and ends the noun phrase: returns (end, head)."""
    i = view.token_index(pos)
    if i < len(view.tokens) and view.tokens[i].start < pos:
        return None
    if i < len(view.tokens) and view.tokens[i].word == "等":
        i += 1
        # …等8个|学习专栏, 等|三项|主题教育活动: how many there are of the kind, no part of its name
        if (count := _COUNT_AFTER_SUCH.match(view.doc.work, view.tokens[i].start if i < len(view.tokens) else pos)) \
                and view.token_ends_at(count.end()):
            while i < len(view.tokens) and view.tokens[i].end <= count.end():
                i += 1
    begin = view.tokens[i].start if i < len(view.tokens) else pos
    # how many years it runs, opening what the name says (“强基固本”三年行动)
    if (years := _YEARS_OPENING.match(view.doc.work, begin)) and view.token_ends_at(years.end()):
        while i < len(view.tokens) and view.tokens[i].end <= years.end():
            i += 1
    # the count of the quotes before, opening the name (“微宣讲”“微课堂”“微视频”|三/m|微宣讲活动)
    if i < len(view.tokens) and view.tokens[i].start == pos and len(view.tokens[i].word) == 1 \
            and (last := next((q for q in view.quotes if q.end == pos), None)) is not None and view.counted_by(pos, last):
        i += 1
    best = None
    verb_in_it = False  # a verb in the run: a one-character head (网) is then a word's end (护航|电网)
    while i < len(view.tokens):
        tok = view.tokens[i]
        if tok.end - begin > max_chars:
            break
        verb_in_it = verb_in_it or tok.tag == "v"
        if not view.is_nominal(tok) and tok.word not in lexicon().program_heads \
                and not _LEVELS_COUNTED.fullmatch(tok.word):  # “临江党建”APP/eng, …”|四级/m|组织体系
            # a verb right before a mechanism's head says what it rules (“双导师”培养制度), and
            # one before a programme's what it does (“红色物业”提升行动); not a verb that governs
            # what follows (围绕“三会一课”开展活动); so may one after a noun (“党建+网格”服务|提升|行动)
            nxt = view.tokens[i + 1] if i + 1 < len(view.tokens) else None
            if not (tok.tag.startswith("v") and nxt is not None and view.is_nominal(nxt)
                    and nxt.end - begin <= max_chars and _head_at_end(nxt.word) == nxt.word
                    and (head_class(nxt.word) is EntityClass.MECHANISM and tok.start == begin
                         or len(tok.word) >= 2 and tok.word not in lexicon().run_verbs)) \
                    and not _verb_of_a_responsibility(view, i, begin, max_chars):  # not 进|课堂
                break
        text = view.slice(begin, tok.end)
        head = _head_at_end(text)
        if head and not view.continues_name(tok.end) and not (len(head) == 1 and verb_in_it):
            best = (tok.end, head)
        i += 1
    return best


#: how many levels a system has, as jieba may tag it, a numeral (四级/m, 两级/m; 三级/b)
_LEVELS_COUNTED = re.compile("[一二两三四五六七八九十]级")


def _verb_of_a_responsibility(view: SentenceView, i: int, begin: int, max_chars: int) -> bool:
    """Whether token ``i``, right after a quote, is a verb of what those quoted are responsible
    for, with a noun or two and a rule's head after it (“三级书记”|抓|党建|责任制, …|抓|乡村|振兴|责任制): the verb is
    the rule's name's; not a verb that sets up or runs what follows (“…”|建立|…机制)."""
    tok = view.tokens[i]
    if not tok.tag.startswith("v") or tok.start != begin or governing_verb(tok.word):
        return False
    for nxt in view.tokens[i + 1:i + 4]:
        # a two-character verb its noun takes (乡村|振兴/v) is the field's
        if not (view.is_nominal(nxt) or nxt.tag == "v" and len(nxt.word) == 2 and not governing_verb(nxt.word)) \
                or nxt.end - begin > max_chars:
            return False
        if (head := _head_at_end(view.slice(begin, nxt.end))) and head_class(head) is EntityClass.MECHANISM:
            return True
    return False


# ---------------------------------------------------------------------- “…”

#: an honour or a rating a numeral opens (“十佳村支书”, “百强企业”, “四星支部”): no pattern of work
_HONOUR = re.compile(r"[十百千]+[佳大强优杰]|[一二三四五六]星级?[\u4e00-\u9fff]")
#: the ten great (十大工程): a set of works, not an honour
_TEN_GREAT = ("十大", "百大", "千大")
#: a numeral before the kind of people it counts: “两代表一委员”
_COUNTED_KIND = re.compile(r"[一二两三四五六七八九十百千\d]+[个名位]?([\u4e00-\u9fff]+?)(?=[一二两三四五六七八九十百千\d]|$)")


def _counted_people(bare: str) -> bool:
    """Whether a numbered quote counts kinds of people, each after its numeral (“两代表一委员”):
    who they are, no pattern of work."""
    kinds = [m.group(1) for m in _COUNTED_KIND.finditer(bare)]
    people = lexicon().group_heads + ("委员",)
    return bool(kinds) and "".join(m.group(0) for m in _COUNTED_KIND.finditer(bare)) == bare \
        and all(k in people for k in kinds)


#: a name that ends by counting its articles: 人才新政30条, 新十条, 稳增长20条
_POLICY_ARTICLES = re.compile(r"[\u4e00-\u9fff]{1,16}?(?:\d{1,3}|[一二三四五六七八九十]{1,3})条")


def find_quoted_names(view: SentenceView) -> list[Mention]:
    """Names in quotes: “X”+head (“书香泉城”全民阅读活动), X ending in a head (“威海讲坛”),
    numbered patterns (“五落实”, “四个一”工程), and short names a verb of running governs
    (开设“每月一讲”)."""
    out = []
    quotes = view.quotes
    made: dict[int, list[Mention]] = {}  # what each quote gave, by its index
    for k, q in enumerate(quotes):
        size = len(out)
        if not any(b.start < q.start and q.end < b.end for b in view.book_titles):
            _quoted_name(view, q, out)  # not inside a work's title (《…“红色积分”管理办法》: the work's)
        made[k] = out[size:]
        if len(out) == size + 1 and out[-1].end > q.end and out[-1].start <= q.start:
            # a run of quotes before this one shares the head after it (“党员责任区”“党员示范岗”制度,
            # “日研判”、“周调度”机制): a list distributes over its head noun, each item instead
            # of what it gave alone
            name = out[-1]
            tail_text = _SUCH_AND_COUNT.sub("", view.slice(q.end, name.end))
            j = k
            while j > 0 and _between_listed_quotes(view.slice(quotes[j - 1].end, quotes[j].start)):
                j -= 1
                item = strip_quotes(view.slice(*quotes[j].inner))
                if not item or len(item) > 20 or not is_han(item.replace("+", "")) \
                        or ((own := head_of_its_own(item)) and len(item) > len(own)):
                    break  # “宜昌党建网”和“…”微信平台: a name with its own head keeps it
                for m in made[j]:
                    out.remove(m)
                out.append(_mention(view, name.cls, item + tail_text, quotes[j].start, quotes[j].end, (item,)))
    return out


#: what stands between the items of a list of names
LIST_MARKS = ("、", "和", "与", "及")
#: what joins a unit to the ones it acts with, the first leading (市委组织部会同市人社局、市财政局…)
ACTING_WITH = ("会同", "联合")


def _between_listed_quotes(between: str) -> bool:
    """Whether the text between two quotes makes them items of one list: nothing, a conjunction,
    or one and the level the next item is of (街道“大工委”、社区“大党委”制度)."""
    if between == "" or between in LIST_MARKS:
        return True
    return between[:1] in LIST_MARKS and between[1:] in lexicon().level_words


def _acting_verb_before(view: SentenceView, left: int, quote: int) -> bool:
    """Whether the word right before a quote is the verb of a unit acting on what the quote
    names, jieba's verbal noun or not (临江市建设“…平台”, 市委组织部建设“…馆”, ……:建设“…”): the
    words before it say who, not what kind."""
    verb = view.prev_token(quote)
    if verb is None or verb.end != quote or verb.tag not in ("v", "vn") or verb.start < left:
        return False
    if left != view.clause_bounds(left)[0]:
        return False  # 推行党支部建设“五化”工作法: what kind, inside the object of 推行
    subject = view.slice(left, verb.start)
    return not subject or subject in view.places or subject.endswith(lexicon().org_suffixes + lexicon().admin_suffixes)


#: levels listed with brackets, right before a body's name: 区(市)|县纪委监委, 乡(镇)|街道党委
LEVELS_IN_BRACKETS = re.compile(r"[省市县区乡镇旗街][((][省市县区乡镇旗、街道]{1,6}[))]$")
#: what follows the quoted patterns of a standard set from above (紧扣“五个好”“五带头”要求): the
#: other quotes of its list, then the word for a standard
_A_STANDARD_AFTER = re.compile(r"(?:[、和与及]?[“「][^”」]{1,12}[”」])*的?总?(?:要求|标准|目标)")
#: a span of time a numbered name stands for (“十四五”期间): a period, no pattern
_A_TIME_AFTER = re.compile("期间|时期|以来|开局")


def _one_common_word(view: SentenceView, start: int, end: int) -> bool:
    """Whether [start, end) is one word jieba knows as an adjective, adverb, pronoun or idiom (“一般”
    等次, “一致”, “一切”, 激活“一池春水”), or as a numeral's word that is more than numerals (“一把手”,
    “一线”; not “双百”): a numeral opens it, yet it counts nothing."""
    inside = [t for t in view.tokens if start <= t.start and t.end <= end]
    return len(inside) == 1 and inside[0].start == start and inside[0].end == end \
        and (inside[0].tag in ("a", "ad", "d", "r", "c", "i")
             or inside[0].tag == "m" and not NUMERAL_WORD.fullmatch(inside[0].word))


def _practice_after(view: SentenceView, end: int) -> str | None:
    """The words right after a quote ending at ``end`` that name a practice (管理, 培训), with a
    two-character word of how before the practice's noun (“五星”|评定/v|管理, “红黄绿”|分类管理/n)."""
    lex = lexicon()
    if way := next((w for w in lex.practice_nouns if view.slice(end, end + len(w)) == w), None):
        return way
    tok = view.next_token(end)
    if tok is None or tok.start != end or not is_han(tok.word) or not tok.tag.startswith(("v", "n")):
        return None
    if len(tok.word) == 2 and tok.tag in ("v", "vn"):
        return next((tok.word + w for w in lex.practice_nouns if view.slice(tok.end, tok.end + len(w)) == w), None)
    return tok.word if len(tok.word) == 4 and tok.word.endswith(lex.practice_nouns) else None


def _quoted_name(view: SentenceView, q: Quote, out: list[Mention]) -> None:
    """What one quote names, added to ``out`` (see find_quoted_names)."""
    lex = lexicon()
    a, b = q.inner
    inner = view.slice(a, b)
    if not inner.strip() or len(inner) > 40 or "。" in inner:
        return
    bare = strip_quotes(inner)
    left = view.left_edge(q.start, max_tokens=4, through_quotes=False, verbs=False)
    before = view.prev_token(left)
    if before is not None and before.tag == "m" and before.end == left and left < q.start \
            and (counter := view.tokens[view.token_index(left)]).start == left and len(counter.word) == 1:
        left, before = counter.end, counter  # 举办1|期|“周末讲堂”: the measure word counts it, no qualifier
    if before is not None and before.word in ("和", "与", "及", "、"):
        left = q.start  # 品牌化和工作化“五化”联动: the words before are a list, not a modifier
    prefix = view.slice(left, q.start)
    if len(prefix) == 1 and view.tokens[view.token_index(left)].tag in ("a", "d", "v", "u", "ul"):
        left, prefix = q.start, ""  # 要用/v|好/a|“学习强国”: a verb's complement jieba cut from it, no qualifier
    if prefix in SCOPE_WORDS or _acting_verb_before(view, left, q.start) \
            or len(prefix) >= 3 and prefix.endswith(lex.admin_suffixes) and split_admin_chain(prefix)[-1] in view.places \
            or len(prefix) >= 4 and prefix.endswith(lex.org_suffixes) and not prefix.endswith(lex.generic_org_heads) \
            and view.tokens[view.token_index(q.start) - 1].tag != "v":
        # (江苏省泰州市姜堰区|“三堂一站”, 市纪委监委|“四个强化”: the place or body that acts, no
        # qualifier of the name)
        left, prefix = q.start, ""
    tail = _tail_head(view, q.end)
    if tail and lex.program_head_needs.get(tail[1]) == "list":
        tail = None
    if tail and view.slice(q.end, q.end + 1) == "等" and head_of_its_own(bare):
        tail = None  # 建成“榕城讲坛”等学习平台86个: a name with its own head, then the kind it is one of
    if tail and head_of_its_own(bare) and lex.program_head_needs.get(tail[1]) == "quote" \
            and head_class(tail[1]) is EntityClass.PROGRAM and head_class(_head_at_end(bare)) is EntityClass.PROGRAM:
        tail = None  # 开设“高原红课堂”专题班: a programme's own name, then the kind of class it is
    if tail and tail[1] in lex.program_heads and lex.program_head_needs.get(tail[1]) == "verb":
        nxt = view.next_token(tail[0])
        if nxt is not None and nxt.word == "的" and view.governor(left) not in lex.run_verbs:
            tail = None  # 参与“黄赌毒”活动的党员: the phrase describes, it names nothing
    if tail:
        end, head = tail
        tail_text = view.slice(q.end, end)
        label = bare + _SUCH_AND_COUNT.sub("", tail_text)
        cls = head_class(head)
        if view.counted_by(q.end, q):
            # “微宣讲”“微课堂”“微视频”|三微宣讲活动: the name counts the quotes, its items; the
            # last item, named with a head of its own (…“机关作风提升工程”三大工程), is one still
            if not is_generic(tail_text, head):
                out.append(_mention(view, cls, tail_text, q.end, end))
            if (own := head_of_its_own(bare)) is not None and not is_generic(bare, own, quoted=True):
                out.append(_mention(view, head_class(own), bare, q.start, q.end))
            return
        if not is_generic(label, head):
            # the words before the quote qualify the name: an alias, not the label; the quote
            # alone is one too, unless it names a programme of its own whose body or part the
            # head is (“百姓讲堂”|讲师团: the lecturers of the lectures)
            own = head_of_its_own(bare) and lex.program_head_needs.get(head) == "own" \
                and head_class(_head_at_end(bare)) is EntityClass.PROGRAM
            out.append(_mention(view, cls, label, left, end, (prefix + label,) if own else (bare, prefix + label)))
        return
    head = _head_at_end(bare)
    # “四个一”, “三同步”: a numbered pattern; not an honour (“十佳村支书”, “百强企业”)
    numbered = bool(NUMERAL_START.match(bare)) and 2 <= len(bare) <= 8 and not re.search(r"[、,]", bare) \
        and not _HONOUR.match(bare) and not (len(bare) <= 3 and bare.endswith(lex.org_suffixes)) \
        and not _counted_people(bare) \
        and not _one_common_word(view, a, b)  # “两委”: bodies; “两代表一委员”: people; “一般”: a word
    after = view.next_token(q.end)
    # “两新”组织: a kind of body follows, whatever jieba tagged it (组织/v), or a level opening one
    # (“五好”村/zg|党组织), whatever jieba tagged the level: the quote names none
    follows_name = view.continues_name(q.end) or after is not None and after.start == q.end and (
        after.word in lex.generic_org_heads
        or after.word in ("村", "乡", "镇", "乡镇") and view.continues_name(after.end))
    if head and _HONOUR.match(bare) and not bare.startswith(_TEN_GREAT):
        return  # 评选“十佳夜校”, “五星级党支部”: an honour given, not a programme (“十大工程” is one)
    if head and not re.search(r"[、,]", bare) and len(bare) > len(head):
        # the quotes mark a name; one ending in its own head is a name even before another
        # noun (“宜昌党建网”和…, “党员积分制”管理)
        if lex.program_head_needs.get(head) != "list" and not is_generic(bare, head, quoted=True):
            # “党建+项目”: the party's work joined to a kind of thing, a named pattern, whatever its
            # kind (“e等公务园+学习平台” is a platform)
            cls = EntityClass.MECHANISM if bare.endswith("+" + head) else head_class(head)
            out.append(_mention(view, cls, bare, a, b, (prefix + bare,)))
        return
    way = _practice_after(view, q.end)
    if way and 2 <= len(bare) <= 12 and is_han(bare.replace("+", "").replace("、", "")) \
            and view.slice(q.end + len(way), q.end + len(way) + 1).strip() in (",", "。", ";", "、", "的", "") \
            and (view.governor(q.start) in lex.practice_verbs or view.governor(q.start) in lex.establish_verbs):
        # 推行干部教育培训“学分银行”管理, 推行干部“点单式”培训, 推行“五星”评定管理, 推行“街道吹哨、
        # 部门报到”改革: a way of doing the quote names, put in place
        out.append(_mention(view, EntityClass.MECHANISM, bare + way, left, q.end + len(way), (bare, prefix + bare + way)))
        return
    if numbered and not follows_name and not _A_STANDARD_AFTER.match(view.slice(q.end, q.end + 40)) \
            and not _A_TIME_AFTER.match(view.slice(q.end, q.end + 2)):
        if view.slice(q.end, q.end + 2) == "改革" and not view.continues_name(q.end + 2):
            # …的“三变”改革: the reform the numbered pattern names, whatever verb governs it
            out.append(_mention(view, EntityClass.MECHANISM, bare + "改革", left, q.end + 2, (bare, prefix + bare + "改革")))
            return
        out.append(_mention(view, EntityClass.MECHANISM, bare, a, b, (prefix + bare,)))
        return
    if _POLICY_ARTICLES.fullmatch(bare) and not follows_name:
        # “人才新政30条”, “新十条”: a policy of so many articles
        out.append(_mention(view, EntityClass.MECHANISM, bare, a, b, (prefix + bare,)))
        return
    verb = view.prev_token(q.start)
    # 以“书香临淄”为载体, 以创建“书香临淄”为载体, 以“…”建设为载体: what the work is carried by (the
    # work's word after the quote is no more of its name)
    carried = (view.slice(q.start - 1, q.start) == "以" or (
        verb is not None and verb.end == q.start and verb.tag.startswith("v") and len(verb.word) == 2
        and view.slice(verb.start - 1, verb.start) == "以")) and \
        re.sub(r"^(?:建设|创建|工作)", "", view.slice(q.end, q.end + 6)).startswith(tuple("为" + w for w in lex.carrier_words))
    if 2 <= len(bare) <= 10 and not re.search(r"[、,。!?]", bare) and (not follows_name or carried):
        governor = view.governor(q.start)
        if bare.endswith(lex.event_heads) and not carried:
            return  # 举办“公务员国家事务研讨会”: a meeting held, which the events' rules read
        if governor in lex.run_verbs and governor not in lex.establish_verbs or carried:
            # (“楼宇党建+”: the party's work joined to whatever follows, a pattern, a rule's kind)
            out.append(_mention(view, EntityClass.MECHANISM if bare.endswith("+") else EntityClass.PROGRAM, bare, a, b))
        elif governor in lex.practice_verbs and (verb := view.prev_token(left)) is not None \
                and verb.end == left and governing_verb(verb.word) == governor \
                and view.slice(q.end, q.end + 1).strip() in (",", "。", ";", "") and not _head_at_end(bare):
            # 推行“阳光村务”, 推行城乡党组织“支部联建”: a practice set up (for whom, between)
            out.append(_mention(view, EntityClass.MECHANISM, bare, a, b, (prefix + bare,) if prefix else ()))


# ---------------------------------------------------------------------- unquoted heads

@cache
def _name_heads() -> tuple[str, ...]:
    """Head nouns of programmes, mechanisms and roles, longest first."""
    return tuple(sorted(longest_first("program_heads") + longest_first("mechanism_heads") + longest_first("role_heads"),
                        key=len, reverse=True))


def find_head_names(view: SentenceView, taken: list[tuple[int, int]]) -> list[Mention]:
    """Unquoted names ending in a head noun: 建立考核机制, 纳入绩效考核体系, 民生政策宣讲站."""
    lex = lexicon()
    out = []
    listed = []  # rules whose verb is not one that sets them up: perhaps the item of a list
    text = view.text
    seen_ends = set()
    for head in [h for h in _name_heads() if h in text]:
        for at in find_all(text, head):
            start, end = view.start + at, view.start + at + len(head)
            if end in seen_ends or any(a <= start < b for a, b in taken) or view.inside_a_name(start, end):
                continue
            if not view.token_ends_at(end):
                continue
            if len(head) == 1 and (word := view.tokens[view.token_index(start)]).start < start and word.tag.startswith("v"):
                continue  # 事业|编制/v: a verb the head's character ends, no system (学分制/n is one)
            nxt = view.next_token(end)
            pilot = nxt is not None and nxt.word.startswith(("试点", "试行"))
            # 推行党员积分制管理: management by the system, named with it (the system an alias)
            managed = head.endswith("制") and nxt is not None and nxt.start == end and nxt.word == "管理" \
                and not view.continues_name(nxt.end)
            cls = head_class(head)
            clause = view.clause_bounds(start)
            # a rule its clause says was put in force (干部自主选学机制全面/n 推开): the subject
            in_force = cls is EntityClass.MECHANISM and _put_in_force_after(view, end, clause[1])
            if view.continues_name(end) and not pilot and not managed and not in_force:
                continue
            seen_ends.add(end)
            left = view.left_edge(start)
            if left > start:
                continue
            if cls is EntityClass.MECHANISM and (led := _LED_BY.search(view.slice(max(view.start, left - 4), left))) \
                    and (leader := view.left_edge(left - len(led.group(0)), verbs=False)) < left - len(led.group(0)):
                left = leader  # 党委领导下的院长负责制: who leads is part of the system's name
            if cls is EntityClass.MECHANISM and view.slice(left - 1, left) in ("与", "和", "同") \
                    and _LINKS.search(view.slice(left, start)) and (linked := view.left_edge(left - 1)) < left - 1:
                left = linked  # 述职评议结果与绩效工资挂钩制度: both things the rule links are its name
            if cls is EntityClass.MECHANISM and (view.governor(left) not in lex.establish_verbs
                                                 or view.token_index(left) > 0
                                                 and view.tokens[view.token_index(left) - 1].tag == "vn"):
                # a rule named by what it makes people do (建立了机关党员到社区报到制度): the
                # name runs from the verb that sets it up, verbs inside it and all (and verbal
                # nouns: 推行领导干部个人有关/vn|事项报告…制度)
                # (or by an improving verb: 完善|年轻干部选拔/v|培养/v|机制, named as fully)
                named = _named_after_establishing(view, start, lex.establish_verbs | lex.improve_verbs)
                left = named if named is not None and named < left else left
                if named is None and (items := _items_named_after_establishing(view, start)):
                    # 建立选学登记和学时认定制度: each item of the list is a rule of the shared head
                    out += [_mention(view, cls, view.slice(a, b) + head, a, end if b == start else b, (view.slice(a, b),))
                            for a, b in items]
                    continue
            elif cls is EntityClass.PROGRAM and lex.program_head_needs.get(head) == "verb" \
                    and view.governor(left) not in lex.run_verbs:
                # a campaign named by what it does (实施农村带头人队伍整体优化提升行动): from the verb
                # that runs it, verbs inside it and all
                named = _named_after_establishing(view, start, lex.run_verbs)
                left = named if named is not None and named < left else left
            if cls is EntityClass.MECHANISM and left == start and (k := view.token_index(start)) >= 2 \
                    and (verb := view.tokens[k - 1]).end == start and verb.word in lex.establish_verbs \
                    and view.tokens[k - 2].end == verb.start and view.tokens[k - 2].tag in ("n", "vn", "an") \
                    and (named := _named_after_establishing(view, verb.start)) is not None:
                left = named  # 建立|年轻干部常态化|配备/v|机制: a verb inside the name, which another sets up
            if in_force and clause[0] < left and _only_name_words(view, clause[0], left):
                left = clause[0]  # the subject's name, verbs inside it and all (干部自主/v 选学机制)
            if view.slice(left - 1, left) == "、" and (levels := _LAST_LEVEL_LISTED.match(view.slice(left, start))):
                left += levels.end()  # 市、县、乡|三级联动培训机制: the levels are listed, the name is counted
            if (shared := _SHARED_LEAD_LIST.search(view.slice(max(view.start, left - 24), left))) \
                    and view.governor(left - len(shared.group(0))) in lex.establish_verbs:
                left -= len(shared.group(0))  # 推行|同部署、同落实、同/p|考核制度: the list names the rule
            opening = view.tokens[view.token_index(left)]
            if opening.start == left and len(opening.word) > 2 and opening.word[:2] in lex.establish_verbs | lex.improve_verbs:
                left += 2  # 建立|健全制度/n|体系: a verb of setting up, whatever jieba joined it to
            if view.slice(left, left + 1) == "了" and view.governor(left + 1):
                left += 1  # 建立|了驻|村干部考核办法: the verb's particle, whatever jieba joined it to
            if _NUMERAL_BEFORE.search(view.slice(max(view.start, left - 1), left)) and view.slice(left, left + 1) in _MEASURE_WORDS:
                left += 1  # 设置4|个分/n|论坛: the measure word jieba joined to the name counts it
            if left == start and cls is EntityClass.PROGRAM and lex.program_head_needs.get(head) == "verb" \
                    and (item := _listed_item_before().search(view.slice(max(view.start, start - 11), start))):
                left = start - len(item.group(1))  # 、社区服务提升|行动: a listed item, verbs inside its name and all
            label = strip_quotes(view.slice(left, end))
            # 党建+业务…, 同部署、同落实…: marks a name may hold
            if is_generic(label, head) or not is_han(_BRACKETED_QUALIFIERS.sub("", label).replace("+", "").replace("、", "")):
                continue
            governor = _governor_through_joined_verbs(view, left)
            standalone = (left, end) == clause or (left == clause[0] and view.slice(end, clause[1]).strip() == "")
            if cls is EntityClass.PROGRAM and _a_committees_team(view.tokens, view.token_index(start)):
                continue  # 省委讲师团: the committee's body (find_units), no programme
            if cls is EntityClass.PROGRAM:
                needs = lex.program_head_needs.get(head, "own")
                if needs in ("quote", "list"):
                    continue
                ok = needs == "own" or (needs == "verb" and governor in lex.run_verbs)
                if needs == "verb" and len(label) - len(head) < 4 and head == "活动":
                    ok = False  # 读书活动, 学习活动: too generic to name a programme
                if needs == "verb" and _TIMES_HELD.match(view.slice(end, end + 12)):
                    ok = False  # 开展志愿服务活动1.5万场次: activities of a kind, counted; no one named
            else:
                ok = governor in lex.establish_verbs or pilot or (standalone and left == view.start) \
                    or (in_force and left == clause[0]) \
                    or (governor in lex.improve_verbs and len(label) - len(head) >= _SPECIFIC_MODIFIER)
                if ok and not pilot and governor not in lex.establish_verbs and view.slice(end, end + 1) in (",", ":") \
                        and (view.token_index(start) - view.token_index(left) <= 1
                             or label[:-len(head)].endswith(lex.org_suffixes + lex.admin_suffixes)):
                    ok = False  # 学校规定,…, 临江市委组织部规定,…: who rules what, opening a sentence
            if ok and managed:
                out.append(_mention(view, cls, label + nxt.word, left, nxt.end, (label,)))
            elif ok:
                out.append(_mention(view, cls, label, left, end))
            elif cls is EntityClass.MECHANISM and governor not in lex.establish_verbs \
                    or cls is EntityClass.PROGRAM and lex.program_head_needs.get(head) == "verb" and governor not in lex.run_verbs:
                listed.append(_mention(view, cls, label, left, end))
    # the rules a counted set of them is, listed after it (实施“四项机制”,即干部选育机制、…): each
    # is set up as the set is
    out += [m for m in listed if _COUNTED_SET_BEFORE.search(view.slice(view.start, m.start))]
    listed = [m for m in listed if m not in out]
    # a rule listed after one its verb sets up (推行坐班值班制度、民主评议制度和述职述廉制度): the
    # verb sets up each; the verb found for it is the item's before it
    while found := [m for m in listed if any(o.cls is m.cls and view.slice(o.end, m.start) in _LIST_JOINS for o in out)]:
        out += found
        listed = [m for m in listed if m not in found]
    return out


#: how many characters before its head name a rule an improving verb governs (完善|经常性谈心谈话制度;
#: not 完善|人才政策体系)
_SPECIFIC_MODIFIER = 5
#: a counted set of rules, then what they are (“四项机制”,即…; 三项制度:…)
_COUNTED_SET_BEFORE = re.compile(r"[一二两三四五六七八九十\d]+[项个条种大]“?[\u4e00-\u9fff]{0,6}(?:机制|制度|体系|办法|行动|工程|活动)”?"
                                 r"\s*(?:[,:(]\s*(?:即|分别是|包括)?|(?:即|分别是|包括))[::]?\s*$")
#: a list of items sharing their first character, before the last of them opens a rule's name
#: (同部署、同落实、同|考核制度), its first character standing alone
_SHARED_LEAD_LIST = re.compile(r"([\u4e00-\u9fff])[\u4e00-\u9fff]{1,3}、(?:\1[\u4e00-\u9fff]{1,3}、){0,4}\1$")
#: the last of a list of levels, before the count of them that opens a name (市、县、乡|三级…)
_LAST_LEVEL_LISTED = re.compile(r"[\u4e00-\u9fff]{1,2}(?=[一二两三四五六七八九十]级)")
#: how many times activities of a kind were held, right after their name
_TIMES_HELD = re.compile(r"(?:\d[\d.]*|[一二两三四五六七八九十百千]+)[万千]?[余多]?(?:场次|场|次|期)")
#: a system named by who leads it: 党委领导下的|院长负责制, 党组织领导的|校长负责制
_LED_BY = re.compile("领导下?的$")
#: a rule named by the two things it links (…与绩效工资挂钩制度)
_LINKS = re.compile("(?:挂钩|衔接|联动|相结合|结合|对接|并行|融合|互促|协同)$")


@cache
def _listed_item_before() -> re.Pattern:
    """The words of a list's item before its head, after the mark that sets it off: 、, or 和 after
    the item before's head (…行动、|社区服务提升|行动, …行动和|平安社区创建|行动)."""
    heads = "|".join(re.escape(h) for h, needs in lexicon().program_head_needs.items() if needs == "verb")
    return re.compile(rf"(?:、|(?:{heads})和)([\u4e00-\u9fff]{{2,9}})$")


#: tags of words that are never part of a name: numbers, pronouns, particles, prepositions …
_NOT_IN_NAMES = ("m", "q", "r", "p", "c", "u", "ul", "uj", "ud", "uz", "d")


def _a_word_of_a_name(tok) -> bool:
    """Whether a word can be part of a name: Chinese, and no number, pronoun, particle,
    preposition, conjunction or adverb."""
    return is_han(tok.word) and tok.tag not in _NOT_IN_NAMES and tok.word not in ("的", "之", "等")


def _only_name_words(view: SentenceView, start: int, end: int) -> bool:
    """Whether [start, end) is a short run of words that can only be part of a name."""
    if not 0 < end - start <= 10:
        return False
    i = view.token_index(start)
    inside = [t for t in view.tokens[i:view.token_index(end - 1) + 1] if start <= t.start and t.end <= end]
    return all(_a_word_of_a_name(t) for t in inside)


def _put_in_force_after(view: SentenceView, end: int, clause_end: int) -> bool:
    """Whether the clause a name opens says it was put in force: its first verb, after adverbs
    and where (全面|推开, 已经|建立, 在全县|推行), is one of the lexicon's (干部自主选学机制全面推开)."""
    for i in range(view.token_index(end), len(view.tokens)):
        tok = view.tokens[i]
        if tok.start < end:
            continue
        if tok.end > clause_end or tok.start - end > 8:
            return False
        if tok.tag.startswith("v"):
            return tok.word in lexicon().in_force_verbs
    return False


_BRACKETED_QUALIFIERS = re.compile(r"[((][\u4e00-\u9fff]{1,4}[))]")
_BRACKETED_QUALIFIER = re.compile(_BRACKETED_QUALIFIERS.pattern + "$")
#: a level and, in brackets, the other kind of division at that level: 村(社区), 乡镇(街道)
_LEVEL_AND_ITS_KIND = re.compile(r"(?:村|乡镇|乡|镇)[((][\u4e00-\u9fff]{2,3}[))]$")
#: a level's committee written with the levels beside it in brackets: 县(区)委, 县(市、区)委
_LEVELS_COMMITTEE = re.compile(r"[省市县区州][((][省市县区州旗、]{1,5}[))]委$")


def _governor_through_joined_verbs(view: SentenceView, start: int) -> str | None:
    """The verb that governs a name starting at ``start``; of verbs written together before it
    (健全|完善, 建立|和|完善), the one that sets something up, if one does."""
    governor = view.governor(start)
    establish = lexicon().establish_verbs
    if governor in establish:
        return governor
    at = start
    for tok in reversed(view.tokens[:view.token_index(start)]):
        if tok.end != at or not _joins_verbs(tok.word):
            break
        if (verb := governing_verb(tok.word)) in establish:
            return verb
        at = tok.start
    return governor


def _named_after_establishing(view: SentenceView, head_start: int, verbs: frozenset[str] | None = None) -> int | None:
    """Where the name of a mechanism whose head starts at ``head_start`` begins, when the words
    between it and a verb that sets it up (or one of ``verbs``), in the same clause, can only be
    its name: a short run of words with no numbers, pronouns, particles, prepositions or
    conjunctions."""
    establish = verbs if verbs is not None else lexicon().establish_verbs
    clause_start, _ = view.clause_bounds(head_start)
    # brackets break clauses, but not a division's kind that qualifies a word of the name: 乡镇(街道)
    while (q := _BRACKETED_QUALIFIER.search(view.slice(max(view.start, clause_start - 7), clause_start))) \
            and clause_start - len(q.group(0)) > view.start:
        clause_start = view.clause_bounds(clause_start - len(q.group(0)) - 1)[0]
    last = view.token_index(head_start) - 1
    k = last
    # the verb alone, or ending a word jieba made of it and an adverb (全面推行/n)
    while k >= 0 and view.tokens[k].start >= clause_start and view.tokens[k].word not in establish \
            and governing_verb(view.tokens[k].word) not in establish:
        k -= 1
    if k < 0 or view.tokens[k].start < clause_start:
        return None
    first = k + 1
    if first <= last and view.tokens[first].word in ("了", "起"):
        first += 1
    # verbs joined to the one that sets it up (建立|完善, 健全|和|完善): not words of the name
    while first < last and _joins_verbs(view.tokens[first].word) and view.tokens[first].start == view.tokens[first - 1].end:
        first += 1
    inside = view.tokens[first:last + 1]
    # a division's kind in brackets qualifies a word of the name: 乡镇(街道), 村(社区), 党委(党组)
    qualifier = {j for k, t in enumerate(inside) if t.word in "((" and k + 2 < len(inside)
                 and inside[k + 2].word in "))" and is_han(inside[k + 1].word) and len(inside[k + 1].word) <= 4
                 for j in (k, k + 1, k + 2)}
    # how long the name is, less its bracketed qualifiers
    if not inside or not 3 <= head_start - inside[0].start - sum(len(inside[j].word) for j in qualifier) <= 18:
        return None
    # an adverb inside the name, after its first word, is the name's (干部|不|适宜担任现职调整机制)
    if any(not (_a_word_of_a_name(t) or (k > 0 and t.tag == "d" and is_han(t.word)))
           for k, t in enumerate(inside) if k not in qualifier):
        return None
    return inside[0].start


#: how long each item of a list that shares a rule's head must be to distribute over it:
#: 请销假和考勤登记制度 is two rules, 党建和业务融合机制 one
_LISTED_ITEM_CHARS = (3, 8)


def _items_named_after_establishing(view: SentenceView, head_start: int) -> list[tuple[int, int]]:
    """The items of a list written between a verb that sets up rules and their shared head,
    without 等 or a count (建立|选学登记|和|学时认定|制度): each a short run of a name's words,
    joined by 、, 和, 及 or 与. Empty when the words are no such list."""
    establish = lexicon().establish_verbs
    clause_start, _ = view.clause_bounds(head_start)
    k = view.token_index(head_start) - 1
    items, current = [], []
    while k >= 0 and view.tokens[k].start >= clause_start:
        tok = view.tokens[k]
        if tok.word in establish or governing_verb(tok.word) in establish:
            break
        if tok.word in _LIST_JOINS:
            items.append(current)
            current = []
        elif _a_word_of_a_name(tok):
            current.insert(0, tok)
        else:
            return []
        k -= 1
    else:
        return []
    items.append(current)
    spans = [(item[0].start, item[-1].end) for item in reversed(items) if item]
    low, high = _LISTED_ITEM_CHARS
    if not 2 <= len(spans) == len(items) <= 5 or not all(low <= b - a <= high for a, b in spans) \
            or any(view.slice(a, b).endswith(lexicon().mechanism_heads) for a, b in spans[:-1]):
        return []  # 制定学习任务清单、学习考核清单: rules named in full, each with its head
    return spans


@cache
def _list_tail() -> re.Pattern:
    heads = lexicon().alternation("mechanism_heads")
    # 等(各项|三项): the list's end; or its count alone, which must then be the items' (…责任追究三项制度)
    # (the count and the head may stand in quotes: 学习考勤、学习档案、学习考核“三项制度”)
    return re.compile(rf"(?:等(?:各项|各类|[{CN_NUMERALS}0-9]+[项个类条种])?|(?P<quoted>“)?(?P<count>[{CN_NUMERALS}0-9]+)[项个类条种])"
                      rf"([\u4e00-\u9fff]{{0,4}}?)({heads})(?(quoted)”)")


#: what joins the items of a list
_LIST_JOINS = ("、", "和", "及", "以及", "与")
#: the word that joins a list's last item to it (…、限时办结和责任追究)
_LAST_ITEM_JOIN = re.compile("|".join(sorted((j for j in _LIST_JOINS if j != "、"), key=len, reverse=True)))
#: what joins verbs written together (建立|和|完善)
_VERB_JOINS = ("和", "与", "并")


def _joins_verbs(word: str) -> bool:
    """Whether ``word`` is a verb of the lexicons or a conjunction in a run of verbs written together."""
    return governing_verb(word) is not None or word in _VERB_JOINS


def find_list_names(view: SentenceView) -> list[Mention]:
    """A list distributes over its head noun: 健全学习考勤、个人自学等各项学习制度 →
    学习考勤制度, 个人自学制度 (each with the bare item as alias)."""
    lex = lexicon()
    out = []
    for m in _list_tail().finditer(view.text):
        pos = view.start + m.start()
        end = view.start + m.end()
        head = m.group(4)
        if (view.inside_any_quote(pos, pos + 1) and not m.group("quoted")) or not view.token_ends_at(end) \
                or view.continues_name(end):
            continue
        clause_start, _ = view.clause_bounds(pos)
        spans, cursor = [], clause_start
        for piece in view.slice(clause_start, pos).split("、"):
            spans.append((cursor, cursor + len(piece)))
            cursor += len(piece) + 1
        if (len(spans) > 1 or m.group("count")) and len(joined := list(_LAST_ITEM_JOIN.finditer(view.slice(*spans[-1])))) == 1:
            # the last item joined by 和 or 及: two items (after a list, or counted as a list)
            a, b = spans[-1]
            spans[-1:] = [(a, a + joined[0].start()), (a + joined[0].end(), b)]
        if m.group("count") is not None and parse_number(m.group("count")) != len(spans):
            continue  # 建立两项制度 after one item, or a count of something else: no list
        # the first item begins after its governing verb (建立健全首问负责、…), else at its left edge
        first_start = max(view.left_edge(spans[0][1]), spans[0][0])
        for tok in reversed([t for t in view.tokens if spans[0][0] <= t.start and t.end <= spans[0][1]]):
            if governing_verb(tok.word) in lex.establish_verbs:
                first_start = tok.end
                break
        if view.slice(first_start, first_start + 1) == "了":
            first_start += 1  # 建立了|考勤、请销假等12项制度: the verb's particle, whatever jieba joined it to
        spans[0] = (first_start, spans[0][1])
        if view.governor(first_start) not in lex.establish_verbs:
            continue
        for a, b in spans:
            item = strip_quotes(view.slice(a, b)).strip().removesuffix("等")  # …、责任追究制等“三项制度”
            if not is_han(item) or len(item) > 10:
                continue
            if item.endswith(lex.mechanism_heads) and len(item) > 2:
                # 首问负责制、限时办结制…“三项制度”: each named with its own head already
                out.append(_mention(view, EntityClass.MECHANISM, item, a, a + len(item)))
                continue
            label = item + head
            if not is_generic(label, head):
                out.append(_mention(view, EntityClass.MECHANISM, label, a, b, (item,)))
    return out


def find_enumerated_patterns(view: SentenceView) -> list[Mention]:
    """A parenthesis that lists numbered patterns names each of them:
    “12345”(一公里干部、双岗书记、三联行动、四述一评及以五民机制为核心的“五五系列”工作);
    each item is a Program or a Mechanism by its head."""
    out = []
    for m in re.finditer(r"[(]([^()]{4,160})[)]", view.text):
        base = view.start + m.start(1)
        items = []
        for piece in re.finditer(r"[^、及]+", m.group(1)):
            text, at = piece.group(0), base + piece.start()
            core = re.match(r"^以(.+?)为核心的(.+)$", text)
            if core:
                items.append((core.group(1), at + 1))
                items.append((core.group(2), at + core.start(2)))
            else:
                items.append((text, at))
        if len(items) < 3 or sum(bool(NUMERAL_START.match(strip_quotes(t))) for t, _ in items) < len(items) - 1:
            continue
        for text, at in items:
            label = strip_quotes(text)
            if not 2 <= len(label) <= 10:
                continue
            head = _head_at_end(label)
            cls = head_class(head) if head else EntityClass.MECHANISM
            aliases = (label[: -len(head)],) if head == "工作" else ()
            out.append(_mention(view, cls, label, at, at + len(text), aliases))
    return out


#: a lecture or class held once a period, named by it alone (每月一讲, 每周一课)
_ONCE_A_PERIOD = re.compile("每[月周季年旬]一[讲课]")


def find_periodic_names(view: SentenceView) -> list[Mention]:
    """Lectures and classes named by how often they are held, unquoted, after a verb that
    runs them (开设每月一讲): programmes, as they would be quoted (开设“每月一讲”)."""
    out = []
    for m in _ONCE_A_PERIOD.finditer(view.text):
        start, end = view.start + m.start(), view.start + m.end()
        if view.inside_any_quote(start, end) or view.continues_name(end):
            continue
        if view.governor(start) in lexicon().run_verbs:
            out.append(_mention(view, EntityClass.PROGRAM, m.group(0), start, end))
    return out


# ---------------------------------------------------------------------- units

@dataclass
class UnitMention:
    mention: Mention
    place_only: bool  # a place name with no body's suffix: a unit only when it acts
    actor: bool  # stands as the subject of its clause


#: what a party committee may be formed for that is no body: a sector of bodies, or a kind (非公经济组织)
_SECTORS = ("行业", "系统", "领域", "战线", "组织")


@lru_cache(maxsize=65536)  # these four: the same few hundred names come again and again
def unit_label(text: str) -> tuple[str, tuple[str, ...]]:
    """The shortest unambiguous form of a unit's name and the written forms as aliases:
    德州市 → 德州; 中卫市委 → 中卫; 自治区民政厅党组 → 自治区民政厅."""
    lex = lexicon()
    aliases = {text}
    if (full := lex.body_abbreviations.get(text.removeprefix("中共"))) is not None:
        return full, tuple(sorted(aliases - {full}))  # 中组部 → 中央组织部
    label = text.removeprefix("中共") if len(text) > 4 else text  # 中共汉中市委组织部 → 汉中市委组织部
    if label != text:  # 中共临江市委员会(组织部): the committee's formal name is its short one's
        label = re.sub(r"(?<=[市县区州省])委员会", "委", label, count=1)
    # a body of an autonomous prefecture or county, written as the press writes it short
    # (延边朝鲜族自治州委组织部 → 延边州委组织部), its level written once (黔东南苗族侗族自治州州委组织部)
    if "自治" in label and (m := _autonomous_division().match(label)) and m.group(2) != "区" and m.end() < len(label):
        rest = label[m.end():]
        label = m.group(1) + (rest if rest.startswith(m.group(2) + "委") else m.group(2) + rest)
    # a body's party committee stands for the body (so does the committee of its organs: 厅机关党委)
    for committee in ("机关党委", "党委", "党组", "党工委", "党总支", "党支部", "市委", "县委", "区委", "州委", "省委"):
        if label.endswith(committee) and len(label) > len(committee) + 1:
            rest = label[: -len(committee)]
            if committee in ("市委", "县委", "区委", "州委", "省委"):
                rest = rest + committee[0]
            if rest.endswith(_SECTORS) or rest.endswith("工作"):
                break  # 物业行业党委, 教育系统党委: the committee of a sector, which is no body itself;
                # 市教卫工作党委: a committee for a field of work, which is the body
            if committee == "机关党委" and (not rest.endswith(lex.org_suffixes) or rest.endswith(lex.admin_suffixes)):
                continue  # 市直机关党委, 临江市机关党委: a body of its own, not a body's organs
            if rest.endswith(lex.admin_suffixes) or rest.endswith(lex.org_suffixes) or len(rest) >= 2:
                aliases.add(rest)
                label = rest
                break
    # a place: drop the level (山东省 → 山东, 宁夏回族自治区 → 宁夏, 互助土族自治县 → 互助; an
    # autonomous prefecture or banner keeps its level, as the others do: 延边朝鲜族自治州 → 延边州)
    m = _autonomous_division().fullmatch(label)
    if m:
        label = m.group(1) + (m.group(2) if m.group(2) in ("州", "旗") else "")
    else:
        for suffix in ("省", "市", "县"):
            if label.endswith(suffix) and len(label) >= 3 and not label.endswith(("地级市", "县级市")):
                label = label[:-1]
                break
    aliases.add(label)
    return label, tuple(sorted(aliases - {label}))


def opens_with_place_of_level(name: str, place: str, level: str) -> bool:
    """Whether ``name`` opens with ``place`` written with ``level`` (宜昌 and 市 in 宜昌市委组织部;
    恭城 and 县 in 恭城瑶族自治县, an autonomous division named for its peoples)."""
    if name.startswith(place if place.endswith(level) else place + level):
        return True
    return name.startswith(place) and "自治" in name and (m := _autonomous_division().match(name)) is not None \
        and m.group(1) == place and m.group(2) == level


@cache
def _autonomous_division() -> re.Pattern:
    """An autonomous division's name: the place, the ethnic groups it is named for, 自治 and
    the level (黔东南|苗族侗族|自治|州; 新疆|维吾尔|自治|区); matched whole, or opening a
    body's name (延边朝鲜族自治州|委组织部)."""
    groups = lexicon().alternation("ethnic_groups")
    return re.compile(rf"(.{{2,}}?)(?:(?:{groups})族?)*自治(区|州|县|旗)")


@lru_cache(maxsize=65536)
def speaker_label(written: str) -> tuple[str, tuple[str, ...]]:
    """unit_label of a unit that speaks, whose name may be written with the divisions above it:
    the lowest division speaks (四平市梨树县委 → 梨树, 浙江省杭州市 → 杭州), the whole chain
    is an alias; a body keeps its whole name (山东省公安厅)."""
    lowest = lowest_division(written)
    label, aliases = unit_label(lowest)
    if lowest != written:
        aliases = tuple(sorted((set(aliases) | {written}) - {label}))
    return label, aliases


@lru_cache(maxsize=65536)
def lowest_division(text: str) -> str:
    """The last level of a chain of divisions (泰安市岱岳区委 → 岱岳区委), with a department of
    its committee (十堰市郧阳区委组织部 → 郧阳区委组织部), or ``text`` when it does not end so."""
    parts = split_admin_chain(text)
    last, suffixes = parts[-1], lexicon().admin_suffixes
    if len(parts) >= 2 and (last.endswith(suffixes) or last.endswith("委") and last[:-1].endswith(suffixes)
                            or _committee_department().fullmatch(last)):
        return last
    return text


@cache
def _committee_department() -> re.Pattern:
    """A division's committee and one of its departments: 郧阳区委组织部, 梨树县委宣传部."""
    return re.compile(rf"[\u4e00-\u9fff]+?(?:{lexicon().alternation('admin_suffixes')})委[\u4e00-\u9fff]{{1,6}}?"
                      rf"(?:{lexicon().alternation('org_suffixes')})")


#: a county of one character and its level, as one word (乾县, 寿县; not 该县, 全县, 市县, nor 贵县,
#: the courtesy of an interviewer asking about "your county")
_ONE_CHARACTER_COUNTY = re.compile("[^该本全各每此我贵两三四五郡州市区乡镇省]县")


def is_one_character_county(word: str) -> bool:
    """Whether ``word`` is a county of one character and its level (寿县, 横县; not 该县, 全县)."""
    return _ONE_CHARACTER_COUNTY.fullmatch(word) is not None and is_han(word)


def innermost_place(text: str, words: list[str]) -> str:
    """The lowest level of places written together: 江西省泰和县 → 泰和县; written without their
    levels, the last place word: 福建三明 (福建|三明) → 三明, 佛山南海区 (佛山|南海区) → 南海区."""
    suffixes = lexicon().admin_suffixes
    last = split_admin_chain(text)[-1]
    if len(words) > 2 and words[-1] in suffixes and len(words[-2]) >= 2:
        words = [*words[:-2], words[-2] + words[-1]]  # 青海|海东|市: a city's level cut from its name
    if len(words) > 1 and last == text and len(words[-1]) >= 2 and (
            not text.endswith(suffixes) or len(words[-1]) >= 3 and words[-1].endswith(suffixes)
            or is_one_character_county(words[-1])):
        # 福建|三明, 佛山|南海区: the city written without its level, then the district; 陕西|乾县
        return words[-1]
    return last


#: a kind of district, no place alone, that ends a named one (浦东新区)
_NEW_DISTRICT = "新区"


@lru_cache(maxsize=65536)  # asked of every body's and place's name in a corpus, the same ones again and again
def split_admin_chain(text: str) -> tuple[str, ...]:
    """江西省泰和县冠朝镇 → (江西省, 泰和县, 冠朝镇). A level word followed by a city's, a
    county's or a district's is part of that name (新乡市, not 新乡 and 市), as is one followed
    by 委 (市委); a generic word that ends like a level (城乡, 农村) ends none."""
    suffixes = longest_first("admin_suffixes")
    generic, bodies = lexicon().generic_names, lexicon().org_suffixes
    parts, cur = [], ""
    i = 0
    while i < len(text):
        cur += text[i]
        i += 1
        if cur[-2:] in generic and not (cur[-2:] == _NEW_DISTRICT and len(cur) > len(_NEW_DISTRICT)):
            continue  # 临江市|住房和城乡建设局, 农业农村局: a word that ends like a level (城乡, 农村)
            # (a new district named, 浦东新区|陆家嘴街道, is a level: 新区 alone is no place)
        if len(text) - i == 1 and text[i] not in bodies and text[i] != "长":
            continue  # 云南|镇雄: one character left over names no place; the level was the next name's
        for s in suffixes:
            if cur.endswith(s) and len(cur) > len(s) and (i >= len(text) or text[i] not in "委市县区"):
                if len(cur) > 3 and len(s) == 1 and cur[-2] == s:
                    # 青岛市|市北区: the level doubled opens the next name (市北区, 市中区)
                    parts.append(cur[:-1])
                    cur = s
                    break
                parts.append(cur)
                cur = ""
                break
    if cur:
        parts.append(cur)
    # 甘南州|合作市: a prefecture written short (甘南州, for 甘南藏族自治州) and a division of it; a
    # city whose name ends in 州 (杭州市) has one character before it
    k = 0
    while k < len(parts):
        if m := _PREFECTURE_AND_DIVISION.fullmatch(parts[k]):
            parts[k:k + 1] = [m.group(1), m.group(2)]
        k += 1
    # 南宁市西乡|塘区: a township or village holds no county, district or city, so a name that
    # ends like one (西乡) and is followed by a short name of a higher level is that name's start
    k = 1
    while k < len(parts):
        if parts[k - 1].endswith(_LOWER_LEVELS) and _HIGHER_LEVEL_NAME.match(parts[k]):
            parts[k - 1:k + 1] = [parts[k - 1] + parts[k]]
        else:
            k += 1
    return tuple(parts)


_LOWER_LEVELS = ("乡", "镇", "村", "街道")
_PREFECTURE_AND_DIVISION = re.compile(r"([\u4e00-\u9fff]{2,4}州)([\u4e00-\u9fff]{2,4}(?:市|县|区|旗)(?:委.*)?)")
_HIGHER_LEVEL_NAME = re.compile(r"[\u4e00-\u9fff]{1,2}(?:县|区|市|旗)(?:$|委)")


@lru_cache(maxsize=65536)  # asked of every token of every sentence
def _ends_like_a_body(w: str, tag: str) -> bool:
    lex = lexicon()
    if w in lex.org_suffixes or tag == "nt":
        return True
    if w.endswith(lex.generic_org_heads) or w.endswith(lex.role_words):
        return False  # 格局, 市委常委: words that only end like a body
    if w.endswith("议会") and len(w) > 2 and w[-3] not in "区市县省州":
        return False  # 述职|评议会: a meeting that reviews, not a council
    if len(w) >= 3 and tag in ("n", "nz", "j", "nr") and w.endswith(lex.org_suffixes):
        return True  # 地税局, 财政厅, 宣传部 (which jieba may take for a person's name): a body's own word
    return w.endswith(tuple(s for s in lex.org_suffixes if len(s) >= 2))


#: tags of a proper name's word, opening a body's name (中建/ns, 胜利/nz)
_PROPER_TAGS = ("ns", "nz", "nr", "nt", "j")
#: a numbered bureau of an enterprise, after the enterprise's short name (中建|八局, 中铁|十八局)
_NUMBERED_BUREAU = re.compile("[一二三四五六七八九十]{1,3}局")
#: a committee's standing team of lecturers (省委讲师团): a body of the committee, not a programme
_COMMITTEES_TEAM = "讲师团"


def _a_committees_team(toks: list, k: int) -> bool:
    """Whether token ``k`` is a committee's standing team of lecturers, named by the committee
    alone right before it (省委|讲师团, 临江市委|讲师团)."""
    return toks[k].word == _COMMITTEES_TEAM and k > 0 and toks[k - 1].end == toks[k].start \
        and toks[k - 1].word.endswith("委") and len(toks[k - 1].word) >= 2


#: the endings of a division of a body (人事处, 秘书处, 组织科), one character each
_DIVISION_ENDINGS = "处科"


def _division_of_a_body(toks: list, k: int) -> bool:
    """Whether token ``k`` is a division of the body right before it (市政府|人事处,
    市委办公厅|秘书处): a noun of three characters or more ending like one, or the one-character
    ending after the division's field, as jieba may cut them (县政府|原住民|处)."""
    w = toks[k].word
    if k > 1 and w in _DIVISION_ENDINGS and toks[k - 1].tag == "n" and 2 <= len(toks[k - 1].word) <= 4 \
            and toks[k - 2].end == toks[k - 1].start and toks[k - 1].end == toks[k].start:
        k -= 1  # 县政府|原住民|处: the division's field and its ending, as jieba cut them
    elif not (len(w) >= 3 and toks[k].tag == "n" and w[-1] in _DIVISION_ENDINGS):
        return False
    elif k > 1 and toks[k - 1].tag == "n" and 2 <= len(toks[k - 1].word) <= 4 and toks[k - 1].end == toks[k].start \
            and toks[k - 2].end == toks[k - 1].start and _ends_like_a_body(toks[k - 2].word, toks[k - 2].tag):
        return True  # 市政府|公务人员|训练处: whose staff the division serves, between the body and it
    return k > 0 and toks[k - 1].end == toks[k].start and _ends_like_a_body(toks[k - 1].word, toks[k - 1].tag)


def _division_named_in_full(view: SentenceView, k: int) -> bool:
    """Whether token ``k`` is a division written alone (人事处并规划…) that the document writes in
    full, right after its body (台北市政府人事处), somewhere."""
    w = view.tokens[k].word
    if len(w) < 3 or view.tokens[k].tag != "n" or w[-1] not in _DIVISION_ENDINGS or "之" in w:
        return False
    work, at = view.doc.work, view.doc.work.find(w)
    while at >= 0:
        if at > 0 and work[at - 1] in _body_last_characters():
            return True
        at = work.find(w, at + 1)
    return False


@cache
def _body_last_characters() -> frozenset[str]:
    """The characters a body's name may end with (府 of 政府, 厅, 局 …)."""
    return frozenset(suffix[-1] for suffix in lexicon().org_suffixes)


def is_admin_name(tok) -> bool:
    """A word that is a place by its form: a name and an administrative suffix (德州市, 槐荫区)."""
    return _is_admin_word(tok.word, tok.tag)


def is_admin_word(text: str) -> bool:
    """Text that is a place by its form (德州市, 黔东南州; not 工业园区), whatever its tag."""
    return _is_admin_word(text, "ns")


@cache
def _admin_suffix_sets() -> tuple[frozenset[str], frozenset[str]]:
    """The levels of divisions, and the characters they end with (a word ending otherwise is none)."""
    suffixes = lexicon().admin_suffixes
    return frozenset(suffixes), frozenset(s[-1] for s in suffixes)


@lru_cache(maxsize=65536)
def _is_admin_word(word: str, tag: str) -> bool:
    if len(word) == 2 and tag == "ns" and is_one_character_county(word):
        return True  # 横县, 寿县: a county of one character, which jieba knows as a place
    return (len(word) >= 3 and is_han(word) and word.endswith(lexicon().admin_suffixes)
            and word not in lexicon().generic_names  # 小山村, 贫困县: a kind, not a name
            and not word.startswith(("各", "该", "本"))  # 各县区: each of a kind
            and tag in ("n", "ns", "nr", "nz", "nt", "x", "j") and word[-2:] not in ("地区", "社区", "城区", "园区", "景区", "辖区", "小区", "校区", "片区", "街区", "全区", "全市", "全县", "全省"))


_QUOTED = re.compile("“[^”]*”|「[^」]*」|『[^』]*』")
#: what opens a paragraph about one unit: 绍兴市柯桥区:实施…
_UNIT_COLON = re.compile(r"([\u4e00-\u9fff]{2,12}):")
#: a list of places that says what kind they are: 兰州、天水、酒泉等市
_LISTED_DIVISIONS = re.compile(r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})等(?:[\d一二三四五六七八九十]+个)?(?:地市|市|县|区|州|地|省)")
#: the items of a list its count and their level end (潍坊、临沂两市, 青川和剑阁两县)
_COUNTED_DIVISIONS = re.compile(r"((?:[\u4e00-\u9fff]{2,4}[、和])+[\u4e00-\u9fff]{2,4})([两二三四五六七八九十])个?(?:市|县|区|州|省)")
#: a clause that only says where: 在贵州遵义,
_ONLY_WHERE = re.compile(r"\s*在([\u4e00-\u9fff]{2,12})\s*")
#: a clause of someone saying something, after the place where they said it (在…镇,村民李大姐说)
_SOMEONE_SAYS = re.compile(r"[^,;。]{1,12}?(?:说|表示|介绍|告诉记者)[。,:]")
_WHERE_CLAUSE = re.compile(r"(?:^|[,;。])在([\u4e00-\u9fff]{2,8})(?=,)")


#: the tags of the words of a place's name that jieba cut from its level
_NAME_TAGS = ("n", "ns", "nr", "nz", "ng", "j")
#: the levels jieba writes apart from a name it does not know (小川/镇, 草滩/村)
_LEVELS_WRITTEN_APART = ("镇", "乡", "街道", "村")
_LEVEL_APART = re.compile("|".join(_LEVELS_WRITTEN_APART))


def _chain_after(toks: list, k: int) -> list[str]:
    """The levels of a chain after the place at ``k`` (成县小川镇草滩村), each a name jieba cut from
    its level (小川/nr 镇, 草滩/n 村): nominal tokens of two to four characters, then the level
    alone; with the place itself, however short (成县), when there is one."""
    lex = lexicon()
    found = []
    j, end = k + 1, toks[k].end
    first = toks[k].word
    if j < len(toks) and toks[j].word in ("县", "市", "区", "旗") and toks[j].start == end \
            and not first.endswith(lex.admin_suffixes):
        first, end, j = first + toks[j].word, toks[j].end, j + 1  # 临江/ns 县/n 北坪/ns 村/n: its level apart too
    while True:
        i, name = j, ""
        while i < len(toks) and toks[i].start == end + len(name) and toks[i].tag in _NAME_TAGS \
                and toks[i].word not in lex.admin_suffixes and len(name) + len(toks[i].word) <= 4 \
                and is_han(toks[i].word) and not governing_verb(toks[i].word):
            name += toks[i].word
            i += 1
        if not (2 <= len(name) and i < len(toks) and toks[i].start == end + len(name)
                and toks[i].word in _LEVELS_WRITTEN_APART):
            break
        found += [first, name + toks[i].word]
        j, end = i + 1, toks[i].end
    return found


#: the levels below a city, written as words of their own after a district's name
DISTRICT_LEVELS = ("区", "县", "旗")
#: tags of the words jieba cuts an unknown district's name into (濂/g|溪/n)
_CUT_NAME_TAGS = ("ns", "nr", "nz", "n", "g", "ng", "zg")


def _city_after(toks: list, k: int) -> str | None:
    """A city or prefecture right after the province at ``k``, jieba having cut its level from
    a name it knows as a place (云南省|普洱/ns|市/n): the name and its level."""
    if k + 2 < len(toks) and (name := toks[k + 1]).tag == "ns" and 2 <= len(name.word) <= 3 and is_han(name.word) \
            and toks[k + 2].word in ("市", "州", "盟") and toks[k].end == name.start and name.end == toks[k + 2].start:
        return name.word + toks[k + 2].word
    return None


def _district_after(toks: list, k: int) -> str | None:
    """The district or county right after the city at ``k``, its level a word of its own
    (嘉兴市|南湖/ns|区): a place name jieba knows, or one it cut into a name's words of two or
    three characters in all (九江市|濂/g|溪/n|区)."""
    end, name = toks[k].end, ""
    j = k + 1
    while j < len(toks) and toks[j].start == end + len(name) and toks[j].tag in _CUT_NAME_TAGS \
            and is_han(toks[j].word) and len(name) + len(toks[j].word) <= 3 and not governing_verb(toks[j].word) \
            and toks[j].word not in DISTRICT_LEVELS:
        name += toks[j].word
        j += 1
    if not (2 <= len(name) and j < len(toks) and toks[j].start == end + len(name) and toks[j].word in DISTRICT_LEVELS):
        return None
    if j - k > 2 and not any(t.tag == "g" or len(t.word) == 1 for t in toks[k + 1:j]):
        return None  # words jieba knows (市|城市/n|管理/vn|区): not a name it could not read
    if j - k == 2 and toks[k + 1].tag != "ns":
        return None
    return name + toks[j].word


def cut_division_at(toks: list, i: int, places: frozenset[str], levels) -> bool:
    """Whether tokens ``i`` to ``i + 2`` are a division's name jieba could not read, cut in two,
    and its level, one of ``levels`` (濂/g|溪/n|区), written together and vouched for whole
    (see _district_after)."""
    return i + 2 < len(toks) and toks[i + 2].word in levels and toks[i].end == toks[i + 1].start \
        and toks[i + 1].end == toks[i + 2].start and toks[i].word + toks[i + 1].word + toks[i + 2].word in places


def _numeral_opening_a_place(first, rest) -> bool:
    """万/m|山区/ns: a place's first character jieba read as a numeral, the rest as a place."""
    return first.tag == "m" and len(first.word) == 1 and rest.tag == "ns" and first.end == rest.start


def _after_a_place_of_its_level(text: str, at: int, name: str, places: set[str]) -> bool:
    """Whether an item of the list ``text`` has before ``at`` (its items set off by 、) is a place
    of those found with the level ``name`` has."""
    items = re.split(r"[,;:。!?\s]", text[max(0, at - 40):at])[-1].split("、")
    return any(item in places and item.endswith(name[-1]) for item in items)


def document_places(doc) -> frozenset[str]:
    """Place names the document itself vouches for: words with an administrative suffix, their
    short forms (德州市 → 德州), section speakers and the unit before a title's colon; and, however
    jieba tagged them, the places of a where-clause, of a paragraph's opening colon, and of a list
    that says they are divisions."""
    lex = lexicon()
    last_chars = _admin_suffix_sets()[1]
    places = set()
    for sentence in doc.sentences:
        toks = sentence.tokens
        # a chain needs a level jieba writes apart: most sentences hold none
        chains = _LEVEL_APART.search(sentence.text) is not None
        for k, tok in enumerate(toks):
            admin = tok.word[-1] in last_chars and _is_admin_word(tok.word, tok.tag)  # is_admin_name, with no call per token
            if admin:
                places.add(tok.word)
                places.add(unit_label(tok.word)[0])
            elif tok.tag in ("nt", "ns") and is_han(tok.word):
                # 广东省委 → 广东省: the place inside a body's name
                for part in split_admin_chain(tok.word):
                    if len(part) >= 3 and part.endswith(lex.admin_suffixes):
                        places.add(part)
                        places.add(unit_label(part)[0])
            if chains and (admin or tok.tag == "ns"):
                places.update(_chain_after(toks, k))
            if admin and tok.word.endswith(("市", "州", "盟")) and (district := _district_after(toks, k)):
                places.add(district)  # 嘉兴市|南湖/ns|区, 九江市|濂/g|溪/n|区: a district of the city
            elif admin and tok.word.endswith(("省", "自治区")) and (city := _city_after(toks, k)):
                places.add(city)  # 云南省|普洱/ns|市/n: a city of the province, its level cut apart
                places.add(unit_label(city)[0])
        if doc.meta.title_start is not None and sentence.start == doc.meta.title_start:
            # not inside quotes: “三联三促” names a method, whatever jieba tagged 三联
            quoted = [(m.start() + sentence.start, m.end() + sentence.start) for m in _QUOTED.finditer(sentence.text)]
            places.update(t.word for t in sentence.tokens if t.tag == "ns" and 2 <= len(t.word) <= 4
                          and not any(a <= t.start < b for a, b in quoted) and t.word not in lex.generic_names)
    # names of towns and townships that open a clause (鸡场坡镇针对…; after a brief's heading and
    # its space: ●海东市乐都区 乐都区建立…), which jieba may split: nominal tokens only, the suffix
    # ending a token
    for sentence in doc.sentences:
        for m in re.finditer(r"(?:^(?:\d{1,3}[ \u3000]+)?[^\w《(]*|[,;:。 \u3000、])([\u4e00-\u9fff]{2,4}?(?:镇|乡|县|区|村|街道|州|盟))(?=[\u4e00-\u9fff、]|[】\]]|[ :](?=[\u4e00-\u9fff“]))", sentence.text):
            name = m.group(1)
            start = sentence.start + m.start(1)
            end = start + len(name)
            inside = [t for t in sentence.tokens if start <= t.start and t.end <= end]
            if "、" in sentence.text[m.start(1) - 1:m.end(1) + 1] and not (inside and inside[0].tag == "ns") \
                    and not _after_a_place_of_its_level(sentence.text, m.start(1) - 1, name, places):
                # an item of a list (东岭/ns|区、…; 鼓楼区、长乐/ns|区): a place jieba knows, or of a
                # level another item of the list has
                continue
            if (sum(len(t.word) for t in inside) != len(name)
                    or any((t.tag not in ("n", "ns", "nr", "nrt", "nrfg", "nz", "s", "x", "zg", "ng", "g", "j") or governing_verb(t.word))
                           and not (k == 0 and len(inside) == 2 and _numeral_opening_a_place(t, inside[1]))
                           for k, t in enumerate(inside))
                    or len(inside) > 2 and len(inside[0].word) == 1 and inside[0].tag != "ns"
                    and not all(len(t.word) == 1 for t in inside[:-1])):
                continue  # (——记|临江|县: a word before the place's name, not the name's; but 坞|城|街道,
                # a name jieba does not know, cut into its characters)
            nxt = next((t for t in sentence.tokens if t.start == end), None)
            if nxt is not None and nxt.tag == "ns" and split_admin_chain(name + nxt.word)[-1].endswith(name[-1] + nxt.word):
                continue  # 南宁市西乡|塘区: the name goes on (西乡塘区), the township was none
            places.add(name)
        # a city or province so opening a clause only as a place's name and its level apart (西江/ns 市/n)
        for m in re.finditer(r"(?:^(?:\d{1,3}[ \u3000]+)?[^\w《(]*|[,;:。])([\u4e00-\u9fff]{2,3}[市省])(?=[\u4e00-\u9fff“]|[】\]]|[ :](?=[\u4e00-\u9fff“]))", sentence.text):
            start = sentence.start + m.start(1)
            inside = [t for t in sentence.tokens if start <= t.start and t.end <= start + len(m.group(1))]
            if [len(t.word) for t in inside] == [len(m.group(1)) - 1, 1] and inside[0].tag in ("ns", "nr", "nz"):
                places.add(m.group(1))
    for sentence in doc.sentences:
        # places written without their levels in a clause that says where (在贵州遵义,…): each
        # place word jieba knows (贵州, 遵义) is one the document vouches for
        for m in _WHERE_CLAUSE.finditer(sentence.text):
            start = sentence.start + m.start(1)
            end = start + len(m.group(1))
            inside = [t for t in sentence.tokens if start <= t.start and t.end <= end]
            # jieba may take the smaller place for a name (浙江|安吉/nr), never for a verb (调研)
            if inside and sum(len(t.word) for t in inside) == end - start and inside[0].tag == "ns" \
                    and all(t.tag in ("ns", "nr", "nz") and len(t.word) >= 2 for t in inside):
                places.update(t.word for t in inside)
        # a division naming the unit a paragraph is about, before a colon (绍兴市柯桥区:实施…),
        # however jieba split it (柯桥/nr 区)
        marks = lead.end() if (lead := _LEADING_MARKS.match(sentence.text)) else 0
        if (m := _UNIT_COLON.match(sentence.text, marks)) and m.group(1).endswith(lex.admin_suffixes) \
                and not any(governing_verb(t.word) for t in sentence.tokens if t.end <= sentence.start + m.end(1)):
            places.add(m.group(1))  # ◆东湖区:… as well
        elif m is not None and len(m.group(1)) <= 3 and any(
                t.start == sentence.start + m.start(1) and t.end == sentence.start + m.end(1) and t.tag == "ns"
                for t in sentence.tokens):
            places.add(m.group(1))  # ◆长春:…, one word jieba knows as a place (not 辽宁大连/ns, a region and a city)
        # the items of a list that 等市, 等县, 等地 end (兰州、天水、酒泉等市), whatever jieba
        # tagged them; each item one word (the first may follow other words: 会上兰州)
        listed = [(m, m.group(1).split("、")) for m in _LISTED_DIVISIONS.finditer(sentence.text)]
        listed += [(m, items) for m in _COUNTED_DIVISIONS.finditer(sentence.text)
                   if len(items := re.split("[、和]", m.group(1))) == parse_number(m.group(2))]
        for m, items in listed:
            at = sentence.start + m.start(1)
            for k, item in enumerate(items):
                end = at + len(item)
                last = next((t for t in sentence.tokens if t.end == end), None)
                if last is not None and len(last.word) >= 2 and (last.start == at or k == 0):
                    places.add(last.word)
                at = end + 1
    # the places section speakers are, or whose committees speak (济南:…, 大同市委:…)
    for section in doc.sections:
        written = section.speaker
        base = written.removesuffix("委") if written.endswith(("市委", "县委", "区委", "州委", "省委")) else written
        if base.endswith(lex.admin_suffixes) and len(base) >= 3 and is_han(base):
            places.update((base, unit_label(base)[0]))
        elif 2 <= len(written) <= 4 and is_han(written) and not written.endswith(lex.org_suffixes) \
                and not written.endswith(lex.admin_suffixes):
            places.add(written)
    # 各乡镇, 全县: which places, not a place (jieba may know them as one word); 自治区: a level alone
    return frozenset(p for p in places if len(p) >= 2 and p not in lex.generic_names and p not in lex.admin_suffixes
                     and not p.startswith(("各", "全", "该", "本", "我")))


#: each division of a level, right before a body's name (各省|税务局, 各市县|人社局): the kind of body each has
_EACH_LEVEL_BEFORE = re.compile(r"各[省市县区州旗乡镇村地级]{1,3}$")
#: a word a company's name holds in brackets: 临江港务(集团)有限公司
_BRACKETED_WORD = re.compile(r"[((](?:集团|控股|股份)[))]")
_BRACKETED_IN_NAME = re.compile(_BRACKETED_WORD.pattern + "$")
#: a count of bodies right after a body's name (合作社127家, 示范站3个), or right before it
_COUNTED = re.compile(r"(?:\d[\d,.]*|[一二两三四五六七八九十百千]+)[万千]?[余多]?(?:家|个|所|座|支|间)")
#: a body acting together with the next (县委组织部会同县民政局…), jieba reading 会同县 as a county
_TOGETHER_WITH = re.compile("(?<=[部局委厅办])会同")
#: what a count after a list of bodies counts: the listed bodies themselves (…、省卫生健康委3家单位)
_LISTED_AND_COUNTED = re.compile(r"单位|部门|机关")
#: a division's name and its level opening what is left of a body's name (同心县委…, 浦东新区…, 南宁市委党校)
DIVISION_OPENS = re.compile(r"[\u4e00-\u9fff]{2,4}[省市县区州旗盟](?=[\u4e00-\u9fff])")


def _spread_over_places(view: SentenceView, start: int, end: int) -> list[tuple[int, int, str]] | None:
    """The bodies a list of places and the kind of body after 等地 stand for (厦门、泉州、三明等地
    总工会 → 厦门总工会, 泉州总工会, 三明总工会), each with where its place is written; None when
    the body's name at [start, end) follows no such list. A list of places before a body named
    with the last of them and its level (南京、苏州、徐州市委组织部) is the body of each place."""

    def a_place(item_start: int, item_end: int) -> bool:
        word = view.slice(item_start, item_end)
        return is_han(word) and (word in view.places or any(
            t.start == item_start and t.end == item_end and t.tag in ("ns", "nz") for t in view.tokens))

    last: list[tuple[int, int, str]] = []
    if view.slice(start - 2, start) == "等地":
        at, tail = start - 2, view.slice(start, end)  # where the item being looked for ends
    elif view.slice(start - 1, start) == "、" and (first := view.tokens[view.token_index(start)]).start == start \
            and a_place(first.start, first.end) and view.slice(first.end, first.end + 1) in _DEPARTMENT_LEVELS \
            and not first.word.endswith(_OWN_LEVELS):  # 福州市|市场监督管理局: the place has its level; a body follows
        at, tail = start - 1, view.slice(first.end, end)
        last = [(start, end, view.slice(start, end))]
    else:
        return None
    items: list[tuple[int, int]] = []
    while (item := view.prev_token(at)) is not None and item.end == at and a_place(item.start, item.end):
        items.insert(0, (item.start, item.end))
        if view.slice(item.start - 1, item.start) != "、":
            break
        at = item.start - 1
    if not items:
        return None
    if last:  # an item written with its own level takes it for the body's (临翔区、永德|县委组织部: 临翔区委组织部)
        return [(a, b, view.slice(a, b) + (tail[1:] if view.slice(b - 1, b) in _OWN_LEVELS else tail))
                for a, b in items] + last
    return [(a, b, view.slice(a, b) + tail) for a, b in items]


#: levels written together, opening the name of a kind of body each of them has (等省市组织部; not 省市场监管局)
_LEVELS_TOGETHER = re.compile("(?:省区市|省市县|省市|市县区|市县|县市区|县市)(?!场)")
#: verbs jieba tags nouns (研究部署/n), which may stand right before a body's name
_VERBS_TAKEN_FOR_NOUNS = ("部署",)
#: heads of bodies named after their task (推进…工作领导小组)
_TASK_NAMED_HEADS = ("小组", "委员会", "办公室")
#: words that name a body by where or whose it is (楼宇所在街道党工委, 所属企业党委): a kind of body
_RELATIVE_TO = re.compile("所在|所属")
#: levels an item of a list of places may be written with (临翔区; not 州, which ends 苏州 and 徐州)
_OWN_LEVELS = ("省", "市", "县", "区", "旗")
_COUNTED_BEFORE = re.compile(r"(?:\d[\d,.]*|[两三四五六七八九十百千]+)[万千]?[余多]?(?:家|个|所|座|支|间)$")


#: a level joined to a locative in one word (区内, 市里, 省外): after a place, the place's level
_LEVEL_AND_LOCATIVE = re.compile(r"[省市县区州旗镇乡村][内外里中间]")


#: one-character levels a department's name opens with (省人力资源和社会保障厅)
_DEPARTMENT_LEVELS = ("省", "市", "县", "区", "州", "旗")

#: the state's level, opening a ministry's or a national administration's name (国家林业和草原局)
_NATIONAL = "国家"

#: the heads of a ministry's or a commission's name, which may stand with no level before its
#: two fields (住房和城乡建设部, 文化和旅游部)
_MINISTRY_HEADS = ("部", "委员会")


def _department_of_two_fields(view: SentenceView, start: int, head_start: int) -> int:
    """Where a department named after two fields joined by 和/与 begins (省|人力资源|和|社会保障厅,
    市住房和城乡建设局): before the conjunction, a level or place and a field that is no body's
    name. Two bodies listed (市委宣传部和市文明办) are two: the second opens with its own level,
    or the first ends like a body."""
    lex = lexicon()
    j = view.token_index(start)
    toks = view.tokens
    if j >= 3 and toks[j].start == start and toks[j - 1].tag == "vn" and toks[j - 1].end == start \
            and toks[j - 2].word in ("和", "与"):
        j, start = j - 1, toks[j - 1].start  # 发展/vn|和|改革/vn|委员会: the second field a verbal noun too
    if j < 2 or toks[j].start != start or toks[j - 1].word not in ("和", "与") \
            or view.slice(start, head_start + 1).startswith(_DEPARTMENT_LEVELS + lex.level_words):
        return start
    left = view.left_edge(toks[j - 1].start, max_tokens=3, through_quotes=False, verbs=False)
    if left == toks[j - 1].start and toks[j - 2].tag == "vn" and toks[j - 2].end == left:
        left = toks[j - 2].start  # 市|发展/vn|和|改革/vn|委员会: a field jieba reads as a verbal noun
        if j >= 3 and toks[j - 3].end == left and (toks[j - 3].word in _DEPARTMENT_LEVELS + (_NATIONAL,)
                                                   or _is_admin_word(toks[j - 3].word, toks[j - 3].tag)):
            left = toks[j - 3].start
    first = view.slice(left, toks[j - 1].start)
    if not first or first.endswith(lex.org_suffixes) or not is_han(first):
        return start
    o = view.token_index(left)
    opener = toks[o]
    # 秦州/ns|区|文化|和|旅游局: a place's name with its level cut apart opens it too
    level_apart = opener.tag == "ns" and toks[o + 1].word in lex.admin_suffixes and toks[o + 1].start == opener.end
    if (opener.word in _DEPARTMENT_LEVELS + (_NATIONAL,) or _is_admin_word(opener.word, opener.tag) or level_apart) \
            and (toks[o + 1] if level_apart else opener).end < toks[j - 1].start:
        return left
    # 住房|和|城乡|建设部: a ministry is named by its two fields alone; one field's noun opening
    # the phrase (after a verb, a mark or nothing), not a body's end, joined to the ministry's head
    if o == j - 2 and opener.tag in ("n", "vn") and len(opener.word) >= 2 \
            and (o == 0 or not view.is_nominal(toks[o - 1], False)) \
            and toks[view.token_index(head_start)].word.endswith(_MINISTRY_HEADS):
        return left
    return start


@cache
def full_names_holding_a_conjunction() -> tuple[str, ...]:
    """Bodies' full names with 和 or 及 inside (中央和国家机关工委), from the table of short names."""
    return tuple(sorted({name for name in lexicon().body_abbreviations.values() if "和" in name or "及" in name}))


def find_units(view: SentenceView) -> list[UnitMention]:
    """Named bodies (ending in 厅, 局, 大学, 公司, X市委 …) anywhere, and place names that
    stand as a clause's subject (深圳市确定…, 普定县把…)."""
    lex = lexicon()
    out: list[UnitMention] = []
    covered: list[tuple[int, int]] = []
    toks = view.tokens
    # 1. bodies: right edge at an org-suffix token that ends the phrase (or precedes a role)
    divisions = {k for k, t in enumerate(toks) if t.word[-1] in _DIVISION_ENDINGS
                 and (_division_of_a_body(toks, k) or _division_named_in_full(view, k))}
    for k in [k for k, t in enumerate(toks) if _ends_like_a_body(t.word, t.tag) or k in divisions
              or t.word == _COMMITTEES_TEAM and _a_committees_team(toks, k)
              or t.word[-1] == "局" and _NUMBERED_BUREAU.fullmatch(t.word) and k > 0 and toks[k - 1].end == t.start
              and toks[k - 1].tag in ("ns", "nz", "j", "nt")]:
        tok = toks[k]
        if view.inside_any_quote(tok.start, tok.end) and not _a_body_quoted_whole(view, tok.end):
            continue
        if tok.word.startswith(SCOPE_WORDS + ("各", "该", "本")):
            continue  # 各级党委: a kind of body, not a named one
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and (_ends_like_a_body(nxt.word, nxt.tag) or _division_of_a_body(toks, k + 1)) \
                and nxt.word not in lex.role_words:
            continue  # the body's name goes on (民政厅 党组, 市政府|人事处)
        if nxt is not None and view.continues_name(tok.end, nouns_only=True) and nxt.word not in lex.role_words \
                and not _TOGETHER_WITH.search(view.slice(tok.end - 1, tok.end + 2)) \
                and not nxt.word.startswith(tuple(lex.role_words) + lex.speaker_tails) and not _before_a_work(toks, k + 1):
            continue  # 党校 学员, 大学 校区: what follows is of the body, not the body (组织部|经验交流材料 is)
        if len(tok.word) == 1 and tok.tag.startswith("v") and nxt is not None and nxt.tag == "m":
            continue  # 每季度|办/v|一件实事: the verb, not an office
        if (counted := _COUNTED.match(view.slice(tok.end, tok.end + 12))) \
                and not (_LISTED_AND_COUNTED.match(view.slice(tok.end + counted.end(), tok.end + counted.end() + 2))
                         and "、" in view.slice(max(view.start, tok.start - 16), tok.start)):
            continue  # 建成党组织领办合作社127家: bodies of a kind, counted, not one named (not …、省卫生健康委|3家单位)
        # leading groups are named after their task (推进…工作领导小组): verbs may stand inside
        task_named = tok.word.endswith(_TASK_NAMED_HEADS)
        start = view.left_edge(tok.start, max_tokens=8, through_quotes=False, verbs=task_named)
        if start > tok.start:
            start = tok.start
        if start == tok.start and len(tok.word) == 1 and k > 0 and toks[k - 1].tag.startswith("v") \
                and toks[k - 1].end == tok.start and is_han(toks[k - 1].word):
            # 乡村|振兴/v|局: a level's one character stands for no body alone; what it is for is its name
            start = view.left_edge(toks[k - 1].start, max_tokens=7, through_quotes=False, verbs=False)
        if start == tok.start and k >= 2 and toks[k - 1].word == "直" and toks[k - 1].end == tok.start \
                and toks[k - 2].end == toks[k - 1].start and toks[k - 2].word[-1] in "省市县区州":
            start = toks[k - 2].start  # 河北省|直/d|工委: the working committee of the bodies directly under the province
        start = _department_of_two_fields(view, start, tok.start)
        while (first := toks[view.token_index(start)]).start == start and first.end <= tok.start \
                and first.word.endswith(_VERBS_TAKEN_FOR_NOUNS):
            start = first.end  # 研究部署/n|省委…: a verb jieba took for a noun, before the body
        first = toks[view.token_index(start)]
        if len(first.word) == 2 and first.word[1] in "报送交" and first.start == start \
                and view.slice(first.end, first.end + 1) in _DEPARTMENT_LEVELS:
            start = first.end  # (年底)前报|市委组织部: the report is sent to the body, whatever jieba joined
        while (inside := _BRACKETED_IN_NAME.search(view.slice(max(view.start, start - 4), start))) \
                and (further := view.left_edge(start - len(inside.group(0)), max_tokens=8, through_quotes=False)) \
                < start - len(inside.group(0)):
            start = further  # 临江港务(集团)有限公司: the name goes on before the brackets
        text = view.slice(start, tok.end)
        if (together := _TOGETHER_WITH.search(text)) is not None:
            start, text = start + together.end(), text[together.end():]  # 县委组织部|会同县/n|民政局: the second body
        if (under := _UNDER_WORD.search(text)) and is_han(text[under.end():]) \
                and (len(text) - under.start() >= 8 or view.tokens[view.token_index(start + under.end())].tag in _PROPER_TAGS) \
                and not text.startswith(lex.kind_modifiers + lex.generic_org_heads, under.end()):
            # 人事总处所属|公务人力发展学院, 集团所属|中建/ns|三局: a body under another, named (not
            # 所属企业党委, a kind of body, whose short name another check declines)
            start, text = start + under.end(), text[under.end():]
        if text.startswith("年度") and view.slice(start - 1, start).isdigit():
            start, text = start + 2, text[2:]  # 2023|年度/n|乡镇党委…: the year, not the body's name
        before = view.slice(max(view.start, start - 12), start)
        if text.startswith(("当地", "本地", "附近", "各", "上级", "下级", "同级", "本级") + lex.level_words) or before.endswith("各") \
                or _EACH_LEVEL_BEFORE.search(before) \
                or (text.startswith(lex.kind_modifiers) and (not task_named or text[:-len(tok.word)] in lex.kind_modifiers)) \
                or _LEVELS_TOGETHER.match(text) or _RELATIVE_TO.search(text) \
                or _COUNTED_BEFORE.search(before):
            # 当地职业技术学院, 各设区市纪委, 下级党委, 村务监督委员会, 业主委员会, 3400多个…: a kind of body, not one named
            continue
        text = re.sub(r"^(各级|各|全省|全市|全县|全区|本|该|我|有关|相关)", "", text)
        start = tok.end - len(text)
        if (spread := _spread_over_places(view, start, tok.end)) is not None:
            # 厦门、泉州、三明等地总工会: the body of each place listed, all acting or none
            actor = _is_actor(view, spread[0][0], tok.end)
            for item_start, item_end, name in spread:
                label, aliases = unit_label(name)
                m = _mention(view, EntityClass.ORGANIZATION, label, item_start, item_end, aliases)
                out.append(UnitMention(m, place_only=False, actor=actor))
            covered.append((spread[0][0], tok.end))
            continue
        if not text or not is_han(_BRACKETED_WORD.sub("", text)) or text in lex.generic_names or text[0] == "委" \
                or LEVELS_IN_BRACKETS.search(view.slice(max(view.start, start - 8), start)):
            # (各县(市、区)|委组织部, 区(市)|县纪委监委: the rest of a name a bracket broke, a
            # kind of body at levels it lists, no body's name)
            continue
        if view.slice(start - 1, start) in ("”", "\"", "」") and text.endswith(lex.program_heads):
            continue  # “学习强省”(干部)网络学院: the quote's head, a programme's, not a body
        if text.endswith(lex.generic_org_heads) or text.lstrip("全各本该") in lex.org_suffixes \
                or (text[0] in "总分新老" and text[1:] in lex.org_suffixes):
            continue  # 公司, 全公司, 总医院: a kind of body, not one named
        if not text.endswith(lex.org_suffixes) and k not in divisions and not _a_committees_team(toks, k):
            continue  # jieba's nt on a word that names no body (新格局)
        written_from, written = start, text  # the whole chain is this unit's, even when its label is the lowest level
        region = view.tokens[view.token_index(start)]
        if region.start == start and region.tag == "ns" and not region.word.endswith(lex.admin_suffixes) \
                and DIVISION_OPENS.match(text, len(region.word)):
            text = text[len(region.word):]  # 宁夏/ns|同心县委组织部: a region written short, then the division
            start += len(region.word)
        parts = split_admin_chain(text)
        if (lowest := lowest_division(text)) != text:
            text = lowest  # 泰安市岱岳区委 → 岱岳区委: the lowest division (or its committee)
            start = tok.end - len(text)
        elif len(parts) > 2:  # 江西省泰和县冠朝镇党委 → the lowest level and its body
            text = "".join(parts[-2:]) if not parts[-1].endswith(lex.admin_suffixes) else parts[-1]
            start = tok.end - len(text)
        if text in lex.generic_names or len(text) < 3:
            continue
        label, aliases = unit_label(text)
        if written != text:  # 泰安市岱岳区委: 泰安市岱岳区 is an alias of 岱岳区
            aliases = tuple(sorted((set(aliases) | {written, unit_label(written)[0]}) - {label}))
        if label in lex.generic_names or _KIND_OR_LEVEL_ONLY.fullmatch(label) \
                or label in lex.org_suffixes or label in lex.admin_suffixes:
            continue  # 校党委, 公司(党委), 街道党工委, 部机关: a body named only by its kind or level
        if task_named and (first := toks[view.token_index(start)]).start == start and first.end == tok.start \
                and first.tag in ("v", "vn"):
            continue  # 调解/v|委员会, 考核/vn|领导小组: a kind of body named by its task alone
        m = _mention(view, EntityClass.ORGANIZATION, label, start, tok.end, aliases)
        out.append(UnitMention(m, place_only=False, actor=_is_actor(view, written_from, tok.end)))
        covered.append((written_from, tok.end))
    # a body read inside another's name, ending before it (浙江省委|教育/vn|工委): the longer name alone
    out = [u for u in out if not any(v.mention.start <= u.mention.start and u.mention.end < v.mention.end for v in out)]
    # 2. places standing as a clause's subject
    k = 0
    vouched = view.places  # a place the document vouches for, or a word that is one by its form
    levels, last_chars = _admin_suffix_sets()
    words = [tok.word for tok in toks] + [""]
    places = [(w in vouched and is_han(w)) or (w[-1] in last_chars and _is_admin_word(w, tok.tag))
              or ((words[k + 1] in levels or words[k + 1] == "州") and w + words[k + 1] in vouched)
              for k, (w, tok) in enumerate(zip(words, toks))]  # 西岭/ns 县/zg, 海北/s 州/n, vouched as 西岭县, 海北州
    for i in range(len(toks) - 1):
        # 西乡/ns|塘区/ns: two places' words that make one division's name (西乡塘区)
        if toks[i].tag == "ns" == toks[i + 1].tag and toks[i].end == toks[i + 1].start \
                and words[i + 1][-1] in last_chars and _is_admin_word(words[i] + words[i + 1], "ns") \
                and len(split_admin_chain(words[i] + words[i + 1])) == 1:
            places[i] = places[i + 1] = True
        if cut_division_at(toks, i, vouched, levels):
            places[i] = places[i + 1] = True
        if not (places[i] and places[i + 1]) and toks[i].end == toks[i + 1].start and words[i + 1][-1] in last_chars \
                and words[i] + words[i + 1] in vouched and is_han(words[i] + words[i + 1]) \
                and not words[i].endswith(lex.admin_suffixes):  # (not 临江市|村集体: a level after a level)
            places[i] = places[i + 1] = True  # 西海岸/s|新区/ns: a name and its kind of district, vouched for whole
    while True in places[k:]:
        k = places.index(True, k)
        if any(a <= toks[k].start < b for a, b in covered) or view.inside_any_quote(toks[k].start, toks[k].end):
            k += 1
            continue
        j = k
        while j + 1 < len(toks) and places[j + 1]:
            j += 1
        if j + 1 < len(toks) and toks[j + 1].start == toks[j].end and not toks[j].word.endswith(lex.admin_suffixes) \
                and (toks[j + 1].word in lex.admin_suffixes or toks[j + 1].word == "州" and toks[j].word + "州" in vouched):
            # 西山/ns 县/zg: the level jieba cut from the name is the name's (not after a level:
            # 临江市|村集体经济, the villages' economy)
            j += 1
        start, end = toks[k].start, toks[j].end
        text = view.slice(start, end)
        words = [t.word for t in toks[k:j + 1]]
        k = j + 1
        if not _is_actor(view, start, end) or view.continues_name(end):
            continue
        if k < len(toks) and _LEVEL_AND_LOCATIVE.fullmatch(toks[k].word):
            continue  # 粤港澳/大湾/区内: jieba took the level for a word with what follows; where, not who
        last = innermost_place(text, words)
        label, aliases = unit_label(last)
        aliases = tuple(sorted(set(aliases) | ({text} if text != last else set())))
        if label in lex.generic_names or len(label) < 2 or last in lex.admin_suffixes:
            continue  # (自治区已连续3年…: a level alone, the place the report is about)
        m = _mention(view, EntityClass.ORGANIZATION, label, end - len(last), end, aliases)
        out.append(UnitMention(m, place_only=True, actor=True))
        covered.append((start, end))
    # 3. a place the document vouches for, opening a clause, whatever jieba made of it; or a
    # clause that only says where (在金水区,区委推行…): the place acts in what follows
    for a, b in view.clauses():
        where = _ONLY_WHERE.fullmatch(view.slice(a, b))
        inside = [t for t in toks if a + where.start(1) <= t.start and t.end <= a + where.end(1)] if where else []
        words = [t.word for t in inside]
        if where and (where.group(1) in view.places or where.group(1).endswith(lex.admin_suffixes)
                      or len(words) > 1 and all(w in view.places for w in words)) \
                and where.group(1) not in lex.generic_names and not _SOMEONE_SAYS.match(view.slice(b + 1, view.end)):
            name = where.group(1)
            start = a + view.slice(a, b).index(name)
            rest = name[len(inside[0].word):] if inside else ""
            if len(inside) > 1 and inside[0].tag == "ns" and len(rest) >= 3 and rest.endswith(lex.admin_suffixes) \
                    and split_admin_chain(name) == (name,):
                innermost = rest  # 在湖南|十八洞村: a province, then a village jieba does not know
            else:
                innermost = innermost_place(name, words)  # 在贵州遵义 → 遵义
            label, aliases = unit_label(innermost)
            if innermost != name:
                aliases = tuple(sorted({*aliases, name} - {label}))
            out.append(UnitMention(_mention(view, EntityClass.ORGANIZATION, label, start, start + len(name), aliases),
                                   place_only=True, actor=True))
            covered.append((start, start + len(name)))
            continue
        lead = view.slice(a, b)
        skip = len(lead) - len(lead.lstrip(" \u3000“”\""))
        places = _longest_first(view.places)
        if not lead.startswith(places, skip):
            continue  # most clauses open with no place: one test in C
        for name in places:
            start = a + skip
            if not lead[skip:].startswith(name) or any(x <= start < y for x, y in covered):
                continue
            end = start + len(name)
            if view.token_ends_at(end) and view.continues_name(end) or view.slice(end, end + 1) in ("的", "之"):
                break
            label, aliases = speaker_label(name)  # 绍兴市柯桥区 → 柯桥区
            out.append(UnitMention(_mention(view, EntityClass.ORGANIZATION, label, start, end, aliases),
                                   place_only=True, actor=True))
            break
    # a body's full name with a conjunction inside (中央和国家机关工委), which the edge of a name stops at
    for name in [n for n in full_names_holding_a_conjunction() if n in view.text]:
        for u in out:
            if u.mention.start > view.start and view.slice(u.mention.end - len(name), u.mention.end) == name:
                label, aliases = unit_label(name)
                u.mention = _mention(view, EntityClass.ORGANIZATION, label, u.mention.end - len(name), u.mention.end, aliases)
    return sorted(out, key=lambda u: u.mention.start)


#: a body named only by its kind or level (校党委, 部机关); a division's commission for discipline
#: (县纪委, 市纪委) is a relative name, read as the division's the text is about
_KIND_OR_LEVEL_ONLY = re.compile(r"(?![省市县区州旗]纪委)[\u4e00-\u9fff](党委|党组|纪委|委员会|党工委|机关|直属机关)")


def _a_body_quoted_whole(view: SentenceView, end: int) -> bool:
    """Whether the body's name ending at ``end`` fills a quote and opens with its place
    (成立「桃園市青年事務委員會」): a body named, not a programme's or a slogan's words (开办
    「臺北市市政大學」 runs a programme)."""
    return any(q.end - 1 == end and (place := DIVISION_OPENS.match(view.doc.work, q.start + 1)) is not None
               and is_admin_word(place.group(0)) and view.governor(q.start) not in lexicon().run_verbs
               for q in view.quotes)


def _before_a_work(toks, k: int) -> bool:
    """Whether the word at ``k`` stands right before a title, a quote or a number (宣传部 编印/n
    《…》, 组织部 印发/n “…”): a verb jieba took for a noun, after the body that acts."""
    return k + 1 < len(toks) and toks[k + 1].start == toks[k].end and (
        toks[k + 1].word[0] in "《“「\"" or toks[k + 1].tag == "m") and len(toks[k].word) == 2


@lru_cache(maxsize=64)
def _longest_first(places: frozenset[str]) -> tuple[str, ...]:
    """A document's places, longest first (its sentences share the one set)."""
    return tuple(sorted(places, key=len, reverse=True))


#: a report's dateline before its first sentence: 本报讯, 本网讯(记者 张华), 新华社北京5月6日电
#: spaces, quotes and bullets opening a line (◆东湖区:…, “临江市…): no words
_LEADING_MARKS = re.compile(r"^[^\w《(]+")
#: a news brief's heading, the unit it is about, set off by a space before the brief
_HEADING_LEAD = re.compile(r"^([\u4e00-\u9fff]{2,16})[ \u3000]+")
#: a dateline or a column's label in square brackets (【记者 陈怡君/新竹报导】)
_BRACKETED_LEAD = re.compile(r"^[\s\u3000]*[【〔\[][^【】〔〕\[\]]{0,30}[】〕\]][\s\u3000]*")
_DATELINE_LEAD = re.compile(r"^(?:[\u4e00-\u9fff\d]{1,14}?(?:讯|日电)(?:\([^()]{0,20}\))?|\([^()]{0,20}\))[\s\u3000]*")


#: the number of an article of rules opening a sentence: 第三条
_ARTICLE_NUMBER = re.compile(r"^[\s\u3000]*第[一二三四五六七八九十百零〇\d]{1,4}条[\s\u3000]*")


#: what a reporter did with a body that told them (记者从X|获悉)
_LEARNED_FROM = re.compile("获悉|了解到|得知|获知")


def learned_from(view: SentenceView, start: int, end: int) -> bool:
    """Whether the unit at [start, end) is the one a reporter learned the news from (记者从X获悉)."""
    return view.slice(start - 1, start) == "从" and _LEARNED_FROM.match(view.slice(end, end + 4)) is not None


def _is_actor(view: SentenceView, start: int, end: int) -> bool:
    """Whether the name at [start, end) is the subject of its clause: it opens the clause
    (after time adverbials) and is not a possessive (X的…)."""
    if learned_from(view, start, end):
        return False  # 记者从X获悉: where the paper learned it, not who did it
    a = view.clause_start_over_brackets(start)  # (…参加党校(行政学院)、干部学院…: not after the brackets)
    lead = view.slice(a, start)
    lead = _DATELINE_LEAD.sub("", _LEADING_MARKS.sub("", _BRACKETED_LEAD.sub("", lead)))
    if (heading := _HEADING_LEAD.match(lead)) and heading.group(1).endswith(lexicon().admin_suffixes + lexicon().org_suffixes):
        lead = lead[heading.end():]  # ●海东市乐都区 乐都区建立…: a brief's heading, its unit, then the brief
    if lead.endswith("由") and _LEADS.match(view.slice(end, end + 40)) \
            and (_is_a_list_of_units(lead[:-1], view) or not lead[:-1].endswith(LIST_MARKS)):
        # 由市委组织部牵头,建立…; 由市委组织部、市委宣传部联合主办的…; 该计划由省委组织部牵头:
        # the units leading it act
        return True
    for adverb in longest_first("time_adverbials"):
        lead = lead.replace(adverb, "")
    lead = re.sub(r"(\d{2,4}年|\d{1,2}月\d{1,2}日|[上下]午|\d{1,2}时许?|以来)", "", lead)
    lead = _ARTICLE_NUMBER.sub("", lead)  # 第三条 市委组织部…: a rule's article, then its subject
    lead = _ROW_NUMBER.sub("", lead)  # 1 临江市 建立…: a table's row, its number, then the unit
    lead = _UNDER_A_BODY.sub("", lead)  # 公务员事务局辖下的|公务员学院…: the body under it acts
    lead = _CORPS_DIVISION.sub("", lead)  # 第八师|石河子市推行…: the Corps' division the city is one with
    if lead.strip(" \u3000—-"):
        # a list of units before this one (A、B、…, A和B) still makes it a subject
        if not (lead.endswith(LIST_MARKS + ACTING_WITH) and _is_a_list_of_units(lead, view)) or _list_after_a_verb(view, a, start):
            return _acts_inside(view, start, end)
    nxt = view.next_token(end)
    if nxt is not None and nxt.word in ("的", "之"):
        return False
    if _UNDER.match(view.slice(end, end + 4)):
        return False  # 人事总处所属…学院: the body a subordinate one is under, not who acts
    if _REPORTS.match(view.slice(end, end + 12)) or _reports_through_an_officer().match(view.slice(end, end + 16)):
        return False  # 省委组织部有关负责人介绍,全省…: who tells of it, not who did it
    if _ASSISTS.match(view.slice(end, end + 40)):
        return False  # 由X牵头,Y、Z等部门配合,建立…: the units helping are not who set it up
    return True


#: a division of the Production and Construction Corps, numbered, written with the city it is one
#: with (第八师石河子市)
_CORPS_DIVISION = re.compile("第[一二三四五六七八九十]{1,3}师$")
#: words that put a body under another (人事总处所属…学院, 公务员事务局辖下的…)
_UNDER_WORDS = "所属|下属|辖下|旗下|属下"
_UNDER_WORD = re.compile(_UNDER_WORDS)
#: a body under another, right after the one it is under (not 辖下各部门: its own parts)
_UNDER = re.compile(rf"(?:{_UNDER_WORDS})的?(?![各全所有相一\d])")
#: a body and the word that puts another under it, opening a clause (or the word alone: 所属宜昌
#: 供电公司, the report's unit's)
_UNDER_A_BODY = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,20}}?)?(?:{_UNDER_WORDS})的?$")
#: the number of a table's row, set off by spaces before the unit the row is about
_ROW_NUMBER = re.compile(r"^\s*\d{1,3}[\s\u3000]+")
#: the rest of a list of units, after its first: 、B, 和C
_REST_OF_THE_LIST = r"(?:[、和与及][\u4e00-\u9fff]{2,16}?)*?"
#: what follows the units that lead a work (由…牵头, 由A、B联合主办): after the rest of their list
_LEADS = re.compile(_REST_OF_THE_LIST + r"(?:联合|共同)?(?:牵头|负责|主导|统筹|主办|承办|创办|开办|举办|打造|推出|开设)")
#: what follows the units that only help the one leading a work (Y、Z等部门配合): after the rest of their list
_ASSISTS = re.compile(_REST_OF_THE_LIST + r"(?:等(?:\d+个|[一二三四五六七八九十]+个)?(?:部门|单位))?"
                      r"(?:积极|密切|协同|全力)?(?:配合|协助|参与)(?:实施|落实|推进)?[,。;]")


def _is_a_list_of_units(lead: str, view: SentenceView) -> bool:
    """Whether ``lead`` (empty, or ending with a listing mark) is a list of units' names."""
    lead = lead[:-len(joined)] if (joined := next((w for w in ACTING_WITH if lead.endswith(w)), None)) else lead
    items = re.split("|".join(LIST_MARKS + ACTING_WITH), lead[:-1] if lead.endswith(LIST_MARKS) else lead) if lead else []
    ends = lexicon().org_suffixes + lexicon().admin_suffixes
    return all(i and (i in view.places or i.endswith(ends)) for i in items)


def _list_after_a_verb(view: SentenceView, clause_start: int, end: int) -> bool:
    """Whether the list of units ending at ``end`` opens after a verb of its clause: its first
    item holds a verb with a name after it (干部每5年参加|党校、行政学院、干部学院…), so the
    units are what is done, not who does it (a verb before a head alone is a body's: 投资促进|局)."""
    first_end = clause_start + len(re.split("|".join(LIST_MARKS), view.slice(clause_start, end), maxsplit=1)[0])
    first = [t for t in view.tokens if clause_start <= t.start and t.end <= first_end]
    if first and first[0].tag == "v" and len(first[0].word) >= 2 and len(rest := view.slice(first[0].end, first_end)) >= 3 \
            and (rest[0] in "省市县区" or rest.startswith(_longest_first(view.places))) and rest.endswith(lexicon().org_suffixes):
        return True  # 吸纳|区市场监管局、区税务局等…: any verb opening the clause, then a body of a level or place
    return any(t.tag == "v" and governing_verb(t.word) and t.end <= first_end - 2 for t in first)


#: what follows a unit that only tells of what was done: its spokesman and a verb of saying (a
#: unit itself telling, 南阳市委组织部介绍, is a speaker telling of its own work)
_TELLS = "介绍|表示|透露|告诉记者"
_REPORTS = re.compile(rf"(?:有关|相关|主要)?(?:负责人|负责同志|工作人员|新闻发言人)(?:{_TELLS}|称)[,:]")


@cache
def _reports_through_an_officer() -> re.Pattern:
    """A unit's officer, named, telling of the work: 区委组织部|副部长孙静介绍,…"""
    roles = lexicon().alternation("role_words")
    return re.compile(rf"(?:{roles})[\u4e00-\u9fff]{{2,3}}?(?:{_TELLS})[,:]")


def _acts_inside(view: SentenceView, start: int, end: int) -> bool:
    """Whether the name at [start, end), inside its clause, is the subject of a clause that
    qualifies a noun (推广清远市实施“头雁工程”的做法): right before a verb that runs or sets
    something up, with 的 after it in the clause; not after a preposition (在临江县推行…的…: where,
    not who). A unit a clause's subject works with (联合苏州大学开办…) is no subject."""
    lex = lexicon()
    nxt = view.next_token(end)
    before = view.prev_token(start)
    return nxt is not None and nxt.start == end and (nxt.word in lex.run_verbs or nxt.word in lex.establish_verbs) \
        and not (before is not None and before.tag == "p") and "的" in view.slice(nxt.end, view.clause_bounds(start)[1])


# ---------------------------------------------------------------------- people

#: a value stated for a word: (达, 为, 提高到…) a number
_MEASURED = re.compile(r"(?:达到?|为|提高到|提升到|保持在|超过)[\d一二三四五六七八九十百]|\d+(?:\.\d+)?%")
#: a count of people right after a word: 320名, 一千余人, 2位
_COUNTED_PEOPLE = re.compile(r"[\d一二三四五六七八九十百千万两]+[余多]?(?:名|人|位)")

#: a count of people, then their office, ending right before a word (15名村书记|晋升)
_COUNTED_ROLE = re.compile(r"(?:\d+|[一二三四五六七八九十百千两]+)[余多]?名[\u4e00-\u9fff]{0,6}$")

#: a count of places, after their short names (沪苏浙皖|四省市, 京津冀|三地)
_PLACES_COUNTED = re.compile("[两二三四五六七八九十]+(?:个)?(?:省市|省区|省份|省|市|地|县|区)")


def find_persons(view: SentenceView, known: set[str]) -> list[Mention]:
    """Person names: jieba's nr words and words after a role cue (记者, 书记, 村民 …),
    accepted when they begin with a common surname."""
    lex = lexicon()
    surnames, cues_before, cues_after = lex.surnames, lex.person_cues_before, lex.person_cues_after
    body_or_place_ends = lex.org_suffixes + lex.admin_suffixes
    not_a_persons_ends = body_or_place_ends + lex.program_heads + ("率",)  # 群众|满意率: a rate, though 满 is a surname
    out = []
    toks = view.tokens
    # every branch below starts at a surname
    taken_until = 0  # the end of the last name found from two words
    for k in [k for k, t in enumerate(toks) if t.word[0] in surnames or t.word[:2] in surnames]:
        tok = toks[k]
        w = tok.word
        if tok.start < taken_until:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        lead = view.slice(max(view.start, tok.start - 5), tok.start)  # up to five characters before it
        after_role = lead.rstrip(" \u3000").endswith(cues_before)  # 部长 李红梅: a space may stand between
        if after_role and _COUNTED_ROLE.search(view.slice(max(view.start, tok.start - 12), tok.start)):
            after_role = False  # 15名村书记|晋升/nr 星级: people counted by their office, no one named
        # after a role, a surname and a given name jieba took for another word, before what a
        # person says or does at a meeting (代表|赵/nr|立新/d|作了发言)
        given_name_mistagged = after_role and tok.tag == "nr" and nxt is not None and nxt.start == tok.end \
            and len(nxt.word) == 2 and nxt.tag in ("d", "a", "v", "vn", "m") \
            and view.slice(nxt.end, nxt.end + 3).startswith(cues_after + ("作了", "作"))
        # a married woman's name in Hong Kong, her husband's surname before her own (杨/nr|何蓓茵/nr)
        two_surnames = nxt is not None and len(nxt.word) == 3 and nxt.tag == "nr" and nxt.word[0] in surnames
        if len(w) == 1 and w in surnames and nxt is not None and is_han(nxt.word) and (len(nxt.word) <= 2 or two_surnames) \
                and (nxt.tag in ("nr", "nrfg", "nrt", "j", "n", "x", "ng", "nz", "ns") or given_name_mistagged) \
                and tok.tag not in ("p", "c", "d", "u", "v") \
                and not (w + nxt.word).endswith(body_or_place_ends) and nxt.word not in lex.address_terms:
            # jieba split a name after its surname (罗/小林): accept it after a role cue
            if after_role:
                out.append(_mention(view, EntityClass.PERSON, w + nxt.word, tok.start, nxt.end))
                taken_until = nxt.end
                continue
        if ((len(w) == 2 and w[0] in surnames or w in surnames and len(w) == 1) and nxt is not None
                and len(nxt.word) == 2 and is_han(nxt.word) and nxt.word[1:] in cues_after and lead.endswith(cues_before)):
            # the name's last character went to the verb jieba knows (书记黄伟|明说, 书记李|明说)
            out.append(_mention(view, EntityClass.PERSON, w + nxt.word[0], tok.start, tok.end + 1))
            continue
        if (len(w) == 2 and w in surnames and nxt is not None and 1 <= len(nxt.word) <= 2 and is_han(nxt.word)
                and nxt.start == tok.end and view.slice(nxt.end, nxt.end + 2).startswith(cues_after)):
            # a two-character surname jieba took for a place (欧阳/ns 振华 同志)
            out.append(_mention(view, EntityClass.PERSON, w + nxt.word, tok.start, nxt.end))
            continue
        if (len(w) == 2 and w[0] in surnames and nxt is not None and len(nxt.word) == 1 and is_han(nxt.word)
                and nxt.word not in cues_after and nxt.start == tok.end
                and nxt.tag not in ("p", "c", "u", "uj", "ul", "d", "r")
                and (not is_han(view.slice(nxt.end, nxt.end + 1) or "x")
                     or view.slice(nxt.end, nxt.end + 2).startswith(cues_after))
                and after_role):
            # a role, then a name whose last character jieba left alone (区委书记 李德|华:…; not
            # 书记|全部|由/p, a word and a preposition)
            out.append(_mention(view, EntityClass.PERSON, w + nxt.word, tok.start, nxt.end))
            continue
        if not 2 <= len(w) <= 4 or not is_han(w):
            continue
        if w in lex.address_terms or w[1:] in lex.address_terms or w[2:] in lex.address_terms:
            continue  # 居民张阿姨, 李大爷: how a report speaks of someone it does not name
        if w[1:].endswith(lex.role_words):
            continue  # 由县委书记|任组长/n: 任 (serve as) and an office, though 任 is a surname
        if w in view.places or w.endswith(not_a_persons_ends) or w in lex.generic_names:
            continue  # a place, a body, a programme (教授|宣讲团), or a word that names nothing (流动党员|党组织, after the role 党员)
        if len(w) == 4 and w[:2] not in surnames and w not in known:
            continue  # four characters are a name with a two-character surname (严格执行/nr is none)
        if view.slice(tok.end, tok.end + 1) in lex.admin_suffixes:
            continue  # 倪家营|镇: the start of a place's name
        if _PLACES_COUNTED.match(view.text, tok.end - view.start):
            continue  # 沪|苏浙皖/nr|四省市: places written short, then how many
        if _COUNTED_PEOPLE.match(view.text, tok.end - view.start) and w not in known:
            continue  # 选配楼栋长320名: people of a kind, counted; no one is
        if _MEASURED.match(view.text, tok.end - view.start) and w not in known:
            continue  # 群众满意率/nr 达99%, 满意率99%以上: what is measured, not who
        after = view.slice(tok.end, min(view.end, tok.end + 2))
        cue = after_role or after.startswith(cues_after)
        # without a cue, jieba's three-character name stands alone, not before the noun it would
        # qualify (锻造高素质|干部队伍: an adjective jieba took for a name); after an office, a
        # name jieba took for a place's (区委书记 马建国/ns) is a person's
        modifies = nxt is not None and nxt.start == tok.end and nxt.tag in ("n", "nz", "vn", "ng") and len(nxt.word) >= 2
        # …nor after a noun it is the rest of (干群|连心桥/nr), unless the noun says who (老党员 王五)
        prev = toks[k - 1] if k else None
        compounded = prev is not None and prev.end == tok.start and prev.tag in ("n", "vn", "nz") and len(prev.word) >= 2 \
            and is_han(prev.word) and not prev.word.endswith(lex.group_heads + lex.role_words + cues_before)
        if w in known or (tok.tag in ("nr", "nrfg", "nrt") and (cue or (len(w) == 3 and not modifies and not compounded
                                                                      and not _a_dictionary_word_of_a_verb(w)))) \
                or (cue and tok.tag in ("nt", "nz", "x", "n") and len(w) == 3 and not _a_common_noun(w)) or (tok.tag == "ns" and len(w) == 3 and lead.rstrip(" \u3000").endswith(lex.role_words)):
            if view.inside_any_quote(tok.start, tok.end) and w not in known:
                continue
            out.append(_mention(view, EntityClass.PERSON, w, tok.start, tok.end))
    return [m for m in out if not m.label.endswith(lex.pen_name_endings)]  # 苏组宣: a body's pen name


def _a_dictionary_word_of_a_verb(word: str) -> bool:
    """Whether ``word`` is a word of the dictionary opening with a verb's or an adjective's word
    (公开/ad|栏: 公开栏, which the dictionary tags a name): a thing, not a person."""
    return dictionary_tag(word) is not None and dictionary_tag(word[:2]) in ("a", "ad", "v", "vd", "vn", "d")


def _a_common_noun(word: str) -> bool:
    """Whether ``word`` is a noun of the dictionary made of another word and one character more
    (党员|信息/n|库): a thing, though a role cue stands before it and a surname opens it."""
    return dictionary_tag(word) == "n" and dictionary_tag(word[:2]) in ("n", "vn", "v", "a")


# ---------------------------------------------------------------------- groups

#: words that begin like a modal verb but are not one (要求, 应用 …)
_NOT_MODAL = {"要求", "要点", "要素", "要闻", "要害", "要务", "应用", "应对", "应急", "需求", "需要", "须知"}


@cache
def _rule_verb_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A rule's verb and the words after it up to a group's qualifiers (要求驻村工作|队员); and a
    rule's verb right before the group, or before each or all of it (规定每名…, 明确全市…), or
    before whose it is (要求所属…)."""
    verbs = lexicon().alternation("rule_verbs")
    return (re.compile(rf"({verbs})([\u4e00-\u9fff]{{1,4}})$"),
            re.compile(rf"({verbs})(每名|每位|每个|全体|所有|{'|'.join(SCOPE_WORDS)}|{_UNDER_WORDS})?$"))


#: words that take each or all of a group (每名…, 全体…), and the words after them up to the head
_EACH_OF = re.compile(r"(每名|每位|全体|所有)([\u4e00-\u9fff]{1,4})$")


#: the number of an article or an item opening a clause: 第三条, 一、, (二), 3.
_ITEM_NUMBER = re.compile(r"^\s*(?:第[一二三四五六七八九十百\d]+条|[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d+[、.．])\s*")


#: a modal that makes what follows a duty (学习积分须达到100分), not 无须
_DUTY = re.compile("(?<![无毋勿])须|应当")


_SET_UP_FOR = re.compile(r"(?:对|针对|为)(?:每名|每位|全体|所有|新提拔的|新任|全[省市县区镇乡])?$")
#: among whom a rule is put in place (在全县|村干部|中推行…)
_AMONG = re.compile(r"在(?:全[省市县区镇乡]|全体|各级)?$")


def set_up_for(view: SentenceView, start: int, end: int | None = None) -> bool:
    """Whether the group at [start, end) is what its clause sets something up for (对…科级干部实行…):
    a rule's, not a number's, whose subject it is not. A group its clause only names (对新提任的科级
    干部,要求…) is the topic of the clauses after it, not what one sets up."""
    clause_start, _ = view.clause_bounds(start)
    if end is not None and not view.slice(end, view.clause_end_over_brackets(end)).strip():
        return False  # (村(社区)书记: the brackets inside the group's name do not end its clause)
    before = view.slice(clause_start, start)
    return _SET_UP_FOR.search(before) is not None \
        or (end is not None and _AMONG.search(before) is not None and view.slice(end, end + 1) == "中")


#: how the clause after a group it opens with (对…干部,) states a rule for it
_ADDRESSED_RULE = re.compile("要求|规定|明确|必须|须|一律|每人|每年")
#: a period written as one of it before how many times (一年两次)
_ONCE_PER = re.compile(ONE_PER + "(?!来)[\u4e00-\u9fff]{0,4}?[一两二三四五六七八九十\\d]")  # 一年两次, 一年培训两次
#: how many times something is done: 一遍, 2次, 三轮
_TIMES_COUNTED = re.compile("[一两二三四五六七八九十\\d]+(?:" + "|".join(TIMES) + ")")


@cache
def _bound_after_a_figure() -> re.Pattern:
    """A figure, its unit and a bound written after it (累计3个月以上, 5天以内)."""
    cues = [cue for cue, where, comparator in lexicon().comparators
            if where == "after" and comparator in (Comparator.AT_LEAST, Comparator.AT_MOST)]
    return re.compile(r"[\d一二两三四五六七八九十][\u4e00-\u9fff]{1,3}?(?:%s)" % "|".join(map(re.escape, cues)))


#: a count after the verb of a share each one has (联系|1个县, 包保|3户)
_SHARE_COUNTED = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:\d+|[一二两三四五六七八九十]+)[个名户件次篇天所家]")


def _states_a_requirement(text: str) -> bool:
    """Whether ``text`` holds a comparator that sets a bound before its number (不少于, 至少),
    a modal of duty (须达到) or a range a number must fall in (联系10至15户)."""
    return any(cue in text for cue, _, _ in comparator_cues_before() if len(cue) > 1) or _DUTY.search(text) is not None \
        or _A_RANGE.search(text) is not None


#: a range of numbers: its bounds are a rule's (每名党员联系10至15户)
_A_RANGE = re.compile(r"[\d一二三四五六七八九十两]+\s*(?:至|到|-|~)\s*[\d一二三四五六七八九十两]+[^\d年]")


def _their_share(view: SentenceView, end: int) -> bool:
    """Whether what follows a group's name is what each of them gets or owes, with a bound
    (村干部|基本报酬每人每月不低于3000元, 领导干部|集中学习时间不少于5天): the rule binds the group."""
    rest = view.slice(end, view.clause_end_over_brackets(end))
    return (_SHARE_EACH.match(rest) is not None or _TIME_OWED.match(rest) is not None) and _states_a_requirement(rest)


#: a few words, then for each of them at a period: 基本报酬每人每月
_SHARE_EACH = re.compile("[\u4e00-\u9fff]{2,6}?每(?:人|名)")
#: how much time or how many times they owe: (领导干部)集中学习时间, 参训学时, 下基层天数
_TIME_OWED = re.compile("[\u4e00-\u9fff]{0,5}?(?:时间|时长|学时|课时|天数|次数)(?:累计|全年|每年)?(?:不少于|不低于|不得少于|至少|须|必须|应|要)")


def _each_bound(view: SentenceView, start: int, end: int) -> bool:
    """Whether the clause opens with 每名/每位 and the head, and states a requirement after it
    (每名党员联系农户不少于5户): the group ends at its head, whatever jieba made of the next word."""
    clause_start, clause_end = view.clause_bounds(start)
    nxt = view.next_token(end)
    if nxt is not None and nxt.start == end and nxt.word.endswith(lexicon().group_heads):
        return False  # 每名党员|领导干部: the name goes on to a head of its own
    lead = view.slice(clause_start, start)
    if lead not in ("每名", "每位"):
        # 每名|区级|领导: words that qualify the head between (a rank, a kind), no verb among them
        between = [t for t in view.tokens if clause_start + 2 <= t.start and t.end <= start]
        if not (lead.startswith(("每名", "每位")) and 1 <= len(between) <= 2 and len(lead) <= 6
                and sum(len(t.word) for t in between) == len(lead) - 2
                and all(t.tag in ("n", "b", "j") and is_han(t.word) and not governing_verb(t.word) for t in between)):
            return False
    return _states_a_requirement(view.slice(end, clause_end))


def _age_before(view: SentenceView, k: int) -> tuple[int, int] | None:
    """Where an age written before token ``k`` starts (35|岁, 四十五岁), and how many tokens it takes."""
    if k < 1:
        return None
    tok = view.tokens[k - 1]
    if tok.word == "岁" and k >= 2 and view.tokens[k - 2].tag == "m":
        return view.tokens[k - 2].start, 2
    if tok.word.endswith("岁") and len(tok.word) > 1 and tok.tag == "m":
        return tok.start, 1
    return None


#: measure words of one character that count things and people (4个, 12期)
_MEASURE_WORDS = frozenset("个项名期场所家支座条种类位批届次")
#: a number right before a measure word (1012|名, 三|位)
_NUMERAL_BEFORE = re.compile(r"(?:\d|[一二两三四五六七八九十百千万])$")


#: a figure and its unit closing an item of a list (…不少于50分、), before the next item's group
_AFTER_A_FIGURE_LISTED = re.compile(r"[\d一二两三四五六七八九十][\u4e00-\u9fff]{1,3}、$")


def find_groups(view: SentenceView) -> list[tuple[Mention, bool]]:
    """Categories of people (处级以上干部, 科级干部, 党组成员); returns each with whether a rule
    binds it in this sentence (规定/明确 before it, or 要/须/必须 right after it)."""
    lex = lexicon()
    out = []
    heads = longest_first("group_heads")
    seen_ends = set()
    for head in [h for h in heads if h in view.text]:
        for at in find_all(view.text, head):
            start, end = view.start + at, view.start + at + len(head)
            if end in seen_ends or not view.token_ends_at(end) or view.inside_a_name(start, end):
                continue
            nxt = view.next_token(end)
            if view.continues_name(end) and not (nxt.word.startswith(tuple(lex.modal_words)) and nxt.word not in _NOT_MODAL) \
                    and not nxt.word.startswith(("每", "年度", "年均", "任期", "任职期")) and not _each_bound(view, start, end) \
                    and not _their_share(view, end):
                continue  # 学生党员|每学期: a period follows, not more of the name
            seen_ends.add(end)
            # rank and kind before the head: 县处级 以上 领导干部, 机关 干部
            i = view.token_index(start)
            if view.tokens[i].start < start:
                if view.tokens[i].end != end or not view.is_nominal(view.tokens[i], verbs=False):
                    seen_ends.discard(end)  # 领导班子|成员: a shorter head ending here may start at a word
                    continue
                start = view.tokens[i].start  # one word: 学生党员, 市领导
            left, count = start, 0
            while i - 1 >= 0 and count < 3:
                tok = view.tokens[i - 1]
                if tok.word in ("其他", "其余", "其它"):
                    left = tok.start  # 其他干部: those a rule before did not name, a group of their own
                    break
                if _UNDER_WORD.fullmatch(tok.word):
                    break  # 要求|所属|公务人员: whose they are, not which kind
                if tok.word in ("以上", "以下") or tok.word.endswith("级") and len(tok.word) >= 2 and tok.word not in ("各级", "上级", "下级"):
                    left = tok.start
                    if tok.word in ("以上", "以下") and i >= 3 and view.tokens[i - 2].word in ("及", "以及") \
                            and view.tokens[i - 3].word.endswith("级"):
                        i -= 1  # 乡|科级|及|以下 干部: the rank and those below it, one qualifier
                        count -= 1
                    elif tok.word in ("以上", "以下") and (age := _age_before(view, i - 1)):
                        left, skipped = age  # 35岁以下青年教师: an age and those below it
                        i -= skipped
                        count -= 1
                elif tok.word == "级" and i >= 2 and (rank := view.tokens[i - 2]).end == tok.start \
                        and rank.tag in ("n", "nr", "b") and is_han(rank.word) and len(rank.word) <= 3:
                    left = rank.start  # 首长/n|级/q|人员: a rank jieba cut from its 级
                    i -= 1
                elif view.counts_people(i - 1):
                    break  # 组织1000|名/n|机关干部: a count of them, not a kind (jieba may tag 名 a noun)
                elif len(tok.word) == 1 and tok.word in lex.org_suffixes and tok.end == view.tokens[i].start \
                        and view.tokens[i].word.startswith("机关"):
                    left = tok.start  # 厅|机关|处级干部: the body's own offices, whatever came between
                    break
                elif (tok.tag in ("n", "b", "nz", "j", "a") or tok.word in lex.level_words
                      or tok.word in lex.generic_org_heads or tok.word.startswith(lex.kind_modifiers)) and is_han(tok.word) \
                        and (len(tok.word) <= 4 or tok.word.endswith(lex.group_heads)) and count <= 1 \
                        and view.is_nominal(tok, verbs=False) \
                        and tok.word not in SCOPE_WORDS:  # 全县|村干部: whose, not which kind
                    left = tok.start
                elif tok.tag == "vn" and count == 0 and i >= 2 and view.tokens[i - 2].tag == "n" \
                        and view.tokens[i - 2].end == tok.start and tok.end == view.tokens[i].start:
                    left = tok.start  # 项目|服务/vn|专员: the work they do, between the field and the head
                elif (q := next((q for q in view.quotes if q.end == tok.end), None)) is not None \
                        and is_han(view.slice(*q.inner)) and q.end - q.start <= 6 and count <= 1:
                    left = q.start  # 村“两委”干部: a short quoted name of the body they serve on
                    i = view.token_index(q.start) + 1
                elif tok.word in "))" and count <= 1 \
                        and (bq := _LEVEL_AND_ITS_KIND.search(view.slice(max(view.start, tok.end - 8), tok.end))):
                    left = tok.end - len(bq.group(0))  # 村(社区)党组织书记: a level and its other kind
                    i = view.token_index(left) + 1
                elif tok.word == "委" and count <= 1 \
                        and (bq := _LEVELS_COMMITTEE.search(view.slice(max(view.start, tok.end - 10), tok.end))):
                    left = tok.end - len(bq.group(0))  # 县(区)委/zg|书记: the committee of a level and its peers
                    i = view.token_index(left) + 1
                elif tok.word == "直" and i >= 2 and (level := view.tokens[i - 2]).word in ("省", "市", "州", "县", "区") \
                        and level.end == tok.start:
                    left = level.start  # 县|直/d|部门干部: those of the bodies directly under the county
                    break
                else:
                    break
                i -= 1
                count += 1
            if view.slice(left, left + 1) in ("名", "个", "位") and _NUMERAL_BEFORE.search(view.slice(max(view.start, left - 4), left)):
                left += 1  # 1012|名村/n|党组织书记: jieba joined the measure word to who is counted
            # those newly taken on are a group of their own (新|进|教师, 新|录用|公务员, 新|提拔|的|…干部)
            j = view.token_index(left)
            k = j - 1 if j >= 3 and view.tokens[j - 1].word == "的" else j
            if k >= 2 and view.tokens[k - 2].word == "新" and view.tokens[k - 1].tag.startswith("v") \
                    and len(view.tokens[k - 1].word) <= 2 and view.tokens[k - 1].end == view.tokens[k].start:
                left = view.tokens[k - 2].start
            # between 每名/全体 … and the head, every word qualifies it, whatever its tag (每名在职党员)
            clause_start, _ = view.clause_bounds(left)
            clause_end = view.clause_end_over_brackets(left)  # 每周到村(社区)不少于1天: one clause
            if m := _EACH_OF.search(view.slice(clause_start, left)):
                modifier_start = left - len(m.group(2))
                inside = view.tokens[view.token_index(modifier_start):view.token_index(left)]
                if inside and inside[0].start == modifier_start and len(inside) <= 2 and all(
                        is_han(t.word) and not governing_verb(t.word) and t.tag not in ("r", "p", "c", "u", "uj", "ul", "m", "q")
                        for t in inside):
                    left = modifier_start
            # 要求驻村工作队员…不少于20天, 规定新录用公务员…不少于12天: the words between the rule's
            # verb and the head qualify the group the requirement binds
            ruled = _rule_verb_patterns()[0].search(view.slice(clause_start, left))
            if ruled and not ruled.group(2).startswith(("每", "全", "所有", "各")) and not _UNDER_WORD.match(ruled.group(2)) \
                    and _states_a_requirement(view.slice(end, clause_end)) and not any(
                    governing_verb(t.word) for t in view.tokens if left - len(ruled.group(2)) <= t.start < left):
                left -= len(ruled.group(2))
            label = strip_quotes(view.slice(left, end))
            nxt = view.next_token(end)
            before = view.slice(view.start, left)
            # jieba may join the modal to its verb (要带头): a word that opens with one counts; a
            # period may stand between (大学生村官每年须…)
            if nxt is not None and PERIOD.fullmatch(nxt.word):
                nxt = view.next_token(nxt.end)
            modal = nxt is not None and nxt.word not in _NOT_MODAL and nxt.word.startswith(tuple(lex.modal_words))
            # what opens the clause before the group, less the number of an article or item (第三条 …)
            opening = _ITEM_NUMBER.sub("", view.slice(clause_start, left)).removeprefix("即")  # 即每名…: the items of what was named
            if _AFTER_A_FIGURE_LISTED.search(opening):
                opening = ""  # 处级干部…不少于50分、科级干部不少于40分: the next item of a list of rules
            # the subject of a clause that states a requirement is bound by it (市领导每年…不少于10天)
            # (其中: the part of a rule just stated that binds them: …其中村干部基本报酬每人每月不低于3000元)
            requirement = opening in ("", "其中", *EACH_OR_ALL, *SCOPE_WORDS) \
                and _states_a_requirement(view.slice(end, clause_end))
            # each one of them at a stated frequency (每名党员每月缴纳党费1次)
            distributive = opening in ("每名", "每位") and \
                PERIOD.search(view.slice(end, clause_end)) is not None
            # the subject of a clause, its period right after it and how many times (处级干部每两年
            # 轮训一遍): a rule of how often, as the one above
            periodic = opening in ("", *SCOPE_WORDS) and \
                (PERIOD.match(view.slice(end, clause_end)) or _ONCE_PER.match(view.slice(end, clause_end))) is not None \
                and (_TIMES_COUNTED.search(view.slice(end, clause_end)) or _bound_after_a_figure().search(view.slice(end, clause_end))) is not None
            # those a rule is set up for (对新提拔的科级干部实行任前廉政考试制度)
            targeted = set_up_for(view, left, end) \
                and any(governing_verb(t.word) in lex.establish_verbs for t in view.tokens if end <= t.start and t.end <= clause_end)
            # each of them, in the next clause (对…村党组织书记全部轮训一遍,每人每年…不少于5天)
            after = view.slice(clause_end + 1, view.clause_end_over_brackets(clause_end + 1)) if clause_end < view.end else ""
            each_after = after.startswith("每人") and _states_a_requirement(after)
            # each of them a share (市委常委每人联系1个县): a quota per head
            each_one = opening in ("", *SCOPE_WORDS) and view.slice(end, end + 2) == "每人" \
                and _SHARE_COUNTED.search(view.slice(end + 2, clause_end)) is not None
            # the topic of a rule the next clause states (对新提任的科级干部,要求每年参加培训不少于7天)
            addressed = view.slice(clause_start, left) == "对" and not view.slice(end, clause_end).strip() \
                and _ADDRESSED_RULE.match(after) is not None and _states_a_requirement(after)
            bound = modal or requirement or distributive or periodic or targeted or each_after or each_one or addressed or \
                bool(_rule_verb_patterns()[1].search(before))
            out.append((_mention(view, EntityClass.GROUP, label, left, end), bound))
    # a group read inside another's name (领导|及主管人员 of 规定领导及主管人员…): the longer name alone
    out = [(g, bound) for g, bound in out if not any(
        o.start <= g.start and g.end <= o.end and (o.start, o.end) != (g.start, g.end) for o, _ in out)]
    return sorted(out, key=lambda pair: pair[0].start)
