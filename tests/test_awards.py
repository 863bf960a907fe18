"""Acting-award categories ("Best Supporting Actor" against 最佳男主角): golden rows, the
non-findings beside them, and exact spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import xcheck
from xcheck.facts.awards import compare_awards, read_awards


@pytest.mark.parametrize(
    ("translation", "reference", "found", "expected"),
    [
        # WMT21 zh-en 383: the nominees compete for best (leading) actor in the source
        (
            "Chen Baoguo and Huang Lei are competing for “Best Supporting Actor”.",
            "陈宝国、黄磊将进行“最佳男主角”的角逐。",
            "Best Supporting Actor",
            "最佳男主角",
        ),
        (
            "The “Best Supporting Actor/Actress” award",
            "“最佳男女主角”奖项",
            "Best Supporting Actor/Actress",
            "最佳男女主角",
        ),
        ("She won Best Actress.", "그녀는 여우조연상을 받았다.", "Best Actress", "여우조연상"),
        ("She won Best Actress.", "她获得最佳男主角奖。", "Best Actress", "最佳男主角"),
        ("He won best supporting actor.", "He won best actor.", "best supporting actor", "best actor"),
    ],
)
def test_another_acting_category_is_a_title_finding(
    translation: str, reference: str, found: str, expected: str
) -> None:
    (d,) = compare_awards(translation, reference)
    assert (d.kind, d.severity) == ("title", "major")
    assert d.found is not None
    assert d.expected is not None
    assert translation[d.found.start : d.found.end] == found
    assert reference[d.expected.start : d.expected.end] == expected
    result = xcheck.check_pair(translation, reference)
    (f,) = [f for f in result.findings if f.kind == "title" and "award" in f.message]
    assert f.translation is not None
    assert translation[f.translation.start : f.translation.end] == found


@pytest.mark.parametrize(
    ("translation", "reference"),
    [
        ("She won Best Actress.", "她获得最佳女主角奖。"),
        ("She won Best Actress.", "그녀는 여우주연상을 받았다."),
        ("He was nominated for Best Actor in a Supporting Role.", "他获得最佳男配角提名。"),
        ("Best Actor and Best Supporting Actress went to newcomers.", "最佳女配角和最佳男主角都由新人获得。"),
        ("The Best Actor/Actress award", "“最佳男女主角”奖项"),
        ("He is the best actor of his generation.", "He won best supporting actor."),  # praise
        ("She won Best Actress.", "她获得了大奖。"),  # one side only
    ],
)
def test_matching_or_one_sided_categories_are_not_findings(translation: str, reference: str) -> None:
    assert compare_awards(translation, reference) == []


@given(
    st.text(alphabet="abc ,.", max_size=20),
    st.sampled_from(["Best Actor", "Best Supporting Actress", "最佳女配角", "남우주연상"]),
    st.text(alphabet="abc ,.", max_size=20),
)
def test_spans_are_exact(before: str, phrase: str, after: str) -> None:
    text = f"{before} {phrase} {after}"
    (award,) = read_awards(text)
    assert text[award.span.start : award.span.end] == award.span.text == phrase
