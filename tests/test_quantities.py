"""The quantity engine: extraction with exact spans, normalisation, comparison rules."""

from __future__ import annotations

import pytest

from xcheck.quantities import Quantity, compare_quantities, extract_quantities, format_value

# (translation, reference, expected worst severity or None)
FLAGSHIP = [
    ("4,500 US troops", "roughly 4,500 troops", None),
    ("May 23", "Friday, May 23", None),
    ("December 2024", "December 20, 2024", None),
    ("In March", "March 4, 2025", None),
    ("April 10", "April 10", None),
    ("approximately 1.52 trillion Korean won (about 7.9 billion RMB)", "1.5192 trillion won", None),
    (
        "nine times the 2026 standard, or $10 billion",
        'candidate Trump said on October 15, 2024 South Korea would pay "$10 billion a year",'
        " about nine times the current deal.",
        None,
    ),
    ("four times higher", "four times higher", None),
    ("Since 1953", "the 1953 Korean War armistice", None),
    ("five-year", "five-year", None),
    ("about 29,000 troops", "28,500-strong", "minor"),
    ("about 29,000 troops", "about 28,500 troops", "minor"),
    ("29,000 troops", "28,500 troops", "major"),
    ("April 22", "May 22", "major"),
    ("4 ships", "40 ships", "major"),
    ("1.5 million", "1.5 billion", "major"),
    ("rose 2.1%", "rose 2.1 percentage points", "major"),
    ("5 GW", "5 GWh", "major"),
    ("3 a.m.", "3 p.m.", "major"),
    ("May 22", "May 23", "major"),
    ("more than 1,200", "at least 1,200", None),
]


def worst(findings: list) -> str | None:
    order = ["minor", "major", "critical"]
    return max((f.severity for f in findings), key=order.index) if findings else None


@pytest.mark.parametrize(("translation", "reference", "expected"), FLAGSHIP)
def test_flagship_rules(translation: str, reference: str, expected: str | None) -> None:
    assert worst(compare_quantities(translation, reference)) == expected


def test_rounding_message() -> None:
    (d,) = compare_quantities("about 29,000 troops", "28,500 troops")
    assert d.message == "expected 28,500 troops, found about 29,000 troops: rounding drift of 1.75%"
    assert d.kind == "number"
    assert d.found is not None
    assert d.found.text == "about 29,000"


def test_same_key_across_languages() -> None:
    keys = {q.key for q in extract_quantities("28,500명 / 2.85万 / 2만8천500 / 28.5 thousand")}
    assert keys == {"n:28500"}


def test_spans_are_exact() -> None:
    text = "Some 4,500 US troops; $10 billion (₩13.8조); May 22, 2025 at 3 p.m."
    for q in extract_quantities(text):
        assert isinstance(q, Quantity)
        assert text[q.span.start : q.span.end] == q.span.text
        assert format_value(q)
