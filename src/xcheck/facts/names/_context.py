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


def _context_tokens(text: str, start: int, end: int, after: bool) -> tuple[tuple[str, bool], ...]:
    """The words (numbers and commas included) right after ``text[start:end]`` (or right before
    it, nearest first), up to the end of the clause and at most eight: each folded, with whether
    it is content (a number, or a lower-case word of three letters or more that is not a function
    or reporting word; a capitalised word is a name, and a shared name is no evidence of a slot)."""
    if after:
        stop = _CONTEXT_BREAK_RE.search(text, end)
        chunk = text[end : stop.start() if stop else len(text)]
        toks = _CONTEXT_TOKEN_RE.findall(chunk)[: 2 * _CONTEXT_WINDOW]
    else:
        cut = max((m.end() for m in _CONTEXT_BREAK_RE.finditer(text, 0, start)), default=0)
        toks = _CONTEXT_TOKEN_RE.findall(text[cut:start])[::-1][:_CONTEXT_WINDOW]
    out: list[tuple[str, bool]] = []
    for tok in toks:
        if tok[:1].isdigit():
            out.append((tok.replace(",", ""), True))
        else:
            word = fold_word(tok)
            out.append((word, tok[:1].islower() and len(word) >= 3 and word not in FUNCTION_WORDS))
    return tuple(out)


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
