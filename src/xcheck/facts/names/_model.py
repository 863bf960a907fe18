"""The values names checking works with: a :class:`Mention` read from a text, and the
:class:`GlossaryEntry` and :class:`Role` a glossary holds, with the entity kinds and the default
cut-offs of comparison. Everything else in :mod:`xcheck.facts.names` makes or compares these.
"""

from __future__ import annotations

import datetime as _dt

import attrs

from xcheck._types import Span

ENTITY_KINDS: tuple[str, ...] = ("person", "org", "place", "acronym", "other")
"""The kinds of :class:`Mention`."""

#: Mean of spelling and sound similarity at or above which a different name is called a garbled
#: rendering of the expected one (rather than a different entity).
GARBLED_CUTOFF = 0.6

#: With no other evidence that two people fill one slot (no aligned words, no shared title),
#: their names must be this much more alike than :data:`GARBLED_CUTOFF`.
SOUND_ONLY_MARGIN = 0.05

#: Word-level similarity (LCS ratio of words, 0-1) at or above which two texts are taken as renderings
#: of one sentence, so a name present on one side only is reported (when asked for).
ALIGNED_CUTOFF = 0.6


@attrs.frozen
class Mention:
    """A named mention in a text: a person, organisation, place, acronym or other proper name.

    ``span`` is the exact surface of the name (titles excluded); ``name`` is the glossary's
    canonical name when the mention resolved to an entry, otherwise the normalised surface;
    ``title`` is the attached office phrase ("Secretary of Defense", "spokesperson for the
    National Security Council") and ``title_key`` its normalised form ("secretary of defense");
    ``rank`` is an attached rank or honorific ("Adm.", "Gen.") when there is one.
    """

    span: Span
    name: str
    kind: str
    title: Span | None = None
    title_key: str | None = None
    entity_id: str | None = None
    rank: Span | None = None


@attrs.frozen
class Role:
    """An office an entity held: a title, optionally a country, and the dates it was held.

    ``start`` and ``end`` are inclusive; ``None`` means open (unknown start, still held).
    """

    title: str
    start: _dt.date | None = None
    end: _dt.date | None = None
    country: str | None = None

    def active(self, date: _dt.date | None) -> bool:
        """Whether the role was held on ``date`` (always true for ``None``)."""
        if date is None:
            return True
        if self.start is not None and date < self.start:
            return False
        return not (self.end is not None and date > self.end)

    @property
    def period(self) -> str:
        """The dates as text: ``2017-05-01..2018-12-31``, ``2025-01-25..`` ."""
        start = self.start.isoformat() if self.start else ""
        end = self.end.isoformat() if self.end else ""
        return f"{start}..{end}"


@attrs.frozen
class GlossaryEntry:
    """One entity of a glossary: id, canonical name, kind, aliases in any script, roles."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)
