"""Comparing two texts: read both, merge split ranges, check restatements in another currency
or unit, pair the quantities one to one (equal keys first, then the cheapest verdicts) and
report changed, added and missing values as :class:`xcheck.Discrepancy` objects.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import attrs

from xcheck._types import Discrepancy, FindingKind, Severity, Span
from xcheck.errors import OptionError
from xcheck.facts.quantities._extract import _Read, _read
from xcheck.facts.quantities._format import _family, _fmt, _key_list, format_value
from xcheck.facts.quantities._judge import (
    _AGREE,
    _is_soft,
    _judge,
    _same,
    _same_reading,
    _Verdict,
    _written_value,
)
from xcheck.facts.quantities._model import _BASE_UNITS, Quantity
from xcheck.facts.quantities._unmarked import anaphoric, name_like, rendered_without_number, type_compound

_GLOSS_BETWEEN = re.compile(
    r"\s{0,2}[(（\[]\s{0,2}(?:or\s|i\.e\.\s|that is\s|equivalent to\s|worth\s|合|即|약\s?)?"
    r"|,?\s{0,2}(?:or|or about|or roughly|worth|equivalent to)\s{1,2}"
)


def _glosses(qs: Sequence[Quantity], text: str) -> set[int]:
    """Indexes of quantities that restate the one before in parentheses, in another currency
    or unit: "1.52 trillion won (about 7.9 billion RMB)", "100 km (62 miles)"."""
    out: set[int] = set()
    for i in range(1, len(qs)):
        prev, cur = qs[i - 1], qs[i]
        if (prev.dimension == cur.dimension == "currency" and prev.unit != cur.unit) or (
            prev.dimension == cur.dimension
            and prev.dimension in _BASE_UNITS
            and prev.written_unit != cur.written_unit
        ):
            between = text[prev.span.end : cur.span.start]
            if _GLOSS_BETWEEN.fullmatch(between):
                out.add(i)
    return out


def _merge_split_ranges(qs: Sequence[Quantity], other: Sequence[Quantity], text: str) -> Sequence[Quantity]:
    """Read two nearby points of ``qs`` as one range when ``other`` states that range.

    "from $1.30 to $1.40" reads as two values (a change) and "in the range of $1.30 to $1.40"
    as one range; when one side has the range and the other has both ends, both are ranges.
    """
    ranges = [q for q in other if q.high is not None and q.value is not None]
    if not ranges:
        return qs
    # Only the ranges ``other`` states more often than ``qs`` does: a text compared with
    # itself (or with the same ranges) has nothing to merge ("5 1,000 5 to 1,000" twice).
    own = [(q.value, q.high, _family(q)) for q in qs if q.high is not None and q.value is not None]
    unmatched = []
    for rng in ranges:
        key = (rng.value, rng.high, _family(rng))
        if key in own:
            own.remove(key)
        else:
            unmatched.append(rng)
    out = list(qs)
    for rng in unmatched:
        assert rng.value is not None
        assert rng.high is not None
        for i in range(len(out) - 1):
            a, b = out[i], out[i + 1]
            if a.high is not None or b.high is not None or a.value is None or b.value is None:
                continue
            if b.span.start - a.span.end > 40:
                continue
            merged = _as_range(a, b, rng, text)
            if merged is not None:
                out[i : i + 2] = [merged]
                break
    return out


def _bare(q: Quantity) -> bool:
    return q.dimension == "count" and q.unit is None and not q.qualifier


def _as_range(a: Quantity, b: Quantity, rng: Quantity, text: str) -> Quantity | None:
    """``a`` and ``b`` read as the range ``rng`` states, or None. Two bare numbers take the
    range's unit ("aged 18 - 60" against "between 18 and 60 years old")."""
    assert a.value is not None
    assert b.value is not None
    assert rng.value is not None
    assert rng.high is not None
    span = Span(a.span.start, b.span.end, text[a.span.start : b.span.end])
    if _family(a) == _family(rng) and _family(b) == _family(rng):
        if _same(a.value, rng.value) and _same(b.value, rng.high):
            return attrs.evolve(a, span=span, high=b.value)
        return None
    written = _written_value(rng)
    if not (_bare(a) and _bare(b)) or not written:
        return None
    factor = rng.value / written
    if _same(a.value * factor, rng.value) and _same(b.value * factor, rng.high):
        return attrs.evolve(rng, span=span, value=rng.value, high=rng.high, qualifier=None, spelled=a.spelled)
    return None


