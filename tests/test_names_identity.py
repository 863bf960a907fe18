"""A text compared with itself has no name, title, quote or polarity finding, in every mode.

The texts are built from what those readers react to: capitalised names (with particles,
apostrophes, hyphens, initials), titles and ranks, speech verbs, quote marks of every style,
negations and direction words, CJK names, sentence ends; and from real sentences of
``tests/data``. Long repetitive texts are the ones the linear rewrites of the readers changed
(windows around each quote and name, indexes instead of scans), so they are drawn too.
"""

from __future__ import annotations

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import xcheck
from test_identity import _REAL
from xcheck.text._segment import segment

_KINDS = frozenset({"name", "title", "quote", "polarity"})

_PIECES = [
    "Alpha",
    "Beta",
    "Smith",
    "John",
    "O'Brien",
    "Jean-Luc",
    "van",
    "de",
    "Ludwig",
    "Mr.",
    "Gen.",
    "J.",
    "President",
    "Minister",
    "Secretary of Defense",
    "spokesperson for",
    "the",
    "said",
    "told",
    "says",
    "not",
    "no",
    "never",
    "neither",
    "nor",
    "rose",
    "fell",
    "did not rise",
    "increase",
    "Kim",
    "Seoul",
    "李",
    "김",
    "习近平",
    "김정은",
    "A",
    "O'",
    "a-'",
    "'s",
    '"',
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "「",
    "」",
    "'",
    ",",
    ".",
    ". ",
    ":",
    "\n",
    "2024",
]
_WORDS = st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join)
_GLUED = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)
_REPEATED = st.tuples(_WORDS, st.integers(2, 40)).map(lambda p: p[0] * p[1])
_TEXTS = st.one_of(
    _WORDS,
    _GLUED,
    _REPEATED,
    st.sampled_from(_REAL) if _REAL else st.nothing(),
    st.lists(st.sampled_from(_REAL), min_size=2, max_size=4).map(" ".join) if _REAL else st.nothing(),
)

_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)

_EXAMPLES = [
    'Smith said "it is a" ' * 6,
    "President Smith spoke. " * 5,
    "not " * 30,
    "no never " * 12,
    "O'" * 40 + " Boyd Kevin Rutherford met Boyd.",
    '"a" ' * 20,
    "Mr. Smith " * 8,
]


def _facts(findings: object) -> list[str]:
    return [str(f) for f in findings if f.kind in _KINDS]  # type: ignore[attr-defined]


def _with_examples(test):  # type: ignore[no-untyped-def]
    for text in _EXAMPLES:
        test = example(text)(test)
    return test


@_SETTINGS
@given(_TEXTS)
@_with_examples
def test_a_pair_of_one_text_has_no_fact_finding(text: str) -> None:
    assert not _facts(xcheck.check_pair(text, text).findings)


@_SETTINGS
@given(st.lists(_TEXTS, min_size=1, max_size=3))
def test_pairs_of_one_text_have_no_fact_finding(texts: list[str]) -> None:
    for result in xcheck.check_pairs([(t, t) for t in texts]):
        assert isinstance(result, xcheck.PairResult), result
        assert not _facts(result.findings)


@_SETTINGS
@given(_TEXTS)
@_with_examples
def test_a_text_checked_against_its_own_sentences_has_no_fact_finding(text: str) -> None:
    assume(text.strip())
    statements = [{"id": f"S{i}", "text": s.text} for i, s in enumerate(segment(text), 1) if s.text.strip()]
    assume(statements)
    assert not _facts(xcheck.check(text, statements).findings)
    assert not _facts(xcheck.check(text, [{"id": "R1", "text": text}], mode="parallel").findings)
