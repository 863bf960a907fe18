"""Hypothesis strategies for property-testing translation pipelines with known facts.

People who build translation or summarisation systems want to know that numbers, dates and names
survive the trip, not only that BLEU is high. This module generates *facts* (a count, an amount of
money, a percentage, a date, a person with a title, a quote...), renders one fact in the many surface
forms news uses in English, Chinese and Korean (``28,500``, ``28.5 thousand``, ``2.85万``,
``2만8천500``; ``about $1.5bn``; ``May 22``, ``5月22日``; ``Kim Jong Un`` / ``Kim Jong-un`` /
``金正恩``), builds news sentences around them that remember where each fact sits, and *perturbs* a
fact (figure, scale, unit, currency, % vs points, bound, date, time, name, title, a negated quote)
with the finding xcheck must report attached.

It needs hypothesis (``pip install xcheck[strategies]``); the rest of xcheck never imports it.

Facts and renderings are plain values (frozen attrs classes) and :func:`render` is an ordinary
function, so a test can also list forms explicitly:

>>> from decimal import Decimal
>>> fact = QuantityFact("count", Decimal(28500), "troops")
>>> forms = [("en", "grouped"), ("en", "scale"), ("zh", "scale"), ("ko", "mixed")]
>>> [render(fact, lang, form) for lang, form in forms]
['28,500 troops', '28.5 thousand troops', '2.85万名士兵', '2만8천500명의 병력']

The strategies:

- facts: :func:`quantity_facts`, :func:`date_facts`, :func:`time_facts`, :func:`person_facts`,
  :func:`org_facts`, :func:`quote_facts`, and :func:`facts` for any of them;
- :func:`renderings` of one fact in the forms of one or more languages;
- :func:`fact_sentences`: a news sentence with its facts and their exact spans;
- :func:`equivalent_pairs`: two sentences stating the same facts in different forms (no finding due);
- :func:`perturbations`: a reference sentence and a translation with one fact changed, the expected
  finding kind and the exact span of the changed fact.

Every form generated here is one xcheck's extractors read back (the round-trip tests in
``tests/test_strategies.py`` hold this module to that).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Literal, TypeAlias, TypeVar

import attrs
from hypothesis import assume, reject
from hypothesis import strategies as st

from xcheck._types import FindingKind, Span
from xcheck.lexicon._numbers import render_english_words

__all__ = [
    "CHANGES",
    "CURRENCIES",
    "DATE_FORMS",
    "FAMILIES",
    "LANGS",
    "NAME_FORMS",
    "NUMBER_FORMS",
    "ORG_FORMS",
    "QUALIFIERS",
    "QUANTITY_KINDS",
    "QUOTE_FORMS",
    "RANGE_WORDS",
    "SENTENCE_QUALIFIERS",
    "STYLES",
    "TIME_FORMS",
    "DateFact",
    "Fact",
    "FactSentence",
    "Families",
    "Lang",
    "OrgFact",
    "PersonFact",
    "Perturbation",
    "QuantityFact",
    "QuantityKind",
    "QuoteFact",
    "Rendering",
    "SentenceFamily",
    "Slot",
    "TimeFact",
    "TitleFact",
    "date_facts",
    "equivalent_pairs",
    "fact_sentences",
    "facts",
    "forms_of",
    "org_facts",
    "person_facts",
    "perturbations",
    "quantity_facts",
    "quote_facts",
    "render",
    "renderings",
    "time_facts",
]

Lang: TypeAlias = Literal["en", "zh", "ko"]
"""A language whose surface forms this module writes."""

LANGS: tuple[Lang, ...] = ("en", "zh", "ko")

QuantityKind: TypeAlias = Literal["count", "money", "percent", "points", "multiplier", "measure"]
"""What a :class:`QuantityFact` measures."""

QUANTITY_KINDS: tuple[QuantityKind, ...] = ("count", "money", "percent", "points", "multiplier", "measure")

#: ISO codes of the currencies generated, with their English, Chinese and Korean words.
CURRENCIES: Mapping[str, tuple[str, str, str]] = {
    "USD": ("dollars", "美元", "달러"),
    "KRW": ("won", "韩元", "원"),
    "CNY": ("yuan", "元", "위안"),
    "JPY": ("yen", "日元", "엔"),
    "EUR": ("euros", "欧元", "유로"),
    "GBP": ("pounds", "英镑", "파운드"),
}

_SYMBOLS: Mapping[str, str] = {"USD": "$", "EUR": "€", "GBP": "£"}

#: Words for the qualifiers of counts and amounts, per language. Korean ``여`` follows the number
#: (``2만8천500여명``); every other word comes before it.
QUALIFIERS: Mapping[str, Mapping[Lang, tuple[str, ...]]] = {
    "approx": {"en": ("about", "approximately", "roughly", "around"), "zh": ("约", "大约"), "ko": ("약",)},
    "gt": {"en": ("more than", "over"), "zh": ("超过", "逾"), "ko": ("여",)},
    "ge": {"en": ("at least",), "zh": ("至少",), "ko": ("최소",)},
    "le": {"en": ("up to",), "zh": ("最多",), "ko": ("최대",)},
}

#: Words joining the ends of a range of counts, per language (``30 to 40``, ``30-40``, ``between 30 and
#: 40``; ``30至40``, ``30到40``; ``30~40``).
RANGE_WORDS: Mapping[Lang, tuple[str, ...]] = {"en": ("to", "-", "between"), "zh": ("至", "到"), "ko": ("~",)}

# Number forms a range is written in (both ends in the same form).
_RANGE_FORMS = frozenset({"digits", "grouped", "words", "numeral", "scale", "groups", "mixed"})

# The qualifier a "bound" perturbation puts instead: the opposite bound.
_OPPOSITE_BOUNDS: Mapping[str, str] = {"gt": "le", "ge": "le", "le": "ge"}

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

# A unit swap that changes the fact while keeping the number (the "unit" perturbation).
_UNIT_SWAPS: Mapping[str, str] = {
    "km": "kg",
    "kg": "km",
    "GW": "GWh",
    "GWh": "GW",
    "mAh": "GWh",
    "nm": "km",
    "°C": "days",
    "days": "km",
}

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# ---------------------------------------------------------------------------------------------
# Facts


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


# ---------------------------------------------------------------------------------------------
# Numbers in words and in CJK forms


def _plain(value: Decimal) -> str:
    """Digits with a decimal point and no exponent: ``4500``, ``2.1``, ``-18``."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def _grouped(value: Decimal, sep: str = ",") -> str:
    text = format(value.normalize(), ",f")
    return text.replace(",", sep)


def _is_int(value: Decimal) -> bool:
    return value == value.to_integral_value()


