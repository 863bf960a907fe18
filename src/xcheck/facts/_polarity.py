"""Whether two wordings of one quote say opposite things: a negation added or dropped, or a
direction word swapped for its opposite ("rose" / "fell", "remains very high" / "has eased").

Words are lemmatised with LemmInflect's dictionary (every lemma of every part of speech, no
tagger; shipped as a table, :mod:`xcheck.lexicon._lemmas`), so "rose", "risen" and "rising" all
read as "rise". The word lists are data in :mod:`xcheck.lexicon._polarity`.

A negation and an opposite direction together cancel ("has not eased" / "remains high",
"did not deny" / "confirmed"): that is a restatement, not a reversal.

>>> reversal("Uncertainty remains very high", "Uncertainty has largely eased")
"'high' where the source says 'eased'"
>>> reversal("prices rose", "prices did not fall") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from xcheck.lexicon._lemmas import lemmas
from xcheck.lexicon._polarity import (
    DIRECTIONS,
    IMPLICIT_NEGATIONS,
    NEGATING_VERBS,
    NEGATION_PREFIXES,
    NEGATIONS,
    NOT_NEGATING,
)

__all__ = ["direction_flip", "negated", "negations", "reversal", "tokens"]

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_NOT_NEGATING_FIRST = frozenset(run[0] for run in NOT_NEGATING)
_PREFIX_SECONDS = frozenset(second for _, second in NEGATION_PREFIXES)


# "No. 1", "no.1": the abbreviation of number, not a negation.
_NUMBER_NO_RE = re.compile(r"\bno\.\s?(?=\d)")
# Words a negation's scope skips to reach what it bears on.
_FUNCTION_WORDS = frozenset(
    "a an the of to in on at for and or is are was were be been being am it its this that do does "
    "did have has had get any anything anyone ever even yet so very much too into by with from "
    "about as i me you he him she her we us they them my your his our their".split()
)


def tokens(text: str) -> list[str]:
    """The words of ``text``, lower-cased, apostrophes dropped (``don't`` -> ``dont``)."""
    low = _NUMBER_NO_RE.sub("number ", text.lower().replace("’", "'").replace("‘", "'"))
    return [w.replace("'", "") for w in _TOKEN_RE.findall(low)]


def _lemmas(word: str) -> frozenset[str]:
    """``word`` and every lemma the dictionary gives it, of any part of speech."""
    return lemmas(word)


def negations(words: Sequence[str]) -> list[int]:
    """Where the negations of ``words`` are (runs of NOT_NEGATING aside; "failed to" counts)."""
    out: list[int] = []
    skip = 0
    for i, w in enumerate(words):
        if skip:
            skip -= 1
            continue
        if w in _NOT_NEGATING_FIRST:
            run = next((r for r in NOT_NEGATING if tuple(words[i : i + len(r)]) == r), None)
            if run is not None:
                skip = len(run) - 1
                continue
        if w in NEGATIONS or not _lemmas(w).isdisjoint(NEGATING_VERBS) or _failed_to(words, i):
            out.append(i)
    return out


def _failed_to(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` and the next word are a two-word negation ("failed to")."""
    return (
        i + 1 < len(words)
        and words[i + 1] in _PREFIX_SECONDS
        and any((lemma, words[i + 1]) in NEGATION_PREFIXES for lemma in _lemmas(words[i]))
    )


def negated(words: Sequence[str]) -> bool:
    """Whether ``words`` hold a negation. Presence, not parity: two translators split one negated
    claim into two negations ("no towels and no gel" / "not a towel or any gel") far more often
    than news quotes hold a double negative."""
    return bool(negations(words))


_SCOPE = 4  # how many words after a negation it is taken to bear on (function words aside)
# Adverbs a negation skips to reach the word it bears on ("not yet fully developed").
_SKIPPED = frozenset("yet also fully really quite always still all either just entirely necessarily".split())


def _negated_word_shared(words: Sequence[str], other: Sequence[str]) -> bool:
    """Whether the word a negation of ``words`` bears on (the first content word of the four after
    it) is in ``other`` too, as any of its lemmas: "did not get the balance right" / "got the
    balance right" share "get"; "not going well" / "having difficulties" share nothing, nor do
    "did not expect such a result" / "such a result came as a surprise"."""
    other_lemmas = {lemma for w in other for lemma in _lemmas(w)}
    for i in negations(words):
        scope = [w for w in words[i + 1 : i + 1 + _SCOPE] if w not in _FUNCTION_WORDS and w not in _SKIPPED][
            :1
        ]
        if any(not _lemmas(w).isdisjoint(other_lemmas) for w in scope):
            return True
    return False


def _restated(negative: Sequence[str], positive: Sequence[str]) -> bool:
    """Whether ``positive`` holds a word ``negative`` lacks that negates or lowers by itself, so the
    negation may restate it ("has no clothes" / "has lost his clothes")."""
    negative_lemmas = {lemma for w in negative for lemma in _lemmas(w)}
    for w in positive:
        lemmas = _lemmas(w)
        if lemmas.isdisjoint(negative_lemmas) and (
            not lemmas.isdisjoint(IMPLICIT_NEGATIONS)
            or any(sign < 0 for lemma in lemmas for _, sign in DIRECTIONS.get(lemma, ()))
        ):
            return True
    return False


def _directions(words: Sequence[str]) -> dict[str, tuple[str, tuple[tuple[str, int], ...]]]:
    """The direction lemmas of ``words``: lemma -> (the first word of ``words`` with that lemma,
    its (axis, sign) marks)."""
    out: dict[str, tuple[str, tuple[tuple[str, int], ...]]] = {}
    for w in words:
        for lemma in _lemmas(w):
            marks = DIRECTIONS.get(lemma)
            if marks is not None and lemma not in out:
                out[lemma] = (w, marks)
    return out


def _direction_flip(found: Sequence[str], expected: Sequence[str]) -> tuple[str, str] | None:
    """``(found word, expected word)`` when the direction lemmas only ``found`` has lie at one end
    of an axis and those only ``expected`` has at the other end; else ``None``."""
    fd, ed = _directions(found), _directions(expected)
    if not fd or not ed:
        return None
    f_only = [v for k, v in fd.items() if k not in ed]
    e_only = [v for k, v in ed.items() if k not in fd]
    for axis in sorted({a for _, marks in f_only for a, _ in marks}):
        f_signs = {s for _, marks in f_only for a, s in marks if a == axis}
        e_signs = {s for _, marks in e_only for a, s in marks if a == axis}
        if len(f_signs) == 1 and e_signs == {-s for s in f_signs}:
            f_word = next(w for w, marks in f_only if any(a == axis for a, _ in marks))
            e_word = next(w for w, marks in e_only if any(a == axis for a, _ in marks))
            return f_word, e_word
    return None


def direction_flip(found: str, expected: str) -> bool:
    """Whether a direction word of ``found`` has its opposite in ``expected`` (see :func:`reversal`)."""
    return _direction_flip(tokens(found), tokens(expected)) is not None


def reversal(found: str, expected: str) -> str | None:
    """Why ``found`` says the opposite of ``expected``, or ``None`` when it does not.

    Opposite: one has a negation and the other none, and a word the negation bears on is in the
    other too; or a direction word of one has its opposite in the other (and neither has both);
    but not both at once.
    """
    fw, ew = tokens(found), tokens(expected)
    negation = negated(fw) != negated(ew)
    flip = _direction_flip(fw, ew)
    if negation and flip is None:
        negative, positive = (fw, ew) if negated(fw) else (ew, fw)
        if _negated_word_shared(negative, positive) and not _restated(negative, positive):
            return "the negation differs"
        return None
    if flip is not None and not negation:
        return f"{flip[0]!r} where the source says {flip[1]!r}"
    return None
