"""Stage 1: read a file into text, or say clearly why it cannot be read."""
from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

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


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode bytes of unknown encoding; returns (text, encoding).

    Order: a byte-order mark; UTF-16 without one (recognised by its NUL bytes); UTF-8;
    GB18030 (a superset of GBK and GB2312); Big5. Anything else, or bytes that look binary,
    raises InputError.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise InputError(path, f"not valid {encoding} despite its byte-order mark ({err.reason})") from err
    if b"\x00" in data[:4096]:
        even, odd = data[0:4096:2].count(0), data[1:4096:2].count(0)
        half = min(len(data), 4096) / 2
        if odd > 0.3 * half and even < 0.05 * half:
            encoding = "utf-16-le"
        elif even > 0.3 * half and odd < 0.05 * half:
            encoding = "utf-16-be"
        else:
            raise InputError(path, "binary file (contains NUL bytes), not text")
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as err:
            raise InputError(path, "binary file (contains NUL bytes), not text") from err
    for encoding in ("utf-8", "gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, encoding
    raise InputError(path, "cannot decode as UTF-8, UTF-16, GB18030/GBK or Big5")


def _looks_binary(text: str) -> bool:
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f\v")
    return controls > max(8, len(text[:8192]) // 100)


def read_document(path: str | Path) -> RawDocument:
    """Read one article file. Newlines are normalised as Python's text mode does
    (offsets everywhere refer to this text). Raises InputError with the reason."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(p, f"too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB)")
        data = p.read_bytes()
    except InputError:
        raise
    except OSError as err:
        raise InputError(p, f"cannot read: {err.strerror or err}") from err
    return read_bytes(data, p)


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


def reject_markup(raw: RawDocument) -> None:
    """HTML pages are not articles: say so instead of extracting from tags."""
    head = raw.text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html", "<head", "<body")) or head.count("<div") + head.count("<p>") > 3:
        raise InputError(raw.path, "HTML page: save the article's text as .txt")
