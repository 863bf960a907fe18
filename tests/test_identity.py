"""The identity property: a text compared with itself has no finding, in every mode.

Texts come from the sentence strategies of :mod:`xcheck.strategies`, from ``st.text()`` over an
alphabet of what the readers react to (digits, separators, CJK numerals, currency signs,
capitalised words, quote marks) and from the real sentences of ``tests/data``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import xcheck
from xcheck.strategies import fact_sentences
from xcheck.text._segment import segment

_DATA = Path(__file__).parent / "data"


def _real_sentences() -> list[str]:
    """Inputs and references of the golden tables and the name cases."""
    out: set[str] = set()
    for path in sorted((_DATA / "quantities").glob("*.tsv")):
        with path.open(encoding="utf-8") as f:
            rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
            for row in rows:
                out.update(v for k in ("input", "reference") if (v := (row.get(k) or "").strip()))
    for path in sorted((_DATA / "names").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            out.update(v for v in row.values() if isinstance(v, str) and len(v) > 3 and " " in v)
    return sorted(out)


_REAL = _real_sentences()

#: What the readers react to: digits and separators, CJK numerals and scales, currency signs,
#: capitalised words, month and weekday names, quote marks, range and sentence punctuation.
_PIECES = [
    *"0123456789",
    *",. ",
    " ",
    " to ",
    "-",
    "%",
    *"$€£¥₩",
    *"一二三五十百千万亿만억천년월일月日年",
    "Kim",
    "Seoul",
    "Trump",
    "May",
    "Wednesday",
    "Thursday",
    " million",
    " people",
    " and ",
    " about ",
    '"',
    "“",
    "”",
    "'",
    "「",
    "」",
    ". ",
    "\n",
]
_SOUP = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)
_TEXTS = st.one_of(
    fact_sentences(["en", "zh", "ko"]).map(lambda s: s.text),
    _SOUP,
    st.sampled_from(_REAL) if _REAL else st.nothing(),
    st.lists(st.sampled_from(_REAL), min_size=2, max_size=4).map(" ".join) if _REAL else st.nothing(),
)

_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def _lang(text: str) -> str:
    return "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"


def _show(findings: object) -> str:
    return "\n".join(str(f) for f in findings)  # type: ignore[attr-defined]


@_SETTINGS
@given(_TEXTS)
@example("5 1,000 5 to 1,000 5 1,000")
def test_a_pair_of_one_text_has_no_finding(text: str) -> None:
    result = xcheck.check_pair(text, text)
    assert not result.findings, _show(result.findings)


@_SETTINGS
@given(_TEXTS)
@example("5 1,000 5 to 1,000 5 1,000")
@example('"Exports fell," the ministry said. "Exports fell," the ministry said.')
def test_a_text_checked_against_itself_in_parallel_has_no_finding(text: str) -> None:
    assume(text.strip())  # an empty translation is an error, not a text
    report = xcheck.check(text, [{"id": "R1", "text": text}], mode="parallel")
    assert not report.findings, _show(report.findings)


@_SETTINGS
@given(_TEXTS)
@example("5 1,000 5 to 1,000 5 1,000")
def test_a_text_checked_against_itself_in_claims_has_no_finding(text: str) -> None:
    assume(text.strip())
    report = xcheck.check(text, [{"id": "R1", "text": text}])
    assert not report.findings, _show(report.findings)


@_SETTINGS
@given(st.lists(_TEXTS, min_size=1, max_size=4).map(" ".join))
def test_a_document_checked_against_its_own_sentences_has_no_finding(text: str) -> None:
    sentences = [s.text for s in segment(text) if s.text.strip()]
    statements = [{"id": f"S{i}", "text": s} for i, s in enumerate(sentences, 1)]
    if not statements:
        return
    report = xcheck.check(text, statements)
    assert not report.findings, _show(report.findings)


def test_a_repeated_sentence_against_one_statement_is_supported_in_parallel() -> None:
    """Regression: similarities ignore how often a word occurs, so merging a repeated sentence
    gained nothing and the parallel path skipped it ("sentence 1 is not supported")."""
    text = '"Exports fell sharply," the ministry said. "Exports fell sharply," the ministry said.'
    assert not xcheck.check(text, [{"id": "R1", "text": text}], mode="parallel").findings


@pytest.mark.parametrize("mode", ["claims", "parallel"])
def test_split_range_merge_is_the_same_on_both_sides(mode: str) -> None:
    """Regression: the range merge ran the reference against the translation's merges, so a
    text with a written range and two nearby points merged different points on its two sides
    ("added USD 1,000" against itself)."""
    text = "5 1,000 5 to 1,000 5 1,000"
    assert not xcheck.check_pair(text, text).findings
    assert not xcheck.check(text, [{"id": "R1", "text": text}], mode=mode).findings  # type: ignore[arg-type]


def test_a_quoted_word_written_twice_is_looked_up_where_the_quote_stands() -> None:
    # "reported" comes first, the quoted "Report" later: the scope check used the first "repo..."
    # of the source and found the quote applied to more names than the source (identical text)
    text = (
        "The agency has reported (correspondent Li Ming) that, according to the “Housing in China "
        "Report 2020” (called “Report” below) released by the Sharing Economy Institute of Beijing, "
        "bookings fell by 72.1% in the first five months."
    )
    assert xcheck.check_pair(text, text).findings == ()


def test_a_restatement_the_source_makes_too_is_not_the_translations_mistake() -> None:
    text = "The epicenter was about 25km (15 miles) east-northeast of the town."
    assert xcheck.check_pair(text, text).findings == ()
    own = xcheck.check_pair(text, "The epicenter was about 25km east-northeast of the town.").findings
    assert [f.message for f in own] == ["the restated amount does not match: rounding drift of 3.44%"]
