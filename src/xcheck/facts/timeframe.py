"""Relative time frames: "this weekend" against 上周末, "next year" against 올해, "over the next 20
years" against "the last 20 years".

A translation can keep every number and date and still move an event to another week or year, or
turn a look back into a forecast. The quantity reader compares what is written as a value ("20
years", "July 4"); this module reads the words that place an event relative to the time of
writing and compares their direction:

- **deixis**: a calendar unit counted from now, "last year" (-1), "this month" (0), "next week"
  (+1); 去年 / 今年 / 明年, 上周 / 本周 / 下周, 上周末, 上个月; 지난해 / 올해 / 내년, 지난주 / 이번 주,
  지난 주말, 다음 달;
- **spans**: a stretch of time before or after now, "over the past 20 years" / "in the coming
  months"; 过去 / 近 / 未来 / 今后 N 年; 지난 / 최근 / 향후 / 앞으로 N년(간); and a point ahead, "(will
  double) in about 20 years", "ten years from now" (an "in N years" after a future verb, and no
  superlative or "first time" between: "the highest in 20 years" looks back).

A finding needs evidence on both sides: both texts place something in the same unit (a year
against a year, a span against a span), and no placement of one text agrees with any of the
other's. "this year ... last year" against 今年 ... 去年 agrees; "this weekend" against 上周末
alone does not. Severity: a different year, month or quarter, or a span turned from past to future,
is *major*; a different week or weekend is *minor* when one side says "this" (a Monday's "this
weekend" can be the one just gone), *major* otherwise.

>>> [(f.found_value, f.expected_value, f.severity) for f in compare_timeframes(
...     "The exhibition will open this weekend.", "一场毕业生艺术展上周末温暖启幕。")]
[('this weekend', 'last weekend', 'minor')]
>>> compare_timeframes("Sales rose this year and last year.", "销售额今年和去年都增长了。")
[]
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from xcheck import _lazyre
from xcheck._types import Discrepancy, Span
from xcheck.lexicon._scripts import HANGUL

__all__ = ["TimeFrame", "compare_timeframes", "read_timeframes"]

#: The offset words of English deixis ("past" makes a span: "the past week" is the last seven days).
_EN_OFFSET = {"this": 0, "next": 1, "coming": 1, "last": -1, "previous": -1}
_EN_DEIXIS = _lazyre.compile(
    r"(?<![\w-])(?P<the>the\s+)?(?P<word>this|next|coming|last|previous)\s+"
    r"(?P<unit>week(?:end)?|month|year|quarter)(?![\w-])(?!\s+of\b)",
    0,
)
_EN_SPAN = _lazyre.compile(
    r"(?<![\w-])(?:(?:in|over|during|for|within|throughout|across)\s+)?the\s+"
    r"(?P<word>next|coming|following|past|last|previous|recent)\s+"
    r"(?:(?P<count>\d{1,3}|a\s+few|few|several|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|fifty|hundred)\s+)?"
    r"(?P<unit>days|weeks|months|years|decades)(?![\w-])",
    0,
)
_EN_FUTURE = frozenset({"next", "coming", "following"})
#: How long something lasted, a week or a weekend: "a weeklong standoff" against 주말 내내 계속된
#: ("that went on all weekend"). Read as kind ``length``, unit ``stretch``, the offset the days.
_EN_LENGTH = _lazyre.compile(
    r"(?i)(?<![\w-])(?:(?P<week>week-?long|all[ \u00a0]week"
    r"|(?:throughout|for)[ \u00a0]the[ \u00a0]whole[ \u00a0]week)"
    r"|(?P<weekend>weekend-?long|all[ \u00a0]weekend|throughout[ \u00a0]the[ \u00a0]weekend))(?![\w-])",
    0,
)
_CJK_LENGTH = _lazyre.compile(
    r"(?P<weekend>주말[ ]?내내|주말[ ]?동안|整个周末|整個週末|周末期间)"
    r"|(?P<week>일주일[ ]?내내|한[ ]?주[ ]?내내|一整周|整整一周)",
    0,
)
_LENGTH_DAYS = {"week": 7, "weekend": 2}
#: A point ahead of now, counted from it: "(will double) in about 20 years", "20 years from now".
#: "in N years" alone is not read: "the highest in 20 years", "for the first time in 20 years"
#: look back, so it needs a future verb earlier in its clause (_EN_WILL) and no superlative or
#: "first time" right before it.
_EN_AHEAD = _lazyre.compile(
    r"(?i)(?<![\w-])(?:(?P<in>in)\s+(?:(?:about|around|roughly|nearly|almost|some|another|just|"
    r"less\s+than|more\s+than|over|under)\s+)?)?"
    r"(?P<count>\d{1,3}|a\s+few|few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+"
    r"(?P<unit>days|weeks|months|years|decades)(?P<now>\s+from\s+now)?(?![\w-])",
    0,
)
_EN_WILL = _lazyre.compile(
    r"(?i)(?<![\w-])(?:will|shall|won['’]t|is\s+(?:expected|projected|forecast|set|due|likely)\s+to|"
    r"are\s+(?:expected|projected|forecast|set|due|likely)\s+to)(?![\w-])|['’]ll(?![\w-])",
    0,
)
#: What makes "in N years" a look back ("the first time in", "the highest contact with them in",
#: "ever in", "years in"): anywhere between the future verb and "in".
_EN_BACK_BEFORE = _lazyre.compile(
    r"(?i)\b(?:time|first|only|ever|since|years?|months?|record|most|least|worst|best|\w+est)\b",
    0,
)

_ZH_DEIXIS: dict[str, tuple[str, int]] = {
    "去年": ("year", -1),
    "今年": ("year", 0),
    "明年": ("year", 1),
    "上周末": ("weekend", -1),
    "本周末": ("weekend", 0),
    "这个周末": ("weekend", 0),
    "这周末": ("weekend", 0),
    "下周末": ("weekend", 1),
    "上周": ("week", -1),
    "本周": ("week", 0),
    "这周": ("week", 0),
    "下周": ("week", 1),
    "上个月": ("month", -1),
    "上月": ("month", -1),
    "本月": ("month", 0),
    "这个月": ("month", 0),
    "下个月": ("month", 1),
    "下月": ("month", 1),
}
# Longest first, so 上周末 is read before 上周.
_ZH_DEIXIS_RE = _lazyre.compile(lambda: "|".join(sorted(map(str, _ZH_DEIXIS), key=len, reverse=True)), 0)
_ZH_SPAN = _lazyre.compile(
    r"(?P<word>过去|近|最近|未来|今后|接下来)的?(?P<count>\d{1,3}|[一二两三四五六七八九十几数]{1,3})"
    r"(?P<unit>年|个月|周|个星期|天)",
    0,
)
_ZH_FUTURE = frozenset({"未来", "今后", "接下来"})

# A week or month word is read only before a particle or a non-Hangul character: "이번 주장" is "this
# claim", "다음 주자" "the next runner", "지난 달러" no month.
_KO_DEIXIS_RE = _lazyre.compile(
    r"(?P<w>지난해|작년|올해|금년|내년|(?:지난|이번|다음)\s?주말|지난주|이번\s?주|금주|다음\s?주"
    r"|지난\s?달|이번\s?달|이달|다음\s?달)"
    rf"(?=[에초중말내의는도은안엔쯤께]|부터|까지|동안|[^{HANGUL}]|$)",
    0,
)
# "지난 20일" is "on the 20th" in Korean news: a day count after 지난 is a span only with 간/동안.
_KO_SPAN = _lazyre.compile(
    r"(?P<word>지난|최근|과거|향후|앞으로)\s?(?P<count>\d{1,2}|몇|수)\s?"
    r"(?P<unit>년|개월|달|주일?|일(?=\s?(?:간|동안)))",
    0,
)
_KO_FUTURE = frozenset({"향후", "앞으로"})

_UNIT = {
    "days": "day",
    "weeks": "week",
    "months": "month",
    "years": "year",
    "decades": "year",
    "年": "year",
    "个月": "month",
    "周": "week",
    "个星期": "week",
    "天": "day",
    "년": "year",
    "개월": "month",
    "달": "month",
    "주": "week",
    "주일": "week",
    "일": "day",
}
_WORDS = {-1: "last", 0: "this", 1: "next"}


@attrs.frozen
class TimeFrame:
    """A placement in time relative to the time of writing.

    ``kind`` is ``deixis`` (``offset`` counts ``unit`` from now: -1 last, 0 this, 1 next) or
    ``span`` (``offset`` is -1 for a stretch up to now, 1 for one from now on); ``span`` indexes the
    text it was read from.
    """

    kind: str
    unit: str
    offset: int
    span: Span

    def describe(self) -> str:
        """The placement in English words ("last weekend", "the past years")."""
        if self.kind == "span":
            return f"the {'coming' if self.offset > 0 else 'past'} {self.unit}s"
        if self.kind == "length":
            return "a week" if self.offset == _LENGTH_DAYS["week"] else "a weekend"
        return f"{_WORDS[self.offset]} {self.unit}"


def _read_lengths(text: str) -> list[TimeFrame]:
    out = []
    for pattern in (_EN_LENGTH, _CJK_LENGTH):
        for m in pattern.finditer(text):
            days = _LENGTH_DAYS["week" if m["week"] else "weekend"]
            out.append(TimeFrame("length", "stretch", days, _span(text, m.start(), m.end())))
    return out


def read_timeframes(text: str) -> list[TimeFrame]:
    """The relative time frames ``text`` states, in order (see the module docs).

    Each language's words are in its own script, so every reader runs: a pair's declared language
    can be wrong (a ``pairs`` record's ``lang`` names both sides), and a Korean text may quote
    English.
    """
    frames = [*_read_en(text), *_read_zh(text), *_read_ko(text), *_read_lengths(text)]
    return sorted(frames, key=lambda f: f.span.start)


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _read_en(text: str) -> list[TimeFrame]:
    out: list[TimeFrame] = []
    for m in _EN_DEIXIS.finditer(text):
        word, unit = m["word"].lower(), m["unit"].lower()
        if m["the"]:  # "the last year" is the past twelve months, read as a span below
            continue
        out.append(TimeFrame("deixis", unit, _EN_OFFSET[word], _span(text, m.start("word"), m.end())))
    for m in _EN_SPAN.finditer(text):
        word = m["word"].lower()
        offset = 1 if word in _EN_FUTURE else -1
        out.append(TimeFrame("span", _UNIT[m["unit"].lower()], offset, _span(text, m.start(), m.end())))
    for m in _EN_AHEAD.finditer(text):
        if not (m["now"] or (m["in"] and _future_clause(text, m.start()))):
            continue
        if any(f.span.start <= m.start() < f.span.end for f in out):
            continue  # inside "over the next 20 years", read above
        out.append(TimeFrame("span", _UNIT[m["unit"].lower()], 1, _span(text, m.start(), m.end())))
    return sorted(out, key=lambda f: f.span.start)


def _future_clause(text: str, start: int) -> bool:
    """Whether "in N years" at ``start`` counts ahead: a future verb earlier in its clause, and no
    superlative or "first time" right before it."""
    clause_start = max(text.rfind(c, 0, start) for c in ".;!?\n") + 1
    ends = [m.end() for m in _EN_WILL.finditer(text, clause_start, start)]
    return bool(ends) and not _EN_BACK_BEFORE.search(text, ends[-1], start)


def _read_zh(text: str) -> list[TimeFrame]:
    out = [
        TimeFrame("deixis", *_ZH_DEIXIS[m[0]], _span(text, m.start(), m.end()))
        for m in _ZH_DEIXIS_RE.finditer(text)
    ]
    for m in _ZH_SPAN.finditer(text):
        offset = 1 if m["word"] in _ZH_FUTURE else -1
        out.append(TimeFrame("span", _UNIT[m["unit"]], offset, _span(text, m.start(), m.end())))
    return sorted(out, key=lambda f: f.span.start)


def _ko_deixis(word: str) -> tuple[str, int]:
    w = "".join(word.split())
    if w in ("지난해", "작년", "올해", "금년", "내년"):
        return "year", {"지난해": -1, "작년": -1, "내년": 1}.get(w, 0)
    unit = "weekend" if w.endswith("주말") else "week" if w.endswith("주") else "month"
    offset = -1 if w.startswith("지난") else 1 if w.startswith("다음") else 0
    return unit, offset


def _read_ko(text: str) -> list[TimeFrame]:
    out = [
        TimeFrame("deixis", *_ko_deixis(m["w"]), _span(text, m.start("w"), m.end("w")))
        for m in _KO_DEIXIS_RE.finditer(text)
    ]
    for m in _KO_SPAN.finditer(text):
        offset = 1 if m["word"] in _KO_FUTURE else -1
        out.append(TimeFrame("span", _UNIT[m["unit"]], offset, _span(text, m.start(), m.end())))
    return sorted(out, key=lambda f: f.span.start)


def compare_timeframes(translation: str, reference: str) -> list[Discrepancy]:
    """Date findings where the two texts place events in time differently (see the module docs).

    Spans index ``translation`` and ``reference``; at most one finding a unit and kind. The
    languages are told by script.
    """
    found = read_timeframes(translation)
    if not found:
        return []
    expected = read_timeframes(reference)
    out: list[Discrepancy] = []
    for kind, unit in _slots(found):
        mine = [f for f in found if (f.kind, f.unit) == (kind, unit)]
        theirs = [f for f in expected if (f.kind, f.unit) == (kind, unit)]
        if not theirs or {f.offset for f in mine} & {f.offset for f in theirs}:
            continue
        out.append(_finding(mine[0], theirs[0]))
    return out


def _slots(frames: Iterable[TimeFrame]) -> list[tuple[str, str]]:
    seen: dict[tuple[str, str], None] = {}
    for f in frames:
        seen.setdefault((f.kind, f.unit), None)
    return list(seen)


def _quoted(frame: TimeFrame) -> str:
    """The frame's surface, quoted, with its English reading when that is other words."""
    words = frame.describe()
    return repr(frame.span.text) if frame.span.text.lower() == words else f"{frame.span.text!r} ({words})"


def _finding(found: TimeFrame, expected: TimeFrame) -> Discrepancy:
    minor = found.kind == "length" or (
        found.unit in ("week", "weekend") and 0 in (found.offset, expected.offset)
    )
    if found.kind == "length":
        message = (
            f"the translation says it lasted {_quoted(found)}; the source says {_quoted(expected)}: "
            "another length of time"
        )
    elif found.kind == "span":
        why = "looks back" if expected.offset < 0 else "looks ahead"
        message = (
            f"the translation says {found.span.text!r}; the source {why} ({expected.span.text!r}): "
            "past and future are swapped"
        )
    else:
        message = (
            f"the translation says {_quoted(found)}; the source says {_quoted(expected)}: "
            f"a different {found.unit}"
        )
    return Discrepancy(
        kind="date",
        severity="minor" if minor else "major",
        message=message,
        found=found.span,
        expected=expected.span,
        found_value=found.describe(),
        expected_value=expected.describe(),
        confidence=0.8,
    )
