import os

import pytest

import govkg
from govkg.export import write_atomic
from tests.conftest import EXAMPLES


def test_two_builds_write_byte_identical_files(tmp_path):
    govkg.build([EXAMPLES]).write(tmp_path / "a")
    govkg.build([EXAMPLES]).write(tmp_path / "b")
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_text("previous", encoding="utf-8")

    def boom(fd):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_turtle_round_trips(examples_kg, tmp_path):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    path = examples_kg.write(tmp_path, html=False)[0]
    assert isomorphic(Graph().parse(path), examples_kg.rdf)


def test_page_is_utf8_with_escaped_labels(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("临江县打造学习品牌\n临江县创办“<img src=x onerror=alert(1)>讲坛”。\n", encoding="utf-8")
    kg = govkg.build([bad])
    page = kg.write(tmp_path / "out")[1].read_bytes().decode("utf-8")
    assert "<img src=x" not in page
