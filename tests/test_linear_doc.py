"""The document path grows linearly with hostile input (issue 18).

Each test times a step on a text and on one ten times longer, made by repeating a short unit, and
asks that the longer one take at most :data:`LIMIT` times as long (processor time, the best of up to
three runs, so a busy machine does not fail it; no absolute seconds). Before issue 18, ``'Mr. ' * n`` and prose on
one line were quadratic in segmentation, and a run of capitals (``'A' * n``, ``"O'" * n``) in the
alignment anchors: ten times the text took about a hundred times as long.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import xcheck
from xcheck import Statement
from xcheck.align import _anchors
from xcheck.text._segment import segment

#: The longest a ten times longer input may take, relative to the shorter: linear is 10, and a text
#: that outgrows the processor's caches costs up to twice as much per character (measured: word_pass
#: on '“' * n, 140 ns a character at 20k, 400 at 200k and 2M); quadratic is 100.
LIMIT = 20.0

_PROSE = (
    "The ministry said on Tuesday that 4,500 troops had left the base, according to Gen. Smith. "
    'Officials in Seoul denied the report, saying "no decision" had been made by the U.S. side. '
)

#: Units repeated into hostile texts: the families of issue 18.
FAMILIES = {
    "abbreviations": "Mr. ",
    "prose-one-line": _PROSE,
    "capitals": "A",
    "apostrophes": "O'",
    "dotted": "U.S.",
    "initials": "J. ",
    "capitalised-words": "Alpha Beta ",
    "function-word-runs": "In Alpha Beta, ",
    "straight-quotes": '"a. B" ',
    "open-quotes": "“",
    "curly-quotes": "“a. B” ",
    "cjk": "中国。",
    "digits": "1234567890",
    "range-chains": "1-2-",
}


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _seconds(fn: Callable[[], object]) -> float:
    """The processor time ``fn`` takes: unlike the wall clock, it does not count the time other
    processes of a busy machine hold the processor."""
    start = time.process_time()
    fn()
    return time.process_time() - start


def _growth(step: Callable[[str], object], unit: str, small: int) -> float:
    """How many times longer ``step`` takes on ``10 * small`` characters of ``unit`` than on
    ``small``: the best of three runs of the short text, and of up to three of the long one (it
    stops as soon as one run is within the limit)."""
    short, long_ = _repeat(unit, small), _repeat(unit, 10 * small)
    step(short)  # compiles the patterns and loads the lexicons
    base = min(_seconds(lambda: step(short)) for _ in range(3))
    best = float("inf")
    for _ in range(3):
        best = min(best, _seconds(lambda: step(long_)))
        if best <= LIMIT * base:
            break
    return best / base


_STATEMENT = [Statement("R1", "The ministry said 4,500 troops had left the base.")]


def _check_translation(text: str) -> object:
    return xcheck.check(text, _STATEMENT, max_chars=10**8)


def _check_statement(text: str) -> object:
    return xcheck.check("The ministry said 4,500 troops left.", [Statement("R1", text)], max_chars=10**8)


def _check_statements(text: str) -> object:
    many = [Statement(f"R{i}", text[i : i + 200]) for i in range(0, len(text), 200)]
    return xcheck.check("The ministry said 4,500 troops left.", many, max_chars=10**8)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_segment_grows_linearly(family: str) -> None:
    assert _growth(segment, FAMILIES[family], 20_000) <= LIMIT


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_word_pass_grows_linearly(family: str) -> None:
    assert _growth(_anchors.word_pass, FAMILIES[family], 20_000) <= LIMIT


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_check_grows_linearly_in_the_translation(family: str) -> None:
    assert _growth(_check_translation, FAMILIES[family], 5_000) <= LIMIT


@pytest.mark.parametrize("family", ["abbreviations", "capitals", "apostrophes", "prose-one-line", "cjk"])
def test_check_grows_linearly_in_one_statement(family: str) -> None:
    assert _growth(_check_statement, FAMILIES[family], 5_000) <= LIMIT


@pytest.mark.parametrize("family", ["abbreviations", "capitals", "prose-one-line", "cjk"])
def test_check_grows_linearly_in_many_statements(family: str) -> None:
    assert _growth(_check_statements, FAMILIES[family], 5_000) <= LIMIT


# The run pattern of the alignment anchors as it was before issue 18: unbounded, so each capital of
# 'AAAA…' tried the rest of the text. On words of real length it finds the same runs.
_OLD_RUN_RE = re.compile(
    r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’]*)(?:[ \-]+(?:(?:of|the|for) )*(?:(?:[A-Z]\.){2,}|[A-Z][\w'’]*))+"
)

_RUN_WORDS = ["U.S.", "U.N.", "A.B.C.", "Forces", "Korea", "O'Neill", "McDonald", "X", "iPhone"]
_RUN_GLUE = [" ", " of ", " the ", " for ", "-", " - ", ", ", ". ", " and ", " a ", "'s ", "."]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([*_RUN_WORDS, "the", "National", "Security"]), st.sampled_from(_RUN_GLUE)),
        max_size=30,
    ).map(lambda parts: "".join(w + g for w, g in parts))
)
def test_word_pass_anchors_as_before_on_real_words(text: str) -> None:
    new = _anchors.word_pass(text)
    old_pattern, _anchors._RUN_RE = _anchors._RUN_RE, _OLD_RUN_RE
    try:
        assert _anchors.word_pass(text) == new
    finally:
        _anchors._RUN_RE = old_pattern
