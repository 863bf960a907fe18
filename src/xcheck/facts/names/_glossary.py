"""The glossary: entities with their aliases in any script and the offices they held, indexed
for the look-ups reading and comparison make (an alias folded or glued, a single family name,
an acronym, the holder of an office on a date), and its one scanner that finds every alias in a
text. Also the bundled :func:`default_glossary` and how a glossary role matches a text's title.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, cast

import attrs
from rapidfuzz import fuzz as rf_fuzz
from rapidfuzz import process as rf_process

from xcheck.errors import OptionError
from xcheck.facts.names._glossary_io import entries_from_data, parse_entries, read_glossary_text
from xcheck.facts.names._model import GlossaryEntry, Role
from xcheck.facts.names._surface import (
    _NON_LATIN_RE,
    _TOKEN_RE,
    _alias_key,
    _first_key,
    _is_latin,
    _joinable_gap,
    _strip_article,
)
from xcheck.facts.names._text import TitleParts, initials_match, name_parts, parse_title, titles_compatible
from xcheck.lexicon._names import COUNTRIES, COUNTRY_KEYS

_Entries = list[GlossaryEntry]
_UNKNOWN = object()  # a memo's "not looked up yet" (None is a look-up that found nothing)


def _entries(entries: object) -> tuple[GlossaryEntry, ...]:
    """``entries`` as a tuple, or an :class:`~xcheck.errors.OptionError` when it is not an iterable
    of :class:`GlossaryEntry` (a string, a path or a mapping is a common slip: use
    :meth:`Glossary.load` or :meth:`Glossary.loads`)."""
    if isinstance(entries, (str, bytes, Mapping)) or not isinstance(entries, Iterable):
        msg = (
            f"Glossary entries must be an iterable of GlossaryEntry, not {type(entries).__name__} "
            "(read a glossary file with Glossary.load or Glossary.loads)"
        )
        raise OptionError(msg)
    out = tuple(entries)
    for i, entry in enumerate(out, start=1):
        if not isinstance(entry, GlossaryEntry):
            msg = f"Glossary entry {i} is a {type(entry).__name__}, not a GlossaryEntry"
            raise OptionError(msg)
    return out


def _alias_index(
    entries: Sequence[GlossaryEntry],
) -> tuple[
    dict[str, GlossaryEntry],
    dict[str, _Entries],
    dict[str, _Entries],
    dict[str, GlossaryEntry],
    dict[str, _Entries],
]:
    """The alias look-ups of a glossary: entries by id, by alias key (:func:`_alias_key`), by a
    part of a person's Latin name (three letters or more), by acronym, and by glued person alias."""
    by_id: dict[str, GlossaryEntry] = {}
    by_key: dict[str, _Entries] = {}
    by_part: dict[str, _Entries] = {}
    acronyms: dict[str, GlossaryEntry] = {}
    # Person aliases glued in every rotation ("kimjongun", "jongunkim") and sorted, for
    # order- and separator-free lookup; the glued list feeds the near-identical search.
    glued_index: dict[str, _Entries] = {}
    for entry in entries:
        by_id[entry.id] = entry
        for alias in entry.names:
            key = _alias_key(alias)
            if not key:
                continue
            bucket = by_key.setdefault(key, [])
            if entry not in bucket:
                bucket.append(entry)
            if _is_latin(alias) and alias.replace(".", "").isupper():
                acronyms[alias.replace(".", "")] = entry
            if entry.kind == "person" and _is_latin(alias):
                parts = name_parts(alias)
                for part in parts:
                    if len(part) > 2:
                        plist = by_part.setdefault(part, [])
                        if entry not in plist:
                            plist.append(entry)
                glued = {"".join(parts[i:] + parts[:i]) for i in range(len(parts))}
                glued.add("".join(sorted(parts)))
                for g in glued:
                    glist = glued_index.setdefault(g, [])
                    if entry not in glist:
                        glist.append(entry)
    return by_id, by_key, by_part, acronyms, glued_index


