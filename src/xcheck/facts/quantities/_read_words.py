"""Readers of numbers written as words: Chinese numerals, English cardinals, ordinals,
fractions and multipliers, German number words and ordinals. Each hands its number to the
pipeline of :mod:`~xcheck.facts.quantities._read_numbers` like the digit reader does.
"""

from __future__ import annotations

import re
from decimal import Decimal

from xcheck.facts.quantities import _patterns as pat
from xcheck.facts.quantities._model import _Draft
from xcheck.facts.quantities._read_numbers import _NumberReader
from xcheck.lexicon._money import CURRENCY_AFTER
from xcheck.lexicon._numbers import (
    FRACTIONS,
    MULTIPLIER_WORDS,
    ORDINALS,
    parse_cjk_composite,
    parse_english_words,
)
from xcheck.lexicon._units import UNITS

_ARTICLE_BEFORE = re.compile(r"(?<![A-Za-z])(?:[Aa]n?|[Oo]ne)[ -]{1,2}$")
#: What follows "a third" or "a quarter" that makes it a share (not "a third term").
_FRACTION_AFTER = re.compile(r"(?:[ ]{1,2}of\b|[ ]*[,.;:)]|[ ]*$)")
#: "half" that is a part of a match or a year, not a share: half-time, each half, second half.
_NOT_A_HALF_AFTER = re.compile(r"(?i)-?time\b|s\b")
_NOT_A_HALF_BEFORE = re.compile(
    r"(?i)\b(?:each|every|second|other|both|latter|former|opening|first)[ ]{1,2}$"
)
#: "half an hour", "half a year", "a half-year": half of a span of time (in seconds).
_HALF_SPAN = re.compile(r"(?i)(?:[ ]{1,2}an?[ ]{1,2}|-)(hour|day|week|month|year)\b(?!-old)")
_QUALIFIER_BEFORE = re.compile(
    r"(?i)\b(?:than|over|about|nearly|almost|around|roughly|some|under|only|just)[ ]{1,2}$"
)
_SINGLE_CN_OK = frozenset("个個人名位年月日天岁歲倍次家架艘辆輛座所项項件万萬亿億%元")
_CN_CURRENCY_FIRST = frozenset(k[0] for k in CURRENCY_AFTER if not k[0].isascii())
_CN_RANGE_SEPS = frozenset("至到～~")
_CN_NUMERAL_CHARS = frozenset("零〇一二两兩三四五六七八九十百千")
_CN_STOP_AFTER = frozenset("些样樣起直定切下般度旦再致向共边邊点點时時会會方面心同部律体體")


class _WordReader(_NumberReader):
    """Reads numbers written in words and hands them to the number pipeline."""

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
        if m["half"] and m["half"].lower() == "quarter":
            return self._quarter(m)
        if m["half"]:
            after = self.t[m.end() : m.end() + 40]
            if _NOT_A_HALF_AFTER.match(after) or _NOT_A_HALF_BEFORE.search(self.t, 0, m.start()):
                return None  # half-time, each half, the second half: a part of a match
            span = _HALF_SPAN.match(after)
            if span:
                written, _dim, factor = UNITS[span[1].lower()]
                start = m.start()
                article = _ARTICLE_BEFORE.search(self.t, max(0, start - 4), start)
                if article and span[0].startswith("-"):
                    start = article.start()  # "a half-year"
                return _Draft(
                    start,
                    m.end() + span.end(),
                    Decimal("0.5"),
                    dimension="duration",
                    unit="s",
                    written_unit=written,
                    factor=factor,
                    spelled=True,
                )
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
        return _Draft(m.start(), m.end(), Decimal(num) / Decimal(den), dimension="fraction", spelled=True)

    def _quarter(self, m: re.Match[str]) -> _Draft | None:
        """ "a quarter of" (25%); a bare "quarter" is left to the period reader."""
        article = _ARTICLE_BEFORE.search(self.t, max(0, m.start() - 5), m.start())
        if article is None or not _FRACTION_AFTER.match(self.t, m.end()):
            return None
        return _Draft(article.start(), m.end(), Decimal("0.25"), dimension="fraction", spelled=True)

    def _read_mult(self, m: re.Match[str]) -> _Draft | None:
        if m["mw"]:
            n = MULTIPLIER_WORDS[m["mw"].lower()]
        else:
            dec = parse_english_words(m["fold"])
            if dec is None:
                return None
            n = int(dec)
        return _Draft(m.start(), m.end(), Decimal(n), dimension="multiplier", unit="x", spelled=True)


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?\n:;"