def _make(
    kind: FindingKind,
    severity: Severity,
    message: str,
    t: Quantity | None,
    r: Quantity | None,
    found_value: str | None,
    expected_value: str | None,
    confidence: float = 1.0,
) -> Discrepancy:
    return Discrepancy(
        kind=kind,
        severity=severity,
        message=message,
        found=t.span if t is not None else None,
        expected=r.span if r is not None else None,
        found_value=found_value,
        expected_value=expected_value,
        confidence=confidence,
    )


def _fmt_at(read: _Read, qs: Sequence[Quantity], i: int) -> str:
    """:func:`format_value` of ``qs[i]``, kept with the text's reading while ``qs`` still lines
    up with it (no split range merged)."""
    if len(qs) != len(read.quantities):
        return _fmt(qs[i])
    fmts = read.fmts
    if fmts is None:
        fmts = read.fmts = [None] * len(qs)
    f = fmts[i]
    if f is None:
        f = fmts[i] = format_value(qs[i])
    return f


def _kind_of(q: Quantity) -> FindingKind:
    return "date" if _family(q) in ("date", "time") else "number"


def compare_quantities(
    translation: str,
    reference: str,
    *,
    lang: str | None = None,
    reference_lang: str | None = None,
    rates: Mapping[tuple[str, str], float] | None = None,
    report_missing: bool = True,
    report_added: bool = True,
    reuse: bool = False,
    tolerance: float = 0.05,
    report_unpaired_dates: bool = False,
) -> list[Discrepancy]:
    """Compare the quantities of a translation with those of a reference text.

    Quantities pair one to one (a multiset matching by value, dimension and unit), so a
    changed, a missing and an added number are three different findings. ``rates`` maps
    ``(from, to)`` currency codes to the factor that converts an amount in ``from`` to ``to``;
    without a rate, amounts in different currencies are reported as not comparable (minor,
    confidence 0.5), never silently equated. ``reuse=True`` lets a reference value agree with
    several translation values (a retelling may repeat a figure). ``tolerance`` is the largest
    relative difference an approximate value may have and still be only a minor ``rounding``
    finding. Dates, years, clock times and spelled-out ordinals are context: a changed one is
    reported, an unpaired one only with ``report_unpaired_dates=True``. A parenthesised
    restatement in another currency or unit ("1.52 trillion won (about 7.9 billion RMB)") is
    checked against what it restates when ``rates`` allow, and never reported as added.

    Spans index ``translation`` (``found``) and ``reference`` (``expected``).

    >>> [(d.severity, d.message) for d in compare_quantities("April 22", "May 22")]
    [('major', 'expected May 22, found April 22: month differs')]
    >>> compare_quantities("more than 1,200 people", "at least 1,200 people")
    []
    """
    if not 0 <= tolerance < 1:
        msg = f"tolerance must be in [0, 1), not {tolerance!r}"
        raise OptionError(msg)
    if not isinstance(translation, str) or not isinstance(reference, str):
        bad = translation if not isinstance(translation, str) else reference
        msg = f"extract_quantities expects a str, not {type(bad).__name__}"
        raise OptionError(msg)
    return _compare(
        _read(translation, lang),
        _read(reference, reference_lang),
        translation,
        reference,
        rates=rates,
        report_missing=report_missing,
        report_added=report_added,
        reuse=reuse,
        tolerance=tolerance,
        report_unpaired_dates=report_unpaired_dates,
    )