def _decimals(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


_EN_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))
_EN_ABBREVIATIONS = {"thousand": "k", "million": "mn", "billion": "bn", "trillion": "tn"}


def _english_words(value: Decimal) -> str | None:
    """``4500`` -> ``four thousand five hundred``; integers from 0 below 10**15 only."""
    if not _is_int(value) or not 0 <= value < 10**15:
        return None
    return render_english_words(int(value))


def _scaled(
    value: Decimal, scales: Sequence[tuple[int, str]], *, max_decimals: int
) -> tuple[str, str] | None:
    """Mantissa and scale word for the largest scale that leaves a mantissa of at least 1 written
    with at most ``max_decimals`` decimals: ``1.52E12`` -> ``("1.52", "trillion")``."""
    if value <= 0:
        return None
    for scale, word in scales:
        if value >= scale:
            mantissa = value / scale
            if _decimals(mantissa) <= max_decimals:
                return _plain(mantissa), word
            return None
    return None


_CN_DIGITS = "零一二三四五六七八九"
_CJK_BIG = ((10**12, "万亿", "조"), (10**8, "亿", "억"), (10**4, "万", "만"))


def _cn_below_10k(n: int, *, leading: bool) -> str:
    """Chinese numeral of 1..9999 (``4500`` -> ``四千五百``), with 零 for inner gaps; ``leading``
    writes 10..19 as ``十五`` rather than ``一十五``."""
    out = ""
    zero = False
    for unit, char in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // unit % 10
        if digit == 0:
            zero = zero or bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += ("" if (char == "十" and digit == 1 and not out and leading) else _CN_DIGITS[digit]) + char
    return out


