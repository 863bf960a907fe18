"""Public constructors and functions refuse arguments of the wrong type with xcheck's own errors."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import xcheck
from xcheck import Statement
from xcheck.errors import OptionError, ReferenceFormatError, XcheckError

T = "Troops: 28,500."
REFS = [{"id": "R1", "text": T}]


@pytest.mark.parametrize(
    ("args", "kwargs", "reason"),
    [
        (("R1", None), {}, "field 'text' must be a str, not NoneType"),
        ((5, "x"), {}, "field 'id' must be a str, not int"),
        (("R1", "x"), {"source": 3}, "field 'source' must be a str or None"),
        (("R1", "x"), {"lang": None}, "field 'lang' must be a str"),
        (("R1", "x"), {"date": "May 23"}, "field 'date' must be an ISO date such as"),
        (("R1", "x"), {"date": 20250523}, "field 'date' must be a datetime.date"),
        (("R1", "x"), {"date": dt.datetime(2025, 5, 23, 9)}, "field 'date' must be a datetime.date"),
        (("R1", "x"), {"line": "3"}, "field 'line' must be an int"),
        (("R1", "x"), {"meta": None}, "field 'meta' must be a mapping"),
    ],
)
def test_statement_fields_are_checked(args: tuple[Any, ...], kwargs: dict[str, Any], reason: str) -> None:
    with pytest.raises(ReferenceFormatError, match=reason):
        Statement(*args, **kwargs)


def test_a_good_statement_is_still_made() -> None:
    st = Statement("R1", "x", "WSJ", dt.date(2025, 5, 23), "en", "u", 3, {"k": 1})
    assert st.date == dt.date(2025, 5, 23)


def test_an_iso_date_string_becomes_a_date_as_in_a_statements_file() -> None:
    st = Statement("R1", "x", date="2025-05-23")
    assert st.date == dt.date(2025, 5, 23)
    assert st == Statement("R1", "x", date=dt.date(2025, 5, 23))


@pytest.mark.parametrize(
    ("references", "kwargs", "reason"),
    [
        (None, {}, "the references must be an iterable of Statement objects or mappings, not NoneType"),
        (5, {}, "the references must be an iterable"),
        (REFS, {"lang": None}, "lang must be a language code such as 'en', not None"),
        (REFS, {"lang": ""}, "lang must be a language code"),
        (REFS, {"glossary": "x"}, "glossary must be a Glossary"),
        (REFS, {"rates": "x"}, "rates must be a mapping"),
        (REFS, {"rates": {"USD": 1.0}}, "rates must map .from, to. currency codes to a number"),
        (REFS, {"rates": {("USD", "EUR"): "0.9"}}, "rates must map"),
    ],
)
def test_check_refuses_bad_arguments(references: Any, kwargs: dict[str, Any], reason: str) -> None:
    with pytest.raises(OptionError, match=reason):
        xcheck.check(T, references, **kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [{"lang": None}, {"reference_lang": 5}, {"glossary": "x"}, {"rates": "x"}],
)
def test_check_pair_and_check_pairs_refuse_bad_options(kwargs: dict[str, Any]) -> None:
    with pytest.raises(OptionError):
        xcheck.check_pair(T, T, **kwargs)
    with pytest.raises(OptionError):  # at the call, not as an error for every pair
        xcheck.check_pairs([(T, T)], **kwargs)


def test_rates_that_fit_are_accepted() -> None:
    report = xcheck.check(T, REFS, rates={("USD", "EUR"): 0.9})
    assert report.findings == ()
    assert isinstance(ReferenceFormatError("x"), XcheckError)
