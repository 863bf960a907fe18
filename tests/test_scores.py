"""Match scores ("won 3-1" against 3比1获胜 or 3-1로 이겼다): read as one fact, never as two counts;
golden rows, the non-findings beside them, and exact spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import xcheck
from xcheck.facts.quantities import extract_quantities
from xcheck.facts.scores import compare_scores, read_scores


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        ("Nadal won with a 6-3 6-2 victory over Kiefer.", ["6-3", "6-2"]),
        ("They won 6-3, 4-6, 7-6 in the final.", ["6-3", "4-6", "7-6"]),  # a lost set inside a run
        ("They lost the final 1-3.", ["1-3"]),
        ("Bayern won 2:1 (1:0) at home.", ["2:1", "1:0"]),
        ("他们以3比1获胜。", ["3比1"]),
        ("韩国队3:1战胜日本队。", ["3:1"]),
        ("제츠가 타이탄스에 34 대 13으로 승리했다.", ["34 대 13"]),
        ("나달이 키퍼를 2-0(6-36-2)으로 꺾고 우승했다.", ["2-0"]),  # the glued chain is no reading
        # no scores: ranges, clock times, shares, and no contest in the sentence
        ("Ages 18-25 took part in the game.", []),
        ("It took 5-10 years, he said after the game.", []),
        ("The game starts at 10:05 and ends at 21:17.", []),
        ("They won 60-40 percent of the votes.", []),
        ("Pages 3-1 of the report.", []),
    ],
)
def test_read_scores(text: str, scores: list[str]) -> None:
    assert [s.span.text for s in read_scores(text)] == scores


def test_a_score_is_not_two_counts() -> None:
    """koen 228: "6-3 6-2" against 2-0(6-36-2) paired 6 with 0 and 3 with 2 (two major findings)."""
    english = "Rafael Nadal wrapped up his fifth straight win with a 6-3 6-2 victory over Nicolas Kiefer."
    korean = "라파엘 나달이 결승에서 니콜라스 키퍼를 2-0(6-36-2)으로 꺾고 우승을 차지했다."
    assert [q.span.text for q in extract_quantities(english, lang="en")] == ["fifth"]
    result = xcheck.check_pair(english, korean, lang="en", reference_lang="ko")
    assert [f for f in result.findings if f.kind == "number"] == []


@pytest.mark.parametrize(
    ("translation", "reference", "found", "expected"),
    [
        ("They won 3-1.", "他们以2比1获胜。", "3-1", "2比1"),
        ("Inter won 3-0 against Genoa.", "Inter won 2-0 against Genoa.", "3-0", "2-0"),
        ("The Jets beat the Titans 34-13.", "제츠가 타이탄스에 24 대 13으로 승리했다.", "34-13", "24 대 13"),
    ],
)
def test_another_result_is_a_number_finding(
    translation: str, reference: str, found: str, expected: str
) -> None:
    (d,) = compare_scores(translation, reference)
    assert (d.kind, d.severity) == ("number", "major")
    assert d.found is not None
    assert d.expected is not None
    assert translation[d.found.start : d.found.end] == found
    assert reference[d.expected.start : d.expected.end] == expected
    result = xcheck.check_pair(translation, reference)
    (f,) = [f for f in result.findings if f.kind == "number"]
    assert f.translation is not None
    assert translation[f.translation.start : f.translation.end] == found


@pytest.mark.parametrize(
    ("translation", "reference"),
    [
        ("They won 3-1.", "他们以3比1获胜。"),
        ("They lost 1-3.", "他们以1比3落败。"),
        ("The visitors lost the match 1-3.", "The hosts won the match 3-1."),  # one result, either side
        ("Nadal won 6-3 6-2 in the final.", "나달이 결승에서 2-0(6-36-2)으로 이겼다."),  # sets against games
        ("They won 3-1.", "他们获胜了。"),  # one side only
    ],
)
def test_same_or_incomparable_scores_are_not_findings(translation: str, reference: str) -> None:
    assert compare_scores(translation, reference) == []


@given(
    st.sampled_from(["They won ", "The hosts lost the final ", "A "]),
    st.integers(0, 9),
    st.integers(0, 9),
    st.sampled_from([" in the game.", ".", " victory."]),
)
def test_spans_are_exact(before: str, a: int, b: int, after: str) -> None:
    high, low = max(a, b), min(a, b)
    text = f"{before}{high}-{low}{after}"
    (score,) = read_scores(text + " It was the final.")
    assert text[score.span.start : score.span.end] == score.span.text == f"{high}-{low}"
