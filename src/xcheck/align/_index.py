"""Profiles, weights, pair scores and candidate retrieval for the aligner.

Every text (translated sentence or reference statement) becomes a :class:`Profile`: its
character 4-grams, its anchors and its retrieval keys. Features are weighted by inverse document
frequency over all the texts being aligned, so rare words, names and figures count more than
"the " or "tion"; anchors get an extra ``anchor_weight`` factor.

Pair score (claims mode). With ``I`` the weighted features two texts share, ``P = I / sentence``
and ``R = I / statement``::

    score = (F1(P, R) + max(P, R)) / 2

``max`` keeps a sentence that renders two statements (``R`` high for each, ``P`` about half) or a
statement spread over two sentences (``P`` high, ``R`` about half) linkable; ``F1`` keeps a long
sentence from matching every short statement that shares a few of its words. When the two texts
are written in different scripts (:func:`script_of`) anchors and bilingual glosses are compared
(:mod:`xcheck.align._lexical`), not letters.

Retrieval: an inverted index from retrieval keys and anchors to statements (or sentences), see
:class:`Index`.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

from xcheck.align._anchors import GRAM, NEAR, Reading, features, normalise
from xcheck.align._lexical import (
    BRIDGE,
    CROSS_MIN_SHARE,
    CrossIndex,
    Lexicon,
    bridged,
    length_factors,
    lexical_shared,
)

__all__ = [
    "DEFAULT_MAX_DF",
    "NEAR_WEIGHT",
    "Block",
    "Profile",
    "Weights",
    "build_profiles",
    "retrieve",
    "score_pairs",
]


if TYPE_CHECKING:
    import numpy as np
else:  # numpy loads on first use, not with import xcheck
    from xcheck._lazynumpy import np

IntArray: TypeAlias = "np.ndarray[Any, np.dtype[np.int64]]"
FloatArray: TypeAlias = "np.ndarray[Any, np.dtype[np.float64]]"


@functools.cache
def _empty() -> IntArray:
    """The empty id array, one for the process (made on first use: numpy loads lazily)."""
    return np.zeros(0, dtype=np.int64)


@functools.cache
def _no_weight() -> FloatArray:
    """The empty weight array, one for the process."""
    return np.zeros(0, dtype=np.float64)


def gram_codes(text: str) -> np.ndarray[Any, np.dtype[np.uint64]]:
    """The character 4-grams of the normalised text, each packed in one 64-bit code (in text
    order, repeats kept: :class:`Weights` dedupes all texts at once).

    The four code points take 16 bits each (code points beyond the Basic Multilingual Plane are
    folded into it, which can only make two rare grams share a code).
    """
    return gram_codes_many([text])[0].view(np.uint64)


class Profile:
    """The features of one text: gram ids, anchors, retrieval keys, and their weighted totals.

    ``lang`` holds the text's script (:func:`script_of`): texts in different scripts are compared
    by anchors and bilingual glosses (the ``lex_`` fields, :mod:`xcheck.align._lexical`);
    ``language`` is the language code itself.

    ``grams`` holds dense ids (into :attr:`Weights.gram_weight`) of the text's distinct 4-grams,
    sorted; before :class:`Weights` has seen the profile it holds the raw 64-bit gram codes.
    """

    __slots__ = (
        "anchor_ids",
        "anchor_total",
        "anchors",
        "cross_total",
        "grams",
        "key_ids",
        "keys",
        "lang",
        "language",
        "length",
        "lex_keys",
        "lex_set",
        "lex_total",
        "lex_units",
        "lex_weight",
        "total",
    )

    def __init__(self, grams: IntArray, anchor_set: frozenset[str], keys: frozenset[str], lang: str) -> None:
        self.grams = grams
        self.anchors = anchor_set
        self.keys = keys
        self.lang = lang
        self.total = 0.0
        self.anchor_total = 0.0
        self.cross_total = 0.0
        self.anchor_ids: IntArray = _empty()
        self.key_ids: IntArray = _empty()
        self.length = 0
        self.language = lang
        # bilingual units (see xcheck.align._lexical): flat key ids, the unit of each, unit weights
        self.lex_keys: IntArray = _empty()
        self.lex_units: IntArray = _empty()
        self.lex_weight: FloatArray = _no_weight()
        self.lex_set: IntArray = _empty()
        self.lex_total = 0.0

    @classmethod
    def merged(cls, profiles: Iterable[Profile], weights: Weights) -> Profile:
        """Return the profile of several texts read as one (used for 1-2 and 2-1 groups)."""
        items = list(profiles)
        grams = (
            items[0].grams if len(items) == 1 else _sorted_unique(np.concatenate([p.grams for p in items]))
        )
        anchor_set = frozenset().union(*(p.anchors for p in items))
        keys = frozenset().union(*(p.keys for p in items))
        merged = cls(grams, anchor_set, keys, items[0].lang if items else "en")
        merged.anchor_ids = _sorted_unique(np.concatenate([p.anchor_ids for p in items]))
        merged.key_ids = _sorted_unique(np.concatenate([p.key_ids for p in items]))
        merged.length = sum(p.length for p in items)
        merged.language = items[0].language if items else "en"
        if any(len(p.lex_weight) for p in items):
            bases = np.cumsum([0] + [len(p.lex_weight) for p in items])
            merged.lex_keys = np.concatenate([p.lex_keys for p in items])
            merged.lex_units = np.concatenate([p.lex_units + b for p, b in zip(items, bases, strict=False)])
            merged.lex_weight = np.concatenate([p.lex_weight for p in items])
            merged.lex_set = np.unique(merged.lex_keys)
            merged.lex_total = float(merged.lex_weight.sum())
        weights.fill(merged)
        return merged


def _split_ids(profiles: Sequence[Profile], field: str, ids: dict[str, int]) -> list[IntArray]:
    """Map each profile's features (``anchors`` or ``keys``) to ids, in one pass over all."""
    groups = [getattr(p, field) for p in profiles]
    flat = np.fromiter((ids[x] for group in groups for x in group), dtype=np.int64)
    bounds = np.cumsum([len(group) for group in groups])[:-1]
    return list(np.split(flat, bounds)) if len(groups) else []


