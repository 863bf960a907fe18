"""Monotone sentence alignment by dynamic programming (parallel mode).

Gale–Church / vecalign style: the two sequences are walked in order, and every step is one of
the moves ``1-1``, ``1-2``, ``2-1`` (sentence:statement counts), ``1-0`` (a sentence nobody
wrote: addition) or ``0-1`` (a statement nobody rendered: omission). Costs, with ``sim`` the
symmetric similarity (F1 of the weighted shared features, :func:`xcheck._align_index.f1`) of
the texts the move joins::

    1-1           1 - sim
    1-2, 2-1      1 - sim + skip_cost + merge_gain
    1-0, 0-1      skip_cost        (default (1 - min_score) / 2)

When the two sides are in different languages, few features are shared (only anchors across
scripts), so ``sim`` is half that F1 and half a length prior (:func:`length_similarity`, after
Gale and Church: texts that translate each other have proportional lengths). Documents whose
sentences share little still align along the diagonal that way.

With ``skip_cost = (1 - min_score) / 2`` a 1-1 pair is kept exactly when its similarity is at
least ``min_score`` (else leaving both sides out is cheaper), and a 2-1 merge is kept only when
joining the second sentence raises the similarity by more than ``merge_gain`` over the 1-1 pair
plus a skip. The table is filled only in a band of ``band`` cells on either side of the
diagonal, so time and memory grow linearly with the length of the documents.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from xcheck._align_index import Profile, Weights, f1, precision_recall

__all__ = ["Move", "monotone_align"]

Move = tuple[tuple[int, ...], tuple[int, ...], float, float]
"""``(sentence positions, statement positions, cost, similarity)`` of one step."""

_MOVES = ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1))


def monotone_align(
    sentences: Sequence[Profile],
    statements: Sequence[Profile],
    weights: Weights,
    *,
    skip_cost: float,
    merge_gain: float,
    band: int,
) -> list[Move]:
    """Return the cheapest monotone path as a list of moves, in order."""
    n, m = len(sentences), len(statements)
    merged_s: dict[int, Profile] = {}
    merged_t: dict[int, Profile] = {}

    def group(profiles: Sequence[Profile], cache: dict[int, Profile], start: int, size: int) -> Profile:
        if size == 1:
            return profiles[start]
        if start not in cache:
            cache[start] = Profile.merged(profiles[start : start + 2], weights)
        return cache[start]

    def sim(i: int, di: int, j: int, dj: int) -> float:
        s = group(sentences, merged_s, i, di)
        t = group(statements, merged_t, j, dj)
        p, r, _ = precision_recall(s, t, weights)
        if s.language != t.language:
            return 0.5 * f1(p, r) + 0.5 * length_similarity(s.length, t.length)
        return f1(p, r)

    def window(i: int) -> tuple[int, int]:
        centre = round(i * m / n) if n else 0
        return max(0, centre - band), min(m, centre + band)

    inf = math.inf
    cost: list[dict[int, float]] = []
    back: list[dict[int, tuple[int, int, float]]] = []
    for i in range(n + 1):
        lo, hi = window(i)
        row: dict[int, float] = {}
        brow: dict[int, tuple[int, int, float]] = {}
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            best, choice = inf, (0, 0, 0.0)
            for di, dj in _MOVES:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                prev = cost[pi].get(pj, inf) if pi < i else row.get(pj, inf)
                if prev == inf:
                    continue
                if di == 0 or dj == 0:
                    step, s = skip_cost, 0.0
                else:
                    s = sim(pi, di, pj, dj)
                    step = 1.0 - s
                    if di + dj == 3:
                        step += skip_cost + merge_gain
                total = prev + step
                if total < best - 1e-12:
                    best, choice = total, (di, dj, s)
            if best < inf:
                row[j] = best
                brow[j] = choice
        cost.append(row)
        back.append(brow)
    if m not in cost[n]:
        # The band missed the corner (very unequal lengths): fall back to skips at the end.
        return _fallback(n, m, skip_cost)
    moves: list[Move] = []
    i, j = n, m
    while i > 0 or j > 0:
        di, dj, s = back[i][j]
        step = cost[i][j] - cost[i - di][j - dj]
        moves.append((tuple(range(i - di, i)), tuple(range(j - dj, j)), step, s))
        i, j = i - di, j - dj
    moves.reverse()
    return moves


def length_similarity(a: int, b: int) -> float:
    """Gale–Church's length prior as a similarity: 1.0 for equal lengths, 0.44 at a ratio of 1.5,
    0.25 at 2 (``exp(-2 |ln(a / b)|)``, lengths in characters plus one)."""
    return math.exp(-2.0 * abs(math.log((a + 1) / (b + 1))))


def _fallback(n: int, m: int, skip_cost: float) -> list[Move]:
    return [((i,), (), skip_cost, 0.0) for i in range(n)] + [((), (j,), skip_cost, 0.0) for j in range(m)]
