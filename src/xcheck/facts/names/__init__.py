"""Names, titles and organisations: read them, resolve them, compare them.

The signature error of translated news is a name that changed in transit ("Secretary of Defense
Hackett" for Hegseth, a sound-alike from the Chinese 赫格塞思) or a title from a person's old
job. This module finds the named mentions of a text with rules that need no model
(:func:`extract_mentions`), compares the mentions of a translated sentence with those of its
reference statement (:func:`compare_entities`), and checks titles against the office holders of a
glossary (:func:`check_office_holders`). It stays silent on the many harmless ways one person or
body is written: partial names, name order, romanisations, US/UK spelling, title word order,
aliases and acronyms.

>>> [m.name for m in extract_mentions("Adm. Samuel Paparo leads INDOPACOM.", glossary=None)]
['Samuel Paparo', 'INDOPACOM']
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import attrs
from rapidfuzz import fuzz as rf_fuzz
from rapidfuzz import process as rf_process
from rapidfuzz.distance import Indel as rf_indel

from xcheck._types import Discrepancy, Severity, Span
from xcheck.errors import GlossaryError, ResourceError
from xcheck.facts.names._text import (
    Similarity,
    TitleParts,
    fold_word,
    initials_match,
    name_parts,
    name_similarity,
    names_equivalent,
    parse_title,
    titles_comparable,
    titles_compatible,
    words,
)
from xcheck.facts.quantities import extract_quantities
from xcheck.lexicon._names import (
    COMMON_STARTERS,
    COUNTRIES,
    COUNTRY_KEYS,
    CURRENCY_CODES,
    DEMONYM_ENDINGS,
    DOMAIN_WORDS,
    DOTTED_ABBREVIATIONS,
    FUNCTION_WORDS,
    IRREGULAR_DEMONYMS,
    MONTHS,
    ORG_WORDS,
    PLACE_WORDS,
    PLACES,
    RANK_WORDS,
    SURNAME_CLASSES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_SKIP,
    TITLE_TEMPORAL,
    WEEKDAYS,
)

__all__ = [
    "ALIGNED_CUTOFF",
    "ENTITY_KINDS",
    "GARBLED_CUTOFF",
    "SOUND_ONLY_MARGIN",
    "Glossary",
    "GlossaryEntry",
    "Mention",
    "NerBackend",
    "Role",
    "SpacyBackend",
    "check_office_holders",
    "compare_entities",
    "default_glossary",
    "extract_mentions",
    "name_similarity",
]

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

#: Shared context that puts two different names in one slot however the rest of the pair was
#: reworded: at least this many words (numbers included) right after, or right before, both names
#: ("Honor shipped 12.3 million phones" / "Huawei shipped 12.3 million phones") ...
CONTEXT_MIN_WORDS = 3
#: ... of which at least this many are numbers or content words (not function or reporting words).
CONTEXT_MIN_CONTENT = 2


# ---------------------------------------------------------------------------------------------
# Value types


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


# ---------------------------------------------------------------------------------------------
# Glossary


def _mostly_latin(text: str) -> bool:
    if _NON_LATIN_RE.search(text) is None:
        return True
    letters = [c for c in text if c.isalpha()]
    return not letters or sum(1 for c in letters if ord(c) < 0x2E80) >= 0.8 * len(letters)


_NON_LATIN_RE = re.compile("[\u2e80-\U0010ffff]")


def _is_latin(text: str) -> bool:
    return _NON_LATIN_RE.search(text) is None


def _first_key(token: str) -> str:
    """The folded first word of a token (``U.S.`` -> ``us``, ``Kim`` -> ``kim``)."""
    parts = name_parts(token)
    return parts[0] if parts else ""


def _alias_key(alias: str) -> str:
    """The lookup key of an alias: folded name parts for Latin script, the bare text otherwise."""
    if _is_latin(alias):
        return " ".join(name_parts(alias))
    return re.sub(r"\s+", "", alias)


class Glossary:
    """A set of entities with their aliases and roles, used to resolve and check names.

    Build one with :meth:`load` (a JSON or JSONL file, format in ``docs/glossary.md``),
    :meth:`default` (the bundled Korean-peninsula / US-defence glossary) or from entries.

    >>> g = Glossary.default()
    >>> g.resolve("Pentagon").name
    'US Department of Defense'
    """

    def __init__(self, entries: Iterable[GlossaryEntry] = (), *, source: str | None = None) -> None:
        self.entries: tuple[GlossaryEntry, ...] = tuple(entries)
        self.source = source
        self._by_id: dict[str, GlossaryEntry] = {}
        self._by_key: dict[str, list[GlossaryEntry]] = {}
        self._by_part: dict[str, list[GlossaryEntry]] = {}
        self._acronyms: dict[str, GlossaryEntry] = {}
        # Person aliases glued in every rotation ("kimjongun", "jongunkim") and sorted, for
        # order- and separator-free lookup; the glued list feeds the near-identical search.
        self._glued: dict[str, list[GlossaryEntry]] = {}
        self._memo: dict[tuple[str, str | None], GlossaryEntry | None] = {}
        self._title_memo: dict[str, TitleParts | None] = {}
        self._role_memo: dict[str, TitleParts | None] = {}  # role titles, parsed once (_role_parts)
        self._holders_memo: dict[
            tuple[TitleParts, _dt.date | None, str | None], tuple[tuple[GlossaryEntry, Role], ...]
        ] = {}
        for entry in self.entries:
            self._by_id[entry.id] = entry
            for alias in entry.names:
                key = _alias_key(alias)
                if not key:
                    continue
                bucket = self._by_key.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)
                if _is_latin(alias) and alias.replace(".", "").isupper():
                    self._acronyms[alias.replace(".", "")] = entry
                if entry.kind == "person" and _is_latin(alias):
                    parts = name_parts(alias)
                    for part in parts:
                        if len(part) > 2:
                            plist = self._by_part.setdefault(part, [])
                            if entry not in plist:
                                plist.append(entry)
                    glued = {"".join(parts[i:] + parts[:i]) for i in range(len(parts))}
                    glued.add("".join(sorted(parts)))
                    for g in glued:
                        glist = self._glued.setdefault(g, [])
                        if entry not in glist:
                            glist.append(entry)
        self._glued_keys = list(self._glued)
        self._by_script: dict[tuple[str, bool], tuple[str, ...]] = {
            (e.id, latin): tuple(a for a in e.names if _is_latin(a) == latin)
            for e in self.entries
            for latin in (True, False)
        }
        # First folded word of each Latin alias -> the most tokens an alias starting there spans.
        self._starts: dict[str, int] = {}
        for e in self.entries:
            for a in e.names:
                if _is_latin(a) and a.strip():
                    toks = [m.group(0) for m in _TOKEN_RE.finditer(a)]
                    if toks:
                        first = _first_key(toks[0])
                        self._starts[first] = max(self._starts.get(first, 0), len(toks))
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
        if memo_key in self._memo:
            return self._memo[memo_key]
        found = self._resolve(surface, kind)
        if len(self._memo) > 50_000:
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
        if phrase not in self._title_memo:
            if len(self._title_memo) > 20_000:
                self._title_memo.clear()
            self._title_memo[phrase] = parse_title(phrase, resolve=_org_resolver(self))
        return self._title_memo[phrase]

    def holders(
        self, title: TitleParts, date: _dt.date | None, *, country: str | None = None
    ) -> list[tuple[GlossaryEntry, Role]]:
        """Entries holding an office compatible with ``title`` on ``date`` (any date if ``None``),
        only of ``country``'s offices when given (``"US"``, ``"KR"``)."""
        key = (title, date, country)
        found = self._holders_memo.get(key)
        if found is None:
            if len(self._holders_memo) > 20_000:
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
        items = data.get("entities") if isinstance(data, Mapping) else data
        if not isinstance(items, list):
            msg = 'a glossary is an object with an "entities" list (or a list of entities)'
            raise GlossaryError(msg, path=source)
        entries = [_entry_from(item, source=source, line=None, index=i) for i, item in enumerate(items)]
        _check_unique(entries, [None] * len(entries), source)
        return cls(entries, source=source)

    @classmethod
    def load(cls, path: str | Path) -> Glossary:
        """Read a glossary file: JSON (``{"entities": [...]}``) or JSON Lines (one entity a line).

        Raises :class:`~xcheck.errors.GlossaryError` with the path, line and reason on a bad
        file, :class:`~xcheck.errors.ResourceError` when it cannot be read.
        """
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except FileNotFoundError:
            msg = "glossary file not found"
            raise ResourceError(msg, path=str(p)) from None
        except (OSError, UnicodeDecodeError) as exc:
            msg = f"cannot read glossary: {exc}"
            raise GlossaryError(msg, path=str(p)) from None
        return cls.loads(text, source=str(p))

    @classmethod
    def loads(cls, text: str, *, source: str | None = None) -> Glossary:
        """Parse glossary text (JSON or JSON Lines); see :meth:`load`."""
        stripped = text.lstrip()
        if not stripped:
            return cls((), source=source)
        if stripped.startswith("{") and _looks_like_jsonl(text):
            return cls._loads_jsonl(text, source)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            msg = f"not valid JSON: {exc.msg}"
            raise GlossaryError(msg, path=source, line=exc.lineno) from None
        items = data.get("entities") if isinstance(data, dict) else data
        if not isinstance(items, list):
            msg = 'a glossary is an object with an "entities" list (or a list of entities)'
            raise GlossaryError(msg, path=source, line=1)
        lines = _item_lines(text, len(items))
        entries = [_entry_from(item, source=source, line=lines[i], index=i) for i, item in enumerate(items)]
        _check_unique(entries, lines, source)
        return cls(entries, source=source)

    @classmethod
    def _loads_jsonl(cls, text: str, source: str | None) -> Glossary:
        entries: list[GlossaryEntry] = []
        lines: list[int | None] = []
        for number, raw in enumerate(text.splitlines(), start=1):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            try:
                item = json.loads(raw)
            except json.JSONDecodeError as exc:
                msg = f"not valid JSON: {exc.msg}"
                raise GlossaryError(msg, path=source, line=number) from None
            entries.append(_entry_from(item, source=source, line=number, index=len(entries)))
            lines.append(number)
        _check_unique(entries, lines, source)
        return cls(entries, source=source)

    def merged(self, other: Glossary) -> Glossary:
        """A glossary with the entries of both; ``other``'s entry wins when ids collide."""
        ids = {e.id for e in other.entries}
        return Glossary([*(e for e in self.entries if e.id not in ids), *other.entries])