def _sorted_unique(values: IntArray) -> IntArray:
    """``np.unique`` for int64 arrays through a plain sort (numpy's own is ~50x slower here)."""
    ranked = np.sort(values)
    if len(ranked) == 0:
        return ranked
    keep = np.empty(len(ranked), dtype=bool)
    keep[0] = True
    np.not_equal(ranked[1:], ranked[:-1], out=keep[1:])
    return ranked[keep]


class Weights:
    """Inverse document frequencies over a collection of profiles.

    A feature seen in ``df`` of the ``n`` texts weighs ``log(1 + n / df)``; anchors weigh
    ``anchor_weight`` times that. Gram weights live in one numpy array indexed by dense gram
    ids, so a pair's shared weight is a vectorised sum (see :func:`score_pairs`).
    """

    def __init__(self, profiles: Sequence[Profile], *, anchor_weight: float) -> None:
        n = len(profiles)
        self.n = n
        self.anchor_weight = anchor_weight
        self.default = math.log(1.0 + n)
        lengths = np.array([len(p.grams) for p in profiles], dtype=np.int64)
        if profiles and lengths.sum():
            # Two sorts over all grams of all texts, instead of one small sort per text: gram ids
            # (dense, sorted by code), then (text, gram id) pairs without repeats.
            codes = np.concatenate([p.grams for p in profiles])
            order = np.argsort(codes)
            ranked = codes[order]
            new = np.empty(len(ranked), dtype=bool)
            new[0] = True
            np.not_equal(ranked[1:], ranked[:-1], out=new[1:])
            inverse = np.empty(len(codes), dtype=np.int64)
            inverse[order] = np.cumsum(new) - 1
            size = int(new.sum())
            owner = np.repeat(np.arange(n, dtype=np.int64), lengths)
            pairs = _sorted_unique(owner * size + inverse)
            texts, ids = np.divmod(pairs, size)
            gram_df = np.bincount(ids, minlength=size)
            self.gram_weight: FloatArray = np.log1p(n / np.maximum(gram_df, 1))
            bounds = np.searchsorted(texts, np.arange(n + 1))
            for t, p in enumerate(profiles):
                p.grams = ids[bounds[t] : bounds[t + 1]]
            gram_totals: FloatArray = np.bincount(texts, weights=self.gram_weight[ids], minlength=n).astype(
                np.float64
            )
        else:
            self.gram_weight = np.zeros(0)
            gram_totals = np.zeros(n)
        self.mark = np.zeros(len(self.gram_weight), dtype=bool)
        df = Counter(itertools.chain.from_iterable(p.anchors for p in profiles))
        self.idf: dict[str, float] = {a: math.log(1.0 + n / c) for a, c in df.items()}
        self.anchor_id = {a: i for i, a in enumerate(sorted(df))}
        self.anchor_weights: FloatArray = np.array(
            [anchor_weight * self.idf[a] * _factor(a) for a in sorted(df)], dtype=np.float64
        )
        self.anchor_mark = np.zeros(len(self.anchor_id), dtype=bool)
        # Across scripts, name anchors (capitalised Latin words) can never be shared: they are
        # left out of the anchor totals that anchors-only comparisons divide by.
        self.cross_weights: FloatArray = np.where(
            np.array([a.startswith("name:") for a in sorted(df)], dtype=bool), 0.0, self.anchor_weights
        )
        all_keys = sorted(set(itertools.chain.from_iterable(p.keys for p in profiles)))
        self.key_id = {key: i for i, key in enumerate(all_keys)}
        self.key_is_anchor = np.array([_is_anchor(key) for key in all_keys], dtype=bool)
        # bilingual units (set by build_profiles when there are any): how many key ids they use,
        # and which retrieval keys are gloss keys (``x:``)
        self.lex_vocab = 0
        self.key_is_bridge = np.zeros(0, dtype=bool)
        self.key_factor: FloatArray = np.array([_factor(key) for key in all_keys], dtype=np.float64)
        # Ids for every profile's anchors and keys through one lookup over all of them (the ids of
        # one profile come in no particular order; every consumer treats them as a set).
        anchor_ids = _split_ids(profiles, "anchors", self.anchor_id)
        key_ids = _split_ids(profiles, "keys", self.key_id)
        anchor_totals = [float(self.anchor_weights[a].sum()) if len(a) else 0.0 for a in anchor_ids]
        cross_totals = [float(self.cross_weights[a].sum()) if len(a) else 0.0 for a in anchor_ids]
        for p, a, k, g_total, a_total, c_total in zip(
            profiles, anchor_ids, key_ids, gram_totals.tolist(), anchor_totals, cross_totals, strict=True
        ):
            p.anchor_ids, p.key_ids = a, k
            p.anchor_total = a_total
            p.cross_total = c_total
            p.total = g_total + a_total

    def anchor(self, a: str) -> float:
        """Weight of one anchor."""
        return self.anchor_weight * self.idf.get(a, self.default) * _factor(a)

    def grams_weight(self, grams: IntArray) -> float:
        """Total weight of some gram ids."""
        return float(self.gram_weight[grams].sum()) if len(grams) else 0.0

    def fill(self, p: Profile) -> None:
        """Set the weighted totals of ``p``."""
        p.anchor_total = float(self.anchor_weights[p.anchor_ids].sum()) if len(p.anchor_ids) else 0.0
        p.cross_total = float(self.cross_weights[p.anchor_ids].sum()) if len(p.anchor_ids) else 0.0
        p.total = self.grams_weight(p.grams) + p.anchor_total


