"""Tests of the aligner's anchors: numbers, dates and entities in any surface form."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xcheck.align._anchors import (
    _builtin_quantity_anchors,
    cjk_number,
    default_glossary,
    features,
    number_key,
    quantity_anchors,
    word_pass,
)
from xcheck.align._index import gram_codes, gram_codes_many, script_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about 28,500 troops", {"number:28500"}),
        ("约2.85万名美军", {"number:28500"}),
        ("주한미군 2만8천500명", {"number:28500"}),
        ("1조5192억 원", {"number:1519200000000"}),
        ("3억5천만 달러", {"number:350000000"}),
        ("1.52 trillion won", {"number:1520000000000"}),
        ("May 22", {"date:05-22"}),
        ("22 May 2025", {"date:05-22", "date:2025-05", "year:2025"}),
        ("5月22日", {"date:05-22"}),
        ("5월 22일", {"date:05-22"}),
        ("2024-12-20", {"date:12-20", "date:2024-12", "year:2024"}),
        ("December 2024", {"date:2024-12", "year:2024"}),
        ("2,000 troops", {"number:2000"}),
        ("Since 1953, the", {"year:1953", "number:1953"}),
        ("共1800人", {"number:1800"}),
        ("an A320 order", set()),
        ("no digits at all", set()),
    ],
)
def test_builtin_quantity_anchors(text: str, expected: set[str]) -> None:
    assert _builtin_quantity_anchors(text) == expected


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=99_999_999))
def test_number_forms_round_trip(value: int) -> None:
    """One value written with thousands separators, as 万 and as 만/천 gives one anchor."""
    grouped = f"{value:,}"
    man, rest = divmod(value, 10_000)
    chinese = f"{man}万{rest}" if man else str(value)
    thousands, units = divmod(rest, 1000)
    korean = (
        (f"{man}만" if man else "") + (f"{thousands}천" if thousands else "") + (str(units) if units else "")
    )
    key = "number:" + number_key(float(value))
    for text in (f"x {grouped} y", f"共{chinese}人", f"총 {korean}명"):
        found = {a for a in _builtin_quantity_anchors(text) if a.startswith("number:")}
        assert found == {key}, text


def test_cjk_number() -> None:
    assert cjk_number("2만8천500") == 28500
    assert cjk_number("2.85万") == 28500
    assert cjk_number("5천만") == 50_000_000


def test_glossary_entities_in_any_script() -> None:
    glossary = default_glossary()
    if glossary is None:
        pytest.skip("xcheck.facts.names is not installed")
    english, _ = features(
        "Trump's envoy met U.S. Forces Korea officials in North Korea.", "en", glossary=glossary
    )
    korean, _ = features("주한미군", "ko", glossary=glossary)
    chinese, _ = features("驻韩美军", "zh", glossary=glossary)
    shared = english & korean & chinese
    assert any(a.startswith("entity:") for a in shared)
    assert "entity:donald-trump" in english  # possessive folded
    assert "entity:north-korea" in english
    # the longest alias wins: "North Korea" is not also "Korea" (South Korea)
    assert "entity:south-korea" not in features("He went to North Korea.", "en", glossary=glossary)[0]


def test_word_pass_names_and_acronyms() -> None:
    anchors, keys = word_pass("The National Security Council said NATO and Trump agreed.")
    assert "entity:nsc" in anchors
    assert "entity:nato" in anchors
    assert "name:trump" in anchors
    assert "name:the" not in anchors
    assert "w:securi" in keys


def test_quantity_module_and_builtin_agree_on_plain_figures() -> None:
    text = "About 28,500 troops were there on May 22, 2025."
    full = quantity_anchors(text, "en", full=True)
    fast = quantity_anchors(text, "en", full=False)
    assert {"number:28500", "date:05-22"} <= fast
    assert {"number:28500", "date:05-22"} <= full


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=30), min_size=1, max_size=8))
def test_batched_grams_equal_single(texts: list[str]) -> None:
    many = gram_codes_many(texts)
    for text, codes in zip(texts, many, strict=True):
        assert sorted(set(codes.tolist())) == sorted(set(gram_codes(text).view("int64").tolist()))


def test_scripts() -> None:
    assert script_of("en") == script_of("de") == "latin"
    assert script_of("zh-Hans") == script_of("ko") == "cjk"


def test_glossary_options() -> None:
    from xcheck._types import Sentence, Statement
    from xcheck.align import align

    text = "USFK keeps 28,500 troops in Korea."
    sents = [Sentence(0, 0, len(text), text)]
    stmts = [Statement("K", "주한미군 2만8천500명", lang="ko")]
    assert [link.references for link in align(sents, stmts).links] == [("K",)]
    # no glossary: the number alone still carries the link
    assert [link.references for link in align(sents, stmts, glossary=()).links] == [("K",)]
    glossary = default_glossary()
    if glossary is not None:  # a plain tuple of entries works too (not weakly referenceable)
        assert [link.references for link in align(sents, stmts, glossary=tuple(glossary)).links] == [("K",)]
