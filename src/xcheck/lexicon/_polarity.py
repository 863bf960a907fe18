"""Polarity words: negations, and direction words with their opposite ("rise"/"fall").

Data only: :mod:`xcheck.facts._polarity` reads polarity (for quotes and aligned sentences) from these tables. Direction words
are lemmas (base forms: "rise", not "rose"); the quote checker lemmatises each word before it looks
it up, so inflections need no entry of their own. Each direction word lies on one or more *axes*
with a sign: ``+1`` for the "more / yes / open" end, ``-1`` for its opposite. Two quotes read in
opposite directions when the words one has and the other lacks lie at opposite ends of one axis.

Kept short on purpose: a word here must mean the same end of its axis in nearly every sentence it
appears in. Words that are often something else ("end" of July, "back" home, "up"/"down" in
phrasal verbs, "good"/"bad") are left out.
"""

from __future__ import annotations

__all__ = ["DIRECTIONS", "NEGATING_VERBS", "NEGATIONS", "NEGATION_PREFIXES", "NOT_NEGATING"]

#: Words that negate what they stand in. Contractions are listed as the checker folds them
#: (apostrophes dropped: "don't" -> "dont"). "fail" negates only before "to" (see NEGATION_PREFIXES).
NEGATIONS: frozenset[str] = frozenset(
    """
    not no never none nobody nothing neither nor nowhere cannot without hardly barely scarcely
    unable impossible
    nt dont doesnt didnt isnt arent wasnt werent wont wouldnt cant couldnt shouldnt hasnt havent
    hadnt mustnt neednt aint
    """.split()
)

#: Verbs that negate what follows them, as lemmas ("we had to avoid scratching them" / "we are not
#: allowed to scratch them"; "to prevent further spread" / "to avoid a further spreading").
NEGATING_VERBS: frozenset[str] = frozenset({"avoid", "prevent", "refrain", "lack"})

#: Two-word negations: a lemma followed by a word ("failed to", "refuses to" stay verbs otherwise).
NEGATION_PREFIXES: frozenset[tuple[str, str]] = frozenset({("fail", "to")})

#: Word runs that hold a negation word but do not negate the claim ("not only X but also Y",
#: "no doubt", "nothing but"). Matched on folded words before negations are counted.
NOT_NEGATING: tuple[tuple[str, ...], ...] = (
    ("not", "only"),
    ("not", "just"),
    ("not", "merely"),
    ("not", "simply"),
    ("not", "least"),
    ("not", "the", "only"),
    ("no", "doubt"),
    ("without", "doubt"),
    ("without", "a", "doubt"),
    ("no", "wonder"),
    ("no", "matter"),
    ("nothing", "but"),
    ("never", "ending"),
    ("none", "other", "than"),
)

# Axis name -> (words at the + end, words at the - end), as lemmas.
_AXES: dict[str, tuple[str, str]] = {
    # How much, how high, how fast.
    "amount": (
        "rise increase grow climb gain expand raise boost surge soar jump high more intensify "
        "escalate heighten elevate mount accelerate swell rocket",
        "fall decrease decline drop shrink reduce lower low less fewer ease subside diminish dwindle "
        "plunge slump sink contract slow lose loss decelerate plummet tumble shrank",
    ),
    # Strength of a thing, or how well it goes.
    "strength": (
        "strengthen strong stronger bolster reinforce improve better enhance",
        "weaken weak weaker undermine erode worsen worse deteriorate impair",
    ),
    # Assent: saying yes or no to something.
    "assent": (
        "approve support accept agree endorse favour favor allow permit authorise authorize legalise "
        "legalize welcome",
        "reject oppose refuse disagree ban forbid prohibit veto outlaw condemn",
    ),
    # Outcome of a contest.
    "outcome": ("win won victory success succeed", "lose lost defeat failure"),
    # Open or closed, going or stopped.
    "open": ("open reopen start begin resume launch", "close shut stop halt suspend cease"),
    # Whether a claim holds.
    "truth": ("true correct confirm", "false incorrect deny"),
    # Safety and legality.
    "safe": ("safe legal", "dangerous unsafe illegal"),
    # Expectation.
    "outlook": ("optimistic", "pessimistic"),
}


def _directions() -> dict[str, tuple[tuple[str, int], ...]]:
    out: dict[str, list[tuple[str, int]]] = {}
    for axis, (plus, minus) in _AXES.items():
        for words, sign in ((plus, 1), (minus, -1)):
            for word in words.split():
                out.setdefault(word, []).append((axis, sign))
    return {word: tuple(marks) for word, marks in out.items()}


#: Lemma -> the (axis, sign) marks it carries ("lose": amount -1 and outcome -1).
DIRECTIONS: dict[str, tuple[tuple[str, int], ...]] = _directions()
