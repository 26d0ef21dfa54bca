"""A sentence seen by the rules: tokens, quotes, clauses and noun-phrase edges."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ..lexicon import lexicon
from ..model import Document, Sentence, Token

OPEN_QUOTES = "“「『‘"
CLOSE_QUOTES = "”」』’"
QUOTE_CHARS = OPEN_QUOTES + CLOSE_QUOTES + '"'
CLAUSE_BREAKS = ",;:。!?()"
#: POS tags that may stand inside a name (jieba's ICTCLAS tag set)
NOMINAL_TAGS = {"zg", "s", "ad", "n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "ng", "vn", "an", "b", "j", "l", "g", "eng", "a", "v", "vd", "i"}
#: a day of the week
_WEEKDAY = re.compile("(?:周|星期)[一二三四五六日天]")
#: a slogan of two counts, each with its verb, right before a head (双融双促, 三评三比), or one to one (一对一, 一帮一)
_PAIRED_COUNTS = re.compile(r"(?:([双两三四五六七八九十])[\u4e00-\u9fff]\1[\u4e00-\u9fff]|一[对帮带联包]一)$")
#: one Chinese numeral, as a word of its own
_ONE_NUMERAL = frozenset("一二三四五六七八九十两")
#: second characters of numeral words that count nothing a name could hold (一些, 一切)
_NOT_COUNTED = frozenset("些切起共同直致律般定样再道旦")
#: measure words that count people or bodies after a number
_PEOPLE_COUNTERS = ("名", "位", "个", "人", "家", "支", "户")
#: words that open a noun phrase from outside a name (各级党委, 该市)
_DETERMINERS = {"各级", "各", "该", "本", "我", "其", "每", "这", "那", "此", "上级", "有关", "相关"}
#: a count opening a name, of the items before it (三微, 四进)
_COUNT_OF_ITEMS = re.compile("[两二三四五六七八九十]")
_COUNT_VALUES = {c: k for k, c in enumerate("零一二三四五六七八九十")} | {"两": 2}
#: prepositions of one character, which jieba may tag nouns before a name (须经/n|村务监督委员会)
_ONE_CHARACTER_PREPOSITIONS = frozenset("经由向对被把将从")
#: modal verbs jieba may join to the preposition after them (需经, 须由)
_MODALS = frozenset("需须应要")


def find_all(text: str, word: str):
    """Start of every occurrence of ``word`` in ``text``, left to right, not overlapping."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


_HAN = re.compile("[\u4e00-\u9fff]+")
#: a few words in brackets inside a clause: 村(社区), 乡镇(街道)
_SHORT_BRACKETS = re.compile(r"\([^()]{1,8}\)")
#: the same, ending where a clause starts, after a word they qualify
_SHORT_BRACKETS_BEFORE = re.compile(r"(?<=[\u4e00-\u9fff])" + _SHORT_BRACKETS.pattern + "$")
#: a quarter of the country or a city (北方, 西部), which jieba tags a locative
_COMPASS = re.compile("[东南西北][方部]")
_QUOTE_MARKS = re.compile('[“「『”」』"]')
#: what a quotation of speech has and a name has not: a sentence ending inside it, or clauses
_SENTENCE_INSIDE = re.compile(r"[。!?]")
_CLAUSE_INSIDE = re.compile(r"[,;]")
_TITLE_MARKS = re.compile("[《》]")
_CLAUSE_BREAK = re.compile(f"[{re.escape(CLAUSE_BREAKS)}]")


@lru_cache(maxsize=65536)  # asked of the same words over and over
def is_han(text: str) -> bool:
    """Only Chinese characters (and at least one)."""
    return _HAN.fullmatch(text) is not None


def strip_quotes(text: str) -> str:
    return "".join(c for c in text if c not in QUOTE_CHARS + "《》〈〉")


@lru_cache(maxsize=65536)
def governing_verb(word: str) -> str | None:
    """The verb of the lexicons that ``word`` is or ends with (积极探索 → 探索), if any."""
    lex = lexicon()
    # a verb that sets up or runs something first, even inside a longer clause verb (深入开展 → 开展)
    for verbs in ((lex.establish_verbs, lex.run_verbs), (lex.clause_verbs,)):
        for kind in verbs:
            if word in kind:
                return word
        for kind in verbs:
            for v in kind:
                if len(v) >= 2 and len(word) > len(v) and word.endswith(v):
                    return v
    return None


