"""jieba's part-of-speech tagging (jieba.posseg, with its HMM for unknown words), computed from a
compiled copy of jieba's dictionary.

jieba keeps its dictionary in a Python dict of half a million words and prefixes, which takes a
second to load in every process, and finds the words at each position by growing a string
and looking each prefix up. Here the words are a marisa-trie (memory-mapped: it loads at once)
that gives all the words starting at a position in one call, with their log-frequencies in an
array by the trie's key ids; the HMM tables are stored beside them. The dictionary is compiled
from jieba itself the first time — after the word list and the words to split are applied —
and kept in the user's cache folder under a digest of everything it was made from.

A process that tags much text (a worker of a large build, told so or after tagging enough) loads
the same words and frequencies into jieba-rs (rjieba) and takes the dictionary route from it: the
same words, found in compiled code; a test compares both searches with jieba.posseg.

The unknown-word decoder scans, for each character and candidate tag, only the tags it can
follow (jieba.posseg's scans every tag, though from most the step is impossible): the same
sums in the same order, the same tie-breaking, several times faster. The same worker process
then decodes with numpy arrays: each step is one sum over a block of the transition table, three
times faster again (numpy's import is why a process that tags little text does not).
Words, tags and their order are jieba.posseg's; a test compares them on whole articles.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import re
import shutil
import tempfile
from array import array
from functools import lru_cache
from importlib.metadata import version
from math import log
from pathlib import Path

import marisa_trie

from .lexicon import cache_root

#: characters a process tags in Python before it loads jieba-rs and the array decoder (about 50 articles)
ROUTER_AFTER_CHARS = 150_000
MIN_FLOAT = -3.14e100
MIN_INF = float("-inf")
FORMAT = "4"  # of the compiled files; part of their digest

# jieba.posseg's block patterns, as it splits text before tagging
_HAN_INTERNAL = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_SKIP_INTERNAL = re.compile("(\r\n|\\s)")
_HAN_DETAIL = re.compile("([\u4E00-\u9FD5]+)")
_SKIP_DETAIL = re.compile("([\\.0-9]+|[a-zA-Z0-9]+)")
_ENG = re.compile("[a-zA-Z0-9]+")
_NUM = re.compile("[\\.0-9]+")
_ASCII_RUN = re.compile("[\x00-\x7f]{2}")


class Tagger:
    """Words and part-of-speech tags of a text, as jieba.posseg.POSTokenizer.cut gives them."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.words = marisa_trie.Trie().mmap(str(folder / "words.marisa"))
        self.tagged = marisa_trie.Trie().mmap(str(folder / "tags.marisa"))
        if not (folder / "router.marshal").is_file():  # read later, when much text comes
            raise FileNotFoundError(folder / "router.marshal")
        tables = marshal.loads((folder / "tables.marshal").read_bytes())
        self.weights = array("d")
        self.weights.frombytes(tables["weights"])
        self._total = tables["total"]
        self.tag_ids, self.tag_names = tables["tag_ids"], tables["tag_names"]
        self.unknown_weight = tables["unknown_weight"]
        self.longest = tables["longest"]
        self.states, self.start, self.trans, self.emit = tables["hmm"]
        self.before: dict = {}  # for each state, the states it may follow and the step's log-probability
        for y0, nexts in self.trans.items():
            for y, p in nexts.items():
                self.before.setdefault(y, {})[y0] = p
        # the same runs of unknown characters come back again and again in a corpus
        self.viterbi = lru_cache(maxsize=1 << 16)(self._viterbi)
        self._followers = lru_cache(maxsize=None)(self._following)
        self._tag_of: dict[str, str] = {}
        self._router = None  # jieba-rs over the same dictionary, once enough text was tagged
        self._decoder: ArrayDecoder | None = None  # and the unknown-word decoder on arrays
        self._routed_chars = 0

    def tag(self, word: str) -> str:
        tag = self._tag_of.get(word)
        if tag is None:  # a corpus uses a few thousand words again and again: each is looked up once
            i = self.tagged.get(word)
            tag = self._tag_of[word] = "x" if i is None else self.tag_names[self.tag_ids[i]]
        return tag

    def cut(self, text: str) -> list[tuple[str, str]]:
        """(word, tag) pairs covering ``text``."""
        # lists passed down, not generators: a build tags millions of words, and each level of
        # yield costs as much as the lookups
        out: list[tuple[str, str]] = []
        for block in _HAN_INTERNAL.split(text):
            if _HAN_INTERNAL.match(block):
                self._cut_words(block, out)
                continue
            for x in _SKIP_INTERNAL.split(block):
                if _SKIP_INTERNAL.match(x):
                    out.append((x, "x"))
                    continue
                for xx in x:
                    if _NUM.match(xx):
                        out.append((xx, "m"))
                    elif _ENG.match(x):  # sic: jieba tests the run, not the character
                        out.append((xx, "eng"))
                    else:
                        out.append((xx, "x"))
        return out

    def _route(self, sentence: str) -> list[int]:
        """For each position, where the most probable word from it ends (jieba's calc over its DAG)."""
        n = len(sentence)
        score = [0.0] * (n + 1)
        end = [0] * (n + 1)
        weights, unknown, prefixes, longest = self.weights, self.unknown_weight, self.words.iter_prefixes_with_ids, self.longest
        for k in range(n - 1, -1, -1):
            best = None
            for w, i in prefixes(sentence[k:k + longest]):
                candidate = (weights[i] + score[k + len(w)], k + len(w) - 1)  # jieba's (score, end) max
                if best is None or candidate > best:
                    best = candidate
            score[k], end[k] = best if best else (unknown + score[k + 1], k)
        return end

    def _router_words(self, sentence: str) -> list[str] | None:
        """The words of the dictionary route through ``sentence`` from jieba-rs, which runs
        jieba's search in compiled code over the same words and frequencies: eleven times faster,
        but 0.2 s to load, so loaded once a process has tagged ROUTER_AFTER_CHARS characters.
        None when it is not loaded, or when its answer cannot be read back unambiguously."""
        if self._router is None:
            self._routed_chars += len(sentence)
            if self._routed_chars < ROUTER_AFTER_CHARS:
                return None
            self.load_compiled()
        words = self._router.cut(sentence, False)
        # jieba-rs joins a run of single ASCII letters and digits into one word; a run that is
        # also a dictionary word could be either, so that sentence takes jieba's own search
        if _ASCII_RUN.search(sentence) and any(len(w) > 1 and w.isascii() and w in self.words for w in words):
            return None
        return words

    def expect(self, chars: int) -> None:
        """Told that about ``chars`` characters are coming: if they are more than
        ROUTER_AFTER_CHARS, load the compiled search now rather than after tagging that many
        in Python."""
        if self._router is None and chars >= ROUTER_AFTER_CHARS:
            self.load_compiled()

    def load_compiled(self) -> None:
        """Search the dictionary with jieba-rs and decode unknown words on arrays from now on:
        the same answers, faster, after a fifth of a second spent loading them."""
        self._router = self._load_router()
        self._decoder = ArrayDecoder(self)

    def _load_router(self):
        import rjieba

        router = rjieba.Jieba.empty()
        # the words as a list beside the trie: four times faster to read than walking the trie
        words, frequencies = marshal.loads((self.folder / "router.marshal").read_bytes())
        add = router.add_word
        for word, frequency in zip(words, frequencies):
            add(word, frequency, None)
        # jieba's total also counts the frequencies its user dictionary replaced or deleted:
        # a word no text can hold carries the difference, so every log-probability is jieba's
        if (rest := self._total - sum(frequencies)) > 0:
            router.add_word("\ue000", rest, None)
        return router

    def _route_words(self, sentence: str) -> list[str]:
        """The words of the dictionary route through ``sentence``, by jieba's search in Python."""
        end = self._route(sentence)
        words, x = [], 0
        while x < len(sentence):
            words.append(sentence[x:end[x] + 1])
            x = end[x] + 1
        return words

    def _cut_words(self, sentence: str, out: list[tuple[str, str]]) -> None:
        words = self._router_words(sentence)
        if words is None:
            words = self._route_words(sentence)
        known, tag = self.words, self.tag
        buf = ""
        for word in words:
            # jieba-rs joins single ASCII characters the route took one by one; jieba's own
            # search gives only dictionary words of more than one character
            if len(word) == 1 or (word.isascii() and word not in known):
                buf += word  # characters the route took one by one
                continue
            if buf:
                self._single_characters(buf, out)
                buf = ""
            out.append((word, tag(word)))
        if buf:
            self._single_characters(buf, out)

    def _single_characters(self, buf: str, out: list[tuple[str, str]]) -> None:
        """A run of characters the dictionary route took one by one: a word the dictionary
        knows as a whole stays apart; others go to the HMM, which may find a new word."""
        if len(buf) == 1:
            out.append((buf, self.tag(buf)))
        elif buf not in self.words:
            self._cut_unknown(buf, out)
        else:
            out.extend((char, self.tag(char)) for char in buf)

    def _cut_unknown(self, sentence: str, out: list[tuple[str, str]]) -> None:
        for block in _HAN_DETAIL.split(sentence):
            if _HAN_DETAIL.match(block):
                self._decode(block, out)
                continue
            for x in _SKIP_DETAIL.split(block):
                if x:
                    out.append((x, "m" if _NUM.match(x) else "eng" if _ENG.match(x) else "x"))

    def _decode(self, sentence: str, out: list[tuple[str, str]]) -> None:
        pos_list = self.viterbi(sentence)
        begin, nexti = 0, 0
        for i, char in enumerate(sentence):
            pos = pos_list[i][0]
            if pos == "B":
                begin = i
            elif pos == "E":
                out.append((sentence[begin:i + 1], pos_list[i][1]))
                nexti = i + 1
            elif pos == "S":
                out.append((char, pos_list[i][1]))
                nexti = i + 1
        if nexti < len(sentence):
            out.append((sentence[nexti:], pos_list[nexti][1]))

    def _following(self, states: frozenset) -> frozenset:
        return frozenset(y for x in states for y in self.trans[x])

    def _viterbi(self, obs: str) -> tuple:
        """The most probable tag states of ``obs``: jieba.posseg.viterbi's route."""
        if self._decoder is not None:
            return self._decoder.decode(obs)
        before, trans, emit, states = self.before, self.trans, self.emit, self.states
        all_states = trans.keys()
        V = {}
        path = [{}]
        for y in states.get(obs[0], all_states):
            V[y] = self.start[y] + emit[y].get(obs[0], MIN_FLOAT)
            path[0][y] = ""
        for t in range(1, len(obs)):
            prev = frozenset(x for x in path[t - 1] if trans[x])
            expected = self._followers(prev)
            observed = set(states.get(obs[t], all_states)) & expected
            if not observed:
                observed = expected if expected else all_states
            here, step = {}, {}
            char = obs[t]
            for y in observed:
                em = emit[y].get(char, MIN_FLOAT)
                steps = before.get(y, {})
                if len(steps) < len(prev):
                    candidates = [(V[y0] + p + em, y0) for y0, p in steps.items() if y0 in prev]
                else:
                    candidates = [(V[y0] + steps[y0] + em, y0) for y0 in prev if y0 in steps]
                if candidates:
                    prob, state = max(candidates)
                else:  # nothing leads here: jieba's search scores every predecessor -inf and keeps the greatest
                    prob, state = MIN_INF + em, max(prev)
                here[y], step[y] = prob, state
            V = here
            path.append(step)
        _, state = max((V[y], y) for y in path[-1])
        route = [None] * len(obs)
        for i in range(len(obs) - 1, -1, -1):
            route[i] = state
            state = path[i][state]
        return tuple(route)


