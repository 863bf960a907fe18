"""Readers of numbers written as words: Chinese numerals, English cardinals, ordinals,
fractions and multipliers, German number words and ordinals. Each hands its number to the
pipeline of :mod:`~xcheck.facts.quantities._read_numbers` like the digit reader does.
"""

from __future__ import annotations

import re
from decimal import Decimal

from xcheck import _lazyre
from xcheck.facts.quantities import _patterns as pat
from xcheck.facts.quantities._model import _BASE_UNITS, _Draft
from xcheck.facts.quantities._read_numbers import _NumberReader, _strip_number
from xcheck.lexicon import _scripts as scripts
from xcheck.lexicon._calendar import MONTHS_EN
from xcheck.lexicon._money import CURRENCY_AFTER
from xcheck.lexicon._numbers import (
    CARDINALS,
    FRACTIONS,
    KO_NATIVE_ONES,
    KO_NATIVE_TENS,
    MULTIPLIER_WORDS,
    ORDINALS,
    SCALES,
    parse_cjk_composite,
    parse_english_words,
)
from xcheck.lexicon._units import CN_CLASSIFIERS, CN_RANK_CLASSIFIERS, UNITS

#: Scale words that take an article for one ("a hundred", "a dozen"), with their values.
_ARTICLE_SCALES = {**SCALES, "dozen": CARDINALS["dozen"]}
#: "half a million", "half a dozen": half of the scale after it.
_HALF_A_SCALE = _lazyre.compile(
    r"[ ]{1,2}an?[ ]{1,2}(" + "|".join(w for w in _ARTICLE_SCALES if w != "hundred") + r")\b", re.I
)
_ARTICLE_BEFORE = _lazyre.compile(r"(?<![A-Za-z])(?:[Aa]n?|[Oo]ne)[ -]{1,2}$")
#: What a Chinese numeral is read before besides a measure word (CN_CLASSIFIERS) or a unit:
#: dates, durations, nights, ages, scales, percent and tenths (七成), money; 者 (两者, 三者: the
#: two, the three).
_CN_NUMBER_BEFORE = CN_CLASSIFIERS | frozenset("年月日天夜岁歲倍万萬亿億%元周者成")
#: What follows "a third" or "a quarter" that makes it a share (not "a third term"): "of",
#: punctuation, the end, or another share it makes a range with ("a fifth to a quarter of the
#: herd", "about a third to a half of women").
_FRACTION_AFTER = _lazyre.compile(
    r"(?:[ ]{1,2}of\b|[ ]*[,.;:)]|[ ]*$"
    r"|[ ]{1,2}(?:to|or|and)[ ]{1,2}(?:an?|one|two|three|four)[ -]{1,2}(?i:"
    + "|".join(sorted(FRACTIONS, key=len, reverse=True))
    + r")\b)"
)
#: "half" that is a part of a match or a year, not a share: half-time, each half, second half.
#: "half of November", "the first half of 2013": the middle of a month or a part of a year is a
#: time, not a share (a half of a year is read as a period where the date reader can).
_NOT_A_HALF_AFTER = _lazyre.compile(
    r"(?i)-?time\b|s\b|[ ]{1,2}of[ ]{1,2}(?:" + "|".join(sorted(MONTHS_EN, key=len, reverse=True)) + r")\b"
)
_NOT_A_HALF_BEFORE = _lazyre.compile(
    r"(?i)\b(?:each|every|second|other|both|latter|former|opening|first)[ ]{1,2}$"
)
#: "half an hour", "half a year", "a half-year", "half a mile", "a half-mile": half of a unit
#: (one of :data:`_HALF_DIMENSIONS`).
_HALF_SPAN = _lazyre.compile(r"(?i)(?:[ ]{1,2}an?[ ]{1,2}|-)([a-z]+)\b(?!-old)")
#: "a week and a half", "an hour and a half", "a mile and a half": one and a half of the unit.
_UNIT_AND_A_HALF = _lazyre.compile(r"(?i)\b(?:an?|one)[ ]{1,2}([a-z]+)[ ]{1,2}and[ ]{1,2}an?[ ]{1,2}$")
#: The dimensions of the units "half" may take as "half a ..." or "a ... and a half".
_HALF_DIMENSIONS = frozenset({"duration", "length", "mass", "area", "volume"})
_QUALIFIER_BEFORE = _lazyre.compile(
    r"(?i)\b(?:than|over|about|nearly|almost|around|roughly|some|under|only|just)[ ]{1,2}$"
)
_CN_CURRENCY_FIRST = frozenset(k[0] for k in CURRENCY_AFTER if not k[0].isascii())
_CN_RANGE_SEPS = frozenset("至到～~")
_CN_NUMERAL_CHARS = frozenset("零〇一二两兩三四五六七八九十百千")
_CN_STOP_AFTER = frozenset("些样樣起直定切下般度旦再致向共边邊点點时時会會方面心同部律体體")
#: "More than" or "some" right after a numeral, before its counter: 十余家, 十几天, 二十多名.
_CN_ROUGH = frozenset("多余餘几幾")
#: The big scales alone (百, 千, 万) are numbers only as part of a numeral: 千家万户, 百姓, 万一.
_CN_BARE_SCALES = frozenset("百佰千仟万萬亿億")


