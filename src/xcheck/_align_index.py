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
are in different languages only anchors are compared.

Retrieval: an inverted index from retrieval keys and anchors to statements (or sentences), see
:class:`Index`.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from xcheck._align_anchors import features, surface_grams

__all__ = ["Profile", "Weights", "build_profiles", "pair_score", "retrieve"]


class Profile:
    """The features of one text, with their weighted totals."""

    __slots__ = ("anchor_total", "anchors", "grams", "keys", "lang", "total")

    def __init__(
        self, grams: frozenset[str], anchor_set: frozenset[str], keys: frozenset[str], lang: str
    ) -> None:
        self.grams = grams
        self.anchors = anchor_set
        self.keys = keys
        self.lang = lang
        self.total = 0.0
        self.anchor_total = 0.0

    @classmethod
    def of(cls, text: str, lang: str, *, glossary: Any = None, full: bool = False) -> Profile:
        """Extract the features of ``text`` (weights are filled in by :class:`Weights`)."""
        anchor_set, keys = features(text, lang, glossary=glossary, full=full)
        return cls(surface_grams(text), anchor_set, keys, lang)

    @classmethod
    def merged(cls, profiles: Iterable[Profile], weights: Weights) -> Profile:
        """Return the profile of several texts read as one (used for 1-2 and 2-1 groups)."""
        items = list(profiles)
        grams = frozenset().union(*(p.grams for p in items))
        anchor_set = frozenset().union(*(p.anchors for p in items))
        keys = frozenset().union(*(p.keys for p in items))
        merged = cls(grams, anchor_set, keys, items[0].lang if items else "en")
        weights.fill(merged)
        return merged


class Weights:
    """Inverse document frequencies over a collection of profiles."""

    def __init__(self, profiles: Sequence[Profile], *, anchor_weight: float) -> None:
        df: dict[str, int] = defaultdict(int)
        for p in profiles:
            for g in p.grams:
                df[g] += 1
            for a in p.anchors:
                df[a] += 1
        n = len(profiles)
        self.n = n
        self.anchor_weight = anchor_weight
        self.idf: dict[str, float] = {f: math.log(1.0 + n / c) for f, c in df.items()}
        self.default = math.log(1.0 + n)
        for p in profiles:
            self.fill(p)

    def gram(self, g: str) -> float:
        """Weight of one surface gram."""
        return self.idf.get(g, self.default)

    def anchor(self, a: str) -> float:
        """Weight of one anchor."""
        return self.anchor_weight * self.idf.get(a, self.default)

    def fill(self, p: Profile) -> None:
        """Set the weighted totals of ``p``."""
        idf, default, aw = self.idf, self.default, self.anchor_weight
        p.anchor_total = aw * sum(idf.get(a, default) for a in p.anchors)
        p.total = sum(idf.get(g, default) for g in p.grams) + p.anchor_total


def build_profiles(
    texts: Sequence[tuple[str, str]], *, anchor_weight: float, glossary: Any = None, full: bool = False
) -> tuple[list[Profile], Weights]:
    """Profile ``(text, lang)`` pairs and weight them against each other."""
    profiles = [Profile.of(text, lang, glossary=glossary, full=full) for text, lang in texts]
    return profiles, Weights(profiles, anchor_weight=anchor_weight)


def shared_weight(a: Profile, b: Profile, weights: Weights, *, anchors_only: bool) -> float:
    """Weighted size of what ``a`` and ``b`` share."""
    idf, default, aw = weights.idf, weights.default, weights.anchor_weight
    shared = aw * sum(idf.get(x, default) for x in a.anchors & b.anchors)
    if not anchors_only:
        shared += sum(idf.get(g, default) for g in a.grams & b.grams)
    return shared


def precision_recall(sentence: Profile, statement: Profile, weights: Weights) -> tuple[float, float, bool]:
    """Return ``(P, R, anchors_only)`` of a sentence against a statement."""
    anchors_only = sentence.lang != statement.lang
    shared = shared_weight(sentence, statement, weights, anchors_only=anchors_only)
    if anchors_only:
        s_total, t_total = sentence.anchor_total, statement.anchor_total
    else:
        s_total, t_total = sentence.total, statement.total
    if shared <= 0.0 or s_total <= 0.0 or t_total <= 0.0:
        return 0.0, 0.0, anchors_only
    return min(1.0, shared / s_total), min(1.0, shared / t_total), anchors_only


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