def gram_codes_many(texts: Sequence[str]) -> list[IntArray]:
    """:func:`gram_codes` of many texts in one vectorised pass over their concatenation."""
    norms = []
    for text in texts:
        norm = normalise(text)
        norms.append("" if not norm.strip() else norm.ljust(GRAM))
    joined = "".join(norms)
    if len(joined) < GRAM:
        return [np.zeros(0, dtype=np.int64) for _ in texts]
    c = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64) & np.uint64(0xFFFF)
    codes = (
        (c[:-3] << np.uint64(48)) | (c[1:-2] << np.uint64(32)) | (c[2:-1] << np.uint64(16)) | c[3:]
    ).view(np.int64)
    out: list[IntArray] = []
    start = 0
    for norm in norms:
        end = start + len(norm)
        out.append(codes[start : end - GRAM + 1] if norm else codes[0:0])
        start = end
    return out


_SCRIPTS = {
    "zh": "cjk",
    "ja": "cjk",
    "ko": "cjk",
    "ru": "cyrillic",
    "uk": "cyrillic",
    "bg": "cyrillic",
    "sr": "cyrillic",
    "mk": "cyrillic",
    "be": "cyrillic",
    "kk": "cyrillic",
    "mn": "cyrillic",
    "ar": "arabic",
    "fa": "arabic",
    "ur": "arabic",
    "he": "hebrew",
    "yi": "hebrew",
    "el": "greek",
    "th": "thai",
    "hi": "devanagari",
    "mr": "devanagari",
    "ne": "devanagari",
    "ka": "georgian",
    "hy": "armenian",
}


