"""Differential tests of the quantity engine's fast paths against the slow, general readers.

A digit is read by the plain-number pattern (``"0num"``) unless a guard says a date, quarter or
clock-time reader might match; the guard must be a necessary condition of all of them, so the
fast pattern may only ever give what the full digit pattern (``"0"``) gives. The oracle here
turns the fast path off and reads the same text again: the outputs must be equal. Likewise a
word trigger tries only the word master's readers that can start with the word there
(``pat.match_word``): the match must be the full word master's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from xcheck._types import Span
from xcheck.facts.quantities import _patterns as pat
from xcheck.facts.quantities._extract import _extract, _precision, reading_lang
from xcheck.facts.quantities._format import _num
from xcheck.facts.quantities._judge import _judge, _same_reading
from xcheck.facts.quantities._read_context import _ENDS_A_NUMBER
from xcheck.facts.quantities._read_dates import _YEAR_MARK

_NEVER = re.compile(r"(?!)")

# Digit runs between the characters and words the date, quarter and time readers look at.
_DIGITS = st.from_regex(r"\A[0-9]{1,5}\Z")
_GLUE = st.sampled_from(
    [
        *" .,:/-–~%$€¥\u00a0年년月월日일시分분기季度QH",
        *("st", "nd", "th", "rd", " of ", "  ", " a.m.", "pm", " P.M.", "Q ", "万", "억", "－", "．"),
        *(":30", ":05", ".05.2025", "/5/2025", "-05-22", "/05/", ".05.", "-05-", "/2025", ".2025", " 2025"),
        *(" May", "May ", " Dec.", " JUNE", " troops", " billion", "th of ", ". Mai", " 분기", " 季度"),
    ]
)
_TEXTS = st.lists(st.tuples(_DIGITS, _GLUE, _GLUE).map("".join), min_size=1, max_size=4).map("".join)
_LANGS = st.sampled_from([None, "en", "zh", "ko", "de"])


@contextmanager
def _slow_digits() -> Iterator[None]:
    """Turn the plain-number fast path off: every digit goes through the full pattern."""
    saved = pat.MASTER_DOT["0num"], pat.MASTER_COMMA["0num"]
    pat.MASTER_DOT["0num"] = pat.MASTER_COMMA["0num"] = _NEVER
    try:
        yield
    finally:
        pat.MASTER_DOT["0num"], pat.MASTER_COMMA["0num"] = saved


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_fast_digit_pattern_agrees_with_the_full_one(text: str) -> None:
    for masters in (pat.MASTER_DOT, pat.MASTER_COMMA):
        for i, ch in enumerate(text):
            if not ch.isdigit():
                continue
            fast = masters["0num"].match(text, i)
            if fast is None:
                continue
            full = masters["0"].match(text, i)
            assert full is not None
            assert (full.lastgroup, full.span()) == ("num", fast.span())


@settings(max_examples=200, deadline=None)
@given(_TEXTS, _LANGS)
def test_extraction_is_the_same_without_the_fast_path(text: str, lang: str | None) -> None:
    fast = _extract(text, reading_lang(text, lang))
    with _slow_digits():
        slow = _extract(text, reading_lang(text, lang))
    assert fast == slow


def test_known_date_and_time_forms_take_the_full_path() -> None:
    for text in ("2025-05-22", "22.05.2025", "5/22/2025", "14:30", "3 p.m.", "22 May", "3Q", "5月", "3분기"):
        assert pat.MASTER_DOT["0num"].match(text) is None, text


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e16, max_value=1e16))
def test_integral_key_text_equals_the_rounded_form(x: float) -> None:
    r = float(f"{x:.14g}")
    expected = "0" if x == 0 else (str(int(r)) if r == int(r) else repr(r))
    assert _num(x) == expected


# Words at the word master's triggers: every reader's first words, in three cases, glued with
# the characters its patterns look at next.
_WORD_SAMPLES = sorted(
    {w for ws in pat._WORD_KIND_WORDS.values() for w in ws}
    | {"twofold", "tenfold", "Zweite", "erste", "Dritten", "viertgrößte", "ſix", "Q", "H", "FY", "the", "of"}
)
_WORD_TEXTS = st.lists(
    st.tuples(
        st.sampled_from(_WORD_SAMPLES).flatmap(lambda w: st.sampled_from([w, w.upper(), w.capitalize()])),
        st.sampled_from([" ", "-", ", ", ". ", "  ", "", "3 ", "1", " 2025", "://a.b", "\n", "ä", "_"]),
    ),
    min_size=1,
    max_size=5,
).map(lambda parts: "".join(a + b for a, b in parts))


@settings(max_examples=300, deadline=None)
@given(_WORD_TEXTS)
def test_word_master_of_the_word_agrees_with_the_full_one(text: str) -> None:
    """The word master reduced to the readers the word can start gives the full one's match."""
    full_master = pat.MASTER_DOT["a"]
    assert full_master.pattern == pat.MASTER_COMMA["a"].pattern
    for i, ch in enumerate(text):
        if not ch.isalpha():
            continue
        full = full_master.match(text, i)
        reduced = pat.match_word(text, i)
        if full is None:
            assert reduced is None, (text, i)
            continue
        assert reduced is not None, (text, i)
        assert (reduced.span(), reduced.lastgroup) == (full.span(), full.lastgroup)
        assert {k: v for k, v in reduced.groupdict().items() if v is not None} == {
            k: v for k, v in full.groupdict().items() if v is not None
        }


