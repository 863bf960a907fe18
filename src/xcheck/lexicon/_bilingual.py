"""Bilingual glosses: which English content words a Chinese (or, later, Korean) text speaks of.

Chinese: ``data/zh_en.tsv.gz``, derived from CC-CEDICT (CC BY-SA 4.0, see ``data/zh_en.NOTICE``) by
``scripts/build_cedict.py``: each headword, simplified and traditional, with the lower-case English
content words of its first senses. :func:`glosses_zh` finds the dictionary's words in a text by
forward maximum matching (the longest headword at each position; no segmenter needed) and returns
each with its span and its English keys. :func:`english_keys` reads an English text the same way:
its content words, each with its lemmas (:func:`xcheck.lexicon._lemmas.lemmas`), so "troops" meets
the key "troop" and "said" meets "say".

A language's gloss function is found in :data:`GLOSSERS` (``{"zh": glosses_zh}``); a colleague's
``xcheck.lexicon._ko_en.glosses_ko`` joins it under ``"ko"`` when that module is there. Every gloss
function has one contract: ``glosses(text) -> [(start, end, frozenset of English keys)]``.

>>> for start, end, keys in glosses_zh("美军宣布撤离"):
...     print("美军宣布撤离"[start:end], sorted(keys))
美军 ['armed', 'army', 'forces']
宣布 ['announce', 'declare', 'proclaim']
撤离 ['evacuate', 'withdraw']
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from xcheck.lexicon._common import is_common_word
from xcheck.lexicon._data import data_lines
from xcheck.lexicon._ko_en import FAMILY, glosses_ko, place_words
from xcheck.lexicon._ko_en import _table as _ko_table
from xcheck.lexicon._lemmas import lemmas
from xcheck.lexicon._names import FUNCTION_WORDS
from xcheck.lexicon._places import FAMILIES, place_stems
from xcheck.lexicon._scripts import HANGUL
from xcheck.text._romanize import hangul_syllables, sound_key_hangul, sound_keys_english

__all__ = [
    "GLOSSERS",
    "ROMANISERS",
    "Gloss",
    "english_keys",
    "glossable",
    "glosser",
    "glosses_zh",
    "romanised_en",
    "romanised_zh",
]

Gloss = tuple[int, int, frozenset[str]]
"""One glossed word: its start and end in the text and its English keys."""

#: Chinese words too common or too bound to a grammar role to say what a sentence is about (their
#: dictionary senses, "target" for 的 or "finish" for 了, would match unrelated English words).
ZH_STOP: frozenset[str] = frozenset(
    """
    的 了 和 是 在 将 也 都 而 与 及 就 对 把 被 为 以 之 其 这 那 个 等 着 过 又 还 并 或 但 从 向 到
    于 由 给 让 使 所 该 此 每 各 有 没 不 很 更 最 已 已经 正 正在 会 能 可 要 地 得 吗 呢 吧 啊 着 他 她
    它 他们 她们 我 我们 你 你们 自己 其中 以及 以来 之后 之前 之间 一 一个 上 下 中 内 后 前 里 说 表示
    称 指出 认为 据 据悉 目前 同时 进行 方面 相关 通过 这个 这些 那些 如果 因为 所以 但是 然而 此外 来 去
    """.split()
)

#: English words that say nothing about a sentence's topic beyond the function words.
EN_STOP: frozenset[str] = FUNCTION_WORDS | frozenset(
    """
    be is are was were been being am do does did done have has had having will would shall should
    can could may might must said say says also just more most many much other such some any
    """.split()
)

_MAX_WORD = 8
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_EN_WORD = re.compile(r"[A-Za-z][a-z]+|[a-z]{2,}")


@functools.cache
def _zh_data() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Headword -> its keys (one string, split on first use: most headwords are never looked at),
    and character -> its readings."""
    table: dict[str, str] = {}
    sounds: dict[str, tuple[str, ...]] = {}
    for line in data_lines("zh_en.tsv.gz"):
        head, keys, said = line.split("\t")
        if keys:
            table[head] = keys
        if said:
            sounds[head] = tuple(said.split(" "))
    return table, sounds


def _zh_table() -> dict[str, str]:
    return _zh_data()[0]


_KEYS_OF: dict[str, frozenset[str]] = {}


def _keys(head: str, keys: str) -> frozenset[str]:
    found = _KEYS_OF.get(head)
    if found is None:
        found = _KEYS_OF[head] = frozenset(sys.intern(k) for k in keys.split(" "))
    return found


