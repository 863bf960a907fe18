"""Whatever a caller passes to a public function or constructor, the answer is a result or one of
xcheck's own errors (:class:`~xcheck.errors.XcheckError`), never an exception from deep inside.

Hypothesis feeds arbitrary Python values (None, numbers, bytes, text, dates and datetimes, lists,
tuples and dicts of them) in place of each argument of every name of ``xcheck.__all__`` that can be
called; the examples around them pin the messages of the commonest slips.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import inspect
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import xcheck
from xcheck.errors import ArgumentTypeError, OptionError, XcheckError

_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=True),
    st.binary(max_size=20),
    st.text(max_size=40),
    st.sampled_from(["Troops: 28,500.", "en", "R1", "2025-05-23", "", " ", "zh", "claims"]),
    st.dates(),
    st.datetimes(),
)
VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.tuples(inner, inner),
        st.dictionaries(st.sampled_from(["id", "text", "date", "lang", "translation", "reference"]), inner),
    ),
    max_leaves=6,
)

_CALLABLES = sorted(
    name
    for name in xcheck.__all__
    if callable(getattr(xcheck, name))
    and not (isinstance(getattr(xcheck, name), type) and issubclass(getattr(xcheck, name), BaseException))
    and name not in ("to_dataframe",)  # needs pandas; to_records is the same code
)


def _call(func: Callable[..., Any], args: list[Any]) -> Any:
    result = func(*args)
    if inspect.isgenerator(result):  # check_pairs: its errors come as it is read
        return list(result)
    return result


def _arity(func: Callable[..., Any]) -> int:
    params = inspect.signature(func).parameters.values()
    return sum(
        1
        for p in params
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is inspect.Parameter.empty
    )


def test_every_public_callable_is_covered() -> None:
    assert {"check", "check_pair", "check_pairs", "Statement", "Glossary", "segment"} <= set(_CALLABLES)


@pytest.mark.parametrize("name", _CALLABLES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_arbitrary_arguments_give_a_result_or_an_xcheck_error(name: str, data: st.DataObject) -> None:
    func = getattr(xcheck, name)
    args = [data.draw(VALUES, label=f"arg{i}") for i in range(_arity(func))]
    with contextlib.suppress(XcheckError):
        _call(func, args)


@pytest.mark.parametrize("name", ["check", "check_pair", "check_pairs"])
@settings(max_examples=40, deadline=None)
@given(option=st.sampled_from(["lang", "glossary", "rates", "tolerance", "reference_lang"]), value=VALUES)
def test_arbitrary_options_give_a_result_or_an_xcheck_error(name: str, option: str, value: Any) -> None:
    func = getattr(xcheck, name)
    if option not in inspect.signature(func).parameters:
        return
    first = [{"id": "R1", "text": "Troops: 28,500."}] if name == "check" else "Troops: 28,500."
    args = [[("Troops: 28,500.", "Troops: 28,500.")]] if name == "check_pairs" else ["Troops: 28,500.", first]
    with contextlib.suppress(XcheckError):
        _call(lambda *a: func(*a, **{option: value}), args)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: xcheck.segment(None), "segment: text must be a str, not NoneType"),
        (lambda: xcheck.extract_quotes(5), "extract_quotes: text must be a str, not int"),
        (lambda: xcheck.extract_mentions(b"Trump"), "extract_mentions: text must be a str, not bytes"),
        (lambda: xcheck.compare_entities("a", None), "compare_entities: reference must be a str"),
        (lambda: xcheck.format_value("4,500"), "format_value: q must be a Quantity, not str"),
        (lambda: xcheck.align(None, []), "align: sentences must be a sequence, not NoneType"),
        (lambda: xcheck.align([1], []), r"align: sentences\[0\] must be a Sentence, not int"),
        (lambda: xcheck.parse_references("{}"), "parse_references: lines must be an iterable"),
        (lambda: xcheck.check_pairs(None), "check_pairs: pairs must be an iterable"),
        (lambda: xcheck.check("a"), "check: missing a required argument: 'references'"),
        (lambda: xcheck.compare_quotes("a", "b", related_cutoff="45"), "related_cutoff must be a number"),
    ],
)
def test_wrong_types_name_the_function_and_parameter(call: Callable[[], Any], message: str) -> None:
    with pytest.raises(ArgumentTypeError, match=message) as caught:
        call()
    # also what Python raises for a wrong type, and an OptionError (a ValueError) as before
    assert isinstance(caught.value, TypeError)
    assert isinstance(caught.value, OptionError)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: xcheck.check_pair("a", "b", lang=None), "lang must be a language code such as 'en'"),
        (lambda: xcheck.check_pair("a", "b", rates="x"), "rates must be a mapping"),
        (lambda: xcheck.check("a", [], glossary="x"), "glossary must be a Glossary"),
        (lambda: xcheck.check("a", [{"id": "R1", "text": "a"}], mode="fast"), "mode must be 'claims'"),
    ],
)
def test_the_checking_functions_keep_their_own_messages(call: Callable[[], Any], message: str) -> None:
    with pytest.raises(OptionError, match=message):
        call()


@pytest.mark.parametrize("entries", ["glossary.json", None, 5, {"a": 1}, [1], [None]])
def test_glossary_refuses_what_is_not_entries(entries: Any) -> None:
    with pytest.raises(OptionError, match="Glossary entr"):
        xcheck.Glossary(entries)


def test_good_calls_still_work() -> None:
    assert xcheck.segment("One. Two.")[1].text == "Two."
    assert len(xcheck.Glossary(xcheck.default_glossary().entries)) == len(xcheck.default_glossary())
    report = xcheck.check(
        "Troops: 28,500.", [xcheck.Statement("R1", "Troops: 28,500.", date=dt.date(2025, 1, 2))]
    )
    assert report.findings == ()
    assert xcheck.check_pair("a", "a", rates={("USD", "EUR"): 1}).findings == ()
    assert xcheck.segment.__module__ == "xcheck"
    assert inspect.signature(xcheck.check).parameters["lang"].default == "en"
