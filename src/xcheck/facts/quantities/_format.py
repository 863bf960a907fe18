"""Normalising and formatting: the language-independent key of a quantity (:func:`normalise`)
and its short human form for messages (:func:`format_value`), both memoised per quantity.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Sequence

import attrs

from xcheck.facts.quantities._model import _BASE_UNITS, Quantity
from xcheck.lexicon._calendar import MONTH_NAMES, WEEKDAY_NAMES
from xcheck.lexicon._lemmas import lemmas
from xcheck.lexicon._numbers import LARGE_SCALES_DOWN
from xcheck.lexicon._units import DAY, UNITS, YEAR


def _num(x: float) -> str:
    """A canonical text for a float: 28500.000000000004 -> '28500', 1.52e12 -> '1520000000000'."""
    if x == 0:
        return "0"
    if -1e14 < x < 1e14 and x == int(x):
        return str(int(x))  # at most 14 digits: what the rounding below would give
    r = float(f"{x:.14g}")
    if r == int(r) and abs(r) < 1e21:
        return str(int(r))
    return repr(r)


#: Dimensions that compare as one family: dates and years; percentages and fractions.
_FAMILIES = {"date": "date", "year": "date", "percent": "ratio", "fraction": "ratio"}


def _family(q: Quantity) -> str:
    dim = q.dimension
    return _FAMILIES.get(dim, dim)


def _ratio_value(q: Quantity, v: float | None) -> float | None:
    if v is None:
        return None
    return v * 100 if q.dimension == "fraction" else v


def normalise(q: Quantity) -> str:
    """The language-independent key of a quantity (see :attr:`Quantity.key`).

    >>> from xcheck.facts.quantities import extract_quantities
    >>> normalise(extract_quantities("May 22, 2025")[0])
    'd:2025-05-22'
    >>> normalise(extract_quantities("five-year")[0])
    'duration:5yr'
    """
    head = _KEY_HEADS.get(q.dimension)
    if head is not None:
        # the common dimensions: a prefix and the value or range
        if q.value is None:
            return "?"
        rng = _num(q.value) if q.high is None else f"{_num(q.value)}-{_num(q.high)}"
        return f"{q.unit}:{rng}" if head == "currency" else head + rng
    fam = _family(q)
    if fam == "date":
        y, m, d = q.date or (None, None, None)
        if y is None and m is None and d:
            return f"d:---{d:02d}"
        parts = [str(y) if y is not None else "-", f"{m:02d}" if m else "-"]
        if d:
            parts.append(f"{d:02d}")
        body = "-".join(parts).rstrip("-")
        if not body and q.weekday is not None and not q.period:
            return "d:" + WEEKDAY_NAMES[q.weekday][:3]  # a weekday alone: d:wed
        if q.period:
            return f"d:{body}:{q.period}" if body else f"d:{q.period}"
        return "d:" + body
    if fam == "time":
        h, mi = q.time or (0, 0)
        return f"t:{h:02d}:{mi:02d}" + (f" {q.unit}" if q.unit else "")
    if q.value is None:
        return "?"
    if fam == "ratio":
        lo = _ratio_value(q, q.value)
        hi = _ratio_value(q, q.high)
        assert lo is not None
        return "%:" + _num(lo) + (f"-{_num(hi)}" if hi is not None else "")
    rng = _num(q.value) + (f"-{_num(q.high)}" if q.high is not None else "")
    if fam == "count":
        return "n:" + rng
    if fam == "currency":
        return f"{q.unit}:{rng}"
    if fam == "points":
        return "pp:" + rng
    if fam == "multiplier":
        return "x:" + rng
    if fam == "ordinal":
        return "ord:" + rng
    if fam == "duration":
        years = q.value / YEAR
        if abs(years - round(years)) < 1e-9 and q.high is None:
            return f"duration:{round(years)}yr"
        return "duration:" + _num(q.value) + "s"
    return f"{fam}:{rng}{q.unit or ''}"


#: Key prefixes of the dimensions whose key is the prefix and the value (or range) alone; a
#: currency's prefix is its unit.
_KEY_HEADS = {
    "count": "n:",
    "currency": "currency",
    "percent": "%:",
    "points": "pp:",
    "multiplier": "x:",
    "ordinal": "ord:",
}
_key_of = functools.lru_cache(maxsize=65536)(normalise)


def _key_list(qs: Sequence[Quantity]) -> list[str]:
    """The keys of ``qs`` (:func:`normalise`), in order; equal keys are one string (interned: a
    long text repeats a few keys many times)."""
    return [sys.intern(normalise(q)) for q in qs]


_QUALIFIER_WORDS = {
    "approx": "about",
    "odd": "some",
    "vague": "",
    "gt": "more than",
    "ge": "at least",
    "lt": "less than",
    "le": "up to",
}


def _human_number(x: float) -> str:
    ax = abs(x)
    for name, scale in LARGE_SCALES_DOWN:
        if ax >= scale:
            return _plain(x / scale) + " " + name
    return _plain(x)


def _plain(x: float) -> str:
    r = float(f"{x:.10g}")
    if r == int(r):
        return f"{int(r):,}"
    s = f"{r:,.6f}".rstrip("0").rstrip(".")
    return s


_DURATION_UNITS = (
    ("decade", 10 * YEAR),
    ("year", YEAR),
    ("month", YEAR / 12),
    ("week", 7 * DAY),
    ("day", DAY),
    ("hour", 3600.0),
    ("minute", 60.0),
    ("second", 1.0),
)
_DURATION_NAMES = {
    "s": "second",
    "min": "minute",
    "h": "hour",
    "d": "day",
    "wk": "week",
    "mo": "month",
    "yr": "year",
    "decade": "decade",
}
_WRITTEN_FACTOR = {unit: factor for (unit, _dim, factor) in UNITS.values()}


def format_value(q: Quantity) -> str:
    """A short human form of a quantity, used in messages and expected/found values.

    >>> from xcheck.facts.quantities import extract_quantities
    >>> [format_value(q) for q in extract_quantities(
    ...     "about 29,000 troops, $10 billion, 2.1 percentage points, May 22, 2025, 3 p.m.")]
    ['about 29,000 troops', 'USD 10 billion', '2.1 percentage points', '2025-05-22', '15:00']
    """
    qual = _QUALIFIER_WORDS.get(q.qualifier or "", "")
    prefix = qual + " " if qual else ""
    fam = _family(q)
    if fam == "date":
        return prefix + _format_date(q)
    if fam == "time":
        h, mi = q.time or (0, 0)
        return f"{prefix}{h:02d}:{mi:02d}" + (f" {q.unit}" if q.unit else "")
    if q.value is None:
        return prefix + q.span.text
    if q.dimension == "fraction":
        return prefix + f"{_plain(q.value * 100)}% (as a fraction)"
    if q.dimension == "duration":
        return prefix + _format_duration(q.value, q.high, q.written_unit)
    if q.written_unit and q.dimension in _BASE_UNITS and q.written_unit in _WRITTEN_FACTOR:
        f = _WRITTEN_FACTOR[q.written_unit]
        if q.dimension == "temperature":
            body = _plain(q.value) + (f"-{_plain(q.high)}" if q.high is not None else "")
            return f"{prefix}{body} °C"
        body = _plain(q.value / f) + (f"-{_plain(q.high / f)}" if q.high is not None else "")
        return f"{prefix}{body} {q.written_unit}"
    body = _human_number(q.value)
    if q.high is not None:
        body = _human_number(q.value) + " to " + _human_number(q.high)
    if q.dimension == "currency":
        return f"{prefix}{q.unit} {body}"
    if q.dimension == "percent":
        return f"{prefix}{body}%"
    if q.dimension == "points":
        return f"{prefix}{body} percentage points"
    if q.dimension == "multiplier":
        return f"{prefix}{body} times"
    if q.dimension == "ordinal":
        n = round(q.value)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{prefix}{n}{suffix}"
    if q.dimension == "count" and q.unit:
        noun = q.unit if q.value == 1 and q.high is None else _plural(q.unit)
        return f"{prefix}{body} {noun}"
    if q.unit:
        return f"{prefix}{body} {q.unit}"
    return prefix + body


_fmt = functools.lru_cache(maxsize=65536)(format_value)


def _plural(noun: str) -> str:
    if noun in ("person", "people"):
        return "people"
    if len(lemmas(noun)) > 1:
        return noun  # an inflected form already: "women", "infected", "children"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def _format_duration(v: float, high: float | None, written: str | None = None) -> str:
    units = list(_DURATION_UNITS)
    if written in _DURATION_NAMES:
        name = _DURATION_NAMES[written]
        units.sort(key=lambda u: u[0] != name)
    for name, size in units:
        n = v / size
        if n >= 1 and abs(n - round(n, 2)) < 1e-6:
            body = _plain(round(n, 2))
            if high is not None:
                body += "-" + _plain(round(high / size, 2))
                return f"{body} {name}s"
            return f"{body} {name}" + ("" if body == "1" else "s")
    return _plain(v) + " seconds"


def _format_date(q: Quantity) -> str:
    y, m, d = q.date or (None, None, None)
    if q.period:
        if q.period == "decade" and y is not None:
            return f"the {y}s"
        return f"{q.period} {y}" if y is not None else q.period
    if q.weekday is not None:
        weekday = WEEKDAY_NAMES[q.weekday].capitalize()
        if y is None and not m and not d:
            return weekday
        return f"{weekday}, {_format_date(attrs.evolve(q, weekday=None))}"
    if y is not None and m and d:
        return f"{y:04d}-{m:02d}-{d:02d}"
    if y is not None and m:
        return f"{MONTH_NAMES[m - 1]} {y}"
    if m and d:
        return f"{MONTH_NAMES[m - 1]} {d}"
    if m:
        return MONTH_NAMES[m - 1]
    if y is not None:
        return str(y)
    if d:
        return f"day {d}"
    return q.span.text
