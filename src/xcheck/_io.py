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
    ReferenceFormatError,
    ResourceError,
    TranslationError,
    XcheckError,
)

__all__ = [
    "MAX_SIDE_FILE_BYTES",
    "MAX_SKIP_BYTES",
    "MAX_WHOLE_FILE_BYTES",
    "LongLine",
    "Pair",
    "decode",
    "open_lines",
    "parse_pairs",
    "parse_references",
    "read_bytes",
    "read_references",
    "read_side_file",
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


#: The most bytes a small side file (a glossary, an accepted-findings file, a rates file, a configuration)
#: may hold: far beyond any real one, small enough that ``/dev/zero`` or a mistaken path fails in a
#: second instead of filling memory. Files that grow with the work have their own limits
#: (``--max-chars``; docs/formats.md, "Limits").
MAX_SIDE_FILE_BYTES = 64 * 1024 * 1024

#: The most bytes a pairs file in a format read whole (JSON, CSV, TSV, PO, XLIFF, TMX, line-aligned text)
#: may hold; JSON Lines is read a line at a time and has no such limit.
MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024

#: The most bytes of one over-long JSON Lines line that are skipped to find the next line; a "line"
#: longer than this (``/dev/zero``, a binary file) ends the run with an error.
MAX_SKIP_BYTES = 64 * 1024 * 1024

_CHUNK = 1 << 20


def _stdin_buffer() -> IO[bytes]:
    """The binary standard input; :class:`ResourceError` when it is closed (``<&-``)."""
    stdin = sys.stdin
    buffer = getattr(stdin, "buffer", None) if stdin is not None else None
    if buffer is None:
        msg = "standard input is closed"
        raise ResourceError(msg, path="<stdin>")
    return buffer  # type: ignore[no-any-return]


def read_bytes(path: str | Path, *, limit: int | None = None, too_large: str | None = None) -> bytes:
    """Read a file (``-`` is standard input), turning OS errors into :class:`ResourceError`.

    With ``limit``, at most ``limit`` bytes are read: a longer file is refused with
    :class:`ResourceError` (``too_large`` is its reason) as soon as the limit is passed, so a
    file that never ends (``/dev/zero``) costs no more memory than the limit.
    """
    name = "<stdin>" if str(path) == "-" else str(path)
    try:
        if str(path) == "-":
            return _read_limited(_stdin_buffer(), limit, too_large, name)
        if Path(path).is_dir():
            msg = "is a directory, not a file"
            raise ResourceError(msg, path=name)
        with open(path, "rb") as handle:
            return _read_limited(handle, limit, too_large, name)
    except ResourceError:
        raise
    except FileNotFoundError:
        msg = "no such file"
        raise ResourceError(msg, path=name) from None
    except OSError as exc:
        msg = f"cannot read: {exc.strerror or exc}"
        raise ResourceError(msg, path=name) from None


def _read_limited(handle: IO[bytes], limit: int | None, too_large: str | None, name: str) -> bytes:
    if limit is None:
        return handle.read()
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = handle.read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise ResourceError(too_large or f"larger than {limit:,} bytes", path=name)


def open_lines(path: str | Path, *, max_line: int | None = None) -> _Lines:
    r"""The lines of a file (``-`` is standard input) one at a time, as bytes without their ``\n``: a
    streaming :func:`read_bytes` for JSONL, split where :func:`jsonl_lines` splits (at ``\n`` only).

    The file is opened now, so a missing file is a :class:`ResourceError` before anything is read; it
    is closed when the lines run out or the iterator is closed. With ``max_line``, a line longer than
    ``max_line`` bytes is not held: it comes as a :class:`LongLine` (empty, with its length) after its
    bytes are skipped, and a line longer than :data:`MAX_SKIP_BYTES` raises :class:`ResourceError`.
    """
    name = "<stdin>" if str(path) == "-" else str(path)
    if str(path) == "-":
        return _Lines(_stdin_buffer(), close=False, max_line=max_line, name=name)
    try:
        if Path(path).is_dir():
            msg = "is a directory, not a file"
            raise ResourceError(msg, path=name)
        handle = open(path, "rb")  # noqa: SIM115 - closed by _Lines
    except ResourceError:
        raise
    except FileNotFoundError:
        msg = "no such file"
        raise ResourceError(msg, path=name) from None
    except OSError as exc:
        msg = f"cannot read: {exc.strerror or exc}"
        raise ResourceError(msg, path=name) from None
    return _Lines(handle, close=True, max_line=max_line, name=name)


class LongLine(bytes):
    """A line :func:`open_lines` did not keep because it is longer than its ``max_line``: empty bytes
    that know how long the line was (``size``, in bytes, up to where reading stopped)."""

    size: int = 0

    @classmethod
    def of(cls, size: int) -> LongLine:
        """The stand-in for a skipped line of ``size`` bytes."""
        line = cls()
        line.size = size
        return line


class _Lines(Iterator[bytes]):
    """The lines of an open binary file; closing it (or reading to the end) closes the file."""

    def __init__(
        self, handle: IO[bytes], *, close: bool, max_line: int | None = None, name: str = ""
    ) -> None:
        self._handle: IO[bytes] | None = handle
        self._close = close
        self._max_line = max_line
        self._name = name
        self._number = 0

    def __next__(self) -> bytes:
        if self._handle is None:
            raise StopIteration
        limit = -1 if self._max_line is None else self._max_line + 2  # room for "\r\n"
        try:
            line = self._handle.readline(limit)
        except OSError as exc:
            self.close()
            msg = f"cannot read: {exc.strerror or exc}"
            raise ResourceError(msg, path=self._name, line=self._number + 1) from None
        if not line:
            self.close()
            raise StopIteration
        self._number += 1
        if self._max_line is not None and len(line) == limit and not line.endswith(b"\n"):
            return self._skip(len(line))
        return line[:-1] if line.endswith(b"\n") else line

    def _skip(self, size: int) -> LongLine:
        """Read past the rest of an over-long line without holding it."""
        assert self._handle is not None
        while size <= MAX_SKIP_BYTES:
            chunk = self._handle.readline(_CHUNK)
            size += len(chunk)
            if not chunk or chunk.endswith(b"\n"):
                return LongLine.of(size)
        self.close()
        msg = f"a line longer than {MAX_SKIP_BYTES:,} bytes: not a file of lines"
        raise ResourceError(msg, path=self._name, line=self._number)

    def close(self) -> None:
        """Close the file (standard input is left open)."""
        handle, self._handle = self._handle, None
        if handle is not None and self._close:
            handle.close()


def decode(data: bytes, *, path: str | None = None, error: type[XcheckError] = TranslationError) -> str:
    """Decode UTF-8 (a leading byte-order mark is dropped); name the line of the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        msg = f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} cannot be decoded"
        raise error(msg, path=path, line=line) from None


def read_translation(path: str | Path, *, max_chars: int | None = None) -> str:
    """Read a translated text file (UTF-8; ``-`` is standard input); refuse an empty one.

    With ``max_chars``, a file that cannot hold at most that many characters (more than four bytes
    a character) is refused as soon as reading passes that size, before it is all read.
    """
    name = "<stdin>" if str(path) == "-" else str(path)
    limit = too_large = None
    if max_chars is not None:
        limit = 4 * max_chars + 3  # UTF-8 takes at most 4 bytes a character; 3 for a byte-order mark
        too_large = (
            f"the translation has more than {max_chars:,} characters, the limit of --max-chars: "
            "split it into documents or raise the limit (--max-chars N)"
        )
    text = decode(read_bytes(path, limit=limit, too_large=too_large), path=name)
    if not text.strip():
        msg = "the translation is empty"
        raise TranslationError(msg, path=name)
    return text


def read_side_file(path: str | Path, *, error: type[XcheckError] = ReferenceFormatError) -> str:
    """The text of a small side file (glossary, accepted findings, rates, configuration): at most
    :data:`MAX_SIDE_FILE_BYTES`, UTF-8 with or without a byte-order mark."""
    name = "<stdin>" if str(path) == "-" else str(path)
    too_large = (
        f"larger than {MAX_SIDE_FILE_BYTES:,} bytes: too large for a glossary, accepted-findings, "
        "rates or configuration file"
    )
    return decode(read_bytes(path, limit=MAX_SIDE_FILE_BYTES, too_large=too_large), path=name, error=error)


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
        ident: str | None = None
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
            # the record's own id, for its error row, when it gave a usable one
            exc.record_id = ident
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
