"""A short quoted word the translation applies to more names than the source does
(:func:`_scope_drift`), read through an index of the reference (:class:`_Reference`) so that a
text with many quotes costs time in proportion to its length: each quote looks its word up by
bisection and reads only the names of its own clause.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING

from xcheck import _lazyre
from xcheck._types import Discrepancy, Span

if TYPE_CHECKING:
    from xcheck.facts.names import Mention

_CLAUSE_END_RE = _lazyre.compile(r"[.;:!?\n]|,\s+(?:and|but|while|adding|saying|which)\b")
_SCOPE_MAX_WORDS = 3
# Every name the rule reader finds (no glossary) starts with a capital letter: an ASCII clause
# without one names nobody, and is not read for names.
_CAPITAL_RE = _lazyre.compile("[A-Z]")
# A character a name can start with or hold: a capital letter, or anything outside ASCII.
_NAME_CHAR_RE = _lazyre.compile("[A-Z]|[^\x00-\x7f]")
_WORD_CHAR_RE = _lazyre.compile(r"\w")


def _clause_after(text: str, start: int, limit: int = 120) -> tuple[int, int]:
    """From ``start`` to the end of its clause (a sentence end, or a comma before a new clause)."""
    stop = _CLAUSE_END_RE.search(text, start, min(len(text), start + limit))
    return start, (stop.start() if stop else min(len(text), start + limit))


def _word_start(stem: str, text: str) -> int | None:
    """Where ``stem`` first starts a word of ``text``, case aside: ``re.search(r"\\b" + stem,
    text, re.IGNORECASE)``, done with ``str.find`` when both are ASCII and ``stem`` is lower-case
    and starts with a word character (as what :func:`_squash` makes does)."""
    if stem.isascii() and text.isascii() and stem == stem.lower() and _WORD_CHAR_RE.match(stem):
        low = text.lower()
        at = low.find(stem)
        while at != -1:
            if at == 0 or not (low[at - 1].isalnum() or low[at - 1] == "_"):
                return at
            at = low.find(stem, at + 1)
        return None
    hit = re.search(r"\b" + re.escape(stem), text, flags=re.IGNORECASE)
    return hit.start() if hit is not None else None


def _names_nowhere(text: str, start: int, end: int) -> bool:
    """Whether no name can start in ``text[start:end]``: ASCII with no capital letter."""
    window = text[start:end]
    return window.isascii() and _CAPITAL_RE.search(window) is None


class _Reference:
    """What :func:`_scope_drift` reads of one reference, built as it is first asked for and
    shared by every quote of the translation: the word starts of each stem looked up, the first
    and last character a name can hold, and the reference's mentions in order."""

    __slots__ = ("_first_name_char", "_last_name_char", "_mentions", "_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: dict[str, list[int]] = {}
        self._first_name_char: int | None = None
        self._last_name_char = -1
        self._mentions: tuple[list[int], tuple[Mention, ...]] | None = None

    def word_start_near(self, stem: str, share: float) -> int | None:
        """Where ``stem`` starts a word of the reference, the occurrence nearest the place ``share``
        (0 to 1) of the way through it (the first of two as near): a quoted word written several
        times ("reported", the "China Report") is looked up where the quote stands, not at its
        first use. The starts of a stem are found once (``re.finditer``), then bisected."""
        starts = self._starts.get(stem)
        if starts is None:
            pattern = r"\b" + re.escape(stem)
            starts = [m.start() for m in re.finditer(pattern, self.text, flags=re.IGNORECASE)]
            self._starts[stem] = starts
        if not starts:
            return None
        target = share * len(self.text)
        i = bisect.bisect_left(starts, target)
        if i == len(starts):
            return starts[-1]
        if i > 0 and target - starts[i - 1] <= starts[i] - target:
            return starts[i - 1]
        return starts[i]

    def names_nowhere_outside(self, start: int, end: int) -> bool:
        """Whether no name can start in the reference before ``start`` nor from ``end`` on
        (:func:`_names_nowhere` of both, from two offsets found once)."""
        if self._first_name_char is None:
            first = _NAME_CHAR_RE.search(self.text)
            last = _NAME_CHAR_RE.search(self.text[::-1])  # one C scan from the end
            self._first_name_char = first.start() if first is not None else len(self.text)
            self._last_name_char = len(self.text) - 1 - last.start() if last is not None else -1
        return self._first_name_char >= start and self._last_name_char < end

    def mentions(self) -> tuple[list[int], tuple[Mention, ...]]:
        """The reference's mentions (glossary-free, by start) and their starts, read once."""
        if self._mentions is None:
            from xcheck.facts.names import extract_mentions

            found = tuple(sorted(extract_mentions(self.text), key=lambda m: m.span.start))
            self._mentions = ([m.span.start for m in found], found)
        return self._mentions


def _between(mentions: tuple[list[int], tuple[Mention, ...]], start: int, end: int) -> tuple[int, int]:
    """The index range of the mentions (sorted by start) that start in ``start``-``end``."""
    starts = mentions[0]
    return bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)


