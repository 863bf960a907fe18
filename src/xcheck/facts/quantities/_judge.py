"""Judging one pair of quantities: whether a translation's value agrees with a reference's
(tolerances, qualifiers and bounds, ranges, scale and sign errors, unit conversions,
currencies and exchange rates, dates, clock times), as a verdict with a cost for the pairing.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Mapping

import attrs

from xcheck._types import FindingKind, Severity
from xcheck.facts.quantities._format import _FAMILIES, _QUALIFIER_WORDS, _WRITTEN_FACTOR, _ratio_value
from xcheck.facts.quantities._model import _BASE_UNITS, Quantity
from xcheck.lexicon import _scripts as scripts
from xcheck.lexicon._qualifiers import MARK_NOUNS


@attrs.frozen
class _Verdict:
    severity: Severity | None
    reason: str
    cost: float
    confidence: float = 1.0
    kind: FindingKind = "number"


#: Shared verdicts (frozen values): agreement at no cost, for numbers and for dates.
_AGREE = _Verdict(None, "", 0.0)
_AGREE_DATE = _Verdict(None, "", 0.0, kind="date")
_BOUNDS = frozenset({"gt", "ge", "lt", "le"})
#: Agreement across families (the same written number), dearer than a same-family match.
_SAME_NUMBER = _Verdict(None, "", 0.4)


def _same_reading(t: Quantity, r: Quantity) -> bool:
    """Whether two quantities state the same thing in the same terms (only where they were
    written differs), which :func:`_judge` always finds in agreement: a shortcut for it. Dates
    and times are left to it (two partial dates may not be comparable at all)."""
    return (
        t.dimension == r.dimension
        and t.value == r.value
        and t.value is not None
        and t.dimension not in ("date", "year", "time")
        and t.unit == r.unit
        and t.high == r.high
        and t.qualifier == r.qualifier
        and t.written_unit == r.written_unit
    )


#: What :func:`_same_reading` compares, as a hashable value (None for a date, year or clock
#: time, and for a quantity without a value): two quantities with equal readings state the same
#: thing, so sets of readings answer "is this figure stated among those" in constant time.
Reading = tuple[str, float, str | None, float | None, str | None, str | None]


def _reading(q: Quantity) -> Reading | None:
    if q.value is None or q.dimension in ("date", "year", "time"):
        return None
    return (q.dimension, q.value, q.unit, q.high, q.qualifier, q.written_unit)


def _is_soft(q: Quantity) -> bool:
    """Context, not a checked fact on its own: unpaired, it is neither missing nor added."""
    if q.dimension in ("date", "year", "time") or q.qualifier == "vague":
        return True  # (an order of magnitude, "thousands", is a rough word for a figure)
    if q.spelled and q.dimension == "ordinal":
        return True
    return (
        (q.spelled and q.dimension == "count" and q.value == 1 and q.high is None)
        or _cjk_one(q)
        or _cjk_upwards(q)
    )


#: The Chinese and Korean "one", and what continues a numeral after it (一百, 一点五, 一万).
_CJK_COUNTER_CHAR = re.compile(f"[{scripts.HAN_UNIFIED}{scripts.HANGUL}]")
_CJK_ONES = frozenset("一壹한1")
_CJK_NUMERAL_TAIL = frozenset("十百千万萬亿億点點.,0123456789半십백천만억조")


def _year_as_count(t: Quantity, r: Quantity) -> bool:
    """Whether one side writes a year and the other the same four digits read as a count."""
    year, count = (t, r) if t.dimension == "year" else (r, t)
    return (
        year.date is not None
        and year.date[0] is not None
        and count.value == year.date[0]
        and count.high is None
        and not count.spelled
    )


def _lone_one(a: Quantity, b: Quantity) -> bool:
    """Whether ``a`` is a spelled "one" with no noun ("one of the studies", "one was hurt") and
    ``b`` counts a noun with another value: the "one" picks one out, it does not count what
    ``b`` counts ("one of two studies" read "two studies")."""
    return (
        _is_soft(a)
        and a.unit is None
        and (b.unit is not None or _cjk_one(a) or _cjk_measured(b))
        and b.value != a.value
    )


def _cjk_measured(q: Quantity) -> bool:
    """A Chinese count with its measure word (两场, 三个): it counts something, as a count with a
    noun does ("united as one" does not count the 两场硬仗)."""
    last = q.span.text[-1:]
    return (
        "\u4e00" <= last <= "\u9fff"
        and last not in _CJK_NUMERAL_TAIL
        and last not in "一二两兩三四五六七八九零〇"
    )


def _cjk_upwards(q: Quantity) -> bool:
    """上万, 上百亩: "upwards of" a scale, rendered "over 10,000" as often as "tens of thousands"
    or "hundreds of" (no number): unpaired, it is not reported."""
    return q.spelled and q.qualifier == "gt" and q.span.text[:1] == "上"


def _cjk_one(q: Quantity) -> bool:
    """一 or 한 before a measure word or a unit (一个会计年度, 一位, 最后一天, 한 명): the "a" of
    the English, which is no number; so, unpaired, it is not missing, and it differs from no
    other count."""
    text = q.span.text
    if text.startswith("1"):
        # 1명, 1名: Korean and Chinese news write the digit where English says "a man"
        return len(text) == 2 and _CJK_COUNTER_CHAR.match(text[1]) is not None and q.dimension == "count"
    if text.startswith("하루"):
        return True  # a day
    return (
        q.spelled
        and q.high is None
        and q.qualifier is None
        and text[:1] in _CJK_ONES
        and text[1:2] not in _CJK_NUMERAL_TAIL
    )


def _written_value(q: Quantity) -> float | None:
    """The number as written, before the unit conversion (5 for "5 GW")."""
    if q.value is None:
        return None
    if q.written_unit in _WRITTEN_FACTOR and q.dimension in _BASE_UNITS:
        f = _WRITTEN_FACTOR[q.written_unit or ""]
        if q.dimension == "temperature":
            return q.value
        return q.value / f
    return q.value


def _same(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= 1e-14 * max(abs(a), abs(b))


def _rel(a: float, b: float) -> float:
    """Relative difference of ``a`` from the reference value ``b``."""
    if b == 0:
        return 0.0 if a == 0 else 1.0
    return abs(a - b) / abs(b)


#: A scale error of this many powers of ten or more (thousands for millions, millions for billions)
#: reverses what a reader takes from the figure: critical, like a reversed sign.
CRITICAL_SCALE = 3


def _scale_severity(k: int) -> Severity:
    """``critical`` for a scale error of :data:`CRITICAL_SCALE` powers of ten or more, else ``major``."""
    return "critical" if abs(k) >= CRITICAL_SCALE else "major"


def _power_of_ten(a: float, b: float) -> int | None:
    if a == 0 or b == 0 or (a > 0) != (b > 0):
        return None
    r = math.log10(abs(a) / abs(b))
    k = round(r)
    if k != 0 and abs(r - k) < 1e-9:
        return k
    return None


def _currency_codes(unit: str | None) -> set[str]:
    return set((unit or "").split("|"))


def _judge(
    t: Quantity,
    r: Quantity,
    *,
    rates: Mapping[tuple[str, str], float] | None,
    tolerance: float,
) -> _Verdict | None:
    """Compare one translation quantity with one reference quantity; None if not comparable."""
    ft, fr = _FAMILIES.get(t.dimension, t.dimension), _FAMILIES.get(r.dimension, r.dimension)
    if ft == "date" and fr == "date":
        return _judge_dates(t, r)
    if ft == "time" and fr == "time":
        return _judge_times(t, r)
    if "date" in (ft, fr) or "time" in (ft, fr):
        if {t.dimension, r.dimension} == {"year", "count"} and _year_as_count(t, r):
            return _SAME_NUMBER  # "2020 graduates" for 2020毕业生: the same four digits
        return None
    if "vague" in (t.qualifier, r.qualifier):
        return _judge_vague(t, r) if ft == fr else None
    if ft != fr:
        wt, wr = _written_value(t), _written_value(r)
        if wt is None or wr is None or not _same(wt, wr):
            return None
        dims = (t.dimension, r.dimension)
        if "ordinal" in (ft, fr) or "count" in (ft, fr) or "fraction" in dims:
            # The same number, one side without a unit (a count's noun is no unit) or as an
            # ordinal ("the 26th" for "26日", "sixth day" for "six days"), or a bare fraction
            # ("half" for "half as many", "half a year"): nothing says the two differ.
            return _SAME_NUMBER
        return _Verdict("major", f"unit differs ({_unit_label(r)} vs {_unit_label(t)})", 0.5)
    if ft == "count" and fr == "count" and (_lone_one(t, r) or _lone_one(r, t)):
        return None
    if ft == "currency":
        ct, cr = _currency_codes(t.unit), _currency_codes(r.unit)
        if not ct & cr:
            return _judge_currencies(t, r, rates=rates, tolerance=tolerance)
    if ft == "ordinal":
        assert t.value is not None
        assert r.value is not None
        if _same(t.value, r.value):
            return _AGREE
        return _Verdict("major", "ordinal differs", 0.5 + min(0.5, _rel(t.value, r.value) / 2))
    if ft == "temperature" and _fahrenheit_reading(t, r):
        return _AGREE
    converted = (
        t.written_unit is not None
        and r.written_unit is not None
        and t.written_unit != r.written_unit
        and ft in _BASE_UNITS
    )
    return _judge_values(t, r, tolerance=tolerance, converted=converted, family=ft)


def _fahrenheit_reading(t: Quantity, r: Quantity) -> bool:
    """Whether one side's bare "degrees" (no C or F) is the other's temperature in Fahrenheit: "86
    degrees" for "30 degrees" in an American rendering. Bare degrees are read as Celsius."""
    for bare, other in ((t, r), (r, t)):
        if (
            bare.written_unit == "deg"
            and bare.value is not None
            and other.value is not None
            and abs((bare.value - 32) * 5 / 9 - other.value) <= 1.0
        ):
            return True
    return False


