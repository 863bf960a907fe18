"""Reading the named mentions of one text: the rule-based reader (capitalised runs with their
titles, resolved against the glossary), the optional NER backend that can replace it, and the
glossary scan that adds aliases in any script; :func:`extract_mentions` puts them together,
memoised per text.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from rapidfuzz.distance import OSA

from xcheck._cache import text_cache
from xcheck._types import Span
from xcheck.facts.names._glossary import Glossary
from xcheck.facts.names._model import ENTITY_KINDS, Mention
from xcheck.facts.names._runs import (
    _ARTICLES,
    _CONNECTORS,
    _classify,
    _common_word_shape,
    _contraction,
    _currency_like,
    _is_stopword_token,
    _post_title,
    _pre_title,
    _runs,
    _sentence_initial,
    _split_title_prefix,
    _Tok,
    _token_role,
    _tokens,
    _unit_like,
    capital_particle,
)
from xcheck.facts.names._surface import _is_latin, _normalise_surface
from xcheck.facts.names._text import TitleParts, parse_title
from xcheck.lexicon._common import is_common_word
from xcheck.lexicon._names import MONTHS, TITLE_TEMPORAL, WEEKDAYS


class NerBackend(Protocol):
    """An optional named-entity recogniser that proposes name spans (spaCy, for example).

    ``entities`` returns ``(start, end, kind)`` triples with offsets into ``text`` and a kind of
    :data:`ENTITY_KINDS`. xcheck adds titles, resolves against the glossary and compares; the
    rule-based reader is used when no backend is given.
    """

    def entities(self, text: str, lang: str | None) -> Iterable[tuple[int, int, str]]:
        """Name spans of ``text`` as ``(start, end, kind)``."""
        ...


class SpacyBackend:
    """Adapt a loaded spaCy pipeline (``spacy.load(...)``) to :class:`NerBackend`.

    xcheck never imports spaCy; pass any callable that returns an object with ``ents`` whose
    items have ``start_char``, ``end_char`` and ``label_``.
    """

    LABELS: Mapping[str, str] = {
        "PERSON": "person",
        "PER": "person",
        "ORG": "org",
        "NORP": "other",
        "GPE": "place",
        "LOC": "place",
        "FAC": "place",
    }

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def entities(self, text: str, lang: str | None) -> Iterable[tuple[int, int, str]]:
        """Name spans from the pipeline's entities whose label maps to a kind."""
        doc = self.nlp(text)
        for ent in doc.ents:
            kind = self.LABELS.get(str(ent.label_))
            if kind is not None:
                yield int(ent.start_char), int(ent.end_char), kind


def _mk_span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _title_fields(
    text: str, offsets: tuple[int, int] | None, glossary: Glossary | None
) -> tuple[Span | None, str | None]:
    if offsets is None:
        return None, None
    span = _mk_span(text, *offsets)
    # The public key is read without the glossary, so it is words, not glossary ids.
    parts = _plain_title(span.text)
    return span, (parts.key if parts is not None else None)


@functools.lru_cache(maxsize=8192)
def _plain_title(phrase: str) -> TitleParts | None:
    return parse_title(phrase)


#: An apposition ("Honor, the Chinese budget brand, ...") or a past-tense verb ("Honor shipped")
#: right after a word.
_NAME_CUE_RE = re.compile(r",\s+(?:the|a|an)\s|\s+[a-z]{2,}ed\b")


def _named_by_context(text: str, tok: _Tok) -> bool:
    """Whether a capitalised ordinary word that opens a sentence is used as a name: followed by an
    apposition, or, singular and without an article, by a past-tense verb ("Honor shipped 12
    million phones"; an ordinary singular noun would need "The")."""
    m = _NAME_CUE_RE.match(text, tok.end)
    if m is None or (tok.low.endswith("ly") and is_common_word(tok.low)):
        return False  # "Naturally, ...", "Lately, ...": a sentence adverb before its comma
    return m.group(0).startswith(",") or not tok.low.endswith("s")


#: A short abbreviation closing a bracket: the editor's mark of an aside ("(another club, Ed.)").
_EDITORIAL_RE = re.compile(r"\.\s*[)\]]")


def _editorial_mark(text: str, tok: _Tok) -> bool:
    """Whether a lone capitalised word of two or three letters is an abbreviation that closes a
    bracketed aside ("Ed.", "Eds.", "Tr." for the editor or translator), not a name."""
    return len(tok.text) <= 3 and not tok.is_allcaps and _EDITORIAL_RE.match(text, tok.end) is not None


#: Month and weekday names long enough that one slipped letter leaves no other word ("Novembre",
#: "Wendesday"; "June" is one letter from "Jane").
_LONG_DATE_WORDS = tuple(w for w in (*MONTHS, *WEEKDAYS) if len(w) >= 6)
_NUMBER_BESIDE_RE = re.compile(r"\s+\d")
_NUMBER_BEFORE_RE = re.compile(r"\d(?:st|nd|rd|th)?\.?\s+$")


