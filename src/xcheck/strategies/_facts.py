"""The facts the strategies generate, as plain values, and the vocabulary they are written with.

A fact is a frozen attrs value (:class:`QuantityFact`, :class:`DateFact`, :class:`TimeFact`,
:class:`PersonFact` with its :class:`TitleFact`, :class:`OrgFact`, :class:`QuoteFact`); this module
also holds the languages, quantity kinds, currencies, qualifier and range words, count nouns and
units that facts refer to, so each word list has one home. Nothing here needs hypothesis.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Literal, TypeAlias

import attrs

from xcheck.lexicon._money import CURRENCY_NAMES

Lang: TypeAlias = Literal["en", "zh", "ko"]
"""A language whose surface forms this module writes."""

LANGS: tuple[Lang, ...] = ("en", "zh", "ko")

QuantityKind: TypeAlias = Literal["count", "money", "percent", "points", "multiplier", "measure"]
"""What a :class:`QuantityFact` measures."""

QUANTITY_KINDS: tuple[QuantityKind, ...] = ("count", "money", "percent", "points", "multiplier", "measure")

#: ISO codes of the currencies generated, with their English, Chinese and Korean words (the
#: lexicon's :data:`~xcheck.lexicon._money.CURRENCY_NAMES`).
CURRENCIES: Mapping[str, tuple[str, str, str]] = CURRENCY_NAMES


#: Words for the qualifiers of counts and amounts, per language. Korean ``여`` follows the number
#: (``2만8천500여명``); every other word comes before it.
QUALIFIERS: Mapping[str, Mapping[Lang, tuple[str, ...]]] = {
    "approx": {"en": ("about", "approximately", "roughly", "around"), "zh": ("约", "大约"), "ko": ("약",)},
    "gt": {"en": ("more than", "over"), "zh": ("超过", "逾"), "ko": ("여",)},
    "ge": {"en": ("at least",), "zh": ("至少",), "ko": ("최소",)},
    "le": {"en": ("up to",), "zh": ("最多",), "ko": ("최대",)},
}

#: The qualifier xcheck reads for a qualifier word whose reading is not the qualifier it renders:
#: Korean ``여`` after a number (``2만8천500여명``) is "-odd", a rough value up to the next step of its
#: last digit (28,500 to 28,600), which is what writers mean by it and what a "more than" rendering
#: agrees with. A round trip through the reader expects ``QUALIFIER_READINGS.get((lang, word),
#: qualifier)``.
QUALIFIER_READINGS: Mapping[tuple[Lang, str], str] = {("ko", "여"): "odd"}

#: Words joining the ends of a range of counts, per language (``30 to 40``, ``30-40``, ``between 30 and
#: 40``; ``30至40``, ``30到40``; ``30~40``).
RANGE_WORDS: Mapping[Lang, tuple[str, ...]] = {"en": ("to", "-", "between"), "zh": ("至", "到"), "ko": ("~",)}


# Count nouns: English plural, Chinese measure word + noun, Korean counter (+ noun).
_COUNT_NOUNS: Mapping[str, tuple[str, str, str]] = {
    "troops": ("troops", "名士兵", "명의 병력"),
    "people": ("people", "人", "명"),
    "workers": ("workers", "名工人", "명의 인력"),
}

# Units of measure: English symbol, English word (plural), Chinese, Korean.
_UNITS: Mapping[str, tuple[str, str, str, str]] = {
    "km": ("km", "kilometres", "公里", "킬로미터"),
    "kg": ("kg", "kilograms", "公斤", "킬로그램"),
    "GW": ("GW", "gigawatts", "吉瓦", "기가와트"),
    "GWh": ("GWh", "gigawatt-hours", "吉瓦时", "기가와트시"),
    "mAh": ("mAh", "", "mAh", "mAh"),
    "nm": ("nm", "nanometres", "纳米", "나노미터"),
    "°C": ("°C", "degrees Celsius", "摄氏度", "도"),
    "days": ("days", "days", "天", "일간"),
}


@attrs.frozen
class QuantityFact:
    """A number with what it counts or measures.

    ``unit`` depends on ``kind``: a count noun (``troops``, ``people``, ``workers``) for ``count``,
    an ISO currency code (see :data:`CURRENCIES`) for ``money``, ``%`` for ``percent``, ``pp`` for
    ``points`` (percentage points), ``x`` for ``multiplier`` and a unit symbol (``km``, ``GW``,
    ``GWh``, ``°C``, ``days``...) for ``measure``. ``qualifier`` (counts and money only) is
    ``approx``, ``gt``, ``ge`` or ``le``, written with the words of :data:`QUALIFIERS`. ``high`` makes
    a count a range from ``value`` to ``high`` (``30 to 40 troops``), written with the words of
    :data:`RANGE_WORDS`.

    >>> QuantityFact("money", Decimal("1.5E9"), "USD").value
    Decimal('1.5E+9')
    """

    kind: QuantityKind
    value: Decimal
    unit: str
    qualifier: str | None = None
    high: Decimal | None = None


@attrs.frozen
class DateFact:
    """A calendar date. Forms without a year (``May 22``) leave the year implicit.

    >>> DateFact(dt.date(2025, 5, 22)).date.isoformat()
    '2025-05-22'
    """

    date: dt.date


@attrs.frozen
class TimeFact:
    """A time of day, 24-hour clock.

    >>> TimeFact(15, 30)
    TimeFact(hour=15, minute=30)
    """

    hour: int
    minute: int = 0


@attrs.frozen
class TitleFact:
    """An office or rank: ``head`` (``Secretary``, ``Minister``, ``Admiral``) and the ``domain`` it is
    of (``Defense``), which English writes before or after the head (``Defense Secretary`` =
    ``Secretary of Defense``). ``abbreviation`` is a rank's short form (``Adm.``); ``of_domain`` the
    domain when written after the head, if it differs (``Foreign Minister`` = ``Minister of Foreign
    Affairs``).

    >>> TitleFact("Secretary", "Defense").domain
    'Defense'
    """

    head: str
    domain: str | None = None
    abbreviation: str | None = None
    of_domain: str | None = None

    @property
    def after_of(self) -> str | None:
        """The domain as written after ``of``: ``Minister of Foreign Affairs`` for ``Foreign``."""
        return self.of_domain or self.domain


@attrs.frozen
class PersonFact:
    """A person: given name(s) and family name, and the title news attaches to them.

    ``family_first`` is the native order (``Kim Jong Un``); ``order_free`` says English news also
    writes the other order for this person (``Nakatani Gen`` = ``Gen Nakatani``); ``given`` holds the
    syllables of a Korean given name separately (``("Jong", "Un")``) so the hyphenated and spaced
    romanisations (``Jong-un``, ``Jong Un``) can both be written; ``wrong_titles`` are titles this
    person does not hold, for the title perturbation; ``family_variants`` other romanisations of the
    family name (``Rhee``, ``Yi`` for ``Lee``; ``Choe`` for ``Choi``); ``native`` the name in Chinese
    and Korean script as ``(lang, name)`` pairs (the transliterations news and the bundled glossary use).
    """

    given: tuple[str, ...]
    family: str
    title: TitleFact | None = None
    family_first: bool = False
    order_free: bool = False
    syllabic: bool = False
    wrong_titles: tuple[TitleFact, ...] = ()
    family_variants: tuple[str, ...] = ()
    native: tuple[tuple[str, str], ...] = ()

    def native_name(self, lang: str) -> str | None:
        """The name in the script of ``lang`` (``赫格塞思``, ``헤그세스``), when known."""
        return next((name for code, name in self.native if code == lang), None)

    @property
    def full_name(self) -> str:
        """The name in its native order and the first romanisation: ``Kim Jong-un``, ``Pete Hegseth``."""
        given = self._given("hyphen")
        return f"{self.family} {given}" if self.family_first else f"{given} {self.family}"

    def _given(self, style: str) -> str:
        if self.syllabic and len(self.given) > 1:
            if style == "hyphen":
                return self.given[0] + "-" + "".join(self.given[1:]).lower()
            return " ".join(self.given)
        return " ".join(self.given)


@attrs.frozen
class OrgFact:
    """An organisation: its name and aliases news uses for it (acronyms, short names).

    >>> OrgFact("United Nations", ("UN",)).aliases
    ('UN',)
    """

    name: str
    aliases: tuple[str, ...] = ()


@attrs.frozen
class QuoteFact:
    """Words someone said, as a claim and its negation; ``negative`` says which one was said.

    >>> QuoteFact("We will withdraw.", "We will not withdraw.", negative=True).words
    'We will not withdraw.'
    """

    affirmative: str
    negated: str
    negative: bool = False

    @property
    def words(self) -> str:
        """What was said."""
        return self.negated if self.negative else self.affirmative


Fact: TypeAlias = QuantityFact | DateFact | TimeFact | PersonFact | OrgFact | QuoteFact
"""Any fact this module generates."""
