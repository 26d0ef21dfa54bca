"""The command line, run as a user runs it: the installed `govkg` script and `python -m govkg`."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, REFERENCE

GOVKG = shutil.which("govkg") or str(Path(sys.executable).with_name("govkg"))


def run(*args, cwd=None):
    return subprocess.run(args, capture_output=True, text=True, cwd=cwd, timeout=300)


def test_build_through_the_console_script(tmp_path):
    done = run(GOVKG, "build", str(REFERENCE), "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "built 1 document(s), 0 failed" in done.stdout
    assert "Organization 13" in done.stdout
    assert (tmp_path / "graph.ttl").is_file() and (tmp_path / "graph.html").is_file()


def test_bad_inputs_are_reported_by_name_and_the_rest_is_built(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(REFERENCE, corpus / "good.txt")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (corpus / "footer.txt").write_text("版权所有,未经授权不得转载。\n", encoding="utf-8")
    (corpus / "page.html").write_text("<!DOCTYPE html><html><body><nav>首页</nav></body></html>", encoding="utf-8")
    (corpus / "gbk.txt").write_bytes("临江县打造学习品牌\n临江县创办“运河讲坛”。\n".encode("gbk"))
    out = tmp_path / "out"
    done = run(sys.executable, "-m", "govkg", "build", str(corpus), "--out", str(out))
    assert done.returncode == 1
    for name, reason in [("empty.txt", "empty"), ("binary.txt", "binary"), ("footer.txt", "no article text"),
                         ("page.html", "web page without article text")]:
        line = next(l for l in done.stderr.splitlines() if name in l)
        assert reason in line, line
    assert "built 2 document(s), 4 failed" in done.stdout
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "威海讲坛" in ttl and "运河讲坛" in ttl


def test_nothing_built_writes_nothing(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    done = run(GOVKG, "build", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out"))
    assert done.returncode == 1 and "nothing written" in done.stderr
    assert not (tmp_path / "out").exists()


def test_missing_input_is_reported(tmp_path):
    done = run(GOVKG, "build", str(REFERENCE), str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out"))
    assert done.returncode == 1 and "nope.txt: no such file or folder" in done.stderr


def test_eval_prints_the_scores(tmp_path):
    shutil.copy(REFERENCE, tmp_path)
    shutil.copy(REFERENCE.with_name("dazhong-2011-08-17.gold.json"), tmp_path)
    done = run(GOVKG, "eval", str(tmp_path), "--summary")
    assert done.returncode == 0
    assert "ALL (1 documents)" in done.stdout and "entities F1 0.9" in done.stdout


def test_validate_passes_a_built_graph_and_fails_a_broken_one(tmp_path):
    run(GOVKG, "build", str(EXAMPLES / "jinan-2018-08.txt"), "--out", str(tmp_path), "--no-html")
    assert run(GOVKG, "validate", str(tmp_path)).returncode == 0
    broken = tmp_path / "broken.ttl"
    broken.write_text((tmp_path / "graph.ttl").read_text(encoding="utf-8").replace("gk:unit", "gk:period"),
                      encoding="utf-8")
    done = run(GOVKG, "validate", str(broken))
    assert done.returncode == 1 and "Conforms: False" in done.stdout


@pytest.mark.parametrize("argv", [["build"], ["nonsense"], []])
def test_usage_errors_exit_2(argv):
    assert run(GOVKG, *argv).returncode == 2
