"""Stage 2: normalise a document's script and punctuation, and find its structure:
header metadata, site chrome, sections "单位:标题", sentences and jieba tokens."""
from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from functools import cache, lru_cache

from .lexicon import lexicon, userdict_path
from .model import Document, DocumentMeta, RawDocument, Reporter, Section, Sentence, Token
from .read import InputError

HAN = r"\u4e00-\u9fff"
_SENTENCE_END = re.compile(r"[。!?!?]+[”’」』)]*|……[”’」』]*")
_DATE_IN_LINE = re.compile(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?(?:\s*(\d{1,2}:\d{2}(?::\d{2})?))?")
_DATE_LINE = re.compile(r"^\s*(?:(?:发布|更新|发稿|释出|刊登|出版)?(?:时间|日期)[::]\s*)?(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?(?:\s*(\d{1,2}:\d{2}(?::\d{2})?))?"
                        r"(?![日\s]*(?:至|到|—|~|-)\s*\d)")  # not the first day of a span (2023年5月1日至5月31日)


@cache
def _media_date_line() -> re.Pattern:
    """A line giving the medium, then the date: 吉林日报 2019年11月6日, 《人民日报》2019-11-06 第4版."""
    suffix = lexicon().alternation("media_suffixes")
    return re.compile(rf"^\s*《?([{HAN}A-Za-z]{{1,12}}?(?:{suffix}))》?[\s\u3000]*" + _DATE_LINE.pattern.removeprefix(r"^\s*"))


_SENTENCE_ENDS = ("。", "!", "?", "!", "?")


def _date_line(line: str) -> tuple[re.Match, str | None] | None:
    """A line that opens with the date (or with the medium and the date): the match, whose last
    four groups are year, month, day and time, and the medium, if it is named."""
    if m := _DATE_LINE.match(line):
        return m, None
    if m := _media_date_line().match(line):
        return m, m.group(1)
    if m := _ACCOUNT_DATE_LINE.match(line):
        return m, None
    if m := BRACKETED_DATE_LINE.match(line):
        return m, None
    return None


#: a date alone in brackets, as printed under a speech's or a digest's headline: (2012年5月18日),
#: [2021-03-05]
BRACKETED_DATE_LINE = re.compile(r"^\s*[(（\[【]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?\s*()?[)）\]】]\s*$")


#: a social-media account's or a body's header: 原创 清溪发布 2023-07-14 18:30 发表于浙江, 建湖县委组织部
#: 2022-03-15 (the account, the body and the author are no medium's name)
_ACCOUNT_DATE_LINE = re.compile(r"^\s*(?:原创\s+(?:[^\s\d]{1,20}\s+){0,2}|(?:[^\s\d]{2,20}\s+){1,2})"
                                + _DATE_LINE.pattern.removeprefix(r"^\s*"))


@cache
def _t2s():
    """Traditional script to simplified, Hong Kong's variants of characters (中衞, 綫) included,
    which OpenCC's plain t2s leaves as they are. Not followed by tw2s: that would read the
    simplified result as Taiwan's script again (显著 → 显着)."""
    import opencc

    return opencc.OpenCC("hk2s").convert


def normalise(text: str, traditional: bool | None = None) -> str:
    """Simplified script and half-width punctuation, with every character kept in place,
    so that offsets into the result are offsets into the text as read.

    A text in traditional script (``traditional``, or, left to be told, one with enough
    characters simplified script has not: see is_traditional) is converted whole, phrase by
    phrase. In any other, only the characters simplified script has not are converted, one by
    one: 乾 and 沈 are simplified characters too (陕西乾县 is no 干县, 记者沈吟 no 沉吟)."""
    outside = _outside_simplified(text)  # none, in most texts: told once, in C
    if traditional is None:
        traditional = outside and is_traditional(text)
    if traditional:
        convert = _t2s()
        simplified = convert(text)
        if len(simplified) != len(text):  # a phrase conversion changed the length: go char by char
            simplified = "".join(c2 if len(c2 := convert(c)) == 1 else c for c in text)
    elif outside:
        convert = _t2s()
        simplified = "".join(c2 if _outside_simplified(c) and len(c2 := convert(c)) == 1 else c for c in text)
    else:
        simplified = text
    half = _NOT_ASCII_OR_HAN.sub(_half_width, simplified)
    return _chinese_marks(half) if ("." in half or '"' in half) else half


_NOT_ASCII_OR_HAN = re.compile(r"[^\x00-\x7f\u4e00-\u9fff]")
#: an ASCII full stop ending a Chinese sentence (…重要内容.中卫市委…), not one inside a number or a web address
_ASCII_FULL_STOP = re.compile(r"(?<=[\u4e00-\u9fff”’)])\.(?![0-9A-Za-z.])")
_STRAIGHT_QUOTES = re.compile(r'[^\n"]*"[^\n]*')


def _chinese_marks(text: str) -> str:
    """The marks of text typed with ASCII punctuation, as Chinese text writes them, one character
    for one: a full stop after a Chinese character is 。, and straight double quotes on a line
    with Chinese in it pair up as “ and ” (when the line has them in pairs)."""
    def pair(m: re.Match) -> str:
        line = m.group()
        if line.count('"') % 2 or not re.search(r"[\u4e00-\u9fff]", line):
            return line
        marks = iter("“”" * (line.count('"') // 2))
        return re.sub('"', lambda _: next(marks), line)

    if '"' in text:
        text = _STRAIGHT_QUOTES.sub(pair, text)
    return _ASCII_FULL_STOP.sub("。", text)


@lru_cache(maxsize=4096)
def _half_width_char(ch: str) -> str:
    n = unicodedata.normalize("NFKC", ch)
    return n if len(n) == 1 else ch  # one character for one, so offsets stay


def _half_width(m: re.Match) -> str:
    return _half_width_char(m.group())


_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")


#: Chinese characters, compatibility ideographs included
_HAN_CHARACTERS = re.compile("[\u4e00-\u9fff\uf900-\ufaff]")


def _outside_simplified(text: str) -> bool:
    """Whether ``text`` holds a Chinese character that simplified script (GB 2312) has not."""
    try:
        "".join(_HAN_CHARACTERS.findall(text)).encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


def is_traditional(text: str) -> bool:
    """Whether ``text`` is in traditional script: enough of its Chinese characters are outside
    simplified script and have a simplified form (a quotation of two in a hundred is not)."""
    if not _outside_simplified(text):
        return False  # the usual case, told in C
    convert = _t2s()
    han = _HAN_CHARACTERS.findall(text)
    outside = sum(1 for c in han if _outside_simplified(c) and convert(c) != c)
    return outside >= max(3, len(han) // 50)


def script_of(text: str, work: str) -> str:
    """Whether ``text`` was in traditional script: enough of the Chinese characters of its
    normalised form ``work`` (the same length) differ from the text's."""
    han_work = _NOT_HAN.sub("", work)
    han = len(han_work)
    if _NOT_HAN.sub("", text) == han_work:
        # normalising leaves a Chinese character one, so the same ones in order are the same
        # ones in place: none changed (the usual case, found in C)
        changed = 0
    else:
        changed = sum(1 for a, b in zip(text, work) if a != b and "\u4e00" <= b <= "\u9fff")
    return "traditional" if han and changed >= max(3, han // 50) else "simplified"


@cache
def _tagger():
    from .tagger import load_tagger

    return load_tagger(userdict_path(), lexicon().split_words)


def dictionary_tag(word: str) -> str | None:
    """The part-of-speech tag jieba's dictionary (with govkg's words) gives ``word``, or None
    when the word is not in it."""
    tag = _tagger().tag(word)
    return None if tag == "x" else tag


def expect_text(chars: int) -> None:
    """Prepare this process to segment about ``chars`` characters: a large corpus loads the
    tagger's compiled search at once (see Tagger.expect)."""
    _tagger().expect(chars)


#: tags of a word a division's name may end with, before its head's role (教育/vn|处处长)
_BEFORE_A_DIVISION = frozenset(("n", "vn", "nt", "nz", "j", "ns"))
#: the last characters of divisions and levels, which jieba may join to the word after them
_LEVEL_ENDINGS = "区县市处科局"
#: one-character words that go on a clause after its subject, with the tags jieba gives them alone
_FUNCTION_WORDS = {"则": "d", "将": "d", "为": "p", "也": "d", "还": "d", "已": "d", "又": "d", "均": "d", "亦": "d"}


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """jieba words with part-of-speech tags and absolute offsets."""
    tokens, pos = [], offset
    for word, tag in _tagger().cut(text):
        end = pos + len(word)
        if len(word) == 3 and word[0] == word[1] and word[2] == "长" and word[0] in "处科" and tokens \
                and tokens[-1].tag in _BEFORE_A_DIVISION and tokens[-1].end == pos:
            # 训练|处处长/v: jieba joins a division's last character to its head's role (训练处 处长)
            tokens[-1] = Token(tokens[-1].word + word[0], "n", tokens[-1].start, pos + 1)
            tokens.append(Token(word[1:], "n", pos + 1, end))
        elif len(word) == 2 and word[0] in _LEVEL_ENDINGS and word[1] in _FUNCTION_WORDS and tokens \
                and tokens[-1].tag in _BEFORE_A_DIVISION and tokens[-1].end == pos:
            # 长乐/ns|区则/n, 原住民/n|处为/v: the level ending a name, then a word of the clause
            tokens.append(Token(word[0], "n", pos, pos + 1))
            tokens.append(Token(word[1], _FUNCTION_WORDS[word[1]], pos + 1, end))
        else:
            tokens.append(Token(word, tag, pos, end))
        pos = end
    return tokens


#: a site's path to the page: 首页 > 新闻 > 地方, 当前位置:首页>>党建 (two steps at least, or the label)
_BREADCRUMB = re.compile(r"^\s*(?:(?:当前位置|您的位置|您现在的位置|现在位置):\s*[^\s>»›→]{1,12}"
                         r"(?:\s*(?:>>|>|»|›|→)\s*[^\s>»›→]{1,12}){1,8}"
                         r"|[^\s>»›→]{1,12}(?:\s*(?:>>|>|»|›|→)\s*[^\s>»›→]{1,12}){2,8})\s*(?:>>|>|»|›|→)?\s*$")


#: the longest line that may be site chrome: a longer one holds the article (a page whose text
#: came as one line keeps it, chrome and all)
CHROME_LINE_CHARS = 300


#: a photo's caption on a line of its own: 图为…, (图为…记者 张三 摄), …(临江市委组织部供图)
_CAPTION = re.compile(r"^\s*\(?\s*(?:图为|图:|上图|下图|左图|右图)"
                      r"|(?:\s[\u4e00-\u9fff]{2,4}\s?摄|摄\)|供图\)?|提供图片\)?)\s*$")  # not 手机拍摄


def _is_boilerplate(line: str) -> bool:
    """A line of the site around the article: a boilerplate marker, the path to the page, or a
    photo's caption."""
    if len(line) > CHROME_LINE_CHARS:
        return False
    lex = lexicon()
    marked = line
    for word in lex.boilerplate_content_words:
        if word in marked:  # 容错免责 is a policy, not a disclaimer
            marked = marked.replace(word, "\n")
    return any(marker in marked for marker in lex.boilerplate) or _BREADCRUMB.match(line) is not None \
        or _CAPTION.search(line) is not None


def _date(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


@cache
def _media_re() -> re.Pattern:
    suffix = lexicon().alternation("media_suffixes")
    return re.compile(rf"[{HAN}A-Za-z]{{1,12}}?(?:{suffix})")


def _medium_opening(text: str) -> str | None:
    """The longest start of ``text`` that ends like a medium's name (国家电网报 of 国家电网报作者…,
    新华社 of 新华社北京), if any."""
    return max((text[:e] for e in range(len(text) + 1) if _media_re().fullmatch(text[:e])), key=len, default=None)


_REPORTER = re.compile(rf"(?:(?:记者|通讯员|实习生)[//]?|(?:作者|撰稿|撰文|执笔)[::]|^[\s\u3000]*(?:文[//]图|图[//]文|文)[//\s\u3000])[\s\u3000]*(?!记者|通讯员|实习生|本报)([{HAN}]{{2,3}})"
                       rf"(?=[\s\u3000)按报整摄,、。//]|$)", re.M)  # 记者王志明/嘉义报导
_NEXT_NAME = re.compile(rf"[ \u3000]+([{HAN}]{{2,3}})(?=[\s\u3000)按报整摄,、。]|$)", re.M)
_AUTHOR_UNDER_BODY = re.compile(rf"[\s\u3000]*([{HAN}]{{4,20}})[ \u3000]+([{HAN}]{{2,3}})[\s\u3000]*")
_BYLINE = re.compile(rf"[(]([{HAN}]{{2,3}})[\s\u3000]*(?:报道|文|摄)[)]")
#: a medium, then its reporter, in square brackets opening a line (【中央社 记者 林佩君 新北报导】)
_BRACKETED_BYLINE = re.compile(rf"^[\s\u3000]*【([{HAN}]{{2,10}})[ \u3000]+(?:记者|特派记者|实习记者)", re.M)
# X讯( or 【X讯】 opening a line: the newspaper or agency that filed the report
_DATELINE_SOURCE = re.compile(rf"^[\s\u3000]*(?:【([{HAN}A-Za-z]{{2,12}}?)(?:\d{{1,2}}月\d{{1,2}}日)?(?:讯|电)】|"
                              rf"([{HAN}A-Za-z]{{2,12}}?)(?:\d{{1,2}}月\d{{1,2}}日)?(?:讯|电)(?:[ \u3000]?[(]|[ \u3000]+))",
                              re.M)  # 人民网北京1月5日电 …, 青岛日报讯 记者…, 本报临沂9月17日讯 9月16日…


def parse_meta(work: str, lines: list[tuple[int, str]]) -> DocumentMeta:
    """Date line, source newspaper, reporters and title from the text's header and bylines."""
    lex = lexicon()
    meta = DocumentMeta()
    beside_date = ""
    # the date line: among the first three lines, or a short line among the first five (under
    # the headline and the byline: 各地创新… / 本报记者 周立新 / 2021年04月20日 人民日报)
    for k, line in enumerate([line for _, line in lines if line.strip()][:5]):
        found = _date_line(line) if k < 3 or len(line.strip()) < 40 else None
        if found and (date := _date(*found[0].groups()[-4:-1])):
            m, medium = found
            meta.issued, meta.issued_time, meta.source = date, m.groups()[-1], medium
            beside_date = re.sub(r"^(?:星期|周|礼拜)[一二三四五六日天]\s*", "", line[m.end():].strip())  # 2023年06月12日 (星期一) 广西日报
            break
    else:  # a date inside a labelled line: 来源:南方日报 2022-09-08 作者:…
        for _, line in lines[:4]:
            if any(f"{label}:" in line for label in lex.meta_labels) and (m := _DATE_IN_LINE.search(line)):
                if date := _date(*m.groups()[:3]):
                    meta.issued, meta.issued_time = date, m.group(4)
                    break
    last_two = [(at, line) for at, line in lines if line.strip()][-2:]
    if signed := _signature_date([line for _, line in last_two]):
        if meta.issued is None:
            meta.issued = signed  # a notice's or a letter's date, under the body that signs it
        meta.signer = _signer(last_two)
    # source: an explicit 来源 label first, then a "(X日报记者…)" byline, then "X讯(".
    if m := re.search(r"(?:来源|稿源)[::]\s*(?:[^\s《)]{1,12}-)?《([^》]{1,20})》", work):
        meta.source = m.group(1)
    elif (m := re.search(rf"(?:来源|稿源)[::]\s*[{HAN}A-Za-z]{{2,12}}[-—]([{HAN}]{{2,12}})", work)) and _media_re().fullmatch(m.group(1)):
        meta.source = m.group(1)  # 来源:人民网-人民日报: the site, then the paper it took the report from
    elif m := re.search(r"(?:来源|稿源)[::]\s*", work):
        # the longest name ending like a medium: 国家电网报, not 国家电网
        run = re.match(rf"[{HAN}A-Za-z]{{0,14}}", work[m.end():]).group(0)
        if medium := _medium_opening(run):
            meta.source = medium
        elif 4 <= len(run) and run.endswith(lex.org_suffixes) and re.match(r"\s|$|[,。;)]", work[m.end() + len(run):]):
            meta.source = run  # 来源:临江县委组织部 — a body that gave the text, named whole
    if not meta.source and (m := re.search(rf"[(]([{HAN}]{{2,10}}?报)记者", work)):
        meta.source = m.group(1)
    if dateline := _DATELINE_SOURCE.search(work):
        meta.dateline = (dateline.start(), dateline.end())
    elif (bracketed := _BRACKETED_BYLINE.search(work)) and _media_re().fullmatch(bracketed.group(1)):
        meta.dateline = (bracketed.start(1), bracketed.end(1))  # 【中央社 记者 林佩君 新北报导】: the agency
        meta.source = meta.source or bracketed.group(1)
    if not meta.source and (m := dateline):
        if not (name := m.group(1) or m.group(2)).startswith("本"):
            # the medium, without the place it filed from (新华社北京1月5日电 → 新华社)
            meta.source = _medium_opening(name) or name
    if not meta.source and beside_date and (m := _media_re().fullmatch(beside_date.split()[0])):
        meta.source = m.group(0)
    seen = set()
    for m in list(_REPORTER.finditer(work)) + list(_BYLINE.finditer(work)):
        if not (m.group(1)[0] in lex.surnames or m.group(1)[:2] in lex.surnames):
            continue  # 记者了解到, 记者获悉: what the reporter did, not who
        if m.group(1).endswith(lex.pen_name_endings):
            seen.add(m.group(1))  # 通讯员 苏组宣: an organisation department's publicity desk, no person
            continue
        if m.group(1) not in seen:
            seen.add(m.group(1))
            meta.reporters.append(Reporter(m.group(1), m.start(1), m.end(1)))
        # more names after the first, separated by spaces: (记者 张三 李四)
        pos = m.end(1)
        while (more := _NEXT_NAME.match(work, pos)) and more.group(1)[0] in lexicon().surnames \
                and more.group(1) not in seen and not more.group(1).endswith(lex.pen_name_endings):
            seen.add(more.group(1))
            meta.reporters.append(Reporter(more.group(1), more.start(1), more.end(1)))
            pos = more.end(1)
    # an author under the title, on a line of their own after their body (宁德市委组织部 郑海燕)
    for at, line in [(at, line) for at, line in lines if line.strip()][1:4]:
        if (m := _AUTHOR_UNDER_BODY.fullmatch(line)) and m.group(1).endswith(lex.org_suffixes) \
                and (m.group(2)[0] in lex.surnames or m.group(2)[:2] in lex.surnames) and m.group(2) not in seen:
            seen.add(m.group(2))
            meta.reporters.append(Reporter(m.group(2), at + m.start(2), at + m.end(2)))
    meta.reporters.sort(key=lambda r: r.start)
    for start, line in lines:
        text = line.strip()
        if not text or _date_line(text) or _is_boilerplate(text):
            continue
        stripped = text.lstrip("—-－ \u3000" + _BULLETS).lstrip()  # ■ 各地动态: the mark is not the headline's
        head, _, value = stripped.partition(":")
        if head in lex.meta_labels and (len(value) <= 20 or _DATE_IN_LINE.search(value)) \
                and not re.search(r"[。,;!?]", value):
            continue  # 来源:黑龙江日报 (发布时间:2021-09-14 08:30) above the headline
        if re.fullmatch(r"【[^】]{1,20}】", stripped):
            continue  # 【基层党建典型案例】: the column above the headline
        if len(stripped) <= 30 and _REPORTER.search(stripped):
            continue  # 本报记者 周立新: the byline above the headline
        # a headline may exclaim or ask (…火了!, …为啥总靠前?), as a sentence of one clause; it does
        # not end as one otherwise
        exclaims = stripped.endswith(("!", "?")) and not re.search(r"[,。;]", stripped)
        # (a headline and its subtitle on one line may be longer: 守初心 担使命——访…党委书记刘建军)
        subtitled = "——" in stripped.strip("—") and len(stripped) <= 64 and not re.search(r"[,。;]", stripped)
        if ((len(stripped) <= 40 or subtitled) and (exclaims or not stripped.endswith(("。", "!", "?"))) and not _REPORTER.search(stripped)
                and head not in lex.meta_labels and not _DATELINE_SOURCE.match(stripped)):
            meta.title = stripped
            meta.title_start = start + line.index(stripped)
        break
    return meta


#: a date alone on a line, in digits or in Chinese numerals (2023年1月10日, 二〇二三年一月十日)
_SIGNED_DATE = re.compile(r"^[\s\u3000]*([\d〇零一二三四五六七八九]{4})年([\d一二三四五六七八九十]{1,3})月([\d一二三四五六七八九十]{1,3})日"
                          r"(?:印发|发布|印)?[\s\u3000]*$")  # (2024年2月20日印发: the day it was issued)


def _signature_date(last_lines: list[str]) -> dt.date | None:
    """The date a text ends with on a line of its own, as a notice is signed (中共临泉县委组织部 /
    2023年1月10日); the last line, or the one before a line of the body that signs it."""
    for line in reversed(last_lines):
        if m := _SIGNED_DATE.match(line):
            if all(g.isdigit() for g in m.groups()):
                return _date(*m.groups())
            import cn2an  # imported when first needed (its import is slow)

            try:
                written = cn2an.transform(line[m.start(1):m.end(3)] + "日", "cn2an")
            except (ValueError, KeyError):
                return None
            found = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", written)
            return _date(*found.groups()) if found else None
    return None


def _signer(last_two: list[tuple[int, str]]) -> tuple[int, int] | None:
    """Where the body that signs a text stands: the short line beside its signature's date."""
    for at, line in last_two:
        if not _SIGNED_DATE.match(line) and len(line.strip()) <= 30 and not re.search(r"[。,;!?:]", line):
            start = at + len(line) - len(line.lstrip())
            return start, start + len(line.strip())
    return None


#: the number of an item in an outline: 一、, 2., (三), 4) (not the 3. of 3.5万)
_OUTLINE_NUMBER = re.compile(r"^(?:\(?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\)|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、)](?!\d))\s*")


def _headline_text(line: str) -> str:
    """A headline as a line gives it, without the number of its item: 一、推行… → 推行…"""
    return _OUTLINE_NUMBER.sub("", line.strip()) or line.strip()


#: marks that may open a section's header line
_BULLETS = "■□◆◇●○▲△▼▽★☆◎►▶•·※◉◼◾"
_HEADER = re.compile(rf"^([{HAN}A-Za-z]{{2,18}})(?::|\s*(?:——|──|—|--|\||/)\s*)([^\n]{{2,40}})$")  # 单位:标题, 单位——标题
#: longer than this, what stands before a header's colon is a unit only when it ends like one
#: (中国石油西南油气田公司党委:…), not a clause that ends with a colon (省委常委组织部部长强调:…)
_SHORT_SPEAKER = 12
#: what may end a line that holds a speaker alone, before the headline below it
_SPEAKER_LINE_END = re.compile(r"\s*(?::|——|──|—|--)$")
_BRACKET_HEADER = re.compile(rf"^【([{HAN}A-Za-z]{{2,16}})】([^\n]{{2,40}})$")  # 【宝鸡】推行…
#: a unit in brackets of another kind before its headline: [宝鸡]推行…, 〔宝鸡〕…, (宝鸡)…
_OTHER_BRACKET_HEADER = re.compile(rf"^[\[〔〖(]([{HAN}]{{2,16}})[\]〕〗)][ \u3000]*([^\n]{{2,40}})$")
#: a line holding only a mark and a unit's name (◆太原市, ■ 省公安厅)
_BULLETED_UNIT = re.compile(rf"[{_BULLETS}][ \u3000]*([{HAN}]{{2,20}})")
#: a numbered item of a selection (案例一, 经验二, 典型3) standing where a unit would
_NUMBERED_LABEL = re.compile(r"^(?:典型|优秀|创新)?(?:案例|经验|做法|典型|亮点|样本|实践|范例)(?:[一二三四五六七八九十]{1,3}|\d{1,2})$")
#: administrative divisions written together at the start of a title (嘉兴市南湖区“红船领航”工程)
_LEADING_DIVISIONS = re.compile(rf"^((?:[{HAN}]{{2,6}}?(?:省|市|县|区|州|盟|旗|街道))+)(?=[“\"「{HAN}])")
#: the words crediting a unit with a text, after its name: (临江县委组织部供稿)
_CREDIT_WORDS = "供稿|提供|报送"
_CREDITED = re.compile(rf"(?:{_CREDIT_WORDS})$")
#: the editor's word on a headline's text, in brackets after it: (发言摘要), (摘编), (有删节)
_EDITORS_NOTE = re.compile(r"[ \u3000]*\((?:发言)?(?:摘要|摘编|节选|摘登|有删节)\)$")
_TRAILING_UNIT = re.compile(rf"^([^\n]{{2,40}}?)[ \u3000]*(?:\(([{HAN}]{{2,20}})\)|(?:——|──)[ \u3000]*([{HAN}]{{2,20}}))$")  # 标题(单位)
#: how a name says who, not which (各乡镇, 全市, 本地)
_WHO_NOT_WHICH = ("全", "各", "本", "该", "我")


#: a date or a time, which a source's line puts after its name (临江日报 2013年4月23日)
_DATE_OR_TIME = re.compile(r"\d{4}\s*[-年/.]\s*\d|\d{1,2}月\d{1,2}日|\d{1,2}:\d{2}")
#: a name and a headline with spaces alone between them (see _spaced_header)
_SPACED = re.compile(rf"^([{HAN}]{{2,16}})[ \u3000\t]+([^\n]{{2,40}})$")
#: the same with the name of who spoke for the unit before a colon (临江市委组织部 王丽华:…)
_SPACED_PERSON = re.compile(rf"^([{HAN}]{{2,16}})[ \u3000\t]+([{HAN}]{{2,4}}):([^\n]{{2,40}})$")


def _may_name_a_unit(name: str) -> bool:
    """Whether a header's ``name`` is a unit's: a speaker's line would name it (临江市委组织部,
    临江), or it ends like a body or a division, or it is a place's name alone."""
    return bool(_unit_attribution(name)) or _names_a_unit(name) or _names_a_place(name)


def _opens_with_a_place(name: str) -> bool:
    """Whether a header's ``name`` opens with a word jieba knows as a place (江西|赣州, 贵州|遵义/v):
    a region and its city, however jieba tagged the city."""
    tokens = tokenize(name)
    return bool(tokens) and tokens[0].tag == "ns"


def _bracketed_unit_header(line: str) -> re.Match | None:
    """[单位]标题, 〔单位〕标题, (单位)标题: a unit's name in brackets other than 【】 before its
    headline, when the name is a unit's (not (记者 张华), (一))."""
    m = _OTHER_BRACKET_HEADER.match(line)
    if not m or m.group(1).startswith(_WHO_NOT_WHICH) or not _headline_like(m.group(2)):
        return None
    return m if _may_name_a_unit(_without_tail(m.group(1))) else None


#: a body's other name, in brackets after its name
_OTHER_NAME = re.compile(rf"(?<=[{HAN}]{{2}})[((]([{HAN}]{{2,12}})[))]$")
#: a division's party committee, named by its level: what stands before it is a place, however tagged
_LEVEL_COMMITTEES = ("省委", "市委", "州委", "县委", "区委", "旗委")


def _spaced_header(line: str) -> re.Match | None:
    """单位  标题: a unit's name and its headline set apart by spaces alone (the bold or the
    line break between them lost in copying), when the name is a unit's and the rest reads as
    a headline (not a date: 临江日报 2013年4月23日)."""
    m = _SPACED.match(line)
    if (named := _SPACED_PERSON.match(line)) and named.group(2)[0] in lexicon().surnames:
        m = named  # 涪城区委组织部 王丽华:突出…: the unit, who spoke for it, then the headline
    if not m or m.group(1).startswith(_WHO_NOT_WHICH) or len(re.findall(rf"[{HAN}]", m.group(m.lastindex))) < 4 \
            or _DATE_OR_TIME.search(m.group(m.lastindex)):
        return None
    words = tokenize(m.group(1))
    if len(words) == 2 and words[0].tag == "v" and words[1].word in lexicon().org_suffixes \
            and words[1].word not in _LEVEL_COMMITTEES:
        return None  # 建强|支部  激发活力: a headline's two phrases, a verb and what it acts on (保定/v|市委 is a city's)
    if _unit_attribution(m.group(m.lastindex).strip()):
        return None  # 渝北区委组织部 渝北区住房城乡建委: the bodies a report is by, on one line
    return m if _unit_attribution(m.group(1)) or _names_a_unit(m.group(1)) else None


@cache
def _role_header() -> re.Pattern:
    """单位+职务 姓名:标题 (临江市委书记 王明山:…; roles held together, 临江市委常委、组织部部长
    王晓东:…), or 姓名(单位+职务):标题 (王明山(临江市委书记):…): the unit speaks through its head."""
    roles = lexicon().alternation('role_words')
    # the name is no body's end (西安|市长|安区委:… is 西安市长安区委, no mayor)
    return re.compile(rf"^(?:[{HAN}]{{2,4}}[((])?([{HAN}]{{2,14}}?)(?:{roles})(?:、[{HAN}]{{0,8}}?(?:{roles}))*"
                      rf"(?:[))]|[ \u3000]*(?![{HAN}]{{1,3}}[委区县局办]:)[{HAN}]{{2,4}}):([^\n]{{2,40}})$")


def _is_a_task(text: str) -> bool:
    """Whether ``text`` opens with a verb and does not end like a body or division's name
    (强化组织领导, 夯实基层基础; not 推进办)."""
    lex = lexicon()
    if text.endswith(lex.admin_suffixes) or text.endswith(lex.org_suffixes):
        return False
    tokens = tokenize(text)
    return len(tokens) >= 2 and tokens[0].tag == "v"


def _of_the_titles_unit(titled: str, body: str) -> bool:
    """Whether ``body`` is a body of the place a title names before its colon (江西吉安 and
    吉安市委组织部): the place's last two characters or more open the body's name."""
    return any(body.startswith(titled[cut:]) for cut in range(len(titled) - 1))


def _names_a_unit(text: str) -> bool:
    """Whether ``text`` reads as the name of a unit: a body or division by its ending, or one
    word jieba knows as a place or an organisation."""
    lex = lexicon()
    if text.endswith(lex.admin_suffixes) or text.endswith(lex.org_suffixes):
        return True
    tokens = tokenize(text)
    return len(tokens) == 1 and tokens[0].tag in ("ns", "nt") or text.endswith(("州", "盟")) and _names_a_place(text)


def _names_a_place(text: str) -> bool:
    """Whether ``text`` is a place's name alone: one word jieba knows as a place, or names and
    an administrative suffix (临江, 临江市, 西山县)."""
    tokens = tokenize(text)
    if len(tokens) == 1:
        # jieba tags some cities as common nouns (烟台/n, 日照/n): a short noun alone on its line
        # where a speaker stands names one, unless it is a word the lexicons know
        lex = lexicon()
        return tokens[0].tag == "ns" or (len(text) >= 3 and text.endswith(lex.admin_suffixes)) or (
            len(text) <= 3 and tokens[0].tag in ("n", "nz", "j") and text not in lex.meta_labels
            and text not in lex.generic_names)
    if len(tokens) == 2 and tokens[1].word in ("州", "盟") and 2 <= len(tokens[0].word) <= 3 \
            and tokens[0].tag in ("ns", "s", "nr", "nz"):
        return True  # 海北/s|州: a prefecture written short, its level cut from its name
    return len(text) >= 3 and text.endswith(lexicon().admin_suffixes) and all(t.tag in ("ns", "nr", "n", "nz") for t in tokens)


def _mark_posting_unit(lines: list[tuple[int, str]], chrome: list[bool]) -> set[int]:
    """Mark as chrome the body that posted the report, named alone on the line above the date
    line under the headline (固原市委组织部 / 2021-05-20 10:30), or above the date line over the
    headline (鹿泉区委组织部 / 2023-06-12 / 鹿泉区开展…行动): a byline, no section or headline
    of its own. Returns where the lines so marked start."""
    marked = set()
    for j, (_, line) in enumerate(lines[:8]):
        if not (chrome[j] and _date_line(line)):
            continue
        if not any(later.strip() for _, later in lines[j + 1:]):
            continue  # the date a short notice ends with, under the body that signs it: no byline
        i = j - 1
        while i > 0 and not lines[i][1].strip():
            i -= 1
        if i == 0:  # the first line: a posting body only when a headline follows the date
            below = next((k for k in range(j + 1, len(lines)) if lines[k][1].strip()), None)
            if below is None or chrome[below] or not _headline_like(lines[below][1].strip()):
                continue
        if i >= 0 and not chrome[i] and len(lines[i][1].strip()) <= 20 and _unit_attribution(lines[i][1].strip()):
            chrome[i] = True
            marked.add(lines[i][0])
    return marked


def find_sections(lines: list[tuple[int, str]], content_end: int) -> list[Section]:
    """Lines "单位:标题" of an article that reports several units (or a headline with the
    speaker's unit, role and name on the line below or above it, or a unit alone over its text);
    one such header alone is a title."""
    lex = lexicon()
    headers = []  # (section start, speaker start, speaker, headline, headline start)
    for k, (start, line) in enumerate(lines):
        if headers and headers[-1][4] >= start:
            continue  # the headline of the header above (长春市直机关工委 / 以“模范机关”创建为抓手)
        bare = line.strip().lstrip(_BULLETS + "—").lstrip()  # ■南宁市:…, ◆ 1.柳州市:…, ——南宁市:…
        bare = _OUTLINE_NUMBER.sub("", bare).replace("**", "")  # **临江**:…, bold as Markdown writes it
        m = _role_header().match(bare) or _HEADER.match(bare) or _BRACKET_HEADER.match(bare) \
            or _bracketed_unit_header(bare) or _spaced_header(bare)
        if m and m.re is _HEADER and (bare[m.end(1)] != ":" or len(m.group(1)) > _SHORT_SPEAKER) \
                and not _names_a_unit(_without_tail(m.group(1))):
            m = None  # a dash also sets off a headline's slogan (强化组织领导——建立…), or a short headline its unit
        if not m and (trailing := _TRAILING_UNIT.match(bare)) and _headline_like(trailing.group(1)) \
                and not _names_a_unit(trailing.group(1).strip()) \
                and _unit_attribution(unit := _CREDITED.sub("", trailing.group(2) or trailing.group(3))):
            # 把党支部建在产业链上(沧州市委组织部): the headline, and the unit that speaks after it (not
            # 中央党校(国家行政学院): a body, and its other name)
            headline = trailing.group(1).strip()
            headers.append((start, start + line.rindex(unit), unit, headline, start + line.index(headline)))
            continue
        if not m:
            # 以“红色堡垒”工程统领基层党建 / 临江市委书记 王明山: the speaker below the headline
            # (南宁市委组织部: / 以…提升…, 洛阳市委—— / 开展…: a colon or a dash may end the speaker's line)
            # (一、泉州市委组织部 / 泉州市建立…: the number of its item left off)
            alone_line = _OUTLINE_NUMBER.sub("", _SPEAKER_LINE_END.sub("", line.strip()))
            if (other := _OTHER_NAME.search(alone_line)) and _names_a_unit(other.group(1)) \
                    and _names_a_unit(alone_line[:other.start()].lstrip(_BULLETS + "—(( ")):
                alone_line = alone_line[:other.start()]  # 中央党校(国家行政学院): the body, by its other name too
            a = speaker_line(alone_line)
            # (not the body of the title's unit credited under it, over the first heading of its
            # account: 天津市河西区:… / 河西区委组织部 / 一、主要做法)
            headline_below = a and _headline_below(lines, k) and not (
                k == 1 and headers and headers[0][0] == lines[0][0] and _of_the_titles_unit(headers[0][2], a.group(1)))
            # a unit on a line of its own and then what it did (东城区委组织部 / 推行…。)
            alone = a and not headline_below and k + 1 < len(lines) and not _headline_like(lines[k + 1][1]) \
                and _names_a_unit(a.group(1))  # not a word alone on its line (做法, 成效)
            # the headline on the line above, unless that is the title over a body and its text
            if a and k and not headline_below and _headline_like(previous := lines[k - 1][1]) \
                    and not (alone and k == 1) and not (headers and headers[-1][0] == lines[k - 1][0]):
                headline = _headline_text(previous)
                headers.append((lines[k - 1][0], start + line.index(a.group(1)), a.group(1), headline,
                                lines[k - 1][0] + previous.index(headline)))
            elif headline_below:
                # 长春市直机关工委 / 以“模范机关”创建为抓手: the speaker above the headline
                below, headline = lines[k + 1][0], _headline_text(lines[k + 1][1])
                headers.append((start, start + line.index(a.group(1)), a.group(1), headline,
                                below + lines[k + 1][1].index(headline)))
            elif (b := _BULLETED_UNIT.fullmatch(line.strip())) and _names_a_unit(b.group(1)) \
                    and not b.group(1).startswith(_WHO_NOT_WHICH) \
                    and k + 1 < len(lines) and not _headline_like(lines[k + 1][1]):
                # ◆太原市, then what it did: a unit marked as a section of its own, with no headline
                at = start + line.index(b.group(1))
                headers.append((start, at, b.group(1), "", at + len(b.group(1))))
            elif alone and k and not (k == 1 and headers and headers[0][0] == lines[0][0]
                                      and _of_the_titles_unit(headers[0][2], a.group(1))):
                # the same, unmarked: a body's name (not a place's, which a line may hold alone
                # for other reasons), below the title or below the text of the unit before (not
                # the body of the title's unit, credited under it: 江西吉安:… / 吉安市委组织部)
                at = start + line.index(a.group(1))
                headers.append((start, at, a.group(1), "", at + len(a.group(1))))
            continue
        if m.group(1) in lex.meta_labels or not _headline_like(m.group(m.lastindex)):
            continue
        if _NUMBERED_LABEL.match(m.group(1)):
            # 案例一:嘉兴市南湖区“红船领航”工程: a numbered item whose title opens with its unit
            headline = m.group(m.lastindex).strip()
            if unit := _LEADING_DIVISIONS.match(headline):
                at = start + line.index(headline, line.index(m.group(1)) + len(m.group(1)))
                headers.append((start, at, unit.group(1), headline, at))
            continue
        if m.re is _HEADER and _is_a_task(m.group(1)):
            continue  # 一、强化组织领导:成立工作专班: a task and how, not a unit and its headline
        lead = line.index(m.group(1))
        headline = _EDITORS_NOTE.sub("", m.group(m.lastindex).strip())  # 临江:…(发言摘要): the editor's word is not the headline's
        headers.append((start, start + lead, m.group(1), headline, start + line.index(headline, lead + len(m.group(1)))))
    headers = sorted(headers + _headers_in_the_same_layout(lines, headers))
    if not any(_may_name_a_unit(name := _without_tail(speaker)) or _opens_with_a_place(name)
               for _, _, speaker, _, _ in headers):
        headers = []  # 制度管学:…, 平台促学:…: a feature's subheads, none of them a unit's name
    if len(headers) < 2:
        headers = _headlines_over_their_units(lines)
    if len(headers) < 2:
        headers = _credited_texts(lines)
    if len(headers) < 2:
        headers = _headlines_opening_their_paragraphs(lines)
    if len(headers) < 2:
        return []
    headers = [(start, sp_start, _without_tail(speaker), headline, hl_start)
               for start, sp_start, speaker, headline, hl_start in headers]
    if len({_UNIT_ITSELF.sub("", speaker) for _, _, speaker, _, _ in headers}) < 2:
        return []  # one unit under each subhead (清溪县…, 清溪县委…): a report on it, not speakers
    sections = []
    for i, (start, sp_start, speaker, headline, hl_start) in enumerate(headers):
        end = headers[i + 1][0] if i + 1 < len(headers) else content_end
        sections.append(Section(i, speaker, sp_start, sp_start + len(speaker), headline, hl_start,
                                hl_start + len(headline), start, end))
    return sections


#: what a place's name and its committee add to the place (清溪县, 清溪县委 and 清溪 are one unit)
_UNIT_ITSELF = re.compile("(?:[省市县区]|[省市县区]?(?:委|党委|党组|党工委))$")


#: a unit, a colon and a headline ended as a sentence, opening a paragraph: 济南:把学习变成硬约束。…
_INLINE_HEADER = re.compile(rf"([{HAN}]{{2,12}}):([^。!?:\n]{{4,40}})[。!?](?=.)")


def _headlines_opening_their_paragraphs(lines: list[tuple[int, str]]) -> list[tuple]:
    """Paragraphs each opening with a unit, a colon and a headline ended as a sentence, its text
    after it (济南:把学习“软任务”变成“硬约束”。深入开展…), as digests print a bold header run into
    its text: sections when two units or more open paragraphs so."""
    lex = lexicon()
    headers = []
    for start, line in lines:
        bare = _OUTLINE_NUMBER.sub("", line.strip().lstrip(_BULLETS).lstrip())
        if not (m := _INLINE_HEADER.match(bare)):
            continue
        unit = m.group(1)
        name = _without_tail(unit)
        if unit in lex.meta_labels or _is_a_task(unit) or name.startswith(_WHO_NOT_WHICH) or not _may_name_a_unit(name):
            continue  # 会议强调:…。, 一是:…。: not a unit
        at = line.index(unit)
        headline = m.group(2).strip()
        headers.append((start, start + at, unit, headline, start + line.index(headline, at + len(unit))))
    return headers if len({h[2] for h in headers}) >= 2 else []


#: a line crediting the unit that supplied the text above it: (临江县委组织部供稿)
_CREDIT = re.compile(rf"^[ \u3000]*\([ \u3000]*([{HAN}]{{2,20}}?)[ \u3000]*(?:{_CREDIT_WORDS})\)[ \u3000]*$")


def _credited_texts(lines: list[tuple[int, str]]) -> list[tuple]:
    """Texts each followed by a line crediting the unit that supplied it (…。/ (临江县委组织部供稿)),
    as a collection of cases prints them: sections when two units or more are credited, each
    opening at its headline, the line after the title or after the credit before."""
    headers, first = [], 1
    for k, (at, line) in enumerate(lines):
        if k < first or not (m := _CREDIT.match(line)) or not _unit_attribution(m.group(1)):
            continue
        opening = next((j for j in range(first, k) if lines[j][1].strip()), None)
        first = k + 1
        if opening is None:
            continue
        start, text = lines[opening]
        speaker_start = at + m.start(1)
        if _headline_like(text) and not _CREDIT.match(text):
            headline = _headline_text(text)
            headers.append((start, speaker_start, m.group(1), headline, start + text.index(headline)))
        else:
            headers.append((start, speaker_start, m.group(1), "", speaker_start + len(m.group(1))))
    return headers if len({h[2] for h in headers}) >= 2 else []


@cache
def _opening_unit() -> re.Pattern:
    """A unit's name opening a paragraph: a few characters and a body's or a division's ending."""
    lex = lexicon()
    suffixes = "|".join(sorted({*lex.org_suffixes, *lex.admin_suffixes}, key=len, reverse=True))
    return re.compile(rf"[ \u3000]*((?:中共)?[{HAN}]{{1,8}}?(?:{suffixes}))(?=[{HAN}])")


def _headlines_over_their_units(lines: list[tuple[int, str]]) -> list[tuple]:
    """Headlines, each over a paragraph that opens with the unit that speaks (把学习变成硬约束 /
    临江市委深入开展…): sections when two units or more speak so."""
    headers, subheads = [], 0
    for k in range(1, len(lines) - 1):
        (start, line), (below, text) = lines[k], lines[k + 1]
        if not _headline_like(line) or _headline_like(text) or _unit_attribution(line.strip()) \
                or line.rstrip().endswith(")"):  # a caption: 图为…(临江市委组织部供图)
            continue
        subheads += 1
        m = _opening_unit().match(text)
        if m and _opens_as_a_unit(m.group(1)):
            headline = _headline_text(line)
            if headline.startswith("—") and _headline_like(lines[k - 1][1]):
                # 把支部建在产业链上 / ——临江市推进产业链党建的做法: the line above is the headline
                start, line = lines[k - 1]
                headline = _headline_text(line)
            headers.append((start, below + m.start(1), m.group(1), headline, start + line.index(headline)))
            if _units_opening_sentences(lines, k + 1) > 1:
                return []  # 一、在制度建设上下功夫 / 济南市…。青岛市…。: a theme several units illustrate
    # every headline's text opens with its unit, and two units or more speak: not a report on one
    # unit whose subheads a paragraph now and then opens with a place (…/鸡场坡镇针对…)
    if len({h[2] for h in headers}) < 2 or 3 * len(headers) < 2 * subheads:
        return []
    return headers


def _units_opening_sentences(lines: list[tuple[int, str]], first: int) -> int:
    """How many units open the sentences of the text from line ``first`` to the next headline."""
    units = set()
    for _, line in lines[first:]:
        if _headline_like(line):
            break
        for sentence in re.split(r"(?<=[。!?;])", line):
            if (m := _opening_unit().match(sentence)) and _opens_as_a_unit(m.group(1)):
                units.add(m.group(1))
    return len(units)


def _opens_as_a_unit(name: str) -> bool:
    """Whether what _opening_unit found names a unit: not who (各级…), not a kind of people
    (机关干部, whose 部 ends like a body's), and no verb, preposition or particle inside (发端|于|
    鸡场坡镇) — ending like a body or a division, the name is never _is_a_task's."""
    return len(name) >= 3 and not name.startswith(_WHO_NOT_WHICH) and not name.endswith(lexicon().group_heads) \
        and not any(t.tag in ("p", "v", "u", "uj", "c", "d") for t in tokenize(name))


def _without_tail(speaker: str) -> str:
    """The unit of a header that adds a word after it: 临江经验 → 临江, 北江篇 → 北江."""
    for tail in lexicon().speaker_tails:
        if speaker.endswith(tail) and len(speaker) - len(tail) >= 2:
            unit = speaker[: -len(tail)]
            return unit[:-1] if unit.endswith("的") and len(unit) >= 3 else unit  # 临江的做法 → 临江
    return speaker


def _headers_in_the_same_layout(lines: list[tuple[int, str]], headers: list[tuple]) -> list[tuple]:
    """Where two headers or more put the speaker on a line of its own, above its headline or
    below it, a short name in that place is a speaker too, though jieba does not know it for a
    place (平利/a, 石泉/nr) or a body (安康学院)."""
    if len(headers) < 2:
        return []
    starts = [start for start, _ in lines]

    def at_line(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    used = {at_line(h[1]) for h in headers} | {at_line(h[4]) for h in headers if h[3]}
    above = sum(1 for h in headers if h[3] and at_line(h[1]) + 1 == at_line(h[4]))
    below = sum(1 for h in headers if h[3] and at_line(h[4]) + 1 == at_line(h[1]))
    if above < 2 and below < 2:
        return []
    more = []
    for k, (start, line) in enumerate(lines):
        name = _SET_OFF_NAME.fullmatch(line.strip())
        name = name.group(1) if name else ""  # (国家电网公司党组), ——临江: the name, set off
        if k in used or not _may_name_a_speaker(name):
            continue
        if above >= 2 and _headline_below(lines, k) and k + 1 not in used:
            headline = _headline_text(lines[k + 1][1])
            more.append((start, start + line.index(name), name, headline, lines[k + 1][0] + lines[k + 1][1].index(headline)))
        elif below >= 2 and k >= 2 and k - 1 not in used and _headline_like(lines[k - 1][1]) \
                and k + 1 < len(lines) and not _headline_like(lines[k + 1][1]):
            headline = _headline_text(lines[k - 1][1])
            more.append((lines[k - 1][0], start + line.index(name), name, headline, lines[k - 1][0] + lines[k - 1][1].index(headline)))
    return more


#: a name on a line of its own, maybe in brackets or after a dash: (国家电网公司党组), ——临江
_SET_OFF_NAME = re.compile(r"(?:\(|——|──|—)?[ \u3000]*([^\s()]+?)[ \u3000]*\)?")


def _may_name_a_speaker(name: str) -> bool:
    """A line short enough to be a unit's name alone: a few characters, or a body's name."""
    lex = lexicon()
    if not re.fullmatch(rf"[{HAN}]{{2,12}}", name) or name.startswith(_WHO_NOT_WHICH):
        return False
    if len(name) > 4 and not name.endswith(lex.org_suffixes):
        return False  # longer, only a body's name
    return name not in lex.meta_labels and name not in lex.generic_names and not _is_a_task(name)


def _headline_below(lines: list[tuple[int, str]], k: int) -> bool:
    """Whether the line after line ``k`` is a headline, and the one after that the text below it."""
    if k + 2 >= len(lines) or not _headline_like(lines[k + 1][1]) or _headline_like(lines[k + 2][1]):
        return False
    below = lines[k + 1][1].strip()
    return not speaker_line(below)


def _headline_like(text: str) -> bool:
    text = text.strip()
    return 2 <= len(text) <= 40 and not text.endswith(("。", ";", ",", ":"))


@cache
def _attribution() -> re.Pattern:
    """A line giving a speaker's unit, role and name: 临江市委书记 王明山, ——城东区委书记李德华, ◎ 城东区委书记 李德华,
    临江市委常委、组织部部长 王晓东 (roles held together: the first one's unit here; extraction reads the
    department the speaker heads too, see extract.department_headed_too)."""
    roles = lexicon().alternation('role_words')
    return re.compile(rf"^[(—\-\s{_BULLETS}]*([{HAN}]{{2,14}}?)(?:{roles})(?:[、,,][{HAN}]{{0,8}}?(?:{roles}))*[ \u3000]*[{HAN}]{{2,4}}[)]?$")


def speaker_line(line: str) -> re.Match | None:
    """A line giving a speaker's unit (group 1), role and name (临江市委书记 王明山), or the unit
    alone (中共临江市委组织部), if ``line`` is one."""
    return _attribution().match(line) or _unit_attribution(line)


def _unit_attribution(line: str) -> re.Match | None:
    """A line naming only the unit that speaks below a headline: 中共邯郸市委组织部,
    □ 临江市委组织部, (城东区委), 【市税务局】, or only a place (临江, 临江市)."""
    m = re.fullmatch(rf"[(【〔\[—\-\s{_BULLETS}]*([{HAN}]{{2,20}})[)】〕\]]?", line)
    if m and not m.group(1).endswith(lexicon().org_suffixes) and len(m.group(1)) <= 8 \
            and not m.group(1).startswith(_WHO_NOT_WHICH) and _names_a_place(m.group(1)):
        return m
    if not m or len(m.group(1)) < 3 or not m.group(1).endswith(lexicon().org_suffixes) or _is_a_task(m.group(1)) \
            or m.group(1).startswith(_WHO_NOT_WHICH):
        return None
    # named after a place or a party committee (临江市委组织部, 中共保定市委组织部, 国网山东省电力公司),
    # not a kind (选优配强村党支部)
    name, levels = m.group(1), lexicon().admin_suffixes
    if name.startswith("中共") or any(level + "委" in name for level in levels if len(level) == 1):
        return m
    if name[0] in "省市县区州" and not name.startswith("市场"):
        return m  # 省公安厅, 市财政局: a body named relative to its level
    tokens = tokenize(name)
    if tokens[0].tag.startswith("v"):
        return None
    if len(tokens) == 1:
        return m if tokens[0].tag in ("ns", "nt") else None
    if any(t.tag in ("ns", "nt") or t.word.endswith(levels) for t in tokens[:-1]):
        return m
    # a body's party committee (国家电网公司党组, 鞍钢集团公司党委): a name before the body's ending
    endings = tuple(s for s in lexicon().org_suffixes if len(s) >= 2)
    return m if any(t.word.endswith(endings) for t in tokens[1:-1]) else None


def _split_sentences(line: str) -> list[tuple[int, int]]:
    spans, begin = [], 0
    for m in _SENTENCE_END.finditer(line):
        spans.append((begin, m.end()))
        begin = m.end()
    if begin < len(line):
        spans.append((begin, len(line)))
    out = []
    for a, b in spans:
        while a < b and line[a] in " \u3000\t":
            a += 1
        while b > a and line[b - 1] in " \u3000\t":
            b -= 1
        if b > a:
            out.append((a, b))
    return out


#: the longest line that may be a link's title in a list of links
LINK_TITLE_CHARS = 40


def _mark_link_lists(lines: list[tuple[int, str]], chrome: list[bool]) -> None:
    """Mark as chrome a page's lists of links to other articles: a header (相关阅读:) and the
    short lines after it that do not end as a sentence does (· 全省组织工作会议召开)."""
    headers = lexicon().link_list_headers
    in_list = False
    for k, (_, line) in enumerate(lines):
        text = line.strip().lstrip(_BULLETS + "【[ ").rstrip("】]:: ")
        if len(text) <= 12 and text.startswith(headers):
            chrome[k] = in_list = True
        elif in_list and text:
            in_list = len(text) <= LINK_TITLE_CHARS and not text.endswith(_SENTENCE_ENDS)
            chrome[k] = chrome[k] or in_list


def segment(raw: RawDocument) -> Document:
    """Normalise, parse the header and split into sections, sentences and tokens."""
    work = normalise(raw.text)
    script = script_of(raw.text, work)
    lines, pos = [], 0
    for line in work.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    # a short line opening with a date is a dateline, unless it ends as a sentence does (2021年6月
    # 25日,…交流会在临江举行。 is the report's first)
    chrome = [_is_boilerplate(line) or bool(_date_line(line) and len(line) < 40 and not line.rstrip().endswith(_SENTENCE_ENDS))
              for _, line in lines]
    _mark_link_lists(lines, chrome)
    posting = _mark_posting_unit(lines, chrome)
    content_lines = [(s, line) for (s, line), c in zip(lines, chrome) if not c and line.strip()]
    if not content_lines:
        raise InputError(raw.path, "no article text: only site chrome and boilerplate")
    # the footer: the trailing run of chrome lines
    content_end = len(work)
    for (start, line), is_chrome in reversed(list(zip(lines, chrome))):
        if is_chrome or not line.strip():
            content_end = start
        else:
            break
    meta = parse_meta(work, [(s, line) for s, line in lines if s not in posting])
    if raw.title:  # a web page's own title and date: where its text has the headline, if it does
        meta.title = normalise(raw.title, traditional=script == "traditional")
        meta.title_start = max(0, work.find(meta.title, 0, lines[min(5, len(lines) - 1)][0] + len(meta.title) + 1))
    if raw.date and meta.issued is None:
        meta.issued = _date(*raw.date.split("-"))
    sections = find_sections(content_lines, content_end)
    sentences: list[Sentence] = []
    for paragraph, (start, line) in enumerate(content_lines):
        section = next((s.index for s in sections if s.start <= start < s.end), None)
        for a, b in _split_sentences(line):
            text = line[a:b]
            sentences.append(Sentence(len(sentences), start + a, start + b, text, paragraph, section,
                                      tokenize(text, start + a)))
    if sum(len(s.text) for s in sentences) < 8:
        raise InputError(raw.path, "no article text: too short to hold a report")
    return Document(raw=raw, work=work, script=script, meta=meta,
                    sections=sections, sentences=sentences, content_end=content_end)