def _chinese_numeral(value: Decimal) -> str | None:
    """``28500`` -> ``二万八千五百``; integers from 1 below 10**16 only."""
    if not _is_int(value) or not 0 < value < 10**16:
        return None
    n = int(value)
    groups = [(n // 10**12, "万亿"), (n // 10**8 % 10**4, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")]
    out = ""
    gap = False
    for group, char in groups:
        if not group:
            gap = gap or bool(out)
            continue
        if out and (gap or group < 1000):
            out += "零"
        out += _cn_below_10k(group, leading=not out) + char
        gap = False
    return out


def _cjk_scale(value: Decimal, lang: Lang) -> str | None:
    """``28500`` -> ``2.85万`` / ``2.85만``; mantissa below 10,000 with at most two decimals."""
    if value <= 0:
        return None
    for scale, zh, ko in _CJK_BIG:
        if value >= scale:
            mantissa = value / scale
            if mantissa >= 10**4 or _decimals(mantissa) > 2:
                return None
            return _plain(mantissa) + (zh if lang == "zh" else ko)
    return None


def _ko_groups(value: Decimal, *, thousands: bool) -> str | None:
    """Korean 조/억/만 groups written with digits: ``1519200000000`` -> ``1조5192억``; with
    ``thousands`` each group's thousands get 천: ``28500`` -> ``2만8천500``."""
    if not _is_int(value) or not 0 < value < 10**16:
        return None
    n = int(value)
    groups = [(n // 10**12, "조"), (n // 10**8 % 10**4, "억"), (n // 10**4 % 10**4, "만"), (n % 10**4, "")]
    out = ""
    for group, char in groups:
        if not group:
            continue
        if thousands and group >= 1000:
            rest = group % 1000
            out += f"{group // 1000}천" + (str(rest) if rest else "") + char
        else:
            out += f"{group}{char}"
    return out


# ---------------------------------------------------------------------------------------------
# Surface forms

#: The number forms of each language. ``digits``: ``4500``; ``grouped``: ``4,500``; ``spaced``:
#: ``4 500``; ``words``: ``four thousand five hundred``; ``scale``: ``4.5 thousand`` / ``2.85万`` /
#: ``2.85만``; ``abbreviated``: ``1.5bn``; ``numeral``: ``四千五百``; ``groups``: ``2만8500``;
#: ``mixed``: ``2만8천500``.
NUMBER_FORMS: Mapping[Lang, tuple[str, ...]] = {
    "en": ("digits", "grouped", "spaced", "words", "scale", "abbreviated"),
    "zh": ("digits", "grouped", "numeral", "scale"),
    "ko": ("digits", "grouped", "groups", "mixed", "scale"),
}

# Which number forms each kind of quantity is written with.
_KIND_FORMS: Mapping[QuantityKind, frozenset[str]] = {
    "count": frozenset({"digits", "grouped", "spaced", "words", "scale", "numeral", "groups", "mixed"}),
    "money": frozenset({"digits", "grouped", "words", "scale", "abbreviated", "numeral", "groups", "mixed"}),
    "percent": frozenset({"digits", "words", "numeral"}),
    "points": frozenset({"digits", "words"}),
    "multiplier": frozenset({"digits", "words"}),
    "measure": frozenset({"digits", "grouped"}),
}

#: The unit styles of each kind and language (how the currency, unit or % sign is attached).
STYLES: Mapping[QuantityKind, Mapping[Lang, tuple[str, ...]]] = {
    "count": {"en": ("noun",), "zh": ("noun",), "ko": ("noun",)},
    "money": {
        "en": ("symbol", "us-symbol", "code", "word"),
        "zh": ("word",),
        "ko": ("word",),
    },
    "percent": {
        "en": ("sign", "percent", "per-cent"),
        "zh": ("sign", "baifenzhi"),
        "ko": ("sign", "peosenteu"),
    },
    "points": {"en": ("percentage-points",), "zh": ("baifendian",), "ko": ("pointeu",)},
    "multiplier": {"en": ("times", "fold"), "zh": ("bei",), "ko": ("bae",)},
    "measure": {"en": ("symbol", "word"), "zh": ("word",), "ko": ("word",)},
}

#: Date forms of each language.
DATE_FORMS: Mapping[Lang, tuple[str, ...]] = {
    "en": ("month-day", "day-month", "month-day-year", "iso", "weekday-month-day"),
    "zh": ("month-day", "year-month-day", "iso"),
    "ko": ("month-day", "year-month-day", "iso"),
}

#: Time forms of each language.
TIME_FORMS: Mapping[Lang, tuple[str, ...]] = {
    "en": ("am-pm", "24h"),
    "zh": ("24h",),
    "ko": ("24h",),
}

#: Name forms (English only): ``full`` (``Pete Hegseth``), ``family`` (``Hegseth``), ``reversed``
#: (``Gen Nakatani`` for ``Nakatani Gen``), ``spaced`` (``Kim Jong Un`` for ``Kim Jong-un``), and
#: ``variant-0``, ``variant-1``... for other romanisations of the family name (``Rhee Jae-myung``);
#: with a title style ``title-first`` (``Defense Secretary``), ``title-of`` (``Secretary of
#: Defense``), ``title-first-uk`` / ``title-of-uk`` (``Defence``), ``rank`` / ``rank-abbreviated``
#: (``Admiral`` / ``Adm.``) or ``none``.
NAME_FORMS: tuple[str, ...] = ("full", "family", "reversed", "spaced")
# and, in Chinese and Korean, ``native`` (``赫格塞思``, ``헤그세스``: the name alone, without a title).

ORG_FORMS: tuple[str, ...] = ("name", "alias")

#: Quote forms (English only): ``straight`` (``"..."``) and ``curly`` (``“...”``) quotation marks.
QUOTE_FORMS: tuple[str, ...] = ("straight", "curly")


def forms_of(fact: Fact, lang: Lang = "en") -> tuple[tuple[str, str], ...]:
    """Every ``(form, style)`` this module can write ``fact`` in, in language ``lang``.

    >>> forms_of(QuantityFact("percent", Decimal("2.1"), "%"))
    (('digits', 'sign'), ('digits', 'percent'), ('digits', 'per-cent'))
    """
    out: list[tuple[str, str]] = []
    if isinstance(fact, QuantityFact):
        for form in NUMBER_FORMS[lang]:
            if form not in _KIND_FORMS[fact.kind]:
                continue
            for style in STYLES[fact.kind][lang]:
                if render(fact, lang, form, style) is not None:
                    out.append((form, style))
    elif isinstance(fact, DateFact):
        out = [(form, "") for form in DATE_FORMS[lang]]
    elif isinstance(fact, TimeFact):
        out = [(form, "") for form in TIME_FORMS[lang] if render(fact, lang, form, "") is not None]
    elif isinstance(fact, PersonFact):
        if lang != "en" and fact.native_name(lang) is not None:
            out = [("native", "none")]
        elif lang == "en":
            variants = tuple(f"variant-{i}" for i in range(len(fact.family_variants)))
            for form in (*NAME_FORMS, *variants):
                for style in _title_styles(fact):
                    if render(fact, lang, form, style) is not None:
                        out.append((form, style))
    elif isinstance(fact, QuoteFact):
        out = [(form, "") for form in QUOTE_FORMS] if lang == "en" else []
    elif lang == "en":
        out = [(form, "") for form in ORG_FORMS if render(fact, lang, form, "") is not None]
    return tuple(out)


def _number(value: Decimal, lang: Lang, form: str) -> str | None:
    """The number part of a quantity in one form, or ``None`` when the form cannot write it."""
    if form == "digits":
        return _plain(value)
    if form == "grouped":
        return _grouped(value) if abs(value) >= 1000 else None
    if form == "spaced":
        return _grouped(value, " ") if abs(value) >= 1000 and _is_int(value) else None
    if form == "words":
        return _english_words(value) if lang == "en" else None
    if form == "scale":
        if lang == "en":
            scaled = _scaled(value, _EN_SCALES, max_decimals=2)
            return None if scaled is None else f"{scaled[0]} {scaled[1]}"
        return _cjk_scale(value, lang)
    if form == "abbreviated":
        scaled = _scaled(value, _EN_SCALES, max_decimals=2) if lang == "en" else None
        return None if scaled is None else scaled[0] + _EN_ABBREVIATIONS[scaled[1]]
    if form == "numeral":
        return _chinese_numeral(value) if lang == "zh" else None
    if form == "groups":
        return _ko_groups(value, thousands=False) if lang == "ko" and value >= 10**4 else None
    if form == "mixed":
        return _ko_groups(value, thousands=True) if lang == "ko" and value >= 1000 else None
    return None


def _render_quantity(
    fact: QuantityFact, lang: Lang, form: str, style: str, qualifier: str | None
) -> str | None:
    if form not in _KIND_FORMS[fact.kind] or style not in STYLES[fact.kind][lang]:
        return None
    if fact.high is not None:
        return _render_range(fact, lang, form, style, qualifier)
    number = _number(fact.value, lang, form)
    if number is None:
        return None
    if fact.qualifier is None:
        return None if qualifier else _quantity_text(fact, lang, form, style, number)
    words = QUALIFIERS[fact.qualifier][lang] if fact.kind in ("count", "money") else ()
    word = qualifier or (words[0] if words else None)
    if word is None or word not in words:
        return None
    if lang == "ko" and word == "여":
        return _quantity_text(fact, lang, form, style, number + word)
    text = _quantity_text(fact, lang, form, style, number)
    if text is None:
        return None
    return f"{word}{text}" if lang == "zh" else f"{word} {text}"


def _render_range(fact: QuantityFact, lang: Lang, form: str, style: str, word: str | None) -> str | None:
    """``30 to 40 troops``, ``30-40 troops``, ``between 30 and 40 troops``, ``3万至4万名士兵``,
    ``3만~4만명``."""
    if fact.high is None or fact.kind != "count" or form not in _RANGE_FORMS:
        return None
    word = word or RANGE_WORDS[lang][0]
    low, high = _number(fact.value, lang, form), _number(fact.high, lang, form)
    if word not in RANGE_WORDS[lang] or low is None or high is None:
        return None
    if word == "between":  # not with words: "between one hundred and five ..." is ambiguous
        return (
            None if form == "words" else _quantity_text(fact, lang, form, style, f"between {low} and {high}")
        )
    if word == "-" and form in ("words", "scale"):
        return None
    joined = f"{low} {word} {high}" if word == "to" else f"{low}{word}{high}"
    return _quantity_text(fact, lang, form, style, joined)


def _quantity_text(fact: QuantityFact, lang: Lang, form: str, style: str, number: str) -> str | None:
    index = LANGS.index(lang)
    kind = fact.kind
    if kind == "count":
        noun = _COUNT_NOUNS[fact.unit][index]
        return f"{number} {noun}" if lang == "en" else f"{number}{noun}"
    if kind == "money":
        word = CURRENCIES[fact.unit][index]
        if lang == "zh":
            return f"{number}{word}"
        if lang == "ko":
            return f"{number} {word}"
        if style == "word":
            return None if form == "abbreviated" else f"{number} {word}"
        if form == "words":
            return None
        if style == "symbol":
            symbol = _SYMBOLS.get(fact.unit)
            return None if symbol is None else f"{symbol}{number}"
        if style == "us-symbol":
            return f"US${number}" if fact.unit == "USD" else None
        return f"{fact.unit} {number}"  # code
    if kind == "percent":
        if (form == "numeral") != (style == "baifenzhi"):  # 百分之 takes a Chinese numeral, and only it
            return None
        if style == "sign":
            return None if form == "words" else f"{number}%"
        if style == "baifenzhi":
            return f"百分之{number}"
        if style == "peosenteu":
            return f"{number}퍼센트"
        return f"{number} percent" if style == "percent" else f"{number} per cent"
    if kind == "points":
        if lang == "zh":
            return f"{number}个百分点"
        if lang == "ko":
            return f"{number}%포인트"
        return f"{number} percentage points"
    if kind == "multiplier":
        if lang == "zh":
            return f"{number}倍"
        if lang == "ko":
            return f"{number}배"
        if style == "fold":
            return f"{number}fold" if form == "words" and _is_int(fact.value) and fact.value <= 10 else None
        return f"{number} times"
    # measure
    symbol, word, zh_word, ko_word = _UNITS[fact.unit]
    if lang == "zh":
        return f"{number}{zh_word}"
    if lang == "ko":
        return f"{number}{ko_word}"
    if style == "symbol":
        return f"{number}{symbol}" if symbol == "°C" else f"{number} {symbol}"
    return f"{number} {word}" if word and word != symbol else None


def _render_date(fact: DateFact, lang: Lang, form: str) -> str | None:
    d = fact.date
    if form == "iso":
        return d.isoformat()
    if lang == "en":
        month = _MONTHS[d.month - 1]
        if form == "month-day":
            return f"{month} {d.day}"
        if form == "day-month":
            return f"{d.day} {month}"
        if form == "month-day-year":
            return f"{month} {d.day}, {d.year}"
        if form == "weekday-month-day":
            return f"{_WEEKDAYS[d.weekday()]} ({month} {d.day})"
        return None
    if lang == "zh":
        if form == "month-day":
            return f"{d.month}月{d.day}日"
        return f"{d.year}年{d.month}月{d.day}日" if form == "year-month-day" else None
    if form == "month-day":
        return f"{d.month}월 {d.day}일"
    return f"{d.year}년 {d.month}월 {d.day}일" if form == "year-month-day" else None


def _render_time(fact: TimeFact, lang: Lang, form: str) -> str | None:
    if form == "24h":
        return f"{fact.hour:02d}:{fact.minute:02d}"
    if form == "am-pm" and lang == "en":
        hour = fact.hour % 12 or 12
        suffix = "a.m." if fact.hour < 12 else "p.m."
        return f"{hour}:{fact.minute:02d} {suffix}" if fact.minute else f"{hour} {suffix}"
    return None


def _title_styles(person: PersonFact) -> tuple[str, ...]:
    title = person.title
    if title is None:
        return ("none",)
    if title.abbreviation is not None:
        return ("rank", "rank-abbreviated")
    if title.domain is None:
        return ("title-first",)
    if title.domain in _UK_SPELLINGS:
        return ("title-first", "title-of", "title-first-uk", "title-of-uk")
    return ("title-first", "title-of")


# US spellings of title words and their UK spelling (``Defense Secretary`` = ``Defence Secretary``).
_UK_SPELLINGS: Mapping[str, str] = {"Defense": "Defence"}


def _render_title(title: TitleFact, style: str) -> str | None:
    if style.endswith("-uk"):
        us = _render_title(title, style.removesuffix("-uk"))
        uk = _UK_SPELLINGS.get(title.domain or "")
        return None if us is None or uk is None else us.replace(title.domain or "", uk)
    if style == "rank":
        return title.head
    if style == "rank-abbreviated":
        return title.abbreviation
    if style == "title-first":
        return f"{title.domain} {title.head}" if title.domain else title.head
    if style == "title-of":
        return f"{title.head} of {title.after_of}" if title.domain else None
    return None


def _render_person(fact: PersonFact, form: str, style: str) -> str | None:
    if form == "full":
        name = fact.full_name
    elif form == "family":
        name = fact.family
    elif form == "reversed":
        if not fact.order_free:
            return None
        given = fact._given("hyphen")
        name = f"{given} {fact.family}" if fact.family_first else f"{fact.family} {given}"
    elif form == "spaced":
        if not (fact.syllabic and len(fact.given) > 1):
            return None
        given = fact._given("spaced")
        name = f"{fact.family} {given}" if fact.family_first else f"{given} {fact.family}"
    elif form.startswith("variant-") and form.removeprefix("variant-").isdigit():
        index = int(form.removeprefix("variant-"))
        if index >= len(fact.family_variants):
            return None
        name = attrs.evolve(fact, family=fact.family_variants[index]).full_name
    else:
        return None
    if style == "none":
        return name if fact.title is None else None
    if fact.title is None:
        return None
    title = _render_title(fact.title, style)
    return None if title is None else f"{title} {name}"


def _render_org(fact: OrgFact, form: str) -> str | None:
    if form == "name":
        return fact.name
    if form == "alias":
        return fact.aliases[0] if fact.aliases else None
    return None


def render(
    fact: Fact,
    lang: Lang = "en",
    form: str | None = None,
    style: str | None = None,
    *,
    qualifier: str | None = None,
) -> str | None:
    """Write ``fact`` in ``lang`` in one form (and unit or title style), or ``None`` when that form
    cannot write it (``words`` of ``2.5``; ``numeral`` in English). Without ``form``/``style``,
    the first ones :func:`forms_of` lists; ``qualifier`` picks the word of a qualified quantity
    (default: the first of :data:`QUALIFIERS`).

    >>> render(QuantityFact("money", Decimal("1.52E12"), "KRW"), "ko", "groups", "word")
    '1조5200억 원'
    >>> render(DateFact(dt.date(2025, 5, 22)), "zh", "month-day")
    '5月22日'
    >>> render(PersonFact(("Pete",), "Hegseth", TitleFact("Secretary", "Defense")), "en", "full", "title-of")
    'Secretary of Defense Pete Hegseth'
    """
    if form is None or style is None:
        options = forms_of(fact, lang)
        if not options:
            return None
        form = form if form is not None else options[0][0]
        style = style if style is not None else next((s for f, s in options if f == form), options[0][1])
    if isinstance(fact, QuantityFact):
        return _render_quantity(fact, lang, form, style, qualifier)
    if isinstance(fact, DateFact):
        return _render_date(fact, lang, form)
    if isinstance(fact, TimeFact):
        return _render_time(fact, lang, form)
    if isinstance(fact, PersonFact):
        if lang != "en":
            return fact.native_name(lang) if (form, style) == ("native", "none") else None
        return _render_person(fact, form, style)
    if isinstance(fact, QuoteFact):
        marks = {"straight": ('"', '"'), "curly": ("“", "”")}.get(form)
        return None if lang != "en" or marks is None else f"{marks[0]}{fact.words}{marks[1]}"
    return _render_org(fact, form) if lang == "en" else None


@attrs.frozen
class Rendering:
    """One fact written one way: the ``text``, and the ``lang``, ``form``, ``style`` and qualifier
    word used."""

    fact: Fact
    text: str
    lang: Lang
    form: str
    style: str = ""
    qualifier: str = ""


# ---------------------------------------------------------------------------------------------
# Fact strategies


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


@functools.cache
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

    >>> render(TimeFact(15, 30), "en", "am-pm"), render(TimeFact(15, 30), "en", "24h")
    ('3:30 p.m.', '15:30')
    """
    return st.builds(TimeFact, st.integers(1, 23), st.sampled_from([0, 15, 30, 45]))


_SECRETARY_DEFENSE = TitleFact("Secretary", "Defense")
_PEOPLE: tuple[PersonFact, ...] = (
    PersonFact(
        ("Pete",),
        "Hegseth",
        _SECRETARY_DEFENSE,
        wrong_titles=(TitleFact("Deputy Secretary", "Defense"), TitleFact("Secretary", "State")),
        native=(("zh", "赫格塞思"), ("ko", "헤그세스")),
    ),
    PersonFact(
        ("Marco",),
        "Rubio",
        TitleFact("Secretary", "State"),
        wrong_titles=(_SECRETARY_DEFENSE, TitleFact("Secretary", "Commerce")),
    ),
    PersonFact(
        ("Samuel",),
        "Paparo",
        TitleFact("Admiral", abbreviation="Adm."),
        wrong_titles=(TitleFact("General", abbreviation="Gen."),),
        native=(("zh", "帕帕罗"), ("ko", "파파로")),
    ),
    PersonFact(
        ("Xavier",),
        "Brunson",
        TitleFact("General", abbreviation="Gen."),
        wrong_titles=(TitleFact("Admiral", abbreviation="Adm."),),
        native=(("zh", "布伦森"), ("ko", "브런슨")),
    ),
    PersonFact(
        ("Jae", "Myung"),
        "Lee",
        TitleFact("President"),
        family_first=True,
        syllabic=True,
        wrong_titles=(TitleFact("Prime Minister"),),
        family_variants=("Rhee", "Yi"),
        native=(("zh", "李在明"), ("ko", "이재명")),
    ),
    PersonFact(
        ("Sang", "Mok"),
        "Choi",
        TitleFact("Minister", "Finance"),
        family_first=True,
        syllabic=True,
        wrong_titles=(TitleFact("Prime Minister"),),
        family_variants=("Choe",),
    ),
    PersonFact(
        ("Dong", "Young"),
        "Chung",
        TitleFact("Minister", "Unification"),
        family_first=True,
        syllabic=True,
        wrong_titles=(TitleFact("Minister", "Foreign", of_domain="Foreign Affairs"),),
        family_variants=("Jeong",),
    ),
    PersonFact(
        ("Duck", "Soo"),
        "Han",
        TitleFact("Prime Minister"),
        family_first=True,
        syllabic=True,
        wrong_titles=(TitleFact("President"),),
        native=(("zh", "韩德洙"), ("ko", "한덕수")),
    ),
    PersonFact(
        ("Jong", "Un"),
        "Kim",
        None,
        family_first=True,
        syllabic=True,
        native=(("zh", "金正恩"), ("ko", "김정은")),
    ),
    PersonFact(
        ("Gen",),
        "Nakatani",
        TitleFact("Minister", "Defense"),
        family_first=True,
        order_free=True,
        wrong_titles=(TitleFact("Minister", "Foreign", of_domain="Foreign Affairs"),),
    ),
    PersonFact(
        ("Shigeru",),
        "Ishiba",
        TitleFact("Prime Minister"),
        family_first=True,
        order_free=True,
        wrong_titles=(TitleFact("Minister", "Finance"),),
    ),
    PersonFact(
        ("Elena",),
        "Marchetti",
        TitleFact("Minister", "Finance"),
        wrong_titles=(TitleFact("Minister", "Defense"),),
    ),
)

_ORGS: tuple[OrgFact, ...] = (
    OrgFact("United Nations", ("UN",)),
    OrgFact("U.S. Forces Korea", ("USFK",)),
    OrgFact("US Department of Defense", ("Pentagon",)),
    OrgFact("National Security Council", ("NSC",)),
    OrgFact("International Monetary Fund", ("IMF",)),
    OrgFact("World Health Organization", ("WHO",)),
)


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

    >>> [render(OrgFact("United Nations", ("UN",)), "en", form) for form in ORG_FORMS]
    ['United Nations', 'UN']
    """
    return st.sampled_from(list(pool)) if pool is not None else _DEFAULT_ORGS


_QUOTES: tuple[QuoteFact, ...] = (
    QuoteFact(
        "We will withdraw our troops from the peninsula.",
        "We will not withdraw our troops from the peninsula.",
    ),
    QuoteFact(
        "The alliance is ready to respond to any provocation.",
        "The alliance is not ready to respond to any provocation.",
    ),
    QuoteFact(
        "Washington will reduce its forces in Korea.", "Washington will not reduce its forces in Korea."
    ),
    QuoteFact("Seoul should pay more for the deployment.", "Seoul should not pay more for the deployment."),
    QuoteFact(
        "The talks have produced an agreement on tariffs.",
        "The talks have not produced an agreement on tariffs.",
    ),
    QuoteFact(
        "The exercise was a rehearsal for an invasion.", "The exercise was not a rehearsal for an invasion."
    ),
)


def quote_facts(pool: Sequence[QuoteFact] | None = None) -> st.SearchStrategy[QuoteFact]:
    """Claims officials make in news quotes, said as they are or negated.

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


@functools.lru_cache(maxsize=4096)
def _options(fact: Fact, langs: tuple[Lang, ...]) -> tuple[Rendering, ...]:
    options = tuple(
        Rendering(fact, text, lang, form, style, word or "")
        for lang in langs
        for form, style in forms_of(fact, lang)
        for word in _qualifier_words(fact, lang)
        if (text := render(fact, lang, form, style, qualifier=word)) is not None
    )
    if not options:
        msg = f"no form of {fact!r} in {', '.join(langs)}"
        raise ValueError(msg)
    return options


def _qualifier_words(fact: Fact, lang: Lang) -> tuple[str | None, ...]:
    """The qualifier words (or range words) one fact can be written with."""
    if isinstance(fact, QuantityFact) and fact.high is not None:
        return RANGE_WORDS[lang]
    if isinstance(fact, QuantityFact) and fact.qualifier is not None:
        return QUALIFIERS[fact.qualifier][lang]
    return (None,)


_T = TypeVar("_T")


def _pick(draw: st.DrawFn, options: Sequence[_T]) -> _T:
    """One of ``options``, shrinking towards the first (cheaper than a new ``sampled_from``)."""
    return options[draw(st.integers(0, len(options) - 1))]


# ---------------------------------------------------------------------------------------------
# Sentences


@attrs.frozen
class Slot:
    """Where a fact sits in a sentence: the slot ``name``, the :class:`Rendering` and its exact
    ``span`` (``sentence.text[span.start:span.end] == span.text``)."""

    name: str
    rendering: Rendering
    span: Span

    @property
    def fact(self) -> Fact:
        """The fact in this slot."""
        return self.rendering.fact


@attrs.frozen
class FactSentence:
    """A generated news sentence and the facts it states, with their spans.

    >>> share = Rendering(QuantityFact("percent", Decimal(3), "%"), "3%", "en", "digits", "sign")
    >>> s = FactSentence.build("en", "Exports rose {share}.", {"share": share})
    >>> s.text, s.slots[0].span
    ('Exports rose 3%.', Span(start=13, end=15, text='3%'))
    """

    text: str
    lang: Lang
    slots: tuple[Slot, ...]
    family: str = ""

    @classmethod
    def build(
        cls, lang: Lang, template: str, values: Mapping[str, Rendering], *, family: str = ""
    ) -> FactSentence:
        """Fill ``{name}`` placeholders of ``template`` with renderings, recording exact spans."""
        text = ""
        slots: list[Slot] = []
        rest = template
        while "{" in rest:
            before, _, after = rest.partition("{")
            name, _, rest = after.partition("}")
            text += before
            rendering = values[name]
            slots.append(
                Slot(name, rendering, Span(len(text), len(text) + len(rendering.text), rendering.text))
            )
            text += rendering.text
        text += rest
        return cls(text, lang, tuple(slots), family)

    def slot(self, name: str) -> Slot:
        """The slot called ``name``."""
        for slot in self.slots:
            if slot.name == name:
                return slot
        msg = f"no slot {name!r} in {self.text!r}"
        raise KeyError(msg)


@attrs.frozen
class SentenceFamily:
    """One news sentence written in several languages: ``templates`` maps a language to a template
    with ``{slot}`` placeholders; ``slots`` maps each slot to a function returning the strategy its
    fact is drawn from. :data:`FAMILIES` lists the bundled ones; pass your own to
    :func:`fact_sentences`, :func:`equivalent_pairs` and :func:`perturbations` by name."""

    name: str
    slots: Mapping[str, Callable[[], st.SearchStrategy[Fact]]]
    templates: Mapping[Lang, str]


#: The qualifiers the sentence strategies draw for counts and amounts (none first: it shrinks there).
SENTENCE_QUALIFIERS: tuple[str | None, ...] = (None, "approx", "gt", "ge", "le")


@attrs.frozen
class _Maker:
    """A slot's fact strategy, with the changes its facts can undergo (so that perturbations pick a
    sentence family that can take the changes asked for instead of filtering examples away)."""

    make: Callable[[], st.SearchStrategy[Fact]]
    changes: frozenset[str]

    def __call__(self) -> st.SearchStrategy[Fact]:
        return self.make()


_KIND_CHANGES: Mapping[QuantityKind, frozenset[str]] = {
    "count": frozenset({"figure", "scale", "bound"}),
    "money": frozenset({"figure", "scale", "currency", "bound"}),
    "percent": frozenset({"figure", "percent-points"}),
    "points": frozenset({"figure", "percent-points"}),
    "multiplier": frozenset({"figure"}),
    "measure": frozenset({"figure", "unit"}),
}


def _q(kind: QuantityKind) -> _Maker:
    return _Maker(
        lambda: quantity_facts([kind], qualifiers=SENTENCE_QUALIFIERS, ranges=True), _KIND_CHANGES[kind]
    )


_DATES = _Maker(date_facts, frozenset({"date"}))
_TIMES = _Maker(time_facts, frozenset({"time"}))
_PEOPLE_SLOT = _Maker(person_facts, frozenset({"name", "title"}))
_NATIVE_PEOPLE_SLOT = _Maker(lambda: _NATIVE_PEOPLE, frozenset({"name", "title"}))
_ORGS_SLOT = _Maker(org_facts, frozenset())
_QUOTES_SLOT = _Maker(quote_facts, frozenset({"negation"}))


#: Sentence families: the same sentence in each language it is written in, with typed slots.
FAMILIES: tuple[SentenceFamily, ...] = (
    SentenceFamily(
        "deployment",
        {"count": _q("count"), "date": _DATES},
        {
            "en": "Officials said {count} would be deployed to the region by {date}.",
            "zh": "官员表示，{date}前将向该地区部署{count}。",
            "ko": "당국자들은 {date}까지 {count}이 이 지역에 배치될 것이라고 밝혔다.",
        },
    ),
    SentenceFamily(
        "budget",
        {"money": _q("money"), "date": _DATES},
        {
            "en": "The cabinet approved a budget of {money} on {date}.",
            "zh": "内阁于{date}批准了{money}的预算。",
            "ko": "내각은 {date} {money} 규모의 예산을 승인했다.",
        },
    ),
    SentenceFamily(
        "growth",
        {"share": _q("percent")},
        {
            "en": "Exports rose {share} from a year earlier.",
            "zh": "出口同比增长{share}。",
            "ko": "수출은 전년 대비 {share} 증가했다.",
        },
    ),
    SentenceFamily(
        "rate",
        {"points": _q("points")},
        {
            "en": "The jobless rate fell {points} last quarter.",
            "zh": "上季度失业率下降了{points}。",
            "ko": "지난 분기 실업률은 {points} 하락했다.",
        },
    ),
    SentenceFamily(
        "multiple",
        {"times": _q("multiplier")},
        {
            "en": "Imports were {times} higher than a year earlier.",
            "zh": "进口额是去年同期的{times}。",
            "ko": "수입은 전년의 {times}에 달했다.",
        },
    ),
    SentenceFamily(
        "measure",
        {"measure": _q("measure"), "date": _DATES},
        {
            "en": "The agency recorded {measure} on {date}.",
            "zh": "该机构于{date}记录到{measure}。",
            "ko": "이 기관은 {date} {measure}의 수치를 기록했다.",
        },
    ),
    SentenceFamily(
        "briefing",
        {"person": _PEOPLE_SLOT, "time": _TIMES, "date": _DATES},
        {"en": "{person} will brief reporters at {time} on {date}."},
    ),
    SentenceFamily(
        "statement",
        {"person": _NATIVE_PEOPLE_SLOT, "count": _q("count")},
        {
            "en": "{person} said {count} had taken part in the exercise.",
            "zh": "{person}表示，已有{count}参加了演习。",
            "ko": "{person}에 따르면 {count}이 훈련에 참가했다.",
        },
    ),
    SentenceFamily(
        "funding",
        {"org": _ORGS_SLOT, "money": _q("money")},
        {"en": "The {org} pledged {money} in new funding."},
    ),
    SentenceFamily(
        "remarks",
        {"person": _PEOPLE_SLOT, "quote": _QUOTES_SLOT},
        {"en": "{person} told reporters: {quote}"},
    ),
)


Families: TypeAlias = "Sequence[str | SentenceFamily] | None"
"""Sentence families to draw from: names of bundled :data:`FAMILIES`, your own
:class:`SentenceFamily` objects, or ``None`` for all bundled ones."""


def _pool(families: Families) -> tuple[SentenceFamily, ...]:
    """The families asked for; unknown names are refused when the strategy is built."""
    if families is None:
        return FAMILIES
    by_name = {f.name: f for f in FAMILIES}
    out: list[SentenceFamily] = []
    for item in families:
        if isinstance(item, SentenceFamily):
            out.append(item)
        elif item in by_name:
            out.append(by_name[item])
        else:
            msg = (
                f"unknown sentence family {item!r}; expected a SentenceFamily or one of {', '.join(by_name)}"
            )
            raise ValueError(msg)
    return tuple(out)


def _families(langs: Sequence[Lang], pool: Sequence[SentenceFamily]) -> list[SentenceFamily]:
    chosen = [f for f in pool if all(lang in f.templates for lang in langs)]
    if not chosen:
        msg = f"no sentence family is written in {', '.join(langs)} ({', '.join(f.name for f in pool)})"
        raise ValueError(msg)
    return chosen


def _drawn_facts(draw: st.DrawFn, family: SentenceFamily) -> dict[str, Fact]:
    return {name: draw(make()) for name, make in family.slots.items()}


def _rendered(draw: st.DrawFn, facts_: Mapping[str, Fact], lang: Lang) -> dict[str, Rendering]:
    return {name: _pick(draw, _options(fact, (lang,))) for name, fact in facts_.items()}


def fact_sentences(
    langs: Sequence[Lang] = ("en",), *, families: Families = None
) -> st.SearchStrategy[FactSentence]:
    """News sentences in one of ``langs`` with their facts and exact spans.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(fact_sentences(["en", "zh", "ko"]))
    ... def test(s):
    ...     assert all(s.text[x.span.start : x.span.end] == x.span.text for x in s.slots)
    >>> test()
    """

    pool = _pool(families)

    @st.composite
    def build(draw: st.DrawFn) -> FactSentence:
        lang = _pick(draw, list(langs))
        family = _pick(draw, _families([lang], pool))
        values = _rendered(draw, _drawn_facts(draw, family), lang)
        return FactSentence.build(lang, family.templates[lang], values, family=family.name)

    return build()


def equivalent_pairs(
    langs: Sequence[Lang] = ("en",),
    reference_langs: Sequence[Lang] | None = None,
    *,
    families: Families = None,
) -> st.SearchStrategy[tuple[FactSentence, FactSentence]]:
    """``(translation, reference)``: one sentence stating the same facts twice, each fact written in
    a form drawn independently (``28,500 troops`` against ``2만8천500명의 병력``). xcheck must report
    no finding on such a pair.

    The translation is in one of ``langs``, the reference in one of ``reference_langs`` (default: the
    same language as the translation).

    >>> from hypothesis import given, settings
    >>> from xcheck._check import check_pair
    >>> @settings(max_examples=10, deadline=None)
    ... @given(equivalent_pairs(["en"], ["zh", "ko"], families=["growth", "deployment"]))
    ... def test(pair):
    ...     translation, reference = pair
    ...     assert check_pair(translation.text, reference.text, reference_lang=reference.lang).findings == ()
    >>> test()
    """

    pool = _pool(families)

    @st.composite
    def build(draw: st.DrawFn) -> tuple[FactSentence, FactSentence]:
        lang = _pick(draw, list(langs))
        ref_lang = _pick(draw, list(reference_langs)) if reference_langs else lang
        family = _pick(draw, _families([lang, ref_lang], pool))
        facts_ = _drawn_facts(draw, family)
        t_values = _rendered(draw, facts_, lang)
        r_values = _rendered(draw, facts_, ref_lang)
        translation = FactSentence.build(lang, family.templates[lang], t_values, family=family.name)
        reference = FactSentence.build(ref_lang, family.templates[ref_lang], r_values, family=family.name)
        return translation, reference

    return build()


# ---------------------------------------------------------------------------------------------
# Perturbations

#: The changes :func:`perturbations` makes, and the finding kind each must produce.
CHANGES: Mapping[str, FindingKind] = {
    "figure": "number",
    "scale": "number",
    "unit": "number",
    "currency": "number",
    "percent-points": "number",
    "bound": "number",
    "date": "date",
    "time": "date",
    "name": "name",
    "title": "title",
    "negation": "quote",
}


@attrs.frozen
class Perturbation:
    """A reference sentence and a translation of it with one fact changed.

    ``change`` is one of :data:`CHANGES`; ``kind`` the finding xcheck must report; ``slot`` the name
    of the changed slot; ``span`` the exact span of the changed fact in ``translation.text``;
    ``expected`` and ``found`` the fact before and after.
    """

    reference: FactSentence
    translation: FactSentence
    change: str
    kind: FindingKind
    slot: str
    expected: Fact
    found: Fact

    @property
    def span(self) -> Span:
        """Where the changed fact sits in the translation."""
        return self.translation.slot(self.slot).span


def _changed_values(fact: QuantityFact, change: str) -> list[QuantityFact]:
    """Candidate changed facts for one change, most typical first (may be empty)."""
    v = fact.value
    if fact.high is not None:  # a range: move its top (figure) or both ends (scale)
        top = fact.high
        if change == "figure":
            return [attrs.evolve(fact, high=(top * m).normalize()) for m in (2, 3)]
        if change == "scale":
            return [
                attrs.evolve(fact, value=(v * m).normalize(), high=(top * m).normalize()) for m in (1000, 10)
            ]
        return []
    if change == "figure":
        # Changes a reader would notice (a different leading figure), never a rounding: 7 -> 8,
        # 28,500 -> 57,000, 2.1% -> 4.2%.
        if fact.unit == "°C":
            steps = [v - 10, v + 10]
        else:
            steps = [v * 2, v * 3, v * Decimal("1.5")]
            if v < 1000 and _is_int(v) and fact.qualifier is None:  # "about 101" may be "about 100"
                steps.insert(0, v + 1)
        return [attrs.evolve(fact, value=new.normalize()) for new in steps if new != v]
    if change == "scale":
        if fact.kind not in ("count", "money"):
            return []
        return [attrs.evolve(fact, value=(v * m).normalize()) for m in (1000, 10, 10**4)]
    if change == "unit":
        return [attrs.evolve(fact, unit=_UNIT_SWAPS[fact.unit])] if fact.kind == "measure" else []
    if change == "currency":
        if fact.kind != "money":
            return []
        return [attrs.evolve(fact, unit=code) for code in ("EUR", "USD", "JPY") if code != fact.unit]
    if change == "bound":
        opposite = _OPPOSITE_BOUNDS.get(fact.qualifier or "")
        return [attrs.evolve(fact, qualifier=opposite)] if opposite else []
    if change == "percent-points":
        if fact.kind == "percent":
            return [QuantityFact("points", v, "pp")]
        if fact.kind == "points":
            return [QuantityFact("percent", v, "%")]
    return []


def _changed(
    draw: st.DrawFn, fact: Fact, change: str, rendering: Rendering, reference_lang: Lang
) -> Rendering | None:
    """The changed fact rendered in the original form if possible, else in any form of the language."""
    candidates: list[Fact] = []
    if isinstance(fact, QuantityFact):
        candidates = list(_changed_values(fact, change))
    elif isinstance(fact, DateFact) and change == "date":
        days = _pick(draw, [1, -1, 7, 31, -30])
        candidates = [DateFact(fact.date + dt.timedelta(days=days))]
    elif isinstance(fact, TimeFact) and change == "time":
        candidates = [
            TimeFact((fact.hour + 12) % 24 or 12, fact.minute),
            TimeFact(fact.hour % 23 + 1, fact.minute),
        ]
    elif isinstance(fact, QuoteFact) and change == "negation":
        candidates = [attrs.evolve(fact, negative=not fact.negative)]
    elif isinstance(fact, PersonFact):
        if change == "name":
            mine = {fact.family, *fact.family_variants}
            others = [
                p
                for p in _PEOPLE
                if not mine & {p.family, *p.family_variants}
                # written in both languages, so a checker can tell the two apart across scripts
                and all(lang == "en" or p.native_name(lang) for lang in (rendering.lang, reference_lang))
            ]
            candidates = [attrs.evolve(_pick(draw, others), title=fact.title)]
        elif change == "title" and fact.title is not None and fact.wrong_titles:
            candidates = [attrs.evolve(fact, title=_pick(draw, fact.wrong_titles))]
    for new in candidates:
        # The same form, style and qualifier word when they can write the new fact.
        same = _qualifier_words(new, rendering.lang)
        word = rendering.qualifier if rendering.qualifier in same else same[0]
        text = render(new, rendering.lang, rendering.form, rendering.style, qualifier=word)
        if text is None and isinstance(new, PersonFact):
            styles = _title_styles(new)
            text = render(new, rendering.lang, rendering.form, styles[0])
            if text is not None:
                return Rendering(new, text, rendering.lang, rendering.form, styles[0])
        if text is not None and text != rendering.text:
            return Rendering(new, text, rendering.lang, rendering.form, rendering.style, word or "")
    for new in candidates:
        try:
            options = [r for r in _options(new, (rendering.lang,)) if r.text != rendering.text]
        except ValueError:  # no form of the new fact in this language
            continue
        if options:
            return _pick(draw, options)
    return None


def _can_take(family: SentenceFamily, changes: Sequence[str], lang: Lang, ref_lang: Lang) -> bool:
    """Whether a fact of ``family`` may undergo one of ``changes`` in this language pair (slots of
    your own families, whose facts are unknown until drawn, may)."""
    if lang not in family.templates or ref_lang not in family.templates:
        return False
    wanted = set(changes) - ({"title"} if (lang, ref_lang) != ("en", "en") else set())
    return any(not isinstance(make, _Maker) or make.changes & wanted for make in family.slots.values())


def _applicable(fact: Fact, change: str) -> bool:
    if isinstance(fact, QuantityFact):
        return bool(_changed_values(fact, change))
    if isinstance(fact, DateFact):
        return change == "date"
    if isinstance(fact, TimeFact):
        return change == "time"
    if isinstance(fact, QuoteFact):
        return change == "negation"
    if isinstance(fact, PersonFact):
        return change == "name" or (change == "title" and fact.title is not None and bool(fact.wrong_titles))
    return False


def perturbations(
    langs: Sequence[Lang] = ("en",),
    reference_langs: Sequence[Lang] | None = None,
    *,
    changes: Sequence[str] = tuple(CHANGES),
    families: Families = None,
    vary_forms: bool = True,
) -> st.SearchStrategy[Perturbation]:
    """A reference sentence and a translation with exactly one fact changed by one of ``changes``
    (see :data:`CHANGES`). With ``vary_forms`` the other facts are written in independently drawn
    forms (only the change may produce a finding); without it, the translation writes them as the
    reference does (same language only).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(perturbations(changes=["scale"]))
    ... def test(p):
    ...     assert p.kind == "number" and p.translation.text[p.span.start : p.span.end] == p.span.text
    >>> test()
    """
    unknown = sorted(set(changes) - set(CHANGES))
    if unknown or not changes:
        msg = f"unknown changes {unknown}; expected some of {', '.join(CHANGES)}"
        raise ValueError(msg)

    pool = _pool(families)
    # The language pairs and, for each, the families whose slots can take one of the changes.
    plans = [
        (lang, ref_lang, fams)
        for lang in langs
        for ref_lang in (reference_langs or (lang,))
        if (fams := [f for f in pool if _can_take(f, changes, lang, ref_lang)])
    ]
    if not plans:
        refs = ", ".join(reference_langs or langs)
        msg = f"no sentence family in {', '.join(langs)} (references in {refs}) can take {', '.join(changes)}"
        raise ValueError(msg)

    @st.composite
    def build(draw: st.DrawFn) -> Perturbation:
        lang, ref_lang, fams = _pick(draw, plans)
        options: list[tuple[str, str]] = []
        for _attempt in range(3):  # facts that cannot take the change (an unqualified count): draw again
            family = _pick(draw, fams)
            facts_ = _drawn_facts(draw, family)
            options = [(name, c) for name, fact in facts_.items() for c in changes if _applicable(fact, c)]
            if (lang, ref_lang) != ("en", "en"):  # titles are written in English only
                options = [(name, c) for name, c in options if c != "title"]
            if options:
                break
        assume(bool(options))
        name, change = _pick(draw, options)
        r_values = _rendered(draw, facts_, ref_lang)
        t_values = _rendered(draw, facts_, lang) if vary_forms or lang != ref_lang else dict(r_values)
        new = _changed(draw, facts_[name], change, t_values[name], ref_lang)
        if new is None:
            reject()
        t_values[name] = new
        translation = FactSentence.build(lang, family.templates[lang], t_values, family=family.name)
        reference = FactSentence.build(ref_lang, family.templates[ref_lang], r_values, family=family.name)
        return Perturbation(reference, translation, change, CHANGES[change], name, facts_[name], new.fact)

    return build()
