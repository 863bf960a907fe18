"""Polarity words: negations, and direction words with their opposite ("rise"/"fall").

Data only: :mod:`xcheck.facts._polarity` reads polarity from these tables, for quotes and for
aligned sentences (:mod:`xcheck.facts.polarity`). Direction words are lemmas (base forms: "rise",
not "rose"); the checkers lemmatise each word before they look it up, so inflections need no entry
of their own. Each direction word lies on one or more *axes* with a sign: ``+1`` for the
"more / yes / open" end, ``-1`` for its opposite. Two quotes read in opposite directions when the
words one has and the other lacks lie at opposite ends of one axis.

Kept short on purpose: a word here must mean the same end of its axis in nearly every sentence it
appears in. Words that are often something else ("end" of July, "back" home, "up"/"down" in
phrasal verbs, "good"/"bad") are left out.
"""

from __future__ import annotations

__all__ = [
    "DIRECTIONS",
    "IMPLICIT_NEGATIONS",
    "NEGATING_VERBS",
    "NEGATIONS",
    "NEGATION_PREFIXES",
    "NOT_NEGATING",
    "SWAPS",
]

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
    ("not", "far"),
    ("no", "later", "than"),
    ("no", "less", "than"),
    ("no", "more", "than"),
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


#: Lemmas that negate or withhold by themselves, with no negation word ("stopped working",
#: "declined to comment", "denied"): a negation on the other side of a pair may restate them, so
#: the sentence check stays silent when one of these faces it. Words at the "-" end of a
#: direction axis count too (see the checker).
IMPLICIT_NEGATIONS: frozenset[str] = frozenset(
    """
    stop cease quit decline refuse deny reject lack absent absence avoid prevent refrain fail
    failure miss little few rarely seldom only merely just free exempt skip omit abandon drop
    dismiss doubt neither nor no not never without longer anymore halt end cancel scrap
    postpone disregard disagree disapprove disallow ignore neglect overlook rare
    """.split()
)


def _swaps(*pairs: str) -> frozenset[tuple[str, str]]:
    return frozenset(tuple(p.split("/")) for p in pairs)  # type: ignore[misc]


#: Antonym lemmas that reverse a claim when one replaces the other *in the same place* of two
#: aligned sentences (the sentence check reads these only for one word against one word; the
#: quote check does not read them). Each pair is read both ways.
SWAPS: frozenset[tuple[str, str]] = _swaps(
    "positive/negative",
    "before/after",
    "first/last",
    "buy/sell",
    "above/below",
    "over/under",
    "profit/loss",
    "surplus/deficit",
    "include/exclude",
    "inclusion/exclusion",
    "same/different",
    "early/late",
    "earlier/later",
    "best/worst",
    "large/small",
    "largest/smallest",
    "maximum/minimum",
    "majority/minority",
    "import/export",
    "importer/exporter",
    "upgrade/downgrade",
    "bullish/bearish",
    "internal/external",
    "full/empty",
    "arrive/depart",
    "guilty/innocent",
    "friend/enemy",
    "ally/enemy",
    "always/never",
    "all/none",
    "everyone/nobody",
    "everything/nothing",
    "acquire/divest",
    "hire/fire",
    "inflow/outflow",
    "upward/downward",
    "upside/downside",
    "higher/lower",
    "highest/lowest",
    "increase/decrease",
    "expansion/contraction",
    "gain/loss",
    "profitable/unprofitable",
    "likely/unlikely",
    "possible/impossible",
    "able/unable",
    "strong/weak",
    "rich/poor",
    "old/new",
    "young/old",
    "ancient/modern",
    "private/public",
    "domestic/foreign",
    "north/south",
    "east/west",
    "win/lose",
    "victory/defeat",
    "accept/reject",
    "allow/forbid",
    "pass/fail",
    "success/failure",
    "start/end",
    "begin/end",
    "open/close",
    "opening/closing",
    "entry/exit",
    "enter/leave",
    "rise/fall",
    "more/less",
    "more/fewer",
    "most/least",
    "many/few",
    "much/little",
    "increasingly/decreasingly",
    "ahead/behind",
    "forward/backward",
    "attack/defend",
    "offensive/defensive",
    "lend/borrow",
    "lender/borrower",
    "creditor/debtor",
    "buyer/seller",
    "winner/loser",
    "long/short",
    "heavy/light",
    "hot/cold",
    "wet/dry",
    "easy/difficult",
    "easy/hard",
    "simple/complex",
    "cheap/expensive",
    "fast/slow",
    "quickly/slowly",
    "true/false",
    "legal/illegal",
    "visible/invisible",
    "present/absent",
    "accelerate/decelerate",
    "add/remove",
    "add/subtract",
    "maximize/minimize",
    "overestimate/underestimate",
    "outperform/underperform",
    "overweight/underweight",
    "above/beneath",
    "top/bottom",
    "support/oppose",
    "agree/disagree",
    "approve/disapprove",
    "confirm/deny",
    "safe/dangerous",
    "peace/war",
    "love/hate",
    "like/dislike",
    "happy/sad",
    "optimistic/pessimistic",
    "optimism/pessimism",
    "favorable/unfavorable",
    "favourable/unfavourable",
    "improve/worsen",
    "improvement/deterioration",
    "expand/shrink",
    "increased/reduced",
    "raise/cut",
    "hike/cut",
    "boost/cut",
    "tighten/loosen",
    "tighten/ease",
    "strengthen/weaken",
    "appreciate/depreciate",
    "inflation/deflation",
    "surge/plunge",
    "outside/inside",
    "mandatory/voluntary",
    "permanent/temporary",
    "yes/no",
    "with/without",
    "full/partial",
    "complete/incomplete",
    "near/far",
    "nearby/distant",
    "add/reduce",
    "add/cut",
    "struggle/thrive",
    "troubled/thriving",
    "convict/acquit",
    "arrest/release",
    "specific/generic",
    "specific/general",
    "forward/backward",
    "ahead/backwards",
    "keep/delete",
    "attack/defend",
    "success/fail",
    "rise/decline",
    "grow/decline",
    "growth/decline",
)
