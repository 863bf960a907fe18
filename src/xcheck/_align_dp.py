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
plus a skip. The table is filled only in a band of ``band`` cells on either side of a guide
line: the diagonal, bent through the longest increasing chain of mutual best matches found by
retrieval (:func:`guide_points`). Time and memory grow linearly with the length of the
documents.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence

import numpy as np

from xcheck._align_index import Block, Profile, Weights

__all__ = ["Move", "guide_points", "monotone_align"]

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
    guide: Sequence[tuple[int, int]] = (),
) -> list[Move]:
    """Return the cheapest monotone path as a list of moves, in order.

    ``guide``: increasing (sentence, statement) pairs believed aligned (see :func:`guide_points`);
    the band follows the line through them instead of the plain diagonal.
    """
    n, m = len(sentences), len(statements)
    singles = Block(statements)
    pairs = Block([Profile.merged(statements[j : j + 2], weights) for j in range(m - 1)])

    def sims(x: Profile, block: Block, start: int, stop: int) -> list[float]:
        """Similarity of ``x`` with the block's profiles ``start..stop-1`` (module docstring)."""
        if stop <= start:
            return []
        p, r = block.similarity(x, start, stop, weights)
        with np.errstate(divide="ignore", invalid="ignore"):
            f = np.where((p > 0) & (r > 0), 2.0 * p * r / (p + r), 0.0)
        other = np.array([language != x.language for language in block.language[start:stop]])
        if other.any():
            prior = np.exp(-2.0 * np.abs(np.log((x.length + 1.0) / (block.length[start:stop] + 1.0))))
            f = np.where(other, 0.5 * f + 0.5 * prior, f)
        return np.round(f, 9).tolist()  # type: ignore[no-any-return]

    # Band centre: piecewise-linear through (0, 0), the guide points (as DP cells: sentence a
    # aligned with statement b passes through cell (a + 1, b + 1)) and (n, m).
    knots = [(0, 0), *((a + 1, b + 1) for a, b in guide), (n, m)]
    centres = np.interp(np.arange(n + 1), [k[0] for k in knots], [k[1] for k in knots]) if n else np.zeros(1)

    def window(i: int) -> tuple[int, int]:
        centre = round(float(centres[i]))
        return max(0, centre - band), min(m, centre + band)

    inf = math.inf
    cost: list[dict[int, float]] = []
    back: list[dict[int, tuple[int, int, float]]] = []
    for i in range(n + 1):
        lo, hi = window(i)
        row: dict[int, float] = {}
        brow: dict[int, tuple[int, int, float]] = {}
        # Similarities of every move that can end in this row, one vectorised call each:
        # 1-1 and 1-2 read sentence i-1, 2-1 reads sentences i-2 and i-1 together.
        first = max(lo, 1)
        s11: dict[int, float] = {}
        s12: dict[int, float] = {}
        s21: dict[int, float] = {}
        if i >= 1:
            one = sentences[i - 1]
            s11 = dict(zip(range(first, hi + 1), sims(one, singles, first - 1, hi), strict=True))
            first2 = max(lo, 2)
            s12 = dict(zip(range(first2, hi + 1), sims(one, pairs, first2 - 2, hi - 1), strict=True))
        if i >= 2:
            two = Profile.merged(sentences[i - 2 : i], weights)
            s21 = dict(zip(range(first, hi + 1), sims(two, singles, first - 1, hi), strict=True))
        by_move = {(1, 1): s11, (1, 2): s12, (2, 1): s21}
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
                    step, sim = skip_cost, 0.0
                else:
                    sim = by_move[(di, dj)][j]
                    step = 1.0 - sim
                    if di + dj == 3:
                        step += skip_cost + merge_gain
                total = prev + step
                if total < best - 1e-12:
                    best, choice = total, (di, dj, sim)
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


def guide_points(best_t: Sequence[int], best_s: Sequence[int]) -> list[tuple[int, int]]:
    """The longest increasing chain of mutual best pairs: sentence ``i`` whose best statement is
    ``best_t[i]`` whose best sentence is ``i`` again (``-1``: none). Hunalign and Bleualign steer
    their search the same way."""
    pairs = [(i, j) for i, j in enumerate(best_t) if 0 <= j < len(best_s) and best_s[j] == i]
    # longest strictly increasing subsequence in j (patience sorting, O(p log p))
    tails: list[int] = []
    tail_idx: list[int] = []
    prev = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect.bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_idx.append(k)
        else:
            tails[pos] = j
            tail_idx[pos] = k
        prev[k] = tail_idx[pos - 1] if pos else -1
    chain: list[tuple[int, int]] = []
    k = tail_idx[-1] if tail_idx else -1
    while k >= 0:
        chain.append(pairs[k])
        k = prev[k]
    return chain[::-1]


def length_similarity(a: int, b: int) -> float:
    """Gale–Church's length prior as a similarity: 1.0 for equal lengths, 0.44 at a ratio of 1.5,
    0.25 at 2 (``exp(-2 |ln(a / b)|)``, lengths in characters plus one)."""
    return math.exp(-2.0 * abs(math.log((a + 1) / (b + 1))))


def _fallback(n: int, m: int, skip_cost: float) -> list[Move]:
    return [((i,), (), skip_cost, 0.0) for i in range(n)] + [((), (j,), skip_cost, 0.0) for j in range(m)]
