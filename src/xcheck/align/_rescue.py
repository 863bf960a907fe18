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
  word, "valley" or a place, is no rendering).

Pairs link best first, one to one; ties by position (id order), so the result does not depend on
the order of the statements. Measured on ``benchmarks/cross_align.py`` (docs/alignment.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from xcheck.align._anchors import NEAR
from xcheck.align._index import Profile
from xcheck.align._lexical import met_units

__all__ = ["FIGURE_NOTE", "LEFTOVER_MIN_WORDS", "LEFTOVER_NOTE", "LEFTOVER_RATIO", "rescue_cross"]

_FIGURE_PREFIXES = ("number:", "date:", "year:", NEAR)

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


def rescue_cross(
    taken: dict[int, list[int]],
    scores: dict[tuple[int, int], float],
    by_sentence: dict[int, list[tuple[float, int]]],
    s_prof: Sequence[Profile],
    t_prof: Sequence[Profile],
    floor: float,
    best_t: Sequence[float],
) -> dict[tuple[int, int], str]:
    """Link leftover cross-script pairs (see the module), updating ``taken`` and ``scores``;
    return the pairs linked this way, each with the note its link's evidence carries.
    ``best_t``: each statement's best score with any sentence."""
    rendered = {j for js in taken.values() for j in js}
    shares_figure: set[tuple[int, int]] = set()
    leftover: list[tuple[float, int, int]] = []
    for i, row in by_sentence.items():
        if i in taken:
            continue
        for score, j in row:
            if score < floor or j in rendered or s_prof[i].lang == t_prof[j].lang:
                continue
            leftover.append((-score, i, j))
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
        linked[(i, j)] = FIGURE_NOTE if figure else LEFTOVER_NOTE
    return linked
