"""Monotone sentence alignment by dynamic programming (parallel mode).

Gale–Church / vecalign style: the two sequences are walked in order, and every step is one of
the moves ``1-1``, ``1-2``, ``2-1`` (sentence:statement counts), ``1-0`` (a sentence nobody
wrote: addition) or ``0-1`` (a statement nobody rendered: omission). Costs, with ``sim`` the
symmetric similarity (F1 of the weighted shared features, :func:`xcheck.align._index.f1`) of
the texts the move joins::

    1-1           1 - sim
    1-2, 2-1      1 - sim + skip_cost + merge_gain
    1-0, 0-1      skip_cost        (default (1 - min_score) / 2)

When the two sides are in different languages, few features are shared (only anchors across
scripts, with bilingual glosses where a gloss function exists), so ``sim`` is half that F1 and
half a length prior (:func:`length_similarity`, after Gale and Church: texts that translate each
other have proportional lengths; for English against Chinese or Korean the fitted ratio of
:data:`xcheck.align._lexical.LENGTH_MODEL`). Documents whose
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
from typing import TYPE_CHECKING

from xcheck.align._index import Block, FloatArray, IntArray, Profile, Weights
from xcheck.align._lexical import length_fit

if TYPE_CHECKING:
    import numpy as np
else:  # numpy loads on first use, not with import xcheck
    from xcheck._lazynumpy import np

__all__ = ["Move", "guide_points", "monotone_align"]

Move = tuple[tuple[int, ...], tuple[int, ...], float, float]
"""``(sentence positions, statement positions, cost, similarity)`` of one step."""


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
    centres = _band_centres(n, m, guide)
    merge_cost = skip_cost + merge_gain
    rows: list[_Row] = []
    for i in range(n + 1):
        centre = round(float(centres[i]))
        lo, hi = max(0, centre - band), min(m, centre + band)
        cols = np.arange(lo, hi + 1)
        size = len(cols)
        # Similarities of every move that can end in this row, one vectorised call each:
        # 1-1 and 1-2 read sentence i-1, 2-1 reads sentences i-2 and i-1 together.
        first, first2 = max(lo, 1), max(lo, 2)
        s11 = s12 = s21 = np.zeros(size)
        if i >= 1:
            one = sentences[i - 1]
            s11 = _placed(_sims(one, singles, first - 1, hi, weights), first, lo, size)
            s12 = _placed(_sims(one, pairs, first2 - 2, hi - 1, weights), first2, lo, size)
        if i >= 2:
            two = Profile.merged(sentences[i - 2 : i], weights)
            s21 = _placed(_sims(two, singles, first - 1, hi, weights), first, lo, size)
        # candidates in the order of _MOVES (ties go to the earlier move): 1-1, 1-2, 2-1, 1-0
        stack = np.vstack(
            (
                _previous(rows, i - 1, cols - 1) + 1.0 - s11,
                _previous(rows, i - 1, cols - 2) + 1.0 - s12 + merge_cost,
                _previous(rows, i - 2, cols - 1) + 1.0 - s21 + merge_cost,
                _previous(rows, i - 1, cols) + skip_cost,
            )
        )
        best = stack.min(axis=0)
        code = stack.argmin(axis=0) + 1
        if i == 0 and lo == 0:
            best[0], code[0] = 0.0, 0
        # 0-1 moves chain along the row: cost[j] = min(best[j], cost[j-1] + skip), as a prefix min
        ramp = (cols - lo) * skip_cost
        chained = np.minimum.accumulate(best - ramp) + ramp
        take = chained < best - 1e-12
        cost_row = np.where(take, chained, best)
        code = np.where(take, 5, code)
        sim_row = np.choose(
            np.clip(code, 0, 5), (np.zeros(size), s11, s12, s21, np.zeros(size), np.zeros(size))
        )
        rows.append((lo, cost_row, code, sim_row))
    lo_n, cost_n, _, _ = rows[n]
    if not (0 <= m - lo_n < len(cost_n)) or cost_n[m - lo_n] == math.inf:
        # The band missed the corner (very unequal lengths): fall back to skips at the end.
        return _fallback(n, m, skip_cost)
    return _backtrack(rows, n, m)


_Row = tuple[int, FloatArray, IntArray, FloatArray]
"""One row of the DP table: (first column, costs, move codes, similarities) over its band."""

_STEPS = {1: (1, 1), 2: (1, 2), 3: (2, 1), 4: (1, 0), 5: (0, 1)}
"""The (sentences, statements) each move code consumes."""


def _sims(x: Profile, block: Block, start: int, stop: int, weights: Weights) -> list[float]:
    """Similarity of ``x`` with the block's profiles ``start..stop-1`` (module docstring)."""
    if stop <= start:
        return []
    p, r = block.similarity(x, start, stop, weights)
    with np.errstate(divide="ignore", invalid="ignore"):
        f = np.where((p > 0) & (r > 0), 2.0 * p * r / (p + r), 0.0)
    other = np.array([language != x.language for language in block.language[start:stop]])
    if other.any():
        prior = np.exp(-2.0 * np.abs(np.log((x.length + 1.0) / (block.length[start:stop] + 1.0))))
        # English against Chinese or Korean: Gale-Church with the language's own length ratio
        fit = length_fit(x, block.length[start:stop], block.language[start:stop])
        prior = np.where(np.isnan(fit), prior, fit)
        f = np.where(other, 0.5 * f + 0.5 * prior, f)
    return np.round(f, 9).tolist()  # type: ignore[no-any-return]


def _band_centres(n: int, m: int, guide: Sequence[tuple[int, int]]) -> FloatArray:
    """Band centre of every row: piecewise-linear through (0, 0), the guide points (as DP cells:
    sentence a aligned with statement b passes through cell (a + 1, b + 1)) and (n, m)."""
    if not n:
        return np.zeros(1)
    knots = [(0, 0), *((a + 1, b + 1) for a, b in guide), (n, m)]
    return np.interp(np.arange(n + 1), [k[0] for k in knots], [k[1] for k in knots])


def _previous(rows: Sequence[_Row], r: int, columns: IntArray) -> FloatArray:
    """Costs of row ``r`` at ``columns`` (inf outside its band or before the table)."""
    out = np.full(len(columns), math.inf)
    if r < 0:
        return out
    lo_r, cost_r, _, _ = rows[r]
    idx = columns - lo_r
    ok = (idx >= 0) & (idx < len(cost_r))
    out[ok] = cost_r[idx[ok]]
    return out


def _placed(values: list[float], start: int, lo: int, size: int) -> FloatArray:
    """``values`` (for columns ``start``...) placed in a row of ``size`` columns from ``lo``."""
    out = np.zeros(size)
    out[start - lo : start - lo + len(values)] = values
    return out


def _backtrack(rows: Sequence[_Row], n: int, m: int) -> list[Move]:
    """The moves of the cheapest path from cell (n, m) back to (0, 0), in order."""
    moves: list[Move] = []
    i, j = n, m
    while i > 0 or j > 0:
        lo_i, cost_i, code_i, sim_i = rows[i]
        di, dj = _STEPS[int(code_i[j - lo_i])]
        lo_p, cost_p, _, _ = rows[i - di]
        step = float(cost_i[j - lo_i] - cost_p[j - dj - lo_p])
        moves.append((tuple(range(i - di, i)), tuple(range(j - dj, j)), step, float(sim_i[j - lo_i])))
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
