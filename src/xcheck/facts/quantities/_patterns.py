"""Compiled patterns of the quantity engine, built from the word lists of :mod:`xcheck.lexicon`.

The triggers find where a quantity may start; the master patterns read one quantity there (a
date, a clock time, a number in digits or words); the suffix and prefix patterns read what
attaches to a number (scale, percent, currency, unit, counter, qualifier, sign); the family
tables say which suffix readers can match after a number at all. Every pattern is linear-time:
no nested unbounded quantifiers, whitespace runs are bounded (``\\s{0,3}``), and no pattern
starts with optional whitespace, so long runs of digits or spaces cost one pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from xcheck import _lazyre
from xcheck.lexicon import _scripts as scripts
from xcheck.lexicon._calendar import (
    KO_DAY_COUNTS,
    MERIDIEM_CJK,
    MONTH_NAMES,
    MONTHS,
    WEEKDAY_CJK,
    WEEKDAY_EVENT_WORDS,
    WEEKDAY_WORDS,
    WEEKDAYS,
)
from xcheck.lexicon._money import CURRENCY_AFTER, CURRENCY_BEFORE, YEN_CONTEXT, YUAN_CONTEXT
from xcheck.lexicon._numbers import (
    CARDINALS,
    FRACTIONS,
    KO_EVENT_NOUNS,
    KO_NATIVE_GLUED,
    KO_NATIVE_ONES,
    KO_NATIVE_TENS,
    LARGE_SCALES_DOWN,
    MULTIPLIER_WORDS,
    ORDINALS,
    SCALE_WORDS,
    SCALES,
)
from xcheck.lexicon._qualifiers import (
    KO_BOUND_VERBS,
    POST_QUALIFIERS,
    QUALIFIERS_BEFORE,
    QUALIFIERS_THROUGH_ARTICLE,
)
from xcheck.lexicon._units import (
    CJK_NAME_NUMBER_SUFFIXES,
    CJK_ORDINAL_SUFFIXES,
    CN_CLASSIFIERS,
    FAHRENHEIT_CONTEXT,
    KO_AGO_WORDS,
    KO_COUNTERS,
    KO_NATIVE_UNITS,
    PERCENT_WORDS,
    UNITS,
)
from xcheck.lexicon._units import SPEED_BEFORE as SPEED_BEFORE_WORDS


def _trie(words: Iterable[str]) -> str:
    """A regex that matches exactly ``words``, shaped as a trie so that the regex engine
    follows one branch per position instead of trying every word."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:  # type: ignore[type-arg]
        end = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            body = "(?:" + body + ")?"
        return body

    return render(tree)


def _alt(words: Iterable[object]) -> str:
    """A regex alternation of literal words; the longest match wins (``GWh`` over ``GW``).

    Built as a trie (see :func:`_trie`) so the engine follows one branch per character."""
    return "(?:" + _trie(sorted({str(w) for w in words})) + ")"


# --------------------------------------------------------------------------- dates
_MONTH_RX = "(?:" + _trie(sorted({f for m in MONTHS for f in (m.capitalize(), m.upper())})) + ")"
_WEEKDAY_RX = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch"
    r"|Donnerstag|Freitag|Samstag|Sonntag|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
)
_ORD_SUFFIX = r"(?:st|nd|rd|th)"
#: A weekday written alone ("on Wednesday"), not in the name of an event ("Black Friday").
_WEEKDAY_ALONE = "".join(f"(?<!{w} )" for w in sorted(WEEKDAY_EVENT_WORDS)) + _alt(WEEKDAY_WORDS) + r"\b(?!-)"
#: (每周三次 is three times a week: no weekday before a counter)
_WEEKDAY_CJK_RX = _alt(WEEKDAY_CJK)
#: The Korean and the Chinese words for a part of the day before a clock time; 最晚10点 (at the
#: latest 10 o'clock) and 较晚 are no evening.
_MERIDIEM_KO = _alt(w for w in MERIDIEM_CJK if re.match(f"[{scripts.HANGUL}]", w))
_MERIDIEM_ZH = "(?<![最较較更太很])" + _alt(w for w in MERIDIEM_CJK if not re.match(f"[{scripts.HANGUL}]", w))

#: The English scales of a million and more (a decimal comma before one is a decimal: 4,6 million).
_LARGE_SCALES = "|".join(word for word, _ in LARGE_SCALES_DOWN)
# --------------------------------------------------------------------------- number cores
# Digits in the dot-decimal convention (en, zh, ko): 4,500 / 4 500 / 4500 / 1,000.00
DIGITS_DOT = (
    # a decimal comma before a scale word or unit in English written by a comma-decimal
    # writer: 4,6 million, 6,17 metres (a thousands group has three digits)
    r"\d{1,3},\d{1,2}(?=[ ]?(?i:" + _LARGE_SCALES + r"|milion|bn|mn|met(?:er|re)s|percent|per cent|%|km)\b)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?:\.\d+)?(?![\d,])"
    r"|\d+(?:\.\d+)?"
)
# Digits in the comma-decimal convention (de, fr, es, it, ...): 272.000 / 1 000,00 / 2,5
DIGITS_COMMA = (
    r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.])"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?:,\d+)?(?![\d.])"
    r"|\d+(?:,\d+)?"
)

#: A scale character; a small scale right before a big one multiplies (1천만 = 10**7, 3百万).
#: 兆 before 瓦 is the SI mega of 兆瓦 (MW), not a scale.
#: 百 and 千 before 帕 are the hecto and kilo of 百帕 (hPa) and 千帕 (kPa); 兆 before 焦 the
#: mega of 兆焦 (MJ).
_CJK_SCALE = (
    r"(?:万亿|萬億|兆(?![瓦焦帕赫])|[万萬亿億조억만]|(?:[千仟百佰](?!帕)|[十천백십])(?:[万萬亿億조억만])?)"
)
#: "More than" between a number and its scale: 700多万, 250余万, 30여만.
_CJK_PLUS_IN = "[多余餘여]"
_CN_NUM = r"[零〇一二两兩三四五六七八九十百千万萬亿億]"

_WORD_CARD = _alt([*CARDINALS, *SCALES])
#: The most words one number in words is read from ("nine hundred ninety-nine thousand nine
#: hundred and ninety-nine" has ten): a longer chain ("two hundred and five two hundred ...") is
#: read in pieces, so no run of number words makes one huge value.
MAX_NUMBER_WORDS = 16
#: Right after a scale word ("two hundred and five", "a million and one").
_AFTER_A_SCALE = "|".join(f"(?<={word})" for word in SCALES)
_WORD_ORD = _alt(ORDINALS)
_WORD_FRAC = _alt(FRACTIONS)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SMALL_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred"
)
_MULT_WORDS = _alt(MULTIPLIER_WORDS)


