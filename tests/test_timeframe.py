"""Relative time frames ("this weekend" against 上周末, "over the next 20 years" against "the last 20
years"): golden rows from real pairs, the non-findings beside them, and exact spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import xcheck
from xcheck.facts.timeframe import compare_timeframes, read_timeframes


@pytest.mark.parametrize(
    ("translation", "reference", "found", "expected", "severity"),
    [
        # WMT21 zh-en 541: the source says the exhibition opened last weekend
        (
            "A rare offline graduate art exhibition will open this weekend.",
            "一场难得的线下毕业生艺术展上周末温暖启幕。",
            "this weekend",
            "上周末",
            "minor",
        ),
        # koen 624: the earlier attack was last month in the Korean
        (
            "It was the second such attack there this month.",
            "지난 달 불도저 테러에 이어 이번이 2번째다.",
            "this month",
            "지난 달",
            "major",
        ),
        ("Sales rose 5% last year.", "销售额今年增长5%。", "last year", "今年", "major"),
        ("Exports will fall next year.", "수출은 올해 감소할 것이다.", "next year", "올해", "major"),
        ("The talks resume next week.", "The talks resumed last week.", "next week", "last week", "major"),
        (
            "Emissions will double over the next 20 years.",
            "Emissions doubled over the past 20 years.",
            "over the next 20 years",
            "over the past 20 years",
            "major",
        ),
        (
            "Sales will rise in the coming years.",
            "매출은 지난 20년간 증가했다.",
            "in the coming years",
            "지난 20년",
            "major",
        ),
        (
            "Prices rose in the past three years.",
            "未来三年价格将上涨。",
            "in the past three years",
            "未来三年",
            "major",
        ),
        # koen 387: a forecast "in about 20 years" where the Korean looks back over 20 years
        (
            "The older population will nearly double in about 20 years.",
            "고령인구는 지난 20년간 두 배 가까이 증가했다.",
            "in about 20 years",
            "지난 20년",
            "major",
        ),
        # koen 581: the Korean standoff went on all weekend, the English one for a week
        (
            "Cambodia and Thailand failed to resolve a weeklong military standoff.",
            "캄보디아와 태국이 주말 내내 계속된 군사적 대치상태를 해결하지 못했다.",
            "weeklong",
            "주말 내내",
            "minor",
        ),
        (
            "Ten years from now, sales will have doubled.",
            "Sales doubled over the past ten years.",
            "Ten years from now",
            "over the past ten years",
            "major",
        ),
    ],
)
def test_a_different_time_frame_is_a_date_finding(
    translation: str, reference: str, found: str, expected: str, severity: str
) -> None:
    (d,) = compare_timeframes(translation, reference)
    assert (d.kind, d.severity) == ("date", severity)
    assert d.found is not None
    assert d.expected is not None
    assert (d.found.text, d.expected.text) == (found, expected)
    assert translation[d.found.start : d.found.end] == found
    assert reference[d.expected.start : d.expected.end] == expected
    # and the pipeline reports it, with the spans in place
    result = xcheck.check_pair(translation, reference)
    (f,) = [f for f in result.findings if f.kind == "date"]
    assert f.translation is not None
    assert translation[f.translation.start : f.translation.end] == found


@pytest.mark.parametrize(
    ("translation", "reference"),
    [
        ("Sales rose this year and last year.", "销售额今年和去年都增长了。"),  # one placement agrees
        ("Sales rose last year.", "销售额去年增长。"),
        ("The report came out last week.", "보고서는 지난주에 나왔다."),
        ("It happened on the 20th.", "지난 20일 발생했다."),  # 지난 20일 is a date, not a span
        ("He said this claim is false.", "그는 이번 주장이 거짓이라고 말했다."),  # 주장, not 주
        ("The next runner started.", "다음 주자가 출발했다."),
        (
            "Growth slowed in the last week of July.",
            "Growth slowed this week.",
        ),  # "last week of" is no deixis
        ("Sales rose this year.", "Sales rose over the past year."),  # a span against a deixis: no evidence
        ("Sales rose this year.", "销售额大幅增长。"),  # one side only
        ("此后年均增长5%。", "It grew 5% a year since."),
        # "in N years" looks back after a superlative or "first time", and without a future verb
        (
            "It will be the highest contact with them in four years.",
            "Contacts fell over the past four years.",
        ),
        ("He will return for the first time in 20 years.", "He had not returned over the past 20 years."),
        ("They built it in 20 years.", "They built it over the past 20 years."),
        ("a weeklong standoff", "일주일 내내 계속된 대치"),  # a week both
        (
            "A weeklong festival ended over the weekend.",
            "일주일간 축제가 끝났다.",
        ),  # "over the weekend" is no length
        ("The population will double in 20 years.", "The population will double over the next 20 years."),
    ],
)
def test_agreeing_or_one_sided_time_frames_are_not_findings(translation: str, reference: str) -> None:
    assert compare_timeframes(translation, reference) == []


_PHRASES = [
    "this weekend",
    "last year",
    "over the next 20 years",
    "上周末",
    "今年",
    "未来三年",
    "지난주",
    "내년",
    "향후 5년",
]


@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    st.sampled_from(_PHRASES),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
)
def test_spans_are_exact(before: str, phrase: str, after: str) -> None:
    text = f"{before} {phrase} {after}"
    frames = read_timeframes(text)
    for frame in frames:
        assert text[frame.span.start : frame.span.end] == frame.span.text
    assert any(f.span.text.startswith(phrase.split()[0]) or phrase in f.span.text for f in frames)
