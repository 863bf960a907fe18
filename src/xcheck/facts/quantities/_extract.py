"""Extraction: the scan over a text's trigger positions, the reader that dispatches each
match to its reader and turns the draft into a :class:`Quantity`, and the memo of what each
text reads (with its keys and formatted values once a comparison asks for them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from xcheck._cache import text_cache
from xcheck._types import Span
from xcheck.errors import OptionError
from xcheck.facts.quantities import _patterns as pat
from xcheck.facts.quantities._format import _fmt, _key_list, _key_of
from xcheck.facts.quantities._model import Quantity, _Draft, detect_lang
from xcheck.facts.quantities._read_dates import _DateReader
from xcheck.facts.quantities._read_words import _WordReader
from xcheck.facts.scores import score_spans
from xcheck.lexicon._numbers import COMMA_DECIMAL_LANGS


def extract_quantities(text: str, *, lang: str | None = None) -> tuple[Quantity, ...]:
    """Read every quantity in ``text``, in order, with exact spans.

    ``lang`` (``en``, ``zh``, ``ko``, ``de``, ...) selects the digit conventions: in ``de``,
    ``fr``, ``es`` and other comma-decimal languages ``272.000`` is 272000 and ``2,5`` is 2.5.
    Without ``lang`` the script decides (Hangul: ``ko``, Han: ``zh``, otherwise ``en``).
    Linear time in the length of the text.

    >>> [(q.span.text, q.value) for q in extract_quantities("Sales rose 2.1% to $3.5bn.")]
    [('2.1%', 2.1), ('$3.5bn', 3500000000.0)]
    """
    if not isinstance(text, str):
        msg = f"extract_quantities expects a str, not {type(text).__name__}"
        raise OptionError(msg)
    return _read(text, lang).quantities


#: The largest magnitude read as a quantity, before and after its unit's factor: larger ones
#: (a chain of scale words such as "hundred hundred hundred ...", numerals of 亿亿亿...) state no
#: figure a news text means, and reading them would overflow the float arithmetic of the
#: comparison. Left unread, they are unread on both sides of a pair alike.
MAX_MAGNITUDE = 1e60

#: Texts up to this length are memoised (see :func:`clear_cache`): a pipeline reads each
#: sentence and statement once for alignment and again for every pair it is checked in.
_CACHE_MAX_CHARS = 2000


class _Read:
    """The quantities of one text, with their keys and formatted values once a comparison
    asked for them (filled lazily: extraction alone never pays for them)."""

    __slots__ = ("fmts", "keys", "quantities")

    def __init__(self, quantities: tuple[Quantity, ...]) -> None:
        self.quantities = quantities
        self.keys: list[str] | None = None
        self.fmts: list[str | None] | None = None

    def key_list(self) -> list[str]:
        if self.keys is None:
            self.keys = _key_list(self.quantities)
        return self.keys


def reading_lang(text: str, lang: str | None) -> str:
    """The language a text is read under: the base code of ``lang`` (``de`` for ``de-AT``), or the
    one its script tells when ``lang`` is ``None``. One text read under ``None`` and under the code
    its script gives is one reading, so every stage that asks shares it."""
    if lang:
        return lang.split("-")[0].lower()
    return detect_lang(text if text.isascii() else text.translate(pat.FOLD))


def _read(text: str, lang: str | None) -> _Read:
    language = reading_lang(text, lang)
    if len(text) > _CACHE_MAX_CHARS:
        return _Read(_extract(text, language))
    return _read_cached(text, language)


@text_cache()
def _read_cached(text: str, language: str) -> _Read:
    return _Read(_extract(text, language))


def clear_cache() -> None:
    """Forget memoised extractions, keys and formatted values (all derived from the text
    alone, so this only frees memory; the speed benchmark calls it to measure cold runs)."""
    _read_cached.cache_clear()
    _key_of.cache_clear()
    _fmt.cache_clear()


def _extract(text: str, language: str) -> tuple[Quantity, ...]:
    """Read every quantity of ``text`` under ``language`` (see :func:`reading_lang`)."""
    folded = text if text.isascii() else text.translate(pat.FOLD)
    masters = pat.MASTER_COMMA if language in COMMA_DECIMAL_LANGS else pat.MASTER_DOT
    reader = _Reader(text, folded, language)
    out: list[Quantity] = []
    pos = 0  # where the next trigger may start
    taken = 0  # the end of the last quantity read: the next one may not start before it
    read_num, finish = reader._read_num, reader.finish
    match_num = masters["0num_ascii" if reader.ascii else "0num"].match
    match_digits, match_cjk = masters["0"].match, masters["c"].match
    match_word = pat.match_word
    # Every trigger matches one character and looks ahead, so the scan's matches are every
    # position where a quantity may start; those inside what was read (the 500 of 28,500) are
    # skipped. The trigger is at start + 1 in the padded text, at start in the text.
    trigger = pat.TRIGGER_ASCII if reader.ascii else pat.TRIGGER
    for tm in trigger.finditer(" " + folded):
        start = tm.start()
        if start < pos:
            continue
        pos = start + 1
        ch = folded[start]
        if "0" <= ch <= "9":
            m = match_num(folded, start) or match_digits(folded, start)
        else:
            m = match_cjk(folded, start) if ch >= "\u3000" else match_word(folded, start)
        if m is None:
            continue
        kind = m.lastgroup
        if kind == "num":
            draft = read_num(m)
        elif kind == "url" or kind is None:
            draft = _Draft(m.start(), m.end(), None, dimension="skip")
        else:
            draft = _READERS[kind](reader, m)
        if draft is None:
            pos = max(pos, m.end())  # what the reader rejected is not read again from inside
            continue
        if draft.start < taken:
            draft.start = taken
        taken = draft.end
        if pos < taken:
            pos = taken
        q = finish(draft)
        if q is not None:
            out.append(q)
    if len(out) > 1:
        out = _without_scores(out, text)
    return _day_lists(out, text) if len(out) > 1 else tuple(out)


def _without_scores(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` less the numbers of a match score ("a 3-1 win", 3比1获胜): a score is compared as
    one (:mod:`xcheck.facts.scores`), not as two counts."""
    spans = score_spans(text)
    if not spans:
        return found
    return [q for q in found if not any(a <= q.span.start and q.span.end <= b for a, b in spans)]


