"""Comparing two texts: read both, merge split ranges, check restatements in another currency
or unit, pair the quantities one to one (equal keys first, then the cheapest verdicts) and
report changed, added and missing values as :class:`xcheck.Discrepancy` objects.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import attrs

from xcheck._types import Discrepancy, FindingKind, Severity, Span
from xcheck.errors import OptionError
from xcheck.facts.quantities._extract import _Read, _read, reading_lang
from xcheck.facts.quantities._format import _family, _fmt, _key_list, format_value
from xcheck.facts.quantities._judge import (
    _AGREE,
    _is_soft,
    _judge,
    _reading,
    _same,
    _same_reading,
    _Verdict,
    _written_value,
)
from xcheck.facts.quantities._model import _BASE_UNITS, Quantity
from xcheck.facts.quantities._unmarked import (
    OtherText,
    anaphoric,
    name_like,
    rendered_without_number,
    talks_name,
    transliterated,
    type_compound,
    weak_one,
)

#: How many candidates of one key (or of one range's values) a quantity tries before it gives up
#: on the key: each text of news has a handful; a long run of one figure ("1 1 1 ...") costs this
#: many judgements per quantity, not one per quantity of the other text.
_TRIES = 8
#: How many judged pairs the cheapest-first matching of what equal keys left unpaired may judge
#: in full (every left translation value against every left reference value). Beyond it (long
#: texts that differ in many figures), the matching runs in blocks of :data:`_BLOCK` left
#: translation values, each against the left reference values around its place (:func:`_blocks`).
_FULL_MATCHING = 20_000
_BLOCK = 12

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
    own: Counter[tuple[float | None, float | None, str]] = Counter(
        (q.value, q.high, _family(q)) for q in qs if q.high is not None and q.value is not None
    )
    unmatched = []
    for rng in ranges:
        key = (rng.value, rng.high, _family(rng))
        if own[key]:
            own[key] -= 1
        else:
            unmatched.append(rng)
    if not unmatched:
        return qs
    # Each range takes the first two neighbouring points (in the text's order) it reads as, as
    # a scan of the points would; the candidates are found through the values they would need.
    by_values = _neighbour_points(qs)
    merged_at: dict[int, Quantity] = {}  # the first point of each merged pair: the range
    gone: set[int] = set()  # points merged into a range
    for rng in unmatched:
        for i in _range_candidates(rng, by_values, gone):
            merged = _as_range(qs[i], qs[i + 1], rng, text)
            if merged is not None:
                merged_at[i] = merged
                gone.update((i, i + 1))
                break
    if not merged_at:
        return qs
    return [merged_at.get(i, q) for i, q in enumerate(qs) if i not in gone or i in merged_at]


def _value_key(x: float) -> float:
    """A float rounded to 12 significant digits: equal for values :func:`_same` holds equal
    (up to float noise), so it indexes them; a candidate found by it is then checked exactly."""
    return float(f"{x:.12g}")


def _neighbour_points(qs: Sequence[Quantity]) -> dict[tuple[str, float, float], deque[int]]:
    """The pairs of neighbouring points of ``qs`` that a range may be split into (two values
    without a range of their own, at most 40 characters apart), by the index of the first: under
    their family and both values when they share a family, and under ``"bare"`` and both values
    when both are bare counts (:func:`_as_range`)."""
    out: dict[tuple[str, float, float], deque[int]] = {}
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        if a.high is not None or b.high is not None or a.value is None or b.value is None:
            continue
        if b.span.start - a.span.end > 40:
            continue
        values = _value_key(a.value), _value_key(b.value)
        if _family(a) == _family(b):
            out.setdefault((_family(a), *values), deque()).append(i)
        if _bare(a) and _bare(b):
            out.setdefault(("bare", *values), deque()).append(i)
        elif _bare(a) and (first := _in_unit_of(a, b)) is not None:
            # "from 1 to 7 meters": the bare first end in the unit of the second
            out.setdefault((_family(b), _value_key(first), values[1]), deque()).append(i)
    return out


def _in_unit_of(a: Quantity, b: Quantity) -> float | None:
    """The bare number ``a`` in the unit ``b`` is written in (1 of "1 to 7 km" is 1000 m), or
    None when ``b`` has no written unit."""
    wb = _written_value(b)
    if a.value is None or b.value is None or not wb or b.dimension not in _BASE_UNITS:
        return None
    return a.value * (b.value / wb)


def _range_candidates(
    rng: Quantity, by_values: dict[tuple[str, float, float], deque[int]], gone: set[int]
) -> list[int]:
    """The first pairs of points (by the index of the first, :func:`_neighbour_points`) that may
    merge into ``rng``, in the text's order: of each way to merge, those not merged already
    among its first :data:`_TRIES` pairs not merged yet (merged pairs leave the front)."""
    assert rng.value is not None
    assert rng.high is not None
    # either order: a range may be written from its high end (四分之一至五分之一, "a quarter to a fifth")
    keys = [(_family(rng), _value_key(rng.value), _value_key(rng.high))]
    keys.append((_family(rng), _value_key(rng.high), _value_key(rng.value)))
    written = _written_value(rng)
    if written and _family(rng) != "count":
        # two bare counts read in the range's unit: the written values
        factor = rng.value / written
        keys.append(("bare", _value_key(written), _value_key(rng.high / factor)))
    found: list[int] = []
    for key in keys:
        pairs = by_values.get(key)
        if pairs is None:
            continue
        while pairs and (pairs[0] in gone or pairs[0] + 1 in gone):
            pairs.popleft()
        found.extend(i for i in itertools.islice(pairs, _TRIES) if i not in gone and i + 1 not in gone)
    return sorted(set(found))


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
        if _same(a.value, rng.high) and _same(b.value, rng.value):
            return attrs.evolve(b, span=span, high=a.value)  # written from the high end
        return None
    first = _in_unit_of(a, b) if _bare(a) and _family(b) == _family(rng) else None
    if first is not None:
        if _same(first, rng.value) and _same(b.value, rng.high):
            return attrs.evolve(b, span=span, value=first, high=b.value)
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
    t_read = _read(translation, lang)
    # a text compared with itself is read once (a long text is not memoised: see _extract)
    same = reference == translation and reading_lang(reference, reference_lang) == reading_lang(
        translation, lang
    )
    return _compare(
        t_read,
        t_read if same else _read(reference, reference_lang),
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
    t_idx = _without(len(tq), t_gloss)
    r_idx = _without(len(rq), r_gloss)
    verdicts, t_used, r_used = _pair(t_read, r_read, tq, rq, t_idx, r_idx, rates, tolerance, reuse)
    if t_gloss or r_gloss:
        _pair_restatements(tq, rq, t_gloss, r_gloss, t_used, r_used, rates, tolerance)
    # the pairs that disagree (those of equal keys that agree have no verdict)
    differ = [(i, j, v) for i, j in t_used.items() if (v := verdicts.get((i, j))) is not None and v.severity]
    for i, j, _v in differ:
        # a model number ("a Boeing 737") is part of a name: it counts nothing, so a different
        # figure that is no part of a name (一架, "one") is no counterpart of it; two in names
        # ("MAX 9" / "MAX 8", "Tier 1" / "Tier 2") still are
        if name_like(tq[i], translation) != name_like(rq[j], reference):
            del t_used[i]
            r_used.discard(j)
    for i, j, v in differ:
        if v.severity is None or i not in t_used:
            continue
        t, r = tq[i], rq[j]
        if _weekday_named(r, tq) or _weekday_named(t, rq):
            continue  # a lone weekday the other text names elsewhere ("Friday, May 29" / 금요일인 5월 29일)
        ft, fr = _fmt_at(t_read, tq, i), _fmt_at(r_read, rq, j)
        msg = f"expected {_as_written(fr, r)}, found {_as_written(ft, t)}: {v.reason}"
        findings.append((t.span.start, 1, _make(v.kind, v.severity, msg, t, r, ft, fr, v.confidence)))
    # A number on one side only is at most minor, and not reported at all when it is part of
    # a name or the other text renders it without writing the number (see _unmarked).
    t_readings = {_reading(tq[i]) for i in t_used}
    r_readings = {_reading(rq[j]) for j in r_used}
    t_readings.discard(None)
    r_readings.discard(None)
    t_other = _LazyOther(translation, tq, t_used)
    r_other = _LazyOther(reference, rq, r_used)
    if report_added:
        for i in t_idx:
            if i in t_used:
                continue
            t = tq[i]
            if (_is_soft(t) and not report_unpaired_dates) or _unmarked(t, translation, r_other):
                continue
            if _reading(t) in t_readings:
                # it repeats, on its own side, a figure paired with the other side (1라운드
                # written twice against one "first round"): the figure is checked once, and a
                # second mention the other text does not repeat is no lost or added fact
                continue
            ft = _fmt_at(t_read, tq, i)
            msg = f"added {ft}: the reference has no such {_noun(t)}"
            findings.append((t.span.start, 2, _make(_kind_of(t), "minor", msg, t, None, ft, None)))
    if report_missing:
        for j in r_idx:
            if j in r_used:
                continue
            r = rq[j]
            if (_is_soft(r) and not report_unpaired_dates) or _unmarked(r, reference, t_other):
                continue
            if _reading(r) in r_readings:
                continue  # a repeated figure, as above
            fr = _fmt_at(r_read, rq, j)
            msg = f"missing {fr}: the translation has no such {_noun(r)}"
            findings.append((len(translation), 3 + j, _make(_kind_of(r), "minor", msg, None, r, None, fr)))
    findings.sort(key=lambda x: (x[0], x[1]))
    return [f for _, _, f in findings]


def _weekday_named(q: Quantity, others: Sequence[Quantity]) -> bool:
    """Whether ``q`` is a weekday alone (no month or day written with it) that one of ``others``
    names too: the texts agree on it, whatever other weekday it was paired with."""
    if q.weekday is None or q.dimension != "date" or (q.date is not None and any(q.date)):
        return False
    return any(o.weekday == q.weekday for o in others)


class _LazyOther:
    """The :class:`OtherText` of one side (``qs[i]`` for ``i`` in ``used`` paired), built when a
    one-sided quantity of the other side first asks (most comparisons pair everything and never
    do)."""

    __slots__ = ("_built", "_qs", "_text", "_used")

    def __init__(self, text: str, qs: Sequence[Quantity], used: Iterable[int]) -> None:
        self._text, self._qs, self._used = text, qs, used
        self._built: OtherText | None = None

    def get(self) -> OtherText:
        if self._built is None:
            self._built = OtherText(self._text, (self._qs[i].span for i in sorted(self._used)))
        return self._built


def _without(n: int, left_out: set[int]) -> Sequence[int]:
    """The indexes ``0..n-1`` but ``left_out``."""
    return [i for i in range(n) if i not in left_out] if left_out else range(n)


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
    r_readings = {_reading(r) for r in rq}
    for i in sorted(t_gloss):
        if all(_reading(q) is not None and _reading(q) in r_readings for q in (tq[i], tq[i - 1])):
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


def _pair_restatements(
    tq: Sequence[Quantity],
    rq: Sequence[Quantity],
    t_gloss: set[int],
    r_gloss: set[int],
    t_used: dict[int, int],
    r_used: set[int],
    rates: Mapping[tuple[str, str], float] | None,
    tolerance: float,
) -> None:
    """Pair a restatement of one side (left out of the pairing, see :func:`_glosses`) with an
    equal value (of the same key) the other side left unpaired: "66 billion dollars (about 59
    billion euros)" against "a 66 billion dollar debt (about 59 billion euros)", where the second
    text's euros are no parenthesised restatement, is not a missing amount. Each restatement
    tries at most :data:`_TRIES` candidates of its key."""
    t_keys, r_keys = _key_list(tq), _key_list(rq)
    r_free = _free_by_key(r_keys, lambda n: n in r_used or n in r_gloss)
    for i in sorted(t_gloss):
        found = _take_agreeing(r_free.get(t_keys[i]), tq[i], rq, rates, tolerance, translation=True)
        if found is not None:
            t_used[i] = found
            r_used.add(found)
    t_free = _free_by_key(t_keys, lambda n: n in t_used or n in t_gloss)
    for j in sorted(r_gloss):
        found = _take_agreeing(t_free.get(r_keys[j]), rq[j], tq, rates, tolerance, translation=False)
        if found is not None:
            t_used[found] = j
            r_used.add(j)


def _free_by_key(keys: Sequence[str], taken: Callable[[int], bool]) -> dict[str, deque[int]]:
    """The indexes not ``taken``, by key, in order."""
    free: dict[str, deque[int]] = {}
    for n, key in enumerate(keys):
        if not taken(n):
            free.setdefault(key, deque()).append(n)
    return free


def _take_agreeing(
    cands: deque[int] | None,
    q: Quantity,
    others: Sequence[Quantity],
    rates: Mapping[tuple[str, str], float] | None,
    tolerance: float,
    *,
    translation: bool,
) -> int | None:
    """The first of (at most :data:`_TRIES` of) ``cands`` whose quantity of ``others`` agrees with
    ``q`` (a quantity of the translation when ``translation``), taken out of ``cands``."""
    if cands is None:
        return None
    for n in itertools.islice(cands, _TRIES):
        pair = (q, others[n]) if translation else (others[n], q)
        if _agree(*pair, rates, tolerance):
            cands.remove(n)
            return n
    return None


def _agree(t: Quantity, r: Quantity, rates: Mapping[tuple[str, str], float] | None, tolerance: float) -> bool:
    if _same_reading(t, r):
        return True
    v = _judge(t, r, rates=rates, tolerance=tolerance)
    return v is not None and v.severity is None


def _pair(
    t_read: _Read,
    r_read: _Read,
    tq: Sequence[Quantity],
    rq: Sequence[Quantity],
    t_idx: Sequence[int],
    r_idx: Sequence[int],
    rates: Mapping[tuple[str, str], float] | None,
    tolerance: float,
    reuse: bool,
) -> tuple[dict[tuple[int, int], _Verdict], dict[int, int], set[int]]:
    """Pair the quantities ``t_idx`` of ``tq`` with ``r_idx`` of ``rq`` one to one (with
    ``reuse``, a reference value may agree with several): the verdict of each pair judged in the
    cheapest-first matching (a pair of equal keys that agree has none), the reference index
    paired with each translation index, and the reference indexes used."""
    verdicts: dict[tuple[int, int], _Verdict] = {}  # of the pairs judged in the matching
    t_used: dict[int, int] = {}
    r_used: set[int] = set()
    if t_idx and r_idx:
        # Equal keys that agree pair first (what the full matching would pick first anyway), so
        # the cheapest-first matching below only sees what is left.
        # keys line up with the text's reading unless a split range was merged (rare)
        t_keys = t_read.key_list() if len(tq) == len(t_read.quantities) else _key_list(tq)
        r_keys = r_read.key_list() if len(rq) == len(r_read.quantities) else _key_list(rq)
        free = _FreeByKey(rq, r_keys, r_idx)
        taken: dict[str, list[int]] = {}  # with reuse: the reference indexes paired, by key
        for i in t_idx:
            key = t_keys[i]
            t = tq[i]
            # a free equal value first; with reuse, a repeated figure may agree with a used one
            found = free.take(t, key, rates, tolerance)
            if found is None and reuse:
                found = _first_agreeing(t, rq, taken.get(key, ()), rates, tolerance)
            if found is not None:
                j = found[0]  # an agreement: no verdict to keep
                t_used[i] = j
                r_used.add(j)
                if reuse:
                    taken.setdefault(key, []).append(j)
    t_left = [i for i in t_idx if i not in t_used]
    # with reuse, a used reference value may still be judged; without, the matching skips it
    r_left = r_idx if reuse else [j for j in r_idx if j not in r_used]
    for t_block, r_block in _blocks(t_left, r_left):
        # the cheapest pairs first (an agreement before a disagreement of the same cost)
        judged: dict[tuple[int, int], _Verdict] = {}
        cands: list[tuple[float, int, int]] = []
        for i in t_block:
            for j in r_block:
                if j in r_used and not reuse:
                    continue  # paired in an earlier block
                v = _judge(tq[i], rq[j], rates=rates, tolerance=tolerance)
                if v is not None:
                    judged[(i, j)] = v
                    cands.append((v.cost + (0.0 if v.severity is None else 0.001), i, j))
        cands.sort()
        for _cost, i, j in cands:
            if i in t_used or j in r_used:
                continue
            t_used[i] = j
            r_used.add(j)
            verdicts[(i, j)] = judged[(i, j)]
        if reuse:
            for _cost, i, j in cands:
                if i not in t_used and judged[(i, j)].severity is None:
                    t_used[i] = j
                    verdicts[(i, j)] = judged[(i, j)]
    return verdicts, t_used, r_used


class _FreeByKey:
    """The reference quantities not paired yet, by key and, within a key, by qualifier (a
    bound against the opposite bound is the one same-key pair that disagrees): each group in
    the text's order, so a quantity finds its equal in constant time, not by a scan."""

    __slots__ = ("_groups", "_rq")

    def __init__(self, rq: Sequence[Quantity], r_keys: Sequence[str], r_idx: Sequence[int]) -> None:
        self._rq = rq
        # key -> qualifier -> free indexes (dicts keep the order the qualifiers first came in)
        self._groups: dict[str, dict[str | None, deque[int]]] = {}
        for j in r_idx:
            self._groups.setdefault(r_keys[j], {}).setdefault(rq[j].qualifier, deque()).append(j)

    def take(
        self, t: Quantity, key: str, rates: Mapping[tuple[str, str], float] | None, tolerance: float
    ) -> tuple[int, _Verdict] | None:
        """The first free reference quantity of ``key`` that agrees with ``t``, and the verdict,
        taken out of the free ones; those with ``t``'s qualifier first, then the others. At most
        :data:`_TRIES` are judged per qualifier."""
        groups = self._groups.get(key)
        if groups is None:
            return None
        own = groups.get(t.qualifier)
        for group in itertools.chain((own,) if own else (), (g for g in groups.values() if g is not own)):
            found = _first_agreeing(t, self._rq, group, rates, tolerance)
            if found is not None:
                group.remove(found[0])  # among the first _TRIES: a bounded removal
                return found
        return None


