"""Hypothesis strategies for single facts and their renderings.

:func:`quantity_facts`, :func:`date_facts`, :func:`time_facts`, :func:`person_facts`,
:func:`org_facts`, :func:`quote_facts` and :func:`facts` draw values news writes (round figures,
scaled amounts, one-decimal percentages, the bundled people and organisations); :func:`renderings`
draws one of a fact's surface forms. Strategies are cached where building them costs more than
drawing from them.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TypeVar

import attrs
from hypothesis import strategies as st

from xcheck.strategies._facts import (
    _COUNT_NOUNS,
    CURRENCIES,
    LANGS,
    QUALIFIERS,
    QUANTITY_KINDS,
    DateFact,
    Fact,
    Lang,
    OrgFact,
    PersonFact,
    QuantityFact,
    QuantityKind,
    QuoteFact,
    TimeFact,
)
from xcheck.strategies._pools import _ORGS, _PEOPLE, _QUOTES
from xcheck.strategies._render import Rendering, _options
from xcheck.strategies._render_numbers import _is_int


def _mantissas() -> st.SearchStrategy[Decimal]:
    """Mantissas news writes before a scale word: ``3``, ``45``, ``1.5``, ``2.85``."""
    whole = st.integers(1, 999).map(Decimal)
    tenths = st.integers(11, 99).filter(lambda n: n % 10).map(lambda n: Decimal(n) / 10)
    hundredths = st.integers(101, 999).filter(lambda n: n % 10).map(lambda n: Decimal(n) / 100)
    return st.one_of(whole, tenths, hundredths)


def _scaled_values(scales: Sequence[int]) -> st.SearchStrategy[Decimal]:
    return st.builds(lambda m, s: (m * s).normalize(), _mantissas(), st.sampled_from(list(scales)))


def _count_values() -> st.SearchStrategy[Decimal]:
    return st.one_of(
        st.integers(2, 99).map(Decimal),
        st.integers(100, 99_999).map(Decimal),
        st.integers(1, 999).map(lambda n: Decimal(n * 100)),
        _scaled_values([10**3, 10**4, 10**6]),
    )


def _money_values() -> st.SearchStrategy[Decimal]:
    return st.one_of(
        _scaled_values([10**6, 10**8, 10**9, 10**12]),
        st.integers(2, 9_999).map(Decimal),
    )


def _share_values() -> st.SearchStrategy[Decimal]:
    return st.one_of(
        st.integers(1, 99).map(Decimal),
        st.integers(1, 999).filter(lambda n: n % 10).map(lambda n: Decimal(n) / 10),
    )


def _multiplier_values() -> st.SearchStrategy[Decimal]:
    return st.one_of(
        st.integers(2, 12).map(Decimal),
        st.integers(11, 99).filter(lambda n: n % 10).map(lambda n: Decimal(n) / 10),
    )


_MEASURE_RANGES: Mapping[str, st.SearchStrategy[Decimal]] = {
    "km": st.integers(1, 20_000).map(Decimal),
    "kg": st.integers(1, 5_000).map(Decimal),
    "GW": st.integers(1, 999).map(lambda n: Decimal(n) / 10),
    "GWh": st.integers(1, 9_999).map(lambda n: Decimal(n) / 10),
    "mAh": st.integers(10, 99).map(lambda n: Decimal(n * 100)),
    "nm": st.integers(2, 28).map(Decimal),
    "°C": st.integers(-40, 45).map(Decimal),
    "days": st.integers(2, 365).map(Decimal),
}


def quantity_facts(
    kinds: Sequence[QuantityKind] = QUANTITY_KINDS,
    *,
    currencies: Sequence[str] | None = None,
    qualifiers: Sequence[str | None] = (None,),
    ranges: bool = False,
) -> st.SearchStrategy[QuantityFact]:
    """Quantities of the given kinds with values news writes (round figures, scaled amounts,
    one-decimal percentages): counts of troops or people, money in :data:`CURRENCIES`, percentages,
    percentage points, multipliers and measures (km, kg, GW, GWh, mAh, nm, °C, days). Counts and
    amounts get one of ``qualifiers`` (``None`` for none, or keys of :data:`QUALIFIERS`); with
    ``ranges``, counts are also drawn as ranges (``30 to 40 troops``).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(quantity_facts(["money"]))
    ... def test(fact):
    ...     assert fact.unit in CURRENCIES
    >>> test()
    """
    unknown = sorted(set(kinds) - set(QUANTITY_KINDS))
    if unknown or not kinds:
        msg = f"unknown quantity kinds {unknown}; expected some of {', '.join(QUANTITY_KINDS)}"
        raise ValueError(msg)
    bad = sorted(str(q) for q in qualifiers if q is not None and q not in QUALIFIERS)
    if bad or not qualifiers:
        msg = f"unknown qualifiers {bad}; expected None or some of {', '.join(QUALIFIERS)}"
        raise ValueError(msg)
    codes = tuple(currencies) if currencies is not None else tuple(CURRENCIES)
    return _quantity_facts(tuple(kinds), codes, tuple(qualifiers), ranges)


@functools.lru_cache(maxsize=64)
def _quantity_facts(
    kinds: tuple[QuantityKind, ...], codes: tuple[str, ...], qualifiers: tuple[str | None, ...], ranges: bool
) -> st.SearchStrategy[QuantityFact]:
    # Cached: building and validating strategies costs more than drawing from them.
    parts: list[st.SearchStrategy[QuantityFact]] = []
    for kind in kinds:
        qualifier = st.sampled_from(list(qualifiers))
        if kind == "count":
            noun = st.sampled_from(list(_COUNT_NOUNS))
            parts.append(st.builds(QuantityFact, st.just(kind), _count_values(), noun, qualifier))
            if ranges:
                parts.append(st.builds(_count_range, _count_values(), noun, st.sampled_from(_RANGE_STEPS)))
        elif kind == "money":
            currency = st.sampled_from(list(codes))
            parts.append(st.builds(QuantityFact, st.just(kind), _money_values(), currency, qualifier))
        elif kind == "percent":
            parts.append(st.builds(QuantityFact, st.just(kind), _share_values(), st.just("%")))
        elif kind == "points":
            parts.append(st.builds(QuantityFact, st.just(kind), _share_values(), st.just("pp")))
        elif kind == "multiplier":
            parts.append(st.builds(QuantityFact, st.just(kind), _multiplier_values(), st.just("x")))
        else:
            parts.append(
                st.sampled_from(list(_MEASURE_RANGES)).flatmap(
                    lambda unit: st.builds(
                        QuantityFact, st.just("measure"), _MEASURE_RANGES[unit], st.just(unit)
                    )
                )
            )
    return st.one_of(*parts)


# How much higher the top of a generated range is than its bottom.
_RANGE_STEPS = (Decimal(2), Decimal("1.5"), Decimal("1.25"), Decimal(3))


def _count_range(low: Decimal, noun: str, step: Decimal) -> QuantityFact:
    high = (low * step).normalize()
    if not _is_int(high):
        high = (low * 2).normalize()
    return QuantityFact("count", low, noun, high=high)


def date_facts(
    min_value: dt.date = dt.date(2000, 1, 1), max_value: dt.date = dt.date(2035, 12, 31)
) -> st.SearchStrategy[DateFact]:
    """Calendar dates between ``min_value`` and ``max_value``.

    >>> from hypothesis import given, settings
    >>> from xcheck.strategies import render
    >>> @settings(max_examples=20)
    ... @given(date_facts(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
    ... def test(fact):
    ...     assert render(fact, "ko", "year-month-day").startswith("2025년 ")
    >>> test()
    """
    return _date_facts(min_value, max_value)


@functools.lru_cache(maxsize=64)
def _date_facts(min_value: dt.date, max_value: dt.date) -> st.SearchStrategy[DateFact]:
    return st.builds(DateFact, st.dates(min_value, max_value))


@functools.cache
def time_facts() -> st.SearchStrategy[TimeFact]:
    """Times of day on the hour, half hour or quarter hour, from 1:00 to 23:45.

    >>> from xcheck.strategies import render
    >>> render(TimeFact(15, 30), "en", "am-pm"), render(TimeFact(15, 30), "en", "24h")
    ('3:30 p.m.', '15:30')
    """
    return st.builds(TimeFact, st.integers(1, 23), st.sampled_from([0, 15, 30, 45]))


_DEFAULT_PEOPLE = st.sampled_from(_PEOPLE)
_NATIVE_PEOPLE = st.sampled_from([p for p in _PEOPLE if p.native_name("zh") and p.native_name("ko")])
_DEFAULT_ORGS = st.sampled_from(_ORGS)


def person_facts(pool: Sequence[PersonFact] | None = None) -> st.SearchStrategy[PersonFact]:
    """People from a pool (by default public figures of Korean-peninsula and US news and an invented
    minister), each with the title news gives them and titles they do not hold.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(person_facts().flatmap(lambda person: renderings(person, ["en"])))
    ... def test(r):
    ...     assert r.fact.family in r.text or any(v in r.text for v in r.fact.family_variants)
    >>> test()
    """
    return st.sampled_from(list(pool)) if pool is not None else _DEFAULT_PEOPLE


def org_facts(pool: Sequence[OrgFact] | None = None) -> st.SearchStrategy[OrgFact]:
    """Organisations with an alias or acronym (``United Nations`` / ``UN``, ``US Department of
    Defense`` / ``Pentagon``).

    >>> from xcheck.strategies import ORG_FORMS, render
    >>> [render(OrgFact("United Nations", ("UN",)), "en", form) for form in ORG_FORMS]
    ['United Nations', 'UN']
    """
    return st.sampled_from(list(pool)) if pool is not None else _DEFAULT_ORGS


def quote_facts(pool: Sequence[QuoteFact] | None = None) -> st.SearchStrategy[QuoteFact]:
    """Claims officials make in news quotes, said as they are or negated.

    >>> from xcheck.strategies import render
    >>> render(QuoteFact("We will withdraw.", "We will not withdraw."), "en", "curly")
    '“We will withdraw.”'
    """
    quotes = list(pool) if pool is not None else list(_QUOTES)
    return st.builds(
        lambda q, negative: attrs.evolve(q, negative=negative), st.sampled_from(quotes), st.booleans()
    )


def facts() -> st.SearchStrategy[Fact]:
    """Any fact: a quantity, a date, a time, a person, an organisation or a quote.

    >>> from hypothesis import given, settings
    >>> from xcheck.strategies import render
    >>> @settings(max_examples=20)
    ... @given(facts().flatmap(lambda fact: renderings(fact, ["en"])))
    ... def test(r):
    ...     assert r.text == render(r.fact, "en", r.form, r.style, qualifier=r.qualifier or None)
    >>> test()
    """
    return st.one_of(quantity_facts(), date_facts(), time_facts(), person_facts(), org_facts(), quote_facts())


def renderings(fact: Fact, langs: Sequence[Lang] = LANGS) -> st.SearchStrategy[Rendering]:
    """``fact`` written in one of the forms of one of ``langs`` (each form :func:`render` supports).

    >>> from hypothesis import given, settings
    >>> fact = QuantityFact("count", Decimal(4500), "troops")
    >>> @settings(max_examples=20)
    ... @given(renderings(fact, ["en"]))
    ... def test(r):
    ...     assert r.text in {"4500 troops", "4,500 troops", "4 500 troops", "4.5 thousand troops",
    ...                       "four thousand five hundred troops"}
    >>> test()
    """
    return st.sampled_from(_options(fact, tuple(langs)))


_T = TypeVar("_T")


def _pick(draw: st.DrawFn, options: Sequence[_T]) -> _T:
    """One of ``options``, shrinking towards the first (cheaper than a new ``sampled_from``)."""
    return options[draw(st.integers(0, len(options) - 1))]