#: What joins the days of one month: "10th to 12th September", "the 10th to the 12th of
#: September", "3 and 4 June", "May 7 - 9".
_DAY_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through|and|&|,|or)\s*(?:the\s+)?", re.IGNORECASE)


def _lone_day(q: Quantity) -> int | None:
    """The day of the month a bare number or day-only date may be (1-31), or None."""
    if q.dimension == "date" and q.date is not None and q.date[:2] == (None, None):
        return q.date[2]
    if q.dimension not in ("count", "ordinal") or q.unit or q.qualifier or q.high is not None:
        return None
    v = q.value
    return int(v) if v is not None and v == int(v) and 1 <= v <= 31 else None


def _day_lists(out: list[Quantity], text: str) -> tuple[Quantity, ...]:
    """A day joined to a date of the same month is a date of that month: "from 10th to 12th
    September 2021" reads 10 September 2021 and 12 September 2021, "May 7 and 9" 7 and 9 May."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not _DAY_JOIN.fullmatch(text, a.span.end, b.span.start):
            continue
        for day_q, full in ((a, b), (b, a)):
            day = _lone_day(day_q)
            if day is None or full.dimension != "date" or full.date is None:
                continue
            year, month, full_day = full.date
            if month is None or full_day is None or (day < full_day) != (day_q is a):
                continue
            i_day = i if day_q is a else i + 1
            out[i_day] = Quantity(
                day_q.span, None, dimension="date", date=(year, month, day), spelled=day_q.spelled
            )
    return tuple(out)


def _precision(dec: Decimal) -> float:
    """The size of the last significant digit: 29000 -> 1000, 1.52 -> 0.01, 0 -> 1."""
    if not dec:
        return 1.0
    s = str(dec)
    if len(s) > 24 or "E" in s:
        # exponent notation or many digits: let Decimal normalise (it rounds to 28 digits)
        return _ten_to(int(dec.normalize().as_tuple().exponent))
    # the same exponent, read from the plain digits: trailing zeros of the fraction do not
    # count, and a whole number's trailing zeros do
    point = s.find(".")
    if point >= 0:
        frac = s[point + 1 :].rstrip("0")
        if frac:
            return _ten_to(-len(frac))
        s = s[:point]
    return _ten_to(len(s) - len(s.rstrip("0")))


#: The powers of ten a precision takes, made once: a text of many numbers shares these floats
#: instead of holding one of its own per quantity.
_POWERS_OF_TEN = {k: 10.0**k for k in range(-40, 61)}


def _ten_to(k: int) -> float:
    found = _POWERS_OF_TEN.get(k)
    return 10.0**k if found is None else found


class _Reader(_WordReader, _DateReader):
    """Reads one quantity from a master-regex match, then attaches prefixes and suffixes.

    The readers of each kind come from the bases (dates from :class:`_DateReader`; digits,
    words and the number pipeline from :class:`_WordReader` and its bases); this class
    dispatches to them and turns a finished draft into a :class:`Quantity`."""

    def read(self, m: re.Match[str]) -> _Draft | None:
        kind = m.lastgroup
        if kind == "url" or kind is None:
            return _Draft(m.start(), m.end(), None, dimension="skip")
        if kind == "num":
            return self._read_num(m)
        handler = getattr(self, "_read_" + kind)
        result: _Draft | None = handler(m)
        return result

    def finish(self, d: _Draft) -> Quantity | None:
        dim = d.dimension
        if dim == "skip":
            return None
        start, end = d.start, d.end
        # positional arguments in the field order of Quantity (cheaper than keywords here)
        if dim in ("date", "time", "year"):
            span = Span(start, end, self.text[start:end])
            q = d.qualifier
            return Quantity(
                span, None, None, d.unit, dim, q, d.date, d.time, d.period, None, None, d.spelled, d.weekday
            )
        dec = d.dec
        if dec is None:
            return None
        if d.negative:
            dec = -dec
        high = d.high
        factor = d.factor
        if abs(dec) > MAX_MAGNITUDE or (high is not None and abs(high) > MAX_MAGNITUDE):
            return None  # no news figure: an overflowing chain of scale words or numerals
        if dim == "temperature":
            value, hv = _to_base(dec, d), (_to_base(high, d) if high is not None else None)
            prec = _precision(dec) * abs(factor)
            if d.written_unit == "degF":
                prec = prec * 5 / 9
        elif factor == 1.0:
            value, hv = float(dec), (float(high) if high is not None else None)
            prec = _precision(dec)
        else:
            value, hv = float(dec) * factor, (float(high) * factor if high is not None else None)
            prec = _precision(dec) * abs(factor)
        if not (abs(value) <= MAX_MAGNITUDE and (hv is None or abs(hv) <= MAX_MAGNITUDE)):
            return None  # no news figure: an overflowing chain of scale words or numerals
        unit = d.noun if dim == "count" and d.noun else d.unit
        span = Span(start, end, self.text[start:end])
        q, wu = d.qualifier, d.written_unit
        return Quantity(span, value, hv, unit, dim, q, d.date, None, d.period, prec, wu, d.spelled)


#: The reader of each named group of the master patterns but ``num`` and ``url`` (which
#: :func:`_extract` handles itself), as :meth:`_Reader.read` dispatches them.
_READERS: dict[str, Callable[[_Reader, re.Match[str]], _Draft | None]] = {
    kind: getattr(_Reader, "_read_" + kind) for kind in pat.MASTER_KINDS if kind not in ("num", "url")
}


def _to_base(dec: Decimal, d: _Draft) -> float:
    if d.dimension == "temperature":
        if d.written_unit == "degF":
            return float((dec - 32) * 5 / 9)
        if d.written_unit == "K":
            return float(dec - Decimal("273.15"))
        return float(dec)
    if d.factor != 1.0:
        return float(dec) * d.factor
    return float(dec)