def _unit_label(q: Quantity) -> str:
    if q.dimension == "percent":
        return "%"
    if q.dimension == "points":
        return "percentage points"
    if q.dimension == "fraction":
        return "fraction"
    if q.dimension == "count":
        return "no unit"
    return q.written_unit or q.unit or q.dimension


def _interval(q: Quantity, v: float, hi: float | None) -> tuple[float, float, bool, bool]:
    """(low, high, low open, high open) of what a quantity asserts."""
    inf = math.inf
    if hi is not None:
        return v, hi, False, False
    if q.qualifier == "gt":
        return v, inf, True, False
    if q.qualifier == "ge":
        return v, inf, False, False
    if q.qualifier == "lt":
        return -inf, v, False, True
    if q.qualifier == "le":
        return -inf, v, False, False
    return v, v, False, False


def _judge_values(t: Quantity, r: Quantity, *, tolerance: float, converted: bool, family: str) -> _Verdict:
    a = _ratio_value(t, t.value) if family == "ratio" else t.value
    b = _ratio_value(r, r.value) if family == "ratio" else r.value
    ah = _ratio_value(t, t.high) if family == "ratio" else t.high
    bh = _ratio_value(r, r.high) if family == "ratio" else r.high
    assert a is not None
    assert b is not None
    pt = (t.precision or 0.0) * (100 if t.dimension == "fraction" else 1)
    pr = (r.precision or 0.0) * (100 if r.dimension == "fraction" else 1)
    if t.dimension == "fraction" or r.dimension == "fraction":
        converted = converted or t.dimension != r.dimension
    rel = _rel(a, b)
    cost = min(1.0, rel)
    bounds = _BOUNDS
    # ranges
    if ah is not None or bh is not None:
        if ah is not None and bh is not None:
            if _same(a, b) and _same(ah, bh):
                return _AGREE
            if _share_rounds(t, r, a, b, pt, pr) and _share_rounds(t, r, ah, bh, pt, pr):
                return _share_verdict(t, r, cost)
            worst = max(_rel(a, b), _rel(ah, bh))
            sev: Severity = "minor" if worst <= tolerance else "major"
            return _Verdict(sev, "range differs", min(1.0, worst))
        lo, hi, p = (a, ah, b) if ah is not None else (b, bh, a)
        assert hi is not None
        if lo - 1e-9 * abs(lo) <= p <= hi + 1e-9 * abs(hi):
            return _Verdict(None, "", 0.05)
        near = lo if p < lo else hi
        d = _rel(p, near)
        sev = "minor" if d <= tolerance else "major"
        return _Verdict(sev, "outside the range", min(1.0, d))
    qt, qr = t.qualifier, r.qualifier
    if "odd" in (qt, qr):
        return _judge_odd(t, r, a, b, tolerance)
    if _same(a, b):
        if qt in bounds and qr in bounds:
            up_t, up_r = qt in ("gt", "ge"), qr in ("gt", "ge")
            if up_t != up_r:
                return _Verdict("major", "opposite bound (more than vs less than)", 0.3)
            return _AGREE
        if t.unit in MARK_NOUNS or r.unit in MARK_NOUNS:
            return _AGREE  # "crossed the 7,000 mark" for "over 7,000": the verb says it
        if qt in ("gt", "lt") and qr not in bounds and qr != "approx":
            return _Verdict("minor", f"qualifier added ({_QUALIFIER_WORDS[qt]})", 0.1)
        if qr in ("gt", "lt") and qt not in bounds and qt != "approx":
            return _Verdict("minor", f"qualifier dropped ({_QUALIFIER_WORDS[qr]})", 0.1)
        return _AGREE
    if converted and t.dimension == r.dimension:
        wt, wr = _written_value(t), _written_value(r)
        if wt is not None and wr is not None and _same(wt, wr):
            return _Verdict("major", f"unit differs ({_unit_label(r)} vs {_unit_label(t)})", 0.4)
    k = _power_of_ten(a, b)
    if k is not None and abs(k) >= 1 and not converted:
        return _Verdict(_scale_severity(k), f"scale error (x{10 ** abs(k):,})", 0.35 + cost * 0.3)
    if (a < 0) != (b < 0) and (a != 0 and b != 0):
        return _Verdict("critical", "sign differs", cost)
    same_direction = qt in bounds and qr in bounds and (qt in ("gt", "ge")) == (qr in ("gt", "ge"))
    if (qt in bounds or qr in bounds) and not same_direction:
        lt_, ht_, lot, hot = _interval(t, a, ah)
        lr_, hr_, lor, hor = _interval(r, b, bh)
        lo = max(lt_, lr_)
        hi = min(ht_, hr_)
        open_ = (lo == lt_ and lot) or (lo == lr_ and lor) or (hi == ht_ and hot) or (hi == hr_ and hor)
        consistent = lo < hi or (lo == hi and not open_)
        if consistent:
            if rel <= tolerance:
                return _Verdict(None, "", cost)
            return _Verdict("minor", f"less precise (differs by {_pct(rel)})", cost)
        if rel <= tolerance:
            return _Verdict("minor", f"bound differs by {_pct(rel)}", cost)
        return _Verdict("major", f"value differs by {_pct(rel)}", cost)
    if _share_rounds(t, r, a, b, pt, pr):
        return _share_verdict(t, r, cost)
    d = abs(a - b)
    approx = qt == "approx" or qr == "approx" or converted
    if approx:
        precs = [p for p, q in ((pt, qt), (pr, qr)) if q == "approx" or converted]
        p = max(precs) if precs else 0.0
        if d < p / 2 * (1 - 1e-9) and rel <= tolerance:
            return _Verdict(None, "", cost)
        if rel <= tolerance:
            return _Verdict("minor", f"rounding drift of {_pct(rel)}", cost)
        return _Verdict("major", f"value differs by {_pct(rel)}", cost)
    p = max(pt, pr)
    if d < p / 2 * (1 - 1e-9) and rel <= tolerance:
        return _Verdict("minor", f"rounded without 'about' ({_pct(rel)})", cost)
    return _Verdict("major", f"value differs by {_pct(rel)}", cost)