def _alias_starts(entries: Sequence[GlossaryEntry]) -> dict[str, int]:
    """First folded word of each Latin alias -> the most tokens an alias starting there spans."""
    starts: dict[str, int] = {}
    for e in entries:
        for a in e.names:
            if _is_latin(a) and a.strip():
                toks = [m.group(0) for m in _TOKEN_RE.finditer(a)]
                if toks:
                    first = _first_key(toks[0])
                    starts[first] = max(starts.get(first, 0), len(toks))
    return starts


class Glossary:
    """A set of entities with their aliases and roles, used to resolve and check names.

    Build one with :meth:`load` (a JSON or JSONL file, format in ``docs/glossary.md``),
    :meth:`default` (the bundled Korean-peninsula / US-defence glossary) or from entries.

    >>> g = Glossary.default()
    >>> g.resolve("Pentagon").name
    'US Department of Defense'
    """

    def __init__(self, entries: Iterable[GlossaryEntry] = (), *, source: str | None = None) -> None:
        self.entries: tuple[GlossaryEntry, ...] = _entries(entries)
        if source is not None and not isinstance(source, str):
            msg = f"Glossary source must be a str or None, not {type(source).__name__}"
            raise OptionError(msg)
        self.source = source
        self._by_id, self._by_key, self._by_part, self._acronyms, self._glued = _alias_index(self.entries)
        self._memo: dict[tuple[str, str | None], GlossaryEntry | None] = {}
        self._title_memo: dict[str, TitleParts | None] = {}
        self._role_memo: dict[str, TitleParts | None] = {}  # role titles, parsed once (_role_parts)
        self._holders_memo: dict[
            tuple[TitleParts, _dt.date | None, str | None], tuple[tuple[GlossaryEntry, Role], ...]
        ] = {}
        self._glued_keys = list(self._glued)
        self._by_script: dict[tuple[str, bool], tuple[str, ...]] = {
            (e.id, latin): tuple(a for a in e.names if _is_latin(a) == latin)
            for e in self.entries
            for latin in (True, False)
        }
        self._starts = _alias_starts(self.entries)
        self._max_alias_words = max(
            (len(a.split()) for e in self.entries for a in e.names if _is_latin(a)), default=1
        )
        self._non_latin = sorted(
            {a for e in self.entries for a in e.names if a.strip() and not _is_latin(a)},
            key=len,
            reverse=True,
        )

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[GlossaryEntry]:
        return iter(self.entries)

    def __repr__(self) -> str:
        return f"Glossary({len(self.entries)} entries, source={self.source!r})"

    def get(self, entity_id: str) -> GlossaryEntry | None:
        """The entry with this id, or ``None``."""
        return self._by_id.get(entity_id)

    def _aliases_in_script(self, entity_id: str, latin: bool) -> tuple[str, ...]:
        """The entry's aliases written in Latin script (``latin``) or in any other."""
        return self._by_script.get((entity_id, latin), ())

    def exact(self, surface: str) -> GlossaryEntry | None:
        """The entry one of whose aliases is ``surface`` (case, hyphens, romanisation folded)."""
        surface = _strip_article(surface.strip())
        bare = surface.replace(".", "")
        if bare.isupper() and bare in self._acronyms:
            return self._acronyms[bare]
        hits = self._by_key.get(_alias_key(surface), [])
        return hits[0] if len(hits) == 1 else None

    def resolve(self, surface: str, *, kind: str | None = None) -> GlossaryEntry | None:
        """The entry a surface form names, or ``None`` when unknown or ambiguous.

        Aliases match with case, accents, hyphens, romanisations and name order folded; a single
        name part (``Hegseth``) resolves when exactly one person entry has it.
        """
        memo_key = (surface, kind)
        found = self._memo.get(memo_key, _UNKNOWN)
        if found is not _UNKNOWN:
            return cast("GlossaryEntry | None", found)
        found = self._resolve(surface, kind)
        if len(self._memo) > 16_384:
            self._memo.clear()
        self._memo[memo_key] = found
        return found

    def _resolve(self, surface: str, kind: str | None) -> GlossaryEntry | None:
        surface = _strip_article(surface.strip())
        if not surface:
            return None
        bare = surface.replace(".", "")
        if bare.isupper() and bare in self._acronyms:
            return self._acronyms[bare]
        key = _alias_key(surface)
        hits = self._by_key.get(key, [])
        if not hits and _is_latin(surface):
            parts = name_parts(surface)
            people_ok = kind in (None, "person", "other")
            if people_ok and parts:
                hits = self._glued.get("".join(parts), []) or self._glued.get("".join(sorted(parts)), [])
                glued = "".join(parts)
                if not hits and len(glued) >= 6 and self._glued_keys:
                    near = rf_process.extractOne(
                        glued, self._glued_keys, scorer=rf_fuzz.ratio, score_cutoff=90
                    )
                    if near is not None:
                        hits = self._glued[near[0]]
            if not hits and len(parts) == 1 and people_ok:
                hits = self._by_part.get(parts[0], [])
        if kind is not None and kind not in ("other", "acronym"):
            typed = [e for e in hits if e.kind == kind]
            hits = typed or hits
        return hits[0] if len(hits) == 1 else None

    def parse_title(self, phrase: str) -> TitleParts | None:
        """A title phrase taken apart, with this glossary's organisations resolved (memoised)."""
        # read and written once each, never checked and then read: another thread may empty the
        # memo in between
        found = self._title_memo.get(phrase, _UNKNOWN)
        if found is _UNKNOWN:
            if len(self._title_memo) > 4_096:
                self._title_memo.clear()
            found = self._title_memo[phrase] = parse_title(phrase, resolve=_org_resolver(self))
        return cast("TitleParts | None", found)

    def holders(
        self, title: TitleParts, date: _dt.date | None, *, country: str | None = None
    ) -> list[tuple[GlossaryEntry, Role]]:
        """Entries holding an office compatible with ``title`` on ``date`` (any date if ``None``),
        only of ``country``'s offices when given (``"US"``, ``"KR"``)."""
        key = (title, date, country)
        found = self._holders_memo.get(key)
        if found is None:
            if len(self._holders_memo) > 4_096:
                self._holders_memo.clear()
            found = self._holders_memo[key] = tuple(self._holders(title, date, country))
        return list(found)

    def _holders(
        self, title: TitleParts, date: _dt.date | None, country: str | None
    ) -> list[tuple[GlossaryEntry, Role]]:
        out: list[tuple[GlossaryEntry, Role]] = []
        for entry in self.entries:
            for role in entry.roles:
                parts = _role_parts(role, self)
                if parts is None or not _role_matches(parts, role, title, country):
                    continue
                if role.active(date):
                    out.append((entry, role))
        return out

    @functools.cached_property
    def _scanner(self) -> re.Pattern[str] | None:
        """One pattern for the aliases in non-Latin scripts (longest first)."""
        if not self._non_latin:
            return None
        parts = [
            r"\s*".join(re.escape(p) for p in re.split(r"\s+", alias.strip())) for alias in self._non_latin
        ]
        return re.compile("|".join(parts))

    def scan(self, text: str) -> Iterator[tuple[int, int, GlossaryEntry]]:
        """Every alias occurrence in ``text`` as ``(start, end, entry)``, leftmost-longest, no
        overlaps. Latin aliases are looked up by runs of up to as many words as the longest
        alias (case, hyphens and romanisation folded); other scripts by one pattern."""
        found: list[tuple[int, int, GlossaryEntry]] = []
        if _is_latin(text):
            toks = list(_TOKEN_RE.finditer(text))
        else:
            toks = [m for m in _TOKEN_RE.finditer(text) if _is_latin(m.group(0))]
        starts = self._starts
        i = 0
        while i < len(toks):
            word = toks[i].group(0)
            if not word[:1].isupper():
                i += 1  # aliases are looked up from a capitalised word
                continue
            hit = None
            span = starts.get(_first_key(word), 0)
            for j in range(min(len(toks), i + span), i, -1):
                if j - 1 > i and not _joinable_gap(text[toks[j - 2].end() : toks[j - 1].start()]):
                    continue
                surface = text[toks[i].start() : toks[j - 1].end()]
                key = _alias_key(surface)
                hits = self._by_key.get(key)
                bare = surface.replace(".", "")
                if not hits and bare.isupper() and bare in self._acronyms:
                    hits = [self._acronyms[bare]]
                if hits and len(hits) == 1:
                    hit = (toks[i].start(), toks[j - 1].end(), hits[0], j)
                    break
            if hit is not None:
                found.append(hit[:3])
                i = hit[3]
            else:
                i += 1
        pattern = self._scanner
        if pattern is not None and _NON_LATIN_RE.search(text):
            for m in pattern.finditer(text):
                hits = self._by_key.get(_alias_key(m.group(0)), [])
                if len(hits) == 1:
                    found.append((m.start(), m.end(), hits[0]))
        found.sort(key=lambda f: (f[0], -f[1]))
        yield from found

    @classmethod
    def default(cls) -> Glossary:
        """The bundled glossary (Korean peninsula and US defence; see ``docs/glossary.md``)."""
        return default_glossary()

    @classmethod
    def from_data(cls, data: Any, *, source: str | None = None) -> Glossary:
        """Build a glossary from parsed JSON (``{"entities": [...]}`` or a list of entities)."""
        return cls(entries_from_data(data, source), source=source)

    @classmethod
    def load(cls, path: str | Path) -> Glossary:
        """Read a glossary file: JSON (``{"entities": [...]}``) or JSON Lines (one entity a line).

        Raises :class:`~xcheck.errors.GlossaryError` with the path, line and reason on a bad
        file, :class:`~xcheck.errors.ResourceError` when it cannot be read.
        """
        p = Path(path)
        return cls.loads(read_glossary_text(p), source=str(p))

    @classmethod
    def loads(cls, text: str, *, source: str | None = None) -> Glossary:
        """Parse glossary text (JSON or JSON Lines); see :meth:`load`."""
        return cls(parse_entries(text, source), source=source)

    def merged(self, other: Glossary) -> Glossary:
        """A glossary with the entries of both; ``other``'s entry wins when ids collide."""
        ids = {e.id for e in other.entries}
        return Glossary([*(e for e in self.entries if e.id not in ids), *other.entries])