def _looks_like_jsonl(text: str) -> bool:
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    try:
        obj = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(obj, dict) and "entities" not in obj


def _item_lines(text: str, count: int) -> list[int | None]:
    """The 1-based line where each item of the top-level entities list starts."""
    decoder = json.JSONDecoder()
    lines: list[int | None] = [None] * count
    m = re.search(r'"entities"\s*:\s*\[', text)
    pos = m.end() if m else text.find("[") + 1
    if pos <= 0:
        return lines
    for i in range(count):
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        lines[i] = text.count("\n", 0, pos) + 1
        try:
            _, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            break
    return lines


def _parse_date(value: Any, *, end: bool, source: str | None, line: int | None) -> _dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        msg = f"role date must be a string YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}"
        raise GlossaryError(msg, path=source, line=line)
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
    if not m:
        msg = f"role date must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}"
        raise GlossaryError(msg, path=source, line=line)
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else (12 if end else 1)
    try:
        if m.group(3):
            return _dt.date(year, month, int(m.group(3)))
        if end:
            nxt = _dt.date(year + (month == 12), month % 12 + 1, 1)
            return nxt - _dt.timedelta(days=1)
        return _dt.date(year, month, 1)
    except ValueError:
        msg = f"not a calendar date: {value!r}"
        raise GlossaryError(msg, path=source, line=line) from None


def _entry_from(item: Any, *, source: str | None, line: int | None, index: int) -> GlossaryEntry:
    where = f"entity {index + 1}"
    if not isinstance(item, dict):
        msg = f"{where}: an entity is a JSON object"
        raise GlossaryError(msg, path=source, line=line)
    for field in ("id", "name"):
        value = item.get(field)
        if not isinstance(value, str) or not value.strip():
            msg = f"{where}: missing or empty string field {field!r}"
            raise GlossaryError(msg, path=source, line=line)
    kind = item.get("kind", "other")
    if kind not in ENTITY_KINDS:
        msg = f"{where} ({item['id']}): kind must be one of {', '.join(ENTITY_KINDS)}, got {kind!r}"
        raise GlossaryError(msg, path=source, line=line)
    aliases = item.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        msg = f"{where} ({item['id']}): aliases must be a list of non-empty strings"
        raise GlossaryError(msg, path=source, line=line)
    roles_raw = item.get("roles", [])
    if not isinstance(roles_raw, list):
        msg = f"{where} ({item['id']}): roles must be a list"
        raise GlossaryError(msg, path=source, line=line)
    roles: list[Role] = []
    for r in roles_raw:
        if not isinstance(r, dict) or not isinstance(r.get("title"), str) or not r["title"].strip():
            msg = f"{where} ({item['id']}): each role is an object with a non-empty 'title'"
            raise GlossaryError(msg, path=source, line=line)
        start = _parse_date(r.get("from"), end=False, source=source, line=line)
        end = _parse_date(r.get("to"), end=True, source=source, line=line)
        if start and end and end < start:
            msg = f"{where} ({item['id']}): role {r['title']!r} ends before it starts"
            raise GlossaryError(msg, path=source, line=line)
        country = r.get("country")
        if country is not None and not isinstance(country, str):
            msg = f"{where} ({item['id']}): role country must be a string"
            raise GlossaryError(msg, path=source, line=line)
        if parse_title(r["title"]) is None:
            msg = f"{where} ({item['id']}): role title {r['title']!r} has no recognised title word"
            raise GlossaryError(msg, path=source, line=line)
        roles.append(Role(r["title"].strip(), start, end, country))
    unknown = set(item) - {"id", "name", "kind", "aliases", "roles", "note", "notes"}
    if unknown:
        msg = f"{where} ({item['id']}): unknown field(s) {', '.join(sorted(unknown))}"
        raise GlossaryError(msg, path=source, line=line)
    return GlossaryEntry(
        item["id"].strip(), item["name"].strip(), kind, tuple(a.strip() for a in aliases), tuple(roles)
    )


def _check_unique(entries: Sequence[GlossaryEntry], lines: Sequence[int | None], source: str | None) -> None:
    seen: set[str] = set()
    for entry, line in zip(entries, lines, strict=True):
        if entry.id in seen:
            msg = f"duplicate entity id {entry.id!r}"
            raise GlossaryError(msg, path=source, line=line)
        seen.add(entry.id)


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
    if role.title not in memo:
        memo[role.title] = parse_title(role.title, resolve=_org_resolver(glossary))
    return memo[role.title]


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


# ---------------------------------------------------------------------------------------------
# Extraction


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


# A word (letters, then letters and digits, joined by ' ’ - _; ending in a letter or digit) or a
# dotted abbreviation (U.S.). Written with possessive quantifiers and the first letter factored
# out so that the engine never backtracks: the same matches as
# ``(?:[^\W\d_]\.){2,}|[^\W\d_](?:[\w'’\-]*[^\W_])?``, about twice as fast.
_TOKEN_RE = re.compile(r"[^\W\d_](?:\.(?:[^\W\d_]\.)+|[^\W_]*+(?:[_'’\-]++[^\W_]++)*+)")
_CJK_RE = re.compile(r"[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]")
_CONNECTORS = frozenset(
    {"of", "for", "de", "da", "del", "van", "von", "der", "den", "al", "bin", "du", "la", "le"}
)
_ARTICLES = frozenset("the a an this that these those his her its their our my your".split())
_SENTENCE_END = ".!?:;\n。！？"
_OPENERS = "\"'“‘«「『([—–- \t"