@dataclass
class Quote:
    start: int  # of the opening mark
    end: int  # after the closing mark
    mark: str  # the opening mark

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


@dataclass
class SentenceView:
    doc: Document
    sentence: Sentence
    places: frozenset[str] = frozenset()  # place names this document itself marks as places
    tokens: list[Token] = field(init=False)
    # the sentence's, copied: the rules read them a million times in a corpus, a property each time
    start: int = field(init=False)
    end: int = field(init=False)
    text: str = field(init=False)

    def __post_init__(self):
        self.tokens = self.sentence.tokens
        self.start, self.end, self.text = self.sentence.start, self.sentence.end, self.sentence.text
        self._starts = [t.start for t in self.tokens]

    def slice(self, start: int, end: int) -> str:
        return self.doc.work[start:end]

    def token_index(self, pos: int) -> int:
        """Index of the token that contains absolute offset ``pos``."""
        return max(0, bisect_right(self._starts, pos) - 1)

    @cached_property
    def _ends(self) -> frozenset[int]:
        return frozenset(t.end for t in self.tokens)

    def token_ends_at(self, pos: int) -> bool:
        return pos in self._ends

    @cached_property
    def quotes(self) -> list[Quote]:
        """Quoted spans “…” 「…」 and "…" (ASCII quotes paired in order)."""
        out, stack, ascii_open = [], [], None
        for m in _QUOTE_MARKS.finditer(self.text):  # only the marks matter: jump from one to the next
            ch, pos = m.group(), self.start + m.start()
            if ch in "“「『":
                stack.append((pos, ch))
            elif ch in "”」』" and stack:
                s, mark = stack.pop()
                if not stack:
                    out.append(Quote(s, pos + 1, mark))
            elif ch == '"':
                if ascii_open is None:
                    ascii_open = pos
                else:
                    out.append(Quote(ascii_open, pos + 1, '"'))
                    ascii_open = None
        return sorted(out, key=lambda q: q.start)

    @cached_property
    def book_titles(self) -> list[Quote]:
        out, open_at = [], None
        for m in _TITLE_MARKS.finditer(self.text):
            if m.group() == "《":
                open_at = self.start + m.start()
            elif open_at is not None:
                out.append(Quote(open_at, self.start + m.start() + 1, "《"))
                open_at = None
        return out

    def inside_any_quote(self, start: int, end: int) -> bool:
        return any(q.start < start and end < q.end for q in self.quotes + self.book_titles)

    def inside_a_name(self, start: int, end: int) -> bool:
        """Whether [start, end) stands inside quotes or a book title that name something (“四个一”,
        《…30条》), not inside the words of someone quoted (“…每名党员每月服务不少于4小时。”)."""
        return any(q.start < start and end < q.end for q in self._named + self.book_titles)

    @cached_property
    def _named(self) -> list[Quote]:
        """The quotes that name something, not those holding someone's words: a sentence ends
        inside those, or they run on over clauses longer than a slogan does (“不忘初心,牢记使命”
        is a name)."""
        def spoken(q: Quote) -> bool:
            inner = self.slice(q.start + 1, q.end - 1)
            return bool(_SENTENCE_INSIDE.search(inner) or (len(inner) > 16 and _CLAUSE_INSIDE.search(inner)))
        return [q for q in self.quotes if not spoken(q)]

    @cached_property
    def _clause_breaks(self) -> list[int]:
        """Where punctuation breaks a clause (outside quotes), in order."""
        return [self.start + m.start() for m in _CLAUSE_BREAK.finditer(self.text)
                if not self._quoted(self.start + m.start())]

    def clause_bounds(self, pos: int) -> tuple[int, int]:
        """The clause around ``pos``: between punctuation that breaks clauses, outside quotes."""
        breaks = self._clause_breaks
        i = bisect_left(breaks, pos)
        return (breaks[i - 1] + 1 if i else self.start), (breaks[i] if i < len(breaks) else self.start + len(self.text))

    def clause_end_over_brackets(self, pos: int) -> int:
        """Where the clause around ``pos`` ends, short words in brackets inside it (村(社区)) not
        breaking it."""
        end = self.clause_bounds(pos)[1]
        while (m := _SHORT_BRACKETS.match(self.doc.work, end)) and m.end() < self.end:
            end = self.clause_bounds(m.end())[1]
        return end

    def clause_start_over_brackets(self, pos: int) -> int:
        """Where the clause around ``pos`` starts, short words in brackets inside it (乡镇(街道))
        not breaking it."""
        start = self.clause_bounds(pos)[0]
        while start > self.start and (m := _SHORT_BRACKETS_BEFORE.search(self.doc.work, max(self.start, start - 9), start)):
            start = self.clause_bounds(m.start())[0]
        return start

    def clauses(self) -> list[tuple[int, int]]:
        """The sentence's clauses (start, end), in order; none is empty."""
        edges = [self.start - 1, *self._clause_breaks, self.start + len(self.text)]
        return [(a + 1, b) for a, b in zip(edges, edges[1:]) if b > a + 1]

    def _quoted(self, pos: int) -> bool:
        """Whether ``pos`` stands inside a quoted name (someone's quoted words have clauses)."""
        return any(q.start < pos < q.end - 1 for q in self._named)

    # ------------------------------------------------------------------ names

    def is_nominal(self, token: Token, verbs: bool = True) -> bool:
        """Whether a token may stand inside a name; ``verbs=False`` for names of bodies
        and groups, which hold no verbs."""
        if governing_verb(token.word):
            return False
        if token.word in ("的", "之", "等", "和", "与", "及", "或"):
            return False
        if token.tag.startswith("v") and token.tag != "vn" and (not verbs or len(token.word) == 1):
            return False  # 构建起, 委派出: one-character verbs and particles end a name
        if token.tag in NOMINAL_TAGS and is_han(token.word):
            return True
        if token.tag == "f" and _COMPASS.fullmatch(token.word):
            return True  # 北方/f 理工学院: a quarter of the country opening a name
        return token.tag == "x" and is_han(token.word)

    def left_edge(self, pos: int, max_tokens: int = 8, through_quotes: bool = True, verbs: bool = True) -> int:
        """Where a name ending just before ``pos``' head begins: extend left over nominal
        tokens (and whole quotes), stopping at verbs that govern names, function words,
        numbers and punctuation; a place the document vouches for is a name's, whatever jieba
        tagged it (大同/d|市委党校)."""
        i = self.token_index(pos)
        if self.tokens and self.tokens[i].start < pos:  # pos inside a token: the token's own start
            start = self.tokens[i].start
            i -= 1
        else:
            start = pos
            i -= 1
        count = 0
        while i >= 0 and count < max_tokens:
            tok = self.tokens[i]
            paired = _PAIRED_COUNTS.search(self.doc.work, max(self.start, start - 4), start)
            if paired and self.tokens[(j := self.token_index(paired.start()))].start == paired.start():
                # 双融双促, 三评三比: counts paired with verbs, a slogan inside the name (jieba: 双融/n|双/m|促/v)
                start, i = paired.start(), j - 1
                count += 1
                continue
            if through_quotes and tok.word in CLOSE_QUOTES + '"':
                q = next((q for q in self.quotes if q.end == tok.end), None)
                if q is None or self.counted_by(start, q):
                    break
                start = q.start
                i = self.token_index(q.start) - 1
                count += 1
                continue
            if self.counts_people(i):
                break  # 配备1|名/n|物业党建指导员: a count of people (jieba may tag 名 a noun), not the name's
            if tok.word in _ONE_CHARACTER_PREPOSITIONS or len(tok.word) == 2 and tok.word[0] in _MODALS \
                    and tok.word[1] in _ONE_CHARACTER_PREPOSITIONS:
                break  # 须|经/n|村务监督委员会, 需经/n|…: a preposition jieba took for a noun, before the name
            if tok.word == "好" and i > 0 and len(self.tokens[i - 1].word) == 1 and self.tokens[i - 1].end == tok.start:
                break  # 用/p|好/a|网络学院: the verb's complement (用好, 建好), not the name's
            if (not self.is_nominal(tok, verbs) or tok.tag == "r" or tok.word in _DETERMINERS) \
                    and not (tok.word in self.places and is_han(tok.word)) \
                    and not (self.doc.work[tok.start:tok.end + 1] in self.places and is_han(tok.word)) \
                    and not self._adverb_inside_a_name(i) and not self._verbal_noun_naming_a_body(i) \
                    and not self._ordinal_inside_a_name(i) and not self._day_inside_a_name(i) \
                    and not self._count_inside_a_name(i) and not self._locative_opening_a_district(i):
                break
            start = tok.start
            count += 1
            i -= 1
        return start

    def counted_by(self, start: int, last: Quote) -> bool:
        """Whether the name from ``start`` opens with a count of the run of quotes ending with
        ``last`` (“微宣讲”“微课堂”“微视频”|三微宣讲活动): the quotes are its items, not its words."""
        count = _COUNT_OF_ITEMS.match(self.doc.work, start)
        if count is None or last.end != start:
            return False
        run = [q for q in self.quotes if q.end <= last.end]
        items = 1
        while items < len(run) and run[-items - 1].end == run[-items].start:
            items += 1
        return _COUNT_VALUES.get(count.group(0)) == items

    def _adverb_inside_a_name(self, i: int) -> bool:
        """A two-character word jieba tagged an adverb right after a place's or body's name
        (山东/ns 高速/d 集团): part of the name, as no adverb stands between a subject and a noun;
        or between a noun and the verb it qualifies inside the name (报酬/n 正常/d 增长/v 机制)."""
        tok = self.tokens[i]
        if tok.word == "直" and 0 < i < len(self.tokens) - 1 and self.tokens[i - 1].word.endswith(("省", "市", "县", "区")) \
                and self.tokens[i + 1].word.startswith("机关") and self.tokens[i - 1].end == tok.start:
            return True  # 武汉市|直/d|机关|工委: the organs directly under the city (市直机关)
        if not (tok.tag == "d" and len(tok.word) == 2 and is_han(tok.word) and i > 0
                and self.tokens[i - 1].end == tok.start):
            return False
        before = self.tokens[i - 1]
        if before.tag in ("ns", "nt", "nz"):
            return True
        after = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return before.tag in ("n", "vn") and is_han(before.word) and after is not None and after.start == tok.end \
            and after.tag == "v" and len(after.word) == 2 and not governing_verb(after.word)

    def _ordinal_inside_a_name(self, i: int) -> bool:
        """An ordinal right before a name's next word is part of the name (市|第一/m|人民医院,
        首/m|问|负责制度)."""
        tok = self.tokens[i]
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return re.fullmatch(r"第[一二三四五六七八九十\d]{1,3}|首", tok.word) is not None and nxt is not None \
            and nxt.start == tok.end and is_han(nxt.word) and nxt.tag in NOMINAL_TAGS

    def _locative_opening_a_district(self, i: int) -> bool:
        """A one-character locative jieba cut from the district it names (上/f|城区, 下/f|城区):
        the district's name, not where something is."""
        tok = self.tokens[i]
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return tok.tag == "f" and tok.word in ("上", "下", "东", "西", "南", "北", "中") and nxt is not None \
            and nxt.start == tok.end and nxt.word == "城区"

    def counts_people(self, i: int) -> bool:
        """Whether token ``i`` is the measure word of a number just before it (1000|名, 3|个)."""
        tok = self.tokens[i]
        return tok.word in _PEOPLE_COUNTERS and i > 0 and self.tokens[i - 1].end == tok.start \
            and (self.tokens[i - 1].tag == "m" or self.tokens[i - 1].word.isdigit())

    def _count_inside_a_name(self, i: int) -> bool:
        """A numeral written together with a one-character noun that is no measure word, right
        before more of a name (三|色/ng|预警|机制 after “红黄绿”, 三方/m|议事|机制): what the name
        counts, not a quantity."""
        tok = self.tokens[i]
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        after = self.tokens[i + 2] if i + 2 < len(self.tokens) else None
        if tok.tag == "m" and len(tok.word) == 2 and tok.word[0] in _ONE_NUMERAL and is_han(tok.word[1]) \
                and tok.word[1] not in lexicon().units and tok.word[1] not in _NOT_COUNTED and nxt is not None \
                and nxt.start == tok.end and is_han(nxt.word) and nxt.tag in ("n", "vn", "nz", "l"):
            return True  # 三方/m|议事|机制, 一线/m|工作|法: jieba joined the numeral and what it counts
        return tok.word in _ONE_NUMERAL and nxt is not None and after is not None \
            and nxt.start == tok.end and len(nxt.word) == 1 and nxt.tag in ("ng", "n") \
            and nxt.word not in lexicon().units and after.start == nxt.end and is_han(after.word)

    def _day_inside_a_name(self, i: int) -> bool:
        """A day, week or month that jieba took for a numeral after the word it is for (学习|日/m,
        活动|日/m|制度), or a day of the week before it (周五/t|学习|日): the name's, not a date's."""
        tok = self.tokens[i]
        prev = self.tokens[i - 1] if i > 0 else None
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        if _WEEKDAY.fullmatch(tok.word) and nxt is not None and nxt.start == tok.end and is_han(nxt.word) \
                and (prev is None or prev.word != "每"):
            return True
        return tok.word in ("日", "周", "月") and tok.tag in ("m", "nr", "t") and prev is not None \
            and prev.end == tok.start and len(prev.word) >= 2 and is_han(prev.word) \
            and prev.tag not in ("m", "t", "q", "mq", "r", "p", "c", "u", "uj")

    def _verbal_noun_naming_a_body(self, i: int) -> bool:
        """A verbal noun right before a one-character body suffix names the body (发展改革/vn 委,
        综合执法/vn 局): what the body does, not a verb governing it."""
        tok = self.tokens[i]
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return tok.tag == "vn" and nxt is not None and nxt.start == tok.end and len(nxt.word) == 1 \
            and nxt.word in lexicon().org_suffixes

    def governor(self, pos: int) -> str | None:
        """The verb that governs a name starting at ``pos``: scan left over list items,
        quantities and particles to the first verb of the clause."""
        found = self._governor_at(pos)
        return found[1] if found else None

    def _governor_at(self, pos: int) -> tuple[int, str] | None:
        """The index of the token governing a name starting at ``pos``, and its verb."""
        i = self.token_index(pos) - 1
        while i >= 0:
            tok = self.tokens[i]
            w = tok.word
            if verb := governing_verb(w):
                return i, verb
            if w in "、和及与了着等" or tok.tag in ("m", "q", "d", "u", "ul", "uz") or w in QUOTE_CHARS:
                i -= 1
                continue
            if self.is_nominal(tok) and (tok.tag == "vn" or not tok.tag.startswith("v")):
                i -= 1
                continue
            if tok.tag.startswith("v") or governing_verb(w):
                return i, governing_verb(w) or w
            return None
        return None

    def negated(self, pos: int) -> bool:
        """Whether the verb governing a name starting at ``pos`` is denied (没有|建立…, 尚未|开展…)."""
        found = self._governor_at(pos)
        return found is not None and found[0] > 0 and self.tokens[found[0] - 1].word in lexicon().negations

    def next_token(self, pos: int) -> Token | None:
        i = bisect_right(self._starts, pos - 1)
        while i < len(self.tokens) and self.tokens[i].start < pos:
            i += 1
        return self.tokens[i] if i < len(self.tokens) else None

    def prev_token(self, pos: int) -> Token | None:
        i = self.token_index(pos)
        if i < len(self.tokens) and self.tokens[i].start >= pos:
            i -= 1
        while i >= 0 and self.tokens[i].end > pos:
            i -= 1
        return self.tokens[i] if i >= 0 else None

    def is_verb(self, tok: Token) -> bool:
        """A verb by its tag, by the lexicons, or by the aspect particle after it (选派了)."""
        if (tok.tag.startswith("v") and tok.tag != "vn") or governing_verb(tok.word):
            return True
        after = self.next_token(tok.end)
        return after is not None and after.word in ("了", "着", "过") and is_han(tok.word)

    def continues_name(self, pos: int, nouns_only: bool = False) -> bool:
        """Whether the token at ``pos`` continues a noun phrase (so a head before it is not final).
        ``nouns_only``: a verbal noun (建设, 推进) after a body's name is its predicate."""
        tok = self.next_token(pos)
        if tok is None or governing_verb(tok.word):
            return False
        after = self.next_token(tok.end)
        if after is not None and after.word in ("了", "着", "过"):
            return False  # 选派了: a verb, whatever jieba tagged it
        if tok.tag == "vn" and after is not None and after.start == tok.end and after.word in ("“", "「", "《"):
            return False  # 临江市建设“…平台”: a verb before the name it takes, whatever jieba tagged it
        if len(tok.word) == 2 and after is not None and after.start == tok.end and after.word in lexicon().in_force_verbs:
            return False  # …活动|全面/n|启动: how the name's subject was put in force, whatever jieba tagged it
        tags = ("n", "nz", "ng", "nt", "nr", "ns", "j") if nouns_only else ("n", "vn", "nz", "ng", "nt", "nr", "ns", "an", "j")
        return tok.tag in tags and is_han(tok.word)