#: 번에 after 한: "at once" (한번에 여러 명과: with several at a time), no count of times.
_KO_AT_ONCE = _lazyre.compile(lambda: rf"[ ]?번[ ]?에(?![{scripts.HANGUL}])")
#: 배 after 한: "one boat" (한 배를 탄: in the same boat), not "once as much".
_KO_ONE_BOAT = _lazyre.compile(r"[ ]?배(?!럴)")
#: Two named days before 两天: 今明两天 is "today and tomorrow", 昨今两天 "yesterday and today".
_CN_TWO_DAYS = frozenset({"今明", "明后", "昨今"})
#: The numerals one to nine in order (两 is a second two, two steps after 一, one before 三).
_CN_ONES = "一二两三四五六七八九"
#: Two neighbouring numerals, then the rest of the number: 五六百, 四五, 两三.
_CN_NEIGHBOURS = _lazyre.compile(r"([一二两三四五六七八])([二两三四五六七八九])(.*)")


def _cn_currency_after(t: str, pos: int) -> bool:
    """Whether a CJK currency word (元, 원) follows ``pos``."""
    c = pat.CURRENCY_SUFFIX.match(t, pos)
    return c is not None and not c["cur"].isascii()


class _WordReader(_NumberReader):
    """Reads numbers written in words and hands them to the number pipeline."""

    def _read_cn(self, m: re.Match[str]) -> _Draft | None:
        surface = m.group("cn")
        t = self.t
        start, end = m.start(), m.end()
        nxt = t[end : end + 1]
        before3 = t[max(0, start - 3) : start]
        after_percent = pat.PERCENT_PREFIX.search(before3) is not None
        ordinal = before3.rstrip()[-1:] == "第"
        if nxt == "分" and surface not in ("百", "佰") and not ordinal and t[end + 1 : end + 2] not in "钟鐘":
            return self._cn_fraction(m)
        if self._in_book_title(start, end):
            return None
        if surface in ("两", "兩") and before3[-2:] in _CN_TWO_DAYS and nxt in "天日":
            return None  # 今明两天: "today and tomorrow", the two days named, not a span to render
        fixed = None if ordinal or after_percent else self._cn_fixed_form(surface, start, end)
        if fixed is not None:
            return self._number(fixed, prefixes=False) if fixed.qualifier == "gt" else fixed
        if nxt == "半" and surface == "一" and not ordinal:
            # 一半: a half (近一半: nearly half)
            d = _Draft(start, end + 1, Decimal("0.5"), dimension="fraction", spelled=True)
            self._prefixes(d)
            return d
        # A numeral is a number before a measure word, a unit, a currency or a date mark, as
        # the first end of a range (二至四名), after 百分之 or after 第; anywhere else it is part
        # of a word (统一, 一些, 三峡, 一带一路, 两委) and the English has no number for it.
        rough = nxt in _CN_ROUGH and surface[-1] in "十百千"
        counted_at = end + 1 if rough else end
        if not (after_percent or ordinal or self._cn_counted(counted_at)):
            return None
        if surface in _CN_BARE_SCALES and not after_percent:
            return None
        if nxt and nxt in _CN_STOP_AFTER:
            return None
        before = t[max(0, start - 1) : start]
        if before in ("统", "統", "唯", "万", "萬", "之") and not after_percent:
            return None
        if before in ("几", "幾", "数", "數") and surface[0] in "十百千":
            return None  # 几十公里, 数十栋: "dozens of", no number (as "dozens" is none)
        dec = parse_cjk_composite(surface)
        if dec is None:
            return None
        if nxt == "月" and 1 <= dec <= 12 and dec == int(dec):
            return _Draft(start, end + 1, None, dimension="date", date=(None, int(dec), None))
        if surface == "二" and nxt in CN_RANK_CLASSIFIERS:
            # a count of two before such a measure word is 两; 二 there is an ordinal (二次检测:
            # the second test, 二级: second-level)
            return _Draft(start, end + 1, dec, dimension="ordinal", spelled=True)
        pair = _CN_NEIGHBOURS.match(surface)
        if (
            pair
            and pair.group(1, 2) != ("二", "两")
            and _CN_ONES.index(pair[2]) - _CN_ONES.index(pair[1]) in (1, 2)
        ):
            # 五六百米 "five or six hundred metres", 两三天: two neighbouring numerals are a range
            low, high = parse_cjk_composite(pair[1] + pair[3]), parse_cjk_composite(pair[2] + pair[3])
            if low is not None and high is not None:
                return self._number(_Draft(start, end, low, high=high, spelled=True))
        if nxt in ("级", "級"):
            return _Draft(start, end + 1, dec, dimension="ordinal", spelled=True)  # 三级: level III
        d = _Draft(start, end, dec, spelled=True)
        if any(c in surface for c in "多余餘"):
            d.qualifier = "odd"  # 三百多万: three million and some
            d.scaled = True
        res = self._number(d)
        if res is not None and res.dimension == "count" and self._cn_in_word(start, end, res.end):
            return None  # 三轮车 (a tricycle), 一盘棋: the numeral is part of a word
        return res

    def _cn_counted(self, pos: int) -> bool:
        """Whether what follows a Chinese numeral at ``pos`` makes it a number."""
        t = self.t
        nxt = t[pos : pos + 1]
        if not nxt:
            return False
        if nxt in _CN_NUMBER_BEFORE:
            return True
        if nxt in _CN_CURRENCY_FIRST and _cn_currency_after(self.t, pos):
            return True
        if nxt in _CN_RANGE_SEPS and t[pos + 1 : pos + 2] in _CN_NUMERAL_CHARS:
            return True  # the first end of a range of numerals: 二至四名, 三到五个
        u = pat.UNIT_SUFFIX.match(t, pos)
        return u is not None and u["sep"] == ""

    def _read_kn(self, m: re.Match[str]) -> _Draft | None:
        """Korean native numerals before a counter or unit (네 명, 두 차례, 스무 살)."""
        n = 0
        if m["knt"]:
            n += KO_NATIVE_TENS[m["knt"]]
        ones = m["knu1"] or m["knu"]
        if ones:
            n += KO_NATIVE_ONES[ones]
        if n == 1 and (_KO_AT_ONCE.match(self.t, m.end()) or _KO_ONE_BOAT.match(self.t, m.end())):
            return None  # 한번에, 한 번에: "at once", "at a time"; 한 배: "one boat"
        return self._number(_Draft(m.start(), m.end(), Decimal(n), spelled=True))

    def _read_ym(self, m: re.Match[str]) -> _Draft | None:
        """2005.10 in Korean or Chinese text: October 2005; elsewhere a decimal number."""
        if self.lang in ("ko", "zh", "ja"):
            return _Draft(
                m.start(), m.end(), None, dimension="date", date=(int(m["ymy"]), int(m["ymm"]), None)
            )
        dec = _strip_number(m.group("ym"), self.comma_decimal)
        return None if dec is None else self._number(_Draft(m.start(), m.end(), dec))

    def _read_words(self, m: re.Match[str]) -> _Draft | None:
        surface = m.group("words")
        if _in_name(self.t, m.start(), m.end()) or _in_compound(self.t, m.start()):
            return None
        first = _first_number(surface)
        if first is None:
            return None
        d = _Draft(m.start(), m.start() + len(first[0]), first[1], spelled=True)
        if surface.split()[0].lower() in _ARTICLE_SCALES:
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
        if article and len(words) == 1 and words[0] in FRACTIONS and _FRACTION_AFTER.match(self.t, m.end()):
            den = Decimal(FRACTIONS[words[0]])
            d = _Draft(article.start(), m.end(), 1 / den, dimension="fraction", spelled=True)
            return _fraction_range(self, d)
        n = ORDINALS[words[-1]]
        if len(words) == 2:
            base = parse_english_words(words[0])
            n += int(base or 0)
        return _Draft(m.start(), m.end(), Decimal(n), dimension="ordinal", spelled=True)

    def _half_of_unit(self, m: re.Match[str], after: str) -> _Draft | None:
        """Half of a unit: "half an hour", "a half-mile" (0.5 of it), "a week and a half"
        (1.5 of it); None when no unit of :data:`_HALF_DIMENSIONS` goes with the "half"."""
        start, end, dec = m.start(), m.end(), Decimal("0.5")
        span = _HALF_SPAN.match(after)
        if span and span[1].lower() not in UNITS:
            span = None
        mixed = None if span else _UNIT_AND_A_HALF.search(self.t, max(0, start - 30), start)
        found = span or mixed
        entry = UNITS.get(found[1].lower()) if found else None
        if found is None or entry is None or entry[1] not in _HALF_DIMENSIONS:
            return None
        written, dim, factor = entry
        if mixed:
            start, dec = mixed.start(), Decimal("1.5")
        else:
            assert span is not None
            end += span.end()
            article = _ARTICLE_BEFORE.search(self.t, max(0, start - 4), start)
            if article and span[0].startswith("-"):
                start = article.start()  # "a half-year"
        return _Draft(
            start,
            end,
            dec,
            dimension=dim,
            unit=_BASE_UNITS[dim],
            written_unit=written,
            factor=factor,
            spelled=True,
        )

    def _read_frac(self, m: re.Match[str]) -> _Draft | None:
        if m["half"] and m["half"].lower() == "quarter":
            return _quarter(self, m)
        if m["half"]:
            after = self.t[m.end() : m.end() + 40]
            if _NOT_A_HALF_AFTER.match(after) or _NOT_A_HALF_BEFORE.search(
                self.t, max(0, m.start() - 12), m.start()
            ):
                return None  # half-time, each half, the second half: a part of a match
            unit_half = self._half_of_unit(m, after)
            if unit_half is not None:
                return unit_half
            scale = _HALF_A_SCALE.match(after)
            if scale:
                dec = Decimal(1) / 2 * _ARTICLE_SCALES[scale[1].lower()]
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
            # a share before "of" or punctuation, when written "one-third", or after a
            # qualifier ("more than one third are"); otherwise "a third term" is an ordinal
            hyphen = "-" in m.group("frac")
            qualified = _QUALIFIER_BEFORE.search(self.t, max(0, m.start() - 14), m.start())
            if not (hyphen or qualified or _FRACTION_AFTER.match(self.t, m.end())):
                return None
            num = 1
        else:
            num = int(parse_english_words(num_word) or 0)
        if num <= 0 or den <= 1 or num >= den:
            return None
        d = _Draft(m.start(), m.end(), Decimal(num) / Decimal(den), dimension="fraction", spelled=True)
        return _fraction_range(self, d)

    def _read_vague(self, m: re.Match[str]) -> _Draft | None:
        """An order of magnitude: "thousands" (1,000 to 10,000), "tens of thousands", "hundreds
        of millions"; qualifier ``"vague"``, read with nothing after it."""
        low = Decimal(SCALES[m["vsc"].lower()[:-1]]) * _VAGUE_MULTIPLES[(m["vmul"] or "").lower()]
        return _Draft(m.start(), m.end(), low, high=low * 10, qualifier="vague", spelled=True)

    def _read_mult(self, m: re.Match[str]) -> _Draft | None:
        if m["mw"]:
            if _ADJECTIVE_MULTIPLIER.match(self.t, m.end()) and m["mw"].lower() in ("double", "triple"):
                return None  # "a double bombing", "triple murder": two or three of a thing, no factor
            n = MULTIPLIER_WORDS[m["mw"].lower()]
        else:
            dec = parse_english_words(m["fold"])
            if dec is None:
                return None
            n = int(dec)
        return _Draft(m.start(), m.end(), Decimal(n), dimension="multiplier", unit="x", spelled=True)