def script_of(lang: str) -> str:
    """The script a language is written in; texts in one script share surface features.

    English and German share names, figures and cognates letter for letter, so their character
    n-grams are compared; English and Korean share none, so only anchors are.
    """
    return _SCRIPTS.get(lang.split("-")[0].casefold(), "latin")


def build_profiles(
    texts: Sequence[tuple[str, str]], readings: Sequence[Reading], *, anchor_weight: float
) -> tuple[list[Profile], Weights]:
    """Profile ``(text, lang)`` pairs, each read as its reading, and weight them against each other."""
    codes = gram_codes_many([text for text, _ in texts])
    profiles = []
    for (text, lang), reading, grams in zip(texts, readings, codes, strict=True):
        anchor_set, keys = features(text, reading)
        profile = Profile(grams, anchor_set, keys, script_of(lang))
        profile.length = len(text)
        profile.language = lang
        profiles.append(profile)
    lexicon = None
    if bridged([lang for _, lang in texts], [p.lang for p in profiles]):
        lexicon = Lexicon(texts, profiles)
    weights = Weights(profiles, anchor_weight=anchor_weight)
    if lexicon is not None:
        weights.lex_vocab = len(lexicon.key_id)
        weights.key_is_bridge = np.array([key.startswith(BRIDGE) for key in weights.key_id], dtype=bool)
    return profiles, weights


def shared_weight(a: Profile, b: Profile, weights: Weights, *, anchors_only: bool) -> float:
    """Weighted size of what ``a`` and ``b`` share."""
    common = np.intersect1d(a.anchor_ids, b.anchor_ids, assume_unique=True)
    weight = weights.cross_weights if anchors_only else weights.anchor_weights
    shared = float(weight[common].sum()) if len(common) else 0.0
    if not anchors_only and len(a.grams) and len(b.grams):
        both = np.intersect1d(a.grams, b.grams, assume_unique=True)
        shared += weights.grams_weight(both)
    return shared


def _ratios(s: Profile, t: Profile, shared: float, anchors_only: bool) -> tuple[float, float]:
    if anchors_only:
        lex_s, lex_t = lexical_shared(s, t)
        s_total, t_total = s.cross_total + s.lex_total, t.cross_total + t.lex_total
        s_shared, t_shared = shared + lex_s, shared + lex_t
        if len(s.lex_weight) and len(t.lex_weight):
            prior = float(length_factors(s, np.array([float(t.length)]), [t.language])[0])
            s_shared, t_shared = s_shared * prior, t_shared * prior
    else:
        s_total, t_total = s.total, t.total
        s_shared = t_shared = shared
    if s_shared <= 0.0 or t_shared <= 0.0 or s_total <= 0.0 or t_total <= 0.0:
        return 0.0, 0.0
    return min(1.0, s_shared / s_total), min(1.0, t_shared / t_total)


def precision_recall(sentence: Profile, statement: Profile, weights: Weights) -> tuple[float, float, bool]:
    """Return ``(P, R, cross)`` of a sentence against a statement; ``cross``: in different scripts,
    compared by anchors and bilingual glosses (:mod:`xcheck.align._lexical`), not by letters."""
    anchors_only = sentence.lang != statement.lang
    shared = shared_weight(sentence, statement, weights, anchors_only=anchors_only)
    p, r = _ratios(sentence, statement, shared, anchors_only)
    return p, r, anchors_only


