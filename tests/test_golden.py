"""Whole-pipeline golden files: the reference article's graph, and the bundled example's output/.

Regenerate after an intended change with:  GOVKG_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
and read the diff before committing it.
"""
import os

import govkg
from tests.conftest import EXAMPLES, REFERENCE, ROOT

GOLDEN = ROOT / "tests" / "golden" / "dazhong-2011-08-17.ttl"


def test_reference_article_graph_matches_its_golden_file():
    ttl = govkg.build([REFERENCE]).to_turtle()
    if os.environ.get("GOVKG_UPDATE_GOLDEN"):
        GOLDEN.write_text(ttl, encoding="utf-8")
    assert ttl == GOLDEN.read_text(encoding="utf-8")


def test_output_folder_is_the_current_build_of_the_examples(tmp_path):
    """output/ holds what the README's first command writes; it must not go stale."""
    govkg.build([EXAMPLES]).write(tmp_path)
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / name).read_bytes() == (ROOT / "output" / name).read_bytes(), name