_WORD_RUN = _lazyre.compile(r"[A-Za-z]+")


def _first_number(surface: str) -> tuple[str, Decimal] | None:
    """The longest start of a run of number words that is one number, and its value: all of
    "four thousand five hundred", "three" of "three nine" (two numbers side by side)."""
    dec = parse_english_words(surface)
    if dec is not None:
        return surface, dec
    for w in reversed(list(_WORD_RUN.finditer(surface))):
        dec = parse_english_words(surface[: w.end()])
        if dec is not None:
            return surface[: w.end()], dec
    return None


def _quarter(reader: _WordReader, m: re.Match[str]) -> _Draft | None:
    """ "a quarter of" (25%); a bare "quarter" is left to the period reader."""
    article = _ARTICLE_BEFORE.search(reader.t, max(0, m.start() - 5), m.start())
    if article is None or not _FRACTION_AFTER.match(reader.t, m.end()):
        return None
    d = _Draft(article.start(), m.end(), Decimal("0.25"), dimension="fraction", spelled=True)
    return _fraction_range(reader, d)


def _fraction_range(reader: _WordReader, d: _Draft) -> _Draft:
    """A share with the qualifier before it ("about a third"), and a larger share after "to" or
    "or" with it as one range: "a fifth to a quarter", "about a third to a half" (each end read
    as the share it is)."""
    reader._prefixes(d)
    sep = _SHARE_RANGE_SEP.match(reader.t, d.end)
    if sep is None or d.dec is None:
        return d
    m = pat.match_word(reader.t, sep.end())
    if m is None or m.lastgroup not in ("frac", "ordw"):
        return d
    second = reader._read_frac(m) if m.lastgroup == "frac" else reader._read_ordw(m)
    if second is None or second.dimension != "fraction" or second.dec is None or second.dec <= d.dec:
        return d
    d.high, d.end = second.high or second.dec, second.end
    return d