def _misspelt_date(text: str, tok: _Tok) -> bool:
    """Whether a capitalised word is a month or weekday name with one letter slipped or two
    swapped, written beside a number ("since Novembre 2014", "8 Febuary"): a date, not a name."""
    if tok.low in MONTHS or len(tok.low) < 6:
        return False
    if _NUMBER_BESIDE_RE.match(text, tok.end) is None and not _NUMBER_BEFORE_RE.search(
        text[max(0, tok.start - 8) : tok.start]
    ):
        return False
    return any(OSA.distance(tok.low, w, score_cutoff=1) <= 1 for w in _LONG_DATE_WORDS)


_TRAILING = _CONNECTORS | {"the"}


def _trimmed(text: str, run: list[_Tok]) -> list[_Tok]:
    """``run`` without its leading sentence-starters, articles and connectors (not part of a
    name) and its trailing connectors; cut by index once (a slice per word made a run of
    thousands of capitalised words cost its length squared)."""
    lo, hi = 0, len(run)
    while lo < hi and (
        (
            _is_stopword_token(run[lo])
            and (_sentence_initial(text, run[lo].start) or run[lo].low in _ARTICLES)
            and not (hi - lo > 1 and _token_role(run[lo]) in ("modifier", "head", "rank"))
        )
        or (run[lo].low in _CONNECTORS and not capital_particle(run[lo]))
    ):
        lo += 1
    while lo < hi and run[hi - 1].low in _TRAILING:
        hi -= 1
    return run[lo:hi] if (lo, hi) != (0, len(run)) else run


def _rule_mentions(text: str, glossary: Glossary | None) -> list[Mention]:
    toks = _tokens(text)
    index_of = {t.start: i for i, t in enumerate(toks)}
    out: list[Mention] = []
    queue = collections.deque(_runs(text, toks))
    while queue:
        run = _trimmed(text, queue.popleft())
        if not run:
            continue
        pre, ranks, office, name = _split_title_prefix(run)
        if pre:
            queue.appendleft(pre)
        skip = 0  # (cut by index: a slice per word made a long run cost its length squared)
        while skip < len(name) and (
            (name[skip].low in _CONNECTORS and not capital_particle(name[skip]))
            or name[skip].low in _ARTICLES
        ):
            skip += 1
        name = name[skip:]
        if not name:
            continue
        first = name[0]
        if len(name) == 1 and not ranks and not office:
            tok = name[0]
            if (
                _sentence_initial(text, tok.start)
                and not tok.is_allcaps
                and _common_word_shape(tok.low)
                and (glossary is None or glossary.resolve(tok.text) is None)
                and not _named_by_context(text, tok)
            ):
                continue
            if _contraction(tok.text):
                continue  # "I'm", "We've": a pronoun, wherever it stands
            if len(tok.text.rstrip(".")) < 2 or _editorial_mark(text, tok) or _misspelt_date(text, tok):
                continue
        if all(_is_stopword_token(t) for t in name):
            continue
        # "Former", "ex-" and "late" date a title ("Former MP"): part of it, like a modifier.
        roles = ["modifier" if t.low in TITLE_TEMPORAL else _token_role(t) for t in name]
        if all(r in ("head", "modifier", "rank") for r in roles) or (
            "head" in roles and all(r in ("head", "modifier", "rank", "domain", "connector") for r in roles)
        ):
            continue  # a title on its own ("the CEO", "Secretary of Health") names nobody in particular
        if len(name) == 1 and (_currency_like(text, name[0]) or _unit_like(text, name[0])):
            continue  # USD 727 million, US$3 billion, 12 GWh, 44 degrees Celsius: not names
        start, end = name[0].start, name[-1].end
        rank_span = _mk_span(text, ranks[0].start, ranks[-1].end) if ranks else None
        office_offsets = (office[0].start, office[-1].end) if office else None
        idx = index_of[first.start]
        titled = bool(ranks or office)
        if office_offsets is None:
            lead = index_of[(ranks[0] if ranks else first).start]
            office_offsets = _pre_title(text, toks, lead)
        if office_offsets is None:
            office_offsets = _post_title(text, toks, idx + len(name), end)
        titled = titled or office_offsets is not None
        kind = _classify(name, titled=titled)
        if kind in ("org", "place", "acronym") and not ranks:
            office_offsets = None if not office else office_offsets
        title_span, title_key = _title_fields(text, office_offsets, glossary)
        surface = text[start:end]
        entry = glossary.exact(surface) if glossary is not None else None
        if entry is not None:
            if entry.kind != "other" and not (kind == "person" and office_offsets is not None):
                kind = entry.kind
        elif glossary is not None:
            entry = glossary.resolve(surface, kind=kind)
            if entry is not None and kind in ("other", "acronym") and entry.kind != "other":
                kind = entry.kind if entry.kind != "acronym" else kind
            if entry is not None and kind == "person" and entry.kind not in ("person", "other"):
                entry = None
        out.append(
            Mention(
                span=_mk_span(text, start, end),
                name=entry.name if entry is not None else _normalise_surface(surface),
                kind=kind,
                title=title_span,
                title_key=title_key,
                entity_id=entry.id if entry is not None else None,
                rank=rank_span,
            )
        )
    return out


