"""Titles and ranks of one person on both sides of a pair: the same person given an
incompatible title ("Secretary of Defense" against "Secretary of State") or a different rank
(Admiral against General) is a ``title`` finding; a title that names one office, not a rank of
many holders, is what makes two different names one slot.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from xcheck._types import Discrepancy, Severity, Span
from xcheck.facts.names._extract import _plain_title
from xcheck.facts.names._glossary import Glossary
from xcheck.facts.names._model import Mention
from xcheck.facts.names._text import TitleParts, titles_comparable, titles_compatible, words
from xcheck.lexicon._names import RANK_WORDS

K = TypeVar("K")


def _titles_of(m: Mention, glossary: Glossary | None) -> TitleParts | None:
    if m.title is None:
        return None
    if glossary is not None:
        return glossary.parse_title(m.title.text)
    return _plain_title(m.title.text)


def _title_finding(
    t: Mention,
    r: Mention,
    t_title: Span,
    r_title: Span,
    *,
    what: str = "title",
    severity: Severity = "major",
) -> Discrepancy:
    """A ``title`` finding: the same person with a different title (or rank, ``what="rank"``)."""
    return Discrepancy(
        kind="title",
        severity=severity,
        message=(
            f"{t.span.text!r} is given the {what} {t_title.text!r}; the source calls "
            f"{r.span.text!r} {r_title.text!r}: right person, wrong {what}"
        ),
        found=t_title,
        expected=r_title,
        found_value=t_title.text,
        expected_value=r_title.text,
        confidence=0.85,
    )


def _first_of_each(keys: Iterable[K | None]) -> dict[K, int]:
    """The index where each distinct key first occurs (``None`` left out), in that order."""
    first: dict[K, int] = {}
    for i, key in enumerate(keys):
        if key is not None and key not in first:
            first[key] = i
    return first


def _check_titles(
    t_group: Sequence[Mention], r_group: Sequence[Mention], glossary: Glossary | None
) -> Discrepancy | None:
    t_titled = [(m, _titles_of(m, glossary)) for m in t_group if m.title is not None]
    r_titled = [(m, _titles_of(m, glossary)) for m in r_group if m.title is not None]
    # Titles are compared once per distinct pair (a person named a thousand times with one title
    # is one comparison, not a million); the finding is the first pair in text order.
    t_first = _first_of_each(tp for _, tp in t_titled)
    r_first = _first_of_each(rp for _, rp in r_titled)
    pairs = [(tp, rp) for tp in t_first for rp in r_first if titles_comparable(tp, rp)]
    if not pairs:
        return None
    if any(titles_compatible(tp, rp) for tp, rp in pairs):
        return None
    ti, ri = min((t_first[tp], r_first[rp]) for tp, rp in pairs)
    tm, rm = t_titled[ti][0], r_titled[ri][0]
    if tm.title is None or rm.title is None:  # filtered above; narrows the type
        return None
    return _title_finding(tm, rm, tm.title, rm.title)


_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "reverend", "professor"})


def _rank_key(span: Span) -> tuple[str, ...]:
    """The ranks of a rank phrase, folded: ``Lt. Gen.`` -> ``("lieutenant", "general")``."""
    return tuple(RANK_WORDS[w] for w in words(span.text) if w in RANK_WORDS)


def _check_ranks(t_group: Sequence[Mention], r_group: Sequence[Mention]) -> Discrepancy | None:
    """The same person with a different rank (Admiral vs General; not Lt. Gen. vs Gen.)."""
    t_ranked = [(m, m.rank) for m in t_group if m.rank is not None]
    r_ranked = [(m, m.rank) for m in r_group if m.rank is not None]
    # Once per distinct pair of ranks, as titles are (see _check_titles).
    t_first = _first_of_each(_rank_key(rank) or None for _, rank in t_ranked)
    r_first = _first_of_each(_rank_key(rank) or None for _, rank in r_ranked)
    pairs = [
        (tk, rk)
        for tk in t_first
        for rk in r_first
        if (tk[-1] in _HONORIFICS) == (rk[-1] in _HONORIFICS)  # "Mr." and "Gen." say different things
    ]
    if not pairs or any(tk[-1] == rk[-1] for tk, rk in pairs):
        return None
    ti, ri = min((t_first[tk], r_first[rk]) for tk, rk in pairs)
    (tm, ts), (rm, rs) = t_ranked[ti], r_ranked[ri]
    severity: Severity = "minor" if _rank_key(ts)[-1] in _HONORIFICS else "major"
    return _title_finding(tm, rm, ts, rs, what="rank", severity=severity)


def _specific(title: TitleParts) -> bool:
    """A title that names one office ("Secretary of Defense", "NSC spokesman", "US President"),
    not a rank of many holders ("President", "Minister", "Senator")."""
    return bool(title.domain or title.modifiers or title.countries)
