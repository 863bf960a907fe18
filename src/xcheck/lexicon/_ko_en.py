"""Korean-English lexical evidence: which English content words the Korean words of a text gloss.

:func:`glosses_ko` finds the Korean words of a text and gives each the English keys a dictionary
glosses it with: lower-case content words in their base forms (정부 -> government; 말했다 -> speak;
국방부의 -> defense, ministry), to be met by the lemmas of an English sentence's words
(:func:`xcheck.lexicon._lemmas.lemmas`).

The tables, ``xcheck/data/ko_en_*.tsv.gz`` (built by ``scripts/build_ko_en.py`` from kengdic's
ezcorean 6,000 words and from Sino-Korean words read from CC-CEDICT through Unihan's Hangul
readings; sources and licences in ``ko_en.NOTICE``), are read on first use. Each eojeol (a word
between spaces) is cut into its longest table words from its start, so particles and endings are
left over (정부는 -> 정부; 국방부장관이 -> 국방부, 장관), and a verb of the 하다 kind is found
through its contracted forms (발표했다 -> 발표하다). A single syllable counts only as the root of a
하다 verb (말했다 -> 말하다), never as a noun: 이, 은, 것 and 수 are particles or bound nouns far
more often than words, and 돌아왔다 is not 돌. With Kiwi installed (``pip install xcheck[ko]``;
LGPL, about 100 MB), ``kiwi=True`` cuts the text by its morphological analysis instead, which also
finds native verbs in their contracted forms (밝혔다 -> 밝히다).

>>> text = "정부는 국방부장관이 발표했다고 말했다."
>>> [(text[s:e], sorted(keys)[:2]) for s, e, keys in glosses_ko(text)]  # doctest: +ELLIPSIS
[('정부', ['government']), ('국방부', ['defence', 'defense']), ('장관', [...]), ('발표', [...]),
 ('말', ['speak'])]
"""

from __future__ import annotations

import functools
import gzip
import re
from importlib import resources
from typing import Any

from xcheck.lexicon._scripts import HANGUL

__all__ = ["glosses_ko"]

Gloss = tuple[int, int, frozenset[str]]

#: The packaged tables, one a source (their licences differ: ``data/ko_en.NOTICE``).
_TABLES = ("ko_en_kengdic.tsv.gz", "ko_en_cedict.tsv.gz")
#: A run of Hangul syllables: an eojeol, or the Hangul part of one.
_EOJEOL = re.compile(f"[{HANGUL}]+")
#: The longest entry of the table, in syllables.
_LONGEST = 6
#: The contracted and plain forms of 하 (do) that follow the root of a 하다 verb: 발표했다,
#: 발표한, 발표할, 발표해, 발표함, 발표합니다, 발표하고.
_HA_FORMS = frozenset("하했해한할함합")
#: Kiwi's tags of nouns (and noun roots) and of verb and adjective stems.
_KIWI_NOUN = frozenset({"NNG", "NNP", "NR", "XR"})
_KIWI_VERB = frozenset({"VV", "VA"})


@functools.cache
def _table() -> dict[str, dict[str, frozenset[str]]]:
    """Kind ("N" noun, "V" verb or adjective stem) -> surface -> keys."""
    table: dict[str, dict[str, frozenset[str]]] = {"N": {}, "V": {}}
    for name in _TABLES:
        raw = resources.files("xcheck").joinpath(f"data/{name}").read_bytes()
        for line in gzip.decompress(raw).decode("utf-8").splitlines():
            surface, kind, _hanja, keys = line.split("\t")
            table[kind][surface] = table[kind].get(surface, frozenset()) | frozenset(keys.split(" "))
    return table


def glosses_ko(text: str, *, kiwi: bool = False) -> list[Gloss]:
    """Korean words found in text: (start, end, English keys), ``text[start:end]`` the Korean surface
    (the stem or noun part of the eojeol, without particles and endings), in text order, spans not
    overlapping. ``kiwi=True`` uses Kiwi's morphological analysis (kiwipiepy must be installed)."""
    if kiwi:
        return _glosses_kiwi(text)
    found: list[Gloss] = []
    for m in _EOJEOL.finditer(text):
        found.extend(_glosses_eojeol(m.group(), m.start()))
    return found


def _glosses_eojeol(word: str, offset: int) -> list[Gloss]:
    """The table words an eojeol starts with, one after another (compounds: 국방부장관)."""
    nouns, verbs = _table()["N"], _table()["V"]
    found: list[Gloss] = []
    i = 0
    while i < len(word):
        match = _match_at(word, i, nouns, verbs)
        if match is None:
            break
        end, keys = match
        found.append((offset + i, offset + end, keys))
        i = end
        if i < len(word) and word[i] in _HA_FORMS:
            break  # the rest is the ending of a 하다 verb
    return found


def _match_at(
    word: str, i: int, nouns: dict[str, frozenset[str]], verbs: dict[str, frozenset[str]]
) -> tuple[int, frozenset[str]] | None:
    """The longest table word of ``word`` at ``i``: its end and keys (a 하다 verb's keys join its
    root's)."""
    for end in range(min(len(word), i + _LONGEST), i, -1):
        root = word[i:end]
        # A single syllable is a noun only by chance: a particle (이, 은), a bound noun (것, 수) or
        # the start of a longer word (돌아왔다 is not 돌); it counts only as the root of a 하다 verb.
        keys = nouns.get(root, frozenset()) if end - i > 1 else frozenset()
        if end < len(word) and word[end] in _HA_FORMS:
            keys |= verbs.get(root + "하", frozenset())
        elif end - i > 1 and root[-1] != "하":  # 발표하고 is 발표 and 하, as 발표했다 is
            keys |= verbs.get(root, frozenset())  # a verb stem written out: 밝히고
        if keys:
            return end, keys
    return None


@functools.cache
def _kiwi() -> Any:
    """Kiwi's analyser, loaded once (about a second)."""
    try:
        from kiwipiepy import Kiwi
    except ImportError as exc:  # pragma: no cover - depends on the environment
        msg = "glosses_ko(kiwi=True) needs kiwipiepy: pip install xcheck[ko]"
        raise ImportError(msg) from exc
    return Kiwi()


def _glosses_kiwi(text: str) -> list[Gloss]:
    """Nouns and verb stems as Kiwi cuts them, looked up in the table."""
    nouns, verbs = _table()["N"], _table()["V"]
    found: list[Gloss] = []
    tokens = _kiwi().tokenize(text)
    for n, token in enumerate(tokens):
        start, end = token.start, token.start + token.len
        if found and start < found[-1][1]:
            continue
        nxt = tokens[n + 1] if n + 1 < len(tokens) else None
        keys: frozenset[str] = frozenset()
        if token.tag in _KIWI_NOUN:
            keys = nouns.get(token.form, frozenset()) if len(token.form) > 1 else frozenset()
            if nxt is not None and nxt.tag == "XSV" and nxt.form == "하":
                keys |= verbs.get(token.form + "하", frozenset())
            if not keys and token.len > 1:  # a compound Kiwi keeps whole: cut it as an eojeol
                found.extend(_glosses_eojeol(text[start:end], start))
                continue
        elif token.tag in _KIWI_VERB:
            keys = verbs.get(token.form, frozenset())
        if keys and text[start:end].strip():
            found.append((start, end, keys))
    return found