def _compare(
    t_read: _Read,
    r_read: _Read,
    translation: str,
    reference: str,
    *,
    rates: Mapping[tuple[str, str], float] | None,
    report_missing: bool,
    report_added: bool,
    reuse: bool,
    tolerance: float,
    report_unpaired_dates: bool,
) -> list[Discrepancy]:
    if not t_read.quantities and not r_read.quantities:
        return []  # nothing to pair (many sentence-statement pairs have no numbers)
    # each side against the ranges the other side writes (not against the other's merges, which
    # would make the two sides merge different points)
    tq = _merge_split_ranges(t_read.quantities, r_read.quantities, translation)
    rq = _merge_split_ranges(r_read.quantities, t_read.quantities, reference)
    t_gloss = _glosses(tq, translation)
    r_gloss = _glosses(rq, reference)
    findings = _restatement_findings(t_read, tq, t_gloss, rq, rates, tolerance) if t_gloss else []
    t_idx = [i for i in range(len(tq)) if i not in t_gloss]
    r_idx = [j for j in range(len(rq)) if j not in r_gloss]
    verdicts, t_used, r_used = _pair(t_read, r_read, tq, rq, t_idx, r_idx, rates, tolerance, reuse)
    for i, j in list(t_used.items()):
        # a model number ("a Boeing 737") is part of a name: it counts nothing, so a different
        # figure that is no part of a name (一架, "one") is no counterpart of it; two in names
        # ("MAX 9" / "MAX 8", "Tier 1" / "Tier 2") still are
        named = name_like(tq[i], translation), name_like(rq[j], reference)
        if verdicts[(i, j)].severity is not None and named[0] != named[1]:
            del t_used[i]
            r_used.discard(j)
    for i, j in t_used.items():
        v = verdicts[(i, j)]
        if v.severity is None:
            continue
        t, r = tq[i], rq[j]
        ft, fr = _fmt_at(t_read, tq, i), _fmt_at(r_read, rq, j)
        msg = f"expected {_as_written(fr, r)}, found {_as_written(ft, t)}: {v.reason}"
        findings.append((t.span.start, 1, _make(v.kind, v.severity, msg, t, r, ft, fr, v.confidence)))
    # A number on one side only is at most minor, and not reported at all when it is part of
    # a name or the other text renders it without writing the number (see _unmarked).
    t_paired = [tq[i].span for i in t_used]
    r_paired = [rq[j].span for j in r_used]
    if report_added:
        for i in t_idx:
            if i in t_used:
                continue
            t = tq[i]
            if (_is_soft(t) and not report_unpaired_dates) or _unmarked(t, translation, reference, r_paired):
                continue
            if _restates(t, tq, t_used):
                continue
            ft = _fmt_at(t_read, tq, i)
            msg = f"added {ft}: the reference has no such {_noun(t)}"
            findings.append((t.span.start, 2, _make(_kind_of(t), "minor", msg, t, None, ft, None)))
    if report_missing:
        for j in r_idx:
            if j in r_used:
                continue
            r = rq[j]
            if (_is_soft(r) and not report_unpaired_dates) or _unmarked(r, reference, translation, t_paired):
                continue
            if _restates(r, rq, r_used):
                continue
            fr = _fmt_at(r_read, rq, j)
            msg = f"missing {fr}: the translation has no such {_noun(r)}"
            findings.append((len(translation), 3 + j, _make(_kind_of(r), "minor", msg, None, r, None, fr)))
    findings.sort(key=lambda x: (x[0], x[1]))
    return [f for _, _, f in findings]


def _restates(q: Quantity, qs: Sequence[Quantity], used: Iterable[int]) -> bool:
    """Whether ``q`` repeats, on its own side, a figure that is paired with the other side
    (1라운드 written twice against one "first round"): the figure is checked once, and a
    second mention the other text does not repeat is no lost or added fact."""
    return any(_same_reading(q, qs[k]) for k in used)


def _restatement_findings(
    t_read: _Read,
    tq: Sequence[Quantity],
    t_gloss: set[int],
    rq: Sequence[Quantity],
    rates: Mapping[tuple[str, str], float] | None,
    tolerance: float,
) -> list[tuple[int, int, Discrepancy]]:
    """Findings of the translation's restatements (``t_gloss``, see :func:`_glosses`) that
    disagree with what they restate, as (position, order, finding) for sorting; not one the
    reference (``rq``) makes too ("about 25km (15 miles)" on both sides is the source's rounding)."""
    findings: list[tuple[int, int, Discrepancy]] = []
    for i in sorted(t_gloss):
        if all(any(_same_reading(q, r) for r in rq) for q in (tq[i], tq[i - 1])):
            continue
        # the restatement takes the qualifier of what it restates: "over 6,000 mu (400 hectares)"
        gloss = tq[i] if tq[i].qualifier else attrs.evolve(tq[i], qualifier=tq[i - 1].qualifier)
        v = _judge(gloss, tq[i - 1], rates=rates, tolerance=max(tolerance, 0.05))
        if v is not None and v.severity is not None and v.confidence >= 1.0:
            findings.append(
                (
                    tq[i].span.start,
                    0,
                    _make(
                        "number",
                        v.severity,
                        f"the restated amount does not match: {v.reason}",
                        tq[i],
                        tq[i - 1],
                        _fmt_at(t_read, tq, i),
                        _fmt_at(t_read, tq, i - 1),
                    ),
                )
            )
    return findings


