"""Claims mode, after each sentence took its statements: pair what is left over across scripts.

A statement in another script than the translation is compared by anchors and bilingual glosses
(:mod:`xcheck.align._lexical`), which carry only part of a faithful pair: a sentence whose words
the dictionaries gloss differently, or that names someone by a spelling no sound key meets, can
score below ``min_score`` with its own statement and stay unsupported while that statement stays
unrendered (an addition and an omission instead of one link). Among the sentences no statement
took and the statements no sentence took, in different scripts, :func:`rescue_cross` links

- a pair that shares a figure (a number or date anchor, exact or near) and scores at least the
  floor: compared by anchors, a wrong figure leaves too little to reach ``min_score``, and the
  figure is what the comparison stage must flag;
- a pair that is each side's best among the leftovers (mutual best, competitive linking), scores
  at least the floor and at least :data:`LEFTOVER_RATIO` of the statement's best score with any
  sentence (a statement that some other sentence renders far better is no leftover's match), and
  in which each side has at least :data:`LEFTOVER_MIN_WORDS` words the other meets (one shared
  word, "valley" or a place, is no rendering). When both sides state a figure of the same scale
  (the same number of digits: an age against an age, 30 against 40) that the other does not, the
  pair is ranked by :func:`figure_blind`, its score with those figures set aside, and the pairs
  the candidate search left out are scored too (:func:`figure_pairs`): one changed figure ("the
  44-year-old star" for 스타인 베일(34)) adds an unshared anchor to each side of a loose rendering
  and kept it below the floor or out of the candidates, an addition and an omission where the
  comparison stage must report a number (issue 13). The link reports its own score.

Pairs link best first, one to one; ties by position (id order), so the result does not depend on
the order of the statements. Then :func:`reassign_cross` moves a sentence that is everyone's
second choice to the statement nobody renders. Measured on ``benchmarks/cross_align.py``
(docs/alignment.md).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from xcheck.align._anchors import NEAR
from xcheck.align._index import Profile, Weights, combine, precision_recall
from xcheck.align._lexical import lexical_shared, met_units

if TYPE_CHECKING:
    import numpy as np
else:  # numpy loads on first use, not with import xcheck
    from xcheck._lazynumpy import np

__all__ = [
    "BLIND_NOTE",
    "FIGURE_NOTE",
    "FIGURE_PAIRS_MAX",
    "LEFTOVER_MIN_WORDS",
    "LEFTOVER_NOTE",
    "LEFTOVER_RATIO",
    "MOVED_NOTE",
    "MOVE_RATIO",
    "figure_blind",
    "figure_pairs",
    "figures_only",
    "reassign_cross",
    "rescue_cross",
]

_FIGURE_PREFIXES = ("number:", "date:", "year:", NEAR)
_NUMBER_PREFIXES = ("number:", NEAR + "number:")
#: Share of a statement's glossed words a sentence must meet for a figure to join them (below).
_FIGURE_JOIN_RECALL = 0.1


def figures_only(s: Profile, t: Profile, shared: Collection[str]) -> bool:
    """Whether a sentence and a statement in another script share nothing but figures: no name
    or entity anchor, and few of the statement's glossed words. Such a statement is no further
    statement of the sentence's link: a wrong figure ("2,000 times" for 1,000배) would otherwise
    pair with another statement's 2000여채 and the comparison would find the figure rendered."""
    if s.lang == t.lang or not shared or not all(a.startswith(_FIGURE_PREFIXES) for a in shared):
        return False
    _, met = lexical_shared(s, t)
    return t.lex_total <= 0.0 or met / t.lex_total < _FIGURE_JOIN_RECALL


#: A leftover pair that shares no figure must score this share of its statement's best score with
#: any sentence (the ratio of a first link is ``DEFAULT_RATIO``, 0.6). Measured without
#: :data:`LEFTOVER_MIN_WORDS`: on 500 Korean-English news lines 0.4 / 0.5 / 0.6 give 85.4% / 85.4%
#: / 84.8% linked right at precision 87.0% / 87.5% / 87.6%; on 1,000 lines 79.0% / 78.9% / 78.8% at
#: 81.7% / 82.1% / 82.5% (with it, 0.3 and 0.4 gain nothing over 0.5).
LEFTOVER_RATIO = 0.5
#: ... and each side must have this many words (units) the other meets. Of the 21 leftover pairs
#: linked without it on 500 Korean-English lines, 8 were wrong (precision 88.4% -> 87.5%); with 2,
#: 85.0% linked right at precision 88.5% (1,000 lines: 78.5% at 82.5%); with 3, 83.2% at 88.5%.
LEFTOVER_MIN_WORDS = 2

