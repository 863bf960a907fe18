"""Reading and comparing quantities takes time linear in the length of the texts, on any input.

Each family is a unit repeated into a long text (a run of one number, percentages, clock times,
range chains, dates, CJK numerals, separator chains, number words): the text is compared with
itself and with a slightly changed copy, as the pair mode and the claims mode of a check compare
them. :data:`_GROWTH` times the text must cost at most :data:`_RATIO` times as much processor
time (best of three: the machine's load and caches slow a run, never the minimum; twice the
growth is left for that); a quadratic step costs 64 times. Both sizes are past the memo of short
texts (2,000 characters), so both read cold.
"""

from __future__ import annotations

import gc
import time
import tracemalloc
from collections.abc import Callable

import pytest

from xcheck.facts.quantities import clear_cache, compare_quantities, extract_quantities

_SMALL = 3_000
_GROWTH = 8
_RATIO = 2.0 * _GROWTH
_FAMILIES = {
    "ones": "1 ",
    "percents": "5% ",
    "colons": "5:",
    "dash chain": "1-2-",
    "dates": "5 May 2025 ",
    "range chain": "5-6 to 7-8 ",
    "issue 18": "5 1,000 5 to 1,000 5 1,000 ",
    "to chain": "5 to 6 to 7 ",
    "commas": "1,",
    "dots": "1.",
    "chinese numeral run": "三",
    "chinese numerals": "一百二十万",
    "hundreds of": "hundreds of ",
    "number words": "two hundred and five ",
    "half": "half ",
    "capitalised number word": "the Three Gorges ",
    "korean": "3만 명 ",
    "restatements": "100 km (62 miles) ",
}
#: The families whose comparison does more than their reading (pairs, ranges, renderings).
_COMPARED = [
    "ones",
    "percents",
    "colons",
    "dash chain",
    "dates",
    "range chain",
    "issue 18",
    "to chain",
    "half",
    "capitalised number word",
    "korean",
    "restatements",
]
#: Two texts that share no figure (every value left to the cheapest-first matching) or that
#: write one side's ranges as points.
_CROSS = {
    "every figure changed": ("1 ", "2 "),
    "opposite bounds": ("more than 5 people, ", "less than 5 people, "),
    "changed dates": ("5 May 2025 ", "6 June 2024 "),
    "ranges against points": ("5 to 6 km ", "5 km 6 km "),
    "numbers against words": ("1 ", "a "),
}
#: The options of the comparison in a check's pair mode and in its claims mode.
_MODES = {
    "pair": {"report_missing": True, "report_added": True, "reuse": False},
    "claims": {"report_missing": False, "report_added": False, "reuse": True},
}


def _text(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _changed(text: str) -> str:
    """A slightly changed copy: a digit changed every 997 characters of the second half, and a
    number added in the middle."""
    chars = list(text)
    for k in range(len(chars) // 2, len(chars), 997):
        if chars[k].isdigit():
            chars[k] = "8" if chars[k] == "7" else "7"
    mid = len(chars) // 2
    return "".join(chars[:mid]) + " 42 " + "".join(chars[mid:])


def _best_of_3(run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        clear_cache()
        gc.collect()
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def _growth(make: Callable[[int], Callable[[], object]]) -> float:
    make(_SMALL)()  # compile the lazy patterns first
    return _best_of_3(make(_GROWTH * _SMALL)) / _best_of_3(make(_SMALL))


@pytest.mark.parametrize("unit", list(_FAMILIES.values()), ids=list(_FAMILIES))
def test_reading_grows_linearly(unit: str) -> None:
    ratio = _growth(lambda n: lambda: extract_quantities(_text(unit, n)))
    assert ratio <= _RATIO, f"{_GROWTH}x the text took {ratio:.1f}x the time"


@pytest.mark.parametrize("family", _COMPARED)
def test_comparing_a_text_with_itself_and_a_changed_copy_grows_linearly(family: str) -> None:
    unit = _FAMILIES[family]
    options = _MODES["claims" if family in ("ones", "issue 18") else "pair"]

    def make(n: int) -> Callable[[], object]:
        text = _text(unit, n)
        changed = _changed(text)
        return lambda: (
            compare_quantities(text, text, **options),
            compare_quantities(changed, text, **options),
        )

    ratio = _growth(make)
    assert ratio <= _RATIO, f"{_GROWTH}x the text took {ratio:.1f}x the time"


@pytest.mark.parametrize(("unit", "other"), list(_CROSS.values()), ids=list(_CROSS))
def test_comparing_texts_that_differ_everywhere_grows_linearly(unit: str, other: str) -> None:
    ratio = _growth(lambda n: lambda: compare_quantities(_text(unit, n), _text(other, n)))
    assert ratio <= _RATIO, f"{_GROWTH}x the text took {ratio:.1f}x the time"


def test_memory_of_a_comparison_grows_linearly() -> None:
    """A comparison of two long runs of numbers holds a few hundred bytes per character at its
    peak (about 470 MB for a million characters of "1 "), not a structure per pair of numbers."""

    def peak(n: int) -> int:
        text = _text("1 ", n)
        changed = _changed(text)
        clear_cache()
        tracemalloc.start()
        try:
            compare_quantities(changed, text)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak(_SMALL * 2), peak(_SMALL * 20)
    assert large <= 12 * small, (small, large)
    assert large / (_SMALL * 20) < 600, f"{large / (_SMALL * 20):.0f} bytes per character"


def test_a_long_text_with_every_figure_changed_pairs_each_with_its_counterpart() -> None:
    """Past the full matching (20,000 judgements), each block of left values is matched against
    the values around its place: every changed figure still pairs with its counterpart."""
    translation = " ".join(f"{k} people." for k in range(2, 400))
    reference = " ".join(f"{k}.5 people." for k in range(2, 400))
    found = [d.message.split(":")[0] for d in compare_quantities(translation, reference)]
    assert found == [f"expected {k}.5 people, found {k} people" for k in range(2, 400)]