class _Tok:
    """One word of a text with its offsets (a plain slotted class: made thousands of times)."""

    __slots__ = ("end", "is_allcaps", "is_cap", "low", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = fold_word(text)
        self.is_cap = text[:1].isupper()
        self.is_allcaps = text.isupper() and sum(c.isalpha() for c in text) >= 2

    def __repr__(self) -> str:
        return f"_Tok({self.start}, {self.end}, {self.text!r})"


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[_Tok, ...]:
    """The words of ``text`` with offsets (possessive ``'s`` cut, abbreviation and initial dots
    kept), memoised: the glossary and glossary-free readings of one text share them. The tokens
    are never changed after they are made."""
    out: list[_Tok] = []
    cjk = _CJK_RE.search(text) is not None
    n = len(text)
    for m in _TOKEN_RE.finditer(text):
        t = m.group(0)
        if cjk and _CJK_RE.search(t):
            continue
        s, e = m.span()
        if t[-1] in "s'’":
            if t.endswith(("'s", "’s")) and len(t) > 2:
                e -= 2
                t = t[:-2]
            elif t.endswith(("'", "’")):
                e -= 1
                t = t[:-1]
        if e < n and text[e] == ".":
            if t.lower().rstrip(".") in DOTTED_ABBREVIATIONS:
                e += 1
                t += "."
            elif len(t) == 1 and t.isupper():
                e += 1  # an initial: "J. Smith"
                t += "."
        out.append(_Tok(s, e, t))
    return tuple(out)


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        if text[i] == "\n":
            return True
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _gap(text: str, a: _Tok, b: _Tok) -> str:
    return text[a.end : b.start]


def _is_titleish(low: str) -> bool:
    return low in TITLE_HEADS or low in TITLE_MODIFIERS or low.rstrip(".") in RANK_WORDS


def _strip_article(s: str) -> str:
    return _ARTICLE_RE.sub("", s)


def _is_stopword_token(tok: _Tok) -> bool:
    if tok.is_allcaps:
        return False
    low = tok.low
    return low in FUNCTION_WORDS or low in MONTHS or low in WEEKDAYS


_COMMON_SUFFIXES = (
    "ly",
    "ing",
    "ed",
    "tion",
    "tions",
    "sion",
    "ment",
    "ments",
    "ness",
    "ity",
    "ities",
    "ance",
    "ence",
    "ers",
    "ors",
    "ists",
    "ians",
    "ies",
    "ives",
    "ous",
    "ful",
    "less",
    "able",
    "ible",
    "ship",
    "hood",
    "ism",
    "ward",
    "wards",
    "wise",
    "ic",
    "ics",
    "al",
    "ary",
    "ure",
    "age",
)


def _common_word_shape(low: str) -> bool:
    """Whether a sentence-initial capitalised word is more likely an ordinary word than a name.

    Function words, frequent sentence openers of news and earnings reports, and words with the
    suffixes of English common nouns, adverbs and participles are ordinary; anything else
    ("Zelenskyy", "Huawei", "Biden") is kept as a possible name.
    """
    if low in FUNCTION_WORDS or low in MONTHS or low in WEEKDAYS or low in COMMON_STARTERS:
        return True
    return len(low) > 4 and low.endswith(_COMMON_SUFFIXES)


def _runs(text: str, toks: Sequence[_Tok]) -> list[list[_Tok]]:
    """Capitalised runs: names and titles written in capitals, joined by ``of``/``for``/...."""
    runs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        joinable = bool(cur) and _gap(text, cur[-1], tok) in (" ", "\u00a0")
        if tok.is_cap:
            if cur and not joinable:
                runs.append(cur)
                cur = []
            cur.append(tok)
            if text[tok.end : tok.end + 2] in ("'s", "’s") or text[tok.end : tok.end + 1] in "'’":
                runs.append(cur)
                cur = []
        elif (
            cur
            and joinable
            and tok.low in _CONNECTORS | {"the"}
            and i + 1 < len(toks)
            and toks[i + 1].is_cap
            and _gap(text, tok, toks[i + 1]) == " "
            and (tok.low != "the" or cur[-1].low in {"of", "for"})
        ):
            cur.append(tok)
        else:
            if cur:
                runs.append(cur)
            cur = []
        i += 1
    if cur:
        runs.append(cur)
    return runs


def _token_role(tok: _Tok) -> str:
    return _role(tok.low, tok.text.endswith("."))


@functools.lru_cache(maxsize=16384)
def _role(low: str, dotted: bool) -> str:
    if (
        low.rstrip(".") in RANK_WORDS
        and (dotted or low in RANK_WORDS)
        and (low not in TITLE_HEADS or low in {"admiral", "general"})
    ):
        return "rank"
    if low in TITLE_HEADS:
        return "head"
    if low in TITLE_MODIFIERS:
        return "modifier"
    if low in _CONNECTORS or low == "the":
        return "connector"
    if low in COUNTRIES or low in {"south", "north", "united", "states", "kingdom"}:
        return "country"
    if low in DOMAIN_WORDS:
        return "domain"
    return "name"


def _split_title_prefix(
    run: Sequence[_Tok],
) -> tuple[list[_Tok], list[_Tok], list[_Tok], list[_Tok]]:
    """Split a run into (entity before the title, rank tokens, office title tokens, name tokens).

    The name is the longest tail of name-like words ("US Secretary of Defense | Hackett",
    "Bank of Japan Governor | Kazuo Ueda"); the rest is a title when it has a title head or rank.
    An organisation written before the title is also returned on its own ("Bank of Japan"), as
    is one written right before a name with no title word ("National Security Council | Pete
    Nguyen" in "spokesperson for the National Security Council Pete Nguyen").
    """
    roles = [_token_role(t) for t in run]
    if len(run) > 1 and roles[-1] == "rank" and not run[-1].text.endswith("."):
        roles[-1] = "name"  # "Nakatani Gen": an undotted rank word after a name is a given name
    for i in range(1, len(run) - 1):
        if (
            roles[i] == "rank"
            and not run[i].text.endswith(".")
            and run[i].low not in TITLE_HEADS
            and roles[i - 1] in ("head", "domain")
        ):
            roles[i] = "name"  # "Defense Minister Gen Nakatani": a given name after an office
    j = len(run)
    while j > 0 and roles[j - 1] == "name":
        j -= 1
    prefix, name = list(run[:j]), list(run[j:])
    while prefix and roles[len(prefix) - 1] == "connector":
        prefix.pop()
        name = list(run[len(prefix) :])
    if not name or not prefix:
        return [], [], [], list(run)
    if not any(r in ("head", "rank") for r in roles[: len(prefix)]):
        lows = [t.low for t in prefix]
        if any(w in ORG_WORDS for w in lows) and len(name) <= 4 and all(t.is_cap for t in name):
            return prefix, [], [], name
        return [], [], [], list(run)
    first_title = next(i for i, r in enumerate(roles) if r in ("head", "modifier", "rank"))
    before = prefix[:first_title]
    while before and _token_role(before[-1]) == "connector":
        before.pop()
    pre = (
        before
        if before
        and _classify(before, titled=False) in ("org", "acronym")
        and not all(_token_role(t) == "country" for t in before)
        else []
    )
    ranks = [t for t, r in zip(prefix, roles, strict=False) if r == "rank"]
    office = [t for t, r in zip(prefix, roles, strict=False) if r != "rank"]
    # Ranks come last before the name ("INDOPACOM Commander Adm. Paparo"): keep office contiguous.
    if ranks and office and office[-1].start > ranks[0].start:
        office = [t for t in office if t.start < ranks[0].start]
    if office and not any(_token_role(t) == "head" for t in office):
        office = []
    return pre, ranks, office, name


_AMOUNT_AFTER_RE = re.compile(r"\s?[$€£¥₩]?\s?\d")
_AMOUNT_BEFORE_RE = re.compile(r"\d[\d,.]*\s?(?:million|billion|trillion|bn|m|k)?\s?$")


def _currency_like(text: str, tok: _Tok) -> bool:
    """An all-capital code written against an amount: ``USD 727``, ``US$3``, ``50 EUR``."""
    if not tok.is_allcaps or len(tok.text) > 4:
        return False
    if tok.text in CURRENCY_CODES:
        return True
    after = text[tok.end : tok.end + 6]
    before = text[max(0, tok.start - 20) : tok.start]
    amount_after = _AMOUNT_AFTER_RE.match(after)
    if amount_after is not None and not _YEAR_RE.match(after.strip(" $€£¥₩")):
        return True
    amount_before = _AMOUNT_BEFORE_RE.search(before)
    return amount_before is not None and not _YEAR_RE.fullmatch(amount_before.group(0).strip())


_UNIT_NAMES = frozenset(
    "celsius fahrenheit kelvin gwh mwh kwh twh gw mw kw tw mph kph km kg mg ml hz mhz ghz "
    "db bps mbps gbps tb gb mb kb pb".split()
)
_NUMBER_BEFORE_RE = re.compile(r"(\d[\d,.]*)\s?(?:degrees?\s)?$")


def _unit_like(text: str, tok: _Tok) -> bool:
    """A unit written after an amount ("12 GWh", "44 degrees Celsius"), not a name; a year
    before a name ("In 2024 NATO ...") is not an amount."""
    before = text[max(0, tok.start - 16) : tok.start]
    amount = _NUMBER_BEFORE_RE.search(before)
    if amount is None or _YEAR_RE.fullmatch(amount.group(1)):
        return False
    return tok.low in _UNIT_NAMES or (len(tok.text) <= 4 and not tok.text.istitle())


def _classify(name_toks: Sequence[_Tok], *, titled: bool) -> str:
    lows = [t.low for t in name_toks]
    joined = " ".join(lows)
    if len(name_toks) == 1 and name_toks[0].is_allcaps and not titled:
        return "acronym"
    if any(w in ORG_WORDS for w in lows):
        return "org"
    if joined in PLACES or all(w in PLACES for w in lows) or joined in COUNTRIES:
        return "place"
    if lows[-1] in PLACE_WORDS or lows[0] in {"camp", "mount", "lake", "cape", "fort", "port"}:
        return "place"
    if titled:
        return "person"
    if (
        len(name_toks) >= 2
        and all(t.is_cap and not t.is_allcaps for t in name_toks)
        and not any(w in DOMAIN_WORDS or w in _CONNECTORS for w in lows)
    ):
        return "person"
    return "other"


_PRE_TITLE_OK = {"head", "modifier", "domain", "country", "connector"}


def _pre_title(text: str, toks: Sequence[_Tok], index: int) -> tuple[int, int] | None:
    """A title written before the name at token ``index`` ("INDOPACOM commander", "defense
    secretary, "): returns the (start, end) offsets or ``None``."""
    j = index - 1
    taken: list[_Tok] = []
    comma_used = False
    nxt = toks[index]
    while j >= 0:
        tok = toks[j]
        gap = _gap(text, tok, nxt)
        if gap == ", " and not taken and not comma_used:
            comma_used = True
        elif gap not in (" ", "\u00a0"):
            break
        role = _token_role(tok)
        if role in _PRE_TITLE_OK or (tok.is_cap and role == "name"):
            if role == "name" and tok.is_cap and not taken:
                break  # a capitalised name right before: part of another mention
            taken.insert(0, tok)
            nxt = tok
            j -= 1
            continue
        break
    while taken and _token_role(taken[0]) == "connector":
        taken.pop(0)
    if not taken or not any(_token_role(t) == "head" for t in taken):
        return None
    # The phrase must end with its head or a domain word ("defense secretary", "NSC spokesman").
    if _token_role(taken[-1]) not in ("head", "domain", "modifier"):
        return None
    if comma_used and _token_role(taken[-1]) != "head":
        return None
    return taken[0].start, taken[-1].end


_POST_TITLE_RE = re.compile(r",\s+(?:(?:a|an|the)\s+)?")


def _post_title(text: str, toks: Sequence[_Tok], after: int, end: int) -> tuple[int, int] | None:
    """A title in apposition after the name (", spokesperson for the National Security
    Council,"): returns the (start, end) offsets or ``None``."""
    m = _POST_TITLE_RE.match(text, end)
    if not m:
        return None
    j = after
    while j < len(toks) and toks[j].start < m.end():
        j += 1
    taken: list[_Tok] = []
    prev_end = m.end()
    seen_head = False
    while j < len(toks):
        tok = toks[j]
        gap = text[prev_end : tok.start]
        if taken and gap not in (" ", "\u00a0"):
            break
        if not taken and tok.start != m.end():
            break
        role = _token_role(tok)
        low = tok.low
        if role == "head":
            seen_head = True
        elif (
            not seen_head
            and (low in TITLE_SKIP or low in TITLE_TEMPORAL or role in ("modifier", "domain", "country"))
        ) or (seen_head and (role != "name" or tok.is_cap or low in {"from", "at", "in", "on"})):
            pass
        else:
            break
        taken.append(tok)
        prev_end = tok.end
        j += 1
        if len(taken) > 12:
            break
    while taken and (taken[-1].low in TITLE_SKIP or taken[-1].low in {"from", "at", "in", "on"}):
        taken.pop()
    while taken and taken[0].low in TITLE_SKIP:
        taken.pop(0)
    if not taken or not any(_token_role(t) == "head" for t in taken):
        return None
    return taken[0].start, taken[-1].end


def _joinable_gap(gap: str) -> bool:
    return gap in (" ", "-", "‐", "‑", "\u00a0", ". ", ".") or (gap.isspace() and "\n" not in gap)


_SPACES_RE = re.compile(r"\s+")
_DOTTED_RE = re.compile(r"(?:[^\W\d_]\.){2,}")
_ARTICLE_RE = re.compile(r"^(?:the|The|THE)\s+")


@functools.lru_cache(maxsize=65536)
def _normalise_surface(surface: str) -> str:
    s = _SPACES_RE.sub(" ", surface.strip())
    s = _strip_article(s)
    if _DOTTED_RE.fullmatch(s):
        s = s.replace(".", "")
    return s


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


def _rule_mentions(text: str, glossary: Glossary | None) -> list[Mention]:
    toks = _tokens(text)
    index_of = {t.start: i for i, t in enumerate(toks)}
    out: list[Mention] = []
    queue = _runs(text, toks)
    while queue:
        run = queue.pop(0)
        # Leading sentence-starters and articles are not part of a name.
        while run and (
            (
                _is_stopword_token(run[0])
                and (_sentence_initial(text, run[0].start) or run[0].low in _ARTICLES)
                and not (len(run) > 1 and _token_role(run[0]) in ("modifier", "head", "rank"))
            )
            or run[0].low in _CONNECTORS
        ):
            run = run[1:]
        while run and run[-1].low in _CONNECTORS | {"the"}:
            run = run[:-1]
        if not run:
            continue
        pre, ranks, office, name = _split_title_prefix(run)
        if pre:
            queue.insert(0, pre)
        while name and (name[0].low in _CONNECTORS | _ARTICLES):
            name = name[1:]
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
            ):
                continue
            if len(tok.text.rstrip(".")) < 2:
                continue
        if all(_is_stopword_token(t) for t in name):
            continue
        if all(_token_role(t) in ("head", "modifier", "rank") for t in name):
            continue  # a title on its own ("the CEO", "President") names nobody in particular
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
    out: list[Mention] = []
    for start, end, kind in backend.entities(text, lang):
        if not (0 <= start < end <= len(text)):
            continue
        kind = kind if kind in ENTITY_KINDS else "other"
        surface = text[start:end]
        first = next((i for i, t in enumerate(toks) if t.start >= start), None)
        office = _pre_title(text, toks, first) if first is not None and kind == "person" else None
        if office is None and first is not None and kind == "person":
            after = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
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
        return _extract_cached(text, lang, glossary)
    return _extract(text, lang, glossary, backend)