_DIGIT_KINDS = ("iso", "dmy", "ym", "cjkdate", "endate", "qtr", "time", "num")
_WORD_KINDS = (
    "url",
    "vague",
    "endate",
    "qtr",
    "noon",
    "frac",
    "mult",
    "ordw",
    "words",
    "dewords",
    "deord",
)
_CJK_KINDS = ("qtr", "time", "cjkwd", "cn", "cnhalf", "cnfirst", "kn", "kday")
#: Every named group of the master patterns, each once.
MASTER_KINDS: tuple[str, ...] = tuple(dict.fromkeys((*_DIGIT_KINDS, *_WORD_KINDS, *_CJK_KINDS)))


#: 首 before a measure word: the first (首届, 首次, 首个, 首批).
_CN_FIRST = r"(?P<cnfirst>首(?=[届屆次个個批位家款部期轮輪场場]))"
#: Korean native words for a number of days: 하루, 이틀간, 사흘 (not 하루빨리, 하루하루).
_KO_DAYS = (
    rf"(?P<kday>(?<![{scripts.HANGUL}])(?P<kdw>{_alt(KO_DAY_COUNTS)})(?!빨리|하루|살이)"
    r"(?:[ ]?(?:간|동안))?)"
)


#: A word before a clock time after which "20: 00" (a space after the colon) is still the time.
_TIME_WORD_BEFORE = (
    "(?:"
    + "|".join(
        f"(?<=\\b{w} )"
        for w in ("at", "from", "to", "until", "till", "between", "and", "by", "before", "after", "since")
    )
    + ")"
)


#: A currency code glued to the digits after it ("RMB280 Million", "USD30"): the digits are an
#: amount, where other letters glued to them make an identifier (A380, 5G).
_GLUED_CODES = sorted(
    code for code in CURRENCY_BEFORE if code.isalpha() and code.isupper() and len(code) == 3
)
_GLUED_CODE = "(?:" + "|".join(rf"(?<=\b{code})" for code in _GLUED_CODES) + ")"
#: The trigger of such digits: the code's last letter (a scan trigger is the character before).
_GLUED_CODE_TRIGGER = (
    "|["
    + "".join(sorted({c[-1] for c in _GLUED_CODES}))
    + r"](?<=\b(?:"
    + "|".join(_GLUED_CODES)
    + r"))(?=\d)"
)


#: An order of magnitude: "thousands", "tens of thousands", "hundreds of millions".
_VAGUE = (
    r"(?P<vague>(?i:\b(?:(?P<vmul>tens|hundreds)\s{1,2}of\s{1,2})?"
    r"(?P<vsc>hundreds|thousands|millions|billions|trillions)\b))"
)
#: German ordinals: zweite, viertgrößte.
_DE_ORDINALS = (
    r"(?P<deord>(?P<dst>[Ee]rst|[Zz]weit|[Dd]ritt|[Vv]iert|[Ff]ünft|[Ss]echst|[Ss]iebt|[Nn]eunt"
    r"|[Zz]ehnt)(?:e[nmrs]?\b|(?=größt|höchst|längst|ältest|best|wichtigst|meist|klein|bevölk)))"
)
#: German number words (cheap: cardinals only).
_DE_WORDS = (
    r"(?P<dewords>\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig"
    r"|dreißig|vierzig|fünfzig|hundert|tausend)\b)"
)


