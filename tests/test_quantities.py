"""The quantity engine: extraction with exact spans, normalisation, comparison rules."""

from __future__ import annotations

import pytest

from xcheck.errors import OptionError
from xcheck.facts.quantities import Quantity, compare_quantities, extract_quantities, format_value

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
    ("1.5 million", "1.5 billion", "critical"),  # a scale of 1,000x reverses what a reader takes
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


def test_rates_convert_currencies() -> None:
    rates = {("USD", "KRW"): 1380.0}
    assert compare_quantities("$10 billion", "13.8 trillion won", rates=rates) == []
    (d,) = compare_quantities("$10 billion", "20 trillion won", rates=rates)
    assert d.severity == "major"
    assert "at the given rate" in d.message
    # the inverse pair is used too
    assert compare_quantities("13.8 trillion won", "$10 billion", rates=rates) == []


def test_without_a_rate_currencies_are_not_comparable() -> None:
    (d,) = compare_quantities("$10 billion", "13.8 trillion won")
    assert d.severity == "minor"
    assert d.confidence == 0.5
    assert "not comparable" in d.message


def test_gloss_is_checked_with_rates_and_never_added() -> None:
    text = "1.52 trillion won (about 7.9 billion RMB)"
    assert compare_quantities(text, "1.52 trillion won") == []
    (d,) = compare_quantities(text, "1.52 trillion won", rates={("KRW", "CNY"): 0.0075})
    assert "restated amount" in d.message
    assert compare_quantities(text, "1.52 trillion won", rates={("KRW", "CNY"): 0.0052}) == []


def test_yen_sign_is_resolved_from_context() -> None:
    (jp,) = extract_quantities("Toyota earned ¥2.5 trillion, the most for any Japanese firm.")
    (cn,) = extract_quantities("阿里巴巴营收¥2000亿元")
    (unknown,) = extract_quantities("It cost ¥500.")
    assert (jp.unit, cn.unit, unknown.unit) == ("JPY", "CNY", "CNY|JPY")
    assert compare_quantities("It cost ¥500.", "It cost 500 yen.") == []


def test_report_flags_and_reuse() -> None:
    translation = "4,500 troops, then 4,500 troops again, and 3 ships"
    reference = "4,500 troops and 28,500 troops"
    kinds = [d.message.split()[0] for d in compare_quantities(translation, reference)]
    assert kinds == ["expected", "added"]
    claims = compare_quantities(translation, reference, report_missing=False, reuse=True)
    assert [d.message.split()[0] for d in claims] == ["expected"]
    assert compare_quantities("4,500", "4,500 and 28,500", report_missing=False) == []
    assert compare_quantities("4,500 and 3", "4,500", report_added=False) == []


def test_unpaired_dates_are_context_unless_asked() -> None:
    assert compare_quantities("On May 22, 4,500 troops", "4,500 troops") == []
    (d,) = compare_quantities("On May 22, 4,500 troops", "4,500 troops", report_unpaired_dates=True)
    assert d.kind == "date"


def test_bad_options_raise_option_error() -> None:
    with pytest.raises(OptionError):
        compare_quantities("1", "2", tolerance=1.5)
    with pytest.raises(OptionError):
        extract_quantities(b"4,500")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="tolerance"):
        compare_quantities("1", "2", tolerance=-0.1)


def test_discrepancy_values_are_normalised() -> None:
    (d,) = compare_quantities("1조5192억 원", "1.5192 billion won")
    assert (d.expected_value, d.found_value) == ("KRW 1.5192 billion", "KRW 1.5192 trillion")
    assert d.expected is not None
    assert d.expected.text == "1.5192 billion won"


def test_german_source_conventions() -> None:
    qs = extract_quantities("Valtice ist eine Stadt mit 3.718 Einwohnern, 0,15 ha groß.", lang="de")
    assert [q.key for q in qs] == ["n:3718", "area:1500m2"]
    assert compare_quantities("since 2015", "seit 2005", reference_lang="de")[0].kind == "date"


def test_message_names_the_words_a_number_was_read_from() -> None:
    (d,) = compare_quantities("Two people were arrested.", "Twelve people had been arrested.")
    assert d.message == 'expected 12 people ("Twelve"), found 2 people ("Two"): value differs by 83%'
    assert d.severity == "major"


def test_one_sided_numbers_are_minor_or_silent() -> None:
    (d,) = compare_quantities("4,500 troops and 28,500 troops", "4,500 troops")
    assert (d.severity, d.message) == ("minor", "added 28,500 troops: the reference has no such number")
    assert compare_quantities("The two members had died.", "Both members had died.") == []
    # still found, naming 28,500: a true change when both state a value
    (d,) = compare_quantities("About 29,500 US troops", "Some 28,500 American troops")
    assert d.severity == "minor"
    assert "expected about 28,500 troops" in d.message