#: A hyphened word right before a number word: the number is inside a compound ("best-of-five",
#: "one-on-one"), a modifier as a whole, as digits there are (see the digit master); not after a
#: range word ("six-to-eight weeks").
_COMPOUND_BEFORE = _lazyre.compile(r"(?<![A-Za-z])([A-Za-z]+)-$")


def _in_compound(text: str, start: int) -> bool:
    """Whether the number word at ``start`` continues a hyphened compound (``best-of-five``)."""
    m = _COMPOUND_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and m[1].lower() not in ("to", "or", "and")


#: A noun right after "double" or "triple" (not a determiner, pronoun or preposition, after
#: which it is the verb or the factor: "double the amount", "will double in 20 years").
_ADJECTIVE_MULTIPLIER = _lazyre.compile(
    r"[ ](?!(?:the|a|an|its|his|her|their|our|your|that|this|these|those|what|in|by|to|from|over|within|"
    r"since|again|and|or|as|digits?|every|each|it|them|this)\b)[a-z]{3,}\b"
)
#: The magnitude "tens of" and "hundreds of" put before a plural scale word.
_VAGUE_MULTIPLES = {"": Decimal(1), "tens": Decimal(10), "hundreds": Decimal(100)}
_SHARE_RANGE_SEP = _lazyre.compile(r"[ ]{1,2}(?:to|or)[ ]{1,2}(?=an?[ ]|one[ -]|half\b)")
_NEXT_CAPITAL = _lazyre.compile(r"[ -][A-Z][a-z]")
_WORDS_BEFORE = _lazyre.compile(r"[A-Za-z]{3,}")
_CAPITALISED_RUN = _lazyre.compile(r"(?:[ -]+(?:[A-Z][\w'’-]*|and|of|the))*")
#: Words a title-case headline leaves in lower case.
_TITLE_LOWER = frozenset("and the for with from into over onto upon nor but".split())


