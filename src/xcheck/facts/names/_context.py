"""The shared-context rule: two different names fill one slot when the same words frame both,
right after them (the same predicate, also past a short apposition) or right before them, even
when the rest of the pair was reworded and the word alignment says nothing.
"""

from __future__ import annotations

import re

from xcheck._cache import text_cache
from xcheck.facts.names._model import Mention
from xcheck.facts.names._text import fold_word
from xcheck.lexicon._names import FUNCTION_WORDS

#: Shared context that puts two different names in one slot however the rest of the pair was
#: reworded: at least this many words (numbers included) right after, or right before, both names
#: ("Honor shipped 12.3 million phones" / "Huawei shipped 12.3 million phones") ...
CONTEXT_MIN_WORDS = 3
#: ... of which at least this many are numbers or content words (not function or reporting words).
CONTEXT_MIN_CONTENT = 2


_CONTEXT_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_][\w'’\-]*|,")
# Where a clause's context ends: strong punctuation, brackets, quotation marks, a line break, or
# a full stop that is not a decimal point.
_CONTEXT_BREAK_RE = re.compile(r"[!?;:()\[\]{}\"“”«»「」『』\n]|\.(?!\d)")
_CONTEXT_WINDOW = 8
# How far from a name its context words are looked for: the clause's edge was searched over the
# whole text before (and after) each name, which made a text with no full stop cost the square of
# its length. Eight words of a clause fit in far less.
_CONTEXT_REACH = 1000
_NEAR_REACH = 160  # where they are looked for first


def _context_tokens(text: str, start: int, end: int, after: bool) -> tuple[tuple[str, bool], ...]:
    """The words (numbers and commas included) right after ``text[start:end]`` (or right before
    it, nearest first), up to the end of the clause and at most eight: each folded, with whether
    it is content (a number, or a lower-case word of three letters or more that is not a function
    or reporting word; a capitalised word is a name, and a shared name is no evidence of a slot)."""
    toks = _after(text, end) if after else _before(text, start)
    out: list[tuple[str, bool]] = []
    for tok in toks:
        if tok[:1].isdigit():
            out.append((tok.replace(",", ""), True))
        else:
            word = fold_word(tok)
            out.append((word, tok[:1].islower() and len(word) >= 3 and word not in FUNCTION_WORDS))
    return tuple(out)


def _after(text: str, end: int) -> list[str]:
    """The first sixteen tokens after ``end`` within its clause: looked for in the next
    :data:`_NEAR_REACH` characters first, then up to :data:`_CONTEXT_REACH`."""
    for reach in (_NEAR_REACH, _CONTEXT_REACH):
        ceiling = min(len(text), end + reach)
        stop = _CONTEXT_BREAK_RE.search(text, end, ceiling)
        if stop is None and ceiling < len(text):  # no word cut at the reach's edge
            ceiling = max(end, text.rfind(" ", end, ceiling))
        toks = _CONTEXT_TOKEN_RE.findall(text, end, stop.start() if stop else ceiling)
        if stop is not None or len(toks) >= 2 * _CONTEXT_WINDOW or ceiling == len(text):
            break  # the clause ends in reach, or its first words are all here
    return toks[: 2 * _CONTEXT_WINDOW]


def _before(text: str, start: int) -> list[str]:
    """The last eight tokens before ``start`` within its clause, nearest first: looked for in the
    :data:`_NEAR_REACH` characters before it first, then up to :data:`_CONTEXT_REACH`. A stretch
    that starts at a space reads the words after it as the whole clause does."""
    for reach in (_NEAR_REACH, _CONTEXT_REACH):
        floor = max(0, start - reach)
        if floor:  # no word cut at the reach's edge
            space = text.find(" ", floor, start)
            floor = start if space == -1 else space
        cut = max((m.end() for m in _CONTEXT_BREAK_RE.finditer(text, floor, start)), default=floor)
        toks = _CONTEXT_TOKEN_RE.findall(text, cut, start)
        if cut > floor or floor == 0 or len(toks) >= _CONTEXT_WINDOW:
            break  # the clause starts in reach, or its last words are all here
    return toks[::-1][:_CONTEXT_WINDOW]


def _predicates(tokens: tuple[tuple[str, bool], ...]) -> list[tuple[tuple[str, bool], ...]]:
    """What follows a name as its predicate: the words right after it, or, after a short
    apposition between commas (", the Chinese budget brand,"), the words after the apposition."""
    if not tokens:
        return []
    if tokens[0][0] != ",":
        return [tokens[:_CONTEXT_WINDOW]]
    close = next((k for k in range(1, _CONTEXT_WINDOW) if k < len(tokens) and tokens[k][0] == ","), None)
    if close is None or close == 1:
        return []
    return [tokens[close + 1 : close + 1 + _CONTEXT_WINDOW]]


def _frames_match(a: tuple[tuple[str, bool], ...], b: tuple[tuple[str, bool], ...]) -> bool:
    shared = 0
    content = 0
    for (x, x_content), (y, _) in zip(a, b, strict=False):
        if x != y:
            break
        shared += x != ","
        content += x_content
    return shared >= CONTEXT_MIN_WORDS and content >= CONTEXT_MIN_CONTENT


def _shared_context(translation: str, tm: Mention, reference: str, rm: Mention) -> bool:
    """Whether two mentions are framed by the same words, so they fill one slot even when the
    rest of the pair was reworded (a low :func:`_aligned_ratio` leaves no word alignment).

    The same words must follow both names (the same predicate: "Honor shipped 12.3 million
    phones" / "Huawei shipped 12.3 million phones", also after a short apposition: "Honor, the
    Chinese budget brand, shipped 12.3 million phones") or directly precede both ("filed a
    lawsuit against Apple" / "filed a lawsuit against Samsung"): at least
    :data:`CONTEXT_MIN_WORDS` words within the clause, of which :data:`CONTEXT_MIN_CONTENT` are
    numbers or lower-case content words. An apposition itself (", a team member") describes a name
    rather than saying what it did, and shared names and function words ("from Tel Aviv to X",
    "X said on") are no evidence.
    """
    ta, tb = _frames(translation, tm.span.start, tm.span.end)
    ra, rb = _frames(reference, rm.span.start, rm.span.end)
    if any(_frames_match(a, b) for a in ta for b in ra):
        return True
    return bool(tb and rb) and _frames_match(tb, rb)


@text_cache()
def _frames(
    text: str, start: int, end: int
) -> tuple[tuple[tuple[tuple[str, bool], ...], ...], tuple[tuple[str, bool], ...]]:
    """The predicates after ``text[start:end]`` and the words before it (see :func:`_shared_context`),
    memoised with the text: a sentence is compared with several statements."""
    after = tuple(_predicates(_context_tokens(text, start, end, True)))
    return after, _context_tokens(text, start, end, False)
