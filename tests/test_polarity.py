"""The sentence polarity check: reversals are critical findings, paraphrases stay silent."""

from __future__ import annotations

import pytest

import xcheck
from xcheck.facts.polarity import compare_polarity


@pytest.mark.parametrize(
    ("translation", "reference"),
    [
        ("Prices fell in May.", "Prices rose in May."),
        ("Uncertainty has largely eased, he said.", "Uncertainty remains very high, he said."),
        ("The company will not pay a dividend this year.", "The company will pay a dividend this year."),
        ("The company is decreasing its dividend.", "The company is increasing its dividend."),
        ("The results were negative for the group.", "The results were positive for the group."),
        (
            "Officials executed an uncontrolled burn of the gas.",
            "Officials executed a controlled burn of the gas.",
        ),
        # Open English WordNet antonyms: direct, and through an adjective satellite.
        ("Unemployment remains very low.", "Unemployment remains very high."),
        (
            "The airlines had to fly a direct route to Asia.",
            "The airlines had to fly a roundabout route to Asia.",
        ),
        ("The new rules forbid street protests.", "The new rules allow street protests."),
        ("The council will deny the permit.", "The council will allow the permit."),
        ("The minister gave a short speech.", "The minister gave a long speech."),
        # A negation on a word that negates by itself, and two claims flipped in one sentence.
        ("He has not shut down his account.", "He has shut down his account."),
        (
            "There are no uncertainties because of the pandemic.",
            "There are still uncertainties because of the pandemic.",
        ),
        (
            "The police, who have not opened an inquiry, found evidence of fraud.",
            "The police, who have opened an inquiry, found no evidence of fraud.",
        ),
        # A negation on the very word that negates by itself on the other side.
        ("Prices did not fall in May.", "Prices fell in May."),
        ("The company did not stop production.", "The company stopped production."),
        # News pairs WordNet does not link (the curated SWAPS), and "up" / "down" before a number.
        (
            "Capital One reported losses per share of $6.86.",
            "Capital One reported earnings per share of $6.86.",
        ),
        (
            "Binance publicly moved $1.8 billion to hedge funds.",
            "Binance secretly moved $1.8 billion to hedge funds.",
        ),
        ("The money will hinder the chip sector.", "The money will spur the chip sector."),
        ("The firm agreed to delay 12 deliveries.", "The firm agreed to accelerate 12 deliveries."),
        (
            "Sales were $3.50 a share, down 40.6% from a year ago.",
            "Sales were $3.50 a share, up 40.6% from a year ago.",
        ),
        # Two sentences of the reference merged into one; a negation far from the changed stretch.
        (
            "Earnings per share for the third quarter rose 17% from the same period of the previous year,"
            " but there are no doubts about the outlook.",
            "Earnings per share for the third quarter rose 17% from the same period of the previous year."
            " However, there are still doubts about the outlook.",
        ),
    ],
)
def test_reversal_is_critical(translation: str, reference: str) -> None:
    found = compare_polarity(translation, reference)
    assert [(d.kind, d.severity) for d in found] == [("polarity", "critical")]
    result = xcheck.check_pair(translation, reference)
    assert [(f.kind, f.severity) for f in result.findings if f.kind == "polarity"] == [
        ("polarity", "critical")
    ]


@pytest.mark.parametrize(
    ("translation", "reference"),
    [
        ("Prices did not rise in May.", "Prices remained flat in May."),
        ("The machine no longer works.", "The machine stopped working."),
        ("It is not impossible that he wins.", "It is possible that he wins."),
        ("He declined to comment on the report.", "He did not comment on the report."),
        ("Prices did not fall in May.", "Prices rose in May."),
        ("Never before did the referee decide so hard.", "The referee has never been so hard."),
        ("They observed never-before-seen details.", "They observed details never seen before."),
        ("The town lies not far from the border.", "The town lies near the border."),
        ("Neither the lungs nor the muscles are developed.", "The lungs and the muscles are not developed."),
        ("Prices rose sharply in May.", "Prices increased sharply in May."),
        # Synonyms, and WordNet antonyms of too general a meaning to reverse a claim.
        (
            "The airlines had to fly an indirect route to Asia.",
            "The airlines had to fly a roundabout route to Asia.",
        ),
        ("The company made a profit last year.", "The company earned a profit last year."),
        ("She came home late.", "She went home late."),
        ("The team lacked experience.", "The team had no experience."),
        ("The plan was approved by a narrow majority.", "The plan was approved by a slim majority."),
        ("He said the risk was low.", "He said the risk was small."),
        ("Sales rose sharply in May.", "Sales rose significantly in May."),
        ("Sales rose slightly in May.", "Sales rose modestly in May."),
        # Another person is not a reversed claim (WordNet's person nouns are left out).
        ("A woman was injured in the crash.", "A man was injured in the crash."),
    ],
)
def test_paraphrase_is_silent(translation: str, reference: str) -> None:
    assert compare_polarity(translation, reference) == []


@pytest.mark.parametrize(
    ("translation", "reference"),
    [
        (
            "Gross margin is expected to remain the same in 2021.",
            "Gross margin is expected to increase in 2021.",
        ),
        (
            "The allowance for credit losses was increasing to 1.63% this year.",
            "The allowance for credit losses was remaining unchanged at 1.62% this year.",
        ),
    ],
)
def test_a_change_read_as_none_is_major(translation: str, reference: str) -> None:
    """ "Expected to increase" / "expected to remain the same": not the opposite, but no longer a change."""
    found = compare_polarity(translation, reference)
    assert [(d.kind, d.severity) for d in found] == [("polarity", "major")]
    assert "(no change)" in found[0].message


