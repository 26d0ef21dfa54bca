"""Stage 1: read a file into text, or say clearly why it cannot be read."""
from __future__ import annotations

import codecs
import hashlib
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from .lexicon import lexicon
from .model import RawDocument

#: Larger inputs are refused: no article is this long, and a build must not exhaust memory.
MAX_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """An input file that cannot be built; the message names the file and the reason."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


#: the encodings Chinese articles come in, for the detector to choose among
CANDIDATE_ENCODINGS = ["utf_8", "gb18030", "big5", "big5hkscs", "cp950", "utf_16_le", "utf_16_be"]


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode bytes of unknown encoding; returns (text, encoding).

    A byte-order mark decides; else strict UTF-8; else charset-normalizer chooses among
    GB18030 (a superset of GBK and GB2312), Big5 and UTF-16 by how coherent the text reads.
    Bytes that fit none, or look binary, raise InputError."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise InputError(path, f"not valid {encoding} despite its byte-order mark ({err.reason})") from err
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 1 << 20], cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        if b"\x00" in data[:4096]:
            raise InputError(path, "binary file (contains NUL bytes), not text")
        raise InputError(path, "cannot decode as UTF-8, UTF-16, GB18030/GBK or Big5")
    encoding = best.encoding
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(path, f"cannot decode as {encoding} ({err.reason})") from err
    if _plausible_share(text) < 0.9:  # UTF-16 decodes almost any bytes into nonsense
        raise InputError(path, "cannot decode as UTF-8, UTF-16, GB18030/GBK or Big5")
    return text, encoding


def _plausible_share(text: str) -> float:
    """Share of characters a Chinese article is made of: CJK ideographs, CJK and full-width
    punctuation, printable ASCII and white space."""
    sample = text[:20000]
    if not sample:
        return 0.0
    ok = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f"
             or "\uff01" <= c <= "\uff5e" or " " <= c <= "~" or c in "\n\r\t“”‘’…—·")
    return ok / len(sample)


def _looks_binary(text: str) -> bool:
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f\v")
    return controls > max(8, len(text[:8192]) // 100)


def load_bytes(path: str | Path) -> bytes:
    """A file's bytes, refusing files too large for an article. Raises InputError."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(p, f"too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB)")
        return p.read_bytes()
    except InputError:
        raise
    except OSError as err:
        raise InputError(p, f"cannot read: {err.strerror or err}") from err


def read_document(path: str | Path) -> RawDocument:
    """Read one article file. Newlines are normalised as Python's text mode does
    (offsets everywhere refer to this text). Raises InputError with the reason."""
    return read_bytes(load_bytes(path), path)


def read_bytes(data: bytes, path: str | Path) -> RawDocument:
    """Decode one article given as bytes; ``path`` names it in errors and in the graph."""
    if not data.strip():
        raise InputError(path, "empty file")
    text, encoding = decode(data, path)
    if _looks_binary(text):
        raise InputError(path, "binary file (control characters), not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(path, "empty file (only white space)")
    return RawDocument(
        path=str(path),
        name=Path(path).name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
    )


def is_html(raw: RawDocument) -> bool:
    head = raw.text.lstrip()[:2048].lower()
    return (Path(raw.name).suffix.lower() in (".html", ".htm") or head.startswith(("<!doctype html", "<html", "<head", "<body"))
            or head.count("<div") + head.count("<p>") + head.count("<p ") > 3)


#: a table's row as trafilatura writes it: | cell | cell |
_TABLE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.M)


def _row_as_line(m: re.Match) -> str:
    """A table's row as a line of text: its cells with something in them, one space apart. Old
    pages lay their text out in tables, a paragraph or a section's header to a row."""
    cells = [c.strip() for c in m.group(1).split("|")]
    return " ".join(c for c in cells if c and not re.fullmatch(r"[-: ]+", c))


