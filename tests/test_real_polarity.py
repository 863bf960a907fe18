"""Golden rows for meaning flips read in SummEdits misses (issue 14): a negation on a WordNet
synonym of the other side's word, and an opposite inserted into a coordination. Each flip has a
neighbour that must stay silent, so a fix cannot pass by flagging everything."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from xcheck.facts.polarity import compare_polarity
from xcheck.lexicon._synonyms import are_synonyms


def _messages(translation: str, reference: str) -> list[tuple[str, str]]:
    return [(d.severity, d.message) for d in compare_polarity(translation, reference)]


@pytest.mark.parametrize(
    ("translation", "reference", "word"),
    [
        # "grapple" and "deal" share a WordNet synset ("cope, deal, grapple, manage").
        (
            "East Palestine is not dealing with any fallout after officials executed a burn.",
            "East Palestine is grappling with the fallout after officials executed a burn.",
            "dealing",
        ),
        # "ask" and "require" share one too; the negation moved with a modal ("will" / "may not").
        (
            "Milk alternatives may not be required to include a statement on their labels.",
            "Milk alternatives soon will be asked to include a statement on their labels.",
            "required",
        ),
    ],
)
def test_a_negation_on_a_synonym_is_critical(translation: str, reference: str, word: str) -> None:
    assert _messages(translation, reference) == [
        ("critical", f"the translation adds a negation ('not' on {word!r})")
    ]


@pytest.mark.parametrize(
    ("translation", "reference"),
    [
        # Both negated: the same claim in other words.
        (
            "East Palestine is not dealing with the fallout.",
            "East Palestine is not grappling with the fallout.",
        ),
        # Not synonyms: a negation against another word stays a paraphrase.
        ("The man did not survive the crash.", "The man died in the crash."),
        # "go" has a sense "die", but general verbs are not read through WordNet.
        ("The man did not go home.", "The man died at home."),
        # A synonym that negates by itself restates the negation ("did not stop" / "ceased").
        ("The company did not continue production.", "The company ceased production."),
    ],
)
def test_a_negation_against_a_non_synonym_is_silent(translation: str, reference: str) -> None:
    assert compare_polarity(translation, reference) == []


@pytest.mark.parametrize(
    ("translation", "reference", "found", "expected"),
    [
        (
            "The net interest margin was higher than Q2 but lower than the year-ago quarter.",
            "The net interest margin was higher than Q2 and the year-ago quarter.",
            "lower",
            "higher",
        ),
        (
            "This resulted in a substantial increase in net income but a decrease in backlog.",
            "This resulted in a substantial increase in net income and backlog.",
            "decrease",
            "increase",
        ),
        (
            "Earnings per share increased by 17% from the same period in the previous year and"
            " decreased from the previous quarter.",
            "Earnings per share increased by 17% from the same period in the previous year and from the"
            " previous quarter.",
            "decreased",
            "increased",
        ),
        (
            "The company reported a net profit of $8.2m, but a loss of $0.19 per share.",
            "The company reported a net profit of $8.2m or $0.19 per share.",
            "loss",
            "profit",
        ),
    ],
)
def test_an_opposite_inserted_into_a_coordination_is_critical(
    translation: str, reference: str, found: str, expected: str
) -> None:
    (d,) = compare_polarity(translation, reference)
    assert (d.severity, d.expected_value) == ("critical", expected)
    assert d.message.startswith(f"{found!r} where the reference says {expected!r}")
    assert reference[d.expected.start : d.expected.end] == expected


@pytest.mark.parametrize(
    ("translation", "reference"),
    [
        # The same direction repeated, or added where the reference carries it on.
        (
            "The net interest margin was higher than Q2 and higher than the year-ago quarter.",
            "The net interest margin was higher than Q2 and the year-ago quarter.",
        ),
        ("Sales rose in Europe and also rose in Asia.", "Sales rose in Europe and Asia."),
        # The opposite stands in another clause of the reference: it does not carry on.
        (
            "Sales rose in Europe; costs fell in Asia and in Africa.",
            "Sales rose in Europe; costs in Asia and Africa.",
        ),
        # The reference's stretch has a word of its own: another claim, not a coordination.
        (
            "Sales rose in Europe and fell in Asia.",
            "Sales rose in Europe and stalled in Asia.",
        ),
    ],
)
def test_a_coordination_without_an_opposite_is_silent(translation: str, reference: str) -> None:
    assert compare_polarity(translation, reference) == []


def test_synonym_table_is_symmetric_single_lower_case_words() -> None:
    raw = resources.files("xcheck").joinpath("data/synonyms_en.tsv.gz").read_bytes()
    table = {
        word: set(rest.split(" "))
        for word, _, rest in (line.partition("\t") for line in gzip.decompress(raw).decode().splitlines())
    }
    assert 10_000 < len(table) < 40_000
    for word, others in table.items():
        assert word.isalpha()
        assert word.islower()
        assert word not in others
        assert all(word in table[other] for other in others)
    assert are_synonyms("grapple", "deal")
    assert are_synonyms("deal", "grapple")
    assert not are_synonyms("survive", "die")
    assert not are_synonyms("development", "growth")  # nouns are left out


@pytest.mark.parametrize(
    ("translation", "reference", "found", "expected"),
    [
        # A change with no direction against no change.
        (
            "The EBITDA estimate for adjusted earnings per share is different from the prior year's guidance.",
            "The EBITDA estimate for adjusted earnings per share is unchanged from the prior year's guidance.",
            "different",
            "unchanged",
        ),
        # No change inserted into a coordination whose first part is a change.
        (
            "Reliance expects lower earnings due to lower pricing and steady demand levels.",
            "Reliance expects lower earnings due to lower pricing and demand levels.",
            "steady",
            "lower",
        ),
    ],
)
def test_a_change_against_none_is_major(translation: str, reference: str, found: str, expected: str) -> None:
    (d,) = compare_polarity(translation, reference)
    assert (d.severity, d.found_value, d.expected_value) == ("major", found, expected)
    assert "no change" in d.message


@pytest.mark.parametrize(
    ("translation", "reference"),
    [
        ("The rules remain unaltered from last year.", "The rules remain unchanged from last year."),
        ("The guidance was not revised.", "The guidance was unchanged."),
        (
            "Reliance expects lower earnings due to lower pricing and lower demand levels.",
            "Reliance expects lower earnings due to lower pricing and demand levels.",
        ),
    ],
)
def test_no_change_restated_is_silent(translation: str, reference: str) -> None:
    assert compare_polarity(translation, reference) == []


@pytest.mark.parametrize(
    ("translation", "reference", "flagged"),
    [
        ("Profits fell in May.", "Profits doubled in May.", True),
        ("Profits tripled in May.", "Profits fell in May.", True),
        (
            "The company reported record earnings while falling short of the prior-year levels.",
            "The company reported record earnings approximately twice the prior-year levels.",
            True,
        ),
        # Multiples restated, and "twice" as a count of times.
        ("Profits rose twofold in May.", "Profits doubled in May.", False),
        ("He was arrested twice last year.", "He was arrested two times last year.", False),
        ("Prices fell twice in May.", "Prices dropped two times in May.", False),
    ],
)
def test_multiples_are_a_rise(translation: str, reference: str, flagged: bool) -> None:
    found = compare_polarity(translation, reference)
    assert [d.severity for d in found] == (["critical"] if flagged else [])