#: The coarsest written precision of a percent a share in words is rounded to (30% for "a third";
#: 100% has the precision 100, and is no rounding of "two-thirds").
_SHARE_PRECISION = 10.0


def _share_rounds(t: Quantity, r: Quantity, a: float, b: float, pt: float, pr: float) -> bool:
    """Whether a share in words and a percent (``a`` and ``b``, in percent) round to each other
    at the percent's written precision: "a third" for 30%, "two-thirds" for 70%; not "a quarter"
    for 30% nor "half" for 60%. News renders a share in words by the round percent and back."""
    if {t.dimension, r.dimension} != {"fraction", "percent"}:
        return False
    p = min(pr if t.dimension == "fraction" else pt, _SHARE_PRECISION)
    return abs(a - b) < p / 2 * (1 - 1e-9)


def _share_verdict(t: Quantity, r: Quantity, cost: float) -> _Verdict:
    """A share in words against the percent it rounds to: the same with "about" on either
    side ("about a third" for 30%), a rounding without it."""
    if "approx" in (t.qualifier, r.qualifier):
        return _Verdict(None, "", cost)
    return _Verdict("minor", "rounded without 'about'", cost)


def _judge_vague(t: Quantity, r: Quantity) -> _Verdict | None:
    """An order of magnitude ("thousands": 1,000 to 10,000) against a value of the same family.

    It agrees with what lies within a factor of two of it ("thousands" for 800 or 15,000: a loose
    word, not a wrong one). Another order of magnitude differs: minor next to it ("thousands"
    against "tens of thousands"), major beyond ("hundreds of thousands" against "thousands").
    Against a figure further off it is no counterpart at all (the figure may count something
    else: unpaired, each goes its own way, and an order of magnitude alone is never reported)."""
    assert t.value is not None
    assert r.value is not None
    if t.qualifier == r.qualifier == "vague" and not _same(t.value, r.value):
        # two orders of magnitude: "thousands" against "tens of thousands" (touching ends) or
        # against "hundreds of thousands"
        far = max(t.value, r.value) / min(t.value, r.value) >= 100
        return _Verdict("major" if far else "minor", "order of magnitude differs", 0.6)
    lt_, ht_, _, _ = _interval(t, t.value, t.high)
    lr_, hr_, _, _ = _interval(r, r.value, r.high)
    if lt_ <= 0 or lr_ <= 0:
        return None
    gap = max(lt_ / hr_, lr_ / ht_)  # above 1 when the two do not overlap
    if gap <= 2:
        return _Verdict(None, "", 0.1 + 0.1 * max(0.0, gap - 1))
    return None