def from_html(raw: RawDocument) -> RawDocument:
    """A web page's main text (trafilatura), with its title as first line and its date kept."""
    import trafilatura

    # the page's date from its markup only: a search of its whole text takes a footer's
    # copyright year for a date (Copyright 2011 → 2011-01-01); a date line in the text is read later
    found = trafilatura.bare_extraction(raw.text, with_metadata=True, include_comments=False,
                                        include_tables=True, deduplicate=True,
                                        date_extraction_params={"extensive_search": False, "original_date": True})
    data = found.as_dict() if hasattr(found, "as_dict") else (found or {})
    text = _TABLE_ROW.sub(_row_as_line, (data.get("text") or "")).strip()
    if len(re.findall(r"[\u4e00-\u9fff]", text)) < 10:  # a menu or a copyright line is no article
        raise InputError(raw.path, "web page without article text (only navigation or boilerplate)")
    title = (data.get("title") or "").strip() or None
    # the line under the headline that dates the report and names its source and author, which
    # main-text extraction leaves out as page furniture
    if byline := _byline(raw.text, text):
        first = text.split("\n", 1)
        text = f"{first[0]}\n{byline}\n{first[1]}" if title and first[0].strip() == title and len(first) == 2 \
            else f"{byline}\n{text}"
    if title and title not in (line.strip() for line in text.split("\n", 5)[:5]):
        text = f"{title}\n{text}"  # unless the page's headline opens its text already
    date = data.get("date") if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(data.get("date") or "")) else None
    return replace(raw, text=text + "\n", title=title, date=date)


#: a byline's fields: where the report comes from, who wrote it, when
_BYLINE = re.compile(r"(?:来源|來源|作者|记者|記者|通讯员|通訊員|发布时间|發布時間|发布日期|發布日期)\s*[::]|"
                     r"\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日")


def _byline(html: str, text: str) -> str | None:
    """The short lines of a page, before the first paragraph of its main ``text``, that carry a
    byline's fields (2022-08-15 09:12 来源:山西日报 作者:王刚), joined; None when there are none."""
    import lxml.html
    from lxml import etree

    lines = [line.strip() for line in text.split("\n") if len(line.strip()) >= 10]
    if len(lines) < 2:
        return None
    opening = lines[1][:10]  # the first paragraph's (the first line is the headline, if any)
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, etree.ParserError):
        return None
    found = []
    for element in root.iter("div", "p", "span", "td", "li", "h2", "h3", "h4", "h5", "h6"):
        content = " ".join("".join(element.itertext()).split())
        if content.startswith(opening) or opening in content[:80]:
            break
        if len(content) <= 80 and _BYLINE.search(content) and not any(content in f or f in content for f in found) \
                and not any(child.tag in ("div", "p", "table") for child in element):
            found.append(content)
    return " ".join(f for f in found if f not in text) or None  # not one the main text kept