def romanised_zh(
    text: str, sizes: tuple[int, ...] = (2, 3), *, glossed: Sequence[Gloss] | None = None
) -> list[Gloss]:
    """Every run of two or three Chinese characters with its toneless pinyin spellings, one word
    (昆宝: ``kunbao``): given names and places are romanised, not translated. Callers keep the
    spellings the other text writes; a character with several readings gives each. ``glossed`` is
    accepted for the romaniser contract (:data:`ROMANISERS`) and not needed.

    >>> [sorted(keys) for start, end, keys in romanised_zh("傅昆宝") if end - start == 2]
    [['fukun'], ['kunbao']]
    """
    sounds = _zh_data()[1]
    out: list[Gloss] = []
    for run in _HAN_RUN.finditer(text):
        chunk, base = run.group(), run.start()
        for size in sizes:
            for i in range(len(chunk) - size + 1):
                spelled = [""]
                for char in chunk[i : i + size]:
                    spelled = [a + b for a in spelled for b in sounds.get(char, ())[:2]]
                if spelled:
                    out.append((base + i, base + i + size, frozenset(spelled)))
    return out


#: A capitalised word, with one inner capital (``McCain``, ``DeLay``), and its capitalised neighbours.
_NAME_WORD = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?"
_CAPITALISED = re.compile(rf"\b{_NAME_WORD}(?:[ -]{_NAME_WORD})*")


def romanised_en(text: str) -> list[Gloss]:
    """The capitalised words of an English text that may be romanised names (not frequent English
    words), each as one key, and each two neighbours joined (``Hai Qing``: ``haiqing``).

    >>> [sorted(keys) for _, _, keys in romanised_en("Fu Kunbao said Hai Qing won.")]
    [['kunbao', '~knp'], ['fukunbao'], ['qing'], ['haiqing']]
    """
    out: list[Gloss] = []
    for run in _CAPITALISED.finditer(text):
        words = list(re.finditer(_NAME_WORD, run.group()))
        for n, word in enumerate(words):
            low = word.group().lower()
            if len(low) > 3 and low not in EN_STOP and not is_common_word(low):
                keys = frozenset((low, *sound_keys(sound_keys_english(low)[0])))
                out.append((run.start() + word.start(), run.start() + word.end(), keys))
            if n:
                joined = words[n - 1].group().lower() + low
                out.append(
                    (run.start() + words[n - 1].start(), run.start() + word.end(), frozenset((joined,)))
                )
    return out


#: A sound key (``~`` and a consonant skeleton) needs this many consonants to stand for a name.
_SOUND_MIN = 3


def sound_keys(skeleton: str) -> tuple[str, ...]:
    """Keys that meet when two consonant skeletons differ by at most one consonant dropped on each
    side (``Manchester`` mncstl / 맨체스터 mncst, ``Jerusalem`` clslm / 예루살렘 lslm): the skeleton
    and, from four consonants, each skeleton with one consonant left out, each prefixed ``~``. An
    English f is a Korean p (ㅍ): ``Frankfurt`` and 프랑크푸르트 are both ``plnkplt``."""
    key = skeleton.replace("f", "p")
    if len(key) < _SOUND_MIN:
        return ()
    out = {"~" + key}
    if len(key) > _SOUND_MIN:
        out.update("~" + key[:i] + key[i + 1 :] for i in range(len(key)))
    return tuple(out)


_HANGUL_WORD = re.compile(f"[{HANGUL}]+")


def romanised_ko(text: str, longest: int = 6, *, glossed: Sequence[Gloss] | None = None) -> list[Gloss]:
    """The Hangul words no dictionary word starts (names and loanwords: 오바마는,
    프랑크푸르트공항에), each as one unit whose keys are the Revised Romanization (오바마: ``obama``)
    and the sound keys (:func:`sound_keys`) of its first two to ``longest`` syllables (particles and
    compounds follow a name), so an English name written by sound meets it (``Posada`` / 포사다,
    ``Manchester`` / 맨체스터). Callers keep the keys the other text writes. ``glossed``: the
    text's :func:`glosses_ko`, when the caller has them already (they are not read twice).

    >>> [sorted(keys)[:2] for _, _, keys in romanised_ko("정부는 오바마가")]
    [['oba', 'obama']]
    """
    known = {start for start, _, _ in (glosses_ko(text) if glossed is None else glossed)}
    out: list[Gloss] = []
    for word in _HANGUL_WORD.finditer(text):
        syllables = word.group()
        if word.start() in known or len(syllables) < 2:
            continue  # a dictionary word, with at most a one-syllable particle after it
        keys: set[str] = set()
        for size in range(2, min(longest, len(syllables)) + 1):
            part = syllables[:size]
            keys.add("".join(hangul_syllables(part)))
            keys.update(sound_keys(sound_key_hangul(part)))
        out.append((word.start(), word.end(), frozenset(keys)))
    return out