def _master(digits: str) -> dict[str, re.Pattern[str]]:
    """The patterns that read one quantity where a trigger starts: ``"0"`` for a digit,
    ``"a"`` for a Latin letter, ``"c"`` for a CJK character. Each is an alternation of the
    readers that can start with such a character, in priority order."""
    num = rf"(?:{digits})"
    tail = r"(?:(?<=[조억만천백십])[ ]\d{1,4}(?![\d.,년월일])|\d{1,4}(?![\d.,年년月월日일号]))"
    cjk_composite = rf"{num}(?:{_CJK_PLUS_IN}?[ ]?{_CJK_SCALE}(?:[ ]?{num}[ ]?{_CJK_SCALE})*{tail}?)?"
    parts = [
        r"(?P<url>(?:https?://|www\.)[^\s<>\"']+)",
        # ISO and numeric dates
        r"(?P<iso>(?<!\d)(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})(?![\d.]\d))",
        r"(?P<dmy>(?<![\d.,])(?P<da>\d{1,2})(?P<dsep>[./])(?P<db>\d{1,2})(?P=dsep)(?P<dy>\d{4})(?!\d))",
        # a year and month with a dot, as Korean and Chinese news date a story: 2005.10
        r"(?P<ym>(?<![\d.,])(?P<ymy>(?:19|20)\d\d)\.(?P<ymm>0?[1-9]|1[0-2])(?![\d.,]))",
        # CJK dates: 2025年5月22日, 5月22日, 2025년 5월 22일, 5월
        r"(?P<cjkdate>(?<!\d)(?:(?P<cy>\d{4})[ ]?[年년][ ]?)?(?P<cm>\d{1,2})[ ]?[月월]"
        # the day; without 日 before a conjunction and the next date: 7月17和7月22日, 7月17、22日
        r"(?:[ ]?(?P<cd>\d{1,2})(?:[ ]?[日号號일]|(?=[和及与與、,，][ ]?\d{1,2}[ ]?[月월日号號일])))?"
        # its weekday after it: 5月21日（星期三）, 5월 21일 수요일, 21일(수)
        rf"(?:[ ]?[(（]?(?P<cwd>{_WEEKDAY_CJK_RX})[)）]?|[(（](?P<kwd>[월화수목금토일])[)）])?)",
        # English / German dates
        # (a weekday before it: "Wednesday, May 21", "Wednesday (May 21)")
        rf"(?P<endate>(?:(?P<wd>{_WEEKDAY_RX})(?:,?\s{{1,3}}|\s{{0,2}}(?P<wdp>\()))?"
        rf"(?:(?P<m1>{_MONTH_RX})\.?\s{{1,3}}(?P<d1>\d{{1,2}}){_ORD_SUFFIX}?(?!\d|:\d)"
        rf"(?:,?\s{{1,3}}(?P<y1>\d{{4}})(?!\d))?"
        rf"|(?<![\d.,])(?P<d2>\d{{1,2}})(?:{_ORD_SUFFIX}|\.)?\s{{1,3}}(?:of\s{{1,3}})?"
        rf"(?P<m2>{_MONTH_RX})\b\.?(?:,?\s{{1,3}}(?P<y2>\d{{4}})(?!\d))?"
        rf"|(?P<m3>{_MONTH_RX})\.?,?\s{{1,3}}(?P<y3>\d{{4}})(?!\d)"
        rf"|(?P<m4>{_MONTH_RX})\b\.?)(?(wdp)\))"
        rf"|(?P<wd0>{_WEEKDAY_ALONE}))",
        # a Chinese or Korean weekday alone: 星期三, 周三, 수요일
        rf"(?P<cjkwd>(?<!\d){_WEEKDAY_CJK_RX}(?![次个個天年人名位倍届屆期]))",
        # quarters and halves: Q3 2024, third quarter, 3분기, 第三季度, H1, first half
        r"(?P<qtr>\b(?P<qq>[QH][1-4])(?:\s{0,2}(?:FY\s?)?(?P<qy>\d{4}))?\b"
        r"|(?i:\b(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]{1,2}(?P<qk>quarter|half))\b"
        r"(?:\s{1,3}(?:of\s{1,3})?(?P<qy2>\d{4})(?!\d))?"
        r"|(?<![\d.,])(?P<nq>[1-4])Q(?:\s{1,2}(?P<nqy>\d{4}))?\b"
        r"|\bFY\s?'?(?P<fyy>\d{4}|\d{2})\b"
        r"|(?<!\d)(?P<kq>[1-4])[ ]?분기|第?(?P<zq>[一二三四1-4])季度)",
        # clock times: 10:30 a.m., 3 p.m., 14:00, 오후 3시 30분, 下午3点
        r"(?P<time>(?<![\d:.,])(?P<th>\d{1,2})(?:[:.](?P<tm>[0-5]\d))?\s{0,2}"
        r"(?P<ap>(?i:[ap]\.\s?m\.|[ap]m\b|[ap]\.m\b))"
        # (a space after the colon, "between 20: 00 and 22: 00", only after a word of time)
        r"|(?<![\d:.,])(?P<tctx>" + _TIME_WORD_BEFORE + r")?(?P<th2>[01]?\d|2[0-3]|24(?=:[ ]?00))"
        r":(?(tctx)[ ]?)(?P<tm2>[0-5]\d)(?![\d:])"
        # military time: 0715, 1930 hrs (a count never starts with 0; "1500 hours" may be a duration)
        r"|(?<![\d:.,])(?:(?P<mh>0\d)(?P<mm>[0-5]\d)(?![\d.,])(?:[ ]?(?:hours|hrs|h)\b)?"
        r"|(?P<mh2>1\d|2[0-3])(?P<mm2>[0-5]\d)[ ]?(?:hrs|h)\b)"
        rf"|(?P<kap>{_MERIDIEM_KO})?[ ]?(?<!\d)(?P<kh>\d{{1,2}})시(?!간)(?:[ ]?(?P<kmin>\d{{1,2}})분)?"
        # a part of the day before a time with a colon: 晚7:30, 오후 7:30
        rf"|(?P<cap>{_MERIDIEM_ZH}|{_MERIDIEM_KO})[ ]?(?P<ch>\d{{1,2}}):(?P<cmin>[0-5]\d)(?![\d:])"
        # Chinese: 15时, 9点半, 12时25分, 下午3点; 0—24时 (the first end of a span of hours)
        rf"|(?:(?P<zap>{_MERIDIEM_ZH})|(?<![\d.,]))(?P<zh>\d{{1,2}})"
        r"(?:[点點时時](?![间間期代候])(?:(?P<zmin>\d{1,2})分|(?P<zhalf>半))?|(?=[—–\-~～至到]\d{1,2}[时時])))",
        r"(?P<noon>(?i:\b(?P<nw>noon|midday|midnight)\b))",
        # digits, with CJK scale characters mixed in (2.85万, 2만8천500, 1조5192억); not the code of
        # an HTML character reference (&#8212; is a dash)
        rf"(?P<num>(?:(?<![A-Za-z_\d])|{_GLUED_CODE})(?<!\d[.,])(?<![A-Za-z]-)(?<!&#){cjk_composite})",
        # Chinese numerals
        rf"(?P<cn>{_CN_NUM}{{1,24}}(?:{_CJK_PLUS_IN}[万萬亿億]{{1,2}})?)",
        # 半: a half of the unit after it (半年, 半小时, 半米), or the half-year of 上半年
        r"(?P<cnhalf>(?P<hpart>[上下](?=半年))?半)",
        _CN_FIRST,
        # Korean native numerals before a counter or unit: 네 명, 두 차례, 스무 살, 열두 개
        rf"(?P<kn>(?<![{scripts.HANGUL}])(?:(?P<knt>{_alt(KO_NATIVE_TENS)})(?P<knu1>{_alt(KO_NATIVE_ONES)})?"
        rf"|(?P<knu>{_alt(KO_NATIVE_ONES)}))"
        rf"(?=[ ](?:{_alt((*KO_COUNTERS, *KO_NATIVE_UNITS))})|{_alt(KO_NATIVE_GLUED)}))",
        _KO_DAYS,
        _VAGUE,
        # English quarters of the word "quarter" as a fraction etc., then cardinals
        rf"(?P<frac>(?i:\b(?:(?P<fnum>{_SMALL_WORDS}|a|an)[\s-]{{1,2}})(?P<fden>{_WORD_FRAC})\b"
        rf"|\b(?P<half>half|quarter)\b))",
        rf"(?P<mult>(?i:\b(?P<mw>{_MULT_WORDS})\b(?!-)"
        rf"|\b(?P<fold>(?:{_SMALL_WORDS}|{_TENS}|{_alt(SCALES)}))fold\b))",
        rf"(?P<ordw>(?i:\b(?:(?:{_TENS})-)?(?:{_WORD_ORD})\b))",
        rf"(?P<words>(?i:\b(?:an?\s{{1,3}}(?={_alt([*SCALES, 'dozen'])}))?"
        rf"(?:{_WORD_CARD})(?:(?:{_AFTER_A_SCALE})"
        rf"\s{{1,3}}and\s{{1,3}}(?:{_WORD_CARD})|[\s-]{{1,3}}(?:{_WORD_CARD}))"
        rf"{{0,{MAX_NUMBER_WORDS - 1}}}\b))",
        _DE_ORDINALS,
        _DE_WORDS,
    ]
    named = {re.match(r"\(\?P<(\w+)>", p)[1]: p for p in parts}  # type: ignore[index]
    _WORD_PARTS.update((k, named[k]) for k in _WORD_KINDS)
    return {
        "0": _lazyre.compile("|".join(named[k] for k in _DIGIT_KINDS)),
        "a": _lazyre.compile("|".join(named[k] for k in _WORD_KINDS)),
        "c": _lazyre.compile("|".join(named[k] for k in _CJK_KINDS)),
        # The digit reader alone, behind a guard that is a necessary condition of every
        # date, quarter and clock-time reader of "0" (which come first in its alternation):
        # where the guard does not match, "0" can only read a plain number, and this
        # pattern gives the same match for a fraction of the cost. Where it fails, "0" runs.
        "0num": _lazyre.compile(rf"(?!{_DATEISH}){named['num']}"),
        # "0num" for ASCII text: the same pattern without the alternatives that need a CJK
        # character (the guard's 年, 月, 시, 季度, 분기; the digits' 万/만 scales)
        "0num_ascii": _lazyre.compile(
            rf"(?!{_DATEISH_ASCII})(?P<num>(?:(?<![A-Za-z_\d])|{_GLUED_CODE})(?<!\d[.,])(?<![A-Za-z]-)(?<!&#)(?:{digits}))"
        ),
    }