def pair_score(sentence: Profile, statement: Profile, weights: Weights) -> float:
    """The claims-mode score of one sentence against one statement, in [0, 1]."""
    p, r, _ = precision_recall(sentence, statement, weights)
    return combine(p, r)


class Index:
    """An inverted index from retrieval keys to target positions (numpy postings).

    A query adds up, for every target, the IDF weights of the keys they share (anchors count
    ``anchor_weight`` times), divides by the square root of the target's total key weight (so
    long targets do not win by length alone) and keeps the ``k`` best (ties by position, which
    is id order). Keys found in more than ``max_df`` targets are left out: they cost the most and
    say the least. The cost of a query is then bounded, and retrieval grows linearly with the
    number of texts.
    """

    def __init__(self, targets: Sequence[Profile], weights: Weights, *, max_df: int) -> None:
        postings: dict[str, list[int]] = defaultdict(list)
        for pos, p in enumerate(targets):
            for key in p.keys:
                postings[key].append(pos)
        n = max(1, len(targets))
        self.size = len(targets)
        self.postings: dict[str, np.ndarray[Any, np.dtype[np.int32]]] = {}
        self.weight: dict[str, float] = {}
        for key, plist in postings.items():
            w = math.log(1.0 + n / len(plist)) * (weights.anchor_weight if _is_anchor(key) else 1.0)
            self.weight[key] = w
            if len(plist) <= max_df:
                self.postings[key] = np.asarray(plist, dtype=np.int32)
        norms = np.zeros(self.size, dtype=np.float64)
        for pos, p in enumerate(targets):
            norms[pos] = sum(self.weight[key] for key in p.keys)
        self.inv_norm = 1.0 / np.sqrt(np.maximum(norms, 1e-9))

    def query(self, profile: Profile, *, k: int, cross: bool) -> list[int]:
        """Return up to ``k`` target positions that share the most weighted keys with ``profile``.

        ``cross``: the targets are in another language than ``profile``; only anchors are used.
        """
        arrays = []
        weights = []
        for key in profile.keys:
            plist = self.postings.get(key)
            if plist is None or (cross and not _is_anchor(key)):
                continue
            arrays.append(plist)
            weights.append(self.weight[key])
        if not arrays:
            return []
        positions = np.concatenate(arrays)
        w = np.repeat(np.asarray(weights), [len(a) for a in arrays])
        acc = np.bincount(positions, weights=w, minlength=self.size) * self.inv_norm
        hits = np.flatnonzero(acc)
        if len(hits) > k:
            # Take everything that ties with the k-th best, then order by (-score, position).
            kth = np.partition(acc[hits], len(hits) - k)[len(hits) - k]
            hits = hits[acc[hits] >= kth]
        order = np.lexsort((hits, -acc[hits]))
        return [int(x) for x in hits[order][:k]]


def _is_anchor(key: str) -> bool:
    return key[1] != ":"  # "w:" and "c:" are word keys; anchors read "number:...", "entity:..."


def retrieve(
    queries: Sequence[Profile],
    targets: Sequence[Profile],
    weights: Weights,
    *,
    k: int,
    max_df: int,
) -> list[list[int]]:
    """For each query, the positions of up to ``k`` candidate targets (see :class:`Index`)."""
    by_lang: dict[str, list[int]] = defaultdict(list)
    for pos, p in enumerate(targets):
        by_lang[p.lang].append(pos)
    indexes = {
        lang: (positions, Index([targets[i] for i in positions], weights, max_df=max_df))
        for lang, positions in by_lang.items()
    }
    out: list[list[int]] = []
    for q in queries:
        found: list[int] = []
        for lang, (positions, index) in sorted(indexes.items()):
            local = index.query(q, k=k, cross=lang != q.lang)
            found.extend(positions[i] for i in local)
        out.append(found)
    return out
