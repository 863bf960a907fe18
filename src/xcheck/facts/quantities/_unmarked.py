"""Whether a number that one side states and the other does not is really one-sided.

A translator often renders a number without writing one: "both" for "the two", "a week" for
"one week", "a day" for "24 hours", "thousands" for "several thousand", "the centennial" for
"the 100th", "a hat trick" for "three goals", or writes its digits in a form that is not read as
a quantity ("A81" for "the A 81", "the 1860s" for the club "1860"). A number stated on one side
only is reported (as a minor omission or addition) only when the other text offers no such
plausible rendering of it. Numbers that are part of a name ("Formula 1", "Munich 1860",
"Bundesliga 2") are not counts at all: unpaired, they are never reported.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable

from xcheck import _lazyre
from xcheck._types import Span
from xcheck.facts.quantities._judge import _written_value
from xcheck.facts.quantities._model import Quantity
from xcheck.lexicon import _scripts as scripts
from xcheck.lexicon._calendar import MONTHS_EN, WEEKDAY_NAMES
from xcheck.lexicon._numbers import FREQUENCY_WORDS, KO_BOTH, KO_NATIVE_ONES, SCALES
from xcheck.lexicon._units import DAY, HOUR, KO_TALKS_AFTER, MINUTE, YEAR

_W = r"(?<![^\W\d_])(?:{})(?![^\W\d_])"
#: A scale word with any ending, by value ("thousand\w*" matches "thousands").
SCALE_RX: dict[float, str] = {value: word + r"\w*" for word, value in SCALES.items()}

#: Words that render a small number without writing it, by value (counts, ordinals,
#: multipliers alike).
_BY_VALUE: dict[float, str] = {
    0: r"no|none|nobody|nothing|zero|nil|without",
    1: r"an?|single|once|lone|sole|another",
    2: r"two|twice|double\w*|both|pair|couple|second|dual|twin\w*|bilateral",
    3: r"three|third|triple\w*|treble|thrice|trio|hat[- ]trick\w*",
    4: r"four|fourth|quadruple\w*",
    10: r"ten|tenth|decade\w*",
    12: r"dozen\w*",
    # the scale words of the lexicon ("hundreds", "thousands", "millions"), and a few more
    **SCALE_RX,
    100: SCALE_RX[100] + r"|centennial|centenary|century",
    1000: SCALE_RX[1000] + r"|millennium",
}
#: The same for fractions (value as a share: 0.5) and multipliers below 1.
_BY_SHARE: dict[float, str] = {
    0.5: r"half|halves|halve[ds]?|halving",
    0.25: r"quarter|fourth",
    0.75: r"three[- ]quarters",
}
#: Half inside a Chinese or Korean word: 降半旗 ("half-mast"), 반값 ("half price").
_HALF_CJK = "半반"
#: Durations (in seconds) and the words that name them.
_BY_SECONDS: dict[float, str] = {
    MINUTE: r"minute",
    30 * MINUTE: r"half[- ]an[- ]hour|half[- ]hour",
    HOUR: r"hour\w*",
    DAY: r"day|daily|overnight",
    7 * DAY: r"week\w*",
    14 * DAY: r"fortnight\w*",
    YEAR / 2: r"half|half[- ]year\w*|semester",
    YEAR / 12: r"month\w*",
    YEAR: r"year\w*|annual\w*",
    2 * YEAR: r"year before last|two years",
    10 * YEAR: r"decade\w*",
    100 * YEAR: r"century|centennial|centenary",
}
#: Words that render first place without a number.
_FIRST_PLACE = r"top|lead\w*|best|number[- ]one|No\.? ?1|record\w*|highest|largest|biggest|champion\w*"
_CARDINAL_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
).split()
_ORDINAL_WORDS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
#: A run of digits as a reader would take it: grouped thousands stay one token ("1,500"),
#: anything else splits at punctuation ("3,5", "18:16", "2017/18", "A81", "1860s").
_DIGITS = _lazyre.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?")
_UNIT_WORD = _lazyre.compile(r"([A-Za-z]{3,}?)s?$")


#: Words that render a rough range of two small consecutive numbers ("a couple years" for
#: 2, 3년, "a few days" for 三四天).
_ROUGH_FEW = r"couple|few|several"


def _rough_few(q: Quantity, low: float) -> bool:
    """Whether ``q`` is a rough range N to N+1 of a small N (2, 3년: two or three years)."""
    if q.value is None or q.high is None or not q.value or low != int(low) or not 2 <= low <= 4:
        return False
    return abs(low * q.high / q.value - low - 1) < 1e-9


def _words_for(q: Quantity) -> list[str]:
    """Regexes of the words that may render ``q`` without writing its number."""
    v = _written_value(q)
    if v is None:
        return []
    if q.high is not None:
        return [_ROUGH_FEW] if _rough_few(q, v) else []
    out: list[str] = []
    if q.dimension == "duration":
        secs = q.value if q.value is not None else v
        for sec, rx in _BY_SECONDS.items():
            if abs(secs - sec) <= 1e-6 * sec:
                out.append(rx)
        unit = _UNIT_WORD.search(q.span.text)
        if unit and _written_value(q) == 1:
            out.append(re.escape(unit[1].lower()))  # "a week" for "one week"
        return out
    if q.dimension == "fraction" or (q.dimension == "multiplier" and v < 1):
        out.extend(rx for share, rx in _BY_SHARE.items() if abs(v - share) < 1e-9)
        return out
    if q.dimension == "percent":
        out.extend(rx for share, rx in _BY_SHARE.items() if abs(v / 100 - share) < 1e-9)
        return out
    if v == int(v) and v >= 0:
        n = int(v)
        if n in _BY_VALUE:
            out.append(_BY_VALUE[n])
        if n < len(_CARDINAL_WORDS):
            out.append(_CARDINAL_WORDS[n] + "|" + _ORDINAL_WORDS[n])
        if n == 1 and q.dimension == "ordinal":
            out.append(_FIRST_PLACE)  # 1위, 第一: "top", "the lead", "No. 1", "a record"
        if q.dimension in ("length", "mass", "area", "volume") and n == 1:
            # "a metre", "per mu" for "1亩": the unit word as written, or as its English name
            unit = _UNIT_WORD.search(q.span.text)
            if unit:
                out.append(re.escape(unit[1].lower()))
            elif (
                q.written_unit
                and len(q.written_unit) > 1
                and q.written_unit.isalpha()
                and q.written_unit.isascii()
            ):
                out.append(re.escape(q.written_unit.lower()))
    return out


#: Chinese numerals that render a small count inside a word, with no measure word after them
#: (两国 "the two countries", 四部门 "four departments", 三省 "three provinces", 十国): the
#: reader leaves them (they are also in 三峡, 两委, 一些), but they render a spelled count.
_CJK_BY_VALUE: dict[int, str] = {
    1: "一",
    2: "两兩二双雙俩倆",
    3: "三",
    4: "四",
    5: "五",
    6: "六",
    7: "七",
    8: "八",
    9: "九",
    10: "十",
}
_CJK_NUMERAL = "零〇一二两兩三四五六七八九十百千万萬亿億"


class OtherText:
    """The other text of a comparison, as the renderings of its one-sided numbers are looked up
    in it: its text, the spans of its quantities that paired (a word inside one renders nothing
    more), and what was looked up already. Each lookup (a word list, a numeral, a run of digits)
    scans the text once per comparison however many one-sided quantities ask it, and whether a
    match lies outside every paired span is a binary search: a comparison stays linear in the
    length of its texts."""

    __slots__ = ("_digits", "_ends", "_memo", "_starts", "text")

    def __init__(self, text: str, paired: Iterable[Span]) -> None:
        self.text = text
        # the paired spans merged into disjoint intervals, sorted (so their ends are sorted too)
        starts: list[int] = []
        ends: list[int] = []
        for start, end in sorted((s.start, s.end) for s in paired):
            if ends and start < ends[-1]:
                ends[-1] = max(ends[-1], end)
            else:
                starts.append(start)
                ends.append(end)
        self._starts, self._ends = starts, ends
        self._memo: dict[object, bool] = {}
        self._digits: set[str] | None = None

    def outside(self, start: int, end: int) -> bool:
        """Whether no paired span overlaps ``start:end``."""
        k = bisect.bisect_left(self._starts, end) - 1
        return k < 0 or self._ends[k] <= start

    def has(self, key: object, find: Callable[[OtherText], bool]) -> bool:
        """``find(self)``, computed once per ``key`` for this comparison."""
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = find(self)
        return found

    def matches(self, rx: re.Pattern[str]) -> bool:
        """Whether ``rx`` matches the text outside every paired span."""
        return self.has(
            (rx.pattern, rx.flags), lambda o: any(o.outside(m.start(), m.end()) for m in rx.finditer(o.text))
        )

    def chars(self, chars: str) -> bool:
        """Whether one of ``chars`` stands in the text outside every paired span."""
        return self.has(
            ("chars", chars), lambda o: any(c in chars and o.outside(i, i + 1) for i, c in enumerate(o.text))
        )

    def digits(self, digits: str) -> bool:
        """Whether a run of digits reading ``digits`` (grouping commas dropped) stands outside
        every paired span."""
        if self._digits is None:
            self._digits = {
                d[0].replace(",", "") for d in _DIGITS.finditer(self.text) if self.outside(d.start(), d.end())
            }
        return digits in self._digits


def transliterated(q: Quantity, own: str, other: OtherText) -> bool:
    """Whether a Chinese numeral of ``own`` is part of a name the other text spells in pinyin:
    五道梁 is the place Wudaoliang, 三江源 Sanjiangyuan; the numeral with its measure word and
    the character after it, read in pinyin, stands inside a capitalised word of ``other``."""
    if not q.spelled or not _HAN.match(q.span.text):
        return False
    word = own[q.span.start : q.span.end + 1]
    if not all(_HAN.match(c) for c in word):
        return False
    from xcheck.text._romanize import pinyin_syllables

    sound = "".join(pinyin_syllables(word))
    if len(sound) < _MIN_PINYIN:
        return False
    return other.matches(re.compile(rf"\b(?=[A-Z])(?i:[a-z]*{sound})"))


#: The shortest pinyin of a numeral and what follows it taken for a rendered name (wudao, sanjiang).
_MIN_PINYIN = 6
_HAN = _lazyre.compile(f"[{scripts.HAN_UNIFIED}]")


def _spelled_count(q: Quantity) -> bool:
    """Whether ``q`` is a count written in words, or a number of times ("twice")."""
    if not q.spelled:
        return False
    return q.dimension == "count" or (q.dimension == "multiplier" and q.span.text.lower() in FREQUENCY_WORDS)


def _cjk_rendering(q: Quantity, other: OtherText) -> bool:
    """Whether a Chinese text offers a lone numeral of ``q``'s value (a spelled count, or a
    multiplier: "double" for 两头跑)."""
    v = _written_value(q)
    # a count in words, or a multiple ("twice", "double": a lone 两 renders it)
    if (
        not q.spelled
        or q.dimension not in ("count", "multiplier")
        or v is None
        or v != int(v)
        or int(v) not in _CJK_BY_VALUE
    ):
        return False
    return other.has(("cjk", int(v)), _lone_numeral_finder(_CJK_BY_VALUE[int(v)]))


def _lone_numeral_finder(chars: str) -> Callable[[OtherText], bool]:
    def find(o: OtherText) -> bool:
        text = o.text
        for i, c in enumerate(text):
            if c not in chars or not o.outside(i, i + 1):
                continue
            before, after = text[i - 1 : i] if i else "", text[i + 1 : i + 2]
            lone_before = not before or before not in _CJK_NUMERAL
            if lone_before and (not after or (after not in _CJK_NUMERAL and not after.isdigit())):
                return True
        return False

    return find


#: A Korean native numeral of two to nine standing as a word before a noun (두 남성 "the two
#: men", 세 나라 "three countries"): with no counter after it the reader leaves it, but it
#: renders a spelled count. 한 (one, also "a" and a verb form) is left out.
_KO_NATIVE_BEFORE_NOUN: dict[int, re.Pattern[str]] = {
    n: _lazyre.compile(
        rf"(?<![{scripts.HANGUL}])(?:{'|'.join(w for w, v in KO_NATIVE_ONES.items() if v == n)})"
        rf"(?= [{scripts.HANGUL}])"
    )
    for n in range(2, 10)
}


_KO_BOTH_RX = _lazyre.compile("|".join(KO_BOTH))


def _ko_rendering(q: Quantity, other: OtherText) -> bool:
    """Whether a Korean text offers a native numeral of ``q``'s value before a noun."""
    v = _written_value(q)
    if not _spelled_count(q) or v is None or v != int(v):
        return False
    rx = _KO_NATIVE_BEFORE_NOUN.get(int(v))
    if rx is None:
        return False
    if int(v) == 2 and other.matches(_KO_BOTH_RX):
        return True  # 양국, 양측: "the two countries", "the two sides"
    return other.matches(rx)