#: A necessary condition, at a digit, for the date, quarter and time readers of the digit
#: master pattern (iso, dmy, cjkdate, endate, qtr, time): 2025-, 22/, 22., 14:, 3시, 2025年,
#: 5月, 22 May, 22nd of May, 3 p.m., 3Q, 1st half, 3분기, 3季度.
_DATEISH = (
    r"\d{4}(?:[-/.]\d{1,2}[-/.]\d|[ ]?[年년]|\.\d{1,2}(?![\d.,]))"
    r"|\d{1,2}(?:[./]\d{1,2}[./]\d{4}|:[ ]?[0-5]\d|시|[点點时時]|[—–\-~～至到]\d{1,2}[时時]|[ ]?[月월]"
    r"|(?:st|nd|rd|th|\.)?\s{1,3}(?:of\s{1,3})?[A-Z]"
    r"|(?:[.][0-5]\d)?\s{0,2}(?i:[ap][.m]))"
    r"|0\d[0-5]\d|(?:1\d|2[0-3])[0-5]\d[ ]?h"
    r"|[1-4](?:Q|(?i:st|nd|rd|th)[\s-]|季度)"
    r"|\d[ ]?분기"
)
#: _DATEISH without what only matches a CJK character.
_DATEISH_ASCII = (
    r"\d{4}[-/.]\d{1,2}[-/.]\d"
    r"|\d{1,2}(?:[./]\d{1,2}[./]\d{4}|:[ ]?[0-5]\d|(?:st|nd|rd|th|\.)?\s{1,3}(?:of\s{1,3})?[A-Z]"
    r"|(?:[.][0-5]\d)?\s{0,2}(?i:[ap][.m]))"
    r"|[1-4](?:Q|(?i:st|nd|rd|th)[\s-])"
    r"|0\d[0-5]\d|(?:1\d|2[0-3])[0-5]\d[ ]?h"
)


#: The readers of the word master ("a"), by kind, to build the smaller masters below.
_WORD_PARTS: dict[str, str] = {}
MASTER_DOT = _master(DIGITS_DOT)

