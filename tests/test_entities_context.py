"""The shared-context slot rule of :func:`xcheck.facts.names.compare_entities`.

Two different names framed by the same predicate ("X shipped 12.3 million phones") fill one slot
even when the rest of the pair was reworded so much that the texts no longer align word by word
(the claims mode of the pipeline, where nothing else pairs them).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xcheck.facts.names import compare_entities

CLAIMS: dict[str, Any] = {"report_missing": False, "report_added": False}


def _names(found: list[Any]) -> list[tuple[str, str | None]]:
    return [(d.found.text, d.expected.text if d.expected else None) for d in found if d.kind == "name"]


@pytest.mark.parametrize("claims", [True, False])
def test_reworded_sentence_same_predicate_is_one_slot(claims: bool) -> None:
    t = (
        "According to Canalys, Honor shipped 12.3 million phones in the first quarter, "
        "up 5.1 percentage points year on year."
    )
    r = (
        "Chinese smartphone maker Huawei shipped 12.3 million phones in the first quarter, "
        "up 5.1 percent from a year earlier, according to Canalys."
    )
    found = compare_entities(t, r, **(CLAIMS if claims else {}))
    names = [d for d in found if d.kind == "name"]
    assert _names(names) == [("Honor", "Huawei")]
    d = names[0]
    assert d.severity == "major"
    assert "different entity" in d.message
    assert t[d.found.start : d.found.end] == "Honor"
    assert d.expected is not None
    assert r[d.expected.start : d.expected.end] == "Huawei"


@pytest.mark.parametrize(
    ("t", "r"),
    [
        (
            "Honor, the Chinese budget brand, shipped 12.3 million phones in the quarter, analysts said.",
            "Market leader Huawei shipped 12.3 million phones in the first quarter, Canalys said.",
        ),
        (
            "Honor shipped 12.3 million phones in the quarter, analysts said.",
            "Huawei, the market leader, shipped 12.3 million phones in the first quarter, Canalys said.",
        ),
    ],
)
def test_predicate_after_a_short_apposition(t: str, r: str) -> None:
    assert _names(compare_entities(t, r, **CLAIMS)) == [("Honor", "Huawei")]


def test_same_words_before_both_names() -> None:
    t = "Last year the firm filed a patent lawsuit against Samsung in a Texas court, its lawyers said."
    r = "A patent lawsuit against Apple was filed by the company in 2023."
    assert _names(compare_entities(t, r, **CLAIMS)) == [("Samsung", "Apple")]


def test_same_name_reworded_is_fine() -> None:
    t = "According to Canalys, Honor shipped 12.3 million phones in the first quarter."
    r = "Chinese smartphone maker Honor shipped 12.3 million phones in the first quarter, Canalys said."
    assert compare_entities(t, r, **CLAIMS) == []


def test_equivalent_names_with_shared_context_are_fine() -> None:
    t = "In a vote on Friday, the UN approved 12 new peacekeeping missions for the region."
    r = "The United Nations approved 12 new peacekeeping missions, diplomats said."
    assert compare_entities(t, r, **CLAIMS) == []


@pytest.mark.parametrize(
    ("t", "r"),
    [
        # An apposition describes the name; it says nothing about what it did.
        (
            '"It is remarkable," said Erik Rosolowsky, a team member and professor of physics.',
            '"The team spent years on this," said Adam Leroy, a team member and professor of astronomy.',
        ),
        # Shared names and function words around the names are no evidence.
        (
            "Flying from Tel Aviv to Bangkok takes 10 hours on the new route.",
            "When the airspace was closed, flights from Tel Aviv to Mumbai took seven hours.",
        ),
        (
            "Smith said on Monday that the plan would go ahead.",
            "Jones said on Monday that prices had risen sharply since spring.",
        ),
        # Two words of context are not enough.
        (
            "Analysts expect Apple shares to rise after the launch.",
            "Google shares fell 3% on Tuesday in New York.",
        ),
    ],
)
def test_no_slot_without_shared_predicate(t: str, r: str) -> None:
    assert _names(compare_entities(t, r, **CLAIMS)) == []


COMPANIES = ["Honor", "Huawei", "Xiaomi", "Samsung", "Lenovo", "Motorola", "Nokia", "Ericsson"]
T_FRAMES = [
    "According to Canalys, {name} {pred}, up from a year earlier.",
    "In the first quarter, {name} {pred}, data from IDC showed.",
    "Market researchers say that {name} {pred}.",
]
R_FRAMES = [
    "Chinese maker {name} {pred} as demand recovered across Asia.",
    "Its rival {name} {pred}, its best result since the pandemic, the report said.",
    "Last quarter {name} {pred} while the wider market shrank.",
]
PREDICATES = [
    "shipped 12.3 million phones",
    "sold 4,500 base stations to operators",
    "booked revenue of 81 billion yuan",
    "opened 40 new stores in Europe",
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(COMPANIES),
    st.sampled_from(COMPANIES),
    st.sampled_from(T_FRAMES),
    st.sampled_from(R_FRAMES),
    st.sampled_from(PREDICATES),
)
def test_property_shared_predicate_pairs_the_slot(a: str, b: str, tf: str, rf: str, pred: str) -> None:
    """Whatever the rewording around it, the same predicate after two names pairs them: a
    different name is one finding with exact spans, the same name is none."""
    t = tf.format(name=a, pred=pred)
    r = rf.format(name=b, pred=pred)
    found = compare_entities(t, r, **CLAIMS)
    if a == b:
        assert _names(found) == []
        return
    assert _names(found) == [(a, b)]
    for d in found:
        assert t[d.found.start : d.found.end] == d.found.text
        assert d.expected is not None
        assert r[d.expected.start : d.expected.end] == d.expected.text