#: The evidence note of a leftover pair linked for a shared figure, and of one linked as a mutual best.
FIGURE_NOTE = "below min_score: the best remaining cross-script pair sharing a figure"
LEFTOVER_NOTE = "below min_score: the remaining cross-script pair each side matches best"
#: ... and of one that is each side's best with the figures it does not share set aside.
#: The most leftover (sentence, statement) pairs :func:`figure_pairs` scores; a document with more
#: leftovers with figures (a very large cross-script document) skips the step rather than pay the
#: square of its size (as claims mode scores every pair only up to this many).
FIGURE_PAIRS_MAX = 250_000
BLIND_NOTE = "below min_score: the remaining cross-script pair each side matches best, unshared figures aside"
#: A sentence moves from a statement another sentence renders better to an unrendered statement
#: scoring at least this share of the first (0.3 and 0.5 measure the same on 500 and 1,000
#: Korean-English lines; 0.8 a little lower, 86.0% against 86.4% at 500).
MOVE_RATIO = 0.5
#: The evidence note of a link made by :func:`reassign_cross`.
MOVED_NOTE = "its best statement renders another sentence better: the best unrendered one"


def _scales(p: Profile) -> set[int]:
    """The digit counts of the figures a text states (not its years): 34 and 44 are both 2."""
    years = {a[5:] for a in p.anchors if a.startswith("year:")}
    out: set[int] = set()
    for a in p.anchors:
        if a.startswith("number:") and a[7:] not in years:
            value = abs(float(a[7:]))
            if value >= 1.0:
                out.add(len(str(int(value))))
    return out


def _without_figures(p: Profile, other: Profile, weights: Weights) -> Profile:
    """A copy of ``p`` without the figures ``other`` does not state (for :func:`figure_blind`)."""
    drop = [
        weights.anchor_id[a]
        for a in p.anchors - other.anchors
        if a.startswith(_NUMBER_PREFIXES) and a in weights.anchor_id
    ]
    out = copy.copy(p)
    out.anchor_ids = p.anchor_ids[~np.isin(p.anchor_ids, drop)]
    out.cross_total = float(weights.cross_weights[out.anchor_ids].sum()) if len(out.anchor_ids) else 0.0
    return out


def figure_blind(s: Profile, t: Profile, weights: Weights) -> float:
    """The score of a sentence and a statement in another script with the figures they do not
    share set aside, when each side states a figure of the same scale (:func:`_scales`) the other
    does not: a changed figure ("the 36-year-old" for 26살) is what the comparison stage must
    flag, and as two unshared anchors on top of a loose rendering it would keep the pair below
    the floor. 0.0 for any other pair."""
    if s.lang == t.lang or not _scales(s) & _scales(t):
        return 0.0
    return combine(
        *precision_recall(_without_figures(s, t, weights), _without_figures(t, s, weights), weights)[:2]
    )


def figure_pairs(
    taken: dict[int, list[int]],
    rendered: set[int],
    by_sentence: dict[int, list[tuple[float, int]]],
    s_prof: Sequence[Profile],
    t_prof: Sequence[Profile],
    score: Callable[[int, int], float],
) -> dict[int, list[tuple[float, int]]]:
    """``score`` (:func:`figure_blind`) of each leftover cross-script pair whose two sides state a
    figure of the same scale (:func:`_scales`), per sentence, whether or not the candidate search
    found the pair: a wrong figure is no anchor, and a loose rendering whose glosses meet few
    words is not retrieved ("the 44-year-old 'Dark Knight' star" for 다크나이트 스타인 베일(34)).
    Only sentences and statements no link holds, and pairs with the met words a leftover link
    needs (:data:`LEFTOVER_MIN_WORDS`), so few are scored."""
    theirs = {j: sc for j in range(len(t_prof)) if j not in rendered and (sc := _scales(t_prof[j]))}
    mine_all = {i: sc for i in range(len(s_prof)) if i not in taken and (sc := _scales(s_prof[i]))}
    out: dict[int, list[tuple[float, int]]] = {}
    if len(mine_all) * len(theirs) > FIGURE_PAIRS_MAX:
        return out  # every pair of leftovers is scored: past this, a large document would pay the square
    for i, mine in mine_all.items():
        for j, scales in theirs.items():
            if s_prof[i].lang == t_prof[j].lang or not mine & scales:
                continue
            if min(met_units(s_prof[i], t_prof[j])) >= LEFTOVER_MIN_WORDS:  # else it cannot link
                found = score(i, j)
                if found > 0.0:
                    out.setdefault(i, []).append((found, j))
    return out


