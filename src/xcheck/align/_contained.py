"""Claims mode, step 3b: a sentence a statement contains word for word is rendered by it.

Scores weigh what two texts share against both of them, so a short sentence ("1,200", "May 22",
"30 to 40 people") scores about half against a long statement that holds it word for word: its
precision is 1, the statement's recall near 0. When a longer sentence renders that statement
better, the ratio rule of step 3 turns the short one away and it would be reported as an
addition. Here every sentence no statement took is checked against the statements that contain
its words (and figures) in order, contiguously or nearly (:func:`contains`):

1. a statement that *is* the sentence (the same words, or for a sentence without words such as
   ``"-"`` or ``"$"`` the same text) and that no sentence renders yet;
2. else a statement a neighbouring sentence (just before or after) links that contains the
   sentence; the sentence then joins that neighbour's link;
3. else a statement that is the sentence and that another sentence renders already;
4. a run of such sentences that together are a statement no sentence renders takes it as one
   link (a statement cut into pieces too short to score on their own).

A statement that merely contains a short common sentence ("He said.") somewhere else is never
taken: without a neighbour linking it, only the sentence's own text is evidence enough. Taking
one sentence can make it the neighbour of another (a run of short sentences), so the step runs
until nothing changes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from xcheck import _lazyre
from xcheck._types import Sentence, Statement
from xcheck.lexicon._scripts import CJK_CLASS

__all__ = ["Contained", "contains", "take_contained", "words"]

#: A word: one Chinese, Japanese or Korean character, or a run of other letters and digits.
_WORD = _lazyre.compile(rf"[{CJK_CLASS}]|[^\W_{CJK_CLASS}]+")


def words(text: str) -> tuple[str, ...]:
    """The case-folded words and figures of ``text``, in order (CJK characters one by one).

    >>> words("Exports rose 1,200 tonnes.")
    ('exports', 'rose', '1', '200', 'tonnes')
    >>> words("增长3%")
    ('增', '长', '3')
    """
    return tuple(_WORD.findall(text.casefold()))


def contains(own: tuple[str, ...], text: str, theirs: tuple[str, ...], their_text: str) -> bool:
    """Whether a statement (``theirs``, ``their_text``) holds a sentence (``own``, ``text``).

    The sentence's words must occur in the statement in order, within a span at most a quarter
    longer than the sentence (so up to one word in between for four words, none for fewer). A
    sentence without words holds when its stripped text occurs in the statement's text.

    >>> contains(words("30 to 40 people"), "", words("Police said 30 to 40 people came."), "")
    True
    >>> contains(words("He said."), "", words("He never said so."), "")
    False
    """
    if not own:
        stripped = text.strip()
        return bool(stripped) and stripped in their_text
    size, slack = len(own), len(own) // 4
    for start, word in enumerate(theirs):
        if word != own[0]:
            continue
        at, limit = 1, min(len(theirs), start + size + slack)
        for pos in range(start + 1, limit):
            if at == size:
                break
            if theirs[pos] == own[at]:
                at += 1
        if at == size:
            return True
    return False


class Contained:
    """The outcome of :func:`take_contained`: pairs taken, and neighbours that must share a link."""

    def __init__(self) -> None:
        self.pairs: set[tuple[int, int]] = set()
        self.equal: set[tuple[int, int]] = set()
        #: ``i`` in ``joins``: sentences ``i`` and ``i + 1`` join one link.
        self.joins: set[int] = set()


def _key(own: tuple[str, ...], text: str) -> tuple[str, ...]:
    return own if own else ("\0", text.strip())


def take_contained(
    taken: dict[int, list[int]],
    claims: Sequence[Sentence],
    statements: Sequence[Statement],
    by_sentence: dict[int, list[tuple[float, int]]],
) -> Contained:
    """Give each sentence no statement took a statement that contains it (see the module).

    ``taken`` (sentence position to statement positions) is updated in place; ``by_sentence``
    holds the step 2 scores per sentence (a neighbour's statement is chosen by them, then by id).
    """
    out = Contained()
    left = [i for i in range(len(claims)) if i not in taken and claims[i].text.strip()]
    if not left:
        return out
    own = {i: words(claims[i].text) for i in left}
    same: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j, st in enumerate(statements):
        same[_key(words(st.text), st.text)].append(j)
    theirs: dict[int, tuple[str, ...]] = {}
    rendered = {j for js in taken.values() for j in js}
    changed = True
    while changed and left:
        changed = _take_run(left, own, claims, same, rendered, taken, out)
        for i in list(left):
            equal = same.get(_key(own[i], claims[i].text), [])
            fresh = [j for j in equal if j not in rendered]
            if fresh:
                taken[i] = [fresh[0]]
                out.equal.add((i, fresh[0]))
            elif not _join_neighbour(i, own[i], taken, claims, statements, theirs, by_sentence, out):
                if not equal:
                    continue
                taken[i] = [equal[0]]
                out.equal.add((i, equal[0]))
            out.pairs.add((i, taken[i][0]))
            rendered.add(taken[i][0])
            left.remove(i)
            changed = True
    return out


#: At most this many consecutive sentences are read together as one statement (see _take_run).
_MAX_RUN = 8


def _take_run(
    left: list[int],
    own: dict[int, tuple[str, ...]],
    claims: Sequence[Sentence],
    same: dict[tuple[str, ...], list[int]],
    rendered: set[int],
    taken: dict[int, list[int]],
    out: Contained,
) -> bool:
    """Link the first run of consecutive left-over sentences that together are, word for word,
    a statement no sentence renders (a statement split into pieces too short to score: "만",
    "억", "万"). The run joins one link; returns whether one was found."""
    free = set(left)
    for start in left:
        run = [start]
        while len(run) < _MAX_RUN and run[-1] + 1 in free:
            run.append(run[-1] + 1)
            joined = tuple(w for i in run for w in own[i])
            text = " ".join(claims[i].text.strip() for i in run)
            fresh = [j for j in same.get(_key(joined, text), []) if j not in rendered]
            if not fresh:
                continue
            for i in run:
                taken[i] = [fresh[0]]
                out.pairs.add((i, fresh[0]))
                left.remove(i)
            out.joins.update(run[:-1])
            rendered.add(fresh[0])
            return True
    return False


def _join_neighbour(
    i: int,
    own: tuple[str, ...],
    taken: dict[int, list[int]],
    claims: Sequence[Sentence],
    statements: Sequence[Statement],
    theirs: dict[int, tuple[str, ...]],
    by_sentence: dict[int, list[tuple[float, int]]],
    out: Contained,
) -> bool:
    """Take for sentence ``i`` the best statement a neighbour links that contains it."""
    text = claims[i].text
    best = {j: score for score, j in by_sentence.get(i, ())}
    found = []
    for nb in (i - 1, i + 1):
        for j in taken.get(nb, ()):
            if j not in theirs:
                theirs[j] = words(statements[j].text)
            if contains(own, text, theirs[j], statements[j].text):
                found.append((-best.get(j, 0.0), j, nb))
    if not found:
        return False
    _, j, _ = min(found)
    taken[i] = [j]
    out.joins.update(min(i, nb) for _, jj, nb in found if jj == j)
    return True
