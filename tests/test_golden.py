"""The flagship fixture: the Observer Network report against its 28 reference statements.

Asserts the confirmed discrepancies finding by finding, and the claims that agree as specific
non-findings. The answer key is fixtures/observer-network/discrepancies.jsonl and facts.md.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

import xcheck
from report_support import assert_accounted_for, assert_spans_exact
from xcheck._fixtures import observer_network
from xcheck._io import read_references, read_translation
from xcheck._types import Finding, Report


@cache
def report() -> Report:
    translation_path, references_path = observer_network()
    return xcheck.check(read_translation(translation_path), read_references(references_path))


def at(surface: str, *, occurrence: int = 0, after: str | None = None) -> tuple[int, int]:
    """The span of ``surface`` in the translation (the n-th occurrence, or the first after ``after``)."""
    text = report().translation
    base = text.index(after) if after else 0
    starts = [m.start() for m in re.finditer(re.escape(surface), text[base:])]
    start = base + starts[occurrence]
    return start, start + len(surface)


def overlapping(kind: str | tuple[str, ...], span: tuple[int, int]) -> list[Finding]:
    kinds = (kind,) if isinstance(kind, str) else kind
    return [
        f
        for f in report().findings
        if f.kind in kinds
        and f.translation is not None
        and f.translation.start < span[1]
        and span[0] < f.translation.end
    ]


def digits(value: str | None) -> str:
    return re.sub(r"\D", "", value or "")


def test_name_hackett_for_hegseth() -> None:
    (f,) = overlapping("name", at("Hackett"))
    assert f.severity == "major"
    assert f.translation is not None
    assert f.translation.text == "Hackett"
    assert "Hegseth" in (f.expected or "")
    assert f.reference is not None
    assert f.reference.id in {"R18", "R19", "R20"}
    assert "Hegseth" in f.reference.text


def test_title_of_colby() -> None:
    (f,) = overlapping("title", at("Deputy Assistant Secretary of Defense"))
    assert f.severity == "major"
    assert f.translation is not None
    assert "Deputy Assistant Secretary" in f.translation.text
    assert "Under Secretary of Defense for Policy" in (f.expected or "")
    assert f.reference is not None
    assert f.reference.id == "R20"


def test_troops_rounded_to_29000() -> None:
    (f,) = overlapping("number", at("29,000"))
    assert f.severity == "minor"
    assert digits(f.expected).startswith("28500")
    assert "29,000" in (f.translation.text if f.translation else "")
    assert f.reference is not None
    assert f.reference.id in {"R06", "R07", "R08"}


def test_commentary_dated_april_instead_of_may() -> None:
    (f,) = overlapping("date", at("April 22", after="A commentary article"))
    assert f.translation is not None
    assert f.translation.text.endswith("April 22")
    assert "05-22" in (f.expected or "")
    assert f.reference is not None
    assert f.reference.id == "R28"


def test_paparo_quote_is_a_faithful_paraphrase() -> None:
    """ "essentially, this would undermine our ability to win" re-words the source's "inherently...
    would reduce our ability to prevail": same sense and direction, so no quote finding (quotes are
    graded by meaning; the answer key does not list it either)."""
    assert (
        overlapping("quote", at("essentially, this would undermine our ability to win in a conflict")) == []
    )


@pytest.mark.parametrize(
    ("kinds", "surface", "after"),
    [
        (("number",), "4,500", None),  # "roughly 4,500"
        (("date",), "May 23", "Ministry of National Defense denied"),  # "Friday, May 23"
        (("date",), "May 22", None),  # the WSJ report, dated 2025-05-22
        (("number",), "1.52 trillion Korean won", None),  # "1.5192 trillion won"
        (("number",), "$10 billion", None),
        (("number",), "nine times", None),
        (("number",), "four times higher", None),
        (("name", "title"), "Pete Nguyen", None),  # he really is the NSC spokesman
        (("name", "title"), "spokesperson for the National Security Council", None),
        (("number", "date"), "1953", None),  # "Since 1953"
        (("date",), "December 2024", None),  # "December 20, 2024"
        (("date",), "April 10", None),  # the hearing
        (("date",), "May 19", None),  # Kim Moon-soo
        (("name", "title"), "Admiral Samuel Paparo", None),  # "Adm. Samuel Paparo"
        (("name", "title"), "Xavier Brunson", None),
        (("quote",), "complete denuclearization", None),
        (("quote",), "America First", None),
        (("quote",), "money machine", None),
    ],
)
def test_agreeing_claims_are_not_flagged(kinds: tuple[str, ...], surface: str, after: str | None) -> None:
    assert overlapping(kinds, at(surface, after=after)) == []


def test_every_sentence_and_statement_is_accounted_for() -> None:
    r = report()
    assert_accounted_for(r)
    assert len(r.statements) == 28
    assert [s.role for s in r.sentences].count("boilerplate") == 5


def test_spans_are_exact() -> None:
    assert_spans_exact(report())


def test_ids_are_stable_and_unique() -> None:
    translation_path, references_path = observer_network()
    again = xcheck.check(read_translation(translation_path), read_references(references_path))
    assert [f.id for f in again.findings] == [f.id for f in report().findings]
    assert len({f.id for f in again.findings}) == len(again.findings)
