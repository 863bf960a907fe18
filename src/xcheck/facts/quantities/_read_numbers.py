"""The number pipeline: the digit reader, then what every number goes through once its core is
read (prefixes, ordinal and decade suffixes, the suffix readers the next word allows, ranges,
years, units, counters and qualifiers), and the reader of a range's second number.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from xcheck.facts.quantities import _patterns as pat
from xcheck.facts.quantities._model import _Draft, _ReaderBase
from xcheck.facts.quantities._read_cjk import _CjkReader
from xcheck.facts.quantities._read_context import _PrefixReader, _SuffixReader, age_in_english, age_in_parens
from xcheck.facts.quantities._read_dates import _DateReader
from xcheck.lexicon._money import CURRENCY_BEFORE
from xcheck.lexicon._numbers import (
    KO_LAW_WORDS,
    SCALES,
    ZH_BY_TIMES_VERBS,
    parse_cjk_composite,
    parse_english_words,
)
from xcheck.lexicon._units import PERSON_COUNTERS

#: Digits grouped in thousands: "3,000" (of "the 3,000th match").
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
#: A capitalised word right before a number: the maker of a model ("Boeing 747s").
_MODEL_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]+[ -]$")
#: First characters of pat.ORD_SUFFIX (2nd, 21st) and pat.DECADE_SUFFIX (1990s, 1990's).
_ORD_FIRST = frozenset("snrt")
_DECADE_FIRST = frozenset("'s")
#: Digit runs longer than this are identifiers (account numbers, hashes), not quantities.
_MAX_DIGITS = 30
_CJK_SCALE_CHARS = "万萬亿億兆千仟百佰十조억만천백십"


#: English digits written by a comma-decimal writer (see DIGITS_DOT): 4,6 (million), and
#: 272.000 or 1.234.567 (a decimal never ends in three zeros; two dot groups are grouping).
_EN_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_EN_DOT_THOUSANDS = re.compile(r"\d{1,3}\.000|\d{1,3}(?:\.\d{3}){2,}")
#: A vulgar fraction after whole digits: 29¾, 3½, "3 1/2" (a half, thirds, quarters).
_VULGAR_VALUES = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
#: A verb of increase right before a Chinese multiplier (提高约1倍, 增长了2倍).
_ZH_BY_TIMES = re.compile(f"(?:{'|'.join(ZH_BY_TIMES_VERBS)})了?(?:约|近|大约|将近)?$")
#: The rest of a Korean rate after its tenths digit: 할 (tenths), 푼 (hundredths), 리 (thousandths).
_KO_RATE = re.compile(r"할[ ]?(?P<p>\d)푼(?:[ ]?(?P<r>\d)리)?")
_VULGAR = re.compile(r"[½¼¾]|[ ](?P<n>[123])/(?P<d>[234])(?![\d/])")


def _whole_digits_with_parts(t: str, m: re.Match[str], surface: str) -> _Draft | None:
    """A digit run read with what stands around it: a decimal with no leading zero (a batting
    average of .268, a .45 calibre), a Korean rate in tenths, hundredths and thousandths
    (2할6푼8리 = 0.268) or a vulgar fraction after it (29¾, 3½, 3 1/2); ``None`` otherwise."""
    start = m.start()
    if start and t[start - 1] == "." and (start == 1 or t[start - 2] in " \t\n(["):
        return _Draft(start - 1, m.end(), Decimal("0." + surface))
    rate = _KO_RATE.match(t, m.end()) if len(surface) == 1 else None
    if rate:
        value = Decimal(surface) / 10 + Decimal(rate["p"]) / 100 + Decimal(rate["r"] or 0) / 1000
        return _Draft(start, rate.end(), value)
    frac = _VULGAR.match(t, m.end())
    if frac:
        part = _VULGAR_VALUES.get(frac[0]) or Decimal(int(frac["n"])) / Decimal(int(frac["d"]))
        return _Draft(start, frac.end(), Decimal(surface) + part)
    return None


#: Digits and 조 alone: an article number when a law word comes before it (:data:`KO_LAW_WORDS`).
#: " and a half" after a whole number: a mixed number ("two and a half years": 2.5).
_AND_A_HALF = re.compile(r"[ ]{1,2}and[ ]{1,2}an?[ ]{1,2}half\b(?!-)", re.I)
#: A Korean list of numbers around a comma range's ends: 1, 2, 3명 (three numbers, no range).
_LIST_BEFORE = re.compile(r"\d,[ ]?$")
_LIST_AFTER = re.compile(r"\d+,")
_KO_ARTICLE = re.compile(r"(\d{1,4})조(?:[ ]?(\d{1,3}))?")
_KO_ARTICLE_AFTER = re.compile(r"[ ]?\d{1,3}[ ]?[항호]")


def _korean_article(t: str, start: int, article: re.Match[str]) -> bool:
    """Whether the digits and 조 read at ``start`` number an article of a law: a paragraph or item
    follows (9조 2항), or, with nothing after 조, a law word (or 제) comes right before."""
    end = start + article.end()
    if article[2] is not None:
        return t[end : end + 1] in ("항", "호")
    before = t[max(0, start - 6) : start].rstrip()
    return before.endswith(KO_LAW_WORDS) or bool(_KO_ARTICLE_AFTER.match(t, end))


class _RangeReader(_ReaderBase):
    """Ranges (30-40, 30 to 40, between 30 and 40, 30%~50%, 2, 3년); mixed into the number reader."""

    if TYPE_CHECKING:  # the number pipeline and the count-noun test, from the class this is mixed into

        def _number(self, d: _Draft, *, prefixes: bool = True, ranges: bool = True) -> _Draft | None: ...

        def _counted_after(self, pos: int) -> bool: ...

    def _range(self, d: _Draft, *, repeated: bool = False, comma: bool = False) -> bool:
        """Read a range from the separator after ``d`` into ``d``; True when read. ``repeated``:
        the unit of ``d`` was read and the second end must repeat it (30%~50%); ``comma``: a
        Korean comma between consecutive numbers before a counter or unit (2, 3년)."""
        t = self.t
        r = (pat.KO_COMMA_RANGE if comma else pat.RANGE_SEP).match(t, d.end)
        if r is None or d.dec is None:
            return False
        sep = r["rsep"].lower()
        if comma and (_LIST_BEFORE.search(t, max(0, d.start - 4), d.start) or _LIST_AFTER.match(t, r.end())):
            return False  # 1, 2, 3명: a list, not a range
        before = t[max(0, d.start - 14) : d.start]
        if sep in ("and", "und") and not pat.BETWEEN_PREFIX.search(before):
            return False
        if sep in ("to", "through", "bis", "到", "至") and pat.FROM_PREFIX.search(
            t[max(0, d.start - 40) : d.start]
        ):
            return False
        if sep in ("-", "–", "—") and r.group(0) != sep and r["rcur"] is None:
            return False  # "30 - 40" with spaces is more often a score or a list than a range
        second = _core_at(t, r.end(), self.comma_decimal)
        if second is None or second.dec is None:
            return False
        core_dec = second.dec
        lead = _lead_of(t[second.start : second.end]) if second.spelled else None
        if sep in ("or", ",") and not _next_step(d.dec, lead or core_dec):
            return False  # "50 or 75 bucks": two choices; "two or three", "20 or 30": a rough range
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
        second_end = second.end
        if not repeated:
            second.unit = d.unit
            second.dimension = d.dimension
        res = self._number(second, prefixes=False, ranges=False)
        if res is None or res.dec is None or res.dimension in ("year", "ordinal", "date"):
            return False
        if repeated and (res.dimension, res.unit) != (d.dimension, d.unit):
            return False  # 30% to 50 people: two quantities
        if comma and res.end == second_end:
            return False  # 2, 3: no counter or unit after the second number
        first = d.dec
        if not d.scaled and res.scaled and core_dec != 0:
            first = first * (res.dec / core_dec)
        elif lead and first < lead:  # "two to three thousand": the second end's scale is the first's too
            first = first * (core_dec / lead)
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


class _NumberReader(_PrefixReader, _SuffixReader, _DateReader, _CjkReader, _RangeReader):
    """Reads a number in digits and runs every number through the pipeline."""

    def _read_num(self, m: re.Match[str]) -> _Draft | None:
        surface = m.group("num")
        if self.lang == "ko":
            event = self._ko_event_date(m.start())
            if event is not None:
                return event
        if len(surface) > _MAX_DIGITS:
            return _Draft(m.start(), m.end(), None, dimension="skip")
        if surface.isdigit():
            whole = _whole_digits_with_parts(self.t, m, surface)
            if whole is not None:
                return self._number(whole)
            # the common case: a plain digit run (nothing for _strip_number to remove)
            d = _Draft(m.start(), m.end(), Decimal(surface), plain_digits=True)
            return self._number(d)
        if surface.isascii() and " " not in surface:
            # digits with separators and a decimal mark only (what _strip_number would do;
            # without spaces, dropping the marks leaves digits: not scaled)
            try:
                plain = Decimal(_ascii_digits(surface, self.comma_decimal))
            except InvalidOperation:
                return None
            return self._number(_Draft(m.start(), m.end(), plain))
        article = _KO_ARTICLE.fullmatch(surface)
        if article and _korean_article(self.t, m.start(), article):
            # 헌법 9조 / 제9조 2항: Article 9 of a law, not 9 trillion (nor 9 trillion and 2)
            end = m.start() + article.end(1) + 1
            return _Draft(m.start(), end, Decimal(article[1]), dimension="ordinal")
        rough = False
        if not surface.isascii() and any(c in surface for c in _CJK_SCALE_CHARS):
            dec = parse_cjk_composite(surface)
            rough = any(c in surface for c in "多余餘여")  # 700多万, 30여만: some (a rough, no bound)
        else:
            dec = _strip_number(surface, self.comma_decimal)
        if dec is None:
            return None
        d = _Draft(m.start(), m.end(), dec, qualifier="odd" if rough else None)
        d.scaled = not surface.replace(",", "").replace(".", "").isdigit()
        return self._number(d)

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
                if not self._day_of_month(d):
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
        dec = d.dec
        half = _AND_A_HALF.match(t, d.end) if dec is not None and dec == int(dec) < 1000 else None
        if half and dec is not None and d.dimension == "count" and d.unit is None and d.high is None:
            d.dec = dec + Decimal("0.5")  # "two and a half years", "2 and a half hours"
            d.end = half.end()
        suffix_at = d.end
        fams = self._families(suffix_at)
        if not fams:
            # the common case: a number before punctuation or an ordinary word (the suffix
            # readers of _suffixes would do nothing but place an ambiguous ¥)
            if d.dimension == "currency" and d.unit == "CNY|JPY" and self._may_have_suffix(suffix_at):
                d.unit = self._resolve_yen(d)
            if (
                self._year(d, core_start, core_end)
                or age_in_parens(t, self.lang, d, core_end)
                or age_in_english(t, self.lang, d, core_end)
            ):
                return d
            if ranges and self.lang == "ko" and t.startswith(",", d.end) and self._range(d, comma=True):
                return d
            self._noun(d)
            nxt = t[core_end : core_end + 1]
            if d.end == core_end and nxt.isascii() and nxt.isalpha():
                return d if _english_digit_suffix(t, d, core_start, core_end) else None
            return d
        return self._suffixes(d, fams, core_start, core_end, ranges)

    def _suffixes(
        self, d: _Draft, fams: frozenset[str], core_start: int, core_end: int, ranges: bool
    ) -> _Draft | None:
        """The suffix readers, in order, each where the families ``fams`` of the next word or
        character allow it (asked again after each suffix read); ``core_start`` and
        ``core_end`` bound the number's digits or words."""
        t = self.t
        suffix_at = d.end
        if "cjk" in fams and self._generation(d, core_start, core_end):
            return None
        # CJK "-odd" marks: 2만여, 2万多, 300余
        if "cjk" in fams:
            p = pat.CJK_PLUS.match(t, d.end)
            if p and (d.scaled or self.lang in ("zh", "ko", "ja")):
                d.end = p.end()
                d.qualifier = d.qualifier or "odd"
        # scale words
        if "scale" in fams and d.dec is not None:
            s = pat.SCALE_SUFFIX.match(t, d.end)
            if s and self._scale(d, s):
                fams = self._families(d.end)
        # ranges: 30-40, 30 to 40, between 30 and 40
        if ranges and "range" in fams and self._range(d):
            fams = self._families(d.end)
        # percent and points
        if "pct" in fams and d.dimension == "count" and d.unit is None:
            pc = pat.PERCENT_SUFFIX.match(t, d.end)
            if pc:
                self._percent(d, pc)
                if ranges and d.high is None and "range" in self._families(d.end):
                    self._range(d, repeated=True)  # 30%~50%, 30% to 50%: the sign on both ends
            if pc or ("cjk" in fams and self._cjk_tenths(d)):
                fams = self._families(d.end)
        # multipliers
        if "mult" in fams and d.dimension == "count" and d.unit is None:
            mu = pat.MULT_SUFFIX.match(t, d.end)
            if mu:
                d.dimension = "multiplier"
                d.unit = "x"
                d.end = mu.end()
                d.plain_digits = False
                low = d.dec if mu["cjkmult"] == "倍" and d.high is None else None
                if low is not None and _ZH_BY_TIMES.search(t, max(0, d.start - 6), d.start):
                    d.high = low + 1  # 提高1倍: "by 100%" (doubled) or "to 1x": either reading
                fams = self._families(d.end)
        # currency words after a count, or repeating an amount's currency
        if "cur" in fams and (d.dimension == "currency" or (d.dimension == "count" and d.unit is None)):
            c = pat.CURRENCY_SUFFIX.match(t, d.end)
            if c and self._currency_word(d, c):
                fams = self._families(d.end)
        if d.dimension == "currency" and d.unit == "CNY|JPY" and self._may_have_suffix(suffix_at):
            d.unit = self._resolve_yen(d)
        # years
        if "cjk" in fams and self._cjk_era_year(d):
            return d
        if self._year(d, core_start, core_end):
            return d
        # a day of the month alone: 22일, 22日
        if not self.ascii and self._cjk_lone_day(d, core_start):
            return d
        if "cjk" in fams and self._cjk_ordinal(d):
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
            self._post_qualifier(d, pq)
        elif d.qualifier is None and d.high is None and self.lang == "ko":
            self._ko_bound_verb(d)
        # an identifier such as 5G, 3D, A380: digits glued to letters
        nxt = t[core_end : core_end + 1]
        if d.end == core_end and nxt.isascii() and nxt.isalpha():
            return d if _english_digit_suffix(t, d, core_start, core_end) else None
        return d