def glosses_zh(text: str) -> list[Gloss]:
    """The dictionary words of a Chinese text, longest first at each position, with their keys.

    Characters no headword starts with, and the function words of :data:`ZH_STOP`, give nothing.
    """
    table = _zh_table()
    out: list[Gloss] = []
    for run in _HAN_RUN.finditer(text):
        chunk, base, i = run.group(), run.start(), 0
        while i < len(chunk):
            for size in range(min(_MAX_WORD, len(chunk) - i), 0, -1):
                word = chunk[i : i + size]
                keys = table.get(word)
                if keys is not None:
                    break
            else:
                i += 1
                continue
            if word not in ZH_STOP:
                out.append((base + i, base + i + size, _keys(word, keys)))
            i += size
    return out


#: Prefix of a stem key: the first letters of a longer key, so that a noun meets its verb
#: ("injury" / "injured", "explosion" / "explode"): measured on benchmarks/cross_align.py, six
#: letters raise ko-en from 75.6% to 78.4% of sentences linked right and zh-en from 97.6% to 98.0%.
STEM = "^"
_STEM_LETTERS = 6


def with_stems(keys: Iterable[str]) -> frozenset[str]:
    """``keys`` and the stem key of each one longer than six letters."""
    found = frozenset(keys)
    return found | {STEM + k[:_STEM_LETTERS] for k in found if len(k) > _STEM_LETTERS}


@functools.lru_cache(maxsize=65536)
def _word_keys(word: str) -> frozenset[str]:
    """A lower-case word's lemmas and stems, and, for a place word or demonym, its place family
    (``@kr`` for "korean") and the place its stem names ("iraqi": ``iraq``)."""
    keys = with_stems(k for k in lemmas(word) if k not in EN_STOP)
    family = FAMILIES.get(word)
    places = place_stems(word) & place_words()
    if family is None and not places:
        return keys
    return keys | places | ({FAMILY + family} if family else set())


@functools.lru_cache(maxsize=1024)  # one entry per country family: a few hundred
def _family_keys(family: str) -> frozenset[str]:
    """The keys of a country written as an abbreviation (U.S.): its family key and the one-word
    names of the family ("america", "usa"), which a Chinese gloss may give."""
    names = {word for word, key in FAMILIES.items() if key == family and word.isalpha()}
    return frozenset({FAMILY + family, *names})


#: Country abbreviations with points (U.S., U.K.): no word of the word pattern, but a place family. Bare
#: capitals (US, UK) are left out: on WMT21 zh-en they cost a sentence (98.0% -> 97.8% linked right).
_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}")


def english_keys(text: str) -> list[Gloss]:
    """The content words of an English text with their lemmas as keys, in the gloss contract.

    >>> [sorted(keys) for _, _, keys in english_keys("The troops said they left.")]
    [['troop', 'troops'], ['leave', 'left']]
    """
    out: list[Gloss] = []
    for found in _EN_WORD.finditer(text):
        word = found.group().lower()
        if word in EN_STOP or len(word) < 2:
            continue
        keys = _word_keys(word)
        if keys:
            out.append((found.start(), found.end(), keys))
    for found in _ABBREVIATION.finditer(text):
        family = FAMILIES.get(found.group().lower().replace(".", ""))
        if family is not None:
            out.append((found.start(), found.end(), _family_keys(family)))
    out.sort(key=lambda gloss: gloss[0])
    return out


@functools.cache
def glossable() -> frozenset[str]:
    """Every English key (and stem key) some Chinese or Korean headword has: an English word with
    none can never be met."""
    korean = {key for table in _ko_table().values() for keys in table.values() for key in keys}
    return with_stems({*" ".join(_zh_table().values()).split(" "), *korean})


#: Language code -> gloss function (text -> glossed words with English keys).
GLOSSERS: dict[str, Callable[[str], list[Gloss]]] = {"zh": glosses_zh, "ko": glosses_ko}


class Romaniser(Protocol):
    """A romanisation: text (and, optionally, its glosses, already read) -> runs of characters
    with their Latin spellings."""

    def __call__(self, text: str, *, glossed: Sequence[Gloss] | None = None) -> list[Gloss]: ...


#: Language code -> romanisation (text -> runs of characters with their Latin spellings).
ROMANISERS: dict[str, Romaniser] = {"zh": romanised_zh, "ko": romanised_ko}


def glosser(lang: str) -> Callable[[str], list[Gloss]] | None:
    """The gloss function of a language, or ``None``."""
    return GLOSSERS.get(lang)
