"""Readers of dates and times: ISO and numeric dates, CJK dates, English and German month-name
dates, quarters and halves, clock times with their time zones, noon and midnight; and the test
that makes a bare four-digit number a year rather than a count.
"""

from __future__ import annotations

import re

from xcheck.facts.quantities import _patterns as pat
from xcheck.facts.quantities._model import _Draft, _ReaderBase
from xcheck.facts.quantities._read_context import _ENDS_A_NUMBER
from xcheck.lexicon._calendar import (
    DAY_OF_MONTH_FOLLOWERS,
    MERIDIEM_CJK,
    MONTH_NAMES,
    MONTHS,
    MONTHS_EN,
    WEEKDAY_CJK,
    WEEKDAY_NIGHT_AFTER,
    WEEKDAY_NIGHT_BEFORE,
    WEEKDAY_NIGHT_SPAN,
    WEEKDAY_NUMBERS,
)
from xcheck.lexicon._numbers import COMMA_DECIMAL_LANGS
from xcheck.lexicon._units import NOT_NOUNS

_WORD_BEFORE = re.compile(r"(\w+)[\s-]+$")
_WORD_AFTER = re.compile(r"[\s-]+(\w+)")
_YEAR_MARK = re.compile(r"[ ]?[年년](?!간|대)")
_IRREGULAR_PLURALS = frozenset(
    "people men women children police personnel staff cattle feet teeth mice geese".split()
)


#: Month names of four letters or fewer that are whole names, not abbreviations (May, June, März, Juli).
_SHORT_MONTH_NAMES = frozenset(
    m for m in MONTHS if len(m) <= 4 and (m in {n.lower() for n in MONTH_NAMES} or m not in MONTHS_EN)
)