# --------------------------------------------------------------------------- word masters
# The word master ("a") tries ten readers in turn at every word trigger. Each reader can only
# start with certain words, so the letters at the trigger pick the readers worth trying: the
# master of just those, in the same order, gives the same match (an alternation returns its
# first alternative that matches; the ones left out cannot). A necessary condition per reader,
# on the run of letters W at the position (lower case, ASCII; anything else uses "a"):
_SMALL_SET = frozenset(_SMALL_WORDS.split("|"))
_TENS_SET = frozenset(_TENS.split("|"))
_DE_STEMS = ("erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "neunt", "zehnt")
_WORD_KIND_WORDS: dict[str, frozenset[str]] = {
    "url": frozenset({"http", "https", "www"}),  # https?:// or www.
    "vague": frozenset({"tens", *(w + "s" for w in SCALES)}),  # tens of thousands, millions
    "endate": frozenset(MONTHS) | WEEKDAYS,  # a weekday or month name first
    "qtr": frozenset({"q", "h", "fy", "first", "second", "third", "fourth"}),  # Q3, H1, FY, first half
    "noon": frozenset({"noon", "midday", "midnight"}),
    "frac": _SMALL_SET | {"a", "an", "half", "quarter"},  # two thirds, a quarter, half
    "mult": frozenset(MULTIPLIER_WORDS),  # and ...fold, below
    "ordw": _TENS_SET | frozenset(ORDINALS),  # twenty-first, third
    "words": frozenset({"a", "an", *CARDINALS, *SCALES}),  # a hundred, four thousand
    "dewords": frozenset(
        "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig "
        "hundert tausend".split()
    ),
    "deord": frozenset(),  # a stem first, below
}
_WORD_KINDS_OF: dict[str, tuple[str, ...]] = {}
for _w in sorted({w for ws in _WORD_KIND_WORDS.values() for w in ws}):
    _WORD_KINDS_OF[_w] = tuple(k for k in _WORD_KINDS if _w in _WORD_KIND_WORDS[k])
_WORD_MASTERS: dict[tuple[str, ...], re.Pattern[str] | None] = {(): None}
#: The letters at a word trigger (digits and underscores end the run, as they end a word).
LETTERS = _lazyre.compile(r"[^\W\d_]+")


def word_master(word: str) -> re.Pattern[str] | None:
    """The word master reduced to the readers that can start with ``word`` (the lower-case
    ASCII run of letters at the position), or None when none can."""
    kinds = _WORD_KINDS_OF.get(word, ())
    if word.endswith("fold") or word.startswith(_DE_STEMS):
        extra = {"mult"} if word.endswith("fold") else set()
        if word.startswith(_DE_STEMS):
            extra.add("deord")
        kinds = tuple(k for k in _WORD_KINDS if k in kinds or k in extra)
    pattern = _WORD_MASTERS.get(kinds)
    if pattern is None and kinds:
        pattern = _WORD_MASTERS[kinds] = re.compile("|".join(_WORD_PARTS[k] for k in kinds))
    return pattern


def match_word(t: str, pos: int) -> re.Match[str] | None:
    """``MASTER_DOT["a"].match(t, pos)`` (the word master, the same in both digit
    conventions), trying only the readers the word at ``pos`` can start."""
    w = LETTERS.match(t, pos)
    if w is None or not w.group().isascii():
        return MASTER_DOT["a"].match(t, pos)
    pattern = word_master(w.group().lower())
    return pattern.match(t, pos) if pattern is not None else None


TRIGGER_WORDS = frozenset(
    [
        *MONTHS,
        *(w.lower() for w in MONTH_NAMES),
        *WEEKDAYS,
        *"""half noon midday midnight zwei drei vier fünf sechs sieben acht neun zehn elf zwölf
        zwanzig dreißig vierzig fünfzig hundert tausend""".split(),
        *CARDINALS,
        *SCALES,
        *ORDINALS,
        *MULTIPLIER_WORDS,
        *FRACTIONS,
        "tens",
        *(w + "s" for w in SCALES),
        *(w + "fold" for w in [*CARDINALS, *SCALES]),
    ]
)
_TRIGGER_FORMS = sorted(
    {f for w in TRIGGER_WORDS for f in (w, w.capitalize(), w.upper())}
    | {"http:", "https:", "www.", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY"}
)
#: (TRIGGER, TRIGGER_ASCII and UNIT_SUFFIX build their source on first use too: their tries are
#: the costliest sources here.)
#: Where a quantity may start: digit runs, CJK numerals and time prefixes, number and month
#: words, Q3/H1, and URLs (to skip them), each after one non-letter character (scan the text
#: with a space in front; the match is that character, the trigger is right after it). The
#: pattern starts with one character class, so the regex engine skips quickly over text that
#: cannot start a quantity; the readers are then tried only at the trigger positions.
_KO_NATIVE_FIRST = "".join(sorted({w[0] for w in (*KO_NATIVE_ONES, *KO_NATIVE_TENS)}))
TRIGGER = _lazyre.compile(
    lambda: (
        r"[^A-Za-zà-ÿß0-9](?=[0-9]|[零〇一二两兩三四五六七八九十百千万萬亿億오上下晚早凌中傍夜深아새저밤第半首하이사나닷엿여열보"
        + _KO_NATIVE_FIRST
        + r"星周週礼禮]|[월화수목금토일]요일"
        r"|(?:" + _trie(_TRIGGER_FORMS) + r")(?![A-Za-zà-ÿß])"
        r"|[EeZzDdVvFfSsNn](?:rst|weit|ritt|iert|ünft|echst|iebt|eunt|ehnt))" + _GLUED_CODE_TRIGGER
    )
)
#: TRIGGER for ASCII text (a folded text without other characters, the common case): the
#: same positions, without the alternatives that need a non-ASCII character (CJK numerals,
#: "fünf", "dreißig", "märz"...), which the regex engine would otherwise try at every one.
TRIGGER_ASCII = _lazyre.compile(
    lambda: (
        r"[^A-Za-z0-9](?=[0-9]"
        r"|(?:" + _trie(f for f in _TRIGGER_FORMS if f.isascii()) + r")(?![A-Za-z])"
        r"|[EeZzDdVvFfSsNn](?:rst|weit|ritt|iert|echst|iebt|eunt|ehnt))" + _GLUED_CODE_TRIGGER
    )
)
MASTER_COMMA = _master(DIGITS_COMMA)

# --------------------------------------------------------------------------- suffixes
# Each is matched with .match(text, pos) at the end of what was read so far.
ORD_SUFFIX = _lazyre.compile(rf"{_ORD_SUFFIX}(?![A-Za-z])")
DECADE_SUFFIX = _lazyre.compile(r"'?s(?![A-Za-z])")
CJK_PLUS = _lazyre.compile(r"[ ]?(?:여|余|餘|多|几|幾)")

SCALE_SUFFIX = _lazyre.compile(
    rf"(?:[ \u00a0]{{0,2}}|-)(?i:(?P<scale>{_alt(SCALE_WORDS)}))(?![A-Za-z])(?:s(?![A-Za-z]))?"
)

PERCENT_SUFFIX = _lazyre.compile(
    rf"[ \u00a0]{{0,2}}(?i:(?P<pct>{_alt(PERCENT_WORDS)}))(?![A-Za-z])", re.UNICODE
)

MULT_SUFFIX = _lazyre.compile(
    r"(?:[ \u00a0]{0,2}|-)(?i:(?P<mult>times|fold|mal))(?![A-Za-z])"
    r"|[ ]?(?P<cjkmult>배(?!럴)|倍)|(?P<x>[x×])(?![A-Za-z])"
)

CURRENCY_SUFFIX = _lazyre.compile(
    rf"(?:[ \u00a0]{{0,2}}|-)(?i:(?P<cur>{_alt(CURRENCY_AFTER)}))(?![A-Za-z]|['’]t\b)"  # not "won't"
)

CURRENCY_PREFIX = _lazyre.compile(r"(?<![A-Za-z])(?P<cur>" + _alt(CURRENCY_BEFORE) + r")[ \u00a0]?$")

#: Units that are never read after a number written as words ("five m").
_ASCII_UNITS = [k for k in UNITS if k[0].isascii() and k[0].isalpha()]
UNIT_SUFFIX = _lazyre.compile(
    lambda: (
        r"(?P<sep>[ \u00a0]{0,2}|-)(?P<unit>"
        + _alt(k for k in UNITS if not (k[0].isascii() and k[0].isalpha()))
        + r"|(?i:"
        # one spelling per word, lower-cased: under (?i) a capitalised twin ("Meters", German) would
        # match first and cut "meters per second" short
        + _alt({k.lower() for k in _ASCII_UNITS if len(k) > 3})
        + r")|"
        + _alt(k for k in _ASCII_UNITS if len(k) <= 3)
        + r")(?![A-Za-z²0-9])"
    )
)
#: A day of the month written after the number (22日, 22号, 22일); 22일간 / 22일 동안 / 3일 간 /
#: 15일짜리 / 10일 앞둔 (ten days before) / 9일 만에 (nine days on) is a duration.
CJK_DAY = _lazyre.compile(r"[日号號일](?![ ]?간|[ ]?동안|[ ]?만에|짜리|[ ]앞[두둔]|元)")
#: The year mark after a number (not 年간, 년대).
CJK_YEAR_MARK = _lazyre.compile(r"[ ]?[年년](?!간|대)")
#: An era before a year: AD 117년, 公元前221年, 기원전 50년 (``bc`` for the years before Christ).
ERA_BEFORE = _lazyre.compile(r"(?:(?P<bc>公元前|기원전|B\.?C\.?)|公元|서기|A\.?D\.?)[ ]?$")
#: The second end of a span of days of the month after its first: 24~26일, 24至26日.
CJK_DAY_RANGE_END = _lazyre.compile(r"[~～〜\-–—至到]\d{1,2}[日号號일]")
#: 成 after a number: tenths (七成 = 70%), unless it starts a word (成员, 成年人, 成为, 成立).
CJK_TENTHS = _lazyre.compile(r"成(?![为為了立功员員本果熟长長就交型都绩績效品年人])")
#: "Within" after a number of days: 7日内, 7日以内, 3일 이내.
CJK_WITHIN = _lazyre.compile(r"[以之]?[内內]|[ ]?이내")
DURATION_OLD = _lazyre.compile(r"[ -]old\b")
#: 년 전 after a number: so many years ago (1600년 전), a duration even when four digits.
#: A speed word right before a number (每秒40米, 초속 40m, 时速达300公里, 최고 시속 300㎞): up to four
#: characters between them (达, 为, 최대), none a digit or a clause mark.
SPEED_BEFORE = _lazyre.compile(rf"(?P<speed>{_alt(SPEED_BEFORE_WORDS)})[^\d\s,.，。;；]{{0,3}}[ ]?$")
#: What makes a bare "F" after a number Fahrenheit (see FAHRENHEIT_CONTEXT), looked for nearby.
FAHRENHEIT_NEAR = _lazyre.compile("(?i:" + _alt(FAHRENHEIT_CONTEXT) + ")")
#: Electricity before 度 (用电量达500度, 发电1200度): 度 is the kilowatt-hour, not a degree.
ELECTRICITY_BEFORE = _lazyre.compile(r"(?:[用发發供售耗节節]电|电量|電量|电费|電費|度电)[^\d，。,.;；]{0,6}$")
KO_YEARS_AGO = _lazyre.compile(rf"[ ]?년[ ]?(?:{_alt(KO_AGO_WORDS)})(?![{scripts.HANGUL}])")
#: After a number that is part of a name (2차 세계대전): no quantity.
CJK_NAME_NUMBER_SUFFIX = _lazyre.compile(_alt(CJK_NAME_NUMBER_SUFFIXES))
#: An ordinal word after a number (see CJK_ORDINAL_SUFFIXES); 위 (rank) only before a particle
#: or the end of the word (37위로, 1위를; not 3위원회).
CJK_ORDINAL_SUFFIX = _lazyre.compile(
    r"[ ]?(?:"
    + _alt(w for w in CJK_ORDINAL_SUFFIXES if w != "위")
    + rf"|위(?![{scripts.HANGUL}])|위(?=[로를에의는와가이도은]))"
)
#: A Korean bounding verb after a number and its particle (see KO_BOUND_VERBS): 200명을 넘어설,
#: 30%를 웃돌고, 100명 넘게, 1km에도 못 미치는; not 넘어지다 (to fall) nor 넘버 (a number).
KO_BOUND_VERB = _lazyre.compile(
    rf"[ ]?(?:[을를이가은는도]|에[ ]?도?)?[ ]?(?P<kv>{_alt(KO_BOUND_VERBS)})(?!어지|어져|어졌|어뜨|버)"
)
#: A month and day before a Korean noun naming an event (see KO_EVENT_NOUNS): 6.15 남북공동선언,
#: 9/11 테러, 5·18 민주화운동. The noun's head may come after a few syllables of its own.
KO_EVENT_DATE = _lazyre.compile(
    r"(?P<mo>1[0-2]|0?[1-9])[./·](?P<dd>3[01]|[12]\d|0?[1-9])(?![\d./·])[ ]?"
    rf"(?=[{scripts.HANGUL}]{{0,6}}?(?:{_alt(KO_EVENT_NOUNS)}))"
)
#: A Korean range written with a comma between consecutive numbers: 2, 3년 (two or three years).
KO_COMMA_RANGE = _lazyre.compile(r"(?P<rsep>,)[ ]?(?P<rcur>(?!))?(?=\d)")
#: Before a number in parentheses that is an age in Korean news: 베일(34), 조앤(가명, 26).
#: Before an English age written as a bare number: "age 44", "aged 44", "at the age of 44", and a
#: name's appositive "Gu Jincheng, 74," (with EN_AGE_AFTER: a comma after the number too).
EN_AGE_BEFORE = _lazyre.compile(
    r"(?:\b(?:[Aa]ge|[Aa]ged|[Aa]ges)[ \u00a0](?:(?:only|just|nearly|almost|barely)[ \u00a0])?"
    r"|\bthe[ \u00a0]age[ \u00a0]of[ \u00a0]"
    r"|(?P<name>\b[A-Z][a-z][\w'’-]*),[ \u00a0])$"
)
EN_AGE_AFTER = _lazyre.compile(r",[ \u00a0]")
KO_AGE_BEFORE = _lazyre.compile(rf"[{scripts.HANGUL}]\((?:[^()\d]{{1,8}},[ ]?)?$")
#: Before a digit ordinal that names a day of the month: "the 26th", "the 14th and 21st".
DAY_ORDINAL_BEFORE = _lazyre.compile(
    r"(?:\b[Tt]he|\d(?:st|nd|rd|th)[ \u00a0]{1,2}(?:and|or|to|through)|\d(?:st|nd|rd|th),)[ \u00a0]{1,2}$"
)
#: After such an ordinal: punctuation, the end, or the next word (checked against
#: :data:`~xcheck.lexicon._calendar.DAY_OF_MONTH_FOLLOWERS`).
DAY_ORDINAL_AFTER = _lazyre.compile(r"[ \u00a0]{0,2}(?:[,.;:!?()\"'”’—–]|$|(?P<w>[A-Za-z]+))")

#: Counters after a number (CJK) or a counted noun (English): kept in the span for CJK.
CJK_COUNTER = _lazyre.compile(
    r"[ ]?(?P<ctr>" + _alt(KO_COUNTERS) + "|[" + "".join(sorted(CN_CLASSIFIERS)) + "])"
)
COUNT_NOUN = _lazyre.compile(
    r"(?:-strong\b)?[ \u00a0]{1,2}(?:(?:U\.S\.|US|UK|South Korean|North Korean|Korean|American|Chinese"
    r"|Japanese|additional|more|new|active-duty|military)[ \u00a0]{1,2})?"
    r"(?P<noun>[a-z]{3,24})\b(?!['’][st]\b)"
)

POST_QUALIFIER = _lazyre.compile(
    r"(?:[ \u00a0]{0,2})(?P<pq>(?i:or more|or so|or less|or fewer|or above|or over|and up)\b"
    r"|이상|이하|이내|미만|초과|가량|정도|쯤|남짓|안팎|내외|以上|以下|以内|以內|左右|上下|之多|有余|多)"
    r"|(?P<plus>-plus\b|\+(?![ ]{0,2}\d))"  # 45+7 is added time, not "more than 45"
)

RANGE_SEP = _lazyre.compile(
    r"[ \u00a0]{0,2}(?P<rsep>[-–—~〜～∼]|(?i:to|through|and|or|bis|und)(?![A-Za-z])|至|到|에서)[ \u00a0]{0,2}"
    r"(?P<rcur>US\$|\$|€|£|¥|₩)?"
)

# --------------------------------------------------------------------------- prefixes
# Matched with .search() on a bounded window ending where the quantity starts.
_CJK_CHARS = re.compile(
    f"[{scripts.HANGUL_JAMO}{scripts.CJK_SYMBOLS}{scripts.KANA}{scripts.HAN_UNIFIED}{scripts.HANGUL}]"
)
QUALIFIER_PREFIX = _lazyre.compile(
    r"(?:(?<![A-Za-zÀ-ÿ])(?i:(?P<q>"
    + _alt(k for k in QUALIFIERS_BEFORE if not _CJK_CHARS.search(k))
    + rf"))|(?<![最附经經通度越跨不{scripts.HANGUL}])(?P<qc>"
    + _alt(k for k in QUALIFIERS_BEFORE if _CJK_CHARS.search(k))
    # 超过了33℃: a verb of crossing keeps its bound with 了 (过了3天 is "3 days later")
    + r")(?:(?<=超过|超過|突破|高于|高於|低于|低於|多于|少于|大于|小于)了)?)[ \u00a0]{0,2}$"
)
#: A negation right before a Chinese bound word (不能超过, 不得低于, 未超过): it flips the bound.
CJK_NEGATION_BEFORE = _lazyre.compile(r"(?:不[能得会會可应應要准]|未|没有?|沒有?)$")
#: A qualifier that bounds a number through an article ("more than a 100-point lead"), the
#: article last (see :data:`~xcheck.lexicon._qualifiers.QUALIFIERS_THROUGH_ARTICLE`).
ARTICLE_QUALIFIER_PREFIX = _lazyre.compile(
    r"(?<![A-Za-z])(?i:(?P<q>" + _alt(QUALIFIERS_THROUGH_ARTICLE) + r")[ \u00a0]{1,2}an?)[ \u00a0]{1,2}$"
)
QUALIFIER_LAST_WORDS = frozenset(k.split()[-1].lower() for k in QUALIFIERS_BEFORE if not _CJK_CHARS.search(k))
QUALIFIER_LAST_CHARS = frozenset(k[-1] for k in QUALIFIERS_BEFORE if _CJK_CHARS.search(k)) | {"了"}
#: The Latin qualifier phrases, lower case: an ASCII text before a number can only carry one
#: if it ends with it (a cheap necessary condition checked before QUALIFIER_PREFIX).
QUALIFIER_ENDINGS = tuple(sorted(k.lower() for k in QUALIFIERS_BEFORE if not _CJK_CHARS.search(k)))
CURRENCY_LAST_CHARS = frozenset(k[-1] for k in CURRENCY_BEFORE)
#: Last characters and words before a number that may belong to a prefix (currency, sign,
#: qualifier, ordinal 第/제): anything else skips the prefix readers.
PREFIX_LAST_CHARS = CURRENCY_LAST_CHARS | QUALIFIER_LAST_CHARS | frozenset("第제之")
PREFIX_LAST_WORDS = QUALIFIER_LAST_WORDS | frozenset(
    {"minus", "negative", "fy", "fiscal", "year", "영하", "零下", "a", "an", "no."}
)
#: A CJK character after which a minus sign is a sign (记录到-18摄氏度, 기온이-18도): any CJK
#: character but numerals, scales and the marks a quantity ends with (5万-6万, 5月-6月 are ranges).
_CJK_BEFORE_SIGN = (
    rf"(?<=[{scripts.CJK_CLASS}])"
    r"(?<![零〇一二两兩三四五六七八九十百千仟佰万萬亿億兆年月日号號时時点點分秒人个個名位元度天周岁歲倍次"
    r"조억만천백십년월일시분초명개원도배])"
)
#: (not after a percent sign or a unit mark: "30%-50%" and "5°-10°" are ranges, not -50%)
SIGN_PREFIX = _lazyre.compile(
    rf"(?:(?:(?<![\w.,\-%°℃])|{_CJK_BEFORE_SIGN})(?P<minus>[-−–])"
    r"|(?i:\b(?:minus|negative)[ ])|(?:영하|零下)[ ]?)$"
)
BETWEEN_PREFIX = _lazyre.compile(r"(?i:\b(?:between|zwischen))[ \u00a0]{1,3}$")
FROM_PREFIX = _lazyre.compile(
    r"(?i:\b(?:from|von|rose|fell|grew|dropped|declined|increased|decreased|cut|raised|up|down))"
    # one word may come between ("rose from ...", "fell sharply from ..."), but not "by": "increased by
    # three to five degrees" is a change of three to five, not from three to five
    r"[ \u00a0]{1,3}(?:(?!(?i:by)[ \u00a0])\S+[ \u00a0]{1,3})?$"
)
ORDINAL_PREFIX = _lazyre.compile(r"(?:第|제)[ ]?$")
#: "No." before digits: a rank or a number in a series ("the former No. 1", "No. 10").
RANK_PREFIX = _lazyre.compile(r"(?<![A-Za-z])No\.[ \u00a0]?$")
PERCENT_PREFIX = _lazyre.compile(r"百分之$")
FISCAL_PREFIX = _lazyre.compile(r"(?i:\b(?:FY|fiscal(?:\s{1,2}year)?|financial\s{1,2}year))[ ']?$")
YEAR_PREFIX = _lazyre.compile(
    r"(?i:\b(?:in|since|by|until|till|from|of|year|before|after|during|through|circa|c\.|early|late|mid"
    r"|end|start|beginning|summer|winter|spring|autumn|fall|im|seit|bis|jahr|anno))"
    r"[ \u00a0,-]{1,3}(?:the\s)?$"
)
DATE_QUALIFIER_PREFIX = _lazyre.compile(
    r"(?i:\b(?P<q>early|late|mid|end of|the end of|around|about))[ \u00a0-]{1,2}$"
)
DATE_QUALIFIER_LAST = frozenset({"early", "late", "mid", "of", "around", "about"})
MAY_PREFIX = _lazyre.compile(
    r"(?i:\b(?:in|since|by|until|till|from|of|early|late|mid|last|next|this|on|before|after"
    r"|during|through|and|or|to))[ \u00a0-]{1,2}$"
)
TZ_SUFFIX = _lazyre.compile(
    r"[ \u00a0]{0,2}\(?(?P<tz>UTC(?:[+-]\d{1,2})?|GMT(?:[+-]\d{1,2})?|KST|JST|EST|EDT|PST|PDT"
    r"|CST|CDT|MST|MDT|BST|CET|CEST|ET|PT|HKT|SGT|(?i:local time|Seoul time|Beijing time"
    r"|Tokyo time|Washington time|New York time|Eastern Time|Pacific Time))\)?(?![A-Za-z])"
)
CJK_ANY = _lazyre.compile(f"[{scripts.KANA}{scripts.HAN_UNIFIED}{scripts.HANGUL}]")
HANGUL = _lazyre.compile(f"[{scripts.HANGUL}]")
HAN = _lazyre.compile(f"[{scripts.HAN_UNIFIED}]")
KANA = _lazyre.compile(f"[{scripts.KANA}]")
JAPAN_CONTEXT = _lazyre.compile("|".join(map(re.escape, YEN_CONTEXT)))
CHINA_CONTEXT = _lazyre.compile("|".join(map(re.escape, YUAN_CONTEXT)))

#: Context that makes "pounds" after an amount money (GBP) rather than mass (lb), and back.
POUND_MONEY_CONTEXT = _lazyre.compile(
    r"£|(?i:\b(?:sterling|budget|budgets|cost|costs|costing|price|prices|priced|paid|pay|pays|paying"
    r"|spend|spends|spent|spending|fund|funds|funding|funded|fine|fined|deal|worth|invest|investment"
    r"|revenue|revenues|profit|profits|loss|losses|salary|wage|wages|fee|fees|tax|taxes|debt|loan"
    r"|bill|sale|sales|sold|bought|buy|grant|bonus|compensation|award|raised|valued|market|bank"
    r"|pence|pennies|Britain|British|UK|England|London|Bank of England)\b)"
)
POUND_MASS_CONTEXT = _lazyre.compile(
    r"(?i:\b(?:weigh|weighs|weighed|weighing|weight|weights|heavy|heavier|heaviest|lift|lifted"
    r"|lifting|load|payload|cargo|kg|kilograms?|kilos?|lbs?|ounces?|oz|tons?|tonnes?|grams?"
    r"|body|fish|baby|obese|bombs?|shells?|warheads?|pounds? of)\b)"
)

#: Full-width and other look-alike characters mapped one-to-one to ASCII, so offsets survive.
FOLD = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "％": "%",
        "．": ".",
        "＄": "$",
        "：": ":",
        "＋": "+",
        "－": "-",
    }
)