@functools.lru_cache(maxsize=4096)
def _extract_cached(text: str, lang: str | None, glossary: Glossary | None) -> tuple[Mention, ...]:
    """:func:`extract_mentions` memoised: the pipeline reads one sentence several times."""
    return _extract(text, lang, glossary, None)


def _extract(
    text: str, lang: str | None, glossary: Glossary | None, backend: NerBackend | None
) -> tuple[Mention, ...]:
    if backend is not None:
        found = _backend_mentions(text, backend, lang, glossary)
    else:
        found = _rule_mentions(text, glossary)
    if glossary is not None:
        taken = [(m.span.start, m.span.end) for m in found]
        for start, end, entry in glossary.scan(text):
            if any(s < end and start < e for s, e in taken):
                continue
            if _is_latin(text[start:end]) and not text[start : start + 1].isupper():
                continue
            if _currency_like(text, _Tok(start, end, text[start:end])) or _unit_like(
                text, _Tok(start, end, text[start:end])
            ):
                continue
            found.append(Mention(_mk_span(text, start, end), entry.name, entry.kind, entity_id=entry.id))
            taken.append((start, end))
    found.sort(key=lambda m: (m.span.start, m.span.end))
    # A lone capitalised word that opens a sentence inside another mention's title ("Floor" of
    # "Floor leader Kweon") is part of that title, not a name.
    titles = [m.title for m in found if m.title is not None]
    found = [
        m
        for m in found
        if not (
            m.entity_id is None
            and " " not in m.span.text
            and not m.span.text.isupper()
            and _sentence_initial(text, m.span.start)
            and any(t.start <= m.span.start and m.span.end <= t.end for t in titles)
        )
    ]
    return tuple(found)


# ---------------------------------------------------------------------------------------------
# Comparison


def _titles_of(m: Mention, glossary: Glossary | None) -> TitleParts | None:
    if m.title is None:
        return None
    if glossary is not None:
        return glossary.parse_title(m.title.text)
    return _plain_title(m.title.text)


def _same_entity(a: Mention, b: Mention, glossary: Glossary | None) -> bool:
    """Whether two mentions (from either text) may name the same entity."""
    if a.entity_id is not None and b.entity_id is not None:
        return a.entity_id == b.entity_id
    if glossary is not None:
        for known, other in ((a, b), (b, a)):
            if known.entity_id is not None:
                # Only aliases in the surface's script can be equivalent to it (text in two
                # scripts never folds to the same string).
                aliases = glossary._aliases_in_script(known.entity_id, _is_latin(other.span.text))
                if any(_surfaces_equivalent(other.span.text, alias, other.kind) for alias in aliases):
                    return True
    return _surfaces_equivalent(a.span.text, b.span.text, a.kind, b.kind) or _surfaces_equivalent(
        a.name, b.name, a.kind, b.kind
    )


@functools.lru_cache(maxsize=65536)
def _surfaces_equivalent(a: str, b: str, kind_a: str = "other", kind_b: str = "other") -> bool:
    a, b = _normalise_surface(a), _normalise_surface(b)
    if not a or not b:
        return False
    if not _is_latin(a) or not _is_latin(b):
        return re.sub(r"\s+", "", a) == re.sub(r"\s+", "", b)
    wa, wb = words(a), words(b)
    if wa == wb:
        return True
    if _acronym_of(a, wb) or _acronym_of(b, wa):
        return True
    persons = "person" in (kind_a, kind_b)
    if persons:
        return names_equivalent(a, b, partial=True)
    if names_equivalent(a, b, partial=False):
        return True
    # Organisations and places: one name may add words ("US Department of Defense").
    sa = {w for w in wa if w not in {"the", "of", "for", "and"}}
    sb = {w for w in wb if w not in {"the", "of", "for", "and"}}
    if sa and sb and (sa <= sb or sb <= sa):
        small = sa if len(sa) <= len(sb) else sb
        return not small <= set(COUNTRIES) or sa == sb
    return False


def _acronym_of(acronym: str, expansion_words: Sequence[str]) -> bool:
    bare = acronym.replace(".", "").replace(" ", "")
    if not (bare.isupper() and bare.isalpha() and 2 <= len(bare) <= 10):
        return False
    if len(expansion_words) < 2:
        return False
    return initials_match(bare, expansion_words, optional=COUNTRY_KEYS)