#: How far from a capitalised number word :func:`_in_name` looks for the rest of its sentence.
_NAME_WINDOW = 300


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised number word inside a sentence starts or continues a name with the
    capitalised word after it ("the Three Gorges", "the village's "Two Committees"", "Ten
    Thousand Mu", "Two-Part Compositions"): not a count. A title-case headline ("Sixteen Dead
    in Two Provinces") capitalises every word, so there a number word stays a number."""
    if not text[start].isupper() or _sentence_start(text, start):
        return False
    if not _NEXT_CAPITAL.match(text, end):
        return False
    if pat.QUALIFIER_PREFIX.search(text, max(0, start - 24), start):
        return False  # "Over Fifty Works of Art": a bound on it makes it a number
    # the sentence around it, looked at within _NAME_WINDOW characters each side (a number word
    # in a very long run of text costs a bounded look, not a scan of the whole text)
    lo, hi = max(0, start - _NAME_WINDOW), min(len(text), end + _NAME_WINDOW)
    stop = max(text.rfind(c, lo, start) for c in ".!?\n")
    first = stop + 1 if stop >= 0 else lo
    ends = [i for i in (text.find(c, end, hi) for c in ".!?\n") if i >= 0]
    last = min(ends, default=hi)
    run = _CAPITALISED_RUN.match(text, end, last)
    rest = text[first:start] + " " + text[run.end() if run else end : last]
    return any(w[0].islower() and w not in _TITLE_LOWER for w in _WORDS_BEFORE.findall(rest))


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?\n:;"