def score_pairs(
    sentences: Sequence[Profile],
    statements: Sequence[Profile],
    weights: Weights,
    pairs: Iterable[tuple[int, int]],
) -> dict[int, tuple[IntArray, FloatArray, FloatArray]]:
    """``(statement positions, P, R)`` per sentence for many pairs, vectorised per sentence.

    The sentence's grams (and anchors) are marked in a boolean array over the vocabulary; the
    candidates' grams are looked up in it at once and their weights summed per candidate with
    ``bincount``. Candidates in another script share anchors and bilingual glosses (see
    :class:`xcheck.align._lexical.CrossIndex`): ``P`` counts the sentence's glossed words the
    statement meets, ``R`` the statement's words the sentence meets.
    """
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for i, j in pairs:
        by_sentence[i].append(j)
    t_total = np.array([t.total for t in statements])
    t_anchor_total = np.array([t.cross_total + t.lex_total for t in statements])
    lexical = CrossIndex(statements, weights.lex_vocab) if weights.lex_vocab else None
    t_length = np.array([float(t.length) for t in statements])
    langs = sorted({p.lang for p in (*sentences, *statements)})
    lang_code = {lang: c for c, lang in enumerate(langs)}
    t_lang = np.array([lang_code[t.lang] for t in statements], dtype=np.int64)
    out: dict[int, tuple[IntArray, FloatArray, FloatArray]] = {}
    for i, js_list in by_sentence.items():
        s = sentences[i]
        js = np.array(sorted(js_list), dtype=np.int64)
        same = t_lang[js] == lang_code[s.lang]
        theirs = [statements[j].anchor_ids for j in js]
        shared = _shared(s.anchor_ids, theirs, weights.anchor_mark, weights.anchor_weights)
        t_shared = shared
        if not same.all():  # across scripts names count neither in the totals nor in what is shared
            cross = _shared(s.anchor_ids, theirs, weights.anchor_mark, weights.cross_weights)
            shared = t_shared = np.where(same, shared, cross)
            if lexical is not None and len(s.lex_keys):
                lex_p, lex_r = lexical.shared(s)
                prior = length_factors(s, t_length[js], [statements[j].language for j in js.tolist()])
                shared = (shared + np.where(same, 0.0, lex_p[js])) * np.where(same, 1.0, prior)
                t_shared = (t_shared + np.where(same, 0.0, lex_r[js])) * np.where(same, 1.0, prior)
        if same.any() and len(s.grams):
            grams = [statements[j].grams if ok else _empty() for j, ok in zip(js, same, strict=True)]
            gram_shared = _shared(s.grams, grams, weights.mark, weights.gram_weight)
            shared = shared + gram_shared
            t_shared = t_shared + gram_shared
        s_tot = np.where(same, s.total, s.cross_total + s.lex_total)
        t_tot = np.where(same, t_total[js], t_anchor_total[js])
        ok = (shared > 0) & (t_shared > 0) & (s_tot > 0) & (t_tot > 0)
        with np.errstate(divide="ignore", invalid="ignore"):
            p = np.where(ok, np.minimum(1.0, shared / s_tot), 0.0)
            r = np.where(ok, np.minimum(1.0, t_shared / t_tot), 0.0)
        if lexical is not None and not same.all():
            # across scripts, a pair that explains almost none of one side is no candidate: a long
            # sentence meets a few words of most short statements (see CROSS_MIN_SHARE)
            weak = ~same & (np.minimum(p, r) < CROSS_MIN_SHARE)
            p = np.where(weak, 0.0, p)
            r = np.where(weak, 0.0, r)
        out[i] = (js, p, r)
    return out