def _rest_words(text: str, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """The folded words of ``text`` outside its mentions and its quantities: what the rest of the
    sentence says, whatever the names and however the figures are written (digits, 二千零一十一,
    a range with 至 or 到). Read once per text, by :class:`_View`."""
    quantity_spans = [(q.span.start, q.span.end) for q in extract_quantities(text)]
    spans = sorted([*((m.span.start, m.span.end) for m in mentions), *quantity_spans])
    out: list[str] = []
    k = 0
    for pos, _end, word in _word_spans(text):
        while k < len(spans) and spans[k][1] <= pos:
            k += 1
        if k < len(spans) and spans[k][0] <= pos:
            continue  # inside a mention
        if word and _DIGIT_RE.search(word) is None:
            out.append(word)
    return tuple(out)


def _aligned_ratio(tw: Sequence[str], rw: Sequence[str]) -> float:
    """Word-level similarity of two named texts outside their names and numbers (their
    :func:`_rest_words`): twice the longest common subsequence of words over the number of
    words (rapidfuzz's Indel similarity); 1.0 when neither says anything but names."""
    if not tw and not rw:
        return 1.0
    if not tw or not rw:
        return 0.0
    return rf_indel.normalized_similarity(tw, rw)


class _View:
    """What comparison needs of one text: its mentions, grouped by what makes two of them
    interchangeable, and the words outside them. Built once per text (see :func:`_view`) and
    never changed after."""

    __slots__ = ("by_key", "firsts", "ident", "mentions", "rest")

    def __init__(self, text: str, glossary: Glossary | None) -> None:
        self.mentions = extract_mentions(text, glossary=glossary)
        by_key: dict[tuple[Any, ...], list[int]] = {}
        for i, m in enumerate(self.mentions):
            by_key.setdefault(_mention_key(m), []).append(i)
        self.by_key = by_key
        # (kind, first mention, indices) per distinct mention
        self.firsts = [(key[2], self.mentions[idxs[0]], idxs) for key, idxs in by_key.items()]
        # what decides whether two mentions are the same entity, by mention identity (the
        # mentions live as long as this view)
        self.ident = {id(m): (m.span.text, m.name, m.kind, m.entity_id) for m in self.mentions}
        self.rest = _rest_words(text, self.mentions)


@functools.lru_cache(maxsize=4096)
def _view(text: str, glossary: Glossary | None) -> _View:
    return _View(text, glossary)


_DIGIT_RE = re.compile(r"\d")
_CJK_CHAR_RE = re.compile(r"[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]")


@functools.lru_cache(maxsize=4096)
def _word_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """Words with offsets, folded; in Chinese, Japanese and Korean each character is a word
    (those scripts do not separate words with spaces) and digit runs are words of their own."""
    if _CJK_CHAR_RE.search(text) is None:
        return tuple((m.start(), m.end(), fold_word(m.group(0))) for m in _TOKEN_RE.finditer(text))
    out: list[tuple[int, int, str]] = []
    for m in _TOKEN_RE.finditer(text):
        token = m.group(0)
        if _CJK_CHAR_RE.search(token) is None:
            out.append((m.start(), m.end(), fold_word(token)))
            continue
        for part in re.finditer(r"\d+|.", token):
            if not part.group(0).isspace():
                out.append((m.start() + part.start(), m.start() + part.end(), part.group(0)))
    return tuple(out)


def _slot_map(translation: str, reference: str) -> list[tuple[int, int, int, int, bool]]:
    """Char regions (t_start, t_end, r_start, r_end, replaced) that the word alignment pairs as replaced
    (``replaced`` true, and at most four words a side) or equal."""
    tw, rw = _word_spans(translation), _word_spans(reference)
    out: list[tuple[int, int, int, int, bool]] = []
    for tag, i1, i2, j1, j2 in _word_opcodes(tuple(w for *_, w in tw), tuple(w for *_, w in rw)):
        if tag == "equal" or (tag == "replace" and i2 - i1 <= 4 and j2 - j1 <= 4):
            ts = tw[i1][0] if i1 < len(tw) else len(translation)
            te = tw[i2 - 1][1] if i2 > i1 else ts
            rs = rw[j1][0] if j1 < len(rw) else len(reference)
            re_ = rw[j2 - 1][1] if j2 > j1 else rs
            out.append((ts, te, rs, re_, tag == "replace"))
    return out


def _word_opcodes(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib-style opcodes (equal, replace, delete, insert) of two word sequences, from the
    longest common subsequence rapidfuzz finds (in C); unmatched stretches facing each other
    between two matching blocks are a ``replace``."""
    out: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    for ai, bj, size in rf_indel.opcodes(a, b).as_matching_blocks():
        if i < ai and j < bj:
            out.append(("replace", i, ai, j, bj))
        elif i < ai:
            out.append(("delete", i, ai, j, bj))
        elif j < bj:
            out.append(("insert", i, ai, j, bj))
        i, j = ai + size, bj + size
        if size:
            out.append(("equal", ai, i, bj, j))
    return out


def _same_slot(t: Mention, r: Mention, slots: Sequence[tuple[int, int, int, int, bool]]) -> bool:
    for ts, te, rs, re_, _ in slots:
        if t.span.start < te and ts < t.span.end and r.span.start < re_ and rs < r.span.end:
            return True
    return False


def _kinds_compatible(a: str, b: str) -> bool:
    if a == b or "other" in (a, b):
        return True
    return {a, b} <= {"org", "acronym"} or {a, b} <= {"place", "acronym"}


#: :func:`_kinds_compatible` of every pair of mention kinds, looked up in the hot loops.
_COMPATIBLE_KINDS: dict[tuple[str, str], bool] = {
    (a, b): _kinds_compatible(a, b) for a in ENTITY_KINDS for b in ENTITY_KINDS
}


def _latin_name(m: Mention) -> str:
    """The mention's surface, or its glossary name when the surface is in another script."""
    return m.span.text if _is_latin(m.span.text) else m.name


def _substitution(t: Mention, r: Mention, *, note: str = "") -> Discrepancy:
    sim = name_similarity(_latin_name(t), _latin_name(r))
    expected = r.span.text if _is_latin(r.span.text) else f"{r.span.text} ({r.name})"
    found = t.span.text if _is_latin(t.span.text) else f"{t.span.text} ({t.name})"
    return Discrepancy(
        kind="name",
        severity="major",
        message=_substitution_message(found, expected, sim) + note,
        found=t.span,
        expected=r.span,
        found_value=t.span.text,
        expected_value=r.name if r.entity_id else r.span.text,
        confidence=0.9 if sim.score >= GARBLED_CUTOFF else 0.75,
    )


def _substitution_message(found: str, expected: str, sim: Similarity) -> str:
    how = f"spelling {sim.spelling:.0%}, sound {sim.sound:.0%} ({sim.left!r} ~ {sim.right!r})"
    if sim.score >= GARBLED_CUTOFF:
        return (
            f"name {found!r} looks like a garbled rendering of {expected!r}: "
            f"similar spelling and sound ({how})"
        )
    return f"name {found!r} where the source names {expected!r}: a different entity ({how})"


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


def _check_titles(
    t_group: Sequence[Mention], r_group: Sequence[Mention], glossary: Glossary | None
) -> Discrepancy | None:
    t_titled = [(m, _titles_of(m, glossary)) for m in t_group if m.title is not None]
    r_titled = [(m, _titles_of(m, glossary)) for m in r_group if m.title is not None]
    pairs = [
        (tm, tp, rm, rp)
        for tm, tp in t_titled
        for rm, rp in r_titled
        if tp is not None and rp is not None and titles_comparable(tp, rp)
    ]
    if not pairs:
        return None
    if any(titles_compatible(tp, rp) for _, tp, _, rp in pairs):
        return None
    tm, _, rm, _ = pairs[0]
    if tm.title is None or rm.title is None:  # filtered above; narrows the type
        return None
    return _title_finding(tm, rm, tm.title, rm.title)


_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "reverend", "professor"})


def _rank_key(span: Span) -> tuple[str, ...]:
    """The ranks of a rank phrase, folded: ``Lt. Gen.`` -> ``("lieutenant", "general")``."""
    return tuple(RANK_WORDS[w] for w in words(span.text) if w in RANK_WORDS)


def _check_ranks(t_group: Sequence[Mention], r_group: Sequence[Mention]) -> Discrepancy | None:
    """The same person with a different rank (Admiral vs General; not Lt. Gen. vs Gen.)."""
    t_ranked = [(m, m.rank, _rank_key(m.rank)) for m in t_group if m.rank is not None]
    r_ranked = [(m, m.rank, _rank_key(m.rank)) for m in r_group if m.rank is not None]
    pairs = []
    for tm, ts, tk in t_ranked:
        for rm, rs, rk in r_ranked:
            if not tk or not rk:
                continue
            if (tk[-1] in _HONORIFICS) != (rk[-1] in _HONORIFICS):
                continue  # "Mr." and "Gen." say different kinds of thing
            pairs.append((tm, ts, tk, rm, rs, rk))
    if not pairs or any(tk[-1] == rk[-1] for _, _, tk, _, _, rk in pairs):
        return None
    tm, ts, tk, rm, rs, _ = pairs[0]
    severity: Severity = "minor" if tk[-1] in _HONORIFICS else "major"
    return _title_finding(tm, rm, ts, rs, what="rank", severity=severity)