@pytest.mark.parametrize(
    ("translation", "reference"),
    [
        ("Sales held steady in the same period.", "Sales held steady in the same period of 2020."),
        ("Sales grew steadily in May.", "Sales rose in May."),
        ("The price is 3.5 dollars. It did not rise.", "The price is 3.5 dollars. It remained flat."),
    ],
)
def test_no_change_paraphrase_is_silent(translation: str, reference: str) -> None:
    assert compare_polarity(translation, reference) == []


def test_decimal_points_do_not_end_sentences() -> None:
    """ "$3.50" is one number in one sentence, so "down" is read against "up" beside it."""
    (d,) = compare_polarity("Shares closed at $3.50, down 4.5%.", "Shares closed at $3.50, up 4.5%.")
    assert (d.found_value, d.expected_value) == ("down", "up")


def test_spans_and_values_index_the_texts() -> None:
    t, r = "Sales fell last year. Profit was stable.", "Sales rose last year. Profit was stable."
    (d,) = compare_polarity(t, r)
    assert d.found is not None
    assert d.expected is not None
    assert t[d.found.start : d.found.end] == d.found_value == "fell"
    assert r[d.expected.start : d.expected.end] == d.expected_value == "rose"


def test_unrelated_sentences_are_not_compared() -> None:
    assert compare_polarity("The minister did not attend.", "Rain is expected in the north.") == []


def test_other_languages_are_not_read() -> None:
    result = xcheck.check_pair("Prices fell in May.", "Die Preise stiegen im Mai.", reference_lang="de")
    assert not [f for f in result.findings if f.kind == "polarity"]


def test_quote_reversal_is_reported_once() -> None:
    t = 'He said: "Uncertainty has largely eased."'
    r = 'He said: "Uncertainty remains very high."'
    kinds = [f.kind for f in xcheck.check_pair(t, r).findings]
    assert kinds.count("quote") + kinds.count("polarity") == 1


def test_negation_raised_to_think_is_silent() -> None:
    t = "I don't think I am the only one who thinks that."
    r = "I think that I am not the only one who thinks that."
    assert compare_polarity(t, r) == []


def test_a_two_word_claim_is_read_too() -> None:
    """A short headline reverses its claim as surely as a long sentence: "Prices fell." / "Prices rose."."""
    found = [
        f for f in xcheck.check_pair("Sales fell 3%.", "Sales rose 3%.").findings if f.kind == "polarity"
    ]
    assert [(f.severity, f.found) for f in found] == [("critical", "fell")]
    assert xcheck.check_pair("Prices rose.", "Prices rose.").findings == ()


def test_a_word_of_another_degree_is_major() -> None:
    """ "A significant increase" / "a slight increase": the claim holds, to another extent."""
    t, r = "The firm saw a slight increase in sales.", "The firm saw a significant increase in sales."
    (d,) = compare_polarity(t, r)
    assert (d.kind, d.severity, d.found_value, d.expected_value) == (
        "polarity",
        "major",
        "slight",
        "significant",
    )
    assert d.found is not None
    assert t[d.found.start : d.found.end] == "slight"


def test_antonym_spans_are_exact() -> None:
    t = "Previously, the airlines had to fly a direct route."
    r = "Previously, the airlines had to fly a roundabout route."
    (d,) = compare_polarity(t, r)
    assert (d.found_value, d.expected_value) == ("direct", "roundabout")
    assert d.found is not None
    assert d.expected is not None
    assert (t[d.found.start : d.found.end], r[d.expected.start : d.expected.end]) == ("direct", "roundabout")


@pytest.mark.parametrize(
    ("translation", "reference"),
    [
        ('He said: "Uncertainty remains very low."', 'He said: "Uncertainty remains very high."'),
        ('He said: "Prices fell sharply this year."', 'He said: "Prices rose sharply this year."'),
        ('He said: "We will not raise taxes."', 'He said: "We will raise taxes."'),
        ('He said: "Prices did not fall this year."', 'He said: "Prices fell this year."'),
    ],
)
def test_quote_reversal_is_critical(translation: str, reference: str) -> None:
    found = [f for f in xcheck.check_pair(translation, reference).findings if f.kind in {"quote", "polarity"}]
    assert [f.severity for f in found] == ["critical"]


@pytest.mark.parametrize(
    ("translation", "reference"),
    [
        # The negation bears on "expect", which the other side does not say.
        (
            '"We did not expect such a strong result," she said.',
            '"Such a strong result came as a surprise to us," she said.',
        ),
        # A word that negates by itself on the other side restates the negation.
        (
            'He said: "Everyone can see the emperor has no clothes."',
            'He said: "Everyone can see the emperor has lost his clothes."',
        ),
        ('He said: "The outlook has improved a lot."', 'He said: "The outlook has got much better."'),
    ],
)
def test_quote_paraphrase_is_at_most_minor(translation: str, reference: str) -> None:
    found = xcheck.check_pair(translation, reference).findings
    assert all(f.severity == "minor" for f in found if f.kind in {"quote", "polarity"})
