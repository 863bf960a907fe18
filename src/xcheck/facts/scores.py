"""Match scores: "a 3-1 win" against 3比1获胜 or 3-1로 이겼다, "2:1" against "2-1".

A score is two counts of one event, so the quantity reader must not read it as two loose numbers
(then "6-3 6-2" against 2-0 pairs 6 with 2 and 3 with 0: two false *major* findings). This
module reads scores, which the quantity reader then leaves out (:func:`score_spans`), and
compares them as scores.

A score is read where the text says it is one: English N-M, N–M or N:M with a word of a contest
in its sentence (win, beat, victory, defeat, draw, final, match, game, set ...) and no unit or
count noun after it ("5-10 years" is a range); Chinese N比M (or N:M / N-M before 获胜, 取胜, 战胜,
击败, 落败, 战平, 告负, 的比分); Korean N-M, N:M or N대M before 로/으로, 승, 패, 승리, 완승, 완패, 무승부 (a
bracket of set scores may come between: 2-0(6-3 6-2)으로). Several scores in a row ("6-3 6-2",
"6-3, 4-6, 7-6") are one run. Numbers glued into a chain ("6-36-2", a garbled "6-3 6-2") are no
reading: they are left out of the quantities and compared with nothing.

A finding needs evidence on both sides: both texts give scores, as many on each side, and a
score of the translation is none of the source's, in either order (3-1 and 1-3 are one result
told from either side). It is a *major* ``number`` finding: the reader is told another result.
Scores of different granularity (sets 2-0 against games 6-3 6-2) are as many on neither side
and are not compared.

>>> [(d.found.text, d.expected.text) for d in compare_scores("They won 3-1.", "他们以2比1获胜。")]
[('3-1', '2比1')]
>>> compare_scores("Nadal won 6-3 6-2.", "나달이 2-0(6-36-2)으로 이겼다.")
[]
"""

from __future__ import annotations

import re

import attrs

from xcheck import _lazyre
from xcheck._types import Discrepancy, Span

__all__ = ["Score", "compare_scores", "read_scores", "score_spans"]

_PAIR = r"\d{1,3}[ \u00a0]?(?:[-–:]|比|대)[ \u00a0]?\d{1,3}"
_CHAIN = _lazyre.compile(r"(?<![\d.,])\d{1,3}(?:[-–]\d{1,3}){2,}(?![\d.,])", 0)
_EN = _lazyre.compile(
    r"(?<![\d.,:/-])(?P<a>\d{1,3})[ \u00a0]?(?P<sep>[-–:])[ \u00a0]?(?P<b>\d{1,3})(?![\d:/-]|[.,]\d)"
    r"(?![A-Za-z%])(?![ \u00a0]?(?:%|[ap]\.?m\.?(?![A-Za-z])|percent|per\b))"
    r"(?![ \u00a0]+(?!(?:victory|win|loss|defeat|lead|draw|tie|triumph|rout|decision|margin|"
    r"scoreline|home|away|in|over|against|to|with|on|at|and|after|for|as|by|from|vs|versus|"
    r"before|the|a|his|her|their|its|this|that|but|when|while|thanks)\b)[A-Za-z])",
    0,
)
#: Before an ascending score ("lost 1-3"): without one, 18-25 is a range.
_EN_LOST = _lazyre.compile(
    r"(?i)\b(?:lost|lose|loses|losing|loss|defeat|defeated|beaten|fell|trail|trailed|trailing)\b", 0
)
_EN_CONTEXT = _lazyre.compile(
    r"(?i)\b(?:win|wins|won|winning|winner|beat|beats|beaten|beating|victory|victories|defeat|"
    r"defeated|defeats|lost|lose|loses|losing|loss|draw|drew|drawn|tie|tied|final|finals|"
    r"semi-?final|quarter-?final|match|game|games|set|sets|score|scored|scoreline|lead|led|"
    r"trailed|trailing|leveled|levelled|routed|thrashed|edged|clinched|goals?|innings|rally)\b"
)
_ZH = _lazyre.compile(
    r"(?<![\d.])(?P<a>\d{1,3})[ ]?(?:比|(?P<sep>[:：-]))[ ]?(?P<b>\d{1,3})(?![\d.])"
    r"(?(sep)(?=[ ]?(?:获胜|取胜|战胜|击败|落败|战平|告负|大胜|险胜|胜出|的比分|赢)))",
    0,
)
_KO = _lazyre.compile(
    r"(?<![\d.,:/-])(?P<a>\d{1,3})[ ]?(?:[-–:]|대)[ ]?(?P<b>\d{1,3})(?![\d.,:/-])"
    r"(?=[ ]?\)?[ ]?(?:\([^()]{0,30}\)[ ]?)?(?:로|으로|의|승|패|승리|완승|완패|역전승|무승부))",
    0,
)
#: Separators of the scores of one run: "6-3 6-2", "6-3, 4-6, 7-6", "6-3/6-2".
_RUN_SEP = _lazyre.compile(r"(?:,|/|;)?[ \u00a0]{0,2}\Z", 0)