def _odd_interval(q: Quantity, v: float) -> tuple[float, float, bool, bool]:
    """What a quantity asserts, a rough "-odd" number (60多吨, 30여명, 十几天: 60 and some,
    up to the next step of its last written digit) included."""
    if q.qualifier != "odd":
        return _interval(q, v, None)
    step = q.precision or 1.0
    return (v, v + step, False, True) if v >= 0 else (v - step, v, True, False)


def _judge_odd(t: Quantity, r: Quantity, a: float, b: float, tolerance: float) -> _Verdict:
    """A rough "-odd" number against any value: a rough, not a bound, so "60 tons" or "more
    than 60 tons" for 60多吨 and "a dozen" for 十几 agree, and a value outside its step
    ("70 tons", "50 tons") is found as any other difference is."""
    qt, qr = t.qualifier, r.qualifier
    lt_, ht_, lot, hot = _odd_interval(t, a)
    lr_, hr_, lor, hor = _odd_interval(r, b)
    rel = _rel(a, b)
    cost = min(1.0, rel)
    if _same(a, b):
        if {qt, qr} & {"lt", "le"}:
            # "up to 30" for 30여마리: a bound below against a rough above
            return _Verdict("minor", "bound differs (up to vs some)", 0.1)
        return _AGREE
    # The same digits a power of ten apart are a scale error even where a bound would hold: "more
    # than 50,000 fishing boats" for 50만여척 (500,000-odd) is the count misread, not a lower bound.
    k = _power_of_ten(a, b)
    if k is not None and abs(k) >= 1:
        return _Verdict(_scale_severity(k), f"scale error (x{10 ** abs(k):,})", 0.35 + cost * 0.3)
    lo, hi = max(lt_, lr_), min(ht_, hr_)
    open_ = (lo == lt_ and lot) or (lo == lr_ and lor) or (hi == ht_ and hot) or (hi == hr_ and hor)
    if lo < hi or (lo == hi and not open_):
        return _Verdict(None, "", cost)
    if (a < 0) != (b < 0) and (a != 0 and b != 0):
        return _Verdict("critical", "sign differs", cost)
    if rel <= tolerance:
        return _Verdict("minor", f"bound differs by {_pct(rel)}", cost)
    return _Verdict("major", f"value differs by {_pct(rel)}", cost)


