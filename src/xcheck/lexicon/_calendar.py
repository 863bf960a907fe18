"""Calendar words: month names (English and German, full and abbreviated), weekday names and
the Chinese and Korean words for the time of day.

Data only: :mod:`xcheck.facts.quantities` builds its date, clock-time and trigger patterns from
these tables, and any other reader of dates should take its month and weekday names from here
(one home for them).
"""

from __future__ import annotations

__all__ = [
    "DAY_OF_MONTH_FOLLOWERS",
    "KO_DAY_COUNTS",
    "MERIDIEM_CJK",
    "MONTHS",
    "MONTHS_EN",
    "MONTH_NAMES",
    "WEEKDAYS",
    "WEEKDAYS_EN",
    "WEEKDAY_CJK",
    "WEEKDAY_EVENT_WORDS",
    "WEEKDAY_NAMES",
    "WEEKDAY_NIGHT_AFTER",
    "WEEKDAY_NIGHT_BEFORE",
    "WEEKDAY_NIGHT_SPAN",
    "WEEKDAY_NUMBERS",
    "WEEKDAY_WORDS",
]

#: English month names and abbreviations, lower case, with the month's number (1-12).
MONTHS_EN: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
#: Month names and abbreviations, lower case, with the month's number (1-12): English and German.
MONTHS: dict[str, int] = {
    **MONTHS_EN,
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "maerz": 3,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
}
#: The English month names, January first (``MONTH_NAMES[month - 1]``).
MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()

#: The English weekday names, Monday first (``WEEKDAY_NAMES[date.weekday()]``), lower case.
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: Weekday names and abbreviations, lower case (English and German).
#: English weekday names and abbreviations, lower case.
WEEKDAYS_EN = frozenset((*WEEKDAY_NAMES, *"mon tue tues wed thu thur thurs fri sat sun".split()))

WEEKDAYS = WEEKDAYS_EN | frozenset("montag dienstag mittwoch donnerstag freitag samstag sonntag".split())

#: Weekday names and abbreviations (English and German), lower case, with the day's number
#: (Monday 0, as :meth:`datetime.date.weekday`).
WEEKDAY_NUMBERS: dict[str, int] = {
    **{name: i for i, name in enumerate(WEEKDAY_NAMES)},
    **{name: i for i, name in enumerate("mon tue wed thu fri sat sun".split())},
    "tues": 1,
    "thur": 3,
    "thurs": 3,
    **{
        name: i
        for i, name in enumerate("montag dienstag mittwoch donnerstag freitag samstag sonntag".split())
    },
}
#: The whole weekday names (English and German), capitalised: a weekday written alone ("on
#: Wednesday") is read as a date only in this form (an abbreviation alone is too often a word).
WEEKDAY_WORDS = tuple(name.capitalize() for name in WEEKDAY_NUMBERS if len(name) > 5)
#: Capitalised words that make a weekday part of a name of an event, not a date ("Black
#: Friday", "Super Tuesday", "Good Friday").
WEEKDAY_EVENT_WORDS = frozenset(
    "Black Good Cyber Super Ash Bloody Easter Palm Holy Maundy Shrove Giving Blue Fat Pancake".split()
)
#: Words around a weekday that make it one end of a night ("Saturday night", "the night before
#: Sunday", "in der Nacht zum Sonntag"): translators name either day, so such a weekday is not
#: compared. Lower case; BEFORE are the last word before the weekday, AFTER the first after it.
WEEKDAY_NIGHT_BEFORE = frozenset("before to into zum auf overnight night nacht".split())
WEEKDAY_NIGHT_AFTER = frozenset("night nights evening nacht abend overnight".split())
#: Words after "night" that open the span of days a night is named by ("the night from Monday to
#: Tuesday", "the night of Friday to Saturday").
WEEKDAY_NIGHT_SPAN = frozenset("from of between".split())
#: Chinese and Korean weekday words with the day's number (Monday 0): 星期三, 周三, 礼拜三,
#: 수요일; Sunday is 星期日/星期天/周日.
WEEKDAY_CJK: dict[str, int] = {
    **{
        f"{head}{d}": i
        for head in ("星期", "周", "週", "礼拜", "禮拜")
        for i, d in enumerate("一二三四五六日")
    },
    **{f"{head}天": 6 for head in ("星期", "礼拜", "禮拜")},
    **{f"{d}요일": i for i, d in enumerate("월화수목금토일")},
}

#: Chinese and Korean words for a part of the day before a clock time (오후 3시, 下午3点, 晚7:30):
#: ``"am"``, ``"pm"``, or ``"night"`` for the evening and night words, after which 8 to 11 are
#: p.m., 12 is midnight and 1 to 5 stay a.m. (晚上12点, 夜里2点, 밤 12시). An hour above 12 after
#: any of them is read on the 24-hour clock (晚上20点).
MERIDIEM_CJK = {
    "오전": "am",
    "오후": "pm",
    "아침": "am",
    "새벽": "am",
    "저녁": "pm",
    "밤": "night",
    "上午": "am",
    "早上": "am",
    "早晨": "am",
    "凌晨": "am",
    "中午": "pm",
    "下午": "pm",
    "傍晚": "pm",
    "晚上": "night",
    "晚间": "night",
    "晚間": "night",
    "晚": "night",
    "夜里": "night",
    "夜裡": "night",
    "夜间": "night",
    "夜間": "night",
    "深夜": "night",
}

#: Korean native words for a number of days (하루 a day, 이틀 two days, 사흘 three days ... 보름
#: a fortnight, fifteen days): a duration, as 3일간 is.
KO_DAY_COUNTS = {
    "하루": 1,
    "이틀": 2,
    "사흘": 3,
    "나흘": 4,
    "닷새": 5,
    "엿새": 6,
    "이레": 7,
    "여드레": 8,
    "아흐레": 9,
    "열흘": 10,
    "보름": 15,
}

#: Words after "the 26th" that leave it a day of the month ("on the 26th that ...", "the 25th
#: local time", "the 14th and 21st"): function words and the verbs news puts after a date. A
#: noun there makes the ordinal count something ("the 26th anniversary", "the 89th minute").
DAY_OF_MONTH_FOLLOWERS = frozenset(
    """that which and or to of at in on when while as with through till until from for by
    before after local is was were are said says announced stated reported issued held released
    saying""".split()
)
