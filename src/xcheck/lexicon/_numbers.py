"""Number words: English cardinals, ordinals, fractions and multipliers; scale words
("billion", "bn", "Mio."); Chinese numerals; digit-and-scale composites (``2만8천500``,
``1.52万亿``, ``1조5192억``); the languages that write a decimal comma.

Private to :mod:`xcheck.facts.quantities`. Every parser works on an already matched surface and
returns an exact :class:`decimal.Decimal` (or ``None`` when the surface is not a number), so
``2.85万`` gives exactly ``28500`` and never ``28500.000000000004``.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = [
    "CARDINALS",
    "CN_DIGITS",
    "COMMA_DECIMAL_LANGS",
    "CURRENCY_ONLY_SCALES",
    "FRACTIONS",
    "FREQUENCY_WORDS",
    "KO_BOTH",
    "KO_NATIVE_GLUED",
    "KO_NATIVE_ONES",
    "KO_NATIVE_TENS",
    "LARGE_SCALES_DOWN",
    "MULTIPLIER_WORDS",
    "ORDINALS",
    "SCALES",
    "SCALE_WORDS",
    "ZH_BY_TIMES_VERBS",
    "parse_cjk_composite",
    "parse_cn_numeral",
    "parse_english_words",
    "render_english_words",
]

CARDINALS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
}

SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}

#: The English scales of a million and more, largest first: (word, value).
LARGE_SCALES_DOWN: tuple[tuple[str, int], ...] = tuple(
    sorted(((w, v) for w, v in SCALES.items() if v >= 10**6), key=lambda item: -item[1])
)
_THOUSAND = next(w for w, v in SCALES.items() if v == 1000)

#: Scale words after a number, abbreviations and German included ("3.5bn", "2 Mio."), with
#: their factor; matched case-insensitively.
SCALE_WORDS: dict[str, int] = {
    "hundred million": 10**8,
    "hundred-million": 10**8,
    **SCALES,
    "milion": 10**6,
    "milions": 10**6,
    "mln": 10**6,
    "mn": 10**6,
    "mil": 10**6,
    "bn": 10**9,
    "bln": 10**9,
    "tn": 10**12,
    "trn": 10**12,
    "k": 1000,
    "m": 10**6,
    "b": 10**9,
    "tausend": 1000,
    "mio.": 10**6,
    "mio": 10**6,
    "million(en)": 10**6,
    "millionen": 10**6,
    "mrd.": 10**9,
    "mrd": 10**9,
    "milliarde": 10**9,
    "milliarden": 10**9,
    "billionen": 10**12,
}
#: Single letters that are a scale only after a currency ($5m, €3bn, $10k).
CURRENCY_ONLY_SCALES = frozenset({"k", "m", "b"})

#: Languages that write a decimal comma and group thousands with a dot (``272.000``, ``2,5``).
COMMA_DECIMAL_LANGS = frozenset({"de", "fr", "es", "it", "pt", "nl", "ru", "pl", "tr", "sv", "da"})

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1000,
}

#: Denominators of spelled-out fractions ("a third", "three-quarters", "two-fifths").
FRACTIONS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}

#: The multiplier words that count times rather than multiply ("scored twice", "won it once"): a
#: lone numeral of the other text renders them (两度, 两届, 梅开二度).
FREQUENCY_WORDS = frozenset({"twice", "thrice"})

MULTIPLIER_WORDS: dict[str, int] = {
    "double": 2,
    "doubled": 2,
    "doubling": 2,
    "doubles": 2,
    "twice": 2,
    "triple": 3,
    "tripled": 3,
    "tripling": 3,
    "triples": 3,
    "thrice": 3,
    "quadruple": 4,
    "quadrupled": 4,
    "quadrupling": 4,
}

# German number words, for sources in German (BIG-Bench de->en); kept deliberately small.
GERMAN_CARDINALS: dict[str, int] = {
    "null": 0,
    "ein": 1,
    "eine": 1,
    "einen": 1,
    "einem": 1,
    "einer": 1,
    "eins": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "zwanzig": 20,
    "dreißig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "hundert": 100,
    "tausend": 1000,
}

CN_DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}

#: Chinese verbs of increase before N倍 with no 到/至 ("to"): 提高1倍 "increased by 100%" is
#: "doubled", though writers also use it for "to 1x"; both readings are taken (N to N+1 times).
ZH_BY_TIMES_VERBS: tuple[str, ...] = ("提高", "增加", "增长", "上升", "扩大", "提升", "增", "翻")

#: Sino-Korean 양 (兩, "both") as the first syllable of a word for two parties: 양국 (the two
#: countries), 양측 (the two sides), 양사 (the two companies), 양당, 양자, 양팀, 양대.
KO_BOTH: tuple[str, ...] = ("양국", "양측", "양사", "양당", "양자", "양팀", "양대")

#: Korean native numerals (네 명, 두 차례, 스무 살): the ones and the tens, in the form they
#: take before a counter (한, 두, 세, 네, 스무) and alone (하나, 둘, 셋, 넷, 스물).
KO_NATIVE_ONES: dict[str, int] = {
    "한": 1,
    "하나": 1,
    "두": 2,
    "둘": 2,
    "세": 3,
    "셋": 3,
    "석": 3,
    "네": 4,
    "넷": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
}
KO_NATIVE_TENS: dict[str, int] = {
    "열": 10,
    "스물": 20,
    "스무": 20,
    "서른": 30,
    "마흔": 40,
    "쉰": 50,
    "예순": 60,
    "일흔": 70,
    "여든": 80,
    "아흔": 90,
}
#: Counters a native numeral may be written against without a space (두명, 세번, 한가지);
#: before any other the space is required (세대 is "generation", 한편 "meanwhile").
KO_NATIVE_GLUED = ("명", "개", "번", "가지", "차례", "살", "마리")

_SMALL_SCALES: dict[str, int] = {
    "十": 10,
    "拾": 10,
    "百": 100,
    "佰": 100,
    "千": 1000,
    "仟": 1000,
    "십": 10,
    "백": 100,
    "천": 1000,
}

_BIG_SCALES: dict[str, int] = {
    "万亿": 10**12,
    "萬億": 10**12,
    "万": 10**4,
    "萬": 10**4,
    "亿": 10**8,
    "億": 10**8,
    "兆": 10**12,
    "만": 10**4,
    "억": 10**8,
    "조": 10**12,
}

_CJK_TOKEN = re.compile(
    r"\d+(?:\.\d+)?|万亿|萬億|[万萬亿億兆만억조]|[十拾百佰千仟십백천]|[零〇一二两兩三四五六七八九]"
)


def parse_cjk_composite(surface: str) -> Decimal | None:
    """Parse digits and CJK scale characters: ``2.85万`` -> 28500, ``1조5192억`` -> 1519200000000.

    Also parses pure Chinese numerals (``二万八千五百`` -> 28500). Commas and spaces inside the
    surface are ignored. Returns ``None`` when nothing numeric is found.
    """
    text = surface.replace(",", "").replace(" ", "")
    total = Decimal(0)
    section = Decimal(0)
    current: Decimal | None = None
    last_big = 0
    seen = False
    for tok in _CJK_TOKEN.findall(text):
        seen = True
        if tok[0].isdigit():
            current = Decimal(tok)
        elif tok in CN_DIGITS:
            digit = CN_DIGITS[tok]
            if digit == 0:
                continue
            current = Decimal(digit)
        elif tok in _SMALL_SCALES:
            section += (current if current is not None else Decimal(1)) * _SMALL_SCALES[tok]
            current = None
        else:
            big = _BIG_SCALES[tok]
            section += current if current is not None else Decimal(0)
            current = None
            if section == 0:
                section = Decimal(1)
            if total and big > last_big:
                total = (total + section) * big
            else:
                total += section * big
            last_big = big
            section = Decimal(0)
    if not seen:
        return None
    return total + section + (current if current is not None else Decimal(0))


def parse_cn_numeral(surface: str) -> Decimal | None:
    """Parse a run of Chinese numeral characters (``两千``, ``二万八千五百``, ``十五``)."""
    return parse_cjk_composite(surface)


_WORD_SPLIT = re.compile(r"[\s\-]+")


def parse_english_words(surface: str) -> Decimal | None:
    """Parse spelled-out English cardinals: ``four thousand five hundred`` -> 4500.

    Accepts hyphens (``twenty-nine``), ``and`` (``one hundred and five``), a leading ``a``/``an``
    before a scale or ``dozen`` (``a hundred``, ``a dozen``) and digit-free input only. Returns
    ``None`` when the words do not form a number.
    """
    words = [w for w in _WORD_SPLIT.split(surface.lower()) if w and w != "and"]
    if not words:
        return None
    total = 0
    current = 0
    seen = False
    small: int | None = None  # the value of the last word below a hundred, until a scale word
    for i, word in enumerate(words):
        if word in ("a", "an"):
            if i + 1 < len(words) and (words[i + 1] in SCALES or words[i + 1] == "dozen"):
                current += 1
                continue
            return None
        if word == "dozen":
            current = (current or 1) * 12
            seen = True
            small = None
        elif word in CARDINALS or word in GERMAN_CARDINALS:
            value = CARDINALS[word] if word in CARDINALS else GERMAN_CARDINALS[word]
            if small is not None and not (small >= 20 and small % 10 == 0 and 1 <= value <= 9):
                return None  # "three nine", "twenty thirty": two numbers side by side, not one
            current += value
            small = value
            seen = True
        elif word in SCALES:
            small = None
            scale = SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            seen = True
        else:
            return None
    if not seen:
        return None
    return Decimal(total + current)


_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int) -> list[str]:
    out: list[str] = []
    if n >= 100:
        out += [_ONES[n // 100], "hundred"]
        n %= 100
    if n >= 20:
        out.append(_TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else ""))
    elif n or not out:
        out.append(_ONES[n])
    return out


def render_english_words(n: int) -> str:
    """Spell out a non-negative integer below 10**15 in English (``4500`` -> ``four thousand five
    hundred``). The inverse of :func:`parse_english_words`, used by the round-trip tests."""
    if n < 0 or n >= 10**15:
        msg = f"cannot spell out {n}"
        raise ValueError(msg)
    if n == 0:
        return "zero"
    parts: list[str] = []
    for name, scale in LARGE_SCALES_DOWN:
        if n >= scale:
            parts += [*_below_thousand(n // scale), name]
            n %= scale
    if n >= 1000:
        parts += [*_below_thousand(n // 1000), _THOUSAND]
        n %= 1000
    if n:
        parts += _below_thousand(n)
    return " ".join(parts)


#: Words before a Korean article number: 헌법 9조 and 제9조 are Article 9, not 9 trillion (조 is both
#: the scale 10**12 and the counter of a law's articles). 항 and 호 (paragraph, item) after 조 say the same.
KO_LAW_WORDS = ("헌법", "법", "법률", "조약", "협정", "협약", "규약", "규정", "조례", "시행령", "제")

#: Heads of Korean nouns naming an event or a declaration. A month and day written with a dot,
#: slash or middle dot before one is the date that names it: 6.15 남북공동선언 (the June 15
#: declaration), 9/11 테러 (the September 11 attacks), 5·18 민주화운동; not the count 6.15.
KO_EVENT_NOUNS = (
    "선언",
    "테러",
    "혁명",
    "운동",
    "사태",
    "참사",
    "항쟁",
    "의거",
    "공동성명",
    "정상회담",
    "합의",
    "사건",
)
