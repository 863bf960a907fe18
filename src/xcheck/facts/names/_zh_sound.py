"""The English rendering of a Chinese person name the English reader did not take for a name
(:func:`garbled_windows`).

A native Chinese name has a deterministic English reading (周竞帆 is ``Zhou Jingfan``, in pinyin,
Wade-Giles or a Hong Kong family-name spelling). When no name of the translation renders it,
the translation may still write it garbled in words the English reader does not take for a
person's name, since they look like none it knows (``Hun La`` for 胡璐, ``Ten Jiane`` for 滕佳妮,
``Qiun Wee`` for 邱伟). Two capitalised words next to each other that are a near-miss spelling of
the name, family name first or last, are its counterpart when they are the only such words of
the sentence and render no other name of the source.

A family name is also held to its spellings: an English family name that is the spelling of
another common Chinese family name and of none of this one's readings (``Zhu`` for 周 zhou,
which the loose key of romanisations folds with it) does not render it (:func:`other_family`).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence

from xcheck._types import Span
from xcheck.facts.names._cjk_read import SourceName
from xcheck.facts.names._text import words
from xcheck.lexicon._cjk_names import CHINESE_SURNAMES, SURNAME_READINGS, SURNAME_SPELLINGS
from xcheck.lexicon._common import is_common_word
from xcheck.lexicon._names import (
    COUNTRIES,
    DOMAIN_WORDS,
    FUNCTION_WORDS,
    ORG_WORDS,
    PLACE_WORDS,
    PLACES,
    RANK_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from xcheck.text._romanize import pinyin_syllables, umlaut_spellings, wade_giles

#: A capitalised word of a name: ``Jingfon``, ``Ing-wen``, ``O'Neill``.
_WORD_RE = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]*)?")
#: Words that are no part of a person's name: titles, ranks, places and bodies (and frequent
#: function words: "Ten" may be 滕 garbled, "The" may not).
_NOT_A_NAME = (
    TITLE_HEADS,
    RANK_WORDS,
    DOMAIN_WORDS,
    TITLE_MODIFIERS,
    PLACES,
    COUNTRIES,
    ORG_WORDS,
    PLACE_WORDS,
)

#: The loose-key edit distance of a pair of words to a source name: (distance, family name ok).
Distance = Callable[[Sequence[str], SourceName], tuple[int, bool]]


def _pairs(text: str) -> list[tuple[Span, list[str]]]:
    """Every two capitalised words of ``text`` next to each other (one space between them), with
    their span."""
    found = list(_WORD_RE.finditer(text))
    out = []
    for a, b in itertools.pairwise(found):
        if text[a.end() : b.start()] == " ":
            span = Span(a.start(), b.end(), text[a.start() : b.end()])
            out.append((span, [a.group(0), b.group(0)]))
    return out


def has_name_pair(text: str) -> bool:
    """Whether ``text`` has two capitalised words next to each other that may be a person's name
    (the only place :func:`garbled_windows` looks): a cheap test before the source is tagged."""
    return any(_name_like(parts) for _, parts in _pairs(text))


def _name_like(parts: Sequence[str]) -> bool:
    """Whether two words may be a person's name: none a title, rank, function word, place or
    body, and not both frequent English words."""
    folded = [w for p in parts for w in words(p)]
    if any(w in group for w in folded for group in _NOT_A_NAME):
        return False
    if any(w in FUNCTION_WORDS and is_common_word(w) for w in folded):
        return False
    return not all(is_common_word(w.lower()) for w in parts)


def garbled_windows(
    translation: str,
    name: SourceName,
    others: Sequence[SourceName],
    blocked: Sequence[Span],
    *,
    distance: Distance,
    near_miss: int,
) -> tuple[Span, list[str]] | None:
    """The two words of ``translation`` that write the native Chinese source name ``name``
    garbled, or ``None``: a pair of capitalised words within ``near_miss`` of it (by
    ``distance``, the comparison the names of the translation get) but not equal, outside the
    ``blocked`` spans (names the translation already accounts for), rendering none of the
    ``others`` names of the source, and the only such pair of the sentence."""
    found: dict[str, tuple[Span, list[str]]] = {}
    for span, parts in _pairs(translation):
        if any(b.start < span.end and span.start < b.end for b in blocked) or not _name_like(parts):
            continue
        dist = distance(parts, name)[0]
        if not 0 < dist <= near_miss:
            continue
        if any(distance(parts, o)[0] == 0 for o in others if o.native):
            continue
        found.setdefault(span.text, (span, parts))
    return next(iter(found.values())) if len(found) == 1 else None


def _fold(spelling: str) -> str:
    """A family name's letters in lower case, without accents or separators (``Ch'en`` ->
    ``chen``)."""
    out = unicodedata.normalize("NFKD", spelling.lower())
    return "".join(ch for ch in out if ch.isascii() and ch.isalpha())


def _spellings_of(reading: str) -> set[str]:
    """The spellings of a family name read ``reading`` in pinyin: pinyin (ü as v, u or yu),
    Wade-Giles, and the Hong Kong, Taiwan and Southeast Asian spellings in use."""
    out = set(umlaut_spellings(reading)) | {wade_giles(reading)}
    return out | set(SURNAME_SPELLINGS.get(reading, frozenset()))


def _readings(chars: str) -> set[str]:
    """The pinyin readings of a family name written ``chars``: pypinyin's heteronyms and its
    reading as a family name (单 shan, dan, chan)."""
    from pypinyin import Style, pinyin

    readings = {SURNAME_READINGS[chars]} if chars in SURNAME_READINGS else set()
    if len(chars) == 1:
        readings |= {r.replace("ü", "v") for r in pinyin(chars, style=Style.NORMAL, heteronym=True)[0]}
    else:
        readings.add("".join(pinyin_syllables(chars, surname_length=len(chars))))
    return readings


@functools.lru_cache(maxsize=4096)
def _family_spellings(chars: str) -> frozenset[str]:
    """Every spelling of a Chinese family name written ``chars``, of each of its readings."""
    return frozenset(s for r in _readings(chars) for s in _spellings_of(r))


def local_family(spelling: str, chars: str) -> bool:
    """Whether an English family name spells the family name written ``chars`` neither in
    pinyin nor in Wade-Giles but in a Hong Kong or Southeast Asian way (Leung for 梁, Lee for
    李): its given name is then read in Cantonese or Hokkien (Leung Chun-ying, 梁振英 Liang
    Zhenying), which xcheck does not romanise, so it cannot be judged a near miss."""
    folded = _fold(spelling)
    readings = _readings(chars)
    standard = {s for r in readings for s in (*umlaut_spellings(r), wade_giles(r))}
    local = {s for r in readings for s in SURNAME_SPELLINGS.get(r, frozenset())}
    return folded in local and folded not in standard


@functools.cache
def _common_family_spellings() -> frozenset[str]:
    """The spellings of the common Chinese family names, each read as a family name."""
    out: set[str] = set()
    for ch in CHINESE_SURNAMES:
        for reading in pinyin_syllables(ch, surname_length=1)[:1]:
            out |= _spellings_of(reading)
    return frozenset(out)


def other_family(spelling: str, chars: str) -> bool:
    """Whether an English family name spells another common Chinese family name than the one
    written ``chars``, and none of its readings: ``Zhu`` for 周 (Zhou, Chou, Chow), not ``Chow``
    nor ``Jou`` (a spelling no family name has, which only the loose comparison judges)."""
    folded = _fold(spelling)
    return folded in _common_family_spellings() and folded not in _family_spellings(chars)