def _scope_drift(
    translation: str,
    bounds: tuple[int, int, int, int],
    quoted: str,
    q: str,
    ref: _Reference,
    own: _Reference,
) -> Discrepancy | None:
    """A short quoted word applied to more names than the source applies it to.

    "allows the US military to "deter" Russia, China, and North Korea" where the source says US
    forces "impose costs on Russia ... and on China ... and keep deterring North Korea": the
    quoted verb is the source's, but the translation stretches it over two names the source
    attaches to another verb. Minor: the words are right, their reach is not. ``bounds`` are the
    quote's offsets (see :func:`_quote_bounds`), ``quoted`` its words, ``q`` them squashed,
    ``ref`` the reference read through its index and ``own`` the translation (for its
    mentions).
    """
    if len(quoted.split()) > _SCOPE_MAX_WORDS:
        return None
    reference = ref.text
    stem = q[: max(4, len(q) - 2)]
    share = bounds[2] / max(1, len(translation))
    at = ref.word_start_near(stem, share) if q else None
    if at is None:
        return None
    marks_end = bounds[3] + 1
    t_from, t_to = _clause_after(translation, marks_end)
    r_from, r_to = _clause_after(reference, at + len(stem))
    if (
        _names_nowhere(translation, t_from, t_to)
        or _names_nowhere(reference, r_from, r_to)
        or ref.names_nowhere_outside(r_from, r_to)
    ):
        return None  # no name in either clause, or none in the reference outside its clause
    from xcheck.facts.names._compare import _same_entity

    t_mentions = own.mentions()
    lo, hi = _between(t_mentions, t_from, t_to)
    t_names = t_mentions[1][lo:hi]
    if not t_names:
        return None
    r_all = ref.mentions()
    r_lo, r_hi = _between(r_all, r_from, r_to)
    r_names = r_all[1][r_lo:r_hi]
    # A stretched name is one the reference names outside this clause but not inside it.
    if not r_names or r_hi - r_lo == len(r_all[1]):
        return None
    outside = [range(r_lo), range(r_hi, len(r_all[1]))]  # read lazily: most names stop early
    extra = [
        m
        for m in t_names
        if not any(_same_entity(m, r, None) for r in r_names)
        and any(_same_entity(m, r_all[1][k], None) for k in itertools.chain(*outside))
    ]
    if not extra:
        return None
    covered = ", ".join(r.span.text for r in r_names)
    stretched = ", ".join(m.span.text for m in extra)
    start, end = bounds[0], bounds[1]
    return Discrepancy(
        kind="quote",
        severity="minor",
        message=(
            f"quote {quoted!r} is applied to {stretched} as well; the source applies it only to {covered}"
        ),
        found=Span(start, end, translation[start:end]),
        expected=Span(r_from - len(stem), r_to, reference[r_from - len(stem) : r_to]),
        found_value=translation[bounds[2] : t_to].strip(),
        expected_value=reference[at:r_to].strip(),
        confidence=0.6,
    )