class Block:
    """Many profiles laid out flat (CSR), so any contiguous run of them is a slice, not a copy.

    Used by parallel mode, which compares each sentence with the statements of a window.
    """

    def __init__(self, profiles: Sequence[Profile]) -> None:
        self.grams, self.gram_offsets, self.gram_owner = _csr([p.grams for p in profiles])
        self.anchors, self.anchor_offsets, self.anchor_owner = _csr([p.anchor_ids for p in profiles])
        self.total = np.array([p.total for p in profiles], dtype=np.float64)
        self.anchor_total = np.array([p.cross_total + p.lex_total for p in profiles], dtype=np.float64)
        self.profiles = list(profiles)
        self.lexical: CrossIndex | None = None  # postings of their bilingual units, built on first use
        self.script = [p.lang for p in profiles]
        self.language = [p.language for p in profiles]
        self.length = np.array([p.length for p in profiles], dtype=np.float64)

    def similarity(
        self, x: Profile, start: int, stop: int, weights: Weights
    ) -> tuple[FloatArray, FloatArray]:
        """``(P, R)`` of ``x`` against profiles ``start`` to ``stop - 1``."""
        size = stop - start
        if size <= 0:
            return np.zeros(0), np.zeros(0)
        same = np.array([script == x.lang for script in self.script[start:stop]], dtype=bool)
        anchor_hits = _shared_slice(
            x.anchor_ids,
            self.anchors,
            self.anchor_offsets,
            self.anchor_owner,
            start,
            stop,
            weights.anchor_mark,
        )
        shared = shared_weighted(anchor_hits, weights.anchor_weights, size)
        if not same.all():
            shared = np.where(same, shared, shared_weighted(anchor_hits, weights.cross_weights, size))
        if same.any() and len(x.grams):
            hits = _shared_slice(
                x.grams, self.grams, self.gram_offsets, self.gram_owner, start, stop, weights.mark
            )
            grams = shared_weighted(hits, weights.gram_weight, size)
            shared = shared + np.where(same, grams, 0.0)
        t_shared = shared
        if len(x.lex_weight) and weights.lex_vocab and not same.all():
            if self.lexical is None:
                self.lexical = CrossIndex(self.profiles, weights.lex_vocab)
            lex_p, lex_r = self.lexical.shared(x)
            shared = shared + np.where(same, 0.0, lex_p[start:stop])
            t_shared = t_shared + np.where(same, 0.0, lex_r[start:stop])
        x_tot = np.where(same, x.total, x.cross_total + x.lex_total)
        t_tot = np.where(same, self.total[start:stop], self.anchor_total[start:stop])
        ok = (shared > 0) & (t_shared > 0) & (x_tot > 0) & (t_tot > 0)
        with np.errstate(divide="ignore", invalid="ignore"):
            p = np.where(ok, np.minimum(1.0, shared / x_tot), 0.0)
            r = np.where(ok, np.minimum(1.0, t_shared / t_tot), 0.0)
        return p, r


def _csr(arrays: Sequence[IntArray]) -> tuple[IntArray, IntArray, IntArray]:
    lengths = np.array([len(a) for a in arrays], dtype=np.int64)
    flat = np.concatenate(arrays) if arrays and lengths.sum() else _empty()
    offsets = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
    owner = np.repeat(np.arange(len(arrays), dtype=np.int64), lengths)
    return flat.astype(np.int64), offsets, owner


def _shared_slice(
    mine: IntArray, flat: IntArray, offsets: IntArray, owner: IntArray, start: int, stop: int, mark: Any
) -> tuple[IntArray, IntArray]:
    """The (ids, local owner) of the ids of profiles ``start..stop-1`` that ``mine`` also has."""
    lo, hi = int(offsets[start]), int(offsets[stop])
    cand = flat[lo:hi]
    if not len(mine) or not len(cand):
        return _empty(), _empty()
    mark[mine] = True
    hit = mark[cand]
    mark[mine] = False
    return cand[hit], owner[lo:hi][hit] - start


def shared_weighted(hits: tuple[IntArray, IntArray], weight: FloatArray, size: int) -> FloatArray:
    """Sum the weights of shared ids per local owner."""
    ids, owners = hits
    if not len(ids):
        return np.zeros(size)
    return np.asarray(np.bincount(owners, weights=weight[ids], minlength=size), dtype=np.float64)


def _shared(mine: IntArray, theirs: Sequence[IntArray], mark: Any, weight: FloatArray) -> FloatArray:
    """Per candidate, the total weight of the ids it shares with ``mine``."""
    lengths = [len(a) for a in theirs]
    if not len(mine) or not sum(lengths):
        return np.zeros(len(theirs))
    cand = np.concatenate(theirs)
    labels = np.repeat(np.arange(len(theirs)), lengths)
    mark[mine] = True
    hit = mark[cand]
    mark[mine] = False
    return np.asarray(
        np.bincount(labels[hit], weights=weight[cand[hit]], minlength=len(theirs)), dtype=np.float64
    )


def combine_many(p: FloatArray, r: FloatArray) -> FloatArray:
    """:func:`combine` of arrays."""
    with np.errstate(divide="ignore", invalid="ignore"):
        f = np.where((p > 0) & (r > 0), 2.0 * p * r / (p + r), 0.0)
    return np.asarray(np.round(np.where(f > 0, (f + np.maximum(p, r)) / 2.0, 0.0), 9), dtype=np.float64)


