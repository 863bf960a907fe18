"""The quantity engine: read every way news writes a number, then compare numbers by value.

Three steps, each usable on its own:

* :func:`extract_quantities` reads numbers, money, percentages, percentage points, multipliers,
  units, ranges, qualifiers, dates, clock times, quarters and years from English, Chinese and
  Korean text (German number conventions with ``lang="de"``), each with an exact span.
* :func:`normalise` / :attr:`Quantity.key` give a language-independent anchor: ``28,500``,
  ``2.85万`` and ``2만8천500`` have the same key.
* :func:`compare_quantities` pairs the quantities of a translation with those of a reference
  one to one and reports changed, missing and added values as
  :class:`~xcheck._types.Discrepancy` objects with a message a person understands.

>>> [q.key for q in extract_quantities("about 28,500 troops; 2.85万人; 2만8천500명")]
['n:28500', 'n:28500', 'n:28500']
>>> [d.message for d in compare_quantities("about 29,000 troops", "28,500 troops")]
['expected 28,500 troops, found about 29,000 troops: rounding drift of 1.75%']

The rules (tolerances, qualifiers, severities) are documented in ``docs/quantities.md``.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation

import attrs

from xcheck._types import Discrepancy, FindingKind, Severity, Span
from xcheck.errors import OptionError
from xcheck.facts.quantities import _patterns as pat
from xcheck.lexicon._calendar import MERIDIEM_CJK, MONTH_NAMES, MONTHS
from xcheck.lexicon._money import CURRENCY_AFTER, CURRENCY_BEFORE
from xcheck.lexicon._numbers import (
    COMMA_DECIMAL_LANGS,
    CURRENCY_ONLY_SCALES,
    FRACTIONS,
    MULTIPLIER_WORDS,
    ORDINALS,
    SCALE_WORDS,
    parse_cjk_composite,
    parse_english_words,
)
from xcheck.lexicon._qualifiers import POST_QUALIFIERS, QUALIFIERS_BEFORE
from xcheck.lexicon._units import (
    ATTACHED_ONLY_UNITS,
    DAY,
    NOT_NOUNS,
    PERCENT_WORDS,
    PERSON_COUNTERS,
    UNITS,
    YEAR,
)

__all__ = [
    "DIMENSIONS",
    "Quantity",
    "clear_cache",
    "compare_quantities",
    "detect_lang",
    "extract_quantities",
    "format_value",
    "normalise",
]

#: Every value :attr:`Quantity.dimension` can take.
DIMENSIONS: tuple[str, ...] = (
    "count",
    "currency",
    "percent",
    "points",
    "multiplier",
    "length",
    "mass",
    "temperature",
    "energy",
    "power",
    "speed",
    "capacity",
    "node",
    "duration",
    "area",
    "volume",
    "ordinal",
    "fraction",
    "date",
    "time",
    "year",
)

_BASE_UNITS: dict[str, str] = {
    "length": "m",
    "mass": "kg",
    "temperature": "degC",
    "energy": "Wh",
    "power": "W",
    "speed": "km/h",
    "capacity": "mAh",
    "node": "nm",
    "duration": "s",
    "area": "m2",
    "volume": "l",
}

DateTuple = tuple[int | None, int | None, int | None]


@attrs.frozen(cache_hash=True)
class Quantity:
    """One quantity read from a text.

    ``span`` is exact (``text[span.start:span.end] == span.text``) and covers the qualifier,
    currency, scale and unit words read with the number. ``value`` is the magnitude in the base
    unit of the dimension (``1.52e12`` for "1.52 trillion won", ``28500`` for "2만8천500명",
    seconds for durations, °C for temperatures); ``None`` for dates, years and clock times.
    ``high`` is the upper end of a range. ``unit`` is an ISO currency code (``"CNY|JPY"`` for an
    unresolved ¥), ``"%"``, ``"pp"``, ``"x"``, the base unit of a physical dimension, a counted
    noun lemma (``"troop"``) or, for a clock time, its time zone. ``qualifier`` is ``"approx"``,
    ``"gt"``, ``"ge"``, ``"lt"`` or ``"le"``. ``date`` is ``(year, month, day)`` with ``None``
    for what the text does not say; ``time`` is ``(hour, minute)`` on a 24-hour clock;
    ``period`` names a part of a year (``"Q3"``, ``"H1"``, ``"FY"``, ``"decade"``).
    ``precision`` is the size of the last significant written digit in the base unit (1000 for
    "29,000", 1e10 for "1.52 trillion"): the rounding the writer may have done.
    ``written_unit`` is the unit as written (``"GWh"``, ``"mi"``), for messages.
    ``spelled`` is true for numbers written as words ("four", "first").

    >>> q = extract_quantities("approximately 1.52 trillion Korean won")[0]
    >>> (q.value, q.unit, q.dimension, q.qualifier, q.span.text)
    (1520000000000.0, 'KRW', 'currency', 'approx', 'approximately 1.52 trillion Korean won')
    """

    span: Span
    value: float | None
    high: float | None = None
    unit: str | None = None
    dimension: str = "count"
    qualifier: str | None = None
    date: DateTuple | None = None
    time: tuple[int, int] | None = None
    period: str | None = None
    precision: float | None = None
    written_unit: str | None = None
    spelled: bool = False

    @property
    def key(self) -> str:
        """A language-independent anchor, equal for the same value in any surface form.

        Qualifiers, counted nouns and written units do not enter the key: "about 28,500
        troops", "28,500" and "2만8천500명" share ``n:28500``; "half" and "50%" share ``%:50``.

        >>> extract_quantities("2.85万")[0].key == extract_quantities("28,500")[0].key
        True
        """
        return _key_of(self)


# =========================================================================== language


def detect_lang(text: str) -> str:
    """Guess ``ko``, ``ja``, ``zh`` or ``en`` from the script of ``text`` (Hangul, kana, Han).

    >>> [detect_lang(t) for t in ("28,500 troops", "2.85万人", "2만8천500명")]
    ['en', 'zh', 'ko']
    """
    if text.isascii() or not pat.CJK_ANY.search(text):
        return "en"
    if pat.HANGUL.search(text):
        return "ko"
    if pat.KANA.search(text):
        return "ja"
    if pat.HAN.search(text):
        return "zh"
    return "en"


# =========================================================================== extraction


@attrs.define
class _Draft:
    """A quantity being read: mutable while suffixes and prefixes attach."""

    start: int
    end: int
    dec: Decimal | None
    high: Decimal | None = None
    dimension: str = "count"
    unit: str | None = None
    written_unit: str | None = None
    factor: float = 1.0
    qualifier: str | None = None
    date: DateTuple | None = None
    time: tuple[int, int] | None = None
    period: str | None = None
    spelled: bool = False
    scaled: bool = False
    plain_digits: bool = False
    negative: bool = False
    noun: str | None = None


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


def _key_list(qs: Sequence[Quantity]) -> list[str]:
    """The keys of ``qs`` (:func:`normalise`), in order."""
    return [normalise(q) for q in qs]


def _read(text: str, lang: str | None) -> _Read:
    if len(text) > _CACHE_MAX_CHARS:
        return _Read(_extract(text, lang))
    return _read_cached(text, lang)


@functools.lru_cache(maxsize=8192)
def _read_cached(text: str, lang: str | None) -> _Read:
    return _Read(_extract(text, lang))


def clear_cache() -> None:
    """Forget memoised extractions, keys and formatted values (all derived from the text
    alone, so this only frees memory; the speed benchmark calls it to measure cold runs)."""
    _read_cached.cache_clear()
    _key_of.cache_clear()
    _fmt.cache_clear()


def _extract(text: str, lang: str | None) -> tuple[Quantity, ...]:
    folded = text if text.isascii() else text.translate(pat.FOLD)
    language = (lang or detect_lang(folded)).lower()
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
    return tuple(out)


def _match_digits(masters: dict[str, re.Pattern[str]], t: str, pos: int) -> re.Match[str] | None:
    """The digit master's match at ``pos``, through its cheap plain-number form when it can."""
    return masters["0num"].match(t, pos) or masters["0"].match(t, pos)


