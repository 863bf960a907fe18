"""Acting awards: "Best Supporting Actor" against 最佳男主角 (best leading actor), 여우주연상 against
"Best Supporting Actress".

Film and television news names award categories whose words a translation can swap while every
name and number stays right. This module reads the acting categories, each as a gender (actor,
actress, or both) and a role (leading or supporting), in English ("Best Actor", "Best Supporting
Actress", "Best Actor in a Supporting Role", "Best Supporting Actor/Actress"), Chinese (最佳男主角,
最佳女配角, 最佳男女主角, 最佳女演员) and Korean (남우주연상, 여우조연상, 남녀 주연상), and compares them.

A finding needs evidence on both sides: both texts name an acting category, and no category of
one matches any of the other (a category for both genders matches either). It is a ``title``
finding, *major*: the reader is told of another award.

>>> [(d.found.text, d.expected.text) for d in compare_awards(
...     "Chen Baoguo competes for Best Supporting Actor.", "陈宝国将角逐最佳男主角。")]
[('Best Supporting Actor', '最佳男主角')]
>>> compare_awards("She won Best Actress.", "她获得最佳女主角奖。")
[]
"""

from __future__ import annotations

import attrs

from xcheck import _lazyre
from xcheck._types import Discrepancy, Span

__all__ = ["Award", "compare_awards", "read_awards"]

_EN = _lazyre.compile(
    r"(?i)\b(?P<best>best)\s+(?:(?P<role>supporting|leading|lead)\s+)?(?P<gender>actor|actress)(?:es|s)?"
    r"(?P<both>\s*(?:/|and|or)\s*(?:actor|actress)(?:es|s)?)?"
    r"(?:\s+in\s+an?\s+(?P<role2>supporting|leading|lead)\s+role)?\b",
    0,
)
_ZH = _lazyre.compile(r"最佳(?P<gender>男女|男|女)(?P<role>主角|配角|演员|演員|主演)", 0)
_KO = _lazyre.compile(r"(?P<gender>남녀|남|여)(?:우|자)?\s?(?P<role>주연|조연)(?:상|\s연기상)", 0)
#: What makes a lowercase "best actor" a category: "won best actor", "nominated for best actress".
_AWARD_BEFORE = _lazyre.compile(
    r"(?i)\b(?:for|won|wins|win|winning|award|prize|oscar|category|categories|nomination|nominated)\W+"
    r"(?:the\s+)?(?:\w+\s+)?$",
    0,
)
_GENDER = {
    "actor": "m",
    "actress": "f",
    "男": "m",
    "女": "f",
    "男女": "mf",
    "남": "m",
    "여": "f",
    "남녀": "mf",
}
_ROLE = {"supporting": "s", "配角": "s", "조연": "s"}


@attrs.frozen
class Award:
    """An acting category: ``genders`` holds m and/or f, ``role`` is ``lead`` or ``supporting``."""

    genders: frozenset[str]
    role: str
    span: Span

    def describe(self) -> str:
        """The category in English words ("best supporting actress")."""
        who = "actor/actress" if len(self.genders) == 2 else "actor" if "m" in self.genders else "actress"
        return f"best {'supporting ' if self.role == 'supporting' else ''}{who}"


def read_awards(text: str) -> list[Award]:
    """The acting categories ``text`` names, in order (every language's reader runs)."""
    out = []
    for m in _EN.finditer(text):
        if m["best"] == "best" and not _AWARD_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "the best actor of his generation": praise, not a category
        genders = set(_GENDER[m["gender"].lower()])
        if m["both"]:
            genders |= {"m", "f"}
        role = (m["role"] or m["role2"] or "").lower()
        out.append(_award(genders, role, text, m.start(), m.end()))
    for pattern in (_ZH, _KO):
        for m in pattern.finditer(text):
            out.append(_award(set(_GENDER[m["gender"]]), m["role"], text, m.start(), m.end()))
    return sorted(out, key=lambda a: a.span.start)


def _award(genders: set[str], role: str, text: str, start: int, end: int) -> Award:
    kind = "supporting" if _ROLE.get(role) == "s" else "lead"
    return Award(frozenset(genders), kind, Span(start, end, text[start:end]))


def _quoted(award: Award) -> str:
    said = award.describe()
    return repr(award.span.text) + ("" if award.span.text.lower() == said else f" ({said})")


def _matches(a: Award, b: Award) -> bool:
    return a.role == b.role and bool(a.genders & b.genders)


def compare_awards(translation: str, reference: str) -> list[Discrepancy]:
    """Title findings where the two texts name different acting categories (see the module docs):
    one for each category of the translation that matches none of the source's."""
    if not any(w in translation for w in ("ctor", "ctress", "最佳", "주연", "조연")):
        return []
    found = read_awards(translation)
    if not found:
        return []
    expected = read_awards(reference)
    if not expected or any(_matches(a, b) for a in found for b in expected):
        return []
    out = []
    for a in found:
        if any(_matches(a, b) for b in expected):
            continue
        b = next((b for b in expected if a.genders & b.genders), expected[0])
        out.append(
            Discrepancy(
                kind="title",
                severity="major",
                message=(
                    f"the translation names the award {_quoted(a)}; the source names {_quoted(b)}: "
                    "another category"
                ),
                found=a.span,
                expected=b.span,
                found_value=a.describe(),
                expected_value=b.describe(),
                confidence=0.8,
            )
        )
    return out