def _pair(
    t_read: _Read,
    r_read: _Read,
    tq: Sequence[Quantity],
    rq: Sequence[Quantity],
    t_idx: list[int],
    r_idx: list[int],
    rates: Mapping[tuple[str, str], float] | None,
    tolerance: float,
    reuse: bool,
) -> tuple[dict[tuple[int, int], _Verdict], dict[int, int], set[int]]:
    """Pair the quantities ``t_idx`` of ``tq`` with ``r_idx`` of ``rq`` one to one (with
    ``reuse``, a reference value may agree with several): the verdict of each judged pair,
    the reference index paired with each translation index, and the reference indexes used."""
    verdicts: dict[tuple[int, int], _Verdict] = {}
    t_used: dict[int, int] = {}
    r_used: set[int] = set()
    # Equal keys that agree pair first (what the full matching would pick first anyway), so
    # the quadratic step below only sees what is left.
    by_key: dict[str, list[int]] = {}
    if t_idx and r_idx:
        # keys line up with the text's reading unless a split range was merged (rare)
        t_keys = t_read.key_list() if len(tq) == len(t_read.quantities) else _key_list(tq)
        r_keys = r_read.key_list() if len(rq) == len(r_read.quantities) else _key_list(rq)
        for j in r_idx:
            by_key.setdefault(r_keys[j], []).append(j)
    for i in t_idx if by_key else ():
        same = by_key.get(t_keys[i], ())
        # a free equal value first; with reuse, a repeated figure may agree with a used one
        for j in sorted(same, key=lambda j: j in r_used) if len(same) > 1 else same:
            if j in r_used and not reuse:
                continue
            t, r = tq[i], rq[j]
            v = _AGREE if _same_reading(t, r) else _judge(t, r, rates=rates, tolerance=tolerance)
            if v is not None and v.severity is None:
                verdicts[(i, j)] = v
                t_used[i] = j
                r_used.add(j)
                break
    cands: list[tuple[float, int, int]] = []
    for i in t_idx:
        if i in t_used:
            continue
        for j in r_idx:
            if j in r_used and not reuse:
                continue  # paired above: the matching below would skip it anyway
            v = _judge(tq[i], rq[j], rates=rates, tolerance=tolerance)
            if v is None:
                continue
            verdicts[(i, j)] = v
            cands.append((v.cost + (0.0 if v.severity is None else 0.001), i, j))
    cands.sort()
    for _cost, i, j in cands:
        if i in t_used or j in r_used:
            continue
        t_used[i] = j
        r_used.add(j)
    if reuse:
        for _cost, i, j in cands:
            if i in t_used:
                continue
            if verdicts[(i, j)].severity is None:
                t_used[i] = j
    return verdicts, t_used, r_used


def _as_written(formatted: str, q: Quantity) -> str:
    """The formatted value, with the words it was read from when it was written in words
    (``12 people ("Twelve")``, ``50% (as a fraction) ("half")``): the formatted digits alone
    do not show where the text says it."""
    if not q.spelled or q.span.text.casefold() in formatted.casefold():
        return formatted
    return f'{formatted} ("{q.span.text}")'


def _unmarked(q: Quantity, own: str, other: str, other_paired: list[Span]) -> bool:
    """Whether a one-sided quantity goes unreported: part of a name, a type ("two-wheel"), a count
    that points back ("the two sides"), or rendered in ``other`` without its number."""
    return (
        name_like(q, own)
        or type_compound(q, own)
        or anaphoric(q, own, other, other_paired)
        or rendered_without_number(q, other, other_paired)
    )


def _noun(q: Quantity) -> str:
    fam = _family(q)
    if fam == "date":
        return "date"
    if fam == "time":
        return "time"
    if fam == "currency":
        return "amount"
    return "number"