# --------------------------------------------------------------------------- fast path
#: Characters after a number that end it: no suffix reader can match after them.
STOP_AFTER_NUMBER = frozenset(",;:!?)]}\"'”’.\n\t")
#: Characters after a number that may start a suffix (percent, range dash, degrees, ...).
SUFFIX_SYMBOLS = frozenset("%°℃℉×~+–—-∼〜～/$€£¥₩")
NEXT_WORD = _lazyre.compile(r"[ \u00a0]{0,2}([A-Za-zÀ-ÿß]+)")


def _first_words() -> frozenset[str]:
    words: set[str] = {"times", "fold", "mal", "x", "to", "through", "and", "bis", "und"}
    words |= {"old", "or", "plus", "st", "nd", "rd", "th", "s"}
    for table in (SCALE_WORDS, PERCENT_WORDS, CURRENCY_AFTER, UNITS, POST_QUALIFIERS):
        for key in table:
            first = re.split(r"[ /\-]", key)[0].lower()
            m = re.match(r"[a-zà-ÿß]+", first)
            if m:
                words.add(m.group())
    return frozenset(words)


#: The first word of every suffix a number can have ("percent", "billion", "km", "won", ...).
SUFFIX_FIRST_WORDS = _first_words()

#: The next token after a number: a word, or one character that is not a space or digit.
NEXT_TOKEN = _lazyre.compile(r"(?:[ \u00a0]{0,2}|-)([A-Za-zÀ-ÿß]+|[^\sA-Za-z0-9])")
NO_FAMILIES: frozenset[str] = frozenset()
ALL_FAMILIES = frozenset({"cjk", "scale", "range", "pct", "mult", "cur", "unit", "post"})
CJK_FAMILIES = ALL_FAMILIES


