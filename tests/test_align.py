"""Tests of claims-mode and parallel-mode alignment (xcheck.align)."""

from __future__ import annotations

import doctest
import importlib
import json
import random
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from xcheck._fixtures import paragraph_labels
from xcheck._types import Sentence, Statement
from xcheck.align import Alignment, align, format_alignment
from xcheck.align._anchors import anchors, surface_grams
from xcheck.errors import DuplicateIdError, OptionError

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "observer-network"


def sentences_of(texts: list[str], roles: list[str] | None = None) -> list[Sentence]:
    """Build Sentence objects with exact offsets in the texts joined by single spaces."""
    out, pos = [], 0
    for i, text in enumerate(texts):
        role = roles[i] if roles else "claim"
        out.append(Sentence(i, pos, pos + len(text), text, role))  # type: ignore[arg-type]
        pos += len(text) + 1
    return out


def statements_of(texts: list[str], lang: str = "en") -> list[Statement]:
    return [Statement(f"S{i:03d}", text, lang=lang) for i, text in enumerate(texts)]


def pairs(alignment: Alignment) -> set[tuple[int, str]]:
    return {(i, sid) for link in alignment.links for i in link.translation for sid in link.references}


def check_exactly_once(alignment: Alignment, sentences: list[Sentence], statements: list[Statement]) -> None:
    claims = [s.index for s in sentences if s.role == "claim"]
    linked = [i for link in alignment.links for i in link.translation]
    assert len(linked) == len(set(linked)), "a sentence is in two links"
    assert sorted(linked + list(alignment.unsupported)) == sorted(claims)
    rendered = {sid for link in alignment.links for sid in link.references}
    assert not rendered & set(alignment.unrendered)
    assert rendered | set(alignment.unrendered) == {st.id for st in statements}
    assert len(alignment.unrendered) == len(set(alignment.unrendered))
    for link in alignment.links:
        assert 0.0 <= link.score <= 1.0
        assert link.evidence
        assert list(link.translation) == sorted(link.translation)


# --------------------------------------------------------------------------------------------
# examples

TROOPS = "About 28,500 U.S. troops are stationed in South Korea under the 1953 alliance."
MEETING = "Defense minister Kim Yong-hyun met Pete Hegseth in Washington on May 22."
TARIFF = "Trump announced a 25 percent tariff on South Korean goods on April 2."


def test_module_doctests() -> None:
    # the package exports the function align, which hides the module attribute of the same name
    failures, _ = doctest.testmod(importlib.import_module("xcheck.align"), verbose=False)
    assert failures == 0


def test_simple_claims() -> None:
    sents = sentences_of([MEETING, "The weather in Seoul was mild on Tuesday afternoon.", TROOPS])
    result = align(sents, statements_of([TROOPS, MEETING, TARIFF]))
    assert pairs(result) == {(0, "S001"), (2, "S000")}
    assert result.unsupported == (1,)
    assert result.unrendered == ("S002",)
    check_exactly_once(result, sents, statements_of([TROOPS, MEETING, TARIFF]))


def test_wrong_figure_still_links() -> None:
    sents = sentences_of(["Trump questioned stationing about 29,000 troops in South Korea since 1953."])
    stmts = statements_of([TROOPS, MEETING, TARIFF])
    result = align(sents, stmts)
    assert pairs(result) == {(0, "S000")}


def test_distractor_differing_in_a_number_stays_apart() -> None:
    other = TROOPS.replace("28,500", "38,500")
    sents = sentences_of([TROOPS, MEETING])
    stmts = [Statement("A", other), Statement("B", TROOPS), Statement("C", MEETING)]
    result = align(sents, stmts)
    assert pairs(result) == {(0, "B"), (1, "C")}
    assert result.unrendered == ("A",)


def test_distractor_differing_in_a_name_stays_apart() -> None:
    other = MEETING.replace("Hegseth", "Hagerty")
    sents = sentences_of([MEETING])
    result = align(sents, [Statement("A", other), Statement("B", MEETING)])
    assert pairs(result) == {(0, "B")}


def test_merged_sentence_links_both_statements() -> None:
    merged = (
        "About 28,500 U.S. troops are stationed in South Korea under the 1953 alliance, "
        "and Trump announced a 25 percent tariff on South Korean goods on April 2."
    )
    sents = sentences_of([merged, MEETING])
    result = align(sents, statements_of([TROOPS, MEETING, TARIFF]))
    assert pairs(result) == {(0, "S000"), (0, "S002"), (1, "S001")}
    assert result.links[0].references == ("S000", "S002")