def compare_entities(
    translation: str,
    reference: str,
    *,
    glossary: Glossary | None = None,
    date: _dt.date | None = None,
    report_missing: bool = True,
    report_added: bool = True,
    aligned_cutoff: float = ALIGNED_CUTOFF,
    garbled_cutoff: float = GARBLED_CUTOFF,
    lang: str | None = None,
    reference_lang: str | None = None,
) -> list[Discrepancy]:
    """Compare the named mentions of a translated text with those of its reference.

    Returns ``name`` discrepancies (a different or garbled name in the same slot; a name on one
    side only, when ``report_missing``/``report_added`` and the texts are otherwise aligned) and
    ``title`` discrepancies (the same person with an incompatible title). ``date`` is the date of
    the reference statement; with a glossary, the office holder on that date fills a slot the
    reference names only by title. Spans index ``translation`` (``found``) and ``reference``
    (``expected``).

    When ``lang`` and ``reference_lang`` differ the reference is in another language: names
    then count as rendered when they (or their glossary aliases) occur in it, and a name of the
    translation that does not is compared with the reference's capitalised words for a garbled
    rendering (see :func:`_compare_across_languages`).

    >>> [d.kind for d in compare_entities("Minister Kim Jong-un spoke.", "Minister Kim Jong Un spoke.")]
    []
    """
    across = bool(lang and reference_lang and lang.split("-")[0] != reference_lang.split("-")[0])
    if across or _mostly_latin(translation) != _mostly_latin(reference):
        return _compare_across_languages(
            translation,
            reference,
            glossary=glossary,
            report_missing=report_missing,
            report_added=report_added,
            garbled_cutoff=garbled_cutoff,
        )
    if _name_signature(translation) == _name_signature(reference):
        return []  # the same capitalised words and title words in the same order: nothing moved
    t_view, r_view = _view(translation, glossary), _view(reference, glossary)
    t_mentions, r_mentions = t_view.mentions, r_view.mentions
    if not t_mentions and not r_mentions:
        return []
    aligned = _aligned_ratio(t_view.rest, r_view.rest) >= aligned_cutoff
    slots = _slot_map(translation, reference) if aligned else []
    out: list[Discrepancy] = []
    ident = {**t_view.ident, **r_view.ident}

    def same(a: Mention, b: Mention) -> bool:
        # Memoised across calls: the same names recur in every sentence of a report.
        key = (ident[id(a)], ident[id(b)], glossary)
        found = _SAME_MEMO.get(key)
        if found is None:
            if len(_SAME_MEMO) > 50_000:
                _SAME_MEMO.clear()
            found = _SAME_MEMO[key] = _may_be_same(a, b) and _same_entity(a, b, glossary)
        return found

    # Work on distinct mentions (the same name written the same way is compared once).
    t_by_key = t_view.by_key
    t_matched: dict[int, list[int]] = {}
    r_matched: set[int] = set()
    for t_kind, tm, tis in t_view.firsts:
        js = [
            j
            for r_kind, rm, rjs in r_view.firsts
            if _COMPATIBLE_KINDS.get((t_kind, r_kind), False) and same(tm, rm)
            for j in rjs
        ]
        if js:
            for i in tis:
                t_matched[i] = js
            r_matched.update(js)
    # Titles of the same person.
    matched_keys = [tk for tk, tis in t_by_key.items() if tis[0] in t_matched]
    done_titles: set[tuple[int, int]] = set()
    for tk in matched_keys:
        tm = t_mentions[t_by_key[tk][0]]
        js = t_matched[t_by_key[tk][0]]
        if tm.kind != "person" and not any(r_mentions[j].kind == "person" for j in js):
            continue
        t_group = [
            t_mentions[i]
            for ok, ois in t_by_key.items()
            if ok == tk or (ok[2] == tm.kind and same(t_mentions[ois[0]], tm))
            for i in ois
        ]
        r_group = [r_mentions[j] for j in js]
        key = (min(m.span.start for m in t_group), min(m.span.start for m in r_group))
        if key in done_titles:
            continue
        done_titles.add(key)
        for finding in (_check_titles(t_group, r_group, glossary), _check_ranks(t_group, r_group)):
            if finding is not None:
                out.append(finding)

    if report_missing:
        # A given name alone where the statement gives the full name ("Boyd" for "Boyd Kevin
        # Rutherford"): part of the name went missing.
        for tis in t_by_key.values():
            tm = t_mentions[tis[0]]
            if tis[0] in t_matched and tm.kind in ("person", "other"):
                given = _given_name_only(tm, reference)
                if given is not None:
                    out.append(given)
    r_free = [m for j, m in enumerate(r_mentions) if j not in r_matched]
    # A translated mention equivalent to another translated mention that matched is not free.
    free_keys = [
        tk
        for tk, tis in t_by_key.items()
        if tis[0] not in t_matched
        and not any(
            mk[2] == tk[2] and same(t_mentions[tis[0]], t_mentions[t_by_key[mk][0]]) for mk in matched_keys
        )
    ]
    t_free = sorted((t_mentions[i] for tk in free_keys for i in t_by_key[tk]), key=lambda m: m.span.start)
    used_r: set[int] = set()
    paired_t: set[int] = set()
    candidates: list[tuple[float, int, int, str]] = []
    for ti, tm in enumerate(t_free):
        for ri, rm in enumerate(r_free):
            if not _kinds_compatible(tm.kind, rm.kind):
                continue
            sim = name_similarity(_latin_name(tm), _latin_name(rm))
            evidence = _slot_evidence(tm, rm, sim, slots, glossary, garbled_cutoff)
            if evidence is None and _shared_context(translation, tm, reference, rm):
                evidence = "context"
            if evidence is not None:
                bonus = 1.0 if evidence in ("slot", "context") else 0.0
                candidates.append((sim.score + bonus, ti, ri, evidence))
    for _, ti, ri, _evidence in sorted(candidates, key=lambda c: -c[0]):
        if ti in paired_t or ri in used_r:
            continue
        paired_t.add(ti)
        used_r.add(ri)
        out.append(_substitution(t_free[ti], r_free[ri]))
    # Names that swapped places: both sides name both, but a replaced stretch of an otherwise
    # aligned pair has one where the other had the other. A name found elsewhere on the other
    # side facing one that is not ("According to Canalys" where the source opens "Chinese smartphone
    # maker" and names Canalys at the end) moved; nothing took its place.
    t_free_spans = {m.span for m in t_free}
    r_free_spans = {m.span for m in r_free}
    for ts, te, rs, re_, replaced in slots:
        if not replaced:
            continue
        inside_t = [m for m in t_mentions if ts <= m.span.start and m.span.end <= te]
        inside_r = [m for m in r_mentions if rs <= m.span.start and m.span.end <= re_]
        if len(inside_t) != 1 or len(inside_r) != 1:
            continue
        tm, rm = inside_t[0], inside_r[0]
        if (tm.span in t_free_spans) != (rm.span in r_free_spans):
            continue
        if any(d.found == tm.span or d.expected == rm.span for d in out):
            continue
        if _kinds_compatible(tm.kind, rm.kind) and not _same_entity(tm, rm, glossary):
            out.append(_substitution(tm, rm))
            paired_t |= {i for i, m in enumerate(t_free) if m.span == tm.span}
            used_r |= {i for i, m in enumerate(r_free) if m.span == rm.span}
    # Holder of the reference's titled office, from the glossary.
    if glossary is not None:
        out.extend(_holder_slots(t_free, paired_t, reference, r_mentions, glossary, date))
        paired_t |= {i for i, m in enumerate(t_free) if any(d.found == m.span for d in out)}
    if aligned:
        if report_added:
            for ti, tm in enumerate(t_free):
                if ti not in paired_t and _reportable(tm):
                    out.append(_one_side(tm, added=True))
        if report_missing:
            for ri, rm in enumerate(r_free):
                if ri not in used_r and _reportable(rm):
                    out.append(_one_side(rm, added=False))
    return _dedupe(out)


#: Whether two mentions (by surface, name, kind and entity, with a glossary) may be the same.
_SAME_MEMO: dict[tuple[tuple[Any, ...], tuple[Any, ...], Glossary | None], bool] = {}


@functools.lru_cache(maxsize=4096)
def _name_signature(text: str) -> tuple[str, ...]:
    """The folded capitalised words and title words of a text, in order.

    Two texts with the same signature name the same entities with the same titles in the same
    order, so comparing their mentions cannot find anything: a cheap exit for paraphrases.
    """
    return tuple(
        fold_word(tok) if tok[:1].isupper() or not _is_latin(tok) else tok
        for tok in _SIGNATURE_RE.findall(text)
    )


_SIGNATURE_RE = re.compile(
    r"(?<![\w'’\-])(?:"
    r"[^\W\d_a-z](?:[\w'’\-]*[^\W_])?"  # a word that does not start with a lower-case letter
    r"|(?:"
    + "|".join(sorted({*TITLE_HEADS, *TITLE_MODIFIERS, *TITLE_TEMPORAL}, key=len, reverse=True))
    + r")(?![\w'’\-]))"
)


def _may_be_same(a: Mention, b: Mention) -> bool:
    """A cheap necessary condition of :func:`_same_entity` (to skip most pairs of a long text):
    a shared folded word, an acronym, a glossary entry, or glued names sharing an end."""
    if a.entity_id is not None or b.entity_id is not None:
        return True
    if not _is_latin(a.span.text) or not _is_latin(b.span.text):
        return True
    pa = {*name_parts(a.span.text), *name_parts(a.name)}
    pb = {*name_parts(b.span.text), *name_parts(b.name)}
    if pa & pb:
        return True
    if a.span.text.replace(".", "").isupper() or b.span.text.replace(".", "").isupper():
        return True
    ja, jb = "".join(name_parts(a.span.text)), "".join(name_parts(b.span.text))
    return ja[:4] == jb[:4] or ja[-4:] == jb[-4:]


def _mention_key(m: Mention) -> tuple[Any, ...]:
    """What makes two mentions interchangeable for comparison (surface, name, kind, entity)."""
    return (m.span.text, m.name, m.kind, m.entity_id, m.title.text if m.title else None)


def _reportable(m: Mention) -> bool:
    return m.kind in ("person", "org", "place", "acronym") or (
        len(m.span.text.split()) >= 2 or m.span.text[:1].isupper()
    )


def _slot_evidence(
    tm: Mention,
    rm: Mention,
    sim: Similarity,
    slots: Sequence[tuple[int, int, int, int, bool]],
    glossary: Glossary | None,
    garbled_cutoff: float,
) -> str | None:
    """Why two unmatched mentions are taken as one slot, or ``None`` if they are not."""
    if slots and _same_slot(tm, rm, slots):
        return "slot"
    tp, rp = _titles_of(tm, glossary), _titles_of(rm, glossary)
    if (
        tp is not None
        and rp is not None
        and not tp.is_rank
        and not rp.is_rank
        and titles_compatible(tp, rp)
        and tp.head == rp.head
        and _specific(tp)
        and _specific(rp)
    ):
        return "title"
    if (
        tm.kind == "person"
        and rm.kind == "person"
        and sim.score >= garbled_cutoff + SOUND_ONLY_MARGIN
        and _family_names_alike(_latin_name(tm), _latin_name(rm), garbled_cutoff)
    ):
        return "sound"
    return None


