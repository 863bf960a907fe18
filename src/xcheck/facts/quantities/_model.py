"""The model of the quantity engine: :class:`Quantity` (what a text says), its dimensions, the
draft a reader fills in while it reads one, the text a reader works on, and the script guess
that picks a text's digit conventions.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from xcheck._types import Span
from xcheck.facts.quantities import _patterns as pat
from xcheck.lexicon._numbers import COMMA_DECIMAL_LANGS

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
    "pressure",
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
    "pressure": "Pa",
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
    ``"odd"`` (60多, 30여: a rough, no bound), ``"vague"`` (an order of magnitude: "thousands" is
    1,000 to 10,000, ``value`` to ``high``), ``"gt"``, ``"ge"``, ``"lt"`` or ``"le"``.
    ``date`` is ``(year, month, day)`` with ``None`` for what the text does not say;
    ``time`` is ``(hour, minute)`` on a 24-hour clock;
    ``period`` names a part of a year (``"Q3"``, ``"H1"``, ``"FY"``, ``"decade"``).
    ``precision`` is the size of the last significant written digit in the base unit (1000 for
    "29,000", 1e10 for "1.52 trillion"): the rounding the writer may have done.
    ``written_unit`` is the unit as written (``"GWh"``, ``"mi"``), for messages.
    ``spelled`` is true for numbers written as words ("four", "first").
    ``weekday`` is the day of the week a date names (Monday 0, as :meth:`datetime.date.weekday`):
    "Wednesday, May 21" has ``date=(None, 5, 21)`` and ``weekday=2``, "on Wednesday" alone
    ``date=(None, None, None)`` and ``weekday=2``.

    >>> from xcheck.facts.quantities import extract_quantities
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
    weekday: int | None = None

    @property
    def key(self) -> str:
        """A language-independent anchor, equal for the same value in any surface form.

        Qualifiers, counted nouns and written units do not enter the key: "about 28,500
        troops", "28,500" and "2만8천500명" share ``n:28500``; "half" and "50%" share ``%:50``.

        >>> from xcheck.facts.quantities import extract_quantities
        >>> extract_quantities("2.85万")[0].key == extract_quantities("28,500")[0].key
        True
        """
        # imported here: the key is built (and memoised) by _format, which imports this module
        from xcheck.facts.quantities._format import _key_of

        return _key_of(self)


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
    weekday: int | None = None


class _ReaderBase:
    """The text one reader reads: as written (for spans), folded (full-width digits and
    signs made ASCII, same offsets) and its language."""

    def __init__(self, text: str, folded: str, lang: str) -> None:
        self.text = text
        self.t = folded
        self.lang = lang
        self.comma_decimal = lang in COMMA_DECIMAL_LANGS
        self.ascii = folded.isascii()