class _DateReader(_ReaderBase):
    """Reads dates, quarters and clock times from a master-regex match."""

    def _date_prefix(self, d: _Draft) -> _Draft:
        w = self.t[max(0, d.start - 16) : d.start]
        tail = w.rstrip(" \u00a0-")
        if tail[tail.rfind(" ") + 1 :].lower() not in pat.DATE_QUALIFIER_LAST:
            return d
        m = pat.DATE_QUALIFIER_PREFIX.search(w)
        if m:
            d.qualifier = "approx"
            d.start -= len(w) - m.start("q")
        return d

    def _read_iso(self, m: re.Match[str]) -> _Draft | None:
        y, mo, da = int(m["iy"]), int(m["im"]), int(m["id"])
        if not (1 <= mo <= 12 and 1 <= da <= 31):
            return _Draft(m.start(), m.end(), None, dimension="skip")
        return _Draft(m.start(), m.end(), None, dimension="date", date=(y, mo, da))

    def _read_dmy(self, m: re.Match[str]) -> _Draft | None:
        a, b, y = int(m["da"]), int(m["db"]), int(m["dy"])
        if m["dsep"] == "/" and self.lang == "en" and a <= 12:
            a, b = b, a
        if not (1 <= b <= 12 and 1 <= a <= 31):
            return _Draft(m.start(), m.end(), None, dimension="skip")
        return _Draft(m.start(), m.end(), None, dimension="date", date=(y, b, a))

    def _read_cjkdate(self, m: re.Match[str]) -> _Draft | None:
        mo = int(m["cm"])
        if not 1 <= mo <= 12:
            return None
        y = int(m["cy"]) if m["cy"] else None
        da = int(m["cd"]) if m["cd"] else None
        d = _Draft(m.start(), m.end(), None, dimension="date", date=(y, mo, da))
        if m["cwd"]:
            d.weekday = WEEKDAY_CJK[m["cwd"]]
        elif m["kwd"]:
            d.weekday = "월화수목금토일".index(m["kwd"])
        return self._date_prefix(d)

    def _read_cjkwd(self, m: re.Match[str]) -> _Draft | None:
        """A Chinese or Korean weekday alone (星期三, 周三, 수요일): a date with only its weekday."""
        return _Draft(
            m.start(), m.end(), None, dimension="date", date=(None, None, None), weekday=WEEKDAY_CJK[m[0]]
        )

    def _read_endate(self, m: re.Match[str]) -> _Draft | None:
        m1, m2, m3, m4, d1, d2, y1, y2, y3, wd = m.group(
            "m1", "m2", "m3", "m4", "d1", "d2", "y1", "y2", "y3", "wd"
        )
        if m["wd0"]:
            # a weekday alone ("on Wednesday"): a date with only its day of the week, unless it
            # ends a night ("Saturday night" is "the night before Sunday")
            if self._night_weekday(m.start(), m.end()):
                return None
            weekday = WEEKDAY_NUMBERS[m["wd0"].lower()]
            return _Draft(
                m.start(), m.end(), None, dimension="date", date=(None, None, None), weekday=weekday
            )
        month_word = m1 or m2 or m3 or m4
        month = MONTHS[month_word.lower()]
        day_s = d1 or d2
        year_s = y1 or y2 or y3
        start, end = m.span()
        if m4 is not None:
            # A month name alone: "May" needs a preposition before it (the verb "may").
            if wd:
                return None
            before = self.t[max(0, start - 12) : start]
            if month_word in ("May", "Mai") and not pat.MAY_PREFIX.search(before):
                return None
            if month_word in ("Mar", "Jan", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"):
                return None
        day = int(day_s) if day_s else None
        if day is not None and not 1 <= day <= 31:
            return None
        year = int(year_s) if year_s else None
        # a whole month name, not an abbreviation ("June." ends a sentence, "Sept." is a word)
        full_name = len(month_word) > 4 or month_word.lower() in _SHORT_MONTH_NAMES
        if self.t[end - 1] == "." and not year_s and not (d1 and not m2) and full_name:
            end -= 1  # the period after "June." ends the sentence; after "Sept." it is the word's
        d = _Draft(start, end, None, dimension="date", date=(year, month, day))
        if wd:
            d.weekday = WEEKDAY_NUMBERS.get(wd.rstrip(".").lower())
        return self._date_prefix(d)

    def _night_weekday(self, start: int, end: int) -> bool:
        """Whether the weekday at ``start:end`` is one end of a night ("Saturday night", "the
        night before Sunday", "Nacht zum Sonntag"), which translators name by either day."""
        before = _WORD_BEFORE.search(self.t, max(0, start - 16), start)
        if before is not None and before[1].lower() in WEEKDAY_NIGHT_BEFORE:
            return True
        if before is not None and before[1].lower() in WEEKDAY_NIGHT_SPAN:
            # "the night from Monday to Tuesday": the first day of a night's span
            night = _WORD_BEFORE.search(self.t, max(0, before.start() - 16), before.start())
            if night is not None and night[1].lower() in WEEKDAY_NIGHT_AFTER:
                return True
        after = _WORD_AFTER.match(self.t, end)
        return after is not None and after[1].lower() in WEEKDAY_NIGHT_AFTER

    def _read_qtr(self, m: re.Match[str]) -> _Draft | None:
        year: int | None = None
        if m["qq"]:
            period = m["qq"]
            year = int(m["qy"]) if m["qy"] else None
        elif m["qw"]:
            n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m["qw"].lower())
            if n is None:
                n = int(m["qw"][0])
            period = ("Q" if m["qk"].lower() == "quarter" else "H") + str(n)
            if period[0] == "H" and n > 2:
                return None
            year = int(m["qy2"]) if m["qy2"] else None
        elif m["fyy"]:
            period = "FY"
            year = int(m["fyy"]) + (2000 if len(m["fyy"]) == 2 else 0)
        elif m["nq"]:
            period = "Q" + m["nq"]
            year = int(m["nqy"]) if m["nqy"] else None
        elif m["kq"]:
            period = "Q" + m["kq"]
        else:
            zq = m["zq"]
            period = "Q" + str("一二三四".index(zq) + 1 if zq in "一二三四" else int(zq))
        return _Draft(m.start(), m.end(), None, dimension="date", date=(year, None, None), period=period)

    def _read_time(self, m: re.Match[str]) -> _Draft | None:
        meridiem: str | None = None
        if m["th"] is not None:
            hour, minute = int(m["th"]), int(m["tm"] or 0)
            meridiem = "pm" if m["ap"].lower().startswith("p") else "am"
        elif m["th2"] is not None:
            hour, minute = int(m["th2"]), int(m["tm2"])
        elif m["mh"] is not None or m["mh2"] is not None:
            hour, minute = int(m["mh"] or m["mh2"]), int(m["mm"] or m["mm2"])
        elif m["kh"] is not None:
            hour, minute = int(m["kh"]), int(m["kmin"] or 0)
            meridiem = MERIDIEM_CJK.get(m["kap"] or "")
        elif m["ch"] is not None:
            hour, minute = int(m["ch"]), int(m["cmin"])
            meridiem = MERIDIEM_CJK[m["cap"]]
        else:
            hour, minute = int(m["zh"]), 30 if m["zhalf"] else int(m["zmin"] or 0)
            meridiem = MERIDIEM_CJK.get(m["zap"] or "")
        if meridiem and m["th"] is None and 12 < hour <= 24:
            meridiem = None  # 晚上20点: a 24-hour clock after a part of the day
        if minute > 59 or hour > 24 or (meridiem and not 1 <= hour <= 12):
            return None
        if meridiem == "night":
            # 晚上8点 (20:00), 晚上12点 (midnight), 夜里2点 (02:00)
            meridiem = "am" if hour < 6 or hour == 12 else "pm"
        if meridiem == "pm" and hour < 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
        d = _Draft(m.start(), m.end(), None, dimension="time", time=(hour % 24, minute))
        tz = pat.TZ_SUFFIX.match(self.t, d.end)
        if tz:
            d.unit = tz["tz"]
            d.end = tz.end()
            if self.t[tz.start() : tz.end()].count("(") != self.t[tz.start() : tz.end()].count(")"):
                d.end = tz.end("tz")
        return d

    def _day_of_month(self, d: _Draft) -> bool:
        """Make a digit ordinal a day of the month when it names one: "on the 26th, ...",
        "the 25th local time", "the 14th and 21st" (1-31, "the" or another day before it, no
        noun after it: "the 26th anniversary" stays an ordinal). Chinese and Korean write the
        same day as 26日 / 26일, a date."""
        if d.dec is None or not 1 <= d.dec <= 31:
            return False
        t = self.t
        if pat.DAY_ORDINAL_BEFORE.search(t[max(0, d.start - 16) : d.start]) is None:
            return False
        after = pat.DAY_ORDINAL_AFTER.match(t, d.end)
        if after is None or (after["w"] is not None and after["w"] not in DAY_OF_MONTH_FOLLOWERS):
            return False
        d.dimension = "date"
        d.date = (None, None, int(d.dec))
        return True

    def _read_noon(self, m: re.Match[str]) -> _Draft | None:
        hour = 0 if m["nw"].lower() == "midnight" else 12
        return _Draft(m.start(), m.end(), None, dimension="time", time=(hour, 0))

    def _counted_after(self, pos: int) -> bool:
        """Whether a plural count noun follows ``pos`` ("2000 troops", "1,000 people"): what
        makes a four-digit number a count rather than a year."""
        if self.lang in COMMA_DECIMAL_LANGS:
            return False
        noun = pat.COUNT_NOUN.match(self.t, pos)
        return (
            noun is not None
            and noun["noun"] not in NOT_NOUNS
            and (noun["noun"].endswith("s") or noun["noun"] in _IRREGULAR_PLURALS)
            and not noun.group(0).startswith("-")
        )

    def _year(self, d: _Draft, core_start: int, core_end: int) -> bool:
        """Turn a bare four-digit number into a year when it reads as one."""
        if not d.plain_digits or d.dec is None or d.dimension != "count" or d.unit is not None:
            return False
        surface = self.t[core_start:core_end]
        if d.negative or len(surface) != 4 or not surface.isdigit():
            return False
        v = int(surface)
        if not 1000 <= v <= 2199:
            return False
        t = self.t
        # Before punctuation (or at the end) no counter, year mark, counted noun or unit can
        # follow (each starts with a space, a hyphen, a CJK character or a unit sign).
        ends = t[d.end : d.end + 1] in _ENDS_A_NUMBER
        if not ends and pat.CJK_COUNTER.match(t, d.end) and not t.startswith(" ", d.end):
            return False  # 2024명, 2024人: a count
        if not ends and pat.KO_YEARS_AGO.match(t, d.end):
            return False  # 1600년 전: 1600 years ago, a duration
        yc = None if ends else _YEAR_MARK.match(t, d.end)
        if yc:
            d.end = yc.end()
        elif d.period != "FY":
            plural = not ends and self._counted_after(d.end)
            if plural or not 1900 <= v <= 2100:
                # only then does a prefix ("in", "since", "fiscal year") decide
                prefixed = (
                    pat.YEAR_PREFIX.search(t[max(0, d.start - 20) : d.start]) is not None
                    or self.lang in COMMA_DECIMAL_LANGS
                )
                if plural and not prefixed:
                    return False
                if not (1900 <= v <= 2100 or prefixed):
                    return False
            unit = None if ends else pat.UNIT_SUFFIX.match(t, d.end)
            if unit and unit["unit"] not in ("m", "in", "C", "F", "W", "mi", "ha"):
                return False
        d.dimension = "year"
        d.date = (v, None, None)
        return True