def rescue_cross(
    taken: dict[int, list[int]],
    scores: dict[tuple[int, int], float],
    by_sentence: dict[int, list[tuple[float, int]]],
    s_prof: Sequence[Profile],
    t_prof: Sequence[Profile],
    floor: float,
    best_t: Sequence[float],
    score: Callable[[int, int], float] | None = None,
) -> dict[tuple[int, int], str]:
    """Link leftover cross-script pairs (see the module), updating ``taken`` and ``scores``;
    return the pairs linked this way, each with the note its link's evidence carries.
    ``best_t``: each statement's best score with any sentence; ``score``: a pair's score with
    its unshared figures aside (:func:`figure_pairs`), or None to leave figures as they are."""
    rendered = {j for js in taken.values() for j in js}
    shares_figure: set[tuple[int, int]] = set()
    leftover: list[tuple[float, int, int]] = []
    extra = figure_pairs(taken, rendered, by_sentence, s_prof, t_prof, score) if score else {}
    blind: set[tuple[int, int]] = set()
    for i, row in [*by_sentence.items(), *extra.items()]:
        if i in taken:
            continue
        for pair_score, j in row:
            if pair_score < floor or j in rendered or s_prof[i].lang == t_prof[j].lang:
                continue
            leftover.append((-pair_score, i, j))
            if row is extra.get(i):
                blind.add((i, j))
            if any(a.startswith(_FIGURE_PREFIXES) for a in s_prof[i].anchors & t_prof[j].anchors):
                shares_figure.add((i, j))
    best_i: dict[int, float] = {}
    best_j: dict[int, float] = {}
    for neg, i, j in leftover:
        best_i[i] = max(best_i.get(i, 0.0), -neg)
        best_j[j] = max(best_j.get(j, 0.0), -neg)
    linked: dict[tuple[int, int], str] = {}
    for neg, i, j in sorted(leftover):
        if i in taken or j in rendered:
            continue
        mutual = -neg >= best_i[i] and -neg >= best_j[j] and -neg >= LEFTOVER_RATIO * best_t[j]
        figure = (i, j) in shares_figure
        if not figure and not (mutual and min(met_units(s_prof[i], t_prof[j])) >= LEFTOVER_MIN_WORDS):
            continue
        taken[i] = [j]
        scores[(i, j)] = -neg
        rendered.add(j)
        linked[(i, j)] = FIGURE_NOTE if figure else BLIND_NOTE if (i, j) in blind else LEFTOVER_NOTE
    return linked


def reassign_cross(
    taken: dict[int, list[int]],
    scores: dict[tuple[int, int], float],
    by_sentence: dict[int, list[tuple[float, int]]],
    s_prof: Sequence[Profile],
    t_prof: Sequence[Profile],
    floor: float,
    best_t: Sequence[float],
) -> dict[tuple[int, int], str]:
    """A sentence whose one statement, in another script, another sentence renders better takes
    instead the best statement no sentence renders, when it is that statement's best sentence and
    scores it at least the floor and :data:`MOVE_RATIO` of its first statement (everyone's second
    choice: two renderings of the same news in two lines take one statement, the other line's
    stays unrendered). Updates ``taken`` and ``scores``; returns the pairs linked this way, each
    with the note its link's evidence carries. Sentences in id order, candidates best first."""
    owners: dict[int, list[int]] = {}
    for i, js in taken.items():
        for j in js:
            owners.setdefault(j, []).append(i)
    moved: dict[tuple[int, int], str] = {}
    for i in sorted(taken):
        if len(taken[i]) != 1:
            continue
        j = taken[i][0]
        if s_prof[i].lang == t_prof[j].lang or scores[(i, j)] >= max(scores[(o, j)] for o in owners[j]):
            continue  # the same script, or this sentence is the statement's best (or only) home
        for score, other in sorted(by_sentence.get(i, ()), key=lambda c: (-c[0], c[1])):
            if other in owners or s_prof[i].lang == t_prof[other].lang:
                continue
            if score >= max(floor, MOVE_RATIO * scores[(i, j)], best_t[other]):
                owners[j].remove(i)
                owners[other] = [i]
                taken[i] = [other]
                scores[(i, other)] = score
                moved[(i, other)] = MOVED_NOTE
            break  # only the best statement nobody renders
    return moved
