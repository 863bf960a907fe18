"""Chinese and Korean forms the general number pipeline reads wrong on its own: decades and era
years (八十年代, AD 117년), a lone day or a span of days (25日, 7日内), words that hold a numeral
(三轮车, 一盘棋: jieba's segmentation tells), and a few fixed forms (两度, 上万, 六十五载,
“十三五”).

jieba is imported on first use (``import xcheck`` stays light); without it, numerals inside
words are read as before.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from xcheck import _lazyre
from xcheck.facts.quantities import _patterns as pat
from xcheck.facts.quantities._model import _BASE_UNITS, _Draft, _ReaderBase
from xcheck.lexicon._calendar import KO_DAY_COUNTS
from xcheck.lexicon._numbers import parse_cjk_composite
from xcheck.lexicon._qualifiers import KO_BOUND_VERBS
from xcheck.lexicon._units import UNITS

#: The characters a Chinese numeral is written with (what a word around one may add to it).
_CN_NUMERAL_CHARS = frozenset("零〇一二两兩三四五六七八九十百千万萬亿億")
#: 上万元, 上千人, 上百万: "tens of thousands", "upwards of": more than the scale.
_CN_BARE_SCALE_CHARS = frozenset("百千万萬亿億")
#: “十三五”, 十四五规划: the Nth Five-Year Plan (an ordinal).
_FIVE_YEAR_PLAN = _lazyre.compile(r"十[一二三四五六七八九]五(?=规划|規劃|时期|時期|期间|期間|[”」\"’])")
_CN_FRACTION = _lazyre.compile(r"分之(?P<fnum>[零〇一二两兩三四五六七八九十百千]{1,8}|\d+(?:\.\d+)?)")
#: How far a title mark is looked for on each side of a numeral (a title is rarely longer).
_TITLE_REACH = 40
#: Characters of text jieba segments on each side of a numeral (a word is rarely longer).
_WORD_WINDOW = 6


class _CjkReader(_ReaderBase):
    """The Chinese and Korean forms (see the module docstring); mixed into the number reader."""

    if TYPE_CHECKING:  # the number pipeline and its prefix reader, from the class this is mixed into

        def _number(self, d: _Draft, *, prefixes: bool = True, ranges: bool = True) -> _Draft | None: ...

        def _prefixes(self, d: _Draft) -> None: ...

    def _cn_fraction(self, m: re.Match[str]) -> _Draft | None:
        """三分之一 (a third), 千分之五: the numerator after 分之 over the numeral before it."""
        f = _CN_FRACTION.match(self.t, m.end())
        if f is None:
            return None
        den = parse_cjk_composite(m.group("cn"))
        num = parse_cjk_composite(f["fnum"])
        if not den or num is None or num <= 0:
            return None
        d = _Draft(m.start(), f.end(), num / den, dimension="fraction", spelled=True)
        self._prefixes(d)
        return d

    def _read_cnhalf(self, m: re.Match[str]) -> _Draft | None:
        """半 before a unit is half of it (半年: six months, 半米: half a metre); 上半年 and
        下半年 are the first and second half of a year (H1, H2)."""
        part = m["hpart"] or ""
        start = m.start()
        if not part and self.t.startswith("年", m.end()) and self.t[start - 1 : start] in ("上", "下"):
            # 2020上半年: the 上 right after a digit starts no trigger of its own
            part = self.t[start - 1]
            start -= 1
        if part:
            period = "H1" if part == "上" else "H2"
            return _Draft(start, m.end() + 1, None, dimension="date", date=(None, None, None), period=period)
        if self.t[m.start() - 1 : m.start()] in _CN_NUMERAL_CHARS:
            return None  # 一半, 一年半 and 三点半 are read with what comes before
        res = self._number(_Draft(m.start(), m.end(), Decimal("0.5"), spelled=True))
        if res is None or res.dimension in ("count", "ordinal", "date", "year"):
            return None
        return res

    def _cjk_era_year(self, d: _Draft) -> bool:
        """A Chinese or Korean decade or era year: 八十年代 / 80年代 / 1990年代 (the 1980s,
        the 1990s; a two-digit decade is of the 1900s), AD 117년 / 公元117年 / 기원전 50년
        (a year, not a number of years)."""
        if d.dec is None or d.dimension != "count" or d.unit is not None or d.dec != int(d.dec):
            return False
        t = self.t
        v = int(d.dec)
        if t.startswith("年代", d.end) and v % 10 == 0 and (10 <= v <= 90 or 1000 <= v <= 2190):
            d.end += 2
            d.dimension = "year"
            d.date = (v if v >= 1000 else 1900 + v, None, None)
            d.period = "decade"
            return True
        year = pat.CJK_YEAR_MARK.match(t, d.end)
        if year is None or not 1 <= v <= 2199:
            return False
        era = pat.ERA_BEFORE.search(t[max(0, d.start - 8) : d.start])
        if era is None:
            return False
        d.end = year.end()
        d.dimension = "year"
        d.date = (-v if era["bc"] else v, None, None)
        return True

    def _cjk_lone_day(self, d: _Draft, core_start: int) -> bool:
        """22일, 22日: a day of the month; 7日内 (within 7 days), 최소한 3일, 约10日: a number
        of days. True when read."""
        t = self.t
        if not (d.plain_digits and d.dec is not None and 1 <= d.dec <= 31 and d.unit is None):
            return False
        if not pat.CJK_DAY.match(t, d.end):
            if pat.CJK_DAY_RANGE_END.match(t, d.end) is None:
                return False
            # 24~26일, 24至26日: the first day of a span of days of the month
            d.dimension = "date"
            d.date = (None, None, int(d.dec))
            return True
        d.end += 1
        within = pat.CJK_WITHIN.match(t, d.end)
        if within is not None:
            # 7日内 (within 7 days): a span of days up to now, not the 7th
            d.end = within.end()
            d.qualifier = d.qualifier or "le"
        if within is not None or (d.qualifier is not None and d.start < core_start):
            # 최소한 3일, 약 10日: a bound or "about" is put on a number of days, not on a date
            d.written_unit, d.dimension, d.factor = UNITS["일간"]
            d.unit = _BASE_UNITS[d.dimension]
            return True
        d.dimension = "date"
        d.date = (None, None, int(d.dec))
        return True

    def _ko_event_date(self, start: int) -> _Draft | None:
        """6.15 남북공동선언, 9/11 테러: a month and day before a noun naming an event is the
        date that names it (June 15, September 11), not the count 6.15 nor 9 and 11."""
        ev = pat.KO_EVENT_DATE.match(self.t, start)
        if ev is None:
            return None
        return _Draft(start, ev.end("dd"), None, dimension="date", date=(None, int(ev["mo"]), int(ev["dd"])))

    def _ko_bound_verb(self, d: _Draft) -> None:
        """200명을 넘어설, 30%를 웃돌고, 1km에도 못 미치는: a verb after the number and its
        particle bounds it, as "more than" and "less than" do (see KO_BOUND_VERBS)."""
        v = pat.KO_BOUND_VERB.match(self.t, d.end)
        if v is not None:
            d.qualifier = KO_BOUND_VERBS[v["kv"]]
            d.end = v.end()

    def _read_kday(self, m: re.Match[str]) -> _Draft | None:
        """하루, 이틀간, 사흘: a number of days in a Korean native word (a duration)."""
        d = _Draft(m.start(), m.end(), Decimal(KO_DAY_COUNTS[m["kdw"]]), spelled=True)
        d.written_unit, d.dimension, d.factor = UNITS["일간"]
        d.unit = _BASE_UNITS[d.dimension]
        return d

    def _read_cnfirst(self, m: re.Match[str]) -> _Draft | None:
        """首届, 首次, 首个: the first (an ordinal; "the 1st China International Import Expo")."""
        return _Draft(m.start(), m.end() + 1, Decimal(1), dimension="ordinal", spelled=True)

    def _cjk_tenths(self, d: _Draft) -> bool:
        """七成, 6成, 两成: tenths, a share in percent (70%, 60%, 20%); not 3成员 or 5成年人."""
        tenths = pat.CJK_TENTHS.match(self.t, d.end)
        if tenths is None or d.dec is None:
            return False
        d.dimension = "percent"
        d.unit = "%"
        d.written_unit = "成"
        d.dec *= 10
        if d.high is not None:
            d.high *= 10
        d.end = tenths.end()
        d.plain_digits = False
        return True

    def _cn_fixed_form(self, surface: str, start: int, end: int) -> _Draft | None:
        """The fixed forms a Chinese numeral takes that the pipeline would misread or skip:
        “十三五” (the 13th Five-Year Plan), 两度 / 二度 (twice; 一度 is "at one time"), 上万 / 上千
        (upwards of ten thousand, a thousand), 六十五载 (65 years)."""
        t = self.t
        if _FIVE_YEAR_PLAN.match(t, start) and end - start == 3:
            return _Draft(
                start,
                end,
                Decimal(10 + "一二三四五六七八九".index(surface[1]) + 1),
                dimension="ordinal",
                spelled=True,
            )
        dec = parse_cjk_composite(surface)
        if dec is None:
            return None
        nxt = t[end : end + 1]
        if nxt == "大" and t[max(0, start - 2) : start] in ("党的", "黨的", "中共"):
            return _Draft(start, end + 1, dec, dimension="ordinal", spelled=True)  # 十八大: the 18th Congress
        if nxt == "度" and surface in ("两", "兩", "二", "三", "四", "五"):
            return _Draft(start, end + 1, dec, spelled=True)  # 两度斩获: won twice; 梅开二度
        if nxt == "载" or nxt == "載":
            d = _Draft(start, end + 1, dec, spelled=True)
            d.written_unit, d.dimension, d.factor = UNITS["年"]
            d.unit = _BASE_UNITS[d.dimension]
            return d
        if (
            t[start - 1 : start] == "上"
            and all(c in _CN_BARE_SCALE_CHARS for c in surface)
            and t[start - 3 : start - 1] != "成千"  # 成千上万: thousands upon thousands
        ):
            return _Draft(start - 1, end, dec, qualifier="gt", spelled=True)
        return None

    def _in_book_title(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies inside book-title marks (《十四天》, 《二部歌曲写作》): a
        title, which a translation renders in words of its own ("Fourteen Days")."""
        t = self.t
        opened = t.rfind("《", max(0, start - _TITLE_REACH), start)
        if opened < 0 or "》" in t[opened:start]:
            return False
        closed = t.find("》", end, end + _TITLE_REACH)
        return closed >= 0 and "《" not in t[end:closed]

    def _cn_in_word(self, start: int, num_end: int, read_end: int) -> bool:
        """Whether the numeral from ``start`` to ``num_end``, read up to ``read_end`` (with its
        measure word or unit), lies inside a longer word: 三轮车 (a tricycle: 三轮 and more),
        一盘棋 (a concerted effort). jieba's word there runs past what was read, and past the
        numeral and one character (两者 and 三轮 may be words of their own)."""
        t = self.t
        lo = max(0, start - _WORD_WINDOW)
        span = _word_at(t[lo : read_end + _WORD_WINDOW], start - lo)
        if span is None:
            return False
        w_start, w_end = span[0] + lo, span[1] + lo
        return (
            w_start <= start
            and w_end > max(read_end, num_end + 1)
            and not _CN_NUMERAL_CHARS & set(t[num_end:w_end])
        )


@functools.cache
def _jieba() -> Any:
    try:
        import jieba
    except ImportError:
        return None
    jieba.setLogLevel(60)
    return jieba


@functools.lru_cache(maxsize=4096)
def _word_at(window: str, pos: int) -> tuple[int, int] | None:
    """The (start, end) of jieba's word of ``window`` that holds ``pos``; None without jieba."""
    jieba = _jieba()
    if jieba is None:
        return None
    for _word, w_start, w_end in jieba.tokenize(window):
        if w_start <= pos < w_end:
            return int(w_start), int(w_end)
    return None
