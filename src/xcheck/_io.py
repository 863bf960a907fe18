"""Reading xcheck's input files: translations (UTF-8 text), references and pairs (JSONL).

Every problem becomes an :class:`~xcheck.errors.XcheckError` subclass that names the file, the line and the
reason; nothing is silently dropped.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs

from xcheck import _json
from xcheck._types import Statement
from xcheck.errors import (
    DuplicateIdError,
    InputError,
    ReferenceFormatError,
    ResourceError,
    TranslationError,
)

__all__ = [
    "Pair",
    "decode",
    "open_lines",
    "parse_pairs",
    "parse_references",
    "read_bytes",
    "read_references",
    "read_translation",
    "statement_from_mapping",
]

_KNOWN = ("id", "text", "source", "date", "lang", "url")


@attrs.frozen
class Pair:
    """One line of a pairs file: a translated sentence and its reference."""

    id: str
    translation: str
    reference: str
    lang: str = "en"
    line: int | None = None


def read_bytes(path: str | Path) -> bytes:
    """Read a file (``-`` is standard input), turning OS errors into :class:`ResourceError`."""
    if str(path) == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except IsADirectoryError:
        msg = "is a directory, not a file"
        raise ResourceError(msg, path=str(path)) from None
    except FileNotFoundError:
        msg = "no such file"
        raise ResourceError(msg, path=str(path)) from None
    except OSError as exc:
        msg = f"cannot read: {exc.strerror or exc}"
        raise ResourceError(msg, path=str(path)) from None


def open_lines(path: str | Path) -> _Lines:
    r"""The lines of a file (``-`` is standard input) one at a time, as bytes without their ``\n``: a
    streaming :func:`read_bytes` for JSONL, split where :func:`jsonl_lines` splits (at ``\n`` only).

    The file is opened now, so a missing file is a :class:`ResourceError` before anything is read; it
    is closed when the lines run out or the iterator is closed.
    """
    if str(path) == "-":
        return _Lines(sys.stdin.buffer, close=False)
    try:
        if Path(path).is_dir():
            msg = "is a directory, not a file"
            raise ResourceError(msg, path=str(path))
        handle = open(path, "rb")  # noqa: SIM115 - closed by _Lines
    except FileNotFoundError:
        msg = "no such file"
        raise ResourceError(msg, path=str(path)) from None
    except OSError as exc:
        msg = f"cannot read: {exc.strerror or exc}"
        raise ResourceError(msg, path=str(path)) from None
    return _Lines(handle, close=True)


class _Lines(Iterator[bytes]):
    """The lines of an open binary file; closing it (or reading to the end) closes the file."""

    def __init__(self, handle: IO[bytes], *, close: bool) -> None:
        self._handle: IO[bytes] | None = handle
        self._close = close

    def __next__(self) -> bytes:
        if self._handle is None:
            raise StopIteration
        line = self._handle.readline()
        if not line:
            self.close()
            raise StopIteration
        return line[:-1] if line.endswith(b"\n") else line

    def close(self) -> None:
        """Close the file (standard input is left open)."""
        handle, self._handle = self._handle, None
        if handle is not None and self._close:
            handle.close()


def decode(data: bytes, *, path: str | None = None, error: type[InputError] = TranslationError) -> str:
    """Decode UTF-8 (a leading byte-order mark is dropped); name the line of the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        msg = f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} cannot be decoded"
        raise error(msg, path=path, line=line) from None


def read_translation(path: str | Path) -> str:
    """Read a translated text file (UTF-8; ``-`` is standard input); refuse an empty one."""
    name = "<stdin>" if str(path) == "-" else str(path)
    text = decode(read_bytes(path), path=name)
    if not text.strip():
        msg = "the translation is empty"
        raise TranslationError(msg, path=name)
    return text


def jsonl_lines(text: str) -> list[str]:
    r"""The lines of a JSONL text: split at ``\n`` only (a ``\r`` before it dropped), as JSON Lines
    says. ``str.splitlines`` would also split inside a JSON string at U+2028, U+2029 or U+0085,
    which JSON writes raw, and shift every later line number.

    >>> jsonl_lines('{"id": "R1", "text": "a\u2028b"}\r\n{"id": "R2"}\n')
    ['{"id": "R1", "text": "a\u2028b"}', '{"id": "R2"}']
    """
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def read_references(path: str | Path) -> tuple[Statement, ...]:
    """Read a references JSONL file: one statement a line (see :func:`parse_references`)."""
    name = "<stdin>" if str(path) == "-" else str(path)
    text = decode(read_bytes(path), path=name, error=ReferenceFormatError)
    return parse_references(jsonl_lines(text), path=name)


def parse_references(lines: Iterable[str], *, path: str | None = None) -> tuple[Statement, ...]:
    """Parse JSONL statements: required ``id`` and ``text``; optional ``source``, ``date`` (YYYY-MM-DD),
    ``lang`` (default ``en``) and ``url``; any other field is kept in ``Statement.meta``.

    Blank lines are skipped; duplicate ids and an input with no statement are errors.
    """
    out: list[Statement] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        obj = _json_object(raw, path=path, line=number)
        statement = statement_from_mapping(obj, path=path, line=number)
        if statement.id in seen:
            msg = f"duplicate id {statement.id!r} (first on line {seen[statement.id]})"
            raise DuplicateIdError(msg, path=path, line=number)
        seen[statement.id] = number
        out.append(statement)
    if not out:
        msg = "no reference statements (the file is empty)"
        raise ReferenceFormatError(msg, path=path)
    return tuple(out)


