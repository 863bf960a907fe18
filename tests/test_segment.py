"""Sentence segmentation: offsets, abbreviations, quotations, roles."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xcheck.text._segment import classify, segment


def texts(text: str) -> list[str]:
    return [s.text for s in segment(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Adm. Samuel Paparo spoke. He left.", ["Adm. Samuel Paparo spoke.", "He left."]),
        (
            "Gen. Xavier Brunson of U.S. Forces Korea spoke.",
            ["Gen. Xavier Brunson of U.S. Forces Korea spoke."],
        ),
        (
            "Martin Luther King Jr. was there. So was No. 5.",
            ["Martin Luther King Jr. was there.", "So was No. 5."],
        ),
        ("It came from the U.S. The report said so.", ["It came from the U.S.", "The report said so."]),
        ('He said "Stop. Now." and left.', ['He said "Stop. Now." and left.']),
        (
            'He warned that "this would hurt." Then he left.',
            ['He warned that "this would hurt."', "Then he left."],
        ),
        ("It rose 1.5 percent. Prices fell.", ["It rose 1.5 percent.", "Prices fell."]),
        ("J. R. Smith won. Really?  Yes!", ["J. R. Smith won.", "Really?", "Yes!"]),
        ("美国国防部称。韩国否认！", ["美国国防部称。", "韩国否认！"]),
        ("First line\nSecond line", ["First line", "Second line"]),
        ("  \n\n  ", []),
        (
            "“Inherently... it would reduce our ability,” he said.",
            ["“Inherently... it would reduce our ability,” he said."],
        ),
    ],
)
def test_segment_examples(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_leading_byline_is_its_own_boilerplate_sentence() -> None:
    sents = segment("[Source/Observer Network, Wang Yi] The Wall Street Journal reported on May 22.")
    assert [s.text for s in sents] == [
        "[Source/Observer Network, Wang Yi]",
        "The Wall Street Journal reported on May 22.",
    ]
    assert [s.role for s in sents] == ["boilerplate", "claim"]


@pytest.mark.parametrize(
    "text",
    [
        "This article is an exclusive piece from Observer Network and cannot be reproduced without permission.",
        "Original source: https://example.com/a/1",
        "Disclaimer: The views expressed in this article are solely those of the author.",
        "Provided by the South Korean Ministry of National Defense to local media.",
        "Photo: Yonhap",
        "本文系观察者网独家稿件，未经授权不得转载。",
        "© 2025 Example News. All rights reserved.",
    ],
)
def test_boilerplate(text: str) -> None:
    assert classify(text) == "boilerplate"


@pytest.mark.parametrize(
    "text",
    [
        "The South Korean Ministry of National Defense denied the reports on May 23.",
        "December 2024, the handover ceremony of the US Forces Korea Command.",
        'Trump was dissatisfied with this, referring to South Korea as a "money machine".',
    ],
)
def test_claims(text: str) -> None:
    assert classify(text) == "claim"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aB .!?\"“”'\n。U.S.Gen 12,5[]")), max_size=200))
def test_offsets_exact_and_ordered(text: str) -> None:
    prev_end = 0
    for i, s in enumerate(segment(text)):
        assert s.index == i
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        assert s.text
        assert s.start >= prev_end
        prev_end = s.end
    # nothing but white space is left out
    covered = "".join(s.text for s in segment(text))
    assert "".join(text.split()) == "".join(covered.split())


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["The ministry denied it.", "Adm. Paparo spoke.", "Prices rose 2.5%."]),
        min_size=1,
        max_size=6,
    )
)
def test_joined_sentences_split_back(parts: list[str]) -> None:
    assert texts(" ".join(parts)) == parts


def test_long_input_is_linear() -> None:
    text = ("word " * 200_000) + ("." * 100_000) + ('"' * 50_001)
    assert segment(text)  # finishes promptly; a quadratic rule would not
