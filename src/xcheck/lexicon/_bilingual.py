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
import gzip
import importlib
import re
import sys
from collections.abc import Callable
from importlib import resources

from xcheck.lexicon._lemmas import lemmas
from xcheck.lexicon._names import FUNCTION_WORDS

__all__ = ["GLOSSERS", "Gloss", "english_keys", "glossable", "glosser", "glosses_zh"]

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
def _zh_table() -> dict[str, frozenset[str]]:
    raw = resources.files("xcheck").joinpath("data/zh_en.tsv.gz").read_bytes()
    intern = sys.intern
    table: dict[str, frozenset[str]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        head, _, rest = line.partition("\t")
        table[head] = frozenset(intern(k) for k in rest.split(" "))
    return table


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
                out.append((base + i, base + i + size, keys))
            i += size
    return out


@functools.cache
def _word_keys(word: str) -> frozenset[str]:
    return frozenset(k for k in lemmas(word) if k not in EN_STOP)


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
    return out


@functools.cache
def glossable() -> frozenset[str]:
    """Every English key some Chinese headword has (an English word with none can never be met)."""
    return frozenset().union(*_zh_table().values())


#: Language code -> gloss function (text -> glossed words with English keys).
GLOSSERS: dict[str, Callable[[str], list[Gloss]]] = {"zh": glosses_zh}


def glosser(lang: str) -> Callable[[str], list[Gloss]] | None:
    """The gloss function of a language, or ``None``; ``ko`` comes from ``xcheck.lexicon._ko_en``
    once that module exists."""
    if lang == "ko" and "ko" not in GLOSSERS:
        try:
            GLOSSERS["ko"] = importlib.import_module("xcheck.lexicon._ko_en").glosses_ko
        except ImportError:
            return None
    return GLOSSERS.get(lang)
