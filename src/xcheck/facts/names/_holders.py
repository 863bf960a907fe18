"""Office holders from the glossary: a titled person checked against who held that office on
the statement's date (:func:`check_office_holders`), a known person given a post held at another
time, and a translated titled person whose office the reference names by its holder.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from xcheck._types import Discrepancy
from xcheck.facts.names._extract import extract_mentions
from xcheck.facts.names._findings import _substitution
from xcheck.facts.names._glossary import Glossary, _role_matches, _role_parts
from xcheck.facts.names._model import GARBLED_CUTOFF, GlossaryEntry, Mention, Role
from xcheck.facts.names._runs import _YEAR_RE
from xcheck.facts.names._surface import _is_latin, _surfaces_equivalent
from xcheck.facts.names._text import TitleParts, name_similarity, titles_comparable, titles_compatible
from xcheck.facts.names._titles import _titles_of


def _holder_slots(
    t_free: Sequence[Mention],
    paired_t: set[int],
    reference: str,
    r_mentions: Sequence[Mention],
    glossary: Glossary,
    date: _dt.date | None,
) -> list[Discrepancy]:
    """A translated titled person whose office the reference names by its holder."""
    out: list[Discrepancy] = []
    r_first: dict[str, Mention] = {}  # the first reference mention of each entity
    for m in r_mentions:
        if m.entity_id:
            r_first.setdefault(m.entity_id, m)
    for ti, tm in enumerate(t_free):
        if ti in paired_t or tm.kind != "person" or tm.title is None:
            continue
        parts = _titles_of(tm, glossary)
        if parts is None or parts.is_rank or parts.temporal:
            continue
        for entry, _role in glossary.holders(parts, date):
            rm = r_first.get(entry.id)
            if rm is not None:
                out.append(
                    _substitution(tm, rm, note=f"; the glossary names {entry.name} as holder of that office")
                )
                break
    return out


def check_office_holders(
    translation: str,
    *,
    glossary: Glossary,
    date: _dt.date | None = None,
    garbled_cutoff: float = GARBLED_CUTOFF,
) -> list[Discrepancy]:
    """Check each titled person of ``translation`` against the glossary's office holders.

    A person given an office that the glossary says someone else held on ``date`` is a ``name``
    discrepancy ("Secretary of Defense Hackett": a garbled rendering of Pete Hegseth); a known
    person given an office they held only at another time, or that conflicts with the office
    they held on ``date``, is a ``title`` discrepancy. Without ``date``, any period counts.
    ``expected`` is ``None``: the evidence is the glossary, named in the message.

    Only titles that name the office are checked: a head with its domain ("Secretary of Defense",
    "commander of US Forces Korea") or with the role's country ("US President"); a bare
    "President" or "Prime Minister" names many offices.
    """
    out: list[Discrepancy] = []
    # Years the text itself names ("In 2018, ...") are times it may speak of, besides ``date``.
    years = {int(y) for y in _YEAR_RE.findall(translation)}
    for m in extract_mentions(translation, glossary=glossary):
        if m.kind != "person" or m.title is None:
            continue
        parts = _titles_of(m, glossary)
        if parts is None or parts.is_rank or parts.temporal:
            continue
        entry = glossary.get(m.entity_id) if m.entity_id else None
        if entry is not None and entry.kind == "person":
            d = _check_known_person(m, parts, entry, glossary, date, years)
            if d is not None:
                out.append(d)
            continue
        holders = glossary.holders(parts, date)
        if not holders:
            continue
        then = [hr for hr in glossary.holders(parts, None) if _active_in_years(hr[1], years)]
        if any(
            _surfaces_equivalent(m.span.text, alias, "person", "person")
            for h, _ in [*holders, *then]
            for alias in h.names
        ):
            continue
        best = max(
            [*holders, *then],
            key=lambda hr: max(name_similarity(m.span.text, a).score for a in hr[0].names if _is_latin(a)),
        )
        holder, role = best
        sim = max(
            (name_similarity(m.span.text, a) for a in holder.names if _is_latin(a)),
            key=lambda s: s.score,
        )
        if date is None and not years and sim.score < garbled_cutoff:
            continue  # with no date, only a garbled rendering of a holder says anything
        if sim.score < garbled_cutoff and role.country and not parts.countries:
            continue  # "Defense Minister Kim": whose minister? Only a sound-alike says so
        when = f"on {date.isoformat()}" if date is not None else f"({role.period})"
        how = f"spelling {sim.spelling:.0%}, sound {sim.sound:.0%} ({sim.left!r} ~ {sim.right!r})"
        if sim.score >= garbled_cutoff:
            verdict = f"looks like a garbled rendering of {holder.name!r} ({how})"
        else:
            verdict = f"is not {holder.name!r}, a different person ({how})"
        out.append(
            Discrepancy(
                kind="name",
                severity="major",
                message=(
                    f"{m.title.text} {m.span.text!r} {verdict}: the glossary gives "
                    f"{holder.name} as {role.title} {when}"
                ),
                found=m.span,
                expected=None,
                found_value=m.span.text,
                expected_value=holder.name,
                confidence=0.85 if sim.score >= garbled_cutoff else 0.6,
            )
        )
    return out


def _active_in_years(role: Role, years: set[int]) -> bool:
    """Whether the role was held at some time in one of ``years``."""
    for year in years:
        start, end = _dt.date(year, 1, 1), _dt.date(year, 12, 31)
        if (role.start is None or role.start <= end) and (role.end is None or role.end >= start):
            return True
    return False


def _check_known_person(
    m: Mention,
    parts: TitleParts,
    entry: GlossaryEntry,
    glossary: Glossary,
    date: _dt.date | None,
    years: set[int] | None = None,
) -> Discrepancy | None:
    if m.title is None or not entry.roles or parts.head in ("candidate",):
        return None
    matching = [
        r
        for r in entry.roles
        if (rp := _role_parts(r, glossary)) is not None and _role_matches(rp, r, parts, None)
    ]
    if any(r.active(date) or _active_in_years(r, years or set()) for r in matching):
        return None
    current = [r for r in entry.roles if r.active(date)]
    if matching:
        past = ", ".join(f"{r.title} ({r.period})" for r in matching)
        now = "; on that date: " + ", ".join(r.title for r in current) if current else ""
        return Discrepancy(
            kind="title",
            severity="major",
            message=(f"{entry.name} is called {m.title.text!r}, a post held at another time: {past}{now}"),
            found=m.title,
            expected=None,
            found_value=m.title.text,
            expected_value=current[0].title if current else None,
            confidence=0.8,
        )
    conflicting = [
        r
        for r in current
        if (rp := _role_parts(r, glossary)) is not None
        and titles_comparable(rp, parts)
        and not titles_compatible(rp, parts)
    ]
    if conflicting and len(conflicting) == len(current):
        return Discrepancy(
            kind="title",
            severity="minor",
            message=(
                f"{entry.name} is called {m.title.text!r}; the glossary gives "
                f"{conflicting[0].title} ({conflicting[0].period})"
            ),
            found=m.title,
            expected=None,
            found_value=m.title.text,
            expected_value=conflicting[0].title,
            confidence=0.6,
        )
    return None