@functools.lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    """The bundled glossary: Korean-peninsula politics and US defence, so the demo works offline."""
    ref = resources.files("xcheck").joinpath("data/glossary.json")
    text = ref.read_text(encoding="utf-8")
    return Glossary.loads(text, source="xcheck/data/glossary.json")


def _org_resolver(glossary: Glossary | None) -> Any:
    if glossary is None:
        return None

    def resolve(surface: str) -> str | None:
        entry = glossary.resolve(surface)
        if entry is not None and entry.kind in ("org", "acronym"):
            return entry.id
        return None

    return resolve


def _role_parts(role: Role, glossary: Glossary) -> TitleParts | None:
    """The glossary role's title taken apart: part of the glossary's own index, parsed once per
    glossary (not a memo of the texts read, so :func:`_clear_caches` keeps it)."""
    memo = glossary._role_memo
    found = memo.get(role.title, _UNKNOWN)
    if found is _UNKNOWN:
        found = memo[role.title] = parse_title(role.title, resolve=_org_resolver(glossary))
    return cast("TitleParts | None", found)


def _role_matches(parts: TitleParts, role: Role, title: TitleParts, country: str | None) -> bool:
    if parts.is_rank or title.is_rank:
        return False
    if country and role.country and role.country.casefold() != country.casefold():
        return False
    if role.country and title.countries:
        role_country = COUNTRIES.get(role.country.lower(), role.country.lower())
        if role_country not in title.countries:
            return False
    if parts.head != title.head:
        return False
    # The text's title must name the office: its own words (beyond the head) must belong to the
    # role ("Moderna President" is not "President of South Korea"), and a bare head matches only
    # when the text names the role's country ("US President", not "President").
    role_words = set(parts.sequence) | set(parts.domain)
    if title.domain and not all(
        w in role_words
        or any(
            initials_match(w, parts.sequence[i:], optional=COUNTRY_KEYS) for i in range(len(parts.sequence))
        )
        for w in title.domain
    ):
        return False
    if not title.domain and not (title.countries and role.country):
        return False
    if parts.modifiers != title.modifiers:
        return False
    return titles_compatible(parts, attrs.evolve(title, countries=frozenset(), temporal=False))
