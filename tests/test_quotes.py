"""Golden cases and properties of :mod:`xcheck.quotes`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xcheck.quotes import Quote, compare_quotes, extract_quotes, quote_similarity

DATA = Path(__file__).parent / "data" / "names"


def _cases(name: str) -> list[dict[str, Any]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("case", _cases("quotes-en.jsonl"), ids=lambda c: c["id"])
def test_golden_quotes(case: dict[str, Any]) -> None:
    found = compare_quotes(case["translation"], case["reference"])
    got = sorted(
        (d.severity, d.found.text if d.found else None, d.expected.text if d.expected else None)
        for d in found
    )
    want = sorted((e["severity"], e["found"], e["expected"]) for e in case["expect"])
    assert got == want, [d.message for d in found]
    for d in found:
        assert d.kind == "quote"
        assert d.found is not None
        assert d.expected is not None
        assert case["translation"][d.found.start : d.found.end] == d.found.text
        assert case["reference"][d.expected.start : d.expected.end] == d.expected.text


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "no comment" and left.', ["no comment"]),
        ("He said “no comment” and left.", ["no comment"]),
        ("Er sagte „kein Kommentar“ und ging.", ["kein Kommentar"]),
        ("Il a dit « pas de commentaire » et est parti.", ["pas de commentaire"]),
        ("他说「无可奉告」然后离开了。", ["无可奉告"]),
        ("他说『无可奉告』然后离开了。", ["无可奉告"]),
        ("Trump’s aide called it ‘a money machine’ again.", ["a money machine"]),
        ("Trump's aide called it 'a money machine' again.", ["a money machine"]),
        ("The '90s were the students' best years, don't you think?", []),
        ("She said \"it was a 'big' deal\" twice.", ["it was a 'big' deal"]),
        ('"First," he said, "second."', ["First,", "second."]),
        ('An unclosed "quote runs on', []),
        ("“Line one\nline two”", ["Line one\nline two"]),
    ],
)
def test_extract_quotes(text: str, quoted: list[str]) -> None:
    quotes = extract_quotes(text)
    assert [q.span.text for q in quotes] == quoted
    for q in quotes:
        assert text[q.span.start : q.span.end] == q.span.text
        assert text[q.marks.start : q.marks.end] == q.marks.text
        assert q.marks.start < q.span.start
        assert q.span.end < q.marks.end


def test_speaker_before_and_after() -> None:
    [q] = extract_quotes('Hegseth said the US would "truly prioritize" the region.')
    assert q.speaker is not None
    assert q.speaker.text == "Hegseth"
    [q] = extract_quotes('"We will defend our allies," Brunson said.')
    assert q.speaker is not None
    assert q.speaker.text == "Brunson"
    [q] = extract_quotes('He said "no".')
    assert q.speaker is None


def test_other_script_reference_is_not_compared() -> None:
    assert compare_quotes('He said "we will win".', "他说「我们会赢」。") == []


def test_similarity_is_symmetric_on_examples() -> None:
    a = "essentially, this would undermine our ability to win in a conflict."
    b = "inherently... would reduce our ability to prevail in conflict."
    assert quote_similarity(a, b) == quote_similarity(b, a)
    assert quote_similarity(a, a) == 100.0


# ---------------------------------------------------------------------------------------------
# Properties

_WORD = st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu")), min_size=1, max_size=8)
_PHRASE = st.lists(_WORD, min_size=1, max_size=6).map(" ".join)
_MARKS = st.sampled_from(
    [('"', '"'), ("“", "”"), ("‘", "’"), ("«", "»"), ("「", "」"), ("『", "』"), ("„", "“")]
)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_spans_are_exact_on_any_text(text: str) -> None:
    for q in extract_quotes(text):
        assert isinstance(q, Quote)
        assert text[q.span.start : q.span.end] == q.span.text
        assert text[q.marks.start : q.marks.end] == q.marks.text
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text


@settings(max_examples=150, deadline=None)
@given(_PHRASE, _PHRASE, _PHRASE, _MARKS)
def test_a_quoted_phrase_is_found_in_any_mark_style(
    before: str, inside: str, after: str, marks: tuple[str, str]
) -> None:
    text = f"{before} said {marks[0]}{inside}{marks[1]} and {after}."
    assert [q.span.text for q in extract_quotes(text)] == [inside]


@settings(max_examples=100, deadline=None)
@given(_PHRASE, _PHRASE)
def test_a_quote_always_matches_itself(inside: str, context: str) -> None:
    text = f'{context} said "{inside}".'
    assert compare_quotes(text, text) == []


@settings(max_examples=100, deadline=None)
@given(st.lists(_WORD, min_size=4, max_size=10), st.integers(min_value=0, max_value=3))
def test_a_part_of_the_source_quote_is_fine(words: list[str], cut: int) -> None:
    source = " ".join(words)
    part = " ".join(words[cut : cut + 3])
    assert compare_quotes(f'He said "{part}".', f'He said "{source}".') == []


def test_fixture_sweep_finds_only_the_answer_key_quotes() -> None:
    """Every fixture paragraph against every statement: only the two confirmed quote drifts."""
    base = Path(__file__).resolve().parents[1] / "fixtures" / "observer-network"
    text = (base / "observer-network-2025-05-23.en.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in text.splitlines() if p.strip()]
    refs = [json.loads(x) for x in (base / "references.jsonl").read_text().splitlines() if x.strip()]
    found = {
        (ref["id"], d.severity, d.found.text if d.found else None)
        for ref in refs
        for p in paragraphs
        for d in compare_quotes(p, ref["text"])
    }
    assert found == {
        ("R11", "minor", "essentially, this would undermine our ability to win in a conflict."),
        ("R14", "minor", "deter"),
    }


_NAMES = st.sampled_from(["Russia", "China", "North Korea", "İstanbul", "Brunson", "Seoul"])


@settings(max_examples=100, deadline=None)
@given(_PHRASE, _PHRASE, st.lists(_NAMES, min_size=1, max_size=3), st.lists(_NAMES, min_size=1, max_size=3))
def test_discrepancy_spans_are_exact(verb: str, other: str, t_names: list[str], r_names: list[str]) -> None:
    t = f'İn short, he said it would "{verb}" {", ".join(t_names)}, and more.'
    r = f'He said it would "{other}" and keep {verb}ing {" and ".join(r_names)}.'
    for d in compare_quotes(t, r):
        assert d.found is not None
        assert t[d.found.start : d.found.end] == d.found.text
        if d.expected is not None:
            assert r[d.expected.start : d.expected.end] == d.expected.text
