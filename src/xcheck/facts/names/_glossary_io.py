"""Reading glossary files: JSON (``{"entities": [...]}`` or a list) and JSON Lines, each entity
checked field by field into a :class:`GlossaryEntry`, with the path, line and reason of the
first problem in a :class:`~xcheck.errors.GlossaryError`. :class:`Glossary` calls these from
its ``load``/``loads``/``from_data`` constructors.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from xcheck import _json
from xcheck._io import jsonl_lines
from xcheck.errors import GlossaryError, ResourceError
from xcheck.facts.names._model import ENTITY_KINDS, GlossaryEntry, Role
from xcheck.facts.names._text import parse_title


def entries_from_data(data: Any, source: str | None) -> list[GlossaryEntry]:
    """The entries of parsed JSON (``{"entities": [...]}`` or a list of entities), checked."""
    items = data.get("entities") if isinstance(data, Mapping) else data
    if not isinstance(items, list):
        msg = 'a glossary is an object with an "entities" list (or a list of entities)'
        raise GlossaryError(msg, path=source)
    entries = [_entry_from(item, source=source, line=None, index=i) for i, item in enumerate(items)]
    _check_unique(entries, [None] * len(entries), source)
    return entries


def read_glossary_text(p: Path) -> str:
    """The text of a glossary file; :class:`~xcheck.errors.ResourceError` when it is missing,
    :class:`~xcheck.errors.GlossaryError` when it cannot be read."""
    try:
        return p.read_text(encoding="utf-8")
    except FileNotFoundError:
        msg = "glossary file not found"
        raise ResourceError(msg, path=str(p)) from None
    except (OSError, UnicodeDecodeError) as exc:
        msg = f"cannot read glossary: {exc}"
        raise GlossaryError(msg, path=str(p)) from None


def parse_entries(text: str, source: str | None) -> list[GlossaryEntry]:
    """The entries of glossary text (JSON or JSON Lines), checked, with the line of a problem."""
    stripped = text.lstrip()
    if not stripped:
        return []
    if stripped.startswith("{") and _looks_like_jsonl(text):
        return _parse_jsonl(text, source)
    try:
        data = _json.loads(text)
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
    return entries


def _parse_jsonl(text: str, source: str | None) -> list[GlossaryEntry]:
    entries: list[GlossaryEntry] = []
    lines: list[int | None] = []
    for number, raw in enumerate(jsonl_lines(text), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        try:
            item = _json.loads(raw)
        except json.JSONDecodeError as exc:
            msg = f"not valid JSON: {exc.msg}"
            raise GlossaryError(msg, path=source, line=number) from None
        entries.append(_entry_from(item, source=source, line=number, index=len(entries)))
        lines.append(number)
    _check_unique(entries, lines, source)
    return entries


def _looks_like_jsonl(text: str) -> bool:
    first = next((ln for ln in jsonl_lines(text) if ln.strip()), "")
    try:
        obj = _json.loads(first)
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