def combine(p: float, r: float) -> float:
    """The claims-mode score of a precision/recall pair: ``(F1 + max(P, R)) / 2``."""
    if p <= 0.0 or r <= 0.0:
        return 0.0
    f1 = 2.0 * p * r / (p + r)
    return round((f1 + max(p, r)) / 2.0, 9)


def f1(p: float, r: float) -> float:
    """The harmonic mean of ``p`` and ``r`` (0 when either is 0)."""
    if p <= 0.0 or r <= 0.0:
        return 0.0
    return round(2.0 * p * r / (p + r), 9)


class Index:
    """An inverted index from retrieval keys to target positions (numpy postings).

    A query adds up, for every target, the IDF weights of the keys they share (anchors count
    ``anchor_weight`` times), divides by the square root of the target's total key weight (so
    long targets do not win by length alone) and keeps the ``k`` best (ties by position, which
    is id order). Keys found in more than ``max_df`` targets are left out: they cost the most and
    say the least. Queries run in blocks, sparse: the postings of a block of queries are grouped
    by (query, target) cell (one sort), summed by one ``bincount`` and ranked by one ``lexsort``;
    no block holds a score per target. With ``max_df`` a fixed count, a query costs at most
    ``max_df`` postings per key, so retrieval grows linearly with the number of texts.
    """

    def __init__(self, targets: Sequence[Profile], weights: Weights, *, max_df: int) -> None:
        self.size = m = len(targets)
        vocab = len(weights.key_id)
        lengths = np.array([len(p.key_ids) for p in targets], dtype=np.int64)
        keys = np.concatenate([p.key_ids for p in targets]) if m else _empty()
        owners = np.repeat(np.arange(m, dtype=np.int64), lengths)
        df = np.bincount(keys, minlength=vocab)
        with np.errstate(divide="ignore"):
            weight = np.where(df > 0, np.log1p(max(1, m) / np.maximum(df, 1)), 0.0)
        weight = weight * np.where(weights.key_is_anchor, weights.anchor_weight, 1.0) * weights.key_factor
        self.bridge = weights.key_is_bridge if weights.lex_vocab else None
        if self.bridge is not None:  # same-script queries leave the gloss keys out, cross ones the words
            own = ~self.bridge[keys]
            norms = np.bincount(owners[own], weights=weight[keys[own]], minlength=m)
            across = ~own | weights.key_is_anchor[keys]
            cross_norms = np.bincount(owners[across], weights=weight[keys[across]], minlength=m)
            self.cross_inv_norm = 1.0 / np.sqrt(np.maximum(cross_norms, 1e-9))
        else:
            norms = np.bincount(owners, weights=weight[keys], minlength=m)
        self.inv_norm = 1.0 / np.sqrt(np.maximum(norms, 1e-9))
        self.key_weight: FloatArray = weight
        self.is_anchor = weights.key_is_anchor
        keep = df[keys] <= max_df
        keys, owners = keys[keep], owners[keep]
        order = np.argsort(keys, kind="stable")  # by key, then by target position
        self.flat: IntArray = owners[order]
        counts = np.bincount(keys, minlength=vocab)
        self.offsets: IntArray = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)

    def query_many(
        self, queries: Sequence[Profile], *, k: int, cross: bool, block: int = 1024
    ) -> list[list[int]]:
        """For each query, up to ``k`` target positions sharing the most weighted keys with it.

        ``cross``: the targets are in another script than the queries; only anchors and bilingual
        gloss keys (``x:``) count.

        Sparse: only the (query, target) cells some posting reaches are scored, so a block costs
        its postings (at most ``max_df`` per key), never a row per target.
        """
        out: list[list[int]] = []
        if self.size == 0:
            return [[] for _ in queries]
        inv_norm = self.cross_inv_norm if cross and self.bridge is not None else self.inv_norm
        for start in range(0, len(queries), block):
            chunk = queries[start : start + block]
            kid_arr = np.concatenate([q.key_ids for q in chunk])
            row_arr = np.repeat(np.arange(len(chunk), dtype=np.int64), [len(q.key_ids) for q in chunk])
            if cross and len(kid_arr):
                keep = self.is_anchor[kid_arr]
                if self.bridge is not None:
                    keep |= self.bridge[kid_arr]
                kid_arr, row_arr = kid_arr[keep], row_arr[keep]
            elif self.bridge is not None and len(kid_arr):
                keep = ~self.bridge[kid_arr]
                kid_arr, row_arr = kid_arr[keep], row_arr[keep]
            out.extend(self._block_top_k(kid_arr, row_arr, len(chunk), k, inv_norm))
        return out

    def _block_top_k(
        self, kid_arr: IntArray, row_arr: IntArray, rows: int, k: int, inv_norm: FloatArray
    ) -> list[list[int]]:
        """Per query row of a block, the ``k`` targets of highest positive score, by (-score,
        position): a tie at the ``k``-th place goes to the lowest positions."""
        starts = self.offsets[kid_arr]
        lens = self.offsets[kid_arr + 1] - starts
        total = int(lens.sum())
        if total == 0:
            return [[] for _ in range(rows)]
        before = np.cumsum(lens) - lens
        idx = np.repeat(starts - before, lens) + np.arange(total, dtype=np.int64)
        targets = self.flat[idx]
        cells = np.repeat(row_arr, lens) * self.size + targets
        # The cells reached, and each posting's cell among them; bincount then adds every cell's
        # weights in posting order, as a dense bincount over all targets would (same float sums).
        order = np.argsort(cells, kind="stable")
        ranked = cells[order]
        new = np.empty(total, dtype=bool)
        new[0] = True
        np.not_equal(ranked[1:], ranked[:-1], out=new[1:])
        slot = np.empty(total, dtype=np.int64)
        slot[order] = np.cumsum(new) - 1
        acc = np.bincount(slot, weights=np.repeat(self.key_weight[kid_arr], lens))
        row, target = np.divmod(ranked[new], self.size)
        scores = acc * inv_norm[target]
        pick = np.lexsort((target, -scores, row))
        pick = pick[scores[pick] > 0]
        row, target = row[pick], target[pick]
        first = np.searchsorted(row, np.arange(rows + 1))
        rank = np.arange(len(row)) - first[row]
        chosen = rank < k
        row, target = row[chosen], target[chosen]
        bounds = np.searchsorted(row, np.arange(rows + 1)).tolist()
        found = target.tolist()
        return [found[bounds[r] : bounds[r + 1]] for r in range(rows)]


