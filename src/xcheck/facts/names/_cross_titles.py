"""Titles across languages: an English title checked against the Korean or Chinese title of the same
slot through the title table (``data/titles.tsv``, :mod:`xcheck.lexicon._titles`).

"Vice Chairman Lee" for 이재용 회장, "floor leader Kim" for 김 수석대변인, "Vice Defence Minister Jeon"
for 전하규 대변인: the English title names another office than the source's. A finding needs
evidence on both sides: the English title is one the table knows as the rendering of some office
(an unknown title says nothing), it renders none of the source's titles, and the two stand in one
slot: they belong to the same person (a glossary entity next to the source title), or each is the
only title of its side left once the titles that render each other are set aside. Titles marked
former (former, 전, 前) are not compared, and neither are status words a person holds besides an
office (lawmaker, senator, member) or bare heads of many offices (leader, chief, head).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from xcheck import _lazyre
from xcheck._types import Discrepancy, Span
from xcheck.facts.names._extract import extract_mentions
from xcheck.facts.names._glossary import Glossary
from xcheck.facts.names._model import Mention
from xcheck.facts.names._text import TitleParts, parse_title
from xcheck.lexicon._names import TITLE_HEADS
from xcheck.lexicon._scripts import HANGUL
from xcheck.lexicon._titles import (
    FORMER_BEFORE_TITLE,
    MINISTRY_END,
    TITLE_SLOT_BREAKS,
    TitleOffice,
    title_offices,
)

__all__ = ["compare_titles_across", "source_titles"]

#: Rank words that make another office of the same head (vice chairman is not chairman); deputy
#: and vice are one rank, and so are the floor, majority and minority leaders.
_RANKS = {
    "vice": "vice",
    "deputy": "vice",
    "under": "under",
    "assistant": "assistant",
    "floor": "floor",
    "majority": "floor",
    "minority": "floor",
    "prime": "prime",
    "lieutenant": "lieutenant",
}
#: Domain words that say nothing about which office: "Minister of National Defense" is the
#: defense minister, "Ministry of Foreign Affairs spokesperson" a foreign-ministry one.
_GENERIC_DOMAIN = frozenset({"national", "affairs", "ministry", "department", "office", "government"})
#: Heads a person holds besides an office, or that name many offices: no evidence on their own.
_WEAK_HEADS = frozenset(
    "lawmaker representative senator member official aide candidate nominee executive head chief "
    "leader director manager founder owner adviser".split()
)
#: Marks of a former office right before a source title (see FORMER_BEFORE_TITLE).
#: The mark may stand a few words before the title (반기문 전 외교부 장관, 전 유엔주재 미국 대사).
_FORMER_BEFORE = _lazyre.compile(
    "(?:"
    + "|".join(rf"(?<![{HANGUL}]){re.escape(w)}" for w in FORMER_BEFORE_TITLE)
    + rf")(?:\s[^\s{re.escape(TITLE_SLOT_BREAKS)}]{{1,12}}){{0,2}}\s?$"
)
#: "former", "ex-", "then-", "late" right before an English title.
_FORMER_EN = _lazyre.compile(
    r"\b(?:former|ex|then|late|retired|outgoing)\b[\s-]+(?:[A-Z][\w.]*\s+){0,2}$", re.IGNORECASE
)
_HANGUL_RE = _lazyre.compile(f"[{HANGUL}]")
_SLOT_BREAK = _lazyre.compile(f"[{re.escape(TITLE_SLOT_BREAKS)}]")


_MINISTRY_END = MINISTRY_END
#: English title words that are no office of the table, or that name a job more than an office:
#: their presence elsewhere in a sentence does not make a second title.
_INCIDENTAL_HEADS = frozenset(
    "head author writer owner founder coach captain judge justice reporter correspondent editor "
    "analyst economist columnist official officer executive professor attorney".split()
)
_TITLE_WORD_RE = _lazyre.compile(
    r"\b(?:"
    + "|".join(sorted((w for w in TITLE_HEADS if w not in _INCIDENTAL_HEADS), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


@attrs.frozen
class _Rendering:
    head: str
    ranks: frozenset[str]
    domain: frozenset[str]


@attrs.frozen
class SourceTitle:
    """A title of the source text: its exact span and the office the table gives it."""

    span: Span
    office: TitleOffice
    former: bool = False


def _rendering(parts: TitleParts) -> _Rendering:
    return _Rendering(
        parts.head,
        frozenset(_RANKS[m] for m in parts.modifiers if m in _RANKS),
        frozenset(parts.domain) - _GENERIC_DOMAIN,
    )


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[_Rendering, ...]], frozenset[str]]:
    """The renderings of each office, parsed, and every domain word they use."""
    renderings: dict[str, tuple[_Rendering, ...]] = {}
    for office in title_offices():
        parsed = [parse_title(e) for e in office.english]
        renderings[office.id] = tuple(_rendering(p) for p in parsed if p is not None)
    domains = frozenset(w for rs in renderings.values() for r in rs for w in r.domain)
    return renderings, domains


def _renders(title: _Rendering, office: TitleOffice) -> bool:
    """Whether an English title is a rendering of ``office``: the head and rank of one of its
    renderings, and, when both name a field the table knows, the same field."""
    renderings, domains = _table()
    own = title.domain & domains
    return any(
        r.head == title.head and r.ranks == title.ranks and (not own or not r.domain or bool(own & r.domain))
        for r in renderings[office.id]
    )


def _known(title: _Rendering) -> bool:
    """Whether the table knows the English title as the rendering of some office, and it says
    which office: a specific head, or a rank word with it."""
    if title.head in _WEAK_HEADS and not title.ranks:
        return False
    return any(_renders(title, office) for office in title_offices())


@functools.lru_cache(maxsize=1)
def _scanner() -> tuple[re.Pattern[str], dict[str, TitleOffice], tuple[str, ...]]:
    """One pattern for every surface (longest first; a space matches an optional space), the
    office of each surface with its spaces taken out, and the words that are no titles."""
    by_surface: dict[str, TitleOffice] = {}
    for office in title_offices():
        for s in office.surfaces:
            by_surface.setdefault(s.replace(" ", ""), office)
    ordered = sorted({s for o in title_offices() for s in o.surfaces}, key=len, reverse=True)
    pattern = "|".join(r"\s?".join(re.escape(part) for part in s.split()) for s in ordered)
    not_titles = tuple(sorted({w for o in title_offices() for w in o.not_titles}, key=len, reverse=True))
    return _lazyre.compile(pattern), by_surface, not_titles


def _inside_other_word(text: str, start: int, end: int, not_titles: Sequence[str]) -> bool:
    surface = text[start:end].replace(" ", "")
    for word in not_titles:
        at = word.find(surface)
        while at != -1:
            if text.startswith(word, start - at):
                return True
            at = word.find(surface, at + 1)
    return False


def source_titles(text: str) -> list[SourceTitle]:
    """The titles of a Korean or Chinese text that the title table knows, in order.

    >>> [(t.span.text, t.office.id) for t in source_titles("이재용 삼성전자 부회장과 주한 미국대사관")]
    [('부회장', 'vice_chairman')]
    """
    pattern, by_surface, not_titles = _scanner()
    out: list[SourceTitle] = []
    for m in pattern.finditer(text):
        if _inside_other_word(text, m.start(), m.end(), not_titles):
            continue
        start, surface = m.start(), m.group(0)
        if surface.startswith(_MINISTRY_END) and start > 0 and _HANGUL_RE.match(text, start - 1):
            # 외교통상부장관, 국방부대변인: the 부 ends the ministry's name, it is no "vice"
            start, surface = start + 1, surface[1:]
        office = by_surface.get(surface.replace(" ", ""))
        if office is None:
            continue
        former = _FORMER_BEFORE.search(text, max(0, start - 30), start) is not None
        out.append(SourceTitle(Span(start, m.end(), surface), office, former))
    return out


@attrs.frozen
class _EnglishTitle:
    mention: Mention
    span: Span
    rendering: _Rendering
    former: bool = False


#: A title in apposition after a name that the mention reader left out: "Li Li, assistant general
#: manager of Shanghai Railway ..., said" (lower-case title words up to of/for/at/in or a comma).
_APPOSITION_RE = _lazyre.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?P<title>[a-z][a-z\- ]{1,48}?)(?=\s+(?:of|for|at|in)\b|,)"
)


def _apposition(translation: str, m: Mention) -> Span | None:
    hit = _APPOSITION_RE.match(translation, m.span.end)
    if hit is None:
        return None
    return Span(hit.start("title"), hit.end("title"), hit.group("title"))


def _english_titles(translation: str, glossary: Glossary | None) -> list[_EnglishTitle]:
    """Titled people of the English text: office titles, not ranks; former ones marked."""
    out: list[_EnglishTitle] = []
    for m in extract_mentions(translation, glossary=glossary):
        if m.kind != "person":
            continue
        title = m.title if m.title is not None else _apposition(translation, m)
        if title is None:
            continue
        parts = parse_title(title.text)
        if parts is None or parts.is_rank:
            continue
        former = parts.temporal or _FORMER_EN.search(translation, max(0, title.start - 40), title.start)
        out.append(_EnglishTitle(m, title, _rendering(parts), bool(former)))
    return out


def _other_title_words(translation: str, english: Sequence[_EnglishTitle]) -> bool:
    """Whether the English text has a title word outside its titled people ("the Speaker",
    "a former U.S. envoy"): a title the slot rule cannot see."""
    spans = [(e.span.start, e.span.end) for e in english]
    return any(not any(a <= w.start() < b for a, b in spans) for w in _TITLE_WORD_RE.finditer(translation))


def _same_person_slots(
    english: Sequence[_EnglishTitle], source: Sequence[SourceTitle], reference: str, glossary: Glossary | None
) -> list[tuple[int, int]]:
    """(English, source) title pairs of one glossary person: the source title right before the
    name (外交部发言人毛宁) or a few characters after it (이재용 삼성전자 회장)."""
    ids = {e.mention.entity_id for e in english if e.mention.entity_id}
    if not ids:
        return []
    slots: list[tuple[int, int]] = []
    for rm in extract_mentions(reference, glossary=glossary):
        if rm.entity_id not in ids:
            continue
        for j, st in enumerate(source):
            before = 0 <= rm.span.start - st.span.end <= 1
            gap = reference[rm.span.end : st.span.start]
            after = 0 <= len(gap) <= 12 and _SLOT_BREAK.search(gap) is None
            if before or (st.span.start >= rm.span.end and after):
                slots.extend((i, j) for i, e in enumerate(english) if e.mention.entity_id == rm.entity_id)
    return slots


def compare_titles_across(
    translation: str, reference: str, *, glossary: Glossary | None
) -> list[Discrepancy]:
    """``title`` discrepancies of an English translation against a Korean or Chinese source.

    >>> [d.found_value for d in compare_titles_across(
    ...     "Vice Chairman Lee Jae-yong attended.", "이재용 회장이 참석했다.", glossary=None)]
    ['Vice Chairman']
    """
    all_english = _english_titles(translation, glossary)
    english = [e for e in all_english if not e.former]
    if not english:
        return []
    all_source = source_titles(reference)
    source = [st for st in all_source if not st.former]
    if not source:
        return []
    rendered_e = {i for i, e in enumerate(english) if any(_renders(e.rendering, s.office) for s in source)}
    rendered_s = {j for j, s in enumerate(source) if any(_renders(e.rendering, s.office) for e in english)}
    slots = _same_person_slots(english, source, reference, glossary)
    left_e = [i for i in range(len(english)) if i not in rendered_e]
    left_s = [j for j in range(len(source)) if j not in rendered_s]
    if (
        len(all_english) == len(all_source)
        and len(left_e) == 1
        and len(left_s) == 1
        and not _other_title_words(translation, all_english)
    ):
        slots.append((left_e[0], left_s[0]))
    out: list[Discrepancy] = []
    seen: set[int] = set()
    for i, j in slots:
        e, s = english[i], source[j]
        if i in seen or i in rendered_e or not _known(e.rendering):
            continue
        seen.add(i)
        out.append(_finding(e, s))
    return out


def _finding(e: _EnglishTitle, s: SourceTitle) -> Discrepancy:
    shown = s.office.english[0] if s.office.english else s.office.id
    return Discrepancy(
        kind="title",
        severity="major",
        message=(
            f"{e.mention.span.text!r} is given the title {e.span.text!r}; the source's title "
            f"{s.span.text!r} is rendered {shown!r} (title table: {s.office.id}): a different office"
        ),
        found=e.span,
        expected=s.span,
        found_value=e.span.text,
        expected_value=s.span.text,
        confidence=0.7,
    )