@attrs.frozen
class Score:
    """A score: ``a`` and ``b`` as written, in order; ``span`` indexes the text it was read from."""

    a: int
    b: int
    span: Span

    @property
    def result(self) -> tuple[int, int]:
        """The result whichever side tells it: (3, 1) for 3-1 and for 1-3."""
        return (max(self.a, self.b), min(self.a, self.b))


def read_scores(text: str) -> list[Score]:
    """The scores ``text`` states, in order (every language's reader runs)."""
    if not any(c in text for c in "-–:比대："):
        return []
    out: list[Score] = []
    if _EN_CONTEXT.search(text):
        out.extend(_scores(text, _EN))
    out.extend(_scores(text, _ZH))
    out.extend(_scores(text, _KO))
    seen: set[int] = set()
    unique = []
    for s in sorted(out, key=lambda s: s.span.start):
        if s.span.start not in seen:
            seen.add(s.span.start)
            unique.append(s)
    return unique


def _scores(text: str, pattern: re.Pattern[str]) -> list[Score]:
    found: list[Score] = []
    ok: list[bool] = []
    for m in pattern.finditer(text):
        if _CHAIN.search(text, max(0, m.start() - 4), min(len(text), m.end() + 4)):
            continue
        a, b = int(m["a"]), int(m["b"])
        ok.append(pattern is not _EN or _english_score(text, m, a, b))
        found.append(Score(a, b, Span(m.start(), m.end(), m.group())))
    # a set lost inside a run of set scores is a score too: "6-3, 4-6, 7-6"
    for _ in range(2):
        for k, score in enumerate(found):
            if ok[k] or _sep(score) == ":":
                continue
            near = [found[x] for x in (k - 1, k + 1) if 0 <= x < len(found) and ok[x]]
            if any(_in_run(text, score.span, other.span) for other in near):
                ok[k] = True
    return [score for k, score in enumerate(found) if ok[k]]


def _sep(score: Score) -> str:
    """The separator a score is written with."""
    return ":" if ":" in score.span.text else "-"


def _in_run(text: str, a: Span, b: Span) -> bool:
    """Whether two scores stand next to each other in one run ("6-3, 4-6", "6-3 6-2")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return _RUN_SEP.match(text[first.end : second.start]) is not None and second.start - first.end <= 3


def _english_score(text: str, m: re.Match[str], a: int, b: int) -> bool:
    """An English N-M is a score, not a clock time (10:30, 7:05) or a range (18-25 years)."""
    if m["sep"] == ":":  # 2:0 is a score; 21:17 and 10:05 may be clock times
        return len(m["b"]) == 1 or a >= 25 or b >= 60
    if a < b:  # an ascending pair is a range unless a loss is told ("lost the final 1-3")
        return _EN_LOST.search(text, max(0, m.start() - 40), m.start()) is not None
    return True


def score_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` states scores, and the glued chains of them no reader can split ("6-36-2"
    inside a bracket of set scores): the quantity reader reads no number there."""
    spans = [(s.span.start, s.span.end) for s in read_scores(text)]
    if spans or any(c in text for c in "-–"):
        spans.extend(
            (m.start(), m.end()) for m in _CHAIN.finditer(text) if _near_score(text, m.start(), spans)
        )
    return spans


def _near_score(text: str, start: int, spans: list[tuple[int, int]]) -> bool:
    """A chain counts as garbled scores only right after a score ("2-0(6-36-2)")."""
    return any(0 <= start - end <= 3 for _, end in spans)


def compare_scores(translation: str, reference: str) -> list[Discrepancy]:
    """Number findings where the two texts give the same number of scores and a score of the
    translation is none of the source's (see the module docs)."""
    found = read_scores(translation)
    if not found:
        return []
    expected = read_scores(reference)
    if len(expected) != len(found):
        return []
    left = [e.result for e in expected]
    missing = []
    for f in found:
        if f.result in left:
            left.remove(f.result)
        else:
            missing.append(f)
    if not missing:
        return []
    unmatched = [e for e in expected if e.result in left]
    out = []
    for f, e in zip(missing, unmatched, strict=False):
        out.append(
            Discrepancy(
                kind="number",
                severity="major",
                message=f"expected the score {e.span.text!r}, found {f.span.text!r}: another result",
                found=f.span,
                expected=e.span,
                found_value=f"{f.a}-{f.b}",
                expected_value=f"{e.a}-{e.b}",
                confidence=0.85,
            )
        )
    return out
