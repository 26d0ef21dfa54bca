"""Nothing lost: a zoo of bad inputs, an interrupted build, and random or mangled text."""
import os
import signal
import subprocess
import sys
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govkg
from govkg.extract import extract
from govkg.read import InputError, read_bytes, to_article_text
from govkg.segment import segment
from tests.conftest import EXAMPLES, REFERENCE

ARTICLE = REFERENCE.read_text(encoding="utf-8")


def test_the_zoo_of_bad_inputs(tmp_path, monkeypatch):
    zoo = tmp_path / "zoo"
    zoo.mkdir()
    (zoo / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (zoo / "empty.txt").write_bytes(b"")
    (zoo / "binary.txt").write_bytes(os.urandom(4096))
    (zoo / "nul.txt").write_bytes("临江县创办“运河讲坛”。".encode() + b"\x00" * 64 + b"\x01\x02" * 500)
    (zoo / "gbk.txt").write_bytes("临江县打造学习品牌\n近年来,临江县创办“运河讲坛”。\n".encode("gbk"))
    (zoo / "big5.txt").write_bytes("臨江縣打造學習品牌\n近年來,臨江縣創辦“運河講壇”。\n".encode("big5"))
    (zoo / "utf16.txt").write_bytes("临江县打造学习品牌\n近年来,临江县创办“江城讲坛”。\n".encode("utf-16"))
    with open(zoo / "huge.txt", "wb") as f:  # 50 MB, sparse
        f.truncate(50 * 1024 * 1024)
    (zoo / "page.html").write_text("<!DOCTYPE html><html><body><p>版权所有</p></body></html>", encoding="utf-8")
    (zoo / "footer.txt").write_text("版权所有,未经授权不得转载。\n", encoding="utf-8")
    (zoo / "locked.txt").write_text(ARTICLE, encoding="utf-8")
    (zoo / "loop").symlink_to(zoo, target_is_directory=True)

    real_read = type(zoo).read_bytes

    def read_bytes_denied(self):  # root reads anything; this is what a locked file looks like
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(type(zoo), "read_bytes", read_bytes_denied)
    kg = govkg.build([zoo])
    reasons = {os.path.basename(f.path): f.reason for f in kg.failures}
    assert set(reasons) == {"empty.txt", "binary.txt", "nul.txt", "huge.txt", "page.html", "footer.txt",
                            "locked.txt", "loop"}
    assert "too large" in reasons["huge.txt"] and "Permission denied" in reasons["locked.txt"]
    ttl = kg.to_turtle()
    assert all(name in ttl for name in ("威海讲坛", "运河讲坛", "江城讲坛")) and kg.counts()["documents"] == 4


def test_a_killed_build_leaves_the_previous_outputs_and_a_consistent_cache(tmp_path):
    sys.path.insert(0, str(EXAMPLES.parent / "bench"))
    from synthetic import generate

    generate(tmp_path / "corpus", 300)
    out, cache = tmp_path / "out", tmp_path / "cache"
    govkg.build([EXAMPLES]).write(out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    process = subprocess.Popen([sys.executable, "-m", "govkg", "build", str(tmp_path / "corpus"), "--out", str(out),
                                "--cache", str(cache), "-q", "--jobs", "1"])
    deadline = time.monotonic() + 60
    while len(list(cache.rglob("*.nt"))) < 5 and time.monotonic() < deadline:  # midway through extraction
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")} == before
    entries = list(cache.rglob("*.nt"))
    assert entries, "the build was killed before it cached anything"
    for entry in entries:  # every entry is whole: its trailer gives the length of what precedes it
        body, trailer = entry.read_bytes().rsplit(b"# ", 1)
        assert trailer == b"%d\n" % len(body) and body.endswith(b" .\n")


def _pipeline(data: bytes):
    try:
        return extract(segment(to_article_text(read_bytes(data, "fuzz.txt"))))
    except InputError:
        return None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_random_unicode_gives_an_extraction_or_an_input_error(text):
    _pipeline(text.encode("utf-8"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(ARTICLE)), st.integers(0, 200), st.sampled_from(["cut", "dup", "junk"])),
                max_size=6), st.text(max_size=30))
def test_mangled_articles_give_an_extraction_or_an_input_error(edits, junk):
    text = ARTICLE
    for at, length, kind in edits:
        at = min(at, len(text))
        if kind == "cut":
            text = text[:at] + text[at + length:]
        elif kind == "dup":
            text = text[:at] + text[at:at + length] * 2 + text[at + length:]
        else:
            text = text[:at] + junk + text[at:]
    x = _pipeline(text.encode("utf-8"))
    if x is not None:
        for m in x.mentions:
            assert 0 <= m.start < m.end <= len(x.document.raw.text)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=600))
def test_random_bytes_give_an_extraction_or_an_input_error(data):
    _pipeline(data)