def _pct(rel: float) -> str:
    x = rel * 100
    if x >= 10:
        return f"{x:.0f}%"
    if x >= 0.1:
        return f"{x:.2f}".rstrip("0").rstrip(".") + "%"
    return f"{x:.2g}%"


def _judge_currencies(
    t: Quantity,
    r: Quantity,
    *,
    rates: Mapping[tuple[str, str], float] | None,
    tolerance: float,
) -> _Verdict:
    assert t.value is not None
    assert r.value is not None
    rate = _rate(t.unit, r.unit, rates)
    if rate is not None:
        conv = t.value * rate
        rel = _rel(conv, r.value)
        if rel <= tolerance:
            return _Verdict(None, "", 0.2 + rel)
        return _Verdict(
            "major",
            f"differs by {_pct(rel)} at the given rate ({t.unit}->{r.unit} {rate:g})",
            0.2 + min(0.8, rel),
        )
    if _same(t.value, r.value):
        return _Verdict("major", f"currency differs ({r.unit} vs {t.unit})", 0.3)
    return _Verdict(
        "minor",
        f"not comparable: {r.unit} vs {t.unit} and no exchange rate given",
        0.9,
        confidence=0.5,
    )


def _rate(src: str | None, dst: str | None, rates: Mapping[tuple[str, str], float] | None) -> float | None:
    if not rates or not src or not dst:
        return None
    for a in _currency_codes(src):
        for b in _currency_codes(dst):
            if (a, b) in rates:
                return float(rates[(a, b)])
            if rates.get((b, a)):
                return 1.0 / float(rates[(b, a)])
    return None