def statement_from_mapping(
    obj: Mapping[str, Any], *, path: str | None = None, line: int | None = None
) -> Statement:
    """Build a :class:`Statement` from a JSON-like mapping, checking every field.

    ``date`` is ``None``, a :class:`datetime.date` or a string in exactly the form YYYY-MM-DD; a
    :class:`datetime.datetime` is refused (its calendar day depends on a time zone).
    """
    ident = _ident(obj, path=path, line=line)
    text = _required_text(obj, "text", path=path, line=line)
    parsed_date = _date(obj.get("date"), path=path, line=line)
    lang = obj.get("lang") or "en"
    if not isinstance(lang, str):
        msg = "field 'lang' must be a string such as 'en', 'zh' or 'ko'"
        raise ReferenceFormatError(msg, path=path, line=line)
    source, url = obj.get("source"), obj.get("url")
    for field, value in (("source", source), ("url", url)):
        if value is not None and not isinstance(value, str):
            msg = f"field {field!r} must be a string or null"
            raise ReferenceFormatError(msg, path=path, line=line)
    meta = {k: v for k, v in obj.items() if k not in _KNOWN}
    return Statement(ident, text, source, parsed_date, lang.lower(), url, line, meta)


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date(value: object, *, path: str | None, line: int | None) -> dt.date | None:
    """The ``date`` field: ``None``, a :class:`datetime.date`, or a string in exactly the form YYYY-MM-DD.

    A :class:`datetime.datetime` is refused rather than cut to its date: which day it falls on depends
    on a time zone the statement does not give. Other ISO 8601 forms (``20250523``, ``2025-W21-5``),
    which :meth:`datetime.date.fromisoformat` accepts from Python 3.11, are refused too.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        msg = "field 'date' is a datetime, not a date: give its calendar day (a date or YYYY-MM-DD)"
        raise ReferenceFormatError(msg, path=path, line=line)
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        msg = f"field 'date' must be a string YYYY-MM-DD or null, not {type(value).__name__}"
        raise ReferenceFormatError(msg, path=path, line=line)
    try:
        if not _ISO_DATE.fullmatch(value):
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"field 'date' is {value!r}, not a date in the form YYYY-MM-DD"
        raise ReferenceFormatError(msg, path=path, line=line) from None


def parse_pairs(lines: Iterable[str], *, path: str | None = None) -> Iterator[Pair | ReferenceFormatError]:
    """Parse a pairs JSONL stream lazily: each non-blank line gives a :class:`Pair` or the error for it.

    Errors are yielded, not raised, so a batch can report a bad line and go on.
    """
    seen: set[str] = set()
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            obj = _json_object(raw, path=path, line=number)
            ident = _ident(obj, path=path, line=number)
            if ident in seen:
                msg = f"duplicate id {ident!r}"
                raise DuplicateIdError(msg, path=path, line=number)
            seen.add(ident)
            translation = _required_text(obj, "translation", path=path, line=number, empty=True)
            reference = _required_text(obj, "reference", path=path, line=number, empty=True)
            lang = obj.get("lang") or "en"
            if not isinstance(lang, str):
                msg = "field 'lang' must be a string"
                raise ReferenceFormatError(msg, path=path, line=number)
        except DuplicateIdError as exc:
            yield ReferenceFormatError(exc.reason, path=path, line=number)
            continue
        except ReferenceFormatError as exc:
            yield exc
            continue
        yield Pair(ident, translation, reference, lang.lower(), number)


def _json_object(raw: str, *, path: str | None, line: int) -> Mapping[str, Any]:
    try:
        obj = _json.loads(raw)
    except json.JSONDecodeError as exc:
        msg = f"not JSON: {exc.msg} (column {exc.colno})"
        raise ReferenceFormatError(msg, path=path, line=line) from None
    if not isinstance(obj, dict):
        msg = f"expected a JSON object, found {type(obj).__name__}"
        raise ReferenceFormatError(msg, path=path, line=line)
    return obj


def _ident(obj: Mapping[str, Any], *, path: str | None, line: int | None) -> str:
    if "id" not in obj:
        msg = "missing required field 'id'"
        raise ReferenceFormatError(msg, path=path, line=line)
    ident = obj["id"]
    if isinstance(ident, bool) or not isinstance(ident, (str, int)):
        msg = f"field 'id' must be a string or an integer, not {type(ident).__name__}"
        raise ReferenceFormatError(msg, path=path, line=line)
    ident = str(ident)
    if not ident.strip():
        msg = "field 'id' is empty"
        raise ReferenceFormatError(msg, path=path, line=line)
    return ident


def _required_text(
    obj: Mapping[str, Any], field: str, *, path: str | None, line: int | None, empty: bool = False
) -> str:
    if field not in obj:
        msg = f"missing required field {field!r}"
        raise ReferenceFormatError(msg, path=path, line=line)
    value = obj[field]
    if not isinstance(value, str):
        msg = f"field {field!r} must be a string, not {type(value).__name__}"
        raise ReferenceFormatError(msg, path=path, line=line)
    if not empty and not value.strip():
        msg = f"field {field!r} is empty"
        raise ReferenceFormatError(msg, path=path, line=line)
    return value