def _backend_mentions(
    text: str, backend: NerBackend, lang: str | None, glossary: Glossary | None
) -> list[Mention]:
    toks = _tokens(text)
    starts = [t.start for t in toks]  # bisected per entity: no scan of every word per name
    out: list[Mention] = []
    for start, end, kind in backend.entities(text, lang):
        if not (0 <= start < end <= len(text)):
            continue
        kind = kind if kind in ENTITY_KINDS else "other"
        surface = text[start:end]
        at = bisect.bisect_left(starts, start)
        first = at if at < len(toks) else None
        office = _pre_title(text, toks, first) if first is not None and kind == "person" else None
        if office is None and first is not None and kind == "person":
            after = bisect.bisect_left(starts, end)
            office = _post_title(text, toks, after, end)
        title_span, title_key = _title_fields(text, office, glossary)
        entry = glossary.resolve(surface, kind=kind) if glossary is not None else None
        out.append(
            Mention(
                _mk_span(text, start, end),
                entry.name if entry is not None else _normalise_surface(surface),
                kind,
                title_span,
                title_key,
                entry.id if entry is not None else None,
            )
        )
    return out


def extract_mentions(
    text: str,
    *,
    lang: str | None = None,
    glossary: Glossary | None = None,
    backend: NerBackend | None = None,
) -> tuple[Mention, ...]:
    """Named mentions of ``text`` in order, each with its exact span, kind and attached title.

    English-like text is read with rules (capitalised runs, title words, apposition); text in
    any script is also scanned for the glossary's aliases (so 赫格塞思 resolves to Pete Hegseth).
    ``backend`` replaces the rule-based reader by an NER pipeline (see :class:`NerBackend`).
    ``lang`` is a hint; scripts are detected from the text itself.

    >>> [(m.name, m.title_key) for m in extract_mentions("US Secretary of Defense Hackett said.")]
    [('Hackett', 'secretary of defense')]
    """
    if not text:
        return ()
    if backend is None:
        return _extract_cached(text, glossary)
    return _extract(text, lang, glossary, backend)


@text_cache()
def _extract_cached(text: str, glossary: Glossary | None) -> tuple[Mention, ...]:
    """:func:`extract_mentions` with the rules, memoised by text and glossary only: the rules tell
    scripts apart by themselves (``lang`` is a hint for a backend), so a text asked for under any
    language is one reading, shared by alignment and every comparison it takes part in."""
    return _extract(text, None, glossary, None)


def _extract(
    text: str, lang: str | None, glossary: Glossary | None, backend: NerBackend | None
) -> tuple[Mention, ...]:
    if backend is not None:
        found = _backend_mentions(text, backend, lang, glossary)
    else:
        found = _rule_mentions(text, glossary)
    if glossary is not None:
        taken = _Spans((m.span.start, m.span.end) for m in found)
        scanned_end = -1  # the scan goes by start: its hits kept so far end by here
        for start, end, entry in glossary.scan(text):
            if scanned_end > start or taken.reach(end - 1) > start:
                continue  # it overlaps a mention kept before
            if _is_latin(text[start:end]) and not text[start : start + 1].isupper():
                continue
            if _currency_like(text, _Tok(start, end, text[start:end])) or _unit_like(
                text, _Tok(start, end, text[start:end])
            ):
                continue
            found.append(Mention(_mk_span(text, start, end), entry.name, entry.kind, entity_id=entry.id))
            scanned_end = max(scanned_end, end)
    found.sort(key=lambda m: (m.span.start, m.span.end))
    # A lone capitalised word that opens a sentence inside another mention's title ("Floor" of
    # "Floor leader Kweon") is part of that title, not a name.
    titles = _Spans((m.title.start, m.title.end) for m in found if m.title is not None)
    found = [
        m
        for m in found
        if not (
            m.entity_id is None
            and " " not in m.span.text
            and not m.span.text.isupper()
            and _sentence_initial(text, m.span.start)
            and titles.reach(m.span.start) >= m.span.end
        )
    ]
    return tuple(found)


class _Spans:
    """Spans of a text, for one question asked in logarithmic time: how far the spans that start
    at or before an offset reach (the largest of their ends). A span overlaps ``start``-``end``
    when one starting before ``end`` reaches past ``start``, and holds it when one starting at or
    before ``start`` reaches ``end``: an index instead of a scan of every span per mention."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))

    def reach(self, at: int) -> int:
        """The largest end of the spans that start at or before ``at`` (-1: none)."""
        i = bisect.bisect_right(self._starts, at)
        return self._reach[i - 1] if i else -1