def _script(ch: str) -> str:
    if ch.isdigit():
        return "0"
    return "c" if ch >= "\u3000" else "a"


def _strip_number(surface: str, comma_decimal: bool) -> Decimal | None:
    s = surface.replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "").replace(" ", "")
    s = s.replace(".", "").replace(",", ".") if comma_decimal else s.replace(",", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _precision(dec: Decimal) -> float:
    """The size of the last significant digit: 29000 -> 1000, 1.52 -> 0.01, 0 -> 1."""
    if not dec:
        return 1.0
    s = str(dec)
    if len(s) > 24 or "E" in s:
        # exponent notation or many digits: let Decimal normalise (it rounds to 28 digits)
        return 10.0 ** int(dec.normalize().as_tuple().exponent)
    # the same exponent, read from the plain digits: trailing zeros of the fraction do not
    # count, and a whole number's trailing zeros do
    point = s.find(".")
    if point >= 0:
        frac = s[point + 1 :].rstrip("0")
        if frac:
            return 10.0 ** -len(frac)
        s = s[:point]
    return 10.0 ** (len(s) - len(s.rstrip("0")))


_OPENERS = "([{\"'“‘«—–-"
#: First characters of pat.ORD_SUFFIX (2nd, 21st) and pat.DECADE_SUFFIX (1990s, 1990's).
_ORD_FIRST = frozenset("snrt")
_DECADE_FIRST = frozenset("'s")
_YEAR_MARK = re.compile(r"[ ]?[年년](?!간|대)")
#: What may follow a number with nothing more to read: the end of the text (``""``) or a
#: character no counter, year mark, counted noun or unit can start with (a test checks it).
_ENDS_A_NUMBER = pat.STOP_AFTER_NUMBER | {""}
_IRREGULAR_PLURALS = frozenset(
    "people men women children police personnel staff cattle feet teeth mice geese".split()
)
#: Digit runs longer than this are identifiers (account numbers, hashes), not quantities.
_MAX_DIGITS = 30
_ARTICLE_BEFORE = re.compile(r"(?<![A-Za-z])(?:[Aa]n?|[Oo]ne)[ -]{1,2}$")
_CJK_SCALE_CHARS = "万萬亿億兆千仟百佰十조억만천백십"
_SINGLE_CN_OK = frozenset("个個人名位年月日天岁歲倍次家架艘辆輛座所项項件万萬亿億%元")
_CN_CURRENCY_FIRST = frozenset(k[0] for k in CURRENCY_AFTER if not k[0].isascii())
_CN_RANGE_SEPS = frozenset("至到～~")
_CN_NUMERAL_CHARS = frozenset("零〇一二两兩三四五六七八九十百千")
_CN_STOP_AFTER = frozenset("些样樣起直定切下般度旦再致向共边邊点點时時会會方面心同部律体體")


class _Reader:
    """Reads one quantity from a master-regex match, then attaches prefixes and suffixes."""

    def __init__(self, text: str, folded: str, lang: str) -> None:
        self.text = text
        self.t = folded
        self.lang = lang
        self.comma_decimal = lang in COMMA_DECIMAL_LANGS
        self.ascii = folded.isascii()

    # ------------------------------------------------------------------ dispatch
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
            return Quantity(span, None, None, d.unit, dim, q, d.date, d.time, d.period, None, None, d.spelled)
        dec = d.dec
        if dec is None:
            return None
        if d.negative:
            dec = -dec
        high = d.high
        factor = d.factor
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
        unit = d.noun if dim == "count" and d.noun else d.unit
        span = Span(start, end, self.text[start:end])
        q, wu = d.qualifier, d.written_unit
        return Quantity(span, value, hv, unit, dim, q, d.date, None, d.period, prec, wu, d.spelled)

    # ------------------------------------------------------------------ dates and times
    def _date_prefix(self, d: _Draft) -> _Draft:
        w = self.t[max(0, d.start - 16) : d.start]
        tail = w.rstrip(" \u00a0-")
        if tail[tail.rfind(" ") + 1 :].lower() not in pat.DATE_QUALIFIER_LAST:
            return d
        m = pat.DATE_QUALIFIER_PREFIX.search(w)
        if m:
            d.qualifier = "approx"
            d.start -= len(w) - m.start("q")
        return d

    def _read_iso(self, m: re.Match[str]) -> _Draft | None:
        y, mo, da = int(m["iy"]), int(m["im"]), int(m["id"])
        if not (1 <= mo <= 12 and 1 <= da <= 31):
            return _Draft(m.start(), m.end(), None, dimension="skip")
        return _Draft(m.start(), m.end(), None, dimension="date", date=(y, mo, da))

    def _read_dmy(self, m: re.Match[str]) -> _Draft | None:
        a, b, y = int(m["da"]), int(m["db"]), int(m["dy"])
        if m["dsep"] == "/" and self.lang == "en" and a <= 12:
            a, b = b, a
        if not (1 <= b <= 12 and 1 <= a <= 31):
            return _Draft(m.start(), m.end(), None, dimension="skip")
        return _Draft(m.start(), m.end(), None, dimension="date", date=(y, b, a))

    def _read_cjkdate(self, m: re.Match[str]) -> _Draft | None:
        mo = int(m["cm"])
        if not 1 <= mo <= 12:
            return None
        y = int(m["cy"]) if m["cy"] else None
        da = int(m["cd"]) if m["cd"] else None
        d = _Draft(m.start(), m.end(), None, dimension="date", date=(y, mo, da))
        return self._date_prefix(d)

    def _read_endate(self, m: re.Match[str]) -> _Draft | None:
        m1, m2, m3, m4, d1, d2, y1, y2, y3, wd = m.group(
            "m1", "m2", "m3", "m4", "d1", "d2", "y1", "y2", "y3", "wd"
        )
        month_word = m1 or m2 or m3 or m4
        month = MONTHS[month_word.lower()]
        day_s = d1 or d2
        year_s = y1 or y2 or y3
        start, end = m.span()
        if m4 is not None:
            # A month name alone: "May" needs a preposition before it (the verb "may").
            if wd:
                return None
            before = self.t[max(0, start - 12) : start]
            if month_word in ("May", "Mai") and not pat.MAY_PREFIX.search(before):
                return None
            if month_word in ("Mar", "Jan", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"):
                return None
        day = int(day_s) if day_s else None
        if day is not None and not 1 <= day <= 31:
            return None
        year = int(year_s) if year_s else None
        full_name = len(month_word) > 4 or month_word in ("May", "June", "July", "Mai", "Juni", "Juli")
        if self.t[end - 1] == "." and not year_s and not (d1 and not m2) and full_name:
            end -= 1  # the period after "June." ends the sentence; after "Sept." it is the word's
        d = _Draft(start, end, None, dimension="date", date=(year, month, day))
        return self._date_prefix(d)

    def _read_qtr(self, m: re.Match[str]) -> _Draft | None:
        year: int | None = None
        if m["qq"]:
            period = m["qq"]
            year = int(m["qy"]) if m["qy"] else None
        elif m["qw"]:
            n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m["qw"].lower())
            if n is None:
                n = int(m["qw"][0])
            period = ("Q" if m["qk"].lower() == "quarter" else "H") + str(n)
            if period[0] == "H" and n > 2:
                return None
            year = int(m["qy2"]) if m["qy2"] else None
        elif m["fyy"]:
            period = "FY"
            year = int(m["fyy"]) + (2000 if len(m["fyy"]) == 2 else 0)
        elif m["nq"]:
            period = "Q" + m["nq"]
            year = int(m["nqy"]) if m["nqy"] else None
        elif m["kq"]:
            period = "Q" + m["kq"]
        else:
            zq = m["zq"]
            period = "Q" + str("一二三四".index(zq) + 1 if zq in "一二三四" else int(zq))
        return _Draft(m.start(), m.end(), None, dimension="date", date=(year, None, None), period=period)

    def _read_time(self, m: re.Match[str]) -> _Draft | None:
        meridiem: str | None = None
        if m["th"] is not None:
            hour, minute = int(m["th"]), int(m["tm"] or 0)
            meridiem = "pm" if m["ap"].lower().startswith("p") else "am"
        elif m["th2"] is not None:
            hour, minute = int(m["th2"]), int(m["tm2"])
        elif m["kh"] is not None:
            hour, minute = int(m["kh"]), int(m["kmin"] or 0)
            meridiem = MERIDIEM_CJK.get(m["kap"] or "")
        else:
            hour, minute = int(m["zh"]), int(m["zmin"] or 0)
            meridiem = MERIDIEM_CJK.get(m["zap"] or "")
        if minute > 59 or hour > 24 or (meridiem and not 1 <= hour <= 12):
            return None
        if meridiem == "pm" and hour < 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
        d = _Draft(m.start(), m.end(), None, dimension="time", time=(hour % 24, minute))
        tz = pat.TZ_SUFFIX.match(self.t, d.end)
        if tz:
            d.unit = tz["tz"]
            d.end = tz.end()
            if self.t[tz.start() : tz.end()].count("(") != self.t[tz.start() : tz.end()].count(")"):
                d.end = tz.end("tz")
        return d

    def _read_noon(self, m: re.Match[str]) -> _Draft | None:
        hour = 0 if m["nw"].lower() == "midnight" else 12
        return _Draft(m.start(), m.end(), None, dimension="time", time=(hour, 0))

    # ------------------------------------------------------------------ numbers
    def _read_num(self, m: re.Match[str]) -> _Draft | None:
        surface = m.group("num")
        if len(surface) > _MAX_DIGITS:
            return _Draft(m.start(), m.end(), None, dimension="skip")
        if surface.isdigit():
            # the common case: a plain digit run (nothing for _strip_number to remove)
            d = _Draft(m.start(), m.end(), Decimal(surface), plain_digits=True)
            return self._number(d)
        if surface.isascii() and " " not in surface:
            # digits with separators and a decimal mark only (what _strip_number would do;
            # without spaces, dropping the marks leaves digits: not scaled)
            if self.comma_decimal:
                digits = surface.replace(".", "").replace(",", ".")
            else:
                digits = surface.replace(",", "")
            try:
                plain = Decimal(digits)
            except InvalidOperation:
                return None
            return self._number(_Draft(m.start(), m.end(), plain))
        if not surface.isascii() and any(c in surface for c in _CJK_SCALE_CHARS):
            dec = parse_cjk_composite(surface)
        else:
            dec = _strip_number(surface, self.comma_decimal)
        if dec is None:
            return None
        d = _Draft(m.start(), m.end(), dec)
        d.scaled = not surface.replace(",", "").replace(".", "").isdigit()
        return self._number(d)

    def _read_cn(self, m: re.Match[str]) -> _Draft | None:
        surface = m.group("cn")
        nxt = self.t[m.end() : m.end() + 1]
        # a lone numeral character (or 十/百/千 alone) is a number only before a counter, a
        # currency word (二美元, 十英镑) or after 百分之 (百分之九); elsewhere it is part of a word
        ok_after = (
            bool(nxt)
            and (
                nxt in _SINGLE_CN_OK
                or (nxt in _CN_CURRENCY_FIRST and self._cn_currency_after(m.end()))
                # the first end of a range of numerals: 二至四名, 三到五个
                or (nxt in _CN_RANGE_SEPS and self.t[m.end() + 1 : m.end() + 2] in _CN_NUMERAL_CHARS)
            )
        )
        lone = len(surface) == 1 or not any(c in surface for c in "零〇一二两兩三四五六七八九")
        if lone and not ok_after and not pat.PERCENT_PREFIX.search(self.t[max(0, m.start() - 3) : m.start()]):
            return None
        if nxt and nxt in _CN_STOP_AFTER:
            return None
        before = self.t[max(0, m.start() - 1) : m.start()]
        if before in ("统", "統", "唯", "万", "萬", "之") and not pat.PERCENT_PREFIX.search(
            self.t[max(0, m.start() - 3) : m.start()]
        ):
            return None
        dec = parse_cjk_composite(surface)
        if dec is None:
            return None
        if nxt == "月" and 1 <= dec <= 12 and dec == int(dec):
            return _Draft(m.start(), m.end() + 1, None, dimension="date", date=(None, int(dec), None))
        d = _Draft(m.start(), m.end(), dec, spelled=True)
        return self._number(d)

    def _cn_currency_after(self, pos: int) -> bool:
        c = pat.CURRENCY_SUFFIX.match(self.t, pos)
        return c is not None and not c["cur"].isascii()

    def _read_words(self, m: re.Match[str]) -> _Draft | None:
        surface = m.group("words")
        dec = parse_english_words(surface)
        if dec is None:
            return None
        d = _Draft(m.start(), m.end(), dec, spelled=True)
        if surface.split()[0].lower() in ("hundred", "thousand", "million", "billion", "dozen"):
            article = _ARTICLE_BEFORE.search(self.t, max(0, d.start - 4), d.start)
            if article:
                d.start = article.start()
        return self._number(d)

    def _read_dewords(self, m: re.Match[str]) -> _Draft | None:
        if self.lang != "de":
            return None
        return self._read_words_generic(m, m.group("dewords"))

    def _read_deord(self, m: re.Match[str]) -> _Draft | None:
        if self.lang != "de":
            return None
        stems = ("erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "", "neunt", "zehnt")
        n = stems.index(m["dst"].lower()) + 1
        return _Draft(m.start(), m.end(), Decimal(n), dimension="ordinal", spelled=True)

    def _read_words_generic(self, m: re.Match[str], surface: str) -> _Draft | None:
        dec = parse_english_words(surface)
        if dec is None:
            return None
        return self._number(_Draft(m.start(), m.end(), dec, spelled=True))

    def _read_ordw(self, m: re.Match[str]) -> _Draft | None:
        surface = m.group("ordw")
        if surface[0].isupper() and not _sentence_start(self.t, m.start()):
            return None  # "America First", "First Lady": part of a name
        words = surface.lower().replace("-", " ").split()
        article = _ARTICLE_BEFORE.search(self.t, max(0, m.start() - 5), m.start())
        if article and len(words) == 1 and words[0] in FRACTIONS:
            after = self.t[m.end() : m.end() + 6]
            if re.match(r"(?:[ ]{1,2}of\b|[ ]*[,.;:)]|[ ]*$)", after):
                den = Decimal(FRACTIONS[words[0]])
                return _Draft(article.start(), m.end(), 1 / den, dimension="fraction", spelled=True)
        n = ORDINALS[words[-1]]
        if len(words) == 2:
            base = parse_english_words(words[0])
            n += int(base or 0)
        return _Draft(m.start(), m.end(), Decimal(n), dimension="ordinal", spelled=True)

    def _read_frac(self, m: re.Match[str]) -> _Draft | None:
        if m["half"]:
            after = self.t[m.end() : m.end() + 40]
            scale = re.match(r"[ ]{1,2}an?[ ]{1,2}(million|billion|trillion|thousand|dozen)\b", after, re.I)
            if scale:
                dec = (
                    Decimal(1)
                    / 2
                    * {"million": 10**6, "billion": 10**9, "trillion": 10**12, "thousand": 1000, "dozen": 12}[
                        scale[1].lower()
                    ]
                )
                d = _Draft(m.start(), m.end() + scale.end(), dec, spelled=True)
                return self._number(d)
            mult = re.match(r"[ ]{1,2}as[ ]{1,2}(?:much|many|large|big|high)\b", after, re.I)
            if mult:
                return _Draft(
                    m.start(),
                    m.end() + mult.end(),
                    Decimal("0.5"),
                    dimension="multiplier",
                    unit="x",
                    spelled=True,
                )
            return _Draft(m.start(), m.end(), Decimal("0.5"), dimension="fraction", spelled=True)
        num_word = m["fnum"].lower()
        den = FRACTIONS[m["fden"].lower()]
        if num_word in ("a", "an", "one"):
            after = self.t[m.end() : m.end() + 6]
            if not re.match(r"(?:[ ]{1,2}of\b|[ ]*[,.;:)]|[ ]*$)", after):
                return None
            num = 1
        else:
            num = int(parse_english_words(num_word) or 0)
        if num <= 0 or den <= 1 or num >= den:
            return None
        return _Draft(m.start(), m.end(), Decimal(num) / Decimal(den), dimension="fraction", spelled=True)

    def _read_mult(self, m: re.Match[str]) -> _Draft | None:
        if m["mw"]:
            n = MULTIPLIER_WORDS[m["mw"].lower()]
        else:
            dec = parse_english_words(m["fold"])
            if dec is None:
                return None
            n = int(dec)
        return _Draft(m.start(), m.end(), Decimal(n), dimension="multiplier", unit="x", spelled=True)

    # ------------------------------------------------------------------ number pipeline
    def _number(self, d: _Draft, *, prefixes: bool = True, ranges: bool = True) -> _Draft | None:
        t = self.t
        core_start, core_end = d.start, d.end
        if prefixes:
            self._prefixes(d)
        if d.dimension == "ordinal":
            return d
        # ordinal digits, decades
        if d.plain_digits:
            nxt = t[d.end : d.end + 1]
            o = pat.ORD_SUFFIX.match(t, d.end) if nxt in _ORD_FIRST else None
            if o:
                d.end = o.end()
                d.dimension = "ordinal"
                return d
            if d.dec is not None and core_end - core_start == 4 and nxt in _DECADE_FIRST:
                dd = pat.DECADE_SUFFIX.match(t, d.end)
                if dd and 1000 <= d.dec <= 2199 and d.dec % 10 == 0:
                    d.end = dd.end()
                    d.dimension = "year"
                    d.date = (int(d.dec), None, None)
                    d.period = "decade"
                    return d
        if (
            self.lang == "de"
            and d.plain_digits
            and d.dec is not None
            and d.dec < 1000
            and re.match(r"\.[ ]{1,2}[A-ZÄÖÜ]", t[d.end : d.end + 4])
        ):
            d.end += 1  # "Die 98. Weltmeisterschaften": a German ordinal
            d.dimension = "ordinal"
            return d
        # Each suffix reader runs only when the next word or character can start it
        # (see pat.WORD_FAMILIES): most numbers need one or two regex calls, not ten.
        suffix_at = d.end
        fams = self._families(suffix_at)
        if not fams:
            # the common case: a number before punctuation or an ordinary word (the suffix
            # readers below would do nothing but place an ambiguous ¥)
            if d.dimension == "currency" and d.unit == "CNY|JPY" and self._may_have_suffix(suffix_at):
                d.unit = self._resolve_yen(d)
            if self._year(d, core_start, core_end):
                return d
            self._noun(d)
            nxt = t[core_end : core_end + 1]
            if d.end == core_end and nxt.isascii() and nxt.isalpha():
                return None
            return d
        # CJK "more than" marks: 2만여, 2万多, 300余
        if "cjk" in fams:
            p = pat.CJK_PLUS.match(t, d.end)
            if p and (d.scaled or self.lang in ("zh", "ko", "ja")):
                d.end = p.end()
                d.qualifier = d.qualifier or "gt"
        # scale words
        if "scale" in fams and d.dec is not None:
            s = pat.SCALE_SUFFIX.match(t, d.end)
            if s:
                word = s["scale"].lower()
                ok = word not in CURRENCY_ONLY_SCALES or d.unit is not None
                if s["scale"] in ("M", "B") and d.unit is None:
                    ok = False
                if ok:
                    d.dec *= SCALE_WORDS[word]
                    d.end = s.end()
                    d.scaled = True
                    d.plain_digits = False
                    fams = self._families(d.end)
        # ranges: 30-40, 30 to 40, between 30 and 40
        if ranges and "range" in fams and self._range(d):
            fams = self._families(d.end)
        # percent and points
        if "pct" in fams and d.dimension == "count" and d.unit is None:
            pc = pat.PERCENT_SUFFIX.match(t, d.end)
            if pc:
                dim, factor = PERCENT_WORDS[pc["pct"].lower()]
                d.dimension = dim
                d.unit = "%" if dim == "percent" else "pp"
                d.written_unit = pc["pct"]
                if factor != 1.0 and d.dec is not None:
                    d.dec *= Decimal(str(factor))
                    if d.high is not None:
                        d.high *= Decimal(str(factor))
                d.end = pc.end()
                d.plain_digits = False
                fams = self._families(d.end)
        # multipliers
        if "mult" in fams and d.dimension == "count" and d.unit is None:
            mu = pat.MULT_SUFFIX.match(t, d.end)
            if mu:
                d.dimension = "multiplier"
                d.unit = "x"
                d.end = mu.end()
                d.plain_digits = False
                fams = self._families(d.end)
        # currency words after the number
        if "cur" in fams:
            if d.dimension == "count" and d.unit is None:
                c = pat.CURRENCY_SUFFIX.match(t, d.end)
                if c:
                    d.dimension = "currency"
                    d.unit = CURRENCY_AFTER[c["cur"].lower()]
                    d.end = c.end()
                    d.plain_digits = False
                    fams = self._families(d.end)
            elif d.dimension == "currency":
                c = pat.CURRENCY_SUFFIX.match(t, d.end)
                if c and CURRENCY_AFTER[c["cur"].lower()] == d.unit:
                    d.end = c.end()
                    fams = self._families(d.end)
        if d.dimension == "currency" and d.unit == "CNY|JPY" and self._may_have_suffix(suffix_at):
            d.unit = self._resolve_yen(d)
        # years
        if self._year(d, core_start, core_end):
            return d
        # a day of the month alone: 22일, 22日
        if (
            "cjk" in fams
            and d.plain_digits
            and d.dec is not None
            and 1 <= d.dec <= 31
            and d.unit is None
            and pat.CJK_DAY.match(t, d.end)
        ):
            d.end += 1
            d.dimension = "date"
            d.date = (None, None, int(d.dec))
            return d
        # units
        if "unit" in fams and d.dimension == "count" and d.unit is None:
            before = d.end
            self._unit(d, core_end)
            if d.end != before:
                fams = self._families(d.end)
        # counters and counted nouns
        if d.dimension == "count" and d.unit is None:
            ctr = pat.CJK_COUNTER.match(t, d.end) if "cjk" in fams else None
            if ctr and (not ctr.group(0).startswith(" ") or self.lang == "ko"):
                d.end = ctr.end()
                if ctr["ctr"] in PERSON_COUNTERS:
                    d.noun = "person"
                fams = self._families(d.end)
            else:
                self._noun(d)
        # qualifiers after the number
        pq = pat.POST_QUALIFIER.match(t, d.end) if "post" in fams else None
        if pq and d.qualifier is None:
            if pq["plus"]:
                d.qualifier = "gt"
            else:
                word = pq["pq"].lower()
                if word == "多" and self.lang not in ("zh", "ja"):
                    word = ""
                if word:
                    d.qualifier = POST_QUALIFIERS[word]
            if d.qualifier is not None:
                d.end = pq.end()
        # an identifier such as 5G, 3D, A380: digits glued to letters
        nxt = t[core_end : core_end + 1]
        if d.end == core_end and nxt.isascii() and nxt.isalpha():
            return None
        return d

    def _families(self, pos: int) -> frozenset[str]:
        """Which suffix readers can match at ``pos``, from the next character or word."""
        t = self.t
        nxt = t[pos : pos + 1]
        if not nxt or nxt in pat.STOP_AFTER_NUMBER:
            return pat.NO_FAMILIES
        if nxt >= "\u3000":
            return pat.ALL_FAMILIES
        m = pat.NEXT_TOKEN.match(t, pos)
        if m is None:
            return pat.NO_FAMILIES
        tok = m[1]
        if tok >= "\u3000":
            return pat.ALL_FAMILIES if self.lang in ("ko", "zh", "ja") else pat.CJK_FAMILIES
        if tok.isalpha():
            return pat.WORD_FAMILIES.get(tok.lower(), pat.NO_FAMILIES)
        return pat.SYMBOL_FAMILIES.get(tok, pat.NO_FAMILIES)

    def _may_have_suffix(self, pos: int) -> bool:
        """False when nothing after ``pos`` can be a scale, unit, currency, percent, range or
        qualifier word. Implied by an empty :meth:`_families` except before `` ×``; only the
        placement of an ambiguous ¥ still asks it (the suffix path resolves ¥, the plain
        path never did)."""
        nxt = self.t[pos : pos + 1]
        if not nxt or nxt in pat.STOP_AFTER_NUMBER:
            return False
        if nxt >= "\u3000" or nxt in pat.SUFFIX_SYMBOLS:
            return True
        m = pat.NEXT_WORD.match(self.t, pos)
        if m is None:
            return True
        return m[1].lower() in pat.SUFFIX_FIRST_WORDS

    def _noun(self, d: _Draft) -> None:
        if d.dimension == "count" and d.unit is None and self.t[d.end : d.end + 1] not in _ENDS_A_NUMBER:
            noun = pat.COUNT_NOUN.match(self.t, d.end)
            if noun and noun["noun"] not in NOT_NOUNS:
                d.noun = _lemma(noun["noun"])

    def _prefixes(self, d: _Draft) -> None:
        # Each regex runs only when the last characters before the number make a match
        # possible: the gates keep the common case (no prefix) cheap.
        start = d.start
        w = self.t[max(0, start - 24) : start]
        tail = w.rstrip(" \u00a0")
        if tail[-1:] in pat.PREFIX_LAST_CHARS or w[-1:] in "-−–之下하":
            self._prefixes_slow(d, w, tail, None)
            return
        last = tail[tail.rfind(" ") + 1 :].lstrip(_OPENERS).lower()
        if last in pat.PREFIX_LAST_WORDS:
            self._prefixes_slow(d, w, tail, last)

    def _prefixes_slow(self, d: _Draft, w24: str, tail24: str, last24: str | None) -> None:
        """The prefix readers; ``w24`` is the text's last 24 characters before the number,
        ``tail24`` the same without trailing spaces, ``last24`` its last word when known."""
        t = self.t
        start = d.start
        # currency symbol or code before the number (w24 ends where t[start - 8 : start] does)
        w = w24[-8:]
        tail = w.rstrip(" \u00a0")
        if tail[-1:] in pat.CURRENCY_LAST_CHARS:
            c = pat.CURRENCY_PREFIX.search(w)
            if c and d.dimension == "count":
                d.dimension = "currency"
                d.unit = CURRENCY_BEFORE[c["cur"]]
                d.start -= len(w) - c.start()
                d.plain_digits = False
        # sign
        w = w24[-10:] if d.start == start else t[max(0, d.start - 10) : d.start]
        if self.ascii:
            # ASCII text: no other minus sign, no CJK sign word, percent or ordinal prefix
            if w[-1:] == "-" or w.rstrip().endswith(("minus", "negative")):
                sg = pat.SIGN_PREFIX.search(w)
                if sg:
                    d.negative = True
                    d.start -= len(w) - sg.start()
        else:
            if w[-1:] in "-−–" or w.rstrip().endswith(("minus", "negative", "영하", "零下")):
                sg = pat.SIGN_PREFIX.search(w)
                if sg:
                    d.negative = True
                    d.start -= len(w) - sg.start()
            # Chinese percent prefix and ordinal prefix
            w = t[max(0, d.start - 3) : d.start]
            if w.endswith("之"):
                pp = pat.PERCENT_PREFIX.search(w)
                if pp:
                    d.dimension = "percent"
                    d.unit = "%"
                    d.written_unit = "百分之"
                    d.start -= len(w) - pp.start()
            if w.rstrip()[-1:] in ("第", "제"):
                op = pat.ORDINAL_PREFIX.search(w)
                if op:
                    d.dimension = "ordinal"
                    d.start -= len(w) - op.start()
                    return
        if d.plain_digits and d.dec is not None and 1900 <= d.dec <= 2199:
            w = t[max(0, d.start - 18) : d.start]
            fy = pat.FISCAL_PREFIX.search(w)
            if fy:
                d.period = "FY"
                d.start -= len(w) - fy.start()
        # qualifier words
        if d.start == start:
            w, tail = w24, tail24
            last = tail[tail.rfind(" ") + 1 :].lstrip(_OPENERS).lower() if last24 is None else last24
        else:
            w = t[max(0, d.start - 24) : d.start]
            tail = w.rstrip(" \u00a0")
            last = tail[tail.rfind(" ") + 1 :].lstrip(_OPENERS).lower()
        if (last in pat.QUALIFIER_LAST_WORDS or tail[-1:] in pat.QUALIFIER_LAST_CHARS) and (
            # an ASCII tail can only match a phrase it ends with ("rose to" is not "up to")
            not tail.isascii() or tail.lower().endswith(pat.QUALIFIER_ENDINGS)
        ):
            q = pat.QUALIFIER_PREFIX.search(w)
            if q:
                word = (q["q"] or q["qc"]).lower()
                d.qualifier = QUALIFIERS_BEFORE[word]
                d.start -= len(w) - q.start()

    def _range(self, d: _Draft) -> bool:
        t = self.t
        r = pat.RANGE_SEP.match(t, d.end)
        if r is None or d.dec is None:
            return False
        sep = r["rsep"].lower()
        before = t[max(0, d.start - 14) : d.start]
        if sep in ("and", "und") and not pat.BETWEEN_PREFIX.search(before):
            return False
        if sep in ("to", "through", "bis", "到", "至") and pat.FROM_PREFIX.search(
            t[max(0, d.start - 40) : d.start]
        ):
            return False
        if sep in ("-", "–", "—") and r.group(0) != sep and r["rcur"] is None:
            return False  # "30 - 40" with spaces is more often a score or a list than a range
        second = self._core_at(r.end())
        if second is None or second.dec is None:
            return False
        core_dec = second.dec
        if (
            d.plain_digits
            and second.plain_digits
            and _year_like(d.dec)
            and (_year_like(core_dec) or sep in ("-", "–", "—"))
            and not (
                # "1000 to 2000 troops", "1500-2000 troops": a plural count noun after the
                # second number makes both counts, as it does a lone "2000 troops" (_year),
                # unless a year prefix comes first ("in 2024-2025 ...")
                self._counted_after(second.end)
                and pat.YEAR_PREFIX.search(t[max(0, d.start - 20) : d.start]) is None
            )
        ):
            return False  # 2024-2025: two years, read one by one (4500-9000 is a range)
        if r["rcur"] and d.unit is None:
            d.dimension = "currency"
            d.unit = CURRENCY_BEFORE[r["rcur"]]
        second.unit = d.unit
        second.dimension = d.dimension
        res = self._number(second, prefixes=False, ranges=False)
        if res is None or res.dec is None or res.dimension in ("year", "ordinal", "date"):
            return False
        first = d.dec
        if not d.scaled and res.scaled and core_dec != 0:
            first = first * (res.dec / core_dec)
        if res.dec <= first:
            return False
        d.dec = first
        d.high = res.dec
        d.end = res.end
        d.dimension = res.dimension
        d.unit = res.unit
        d.written_unit = res.written_unit
        d.factor = res.factor
        d.noun = res.noun
        d.scaled = d.scaled or res.scaled
        if res.qualifier and d.qualifier is None:
            d.qualifier = res.qualifier
        d.plain_digits = False
        return True

    def _core_at(self, pos: int) -> _Draft | None:
        if pos >= len(self.t):
            return None
        masters = pat.MASTER_COMMA if self.comma_decimal else pat.MASTER_DOT
        script = _script(self.t[pos])
        if script == "0":
            m = _match_digits(masters, self.t, pos)
        else:
            m = masters["c"].match(self.t, pos) if script == "c" else pat.match_word(self.t, pos)
        if m is None:
            return None
        kind = m.lastgroup
        if kind == "num":
            surface = m.group("num")
            if not surface.isascii() and any(c in surface for c in _CJK_SCALE_CHARS):
                dec = parse_cjk_composite(surface)
                plain = False
            else:
                dec = _strip_number(surface, self.comma_decimal)
                plain = surface.isdigit()
            if dec is None:
                return None
            d = _Draft(m.start(), m.end(), dec, plain_digits=plain)
            d.scaled = not plain and not surface.replace(",", "").replace(".", "").isdigit()
            return d
        if kind == "cn":
            dec = parse_cjk_composite(m.group("cn"))
            if dec is None:
                return None
            return _Draft(m.start(), m.end(), dec, spelled=True)
        if kind == "words":
            dec = parse_english_words(m.group("words"))
            if dec is None:
                return None
            return _Draft(m.start(), m.end(), dec, spelled=True)
        return None

    def _resolve_yen(self, d: _Draft) -> str:
        window = self.t[max(0, d.start - 200) : d.end + 200]
        jp = bool(pat.JAPAN_CONTEXT.search(window)) or self.lang == "ja"
        cn = bool(pat.CHINA_CONTEXT.search(window)) or self.lang == "zh"
        if jp and not cn:
            return "JPY"
        if cn and not jp:
            return "CNY"
        return "CNY|JPY"

    def _pound_is_money(self, d: _Draft, hyphenated: bool) -> bool:
        """Whether "pounds" after an amount is money (GBP) rather than mass (lb).

        Like the ¥ rule, read from the text around it (120 characters each side): mass words
        (weighed, heavy, kg, tons, bombs, "pounds of"...) keep mass; otherwise money words
        (budget, cost, paid, sterling, a £ elsewhere...), a scale word (million, bn) or an
        amount of 100,000 or more make it money. With no clue, "200 pounds" is money (the
        news sense) and the adjectival "2,000-pound" is mass."""
        window = self.t[max(0, d.start - 120) : d.end + 120]
        if pat.POUND_MASS_CONTEXT.search(window):
            return False
        if d.scaled or (d.dec is not None and d.dec >= 100_000):
            return True
        return not hyphenated or pat.POUND_MONEY_CONTEXT.search(window) is not None

    def _counted_after(self, pos: int) -> bool:
        """Whether a plural count noun follows ``pos`` ("2000 troops", "1,000 people"): what
        makes a four-digit number a count rather than a year."""
        if self.lang in COMMA_DECIMAL_LANGS:
            return False
        noun = pat.COUNT_NOUN.match(self.t, pos)
        return (
            noun is not None
            and noun["noun"] not in NOT_NOUNS
            and (noun["noun"].endswith("s") or noun["noun"] in _IRREGULAR_PLURALS)
            and not noun.group(0).startswith("-")
        )

    def _year(self, d: _Draft, core_start: int, core_end: int) -> bool:
        """Turn a bare four-digit number into a year when it reads as one."""
        if not d.plain_digits or d.dec is None or d.dimension != "count" or d.unit is not None:
            return False
        surface = self.t[core_start:core_end]
        if d.negative or len(surface) != 4 or not surface.isdigit():
            return False
        v = int(surface)
        if not 1000 <= v <= 2199:
            return False
        t = self.t
        # Before punctuation (or at the end) no counter, year mark, counted noun or unit can
        # follow (each starts with a space, a hyphen, a CJK character or a unit sign).
        ends = t[d.end : d.end + 1] in _ENDS_A_NUMBER
        if not ends and pat.CJK_COUNTER.match(t, d.end) and not t.startswith(" ", d.end):
            return False  # 2024명, 2024人: a count
        yc = None if ends else _YEAR_MARK.match(t, d.end)
        if yc:
            d.end = yc.end()
        elif d.period != "FY":
            plural = not ends and self._counted_after(d.end)
            if plural or not 1900 <= v <= 2100:
                # only then does a prefix ("in", "since", "fiscal year") decide
                prefixed = (
                    pat.YEAR_PREFIX.search(t[max(0, d.start - 20) : d.start]) is not None
                    or self.lang in COMMA_DECIMAL_LANGS
                )
                if plural and not prefixed:
                    return False
                if not (1900 <= v <= 2100 or prefixed):
                    return False
            unit = None if ends else pat.UNIT_SUFFIX.match(t, d.end)
            if unit and unit["unit"] not in ("m", "in", "C", "F", "W", "mi", "ha"):
                return False
        d.dimension = "year"
        d.date = (v, None, None)
        return True

    def _unit(self, d: _Draft, core_end: int) -> None:
        u = pat.UNIT_SUFFIX.match(self.t, d.end)
        if u is None:
            return
        word = u["unit"]
        entry = UNITS.get(word) or UNITS.get(word.lower())
        if entry is None:
            for k, v in UNITS.items():
                if k.lower() == word.lower():
                    entry = v
                    break
        if entry is None:
            return
        unit, dimension, factor = entry
        attached = u["sep"] == ""
        if word in ATTACHED_ONLY_UNITS and not (attached and d.end == core_end):
            return
        if d.spelled and len(word) <= 2 and word.isascii():
            return
        if dimension == "duration" and d.dec is not None and word in ("年", "년") and 1000 <= d.dec <= 2199:
            return
        if word.lower() in ("pound", "pounds") and self._pound_is_money(d, u["sep"] == "-"):
            d.dimension = "currency"
            d.unit = "GBP"
            d.end = u.end()
            d.plain_digits = False
            return
        d.dimension = dimension
        d.unit = _BASE_UNITS[dimension]
        d.written_unit = unit
        d.factor = factor
        d.end = u.end()
        d.plain_digits = False
        old = pat.DURATION_OLD.match(self.t, d.end)
        if dimension == "duration" and old:
            d.end = old.end()


#: The reader of each named group of the master patterns but ``num`` and ``url`` (which
#: :func:`_extract` handles itself), as :meth:`_Reader.read` dispatches them.
_READERS: dict[str, Callable[[_Reader, re.Match[str]], _Draft | None]] = {
    kind: getattr(_Reader, "_read_" + kind) for kind in pat.MASTER_KINDS if kind not in ("num", "url")
}


def _year_like(dec: Decimal) -> bool:
    """A whole number that could be a year (1000-2199), so a dash after it may join two years."""
    return dec == int(dec) and 1000 <= dec <= 2199


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?\n:;"


def _lemma(noun: str) -> str:
    if noun in ("people", "persons"):
        return "person"
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return noun[:-1]
    return noun


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


# =========================================================================== normalise / format


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

_QUALIFIER_WORDS = {
    "approx": "about",
    "gt": "more than",
    "ge": "at least",
    "lt": "less than",
    "le": "up to",
}


def _human_number(x: float) -> str:
    ax = abs(x)
    for name, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
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
    if noun == "person":
        return "people"
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


# =========================================================================== comparison


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


def _is_soft(q: Quantity) -> bool:
    """Context, not a checked fact on its own: unpaired, it is neither missing nor added."""
    if q.dimension in ("date", "year", "time"):
        return True
    if q.spelled and q.dimension == "ordinal":
        return True
    return q.spelled and q.dimension == "count" and q.value == 1 and q.high is None


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
        return None
    if ft != fr:
        wt, wr = _written_value(t), _written_value(r)
        if wt is None or wr is None or not _same(wt, wr):
            return None
        if "ordinal" in (ft, fr):
            return _Verdict("minor", "an ordinal against a cardinal number", 0.4)
        if "count" in (ft, fr) and (t.unit is None or r.unit is None):
            missing = "translation" if ft == "count" else "reference"
            return _Verdict("minor", f"the {missing} does not state the unit", 0.4)
        return _Verdict("major", f"unit differs ({_unit_label(r)} vs {_unit_label(t)})", 0.5)
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
    converted = (
        t.written_unit is not None
        and r.written_unit is not None
        and t.written_unit != r.written_unit
        and ft in _BASE_UNITS
    )
    return _judge_values(t, r, tolerance=tolerance, converted=converted, family=ft)


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
    if _same(a, b):
        if qt in bounds and qr in bounds:
            up_t, up_r = qt in ("gt", "ge"), qr in ("gt", "ge")
            if up_t != up_r:
                return _Verdict("major", "opposite bound (more than vs less than)", 0.3)
            return _AGREE
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
        return _Verdict("major", f"scale error (x{10 ** abs(k):,})", 0.35 + cost * 0.3)
    if (a < 0) != (b < 0) and (a != 0 and b != 0):
        return _Verdict("major", "sign differs", cost)
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
    if mt == mr and abs(ht - hr) == 12:
        return _Verdict("major", "a.m./p.m. differ", 0.3, kind="date")
    return _Verdict("major", "time differs", 0.5, kind="date")


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
    out = list(qs)
    for rng in ranges:
        assert rng.value is not None
        assert rng.high is not None
        for i in range(len(out) - 1):
            a, b = out[i], out[i + 1]
            if a.high is not None or b.high is not None or a.value is None or b.value is None:
                continue
            if _family(a) != _family(rng) or _family(b) != _family(rng):
                continue
            if b.span.start - a.span.end > 40:
                continue
            if _same(a.value, rng.value) and _same(b.value, rng.high):
                merged = attrs.evolve(
                    a,
                    span=Span(a.span.start, b.span.end, text[a.span.start : b.span.end]),
                    high=b.value,
                )
                out[i : i + 2] = [merged]
                break
    return out


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
    findings: list[tuple[int, int, Discrepancy]] = []
    tq = _merge_split_ranges(t_read.quantities, r_read.quantities, translation)
    rq = _merge_split_ranges(r_read.quantities, tq, reference)
    t_gloss = _glosses(tq, translation)
    r_gloss = _glosses(rq, reference)
    for i in sorted(t_gloss):
        v = _judge(tq[i], tq[i - 1], rates=rates, tolerance=max(tolerance, 0.05))
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
    t_idx = [i for i in range(len(tq)) if i not in t_gloss]
    r_idx = [j for j in range(len(rq)) if j not in r_gloss]
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
    for i, j in t_used.items():
        v = verdicts[(i, j)]
        if v.severity is None:
            continue
        t, r = tq[i], rq[j]
        ft, fr = _fmt_at(t_read, tq, i), _fmt_at(r_read, rq, j)
        msg = f"expected {fr}, found {ft}: {v.reason}"
        findings.append((t.span.start, 1, _make(v.kind, v.severity, msg, t, r, ft, fr, v.confidence)))
    if report_added:
        for i in t_idx:
            if i in t_used:
                continue
            t = tq[i]
            if _is_soft(t) and not report_unpaired_dates:
                continue
            ft = _fmt_at(t_read, tq, i)
            msg = f"added {ft}: the reference has no such {_noun(t)}"
            findings.append((t.span.start, 2, _make(_kind_of(t), "major", msg, t, None, ft, None)))
    if report_missing:
        for j in r_idx:
            if j in r_used:
                continue
            r = rq[j]
            if _is_soft(r) and not report_unpaired_dates:
                continue
            fr = _fmt_at(r_read, rq, j)
            msg = f"missing {fr}: the translation has no such {_noun(r)}"
            findings.append((len(translation), 3 + j, _make(_kind_of(r), "minor", msg, None, r, None, fr)))
    findings.sort(key=lambda x: (x[0], x[1]))
    return [f for _, _, f in findings]


def _noun(q: Quantity) -> str:
    fam = _family(q)
    if fam == "date":
        return "date"
    if fam == "time":
        return "time"
    if fam == "currency":
        return "amount"
    return "number"
