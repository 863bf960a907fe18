"""A translated quote read against the words of the reference it matches best, when no quote of
the reference renders it (:func:`_window_reversal`), and the findings of the quote check
(:func:`_finding`)."""

from __future__ import annotations

import itertools
import re

from rapidfuzz import fuzz

from xcheck._cache import text_cache
from xcheck._types import Discrepancy, Severity, Span
from xcheck.facts._polarity import reversal

__all__ = ["WINDOW_CUTOFF"]

_CONTEXT_WORDS = 2
_WORD_SPAN_RE = re.compile(r"\S+")
_LOOK_BACK = 120
# The farthest a context reaches from the quote either side: no search for a paragraph's edge
# or for its two words runs over the whole text (before, a text of many quotes and no line
# break cost time in the square of its length). Ordinary words are far shorter.
_REACH = 1000


@text_cache()
def _context(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``-``end`` widened by two words each side (within its paragraph, and within
    :data:`_REACH` characters); memoised, as a sentence is read against several statements."""
    floor = max(0, start - _REACH)
    left = text.rfind("\n", floor, start) + 1 or floor
    # The two words before: look in the last stretch of text first (a word cut at its edge is
    # never one of the last two when the stretch holds three or more).
    near = max(left, start - _LOOK_BACK)
    before = list(_WORD_SPAN_RE.finditer(text, near, start))
    if near > left and len(before) <= _CONTEXT_WORDS:
        before = list(_WORD_SPAN_RE.finditer(text, left, start))
    before = before[-_CONTEXT_WORDS:]
    ceiling = min(len(text), end + _REACH)
    right = text.find("\n", end, ceiling)
    after = list(itertools.islice(_WORD_SPAN_RE.finditer(text, end, right if right != -1 else ceiling), 2))
    return (before[0].start() if before else start, after[-1].end() if after else end)


def _finding(severity: Severity, t_span: Span, r_span: Span, why: str, score: float) -> Discrepancy:
    verb = "reverses" if severity == "critical" else "differs from"
    return Discrepancy(
        kind="quote",
        severity=severity,
        message=f"quote {t_span.text!r} {verb} the source's {r_span.text!r}: {why}",
        found=t_span,
        expected=r_span,
        found_value=t_span.text,
        expected_value=r_span.text,
        confidence=round(min(0.95, 0.5 + score / 200), 3),
    )


#: rapidfuzz partial ratio (0-100, case folded) at or above which a translated quote is read
#: against the words of the reference it matches, when no reference quote renders it.
WINDOW_CUTOFF = 80.0
_WINDOW_MIN = 12  # shorter quotes match too many places loosely


def _window_reversal(
    bounds: tuple[int, int, int, int], text: str, context: str, reference: str
) -> Discrepancy | None:
    """A ``critical`` finding when ``text`` closely matches words of ``reference`` (quoted or not)
    and, read with ``context`` (the quote and the words around it), says their opposite."""
    if len(text) < _WINDOW_MIN or len(text) > len(reference):
        return None
    hit = fuzz.partial_ratio_alignment(text.lower(), reference.lower(), score_cutoff=WINDOW_CUTOFF)
    if hit is None:
        return None
    start, end = _snap(reference, hit.dest_start, hit.dest_end)
    w_start, w_end = _context(reference, start, end)
    change = reversal(context, reference[w_start:w_end])
    if change is None:
        return None
    t_span = Span(bounds[0], bounds[1], text)
    r_span = Span(start, end, reference[start:end])
    return _finding("critical", t_span, r_span, f"{change} (similarity {hit.score:.0f}%)", hit.score)


def _word_around(text: str, pos: int) -> tuple[int, int]:
    """The bounds of the run of letters and digits that ``pos`` falls inside."""
    w_start = pos
    while w_start > 0 and text[w_start - 1].isalnum():
        w_start -= 1
    w_end = pos
    while w_end < len(text) and text[w_end].isalnum():
        w_end += 1
    return w_start, w_end


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``-``end`` snapped to whole words (a word cut at an edge is kept when at least half
    of it is inside), trimmed of spaces and edge punctuation."""
    if 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        w_start, w_end = _word_around(text, start)
        start = w_start if 2 * (w_end - start) >= w_end - w_start else w_end
    if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        w_start, w_end = _word_around(text, end)
        end = w_end if 2 * (end - w_start) >= w_end - w_start else w_start
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end
