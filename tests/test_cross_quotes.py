"""Quotes of an English translation against a Chinese or Korean source: a negation one side has
and the other lacks, set phrases and double negations that are no negation, numbers inside the
quotes, and exact spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import xcheck
from xcheck.facts.quotes._cross import compare_quotes_across, source_negation

# (English translation, source, source language, words of the message)
FINDINGS = [
    (
        'He said: "We will relax our vigilance."',
        "他说：“我们丝毫不能放松警惕。”",
        "zh",
        "source quote is negated ('不')",
    ),
    (
        'She said: "The plan has been approved."',
        "她说：“计划还没有获批。”",
        "zh",
        "source quote is negated ('没')",
    ),
    (
        'He said: "We will back down."',
        '그는 "결코 물러서지 않겠다"고 말했다.',
        "ko",
        "source quote is negated ('않')",
    ),
    (
        'He said: "We can finish it on time."',
        '그는 "제때 끝낼 수 없다"고 말했다.',
        "ko",
        "source quote is negated ('없')",
    ),
    (
        'He said: "It is not a problem."',
        '그는 "문제가 된다"고 말했다.',
        "ko",
        "English quote is negated ('not')",
    ),
    (
        'She said: "We will never sign it."',
        "她说：“我们会签署它。”",
        "zh",
        "English quote is negated ('never')",
    ),
    (
        'He said: "We will cut 30 percent of the jobs."',
        "他说：“我们将裁员20%。”",
        "zh",
        "expected 20%, found 30%",
    ),
]

SILENT = [
    ('He said: "We must not relax in the slightest."', "他说：“我们丝毫不能放松警惕。”", "zh"),
    ('He said: "We must develop and protect."', "他说：“我们不仅要发展，还要保护。”", "zh"),
    ('He said: "We must not only develop, but also protect."', "他说：“我们不仅要发展，还要保护。”", "zh"),
    ('He said: "We have to act."', "他说：“我们不得不行动。”", "zh"),
    ('He said: "Costs keep rising."', "他说：“成本不断上升。”", "zh"),
    (
        'He said: "They are protesting peacefully and non-violently."',
        "他说：“他们正在和平、非暴力地抗议。”",
        "zh",
    ),
    ('He said: "We will never back down."', '그는 "결코 물러서지 않겠다"고 말했다.', "ko"),
    ('He said: "This is just as important."', '그는 "그에 못지않게 중요하다"고 말했다.', "ko"),
    ('He said: "We did it without help."', '그는 "도움 없이 해냈다"고 말했다.', "ko"),
    ('He said: "We must act."', '그는 "행동하지 않을 수 없다"고 말했다.', "ko"),
    ('He said: "It has been rising constantly."', '그는 "끊임없이 오르고 있다"고 말했다.', "ko"),
    ('He said: "We refuse to accept it."', "他说：“我们拒绝接受。”", "zh"),
    ('He said: "It was impossible."', "他说：“那是不可能的。”", "zh"),
    # litotes: an English negation rendering a positive word
    ('He said: "We will not back down."', "他说：“我们将坚持到底。”", "zh"),
    ('She said: "We will never forget their sacrifice."', "她说：“我们将牢记他们的牺牲。”", "zh"),
    # two quotes against one: no pairing, no finding
    ('He said "yes" and "We will relax our vigilance."', "他说：“我们丝毫不能放松警惕。”", "zh"),
]


@pytest.mark.parametrize(("translation", "source", "lang", "words"), FINDINGS)
def test_quote_findings(translation: str, source: str, lang: str, words: str) -> None:
    result = xcheck.check_pair(translation, source, lang="en", reference_lang=lang)
    found = [f for f in result.findings if f.kind in ("quote", "number")]
    assert len(found) == 1, [f.message for f in result.findings]
    f = found[0]
    assert words in f.message
    assert f.severity == "major"
    assert f.translation is not None
    assert translation[f.translation.start : f.translation.end] == f.translation.text
    assert f.reference is not None
    assert source[f.reference.start : f.reference.end] == f.reference.text


@pytest.mark.parametrize(("translation", "source", "lang"), SILENT)
def test_quote_non_findings(translation: str, source: str, lang: str) -> None:
    result = xcheck.check_pair(translation, source, lang="en", reference_lang=lang)
    assert [f.message for f in result.findings if f.kind == "quote"] == []


def test_a_number_changed_inside_the_quote_only_is_a_quote_finding() -> None:
    # The two figures swapped places: the sentence check finds 20 and 30 on both sides, only the
    # quote check sees that the quoted figure changed.
    translation = 'Of the 20 staff, he said: "We will cut 30 jobs."'
    source = "在30名员工中，他说：“我们将裁掉20个岗位。”"
    result = xcheck.check_pair(translation, source, lang="en", reference_lang="zh")
    assert [f.kind for f in result.findings if f.kind in ("number", "quote")] == ["quote"]
    f = next(f for f in result.findings if f.kind == "quote")
    assert f.translation is not None
    assert f.reference is not None
    assert (f.translation.text, f.reference.text) == ("30", "20个")
    assert "expected 20" in f.message


@pytest.mark.parametrize(
    ("text", "lang", "cue"),
    [
        ("我们丝毫不能放松", "zh", "不"),
        ("我们不仅要发展", "zh", None),
        ("这是特别重要的", "zh", None),
        ("他们没有来", "zh", "没"),
        ("未来五年", "zh", None),
        ("결코 물러서지 않겠다", "ko", "않"),
        ("그에 못지않게 중요하다", "ko", None),
        ("도움 없이", "ko", "없"),
        ("끊임없이 오른다", "ko", None),
        ("그렇게 하면 안 된다", "ko", "안"),
        ("안보 문제", "ko", None),
        ("뿐만 아니라 경제도", "ko", None),
    ],
)
def test_source_negation_cues(text: str, lang: str, cue: str | None) -> None:
    assert source_negation(text, lang) == cue


@given(
    st.sampled_from(["We will relax.", "We will not relax.", "It costs 30 dollars.", "No comment."]),
    st.sampled_from(["我们不能放松。", "我们要放松。", "要花20美元。", "无可奉告。"]),
)
def test_spans_are_exact(english: str, chinese: str) -> None:
    translation = f'He said: "{english}" on Monday.'
    source = f"他周一说：“{chinese}”"
    for d in compare_quotes_across(translation, source, reference_lang="zh"):
        assert d.found is not None
        assert d.expected is not None
        assert translation[d.found.start : d.found.end] == d.found.text
        assert source[d.expected.start : d.expected.end] == d.expected.text
