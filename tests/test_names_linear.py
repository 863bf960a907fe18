"""The name, title, quote and polarity readers cost time in proportion to their input.

Each family is a text that once made a reader search the text before (or after) every word,
quote or name again, or backtrack over a long word from each of its characters: capitalised
runs, apostrophe and hyphen chains, quote marks, speech verbs, titles, negations, CJK runs. The
readers are timed alone (the alignment and scoring stages are others' to keep linear) at a size
and at ten times it, best of three; the larger must cost at most fifteen times the smaller (a
quadratic reader costs about a hundred times). Ratios, not seconds: the machine may be loaded.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from xcheck.facts.names import default_glossary, extract_mentions
from xcheck.facts.names._context import _context_tokens
from xcheck.facts.names._findings import _given_name_only
from xcheck.facts.names._titles import _check_ranks, _check_titles
from xcheck.facts.polarity import compare_polarity
from xcheck.facts.quotes import compare_quotes, extract_quotes

_GROWTH = 10
_MAX_RATIO = 15.0
# The smaller size of a family: large enough that the text outgrows the processor's first caches
# (below some 20,000 characters, a C scan grows faster than the text), smaller for the families
# read word by word in Python, to keep the test short.
_LIGHT, _HEAVY = 20_000, 4_000

#: Texts of about ``n`` characters, one per family, with the smaller size each is read at.
FAMILIES: dict[str, tuple[Callable[[int], str], int]] = {
    "capitalised words": (lambda n: "Alpha Beta " * (n // 11), _HEAVY),
    "one long capitalised word": (lambda n: "A" * n, _LIGHT),
    "capital letters": (lambda n: "A " * (n // 2), _HEAVY),
    "titled names": (lambda n: "Mr. Smith " * (n // 10), _HEAVY),
    "O'": (lambda n: "O'" * (n // 2), _LIGHT),
    "hyphen and apostrophe": (lambda n: "a-'" * (n // 3), _LIGHT),
    "quoted words": (lambda n: '"a" ' * (n // 4), _HEAVY),
    "straight quote marks": (lambda n: '"' * n, _LIGHT),
    "curly quote marks": (lambda n: "“" * n, _LIGHT),
    "guillemets": (lambda n: "«" * n, _LIGHT),
    "corner brackets": (lambda n: "「" * n, _LIGHT),
    "speech verbs": (lambda n: "Smith said " * (n // 11), _HEAVY),
    "quotes with speakers": (lambda n: 'Smith said "it is a" ' * (n // 21), _HEAVY),
    "titles": (lambda n: "President " * (n // 10), _LIGHT),
    "negations": (lambda n: "not " * (n // 4), _HEAVY),
    "double negations": (lambda n: "no never " * (n // 9), _HEAVY),
    "negated sentences": (lambda n: "Prices did not rise, no. " * (n // 25), _HEAVY),
    "Chinese name characters": (lambda n: "李" * n, _LIGHT),
    "Korean name syllables": (lambda n: "김" * n, _LIGHT),
    "apostrophe names": (lambda n: "O'Brien Smith " * (n // 14), _HEAVY),
}


def _changed(text: str) -> str:
    """``text`` with one character in its middle changed."""
    mid = len(text) // 2
    return text[:mid] + ("X" if text[mid] != "X" else "Y") + text[mid + 1 :]


def _read(text: str) -> None:
    """Every reader of names, titles, quotes and polarity on ``text``, against itself and a
    slightly changed copy."""
    other = _changed(text)
    glossary = default_glossary()
    mentions = extract_mentions(text, glossary=glossary)
    extract_mentions(other, glossary=glossary)
    plain = extract_mentions(text)
    for m in mentions:
        _given_name_only(m, other)
        _context_tokens(text, m.span.start, m.span.end, True)
        _context_tokens(text, m.span.start, m.span.end, False)
    _check_titles(plain, plain, None)
    _check_ranks(plain, plain)
    extract_quotes(text)
    compare_quotes(text, text)
    compare_quotes(text, other)
    compare_polarity(text, other)
    compare_polarity(other, text)


def _clear() -> None:
    """Empty the readers' memos, so that each run reads afresh."""
    from xcheck.facts import names, quotes

    names._clear_caches()
    quotes._clear_caches()


def _timed(fn: Callable[[str], None], text: str) -> float:
    """One run with fresh memos and without the cyclic garbage collector (whose passes over
    every object alive grow with the objects a run makes)."""
    _clear()
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        fn(text)
        return time.perf_counter() - start
    finally:
        gc.enable()


def _growth(make: Callable[[int], str], size: int, fn: Callable[[str], None] = _read) -> float:
    """How many times longer ``fn`` takes on a text ten times longer than ``size`` characters:
    the best of three runs each, the two sizes taken in turn so that a burst of load on a shared
    machine slows both; three more rounds when the ratio is over (load only ever slows a run)."""
    fn(make(200))  # warm: imports, lexicons, compiled patterns
    small_text, large_text = make(size), make(size * _GROWTH)
    small = large = float("inf")
    for round_ in range(6):
        small = min(small, _timed(fn, small_text))
        large = min(large, _timed(fn, large_text))
        if round_ >= 2 and large / max(small, 1e-4) <= _MAX_RATIO:
            break
    return large / max(small, 1e-4)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_the_readers_grow_linearly(family: str) -> None:
    ratio = _growth(*FAMILIES[family])
    assert ratio <= _MAX_RATIO, f"{family}: ten times the text took {ratio:.1f} times as long"


def test_a_given_name_is_looked_up_in_a_long_word_in_linear_time() -> None:
    """The full-name pattern was tried from each character of "O'O'O'..." and backtracked over
    the rest (quadratic): 8.7 s for 20,000 characters."""
    (name,) = extract_mentions("Boyd left.")

    def check(text: str) -> None:
        _given_name_only(name, text)

    ratio = _growth(lambda n: "O'" * (n // 2) + ". Boyd Kevin", _LIGHT, check)
    assert ratio <= _MAX_RATIO


def test_many_titled_mentions_of_one_person_are_compared_in_linear_time() -> None:
    def check(text: str) -> None:
        mentions = [m for m in extract_mentions(text) if m.title is not None]
        _check_titles(mentions, mentions, None)

    assert _growth(lambda n: "President Smith spoke. " * (n // 23), _LIGHT, check) <= _MAX_RATIO


def test_the_growth_check_can_fail() -> None:
    """A reader that scans the text before each word grows about a hundred times."""

    def quadratic(text: str) -> None:
        for i in range(0, len(text), 4):
            text.rfind("\n", 0, i)
            text[:i].count("A")

    assert _growth(lambda n: "A " * (n // 2), 2_000, quadratic) > _MAX_RATIO