def weak_one(q: Quantity) -> bool:
    """Whether ``q`` is a first rank ("No. 1", "1위", "first") or one unit of time written in words
    ("one day", 一天, "一秒"): stated on one side only it is not reported. A rank of one is mostly
    rendered by a superlative ("the world's best", "world-beater", 가장 높은) that no word list
    holds, and "one day" is the article of "a day" or part of an idiom (最后一天 "the last day",
    一分一秒 "every second"): on the four development sets none of these one-sided findings was a
    lost or added fact (like a spelled "one", see ``_is_soft``)."""
    if q.high is not None or q.qualifier:
        return False
    v = _written_value(q)
    if v != 1:
        return False
    return q.dimension == "ordinal" or (q.spelled and q.dimension == "duration")


def rendered_without_number(q: Quantity, other: OtherText) -> bool:
    """Whether ``other`` (the other side's text) offers a plausible rendering of ``q`` that no
    quantity of it paired with: the same digits in a form not read as this number (``A81``,
    ``1860s``, ``(3,5)``), or a word that renders the value ("both", "a week", "thousands")."""
    m = _DIGITS.search(q.span.text)
    # a bare number only: a measure's digits elsewhere ("24 days" against "August 8-24") are no
    # rendering of it
    bare = m is not None and not q.spelled and q.dimension in ("count", "ordinal", "multiplier")
    if bare and m is not None and other.digits(m[0].replace(",", "")):
        return True
    if _cjk_rendering(q, other) or _ko_rendering(q, other):
        return True
    if _days_as_date(q, other):
        return True
    half = q.dimension == "fraction" and q.value == 0.5
    if half and other.chars(_HALF_CJK):
        return True
    words = _words_for(q)
    if not words:
        return False
    return other.matches(re.compile(_W.format("|".join(words)), re.IGNORECASE))