def _english_digit_suffix(t: str, d: _Draft, core_start: int, core_end: int) -> bool:
    """Read the ordinal suffix of grouped digits ("the 3,000th match") or the plural "s" of a
    model number after its maker ("Boeing 747s": 747) into ``d``; True when read."""
    nxt = t[d.end : d.end + 1]
    if d.end != core_end or nxt not in _ORD_FIRST:
        return False
    if not d.plain_digits and _GROUPED.fullmatch(t, core_start, core_end):
        o = pat.ORD_SUFFIX.match(t, d.end)
        if o:
            d.end = o.end()
            d.dimension = "ordinal"
            return True
    if (
        d.plain_digits
        and nxt == "s"
        and core_end - core_start >= 3
        and not t[d.end + 1 : d.end + 2].isalpha()
        and _MODEL_BEFORE.search(t, max(0, core_start - 24), core_start)
    ):
        d.end += 1
        return True
    return False


def _core_at(t: str, pos: int, comma_decimal: bool) -> _Draft | None:
    """The core of the number at ``pos`` (digits, Chinese numerals or English words, nothing
    attached): the second number of a range, before the pipeline reads its suffixes."""
    if pos >= len(t):
        return None
    masters = pat.MASTER_COMMA if comma_decimal else pat.MASTER_DOT
    script = _script(t[pos])
    if script == "0":
        m = _match_digits(masters, t, pos)
    else:
        m = masters["c"].match(t, pos) if script == "c" else pat.match_word(t, pos)
    if m is None:
        return None
    kind = m.lastgroup
    if kind == "num":
        surface = m.group("num")
        if len(surface) > _MAX_DIGITS:
            return None  # an identifier, as where it starts a quantity (_read_num)
        if not surface.isascii() and any(c in surface for c in _CJK_SCALE_CHARS):
            dec = parse_cjk_composite(surface)
            plain = False
        else:
            dec = _strip_number(surface, comma_decimal)
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