def test_split_statement_gives_a_two_sentence_link() -> None:
    long = (
        "The Pentagon is weighing a plan to pull roughly 4,500 troops out of South Korea, "
        "and to move them to Guam and other places in the Indo-Pacific region."
    )
    sents = sentences_of(
        [
            "The Pentagon is weighing a plan to pull roughly 4,500 troops out of South Korea.",
            "It would move them to Guam and other places in the Indo-Pacific region.",
            MEETING,
        ]
    )
    result = align(sents, [Statement("W", long), Statement("M", MEETING)])
    assert result.links[0].translation == (0, 1)
    assert result.links[0].references == ("W",)


def test_boilerplate_is_neither_linked_nor_unsupported() -> None:
    sents = sentences_of(
        ["[Source/Observer Network]", TROOPS, "This article cannot be reproduced without permission."],
        ["boilerplate", "claim", "boilerplate"],
    )
    result = align(sents, statements_of([TROOPS]))
    assert pairs(result) == {(1, "S000")}
    assert result.unsupported == ()


def test_cross_language_by_anchors() -> None:
    sents = sentences_of(
        [
            "The Wall Street Journal reported on May 22 that about 28,500 troops are stationed there.",
            "Trump announced a 25 percent tariff on April 2.",
        ]
    )
    stmts = [
        Statement("Z1", "《华尔街日报》5月22日报道，约2.85万名美军驻扎在韩国。", lang="zh"),
        Statement("Z2", "特朗普4月2日宣布征收25%的关税。", lang="zh"),
    ]
    result = align(sents, stmts, min_score=0.2)
    assert pairs(result) == {(0, "Z1"), (1, "Z2")}
    assert result.notes
    assert "bilingual glosses" in result.notes[0]
    assert all(any("anchors and bilingual glosses" in e for e in link.evidence) for link in result.links)


def test_cross_language_without_glosses_by_anchors_only() -> None:
    sents = sentences_of(["Trump announced a 25 percent tariff on April 2."])
    stmts = [Statement("R1", "Трамп 2 апреля объявил о пошлине в 25%.", lang="ru")]
    result = align(sents, stmts, min_score=0.2)
    assert pairs(result) == {(0, "R1")}
    assert "anchors only" in result.notes[0]
    assert any("anchors only" in e for link in result.links for e in link.evidence)


def test_retrieval_matches_exhaustive_on_a_small_corpus() -> None:
    rng = random.Random(7)
    base = [TROOPS, MEETING, TARIFF]
    texts = [
        f"{t} Item {n} of the series was filed by desk {rng.randint(1, 999)}."
        for n, t in enumerate(base * 20)
    ]
    sents = sentences_of(texts)
    stmts = statements_of(texts)
    fast = align(sents, stmts, exhaustive=False, k=4)
    slow = align(sents, stmts, exhaustive=True)
    assert pairs(fast) == pairs(slow)


