"""The faster decoder tags exactly as jieba.posseg does."""
import jieba
import jieba.posseg
import pytest

from govkg.segment import normalise
from govkg.tagger import POSTokenizer
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def taggers():
    return POSTokenizer(jieba.Tokenizer()), jieba.posseg.POSTokenizer(jieba.Tokenizer())


@pytest.mark.parametrize("article", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_words_and_tags_are_jiebas_own(article, taggers):
    text = normalise((CORPUS / article).read_text(encoding="utf-8"))
    ours, theirs = taggers
    assert [(p.word, p.flag) for p in ours.cut(text)] == [(p.word, p.flag) for p in theirs.cut(text)]


def test_unknown_names_are_decoded_as_jieba_decodes_them(taggers):
    ours, theirs = taggers
    text = "倪小平、罗晓林和欧阳振华在临江县冉家坝村调研"
    tagged = [(p.word, p.flag) for p in ours.cut(text)]
    assert tagged == [(p.word, p.flag) for p in theirs.cut(text)]
    assert any(flag == "nr" for _, flag in tagged)