def _word_families() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}

    def add(family: str, keys: Iterable[str]) -> None:
        for key in keys:
            first = re.split(r"[ /\-]", key)[0].lower()
            m = re.match(r"[a-zà-ÿß]+", first)
            if m:
                table.setdefault(m.group(), set()).add(family)

    add("scale", SCALE_WORDS)
    add("pct", PERCENT_WORDS)
    add("mult", ["times", "fold", "mal", "x"])
    add("cur", CURRENCY_AFTER)
    add("unit", UNITS)
    add("range", ["to", "through", "and", "or", "bis", "und"])
    add("post", ["or", "and", "plus"])
    return {k: frozenset(v) for k, v in table.items()}


#: For the first word of each suffix, the suffix readers it may start.
WORD_FAMILIES = _word_families()
#: For a symbol after a number, the suffix readers it may start.
SYMBOL_FAMILIES: dict[str, frozenset[str]] = {
    "%": frozenset({"pct"}),
    "-": frozenset({"range", "unit", "scale", "mult", "cur", "post", "pct"}),
    "–": frozenset({"range"}),
    "—": frozenset({"range"}),
    "~": frozenset({"range"}),
    "〜": frozenset({"range"}),
    "～": frozenset({"range"}),
    "∼": frozenset({"range"}),
    "°": frozenset({"unit"}),
    "℃": frozenset({"unit"}),
    "℉": frozenset({"unit"}),
    "²": frozenset({"unit"}),
    "×": frozenset({"mult"}),
    "+": frozenset({"post"}),
}