#: A near anchor (``~number:29000``, ``~date:05``) weighs this share of an exact anchor of the same
#: rarity. Every text with an exact figure also has its near anchor, so sharing the exact figure
#: counts ``1 + NEAR_WEIGHT`` and sharing only the near one ``NEAR_WEIGHT``: exact always wins.
NEAR_WEIGHT = 0.5


def _factor(feature: str) -> float:
    return NEAR_WEIGHT if feature.startswith(NEAR) else 1.0


def _is_anchor(key: str) -> bool:
    return key[1] != ":"  # "w:" and "c:" are word keys; anchors read "number:...", "entity:..."


#: Retrieval ignores keys found in more than this many targets: they cost most and say least. A fixed
#: count, not a share of the targets, so a query's cost does not grow with the document.
DEFAULT_MAX_DF = 100


def retrieve(
    queries: Sequence[Profile],
    targets: Sequence[Profile],
    weights: Weights,
    *,
    k: int,
    max_df: int = DEFAULT_MAX_DF,
) -> list[list[int]]:
    """For each query, the positions of up to ``k`` candidate targets (see :class:`Index`)."""
    by_lang: dict[str, list[int]] = defaultdict(list)
    for pos, p in enumerate(targets):
        by_lang[p.lang].append(pos)
    out: list[list[int]] = [[] for _ in queries]
    q_by_lang: dict[str, list[int]] = defaultdict(list)
    for qi, q in enumerate(queries):
        q_by_lang[q.lang].append(qi)
    for lang, positions in sorted(by_lang.items()):
        index = Index([targets[i] for i in positions], weights, max_df=max_df)
        for q_lang, q_positions in sorted(q_by_lang.items()):
            found = index.query_many([queries[i] for i in q_positions], k=k, cross=lang != q_lang)
            for qi, local in zip(q_positions, found, strict=True):
                out[qi].extend(positions[i] for i in local)
    return out