_NAME_STOP = (
    frozenset(
        """a an the in on at by of for to from since until till over about around nearly almost some
    only just than and or no nr number page pages chapter size age aged top""".split()
    )
    | frozenset(MONTHS_EN)
    | frozenset(WEEKDAY_NAMES)
)
_WORD_BEFORE = _lazyre.compile(r"([A-Za-z][\w.]*)[ -]$")


_NINE_TO_FIVE = _lazyre.compile(r"(?i)\b(?:9|nine)(?:[ -]to[ -]|-)(?:5|five)\b")


def talks_name(q: Quantity, text: str) -> bool:
    """Whether ``q`` is the number of the Six-Party Talks (6자회담, 6자 회담): a name."""
    return q.dimension == "count" and text.startswith(KO_TALKS_AFTER, q.span.end)


def name_like(q: Quantity, text: str) -> bool:
    """Whether ``q`` is a bare whole number that is part of a name: right after a capitalised
    word inside the sentence ("Formula 1", "Munich 1860", "Bundesliga 2", "the A 81"), the
    second year of a season (2017/18) or the office hours of "9 to 5"."""
    if q.dimension != "count" or q.qualifier or q.high is not None:
        return False
    for idiom in _NINE_TO_FIVE.finditer(text, max(0, q.span.start - 8), q.span.end + 8):
        if idiom.start() <= q.span.start and q.span.end <= idiom.end():
            return True
    if q.spelled:
        return False
    if not re.fullmatch(r"\d{1,4}s?", q.span.text):  # "Boeing 747s": a plural of the model
        return False
    if re.search(r"\d{4}/$", text[max(0, q.span.start - 5) : q.span.start]):
        return True  # the second year of a season: 2017/18
    if _after_name_word(text, q.span.start):
        return True
    # the next of a list of such numbers: "Volumes 1 & 2", "Articles 3 and 4"
    listed = _LISTED_BEFORE.search(text, max(0, q.span.start - 12), q.span.start)
    return listed is not None and _after_name_word(text, listed.start())


