"""Quantities in their surface forms: numbers in digits, words, scale words and CJK forms, with units.

Writes a :class:`~xcheck.strategies.QuantityFact` the ways English, Chinese and Korean news do
(``28,500 troops``, ``28.5 thousand troops``, ``2.85万名士兵``, ``2만8천500명의 병력``, ``about
$1.5bn``, ``30 to 40 troops``): the number forms of each language (:data:`NUMBER_FORMS`), the unit
styles of each kind (:data:`STYLES`), and :func:`_render_quantity`, which returns ``None`` for a form
that cannot write a value. Nothing here needs hypothesis.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from xcheck.lexicon._numbers import render_english_words
from xcheck.strategies._facts import (
    _COUNT_NOUNS,
    _UNITS,
    CURRENCIES,
    LANGS,
    QUALIFIERS,
    RANGE_WORDS,
    Lang,
    QuantityFact,
    QuantityKind,
)

_SYMBOLS: Mapping[str, str] = {"USD": "$", "EUR": "€", "GBP": "£"}


# Number forms a range is written in (both ends in the same form).
_RANGE_FORMS = frozenset({"digits", "grouped", "words", "numeral", "scale", "groups", "mixed"})


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


#: The abbreviation of each scale the strategies write (a choice among the lexicon's spellings).
_ABBREVIATIONS = {10**3: "k", 10**6: "mn", 10**9: "bn", 10**12: "tn"}
#: English scale words from a trillion down to a thousand, spelled as the lexicon spells them.
_EN_SCALES = tuple(
    (value, render_english_words(value).split()[-1]) for value in sorted(_ABBREVIATIONS, reverse=True)
)
#: The abbreviation written after a number for each scale word (12bn, 3.5mn, 40k).
_EN_ABBREVIATIONS = {word: _ABBREVIATIONS[value] for value, word in _EN_SCALES}


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