def test_settings_and_format() -> None:
    sents = sentences_of([TROOPS, "The weather was mild."])
    result = align(sents, statements_of([TROOPS, TARIFF]), min_score=0.25, k=5)
    assert result.settings().startswith("mode:claims|min:0.25|")
    text = format_alignment(result)
    assert "[0]:[S000]:" in text
    assert "[]:[S001]" in text
    assert "[1]:[]" in text


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"mode": "pairs"}, OptionError),
        ({"min_score": 1.5}, OptionError),
        ({"min_score": float("nan")}, OptionError),
        ({"k": 0}, OptionError),
        ({"ratio": -0.1}, OptionError),
    ],
)
def test_bad_options(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        align(sentences_of([TROOPS]), statements_of([TROOPS]), **kwargs)  # type: ignore[arg-type]


def test_duplicate_ids() -> None:
    with pytest.raises(DuplicateIdError):
        align(sentences_of([TROOPS]), [Statement("A", TROOPS), Statement("A", MEETING)])


def test_empty_inputs() -> None:
    assert align([], []).links == ()
    result = align([], statements_of([TROOPS]))
    assert result.unrendered == ("S000",)
    result = align(sentences_of([TROOPS]), [])
    assert result.unsupported == (0,)


# --------------------------------------------------------------------------------------------
# parallel mode


def test_parallel_identical_is_diagonal() -> None:
    texts = [TROOPS, MEETING, TARIFF, "The alliance faces another test after the election in June."]
    result = align(sentences_of(texts), statements_of(texts), mode="parallel")
    assert [(link.translation, link.references) for link in result.links] == [
        ((i,), (f"S{i:03d}",)) for i in range(4)
    ]
    assert result.mode == "parallel"
    assert "move 1-1" in result.links[0].evidence[-1]


def test_parallel_merge_and_skip() -> None:
    refs = [
        "The Pentagon is weighing a plan to pull roughly 4,500 troops out of South Korea.",
        "It would move them to Guam and other places in the Indo-Pacific region.",
        MEETING,
        TARIFF,
    ]
    merged = (
        "The Pentagon is weighing a plan to pull roughly 4,500 troops out of South Korea "
        "and move them to Guam and other places in the Indo-Pacific region."
    )
    sents = sentences_of([merged, "Completely unrelated words about cooking pasta at home.", TARIFF])
    result = align(sents, statements_of(refs), mode="parallel")
    got = [(link.translation, link.references) for link in result.links]
    assert got == [((0,), ("S000", "S001")), ((2,), ("S003",))]
    assert result.unsupported == (1,)
    assert result.unrendered == ("S002",)


# --------------------------------------------------------------------------------------------
# fixture


def test_fixture_links_land_in_the_right_paragraph() -> None:
    from xcheck.text._segment import segment

    text = (FIXTURE / "observer-network-2025-05-23.en.txt").read_text(encoding="utf-8")
    rows = [
        json.loads(line) for line in (FIXTURE / "references.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    stmts = [Statement(r["id"], r["text"], lang=r["lang"]) for r in rows]
    sents = list(segment(text))
    labels = paragraph_labels(text, sents)
    gold = {(i, r["id"]) for i, lab in labels.items() for r in rows if r["paragraph"] == lab}
    result = align(sents, stmts)
    check_exactly_once(result, sents, stmts)
    got = pairs(result)
    precision = len(got & gold) / len(got)
    assert precision >= 0.8, format_alignment(result)
    assert "[5]:" not in format_alignment(result).replace("[5]:[R05]", "")  # the denial links R05


# --------------------------------------------------------------------------------------------
# properties

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9)
TOKENS = st.one_of(WORDS, WORDS.map(str.capitalize), st.integers(0, 99_999).map(str))
TEXTS = st.lists(TOKENS, min_size=3, max_size=12).map(lambda ws: " ".join(ws) + ".")


def _profile(text: str) -> tuple[frozenset[str], frozenset[str]]:
    return surface_grams(text), anchors(text, "en")


@settings(max_examples=40, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=12), st.randoms(use_true_random=False))
def test_shuffling_statements_never_changes_links(texts: list[str], rng: random.Random) -> None:
    sents = sentences_of(texts[: max(1, len(texts) // 2)] + [t.upper() for t in texts[:2]])
    stmts = statements_of(texts)
    shuffled = stmts[:]
    rng.shuffle(shuffled)
    assert align(sents, stmts) == align(sents, shuffled)
    assert align(sents, stmts, exhaustive=False, k=2) == align(sents, shuffled, exhaustive=False, k=2)


@settings(max_examples=40, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=12, unique_by=_profile))
def test_identical_translation_aligns_one_to_one(texts: list[str]) -> None:
    sents = sentences_of(texts)
    stmts = statements_of(texts)
    result = align(sents, stmts)
    assert [(link.translation, link.references) for link in result.links] == [
        ((i,), (f"S{i:03d}",)) for i in range(len(texts))
    ]
    assert all(link.score == 1.0 for link in result.links)
    parallel = align(sents, stmts, mode="parallel")
    assert [(link.translation, link.references) for link in parallel.links] == [
        ((i,), (f"S{i:03d}",)) for i in range(len(texts))
    ]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(TEXTS, min_size=0, max_size=10),
    st.lists(TEXTS, min_size=0, max_size=10),
    st.lists(st.sampled_from(["claim", "claim", "boilerplate"]), min_size=10, max_size=10),
    st.sampled_from(["claims", "parallel"]),
)
def test_every_sentence_and_statement_appears_exactly_once(
    sent_texts: list[str], stmt_texts: list[str], roles: list[str], mode: str
) -> None:
    sents = sentences_of(sent_texts, roles[: len(sent_texts)])
    stmts = statements_of(stmt_texts)
    result = align(sents, stmts, mode=mode)  # type: ignore[arg-type]
    check_exactly_once(result, sents, stmts)


FIGURES = st.integers(min_value=10, max_value=999_999)


WORD_TEXTS = st.lists(st.one_of(WORDS, WORDS.map(str.capitalize)), min_size=3, max_size=12).map(
    lambda ws: " ".join(ws) + "."
)


@settings(max_examples=25, deadline=None)
@given(st.lists(WORD_TEXTS, min_size=1, max_size=6), WORD_TEXTS, FIGURES, FIGURES)
def test_figure_distractor_never_steals_the_link(
    others: list[str], base: str, right: int, wrong: int
) -> None:
    """A statement that differs from the rendered one only in a figure stays unrendered; and a
    sentence whose figure is wrong still links to its statement when no better one exists.

    The other statements hold no figures and share few letters with the sentence: otherwise one
    of them may rightly render part of it."""
    grams = surface_grams(base)
    # the other statements must not themselves render the base sentence
    assume(all(len(grams & surface_grams(t)) <= 0.3 * len(surface_grams(t)) for t in others))
    if right == wrong:
        wrong = right + 1
    original = f"{base.rstrip('.')} with {right:,} troops."
    fake = f"{base.rstrip('.')} with {wrong:,} troops."
    stmts = [*statements_of(others), Statement("ORIG", original), Statement("FAKE", fake)]
    result = align(sentences_of([original]), stmts)
    assert pairs(result) == {(0, "ORIG")}
    assert "FAKE" in result.unrendered
    # without the right statement, the wrong figure still finds its statement
    drifted = align(sentences_of([fake]), [*statements_of(others), Statement("ORIG", original)])
    assert pairs(drifted) == {(0, "ORIG")}


# --------------------------------------------------------------------------------------------
# sentences a statement contains word for word (xcheck.align._contained)

EXPORTS = "Exports of the new chips rose sharply last year, driven by demand from buyers in Asia."


def test_a_short_sentence_joins_the_neighbour_that_links_its_statement() -> None:
    """Regression: '1,200' scored about half against the long statement holding it, the ratio
    rule gave that statement to the long sentence, and the fragment was an addition."""
    texts = [EXPORTS, "1,200"]
    sents = sentences_of(texts)
    refs = [Statement("R1", " ".join(texts)), Statement("R2", TROOPS)]
    result = align(sents, refs)
    assert [(link.translation, link.references) for link in result.links] == [((0, 1), ("R1",))]
    assert result.unsupported == ()
    assert any("word for word" in e for e in result.links[0].evidence)
    check_exactly_once(result, sents, refs)


def test_a_short_common_sentence_does_not_link_a_statement_no_neighbour_links() -> None:
    said = "He said the troops would stay in South Korea for now."
    sents = sentences_of([MEETING, "He said.", TARIFF, said])
    refs = statements_of([MEETING, TARIFF, said])
    result = align(sents, refs)
    assert pairs(result) == {(0, "S000"), (2, "S001"), (3, "S002")}
    assert result.unsupported == (1,)


def test_a_contained_sentence_must_keep_its_words_together() -> None:
    sents = sentences_of([EXPORTS, "Demand rose."])
    refs = [Statement("R1", EXPORTS + " Demand from buyers in Asia rose.")]
    assert align(sents, refs).unsupported == (1,)


def test_a_sentence_without_words_takes_the_statement_that_is_it() -> None:
    sents = sentences_of([MEETING, "-"])
    refs = statements_of([MEETING, "-"])
    result = align(sents, refs)
    assert pairs(result) == {(0, "S000"), (1, "S001")}
    assert not result.unrendered
    assert not result.unsupported


def test_a_statement_given_twice_is_rendered_twice_by_a_text_said_twice() -> None:
    """Regression: both copies scored alike, both sentences took the first (ties by id), and the
    second copy was reported unrendered."""
    sents = sentences_of([MEETING, MEETING, TROOPS])
    refs = statements_of([MEETING, MEETING, TROOPS])
    result = align(sents, refs)
    assert pairs(result) == {(0, "S000"), (1, "S001"), (2, "S002")}
    check_exactly_once(result, sents, refs)


def test_pieces_too_short_to_score_take_the_statement_they_make_together() -> None:
    sents = sentences_of(["만", "억", "万"])
    refs = [Statement("R1", "만 억 万", lang="ko")]
    result = align(sents, refs, lang="ko")
    assert [(link.translation, link.references) for link in result.links] == [((0, 1, 2), ("R1",))]
