import codecs

import pytest

from govkg import read
from govkg.read import InputError, read_bytes, read_document

TEXT = "威海:处级以上干部每年须修满18分\n规定每名处级以上干部每年必须修满18分。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_decodes_common_chinese_encodings(encoding):
    raw = read_bytes(TEXT.encode(encoding), "a.txt")
    assert raw.text == TEXT


def test_decodes_big5_traditional_text():
    text = "濟南市建立村黨組織“評星定級”機制\n"
    assert read_bytes(text.encode("big5"), "b.txt").text == text


def test_crlf_newlines_are_read_as_text_mode_reads_them():
    assert read_bytes(TEXT.replace("\n", "\r\n").encode(), "c.txt").text == TEXT


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (bytes(range(256)) * 20, "binary"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02\x03" * 500, "binary"),
    (b"\x81\xff" * 200, "decode"),
])
def test_bad_bytes_give_an_error_naming_the_file(data, reason):
    with pytest.raises(InputError) as err:
        read_bytes(data, "bad/file.txt")
    assert "bad/file.txt" in str(err.value)
    assert reason in err.value.reason


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        read_document(tmp_path / "nope.txt")


def test_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(read, "MAX_BYTES", 100)
    big = tmp_path / "big.txt"
    big.write_text("威海" * 100, encoding="utf-8")
    with pytest.raises(InputError, match="too large"):
        read_document(big)


def test_html_pages_are_refused_with_a_reason():
    raw = read_bytes(b"<!DOCTYPE html><html><body><p>\xe5\xa8\x81</p></body></html>", "page.txt")
    with pytest.raises(InputError, match="HTML"):
        read.reject_markup(raw)


def test_digest_is_of_the_bytes():
    raw = read_bytes(codecs.BOM_UTF8 + TEXT.encode(), "d.txt")
    assert len(raw.sha256) == 64 and raw.encoding == "utf-8-sig"