_MD = [(re.compile(r"^#{1,6}\s*", re.M), ""), (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
       (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"), (re.compile(r"(\*\*|__|`)"), ""),
       (re.compile(r"^\s*[-*+]\s+", re.M), ""), (re.compile(r"^>\s?", re.M), "")]


def from_markdown(raw: RawDocument) -> RawDocument:
    """Markdown as plain text: headings, emphasis, links and list marks removed."""
    text = raw.text
    for pattern, repl in _MD:
        text = pattern.sub(repl, text)
    return replace(raw, text=text)


#: how a line of running text ends where its sentence or paragraph ends
_LINE_END = re.compile(r"(?:[。！？!?；;：:…]|(?<=[。！？!?…])[”」』\"’])$|[)）】]$")  # (not a quote closing mid-sentence:
# …覆盖面。全省“三个一切” / 群众路线主题活动…)
#: how a line opens that stands on its own: a header (临江市委组织部:…), a numbered or bulleted item
_OWN_LINE = re.compile(r"^(?:[^。！？!?；;,，/\d]{2,20}[:：]|(?:\(?[一二三四五六七八九十\d]{1,3}[)）、.])|[■◆●▲★□·-])")


#: the marks of a sentence that runs on, after a header's colon
_RUNS_ON = re.compile(r"[,，;；]")


def unwrap_lines(text: str) -> str:
    """Running text hard-wrapped at one width (copied from a PDF or a page laid out in print:
    建立“四 / 联”工作机制) joined back into its paragraphs; any other text is returned as it is.
    A text is wrapped when at least five of its lines, and most lines that end mid-sentence,
    are about one width, and almost no line is longer; such a line is joined to the next unless
    either stands on its own."""
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    open_lines = [s for s in stripped if len(s) >= 8 and not _LINE_END.search(s)]
    long_lines = sum(1 for s in stripped if len(s) >= 8)
    if len(open_lines) < 5 or 2 * len(open_lines) < long_lines:
        return text  # most lines end their sentence: paragraphs one to a line
    width = Counter(len(s) for s in open_lines).most_common(1)[0][0]
    full = [s for s in open_lines if abs(len(s) - width) <= 3]
    if len(full) < 5 or 3 * len(full) < 2 * len(open_lines) \
            or 10 * sum(1 for s in stripped if len(s) > width + 3) > long_lines:
        return text  # lines longer than the width: paragraphs, and headlines that end unpunctuated
    meta_labels = lexicon().meta_labels

    def own_line(s: str) -> bool:
        # (not a line that opens with where it came from and runs on into the text: 来源: 大众日报编者按:…;
        # nor one whose words after the colon run on as a sentence does: 比如:…缺一次扣5分,主题党日…)
        if not (m := _OWN_LINE.match(s)):
            return False
        if m.group(0)[-1] not in ":：":
            return True  # a numbered or bulleted item
        head = re.split("[:：]", m.group(0))[0].strip()  # what stands before its first colon
        return head not in meta_labels and not _RUNS_ON.search(s, m.end())

    out = []
    for k, line in enumerate(lines):
        s = stripped[k]
        wrapped = k + 1 < len(lines) and len(s) >= width - 3 and not _LINE_END.search(s) and stripped[k + 1] \
            and not own_line(s) and not own_line(stripped[k + 1])
        out.append(line.rstrip() if wrapped else line + "\n")
        if wrapped:
            lines[k + 1] = lines[k + 1].lstrip()
    return "".join(out)[:-1]


#: a number or a Latin word set off by spaces between Chinese words (修满 18 分): the spacing some
#: sites and editors put between scripts
_SPACED_RUN = re.compile(r"(?<=[\u4e00-\u9fff]) ([0-9A-Za-z][0-9A-Za-z.%]*) (?=[\u4e00-\u9fff])")
_SPACE_BETWEEN_SCRIPTS = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z%]) (?=[\u4e00-\u9fff])")


def unspace_scripts(text: str) -> str:
    """Text that sets numbers and Latin words off from Chinese by spaces (不少于 60 天, 2011 年 8 月)
    with those spaces taken out, as Chinese is written; any other text is returned as it is. A
    text does so when two or more numbers or words stand so between Chinese words."""
    if len(_SPACED_RUN.findall(text, 0, 1 << 16)) < 2:
        return text
    return _SPACE_BETWEEN_SCRIPTS.sub("", text)


def to_article_text(raw: RawDocument) -> RawDocument:
    """The article's text, whatever the file was: web pages and Markdown become plain text,
    text hard-wrapped at one width is joined into its paragraphs, and spaces setting numbers off
    from Chinese are taken out. Offsets everywhere refer to this text."""
    if is_html(raw):
        raw = from_html(raw)
    else:
        if Path(raw.name).suffix.lower() in (".md", ".markdown"):
            raw = from_markdown(raw)
        raw = replace(raw, text=unwrap_lines(raw.text))
    return replace(raw, text=unspace_scripts(raw.text))