class ArrayDecoder:
    """jieba.posseg's Viterbi search over numpy arrays: the states sorted, so that the greatest
    index among equal scores is the state jieba's max((score, state)) keeps; each step adds the
    scores so far, a block of the transition table and the character's emissions, in jieba's
    order of addition, so every score is the same float."""

    def __init__(self, tagger: Tagger):
        import numpy as np

        self.np = np
        t = tagger
        self.names = sorted(set(t.trans) | {y for nexts in t.trans.values() for y in nexts} | set(t.start)
                            | set(t.emit) | {y for states in t.states.values() for y in states})
        index = {y: i for i, y in enumerate(self.names)}
        n = len(self.names)
        self.follows = np.zeros((n, n), dtype=bool)  # [from, to]: the step is possible
        self.steps = np.full((n, n), MIN_INF)  # its log-probability; -inf where impossible
        for y0, nexts in t.trans.items():
            for y, p in nexts.items():
                self.follows[index[y0], index[y]] = True
                self.steps[index[y0], index[y]] = p
        self.leads_on = self.follows.any(axis=1)
        self.every_state = np.array(sorted(index[y] for y in t.trans))
        self.start = np.array([t.start.get(y, MIN_FLOAT) for y in self.names])
        self.index, self.tagger, self.n = index, t, n
        self._chars: dict[str, tuple] = {}

    def _char(self, char: str) -> tuple:
        """The states a character may take (indices and mask) and its emission log-probabilities."""
        got = self._chars.get(char)
        if got is None:
            np, t = self.np, self.tagger
            states = t.states.get(char)
            indices = self.every_state if states is None else np.array(sorted(self.index[y] for y in states))
            mask = np.zeros(self.n, dtype=bool)
            mask[indices] = True
            emissions = np.array([t.emit[y].get(char, MIN_FLOAT) if y in t.emit else MIN_FLOAT for y in self.names])
            got = self._chars[char] = (indices, mask, emissions)
        return got

    def decode(self, obs: str) -> tuple:
        """The same route as Tagger._viterbi in Python."""
        np = self.np
        observed, _, emissions = self._char(obs[0])
        scores = np.full(self.n, MIN_INF)
        scores[observed] = self.start[observed] + emissions[observed]
        back = []  # for each step, the state each state of it came from
        for char in obs[1:]:
            prev = observed[self.leads_on[observed]]
            expected = self.follows[prev].any(axis=0)
            _, mask, emissions = self._char(char)
            observed = np.flatnonzero(mask & expected)
            if not len(observed):
                observed = np.flatnonzero(expected) if expected.any() else self.every_state
            totals = scores[prev][:, None] + self.steps[prev][:, observed]
            totals += emissions[observed]
            best = totals.max(axis=0)
            came_from = prev[len(prev) - 1 - totals[::-1].argmax(axis=0)]  # the greatest state among equals
            for j in np.flatnonzero(best == MIN_INF):
                # -inf everywhere: the candidates are the possible steps alone, if there are any
                # (jieba then keeps the greatest); if none, jieba keeps the greatest state before
                possible = prev[self.follows[prev, observed[j]]]
                came_from[j] = possible.max() if len(possible) else prev.max()
                best[j] = MIN_INF + emissions[observed[j]]
            scores = np.full(self.n, MIN_INF)
            scores[observed] = best
            step = np.zeros(self.n, dtype=np.intp)
            step[observed] = came_from
            back.append(step)
        state = observed[len(observed) - 1 - int(scores[observed][::-1].argmax())]
        route = [None] * len(obs)
        for i in range(len(obs) - 1, 0, -1):
            route[i] = self.names[state]
            state = back[i - 1][state]
        route[0] = self.names[state]
        return tuple(route)


