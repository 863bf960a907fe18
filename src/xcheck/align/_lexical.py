"""Bilingual lexical evidence between texts written in different scripts (English and Chinese).

A text whose language has a gloss function (:func:`xcheck.lexicon._bilingual.glosser`: Chinese
words with the English content words CC-CEDICT gives them) and an English text (its content words
with their lemmas, :func:`xcheck.lexicon._bilingual.english_keys`) are both read as *units*: one
word each, with a set of English keys and a weight. A unit of one text is *met* by the other
when one of its keys is among the other's keys. Between a sentence and a statement in different
scripts the aligner adds, to the anchors they share,

- on the sentence's side, the weight of the sentence's units the statement meets (``P``),
- on the statement's side, the weight of the statement's units the sentence meets (``R``),

and divides each by its own side's total (anchors plus units), the same P/R form as the rest of
:mod:`xcheck.align._index`. A unit weighs the inverse document frequency of its word among the
texts of its own language (``log(1 + n / df)``), so 说 or "said" met in every pair counts little.
English words no gloss could ever name (names, most numbers) are no units: they are not
counted against ``P``.

:class:`Lexicon` assigns key ids and fills every profile's units; :class:`CrossIndex` holds, for a
set of statements, postings from key ids to the statements and units that carry them, so a
sentence's lexical overlap with many statements costs one pass over the postings of its keys.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

from xcheck.lexicon._bilingual import (
    ROMANISERS,
    Gloss,
    english_keys,
    glossable,
    glosser,
    romanised_en,
    with_stems,
)
from xcheck.lexicon._derivations import relatives
from xcheck.lexicon._lemmas import lemmas

if TYPE_CHECKING:
    import numpy as np

    from xcheck.align._index import Profile
else:  # numpy loads on first use, not with import xcheck
    from xcheck._lazynumpy import np

__all__ = [
    "BRIDGE",
    "LEXICAL_WEIGHT",
    "NAME",
    "CrossIndex",
    "Lexicon",
    "bridged",
    "can_gloss",
    "lexical_shared",
    "met_units",
]

IntArray: TypeAlias = "np.ndarray[Any, np.dtype[np.int64]]"
FloatArray: TypeAlias = "np.ndarray[Any, np.dtype[np.float64]]"


@functools.cache
def _empty() -> IntArray:
    """The empty id array, one for the process (made on first use: numpy loads lazily)."""
    return np.zeros(0, dtype=np.int64)


#: Prefix of a retrieval key that names an English gloss key (``x:troop``).
BRIDGE = "x:"
#: Prefix of a key that is a romanised name (``py:kunbao``), apart from the English gloss keys.
NAME = "py:"
#: Weight of a unit relative to its inverse document frequency (anchors weigh ``anchor_weight``).
LEXICAL_WEIGHT = 1.0


#: A sentence and a statement in different scripts are no candidates when the weighted share of
#: either that the other meets is below this (a long sentence meets a word or two of most short
#: statements). On 1,000 Korean-English news lines (with the Korean glosses) link precision rises
#: from 71% to 77% and the share of sentences linked right from 63% to 64%; zh-en is unchanged.
CROSS_MIN_SHARE = 0.1
#: Gale-Church length model of a language against English: characters of the language per English
#: character (``c``) and the variance of ``(l_other - c * l_en) / sqrt(l_en)`` (``s2``), fitted on
#: line-aligned news (WMT21 zh-en, 1,948 lines: c 0.248, s2 0.57; the Korean-English news of
#: ``koen_news``, 1,000 noisy lines: c 0.495, s2 3.4).
LENGTH_MODEL: dict[str, tuple[float, float]] = {"zh": (0.248, 0.57), "ko": (0.495, 3.4)}
#: A pair whose lengths the model finds implausible loses up to this share of its score.
LENGTH_WEIGHT = 0.3


def length_fit(s: Profile, lengths: FloatArray, languages: Sequence[str]) -> FloatArray:
    """Per text (its length and language), ``exp(-delta^2 / 2)`` with Gale and Church's ``delta``
    of ``s`` against it (1 for lengths in the ratio of :data:`LENGTH_MODEL`), for an English text
    against a language of the model; NaN for any other pair."""
    size = len(lengths)
    if s.language == "en":
        model = [LENGTH_MODEL.get(lang, (math.nan, 1.0)) for lang in languages]
        c = np.array([m[0] for m in model])
        s2 = np.array([m[1] for m in model])
        en, other = np.full(size, float(s.length)), lengths
    elif s.language in LENGTH_MODEL:
        c_one, s2_one = LENGTH_MODEL[s.language]
        c = np.where(np.array([lang == "en" for lang in languages], dtype=bool), c_one, math.nan)
        s2 = np.full(size, s2_one)
        en, other = lengths, np.full(size, float(s.length))
    else:
        return np.full(size, math.nan)
    ok = ~np.isnan(c) & (en > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = (other - c * en) / np.sqrt(en * s2)
        fit = np.exp(-delta * delta / 2.0)
    return np.asarray(np.where(ok, fit, math.nan), dtype=np.float64)


def length_factors(s: Profile, lengths: FloatArray, languages: Sequence[str]) -> FloatArray:
    """Per statement (its length and language), the length prior of ``s`` against it:
    ``1 - LENGTH_WEIGHT * (1 - fit)`` with :func:`length_fit`; 1 for a pair the model does not
    cover."""
    fit = length_fit(s, lengths, languages)
    return np.asarray(np.where(np.isnan(fit), 1.0, 1.0 - LENGTH_WEIGHT * (1.0 - fit)), dtype=np.float64)


@functools.lru_cache(maxsize=65536)
def _expand(key: str) -> frozenset[str]:
    """A gloss key, its lemmas ("troops" also meets "troop"), their derivational relatives
    ("explode" meets "explosion", "injury" meets "injured": :mod:`xcheck.lexicon._derivations`)
    and the stems of all of them."""
    found = lemmas(key)
    return with_stems(found.union(*(relatives(k) for k in found)))


def _gloss_fn(lang: str) -> Callable[[str], list[Gloss]] | None:
    if lang == "en":
        return english_keys
    return glosser(lang)


def can_gloss(lang: str, other: str) -> bool:
    """Whether texts in ``lang`` and ``other`` meet by bilingual glosses (one is English, the other
    has a gloss function)."""
    return (lang == "en" and glosser(other) is not None) or (other == "en" and glosser(lang) is not None)


def bridged(languages: Sequence[str], scripts: Sequence[str]) -> bool:
    """Whether some English text and some text with a gloss function in another script meet."""
    pairs = set(zip(languages, scripts, strict=True))
    has_en = any(lang == "en" for lang, _ in pairs)
    others = {script for lang, script in pairs if lang != "en" and glosser(lang) is not None}
    en_scripts = {script for lang, script in pairs if lang == "en"}
    return has_en and bool(others - en_scripts)


class Lexicon:
    """Key ids and unit weights over all the texts of one alignment."""

    def __init__(self, texts: Sequence[tuple[str, str]], profiles: Sequence[Profile]) -> None:
        self.key_id: dict[str, int] = {}
        vocab = glossable()
        units_of: list[list[tuple[str, frozenset[str]]]] = []
        glossed_of: list[list[Gloss]] = []
        for text, lang in texts:
            read = _gloss_fn(lang)
            found: list[tuple[str, frozenset[str]]] = []
            glossed_of.append(read(text) if read is not None else [])
            if read is not None:
                for start, end, keys in glossed_of[-1]:
                    if lang == "en":
                        if not keys & vocab:
                            continue
                        found.append((min(keys), keys))
                    else:
                        found.append((text[start:end], frozenset().union(*(_expand(k) for k in keys))))
            units_of.append(found)
        _add_names(texts, units_of, glossed_of)
        df: Counter[tuple[str, str]] = Counter()
        n_lang: Counter[str] = Counter()
        for (_, lang), found in zip(texts, units_of, strict=True):
            n_lang[lang] += 1
            df.update((lang, word) for word in {word for word, _ in found})
        for (_, lang), found, p in zip(texts, units_of, profiles, strict=True):
            self._fill(
                p, found, [LEXICAL_WEIGHT * math.log1p(n_lang[lang] / df[(lang, w)]) for w, _ in found]
            )

    def _fill(self, p: Profile, found: list[tuple[str, frozenset[str]]], weight: list[float]) -> None:
        ids = self.key_id
        flat: list[int] = []
        owner: list[int] = []
        for u, (_, keys) in enumerate(found):
            for key in keys:
                flat.append(ids.setdefault(key, len(ids)))
                owner.append(u)
        p.lex_keys = np.array(flat, dtype=np.int64)
        p.lex_units = np.array(owner, dtype=np.int64)
        p.lex_weight = np.array(weight, dtype=np.float64)
        p.lex_set = np.unique(p.lex_keys)
        p.lex_total = float(p.lex_weight.sum())
        p.keys = p.keys | {BRIDGE + key for _, keys in found for key in keys}


def _add_names(
    texts: Sequence[tuple[str, str]],
    units_of: list[list[tuple[str, frozenset[str]]]],
    glossed_of: Sequence[Sequence[Gloss]],
) -> None:
    """Romanised names as units: an English capitalised word (or two joined) and a run of two or
    three characters of another script spelled the same (傅昆宝 ... ``Kunbao``). A run becomes a
    unit only when some English text of the alignment writes its spelling, so the thousands of
    character runs of a text that are no name weigh nothing. ``glossed_of``: each text's glosses,
    read once by the caller (the romaniser of Korean skips the words they start)."""
    english: list[list[tuple[str, frozenset[str]]]] = [[] for _ in texts]
    spelled: set[str] = set()
    for n, (text, lang) in enumerate(texts):
        if lang == "en":
            for _, _, keys in romanised_en(text):
                english[n].append((NAME + min(keys), frozenset(NAME + k for k in keys)))
                spelled.update(keys)
    if not spelled:
        return
    for n, (text, lang) in enumerate(texts):
        romanise = ROMANISERS.get(lang)
        if lang == "en":
            units_of[n].extend(english[n])
        elif romanise is not None:
            for start, end, keys in romanise(text, glossed=glossed_of[n]):
                if keys & spelled:
                    units_of[n].append((NAME + text[start:end], frozenset(NAME + k for k in keys & spelled)))


def _met(units: IntArray, keys: IntArray, weight: FloatArray, other: IntArray) -> float:
    """The total weight of the units with a key among ``other`` (sorted unique ids)."""
    if not len(keys) or not len(other):
        return 0.0
    hit = np.isin(keys, other, assume_unique=False)
    return float(weight[np.unique(units[hit])].sum()) if hit.any() else 0.0


def lexical_shared(s: Profile, t: Profile) -> tuple[float, float]:
    """``(weight of s's units t meets, weight of t's units s meets)``."""
    return (
        _met(s.lex_units, s.lex_keys, s.lex_weight, t.lex_set),
        _met(t.lex_units, t.lex_keys, t.lex_weight, s.lex_set),
    )


def met_units(s: Profile, t: Profile) -> tuple[int, int]:
    """``(number of s's units t meets, number of t's units s meets)``."""
    mine = np.unique(s.lex_units[np.isin(s.lex_keys, t.lex_set)]) if len(s.lex_keys) else _empty()
    theirs = np.unique(t.lex_units[np.isin(t.lex_keys, s.lex_set)]) if len(t.lex_keys) else _empty()
    return len(mine), len(theirs)


def _csr(keys: IntArray, values: IntArray, vocab: int) -> tuple[IntArray, IntArray]:
    order = np.argsort(keys, kind="stable")
    counts = np.bincount(keys, minlength=vocab)
    return values[order], np.concatenate(([0], np.cumsum(counts))).astype(np.int64)


def _expand_postings(ids: IntArray, flat: IntArray, offsets: IntArray) -> tuple[IntArray, IntArray]:
    """For each id, its postings: ``(position in ids, posting)`` pairs."""
    starts = offsets[ids]
    lens = offsets[ids + 1] - starts
    total = int(lens.sum())
    if total == 0:
        return _empty(), _empty()
    before = np.cumsum(lens) - lens
    idx = np.repeat(starts - before, lens) + np.arange(total, dtype=np.int64)
    return np.repeat(np.arange(len(ids), dtype=np.int64), lens), flat[idx]


class CrossIndex:
    """Postings over a set of statements: key id -> statements with the key, key id -> their units."""

    def __init__(self, targets: Sequence[Profile], vocab: int) -> None:
        self.size = m = len(targets)
        self.vocab = vocab
        sets = [p.lex_set for p in targets]
        owners = np.repeat(np.arange(m, dtype=np.int64), [len(s) for s in sets])
        flat = np.concatenate(sets) if m else _empty()
        self.t_flat, self.t_off = _csr(flat, owners, vocab)
        unit_counts = [len(p.lex_weight) for p in targets]
        unit_base = np.concatenate(([0], np.cumsum(unit_counts))).astype(np.int64)
        self.unit_owner = np.repeat(np.arange(m, dtype=np.int64), unit_counts)
        self.unit_weight = np.concatenate([p.lex_weight for p in targets]) if m else np.zeros(0)
        keys = np.concatenate([p.lex_keys for p in targets]) if m else _empty()
        units = np.concatenate([p.lex_units + unit_base[j] for j, p in enumerate(targets)]) if m else _empty()
        self.u_flat, self.u_off = _csr(keys, units, vocab)

    def shared(self, s: Profile) -> tuple[FloatArray, FloatArray]:
        """For every statement: (weight of s's units it meets, weight of its units s meets)."""
        m = self.size
        p_side: FloatArray = np.zeros(m)
        r_side: FloatArray = np.zeros(m)
        if not len(s.lex_keys) or m == 0:
            return p_side, r_side
        rows, targets = _expand_postings(s.lex_keys, self.t_flat, self.t_off)
        if len(targets):
            pairs = np.unique(s.lex_units[rows] * m + targets)
            units, owners = np.divmod(pairs, m)
            p_side = np.bincount(owners, weights=s.lex_weight[units], minlength=m).astype(np.float64)
        _, hit_units = _expand_postings(s.lex_set, self.u_flat, self.u_off)
        if len(hit_units):
            hit_units = np.unique(hit_units)
            r_side = np.bincount(
                self.unit_owner[hit_units], weights=self.unit_weight[hit_units], minlength=m
            ).astype(np.float64)
        return p_side, r_side
