"""A number-heavy text compared with itself has no quantity finding, in every mode.

The texts are drawn from the tokens the quantity readers react to (digits, grouped and decimal
numbers, range words and dashes, percent, months and years, currencies, units, scale words,
"hundreds of", CJK numerals and scales, overflowing numbers) joined by spaces and punctuation:
whatever one side reads, the other reads the same, so every quantity must pair with its twin.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import xcheck
from xcheck import Statement
from xcheck.facts.quantities import compare_quantities
from xcheck.text._segment import segment

_TOKENS = [
    "5",
    "6",
    "12",
    "1,000",
    "2.5",
    "28,500",
    "1e400",
    "9" * 400,
    "to",
    "-",
    "–",
    "%",
    "percent",
    "May",
    "June",
    "2025",
    "1990s",
    "USD",
    "$",
    "€",
    "km",
    "miles",
    "million",
    "billion",
    "hundreds of",
    "hundred",
    "thousand",
    "two",
    "half",
    "about",
    "more than",
    "between",
    "and",
    "from",
    "Q3",
    "p.m.",
    "10:30",
    "people",
    "三",
    "万",
    "百",
    "亿",
    "一百二十万",
    "名",
    "元",
    "年",
    "月",
    "日",
    "만",
    "명",
    "억",
    "원",
]
_JOINS = [" ", " ", " ", "", ", ", ". ", " (", ") ", "-", "/", ":", "\n"]
_NUMBER_TEXTS = st.lists(st.tuples(st.sampled_from(_TOKENS), st.sampled_from(_JOINS)), max_size=30).map(
    lambda parts: "".join(tok + join for tok, join in parts)
)

_SETTINGS = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
_QUANTITY_KINDS = ("number", "date")

#: The reproduction of project issue 18, and texts that made the readers overflow.
_EXAMPLES = [
    "5 1,000 5 to 1,000 5 1,000",
    "hundreds of hundreds of hundreds of thousands",
    "two hundred and five " * 60,
    "1e400 and 1e400 percent",
    "9" * 400 + " people and " + "9" * 400 + " km",
    "5-6 to 7-8 5-6 to 7-8",
    "1-2-3-4-5-6-7-8-9",
    "5 to 6 to 7 to 8",
    "1,1,1,1,1,1,1,",
    "1.1.1.1.1.1.1.",
    "三三三三三三 一百二十万一百二十万",
]


def _quantity_findings(findings: object) -> list[str]:
    return [str(f) for f in findings if f.kind in _QUANTITY_KINDS]  # type: ignore[attr-defined]


def _with_examples(test):  # type: ignore[no-untyped-def]
    for text in _EXAMPLES:
        test = example(text)(test)
    return test


@_SETTINGS
@given(_NUMBER_TEXTS)
@_with_examples
def test_compare_quantities_of_a_text_with_itself_is_empty(text: str) -> None:
    assert compare_quantities(text, text) == []
    assert compare_quantities(text, text, reuse=True, report_unpaired_dates=True) == []


@_SETTINGS
@given(_NUMBER_TEXTS)
@_with_examples
def test_check_pair_of_a_text_with_itself_has_no_quantity_finding(text: str) -> None:
    assert _quantity_findings(xcheck.check_pair(text, text).findings) == []


@_SETTINGS
@given(st.lists(_NUMBER_TEXTS, min_size=1, max_size=3))
@example(["5 1,000 5 to 1,000 5 1,000", "1e400 people"])
def test_check_pairs_of_texts_with_themselves_have_no_quantity_finding(texts: list[str]) -> None:
    for result in xcheck.check_pairs([(t, t) for t in texts]):
        assert isinstance(result, xcheck.PairResult), result
        assert _quantity_findings(result.findings) == []


@_SETTINGS
@given(_NUMBER_TEXTS)
@_with_examples
def test_a_document_against_its_own_sentences_has_no_quantity_finding(text: str) -> None:
    statements = [Statement(f"S{i}", s.text) for i, s in enumerate(segment(text), 1) if s.text.strip()]
    if not statements:
        return
    for mode in ("claims", "parallel"):
        report = xcheck.check(text, statements, mode=mode)  # type: ignore[arg-type]
        assert _quantity_findings(report.findings) == [], mode
