"""Dates and times of day in their English, Chinese and Korean surface forms.

``May 22``, ``22 May``, ``May 22, 2025``, ``Thursday (May 22)``, ``2025-05-22``, ``5月22日``,
``2025년 5월 22일``; ``3:30 p.m.`` and ``15:30``. The forms of each language are
:data:`DATE_FORMS` and :data:`TIME_FORMS`. Nothing here needs hypothesis.
"""

from __future__ import annotations

from collections.abc import Mapping

from xcheck.lexicon._calendar import MONTH_NAMES, WEEKDAY_NAMES
from xcheck.strategies._facts import DateFact, Lang, TimeFact

_WEEKDAYS = tuple(day.capitalize() for day in WEEKDAY_NAMES)


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


def _render_date(fact: DateFact, lang: Lang, form: str) -> str | None:
    d = fact.date
    if form == "iso":
        return d.isoformat()
    if lang == "en":
        month = MONTH_NAMES[d.month - 1]
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