def _next_step(first: Decimal, second: Decimal) -> bool:
    """Whether ``second`` is the next step of the whole number ``first`` in its last significant
    digit: 3 after 2, 30 after 20, 200 after 100 (the two ends of a rough "N or M"; of "two or
    three thousand" the three before the scale word)."""
    if first != int(first) or first <= 0:
        return False
    step = 1
    while first % (step * 10) == 0:
        step *= 10
    return second - first == step


def _lead_of(surface: str) -> Decimal | None:
    """The number before the scale words a number in words ends with ("three" of "three thousand"
    and of "three hundred thousand"); None without such an ending, or with more words after it
    ("three hundred and fifty"). A range's first end below it takes its scale words ("two to three
    thousand": 2000 to 3000); one not below it does not ("between one and one hundred")."""
    words = surface.lower().replace("-", " ").split()
    k = next((i for i, w in enumerate(words) if w in SCALES), None)
    if not k or any(w not in SCALES for w in words[k:]):
        return None
    return parse_english_words(" ".join(words[:k]))


def _ascii_digits(surface: str, comma_decimal: bool) -> str:
    """ASCII digits with separators as :class:`~decimal.Decimal` reads them: in a comma-decimal
    language, and in English written by a comma-decimal writer (see DIGITS_DOT): 4,6 (million),
    and 272.000 or 1.234.567 (a decimal never ends in three zeros; two dot groups are grouping)."""
    if comma_decimal or _EN_DECIMAL_COMMA.fullmatch(surface):
        return surface.replace(".", "").replace(",", ".")
    if _EN_DOT_THOUSANDS.fullmatch(surface):
        return surface.replace(".", "")  # 272.000 infections: German grouping
    return surface.replace(",", "")


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


def _year_like(dec: Decimal) -> bool:
    """A whole number that could be a year (1000-2199), so a dash after it may join two years."""
    return dec == int(dec) and 1000 <= dec <= 2199