def _judge_dates(t: Quantity, r: Quantity) -> _Verdict | None:
    yt, mt, dt = t.date or (None, None, None)
    yr, mr, dr = r.date or (None, None, None)
    if t.period or r.period:
        if t.period == "decade" or r.period == "decade":
            dec_q, other = (t, r) if t.period == "decade" else (r, t)
            y0 = (dec_q.date or (None,))[0]
            y1 = (other.date or (None,))[0]
            if y0 is None or y1 is None:
                return None
            if y0 <= y1 < y0 + 10:
                return _Verdict(None, "", 0.05, kind="date")
            return _Verdict("major", "decade differs", 0.5, kind="date")
        if t.period and r.period:
            if t.period != r.period:
                return _Verdict("major", "period differs", 0.5, kind="date")
            if yt is not None and yr is not None and yt != yr:
                return _Verdict("major", "year differs", 0.5, kind="date")
            return _AGREE_DATE
        # a quarter against a plain date or year: only the years can be checked
        if yt is None or yr is None or (mt or mr):
            return None
        if yt == yr:
            return _Verdict(None, "", 0.1, kind="date")
        return None
    shared = [
        (x, y, name)
        for x, y, name in ((yt, yr, "year"), (mt, mr, "month"), (dt, dr, "day"))
        if x is not None and y is not None
    ]
    weekdays = _weekdays(t, r)
    if weekdays is not None:
        shared.append((*weekdays, "weekday"))
    if not shared:
        return None
    diff = [name for x, y, name in shared if x != y]
    if not diff:
        return _Verdict(None, "", 0.0 if len(shared) >= 2 else 0.05, kind="date")
    only_year = (mt is None) != (mr is None) and all(n == "year" for _, _, n in shared)
    if only_year:
        # "the 2026 standard" next to "October 15, 2024": a year alone and a full date with a
        # different year usually name two events, not one date changed.
        return None
    if (dt is None) != (dr is None) and "month" in diff and "year" not in diff and len(shared) == 1:
        # "June" against "April 22": months of two events in one sentence, rarely one changed.
        return _Verdict("major", "month differs", 0.6, kind="date")
    return _Verdict(
        "major", " and ".join(diff) + " differ" + ("s" if len(diff) == 1 else ""), 0.5, kind="date"
    )