#: A number and a list word right before a number: the "1 & " of "Volumes 1 & 2".
_LISTED_BEFORE = _lazyre.compile(r"(?<![\d.,])\d{1,4}(?:[ ]?[&,][ ]?|[ ](?:and|or)[ ])$")


def _after_name_word(text: str, start: int) -> bool:
    """Whether a capitalised word inside a sentence (not a stop word) comes right before ``start``."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word = m[1].rsplit("-", 1)[-1].rstrip(".")
    if not word or not word[0].isupper() or word.lower() in _NAME_STOP:
        return False
    # the character before the word, past spaces, quotes and brackets (looked for within 64
    # characters: no scan of the whole text before it)
    before = text[max(0, m.start() - 64) : m.start()].rstrip(" \"'“‘(")
    return bool(before) and before[-1] not in ".!?\n:;"


#: A spelled number joined by a hyphen to a word that makes a type: "two-wheel", "three-party",
#: "five-star" (not "six-time", a count of titles).
_TYPE_COMPOUND = _lazyre.compile(r"[-‐‑](?!times?\b|fold\b)[^\W\d_]{2,}")


def type_compound(q: Quantity, text: str) -> bool:
    """Whether ``q`` is a spelled count that names a type with the word it is hyphened to
    ("two-wheel motor vehicles" for motorcycles, "a three-party coalition"): a classifier, not a
    count the other text must repeat, so unpaired it is not reported."""
    if not q.spelled or q.dimension != "count" or q.unit or q.qualifier or q.high is not None:
        return False
    return _TYPE_COMPOUND.match(text, q.span.end) is not None


#: A determiner that makes a spelled count point back at things the text has named already.
_ANAPHORIC_BEFORE = _lazyre.compile(
    r"(?i)(?<![^\W\d_])(?:the|their|its|these|those|our|his|her|both)\s+$"
    # 这两个人, 他们二位: the Chinese determiners and pronouns right before the numeral
    r"|(?:这|這|那|他们|她们|他們|她們|我们|我們)$"
)


def anaphoric(q: Quantity, text: str, other: OtherText) -> bool:
    """Whether ``q`` is a small spelled count after a determiner that points back ("the two
    sides", "their two nations", "the three men"): it recalls entities the story has named, and a
    source that names them or writes "both sides" (양측, 双方) has lost nothing, so unpaired it
    is not reported. "Two sides" or "2 nations" without the determiner is a count of its own, and
    so is one the other side answers with a small count of its own (두 남성 against "the three
    men": a different number, not a recalled one)."""
    v = _written_value(q)
    if not q.spelled or q.dimension != "count" or q.qualifier or q.high is not None:
        return False
    if v is None or v != int(v) or not 2 <= v <= 10:
        return False
    if _ANAPHORIC_BEFORE.search(text, max(0, q.span.start - 12), q.span.start) is None:
        return False
    return not any(_small_count_in(n, other) for n in range(2, 11) if n != v)


def _small_count_in(n: int, other: OtherText) -> bool:
    """Whether ``other`` writes a small count ``n`` in words no quantity paired with."""
    rx = _KO_NATIVE_BEFORE_NOUN.get(n)
    if rx is not None and other.matches(rx):
        return True
    if other.chars(_CJK_BY_VALUE.get(n, "")):
        return True
    return other.matches(re.compile(_W.format(_CARDINAL_WORDS[n]), re.IGNORECASE))


def _days_as_date(q: Quantity, other: OtherText) -> bool:
    """Whether ``q`` is a whole number of days that ``other`` writes as N日 / N일, which the
    reader takes for a day of the month (实施14日集中隔离 "14 days of isolation"), or a day of the
    month that ``other`` writes as "N days"."""
    if q.dimension == "duration" and q.value is not None and q.high is None:
        days = q.value / DAY
        if days != int(days) or not 1 <= days <= 31:
            return False
        rx = re.compile(rf"(?<![\d.]){int(days)}[日일]")
    elif q.dimension == "date" and q.date is not None and q.date[:2] == (None, None) and q.date[2]:
        rx = re.compile(rf"(?<![\d.]){q.date[2]}[ -]days?\b", re.IGNORECASE)
    else:
        return False
    return other.matches(rx)