_CONTEXT_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_][\w'’\-]*|,")
# Where a clause's context ends: strong punctuation, brackets, quotation marks, a line break, or
# a full stop that is not a decimal point.
_CONTEXT_BREAK_RE = re.compile(r"[!?;:()\[\]{}\"“”«»「」『』\n]|\.(?!\d)")
_CONTEXT_WINDOW = 8


def _context_tokens(text: str, start: int, end: int, after: bool) -> tuple[tuple[str, bool], ...]:
    """The words (numbers and commas included) right after ``text[start:end]`` (or right before
    it, nearest first), up to the end of the clause and at most eight: each folded, with whether
    it is content (a number, or a lower-case word of three letters or more that is not a function
    or reporting word; a capitalised word is a name, and a shared name is no evidence of a slot)."""
    if after:
        stop = _CONTEXT_BREAK_RE.search(text, end)
        chunk = text[end : stop.start() if stop else len(text)]
        toks = _CONTEXT_TOKEN_RE.findall(chunk)[: 2 * _CONTEXT_WINDOW]
    else:
        cut = max((m.end() for m in _CONTEXT_BREAK_RE.finditer(text, 0, start)), default=0)
        toks = _CONTEXT_TOKEN_RE.findall(text[cut:start])[::-1][:_CONTEXT_WINDOW]
    out: list[tuple[str, bool]] = []
    for tok in toks:
        if tok[:1].isdigit():
            out.append((tok.replace(",", ""), True))
        else:
            word = fold_word(tok)
            out.append((word, tok[:1].islower() and len(word) >= 3 and word not in FUNCTION_WORDS))
    return tuple(out)


def _predicates(tokens: tuple[tuple[str, bool], ...]) -> list[tuple[tuple[str, bool], ...]]:
    """What follows a name as its predicate: the words right after it, or, after a short
    apposition between commas (", the Chinese budget brand,"), the words after the apposition."""
    if not tokens:
        return []
    if tokens[0][0] != ",":
        return [tokens[:_CONTEXT_WINDOW]]
    close = next((k for k in range(1, _CONTEXT_WINDOW) if k < len(tokens) and tokens[k][0] == ","), None)
    if close is None or close == 1:
        return []
    return [tokens[close + 1 : close + 1 + _CONTEXT_WINDOW]]


def _frames_match(a: tuple[tuple[str, bool], ...], b: tuple[tuple[str, bool], ...]) -> bool:
    shared = 0
    content = 0
    for (x, x_content), (y, _) in zip(a, b, strict=False):
        if x != y:
            break
        shared += x != ","
        content += x_content
    return shared >= CONTEXT_MIN_WORDS and content >= CONTEXT_MIN_CONTENT


def _shared_context(translation: str, tm: Mention, reference: str, rm: Mention) -> bool:
    """Whether two mentions are framed by the same words, so they fill one slot even when the
    rest of the pair was reworded (a low :func:`_aligned_ratio` leaves no word alignment).

    The same words must follow both names (the same predicate: "Honor shipped 12.3 million
    phones" / "Huawei shipped 12.3 million phones", also after a short apposition: "Honor, the
    Chinese budget brand, shipped 12.3 million phones") or directly precede both ("filed a
    lawsuit against Apple" / "filed a lawsuit against Samsung"): at least
    :data:`CONTEXT_MIN_WORDS` words within the clause, of which :data:`CONTEXT_MIN_CONTENT` are
    numbers or lower-case content words. An apposition itself (", a team member") describes a name
    rather than saying what it did, and shared names and function words ("from Tel Aviv to X",
    "X said on") are no evidence.
    """
    ta, tb = _frames(translation, tm.span.start, tm.span.end)
    ra, rb = _frames(reference, rm.span.start, rm.span.end)
    if any(_frames_match(a, b) for a in ta for b in ra):
        return True
    return bool(tb and rb) and _frames_match(tb, rb)


@functools.lru_cache(maxsize=16384)
def _frames(
    text: str, start: int, end: int
) -> tuple[tuple[tuple[tuple[str, bool], ...], ...], tuple[tuple[str, bool], ...]]:
    """The predicates after ``text[start:end]`` and the words before it (see :func:`_shared_context`),
    memoised with the text: a sentence is compared with several statements."""
    after = tuple(_predicates(_context_tokens(text, start, end, True)))
    return after, _context_tokens(text, start, end, False)


def _specific(title: TitleParts) -> bool:
    """A title that names one office ("Secretary of Defense", "NSC spokesman", "US President"),
    not a rank of many holders ("President", "Minister", "Senator")."""
    return bool(title.domain or title.modifiers or title.countries)


def _family_names_alike(a: str, b: str, cutoff: float) -> bool:
    """For two full names, the last parts (family names in Western order) must be alike too:
    "Michael McCaul" and "Max Miller" share sounds spread over different parts."""
    pa, pb = name_parts(a), name_parts(b)
    if len(pa) < 2 or len(pb) < 2:
        return True
    return name_similarity(pa[-1], pb[-1]).score >= cutoff


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
    r_ids = {m.entity_id for m in r_mentions if m.entity_id}
    for ti, tm in enumerate(t_free):
        if ti in paired_t or tm.kind != "person" or tm.title is None:
            continue
        parts = _titles_of(tm, glossary)
        if parts is None or parts.is_rank or parts.temporal:
            continue
        for entry, _role in glossary.holders(parts, date):
            if entry.id in r_ids:
                rm = next(m for m in r_mentions if m.entity_id == entry.id)
                out.append(
                    _substitution(tm, rm, note=f"; the glossary names {entry.name} as holder of that office")
                )
                break
    return out


def _one_side(m: Mention, *, added: bool) -> Discrepancy:
    severity: Severity = "major" if m.kind == "person" else "minor"
    if added:
        return Discrepancy(
            kind="name",
            severity=severity,
            message=f"name {m.span.text!r} is in the translation but not in the source",
            found=m.span,
            expected=None,
            found_value=m.span.text,
            confidence=0.6,
        )
    return Discrepancy(
        kind="name",
        severity=severity,
        message=f"name {m.span.text!r} of the source is missing from the translation",
        found=None,
        expected=m.span,
        expected_value=m.span.text,
        confidence=0.6,
    )


def _dedupe(found: Iterable[Discrepancy]) -> list[Discrepancy]:
    seen: set[tuple[Any, ...]] = set()
    out: list[Discrepancy] = []
    for d in found:
        key = (d.kind, d.found, d.expected)
        if key in seen:
            continue
        seen.add(key)
        out.append(d)
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


_YEAR_RE = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


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


_CAP_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")


def _word_present(part: str, reference_words: Sequence[str], cutoff: float) -> bool:
    if part in reference_words:
        return True
    long_enough = [w for w in reference_words if len(w) >= len(part) - 2]
    best = rf_process.extractOne(part, long_enough, scorer=rf_fuzz.partial_ratio, score_cutoff=cutoff)
    if best is not None:
        return True
    close = rf_process.extractOne(part, reference_words, scorer=rf_fuzz.ratio, score_cutoff=cutoff)
    return close is not None


_GENERIC_NAME_WORDS = ORG_WORDS | PLACE_WORDS | DOMAIN_WORDS


def _present(
    surface: str, reference_words: Sequence[str], *, cutoff: float = 85.0, every: bool = False
) -> bool:
    """Whether a name occurs, spelled nearly alike, among the words: any of its long words, or
    with ``every`` each of its distinctive words (generic words such as River, Party, County
    aside), so "Ferenc Puskas" is not found in a text about Ferenc Farkas."""
    parts = [w for w in words(surface) if len(w) >= 3] or words(surface)
    if every:
        distinctive = [w for w in parts if w not in _GENERIC_NAME_WORDS] or parts
        return all(_word_present(w, reference_words, cutoff) for w in distinctive)
    return any(_word_present(w, reference_words, cutoff) for w in parts)


def _compare_into_other_script(
    t_mentions: Sequence[Mention],
    r_mentions: Sequence[Mention],
    *,
    glossary: Glossary | None,
    report_missing: bool,
    garbled_cutoff: float,
) -> list[Discrepancy]:
    """A translation in Chinese, Japanese or Korean checked against a Latin-script reference.

    Names of the translation are known only through the glossary (帕帕罗 = Samuel Paparo). Each
    such person that the reference does not name is compared, by its glossary name, with the
    people of the reference that the translation does not name: a garbled rendering when they
    look and sound alike, a different entity when each side has exactly one such person. With
    ``report_missing``, a glossary entity of the reference that the translation lacks is
    reported too.
    """
    out: list[Discrepancy] = []
    t_ids = {m.entity_id for m in t_mentions if m.entity_id}
    r_ids = {m.entity_id for m in r_mentions if m.entity_id}

    def rendered_in_translation(rm: Mention) -> bool:
        if rm.entity_id is not None:
            return rm.entity_id in t_ids
        return any(_surfaces_equivalent(rm.span.text, tm.name, rm.kind, tm.kind) for tm in t_mentions)

    t_people = [
        m for m in t_mentions if m.kind == "person" and m.entity_id is not None and m.entity_id not in r_ids
    ]
    r_people = [m for m in r_mentions if m.kind in ("person", "other") and not rendered_in_translation(m)]
    r_people = [m for m in r_people if m.kind == "person"] or r_people
    used: set[int] = set()
    for tm in t_people:
        scored = [
            (name_similarity(tm.name, rm.span.text), j) for j, rm in enumerate(r_people) if j not in used
        ]
        if not scored:
            continue
        sim, j = max(scored, key=lambda sj: sj[0].score)
        if sim.score < garbled_cutoff and not (len(t_people) == 1 and len(r_people) == 1):
            continue
        used.add(j)
        rm = r_people[j]
        out.append(
            Discrepancy(
                kind="name",
                severity="major",
                message=_substitution_message(f"{tm.span.text} ({tm.name})", rm.span.text, sim),
                found=tm.span,
                expected=rm.span,
                found_value=tm.name,
                expected_value=rm.name if rm.entity_id else rm.span.text,
                confidence=0.7,
            )
        )
    if report_missing:
        paired = {d.expected for d in out}
        for rm in r_mentions:
            if rm.entity_id is not None and rm.entity_id not in t_ids and rm.span not in paired:
                out.append(_one_side(rm, added=False))
    return _dedupe(out)


_FULL_NAME_RE = re.compile(r"[^\W\d_][\w'’\-]*(?:\s+(?:[^\W\d_a-z][\w'’\-]*|van|von|de|der|del|da|y))+")


def _given_name_only(m: Mention, reference: str) -> Discrepancy | None:
    """A one-word name that is only the first word of a full name in the reference: "Boyd" for
    "Boyd Kevin Rutherford". A family name alone ("Hegseth", "Kim") is how news names people and
    is not reported; neither is a word the reference also uses on its own."""
    parts = name_parts(m.span.text)
    if len(parts) != 1 or parts[0] in SURNAME_CLASSES or m.entity_id is not None:
        return None
    if m.rank is not None or m.title is not None:
        return None  # "Gen. Nakatani", "Minister Nakatani": a titled family name
    word = m.span.text
    for full in _FULL_NAME_RE.finditer(reference):
        tokens = full.group(0).split()
        if len(tokens) < 2 or name_parts(tokens[0]) != parts:
            continue
        if not all(t[:1].isupper() for t in (tokens[0], tokens[-1])):
            continue
        if re.search(rf"(?<![\w\-]){re.escape(tokens[0])}(?![\w\-]|\s+[^\W\d_a-z])", reference):
            return None  # the reference also writes the word alone
        span = Span(full.start(), full.end(), full.group(0))
        return Discrepancy(
            kind="name",
            severity="minor",
            message=(f"name {word!r} gives only the first part of {span.text!r}: the family name is missing"),
            found=m.span,
            expected=span,
            found_value=word,
            expected_value=span.text,
            confidence=0.6,
        )
    return None


def _compare_across_languages(
    translation: str,
    reference: str,
    *,
    glossary: Glossary | None,
    report_missing: bool,
    report_added: bool,
    garbled_cutoff: float,
) -> list[Discrepancy]:
    """Names of a translation checked against a reference in another language.

    Names mostly survive translation in Latin script, so a translated name that occurs in the
    reference (fuzzily, any long word of it) or resolves to a glossary entity the reference names
    is rendered. One that does not is a ``name`` discrepancy: ``major`` and called garbled when a
    capitalised word of the reference that the translation lacks looks and sounds like it
    (``Seibnitz`` for ``Sassnitz``), ``minor`` otherwise (only with ``report_added``). Country
    names and nationalities are translated, not transliterated, and are left alone. A glossary
    entity of the reference that the translation lacks is reported with ``report_missing``.
    """
    out: list[Discrepancy] = []
    t_mentions = extract_mentions(translation, glossary=glossary)
    r_mentions = extract_mentions(reference, glossary=glossary)
    r_ids = {m.entity_id for m in r_mentions if m.entity_id}
    t_ids = {m.entity_id for m in t_mentions if m.entity_id}
    # In another script a name cannot be looked up by its letters: only the glossary speaks.
    latin_reference = _mostly_latin(reference)
    r_words = [fold_word(w) for w in _CAP_WORD_RE.findall(reference)]
    t_words = set(words(translation))
    r_caps = [
        m
        for m in _CAP_WORD_RE.finditer(reference)
        if m.group(0)[:1].isupper() and fold_word(m.group(0)) not in t_words
    ]
    if not _mostly_latin(translation):
        return _compare_into_other_script(
            t_mentions,
            r_mentions,
            glossary=glossary,
            report_missing=report_missing,
            garbled_cutoff=garbled_cutoff,
        )
    # Latin names of the reference's glossary entities ("Kim Jong Un" for 金正恩).
    r_latin = [
        (rm, alias)
        for rm in r_mentions
        if rm.entity_id is not None and glossary is not None and not _is_latin(rm.span.text)
        for alias in (glossary.get(rm.entity_id) or GlossaryEntry("", "", "other")).names
        if alias and _is_latin(alias)
    ]
    unrendered: list[tuple[Mention, tuple[float, Similarity, Span] | None]] = []
    for m in t_mentions:
        if m.entity_id is not None and m.entity_id in r_ids:
            continue
        if any(_surfaces_equivalent(m.span.text, alias, m.kind, rm.kind) for rm, alias in r_latin):
            continue  # "Kim" for 金正恩: a part of the name the glossary gives
        parts = words(m.span.text)
        if any(w in PLACES for w in parts) or " ".join(parts) in COUNTRIES:
            continue  # country and region names are translated, not transliterated
        if (
            len(parts) == 1
            and (parts[0].endswith(DEMONYM_ENDINGS) or parts[0] in IRREGULAR_DEMONYMS)
            and m.kind != "person"
        ):
            continue  # a nationality adjective ("Austrian") is translated too
        if _present(m.span.text, r_words, every=m.kind == "person"):
            given = _given_name_only(m, reference)
            if given is not None:
                out.append(given)
            continue
        best: tuple[float, Similarity, Span] | None = None
        for cand in r_caps:
            sim = name_similarity(m.span.text, cand.group(0))
            if best is None or sim.score > best[0]:
                best = (sim.score, sim, Span(cand.start(), cand.end(), cand.group(0)))
        for rm in r_mentions:
            if rm.entity_id is None or rm.entity_id in t_ids or _is_latin(rm.span.text):
                continue
            sim = name_similarity(m.span.text, rm.name)
            if best is None or sim.score > best[0]:
                best = (sim.score, sim, rm.span)
        unrendered.append((m, best))
    # Persons of the reference (glossary) that the translation does not name.
    free_people = {
        rm.entity_id: rm
        for rm in r_mentions
        if rm.entity_id is not None and rm.entity_id not in t_ids and rm.kind == "person"
    }
    lone = len(free_people) == 1 and len([m for m, _ in unrendered if m.kind in ("person", "other")]) == 1
    for m, best in unrendered:
        if best is None or best[0] < garbled_cutoff:
            if lone and m.kind in ("person", "other"):
                rm = next(iter(free_people.values()))
                sim = name_similarity(m.span.text, rm.name)
                best = (sim.score, sim, rm.span)
            else:
                best = None
        if best is not None:
            _, sim, span = best
            entry = glossary.resolve(span.text) if glossary is not None else None
            shown = span.text
            if entry is not None and not _is_latin(span.text):
                shown = f"{span.text} ({entry.name})"
            out.append(
                Discrepancy(
                    kind="name",
                    severity="major",
                    message=_substitution_message(m.span.text, shown, sim),
                    found=m.span,
                    expected=span,
                    found_value=m.span.text,
                    expected_value=entry.name if entry is not None else span.text,
                    confidence=0.7,
                )
            )
        elif report_added and latin_reference and m.kind in ("person", "org", "place", "other"):
            out.append(
                Discrepancy(
                    kind="name",
                    severity="minor",
                    message=f"name {m.span.text!r} does not occur in the source text",
                    found=m.span,
                    expected=None,
                    found_value=m.span.text,
                    confidence=0.5,
                )
            )
    if report_missing:
        paired = {d.expected for d in out if d.expected is not None}
        t_all = sorted(t_words)
        for rm in r_mentions:
            if rm.entity_id is None or rm.entity_id in t_ids or rm.span in paired:
                continue
            entry = glossary.get(rm.entity_id) if glossary is not None else None
            latin = [a for a in (entry.names if entry else ()) if _is_latin(a)]
            if any(_present(a, t_all) for a in latin):
                continue
            out.append(_one_side(rm, added=False))
    return _dedupe(out)


def _clear_caches() -> None:
    """Empty every memo of this module and its helpers (for cold-start timing)."""
    from xcheck.facts.names import _text as _names_text

    for fn in (
        _plain_title,
        _extract_cached,
        _view,
        _tokens,
        _name_signature,
        _word_spans,
        _frames,
        _role,
        _surfaces_equivalent,
        _normalise_surface,
        _names_text._words,
        _names_text.name_parts,
        _names_text.fold_word,
        _names_text.name_similarity,
        _names_text.phonetic_key,
        _names_text._initials_match,
    ):
        fn.cache_clear()
    _SAME_MEMO.clear()
    glossary = default_glossary()
    glossary._memo.clear()
    glossary._title_memo.clear()
    glossary._holders_memo.clear()