def compile_tagger(folder: str | Path, userdict: Path | None = None, split_words: tuple[str, ...] = ()) -> Tagger:
    """Compile jieba's dictionary — with ``userdict`` (jieba's user-dictionary format) added and
    ``split_words`` deleted, as jieba.Tokenizer.load_userdict and del_word do — into ``folder``."""
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    if userdict:
        tokenizer.load_userdict(str(userdict))
    for word in split_words:
        tokenizer.del_word(word)
    pos = jieba.posseg.POSTokenizer(tokenizer)
    pos.makesure_userdict_loaded()
    words = marisa_trie.Trie([w for w, f in tokenizer.FREQ.items() if f])
    logtotal = log(tokenizer.total)
    weights = array("d", [0.0]) * len(words)
    frequencies = array("q", [0]) * len(words)
    for w, i in words.iteritems():
        weights[i] = log(tokenizer.FREQ[w]) - logtotal  # evaluated as jieba's calc does
        frequencies[i] = tokenizer.FREQ[w]
    tagged = marisa_trie.Trie(list(pos.word_tag_tab))
    tag_names = sorted(set(pos.word_tag_tab.values()))
    tag_index = {t: i for i, t in enumerate(tag_names)}
    tag_ids = array("B" if len(tag_names) < 256 else "H", [0]) * len(tagged)
    for w, i in tagged.iteritems():
        tag_ids[i] = tag_index[pos.word_tag_tab[w]]
    from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

    folder = Path(folder)
    work = Path(tempfile.mkdtemp(prefix=".tagger-", dir=folder.parent))
    try:
        words.save(str(work / "words.marisa"))
        listed = sorted(words.iteritems(), key=lambda item: item[1])
        (work / "router.marshal").write_bytes(marshal.dumps(
            ([w for w, _ in listed], [frequencies[i] for _, i in listed])))
        tagged.save(str(work / "tags.marisa"))
        (work / "tables.marshal").write_bytes(marshal.dumps({
            "weights": weights.tobytes(), "total": tokenizer.total,
            "tag_ids": tag_ids.tobytes() if tag_ids.typecode == "B" else tag_ids.tolist(),
            "tag_names": tag_names,
            "unknown_weight": log(1) - logtotal, "longest": max(map(len, words.keys())),
            "hmm": (char_state_tab_P, start_P, trans_P, emit_P),
        }))
        try:
            os.rename(work, folder)
        except OSError:  # another process compiled it first
            pass
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return Tagger(folder)


def load_tagger(userdict: Path, split_words: tuple[str, ...]) -> Tagger:
    """The tagger for jieba's dictionary with ``userdict`` added and ``split_words`` deleted,
    compiled the first time and loaded from the cache folder after."""
    h = hashlib.sha256(f"{FORMAT} jieba {version('jieba')} marisa {version('marisa-trie')}".encode())
    h.update(userdict.read_bytes())
    h.update("\n".join(split_words).encode())
    folder = cache_root() / f"tagger-{h.hexdigest()[:16]}"
    if folder.exists():
        try:
            return Tagger(folder)
        except (OSError, ValueError, EOFError, KeyError, TypeError, RuntimeError):
            shutil.rmtree(folder, ignore_errors=True)  # damaged or cut short: compiled again
    return compile_tagger(folder, userdict, split_words)
