"""The compiled tagger tags exactly as jieba.posseg does, with the same dictionary."""
import jieba
import jieba.posseg
import pytest

from govkg.lexicon import lexicon, userdict_path
from govkg.segment import _tagger, normalise
from govkg.tagger import Tagger, compile_tagger
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def jiebas_own():
    """jieba.posseg with the word list and the words to split that the pipeline uses."""
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(str(userdict_path()))
    for word in lexicon().split_words:
        tokenizer.del_word(word)
    return jieba.posseg.POSTokenizer(tokenizer)


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    """jieba's dictionary alone, compiled, and jieba.posseg's default tagger."""
    return compile_tagger(tmp_path_factory.mktemp("tagger") / "plain"), jieba.posseg.POSTokenizer(jieba.Tokenizer())


@pytest.fixture(scope="module", params=["in_python", "jieba_rs_search_and_array_decoder"])
def tagger(request):
    """The pipeline's tagger, all in Python, or with the compiled parts a large build loads."""
    tagger = Tagger(_tagger().folder)
    if request.param == "jieba_rs_search_and_array_decoder":
        tagger.load_compiled()
    return tagger


@pytest.mark.parametrize("article", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_words_and_tags_are_jiebas_own(article, jiebas_own, tagger):
    text = normalise((CORPUS / article).read_text(encoding="utf-8"))
    assert list(tagger.cut(text)) == [(p.word, p.flag) for p in jiebas_own.cut(text)]


@pytest.mark.parametrize("text", ["3G网络和4G手机覆盖全县", "B超室和X光机", "2023年投入1200万元,覆盖AB两区", "C++和R&D"],
                         ids=["latin_and_digits_in_words", "a_letter_word", "digit_runs", "symbols"])
def test_jieba_rs_search_gives_jiebas_words_around_latin_and_digits(text, jiebas_own):
    tagger = Tagger(_tagger().folder)
    tagger._router = tagger._load_router()
    assert list(tagger.cut(text)) == [(p.word, p.flag) for p in jiebas_own.cut(text)]


def test_jieba_rs_is_loaded_only_after_enough_text(monkeypatch):
    import govkg.tagger as tagger_module

    monkeypatch.setattr(tagger_module, "ROUTER_AFTER_CHARS", 40)
    tagger = Tagger(_tagger().folder)
    list(tagger.cut("学习型党组织建设工作经验交流会在临江县召开"))
    assert tagger._router is None and tagger._decoder is None
    list(tagger.cut("学习型党组织建设工作经验交流会在临江县召开,全市干部参加"))
    assert tagger._router is not None and tagger._decoder is not None


@pytest.mark.parametrize("chars, loaded", [(39, False), (40, True)],
                         ids=["little_text_is_tagged_in_python", "much_text_loads_the_compiled_search_at_once"])
def test_a_tagger_told_how_much_text_comes_loads_jieba_rs_first(monkeypatch, chars, loaded):
    import govkg.tagger as tagger_module

    monkeypatch.setattr(tagger_module, "ROUTER_AFTER_CHARS", 40)
    tagger = Tagger(_tagger().folder)
    tagger.expect(chars)
    assert (tagger._router is not None) is loaded and (tagger._decoder is not None) is loaded


@pytest.mark.parametrize("text", [
    "倪小平、罗晓林和欧阳振华在临江县冉家坝村调研",
    "2023年GDP增长5.2%,email: a_b@x.cn 以及 C++ 和 R&D",
    "人人人人人人人人人人人人人人人人人人人人人人人人人人",
    "\r\n  \t全角 空格\u3000与“引号”", "",
], ids=["unknown_names_go_to_the_hmm", "digits_latin_and_symbols", "a_long_run_of_one_character",
        "whitespace_and_quotes", "nothing"])
@pytest.mark.parametrize("compiled", [False, True], ids=["in_python", "jieba_rs_search_and_array_decoder"])
def test_jiebas_dictionary_alone_tags_as_jieba_does(text, compiled, plain):
    ours, theirs = plain
    if compiled:
        ours = Tagger(ours.folder)
        ours.load_compiled()
    assert list(ours.cut(text)) == [(p.word, p.flag) for p in theirs.cut(text)]
    assert "".join(w for w, _ in ours.cut(text)) == text


def test_a_compiled_tagger_is_loaded_from_its_files(plain):
    text = "学习型党组织建设工作经验交流会在临江县召开"
    assert list(Tagger(plain[0].folder).cut(text)) == list(plain[0].cut(text))


def test_a_damaged_compiled_dictionary_is_compiled_again(tmp_path, monkeypatch):
    import govkg.tagger as tagger

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    userdict = tmp_path / "words.txt"
    userdict.write_text("冉家坝村 5 ns\n", encoding="utf-8")
    first = tagger.load_tagger(userdict, ())
    (first.folder / "words.marisa").write_bytes(b"not a trie")
    again = tagger.load_tagger(userdict, ())
    assert again.folder == first.folder and ("冉家坝村", "ns") in list(again.cut("冉家坝村"))


def test_a_compiled_dictionary_without_its_word_list_for_jieba_rs_is_compiled_again(tmp_path, monkeypatch):
    import govkg.tagger as tagger

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    userdict = tmp_path / "words.txt"
    userdict.write_text("冉家坝村 5 ns\n", encoding="utf-8")
    first = tagger.load_tagger(userdict, ())
    (first.folder / "router.marshal").unlink()
    again = tagger.load_tagger(userdict, ())
    again.load_compiled()
    assert ("冉家坝村", "ns") in list(again.cut("冉家坝村"))