def _weekday_of(q: Quantity) -> int | None:
    """The weekday a date names: written ("Wednesday"), or that of a full date (year known)."""
    if q.weekday is not None:
        return q.weekday
    y, m, d = q.date or (None, None, None)
    if y is None or m is None or d is None:
        return None
    try:
        return datetime.date(y, m, d).weekday()
    except ValueError:
        return None


def _weekdays(t: Quantity, r: Quantity) -> tuple[int, int] | None:
    """The two weekdays to compare, when at least one side writes its weekday and the other
    writes one or gives a full date: "Wednesday" against "Thursday", or against "May 22, 2025"
    (a Thursday). A weekday against a date without a year ("May 21") is not comparable."""
    if t.weekday is None and r.weekday is None:
        return None
    wt, wr = _weekday_of(t), _weekday_of(r)
    if wt is None or wr is None:
        return None
    return wt, wr


#: Twelve o'clock with a.m. or p.m., which writers use for noon and for midnight alike.
_TWELVE_AM_PM = re.compile(r"(?i)(?<!\d)12(?:[:.]\d\d)?\s{0,2}[ap]\.?m")


def _judge_times(t: Quantity, r: Quantity) -> _Verdict | None:
    assert t.time is not None
    assert r.time is not None
    if t.unit and r.unit and t.unit.lower() != r.unit.lower():
        if t.time == r.time:
            return _Verdict("major", f"time zone differs ({r.unit} vs {t.unit})", 0.3, kind="date")
        return _Verdict("minor", f"not comparable: {r.unit} vs {t.unit}", 0.9, confidence=0.5, kind="date")
    if t.time == r.time:
        return _AGREE_DATE
    (ht, mt), (hr, mr) = t.time, r.time
    if (
        mt == mr
        and {ht, hr} == {0, 12}
        and (_TWELVE_AM_PM.search(t.span.text) or _TWELVE_AM_PM.search(r.span.text))
    ):
        return _AGREE_DATE  # "12 p.m." is written for midnight as often as for noon (晚12时)
    if mt == mr and abs(ht - hr) == 12:
        return _Verdict("major", "a.m./p.m. differ", 0.3, kind="date")
    return _Verdict("major", "time differs", 0.5, kind="date")
