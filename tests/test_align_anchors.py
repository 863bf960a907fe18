"""Tests of the aligner's anchors: numbers, dates and entities in any surface form, read by the
fact readers the comparison stage uses (xcheck.facts), and the reading hook of align()."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xcheck._types import Sentence, Statement
from xcheck.align import Reading, align, read_text
from xcheck.align._anchors import (
    anchors,
    entity_anchors,
    features,
    number_key,
    quantity_anchors,
    reading_anchors,
    word_pass,
)
from xcheck.align._index import gram_codes, gram_codes_many, script_of
from xcheck.errors import OptionError
from xcheck.facts.names import Glossary, default_glossary, extract_mentions
from xcheck.facts.quantities import extract_quantities
from xcheck.lexicon._scripts import CJK_CLASS

_FIGURES = ("number:", "date:", "year:")


def figures(text: str, lang: str | None = None) -> set[str]:
    return {a for a in anchors(text, lang) if a.startswith(_FIGURES)}


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
        ("Since 1953, the", {"year:1953", "number:1953"}),  # a bare year is also a figure
        ("共1800人", {"number:1800"}),
        ("an A320 order", set()),
        ("no digits at all", set()),
        # what only the fact readers read: number words, ranges (by their lower end)
        ("twenty-eight thousand five hundred troops", {"number:28500"}),
        ("between 20,000 and 30,000 troops", {"number:20000"}),
        ("2만~3만 명", {"number:20000"}),
        # ordinals and "one" in words say too little to align on; a count in words from two up is
        # the figure another language writes in digits ("Two people were killed" / 2명이 사망)
        ("the first time, one more time", set()),
        ("Two people were killed and six injured", {"number:2", "number:6"}),
        # a duration is also its figure as written: "80세" meets "until he's 80"
        ("80세가 넘어서까지", {"number:2524608000", "number:80"}),
    ],
)
def test_figure_anchors(text: str, expected: set[str]) -> None:
    assert figures(text) == expected


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
    for text, lang in ((f"x {grouped} y", "en"), (f"共{chinese}人", "zh"), (f"총 {korean}명", "ko")):
        found = {a for a in figures(text, lang) if a.startswith("number:")}
        assert found == {key}, text


def test_figures_are_what_the_quantity_reader_reads() -> None:
    """Every figure anchor comes from a quantity extract_quantities reads in the same text."""
    text = "About 28,500 troops, up from 2.1% or $3.5bn, were there on May 22, 2025."
    quantities = extract_quantities(text, lang="en")
    assert quantity_anchors(quantities) == figures(text, "en")
    assert {"number:28500", "number:2.1", "number:3500000000", "date:05-22", "year:2025"} <= figures(
        text, "en"
    )


def test_glossary_entities_in_any_script() -> None:
    english = anchors("Trump's envoy met U.S. Forces Korea officials in North Korea.", "en")
    korean = anchors("주한미군", "ko")
    chinese = anchors("驻韩美军", "zh")
    shared = english & korean & chinese
    assert any(a.startswith("entity:") for a in shared)
    assert "entity:donald-trump" in english  # possessive folded
    assert "entity:north-korea" in english
    # the longest alias wins: "North Korea" is not also "Korea" (South Korea)
    assert "entity:south-korea" not in anchors("He went to North Korea.", "en")


@pytest.mark.parametrize(
    "text",
    [
        "Hegseth met USFK officials in Seoul on Tuesday.",
        "Secretary of Defense Pete Hegseth and Adm. Samuel Paparo spoke to the Pentagon.",
        "赫格塞思 visited 주한미군 and the Blue House.",
        "The People Power Party candidate Kim Moon-soo said the U.S. should pay.",
    ],
)
def test_entities_are_the_name_readers(text: str) -> None:
    """Entity anchors of the glossary are exactly the entities extract_mentions resolves: the
    aligner has no glossary matcher of its own (a surname alone resolves as it does there)."""
    glossary = default_glossary()
    resolved = {m.entity_id.casefold() for m in extract_mentions(text, glossary=glossary) if m.entity_id}
    assert entity_anchors(read_text(text, "en").mentions) == {"entity:" + e for e in resolved}
    assert {"entity:" + e for e in resolved} <= anchors(text, "en")


def test_surname_alone_resolves() -> None:
    assert "entity:pete-hegseth" in anchors("Hegseth said so.", "en")


def test_word_pass_names_and_acronyms() -> None:
    found, keys = word_pass("The National Security Council said NATO and Trump agreed.")
    assert "entity:nsc" in found  # the article is stripped from the initials
    assert "entity:nato" in found
    assert "name:trump" in found
    assert "name:the" not in found
    assert "w:securi" in keys
    # a function word leads a name inside a sentence, and an acronym is never a function word
    assert "entity:nyt" in word_pass("He read it in the New York Times on Monday.")[0]
    assert "name:monday" not in word_pass("He read it in the New York Times on Monday.")[0]
    assert "entity:usfk" in word_pass("US Forces Korea said so.")[0]


def test_cjk_keys_use_the_shared_class() -> None:
    _, keys = word_pass("주한미군 2만8천500명")
    assert {"c:주한", "c:한미", "c:미군", "c:명"} <= keys
    assert "\uac00" in CJK_CLASS or "\uac00-" in CJK_CLASS


def test_reading_anchors_without_text() -> None:
    """The figure and entity anchors come from the reading alone; the text gives the rest."""
    text = "Trump sent 4,500 troops."
    reading = read_text(text, "en")
    assert {"number:4500", "~number:4500", "entity:donald-trump"} <= reading_anchors(reading)
    empty, _ = features(text, Reading())
    assert not any(a.startswith(_FIGURES) for a in empty)
    assert "entity:donald-trump" not in empty


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
    text = "USFK keeps 28,500 troops in Korea."
    sents = [Sentence(0, 0, len(text), text)]
    stmts = [Statement("K", "주한미군 2만8천500명", lang="ko")]
    assert [link.references for link in align(sents, stmts).links] == [("K",)]
    # no glossary: the number alone still carries the link
    assert [link.references for link in align(sents, stmts, glossary=Glossary()).links] == [("K",)]
    assert [link.references for link in align(sents, stmts, glossary=default_glossary()).links] == [("K",)]


def test_read_hook_is_called_once_per_distinct_text_and_language() -> None:
    seen: list[tuple[str, str]] = []

    def read(text: str, lang: str) -> Reading:
        seen.append((text, lang))
        return read_text(text, lang)

    a = "About 28,500 US troops are in Korea."
    sents = [Sentence(0, 0, len(a), a), Sentence(1, len(a) + 1, 2 * len(a) + 1, a)]
    stmts = [
        Statement("R1", "About 28,500 U.S. troops are stationed in South Korea."),
        Statement("R2", "주한미군 2만8천500명", lang="ko-KR"),
        Statement("R3", a, lang="en-GB"),
    ]
    hooked = align(sents, stmts, lang="en-US", read=read)
    # the languages as given: the comparison stage reads each text under them
    assert sorted(seen) == sorted(
        {(a, "en-US"), (stmts[0].text, "en"), (stmts[1].text, "ko-KR"), (a, "en-GB")}
    )
    assert hooked == align(sents, stmts, lang="en-US")


def test_read_hook_readings_are_used() -> None:
    """A reading handed over is what the figures are read from: with the figures of another
    text, the sentence links the statement that has them."""
    text = "The troops left."
    sents = [Sentence(0, 0, len(text), text)]
    stmts = [Statement("R1", "주한미군 2만8천500명", lang="ko"), Statement("R2", "미군 1만명", lang="ko")]
    donor = read_text("28,500 troops", "en")

    def read(t: str, lang: str) -> Reading:
        return donor if t == text else read_text(t, lang)

    assert [link.references for link in align(sents, stmts, read=read).links] == [("R1",)]
    assert align(sents, stmts).links == ()


def test_read_hook_must_return_a_reading() -> None:
    sents = [Sentence(0, 0, 4, "Text")]

    def read(text: str, lang: str) -> Reading:
        return {"quantities": ()}  # type: ignore[return-value]

    with pytest.raises(OptionError, match="must return a Reading"):
        align(sents, [Statement("R1", "Text")], read=read)


def test_no_size_switch_left() -> None:
    module = importlib.import_module("xcheck.align")
    assert not hasattr(module, "DEFAULT_FULL_ANCHORS_LIMIT")
    anchors_module = importlib.import_module("xcheck.align._anchors")
    for gone in ("_builtin_quantity_anchors", "cjk_number", "GlossaryMatcher", "_MONTHS", "_SCALE"):
        assert not hasattr(anchors_module, gone), gone