_QUANTITY_TEXTS = st.sampled_from(
    [
        "about 4,500 troops",
        "more than $3.5 billion",
        "at least 12%",
        "2.1 percentage points",
        "30 to 40 km",
        "nine times",
        "-18C",
        "the 3rd",
        "2만8천500명",
        "约2.85万人",
        "¥500 in Japan",
        "up to 5 GW",
        "five-year",
        "half",
        "1.52 trillion won",
        "100 pounds",
        "3 p.m.",
        "May 22, 2025",
        "2024",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    _QUANTITY_TEXTS, st.sampled_from([None, 0.1, 1.0, 100.0]), st.booleans(), st.sampled_from([None, "FY"])
)
def test_the_same_reading_always_agrees(
    text: str, precision: float | None, spelled: bool, period: str | None
) -> None:
    """The pairing shortcut (same dimension, value, unit, range, qualifier and written unit:
    agreement) never decides what the full judge would not: it only skips the work."""
    for q in _extract(text, reading_lang(text, None)):
        other = attrs.evolve(q, span=Span(0, 0, ""), precision=precision, spelled=spelled, period=period)
        for t, r in ((q, other), (other, q)):
            if not _same_reading(t, r):
                assert t.dimension in ("date", "year", "time")
                continue
            for rates in (None, {("USD", "KRW"): 1300.0}):
                verdict = _judge(t, r, rates=rates, tolerance=0.05)
                assert verdict is not None
                assert verdict.severity is None


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(_ENDS_A_NUMBER - {""})),
    st.text(max_size=6),
    st.sampled_from(["", " troops", "년", "km", "명"]),
)
def test_nothing_to_read_after_punctuation(stop: str, tail: str, word: str) -> None:
    """After a character of ``_ENDS_A_NUMBER`` the year and noun readers skip their patterns:
    none of them can match there."""
    text = stop + tail + word
    for pattern in (pat.CJK_COUNTER, _YEAR_MARK, pat.COUNT_NOUN, pat.UNIT_SUFFIX):
        assert pattern.match(text) is None, (pattern.pattern[:30], text)


# ASCII text: trigger words in three cases (and the engine's other words), digits, the
# characters around them, and letters glued to them.
_TRIGGER_SAMPLES = [
    *sorted(w for w in pat.TRIGGER_WORDS if w.isascii())[::3],
    "the",
    "Q3",
    "FY",
    "www.",
    "Erste",
]
_ASCII_TEXTS = st.lists(
    st.one_of(
        st.sampled_from(_TRIGGER_SAMPLES).flatmap(lambda w: st.sampled_from([w, w.upper(), w.capitalize()])),
        st.from_regex(r"\A[0-9]{1,4}\Z"),
        st.sampled_from([" ", "  ", "-", ",", ".", "(", "$", "'", "s", "x", "_", "\n", "e"]),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_ASCII_TEXTS)
def test_ascii_trigger_finds_the_same_positions(text: str) -> None:
    """The trigger without its non-ASCII alternatives, used for ASCII text, starts readers at
    exactly the positions the full trigger does."""
    padded = " " + text
    assert [m.start() for m in pat.TRIGGER_ASCII.finditer(padded)] == [
        m.start() for m in pat.TRIGGER.finditer(padded)
    ]


def test_every_ascii_trigger_word_is_found() -> None:
    for w in sorted(pat.TRIGGER_WORDS):
        for form in (w, w.upper(), w.capitalize()):
            padded = f"  {form} "
            full = [m.start() for m in pat.TRIGGER.finditer(padded)]
            if form.isascii():
                assert [m.start() for m in pat.TRIGGER_ASCII.finditer(padded)] == full, form


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.decimals(allow_nan=False, allow_infinity=False),
        st.integers(-(10**32), 10**32).map(Decimal),
        st.tuples(st.integers(0, 10**9), st.integers(-12, 14)).map(lambda p: Decimal(p[0]).scaleb(p[1])),
    )
)
def test_precision_from_the_digits_equals_decimal_normalize(dec: Decimal) -> None:
    """The precision read from the digit string is the exponent Decimal.normalize gives."""
    expected = 1.0 if not dec else 10.0 ** int(dec.normalize().as_tuple().exponent)
    assert _precision(dec) == expected


@settings(max_examples=300, deadline=None)
@given(_TEXTS.filter(str.isascii))
def test_ascii_digit_pattern_agrees_with_the_general_one(text: str) -> None:
    """The plain-number pattern for ASCII text gives the general one's match at every digit."""
    for masters in (pat.MASTER_DOT, pat.MASTER_COMMA):
        for i, ch in enumerate(text):
            if ch.isdigit():
                general = masters["0num"].match(text, i)
                ascii_only = masters["0num_ascii"].match(text, i)
                assert (general and general.span()) == (ascii_only and ascii_only.span()), (text, i)
