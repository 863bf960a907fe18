"""Property tests of the comparisons of time frames, regions, awards and scores: on any text built
from their trigger words (and the punctuation around them) they never raise, and every span a
finding names is exact in its own text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xcheck._types import Discrepancy
from xcheck.facts.awards import compare_awards
from xcheck.facts.regions import compare_regions
from xcheck.facts.scores import compare_scores, score_spans
from xcheck.facts.timeframe import compare_timeframes

_TOKENS = [
    "northern", "the south of", "central and eastern", "Taiwan", "台湾", "中部", "和", "东西部", "东部",
    "대만", "중부와", "동부", "Best", "Supporting", "Actor/Actress", "最佳男女主角", "여우조연상", "won",
    "3-1", "6-3", "6-36-2", "2-0(", ")으로", "3比1获胜", "lost", "1-3", "10:30", "week-long", "주말 내내",
    "in about 20 years", "will", "last year", "올해", ",", ".", " ", "３－１", "(", ")", "-", "–", "比", "대",
]  # fmt: skip
_TEXT = st.lists(st.sampled_from(_TOKENS), max_size=14).map(" ".join)
_COMPARISONS: list[Callable[[str, str], list[Discrepancy]]] = [
    compare_regions,
    compare_awards,
    compare_scores,
    compare_timeframes,
]


@pytest.mark.parametrize("compare", _COMPARISONS, ids=lambda f: f.__name__)
@settings(max_examples=150)
@given(_TEXT, _TEXT)
def test_spans_are_exact_and_nothing_raises(
    compare: Callable[[str, str], list[Discrepancy]], translation: str, reference: str
) -> None:
    for d in compare(translation, reference):
        assert d.found is not None
        assert translation[d.found.start : d.found.end] == d.found.text
        if d.expected is not None:
            assert reference[d.expected.start : d.expected.end] == d.expected.text


@given(_TEXT)
def test_score_spans_lie_in_the_text(text: str) -> None:
    for start, end in score_spans(text):
        assert 0 <= start < end <= len(text)