def _first_agreeing(
    t: Quantity,
    rq: Sequence[Quantity],
    js: Iterable[int],
    rates: Mapping[tuple[str, str], float] | None,
    tolerance: float,
) -> tuple[int, _Verdict] | None:
    """The first of (at most :data:`_TRIES` of) ``js`` whose quantity agrees with ``t``, and the
    verdict."""
    for j in itertools.islice(js, _TRIES):
        r = rq[j]
        v = _AGREE if _same_reading(t, r) else _judge(t, r, rates=rates, tolerance=tolerance)
        if v is not None and v.severity is None:
            return j, v
    return None


def _blocks(t_left: Sequence[int], r_left: Sequence[int]) -> Iterator[tuple[Sequence[int], Sequence[int]]]:
    """The blocks of the cheapest-first matching: ``t_left`` against ``r_left`` in one while that
    stays within :data:`_FULL_MATCHING` judgements; else ``t_left`` by :data:`_BLOCK`, each
    against the :data:`_BLOCK` * 2 of ``r_left`` around the same share of it (a translation
    keeps its source's order, more or less), neighbouring blocks overlapping on the reference
    side. The judgements then grow with the length of the texts, not with its square."""
    if not t_left or not r_left:
        return
    if len(t_left) * len(r_left) <= _FULL_MATCHING:
        yield t_left, r_left
        return
    scale = len(r_left) / len(t_left)
    for k in range(0, len(t_left), _BLOCK):
        t_block = t_left[k : k + _BLOCK]
        centre = int((k + len(t_block) / 2) * scale)
        yield t_block, r_left[max(0, centre - _BLOCK) : centre + _BLOCK]


def _as_written(formatted: str, q: Quantity) -> str:
    """The formatted value, with the words it was read from when it was written in words
    (``12 people ("Twelve")``, ``50% (as a fraction) ("half")``): the formatted digits alone
    do not show where the text says it."""
    if not q.spelled or q.span.text.casefold() in formatted.casefold():
        return formatted
    return f'{formatted} ("{q.span.text}")'


def _unmarked(q: Quantity, own: str, other: _LazyOther) -> bool:
    """Whether a one-sided quantity goes unreported: part of a name, a type ("two-wheel"), a count
    that points back ("the two sides"), or rendered in ``other`` without its number."""
    return (
        name_like(q, own)
        or talks_name(q, own)
        or weak_one(q)
        or type_compound(q, own)
        or anaphoric(q, own, other.get())
        or rendered_without_number(q, other.get())
        or transliterated(q, own, other.get())
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
