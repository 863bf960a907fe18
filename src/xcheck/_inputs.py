"""Reading references and pairs in every input format xcheck accepts (see ``docs/formats.md``).

References: JSON Lines, a JSON array, CSV or TSV with a header row, or plain text (one statement a
line). Pairs: JSON Lines, a JSON array, CSV or TSV with a header row, two line-aligned plain-text
files, or PO, XLIFF and TMX through the optional translate-toolkit (:mod:`xcheck._bilingual`).
The format comes from the file's extension unless it is given.

Every problem is an :class:`~xcheck.errors.InputError` with the file, the line and the reason.
Problems that may be intended (a field xcheck does not use, a language code that is likely a
country code, a text not in its language's script) go to a ``warn`` callable instead, which
prints them or, under ``--strict``, raises them (:class:`Warnings`).
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TextIO

import attrs

from xcheck import _json, _validate
from xcheck._io import (
    MAX_WHOLE_FILE_BYTES,
    Pair,
    _ident,
    _json_object,
    _required_text,
    decode,
    jsonl_lines,
    read_bytes,
    read_side_file,
)
from xcheck._io import statement_from_mapping as _statement
from xcheck._types import Statement
from xcheck.errors import (
    DuplicateIdError,
    GlossaryError,
    InputError,
    OptionError,
    ReferenceFormatError,
    XcheckError,
)
from xcheck.facts.names import Glossary, GlossaryEntry, default_glossary
from xcheck.facts.names._surface import _alias_key

__all__ = [
    "DEFAULT_MAX_PAIR_CHARS",
    "DEFAULT_MAX_STATEMENTS",
    "INPUT_FORMATS",
    "PAIR_FORMATS",
    "REFERENCE_FORMATS",
    "StrictInputError",
    "Warnings",
    "check_language",
    "detect_format",
    "extend_glossary",
    "load_glossary",
    "pair_line_bytes",
    "read_aligned_pairs",
    "read_pairs_file",
    "read_references_file",
]

REFERENCE_FORMATS = ("jsonl", "json", "csv", "tsv", "txt")
PAIR_FORMATS = ("jsonl", "json", "csv", "tsv", "po", "xliff", "tmx")
INPUT_FORMATS = ("jsonl", "json", "csv", "tsv", "txt", "po", "xliff", "tmx")

_EXTENSIONS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".txt": "txt",
    ".text": "txt",
    ".po": "po",
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".tmx": "tmx",
}

_REFERENCE_FIELDS = ("id", "text", "source", "date", "lang", "url")
_PAIR_FIELDS = ("id", "translation", "reference", "lang")
# Names people give a field that xcheck spells otherwise.
_SYNONYMS = {
    "language": "lang",
    "locale": "lang",
    "link": "url",
    "href": "url",
    "statement": "text",
    "sentence": "text",
    "hypothesis": "translation",
    "hyp": "translation",
    "mt": "translation",
    "target": "translation",
    "ref": "reference",
}

Warn = Callable[[XcheckError], None]
_Record = tuple[int, Mapping[str, Any]]


class StrictInputError(InputError):
    """A warning about the inputs made an error by ``--strict``."""


class Warnings:
    """Where warnings go: one line each on ``stream`` (at most ``limit``, then a count), or, when
    ``strict``, raised as the error they are."""

    def __init__(self, *, strict: bool = False, stream: TextIO | None = None, limit: int = 20) -> None:
        self.strict = strict
        self.stream = stream
        self.limit = limit
        self.count = 0

    def __call__(self, problem: XcheckError) -> None:
        """Report ``problem``: raise it under ``strict``, else write it as a warning."""
        if self.strict:
            if isinstance(problem, OptionError):
                raise problem
            # Not a ReferenceFormatError: a batch turns those into error rows and goes on, but a
            # strict warning stops the run before any work starts.
            raise StrictInputError(problem.reason, path=problem.path, line=problem.line)
        self.count += 1
        if self.count <= self.limit:
            self._write(f"xcheck: warning: {problem} (--strict makes this an error)")

    def close(self) -> None:
        """Say how many warnings were not shown."""
        if self.count > self.limit:
            self._write(f"xcheck: warning: {self.count - self.limit} more warning(s) not shown")

    def _write(self, line: str) -> None:
        stream = self.stream or sys.stderr
        stream.write(line.replace("\n", " ") + "\n")
        stream.flush()


def _ignore(problem: XcheckError) -> None:
    """A ``warn`` that drops warnings (the library default: callers that care pass one)."""


def detect_format(path: str, given: str | None = None, *, allowed: tuple[str, ...] = INPUT_FORMATS) -> str:
    """The input format of ``path``: ``given`` when set, else from its extension; JSON Lines for
    standard input and unknown extensions (what xcheck always read)."""
    fmt = given or ("jsonl" if path == "-" else _EXTENSIONS.get(Path(path).suffix.lower(), "jsonl"))
    if fmt not in allowed:
        name = "<stdin>" if path == "-" else path
        how = "given with --input-format" if given else f"from the extension {Path(path).suffix!r}"
        msg = f"{fmt} ({how}) is not a format for this input: use one of {', '.join(allowed)}"
        if fmt == "txt" and "txt" not in allowed:
            msg += "; a text file of translations goes with --translation FILE --reference FILE"
        raise OptionError(msg if given else f"{name}: {msg}")
    return fmt


def check_language(code: object, *, option: str, warn: Warn = _ignore) -> str:
    """``code`` lower-cased when it is a language code; :class:`OptionError` naming ``option``
    when it is not; a warning when it is likely not the code meant (``kr``)."""
    reason = _validate.language_error(code)
    if reason is not None:
        msg = f"{option}: {reason}"
        raise OptionError(msg)
    assert isinstance(code, str)
    hint = _validate.language_warning(code)
    if hint is not None:
        warn(OptionError(f"{option}: {hint}"))
    return code.strip()


#: How many bytes of a references file each character of ``--max-chars`` allows: a statement's
#: JSON takes up to 6 bytes a character (``\\u4e2d``), and its id, source, date and url more.
REFERENCE_BYTES_PER_CHAR = 16

#: The longest translation or reference of one pair ``xcheck pairs`` and ``compare`` check by default
#: (``--max-chars``): a long news paragraph. TER's shift search grows faster than the square of a
#: pair's length (a 4,000-character pair of unrelated text takes some 25 seconds).
DEFAULT_MAX_PAIR_CHARS = 10_000

#: The most reference statements ``xcheck check`` reads from one file by default (``--max-statements``):
#: about 100 times what a long news report cites; checking takes about a millisecond a statement
#: (10,000 statements: some 15 seconds).
DEFAULT_MAX_STATEMENTS = 10_000


def _text(
    path: str,
    error: type[InputError] = ReferenceFormatError,
    *,
    limit: int | None = None,
    too_large: str = "",
) -> tuple[str, str]:
    """The display name and the decoded text of ``path`` (``-`` is standard input), refused as soon
    as reading passes ``limit`` bytes (``too_large`` says why)."""
    name = "<stdin>" if path == "-" else path
    return name, decode(read_bytes(path, limit=limit, too_large=too_large or None), path=name, error=error)


def _whole_file_limit(what: str) -> tuple[int, str]:
    """The byte limit of a pairs file in a format read whole, and its reason."""
    return MAX_WHOLE_FILE_BYTES, (
        f"larger than {MAX_WHOLE_FILE_BYTES:,} bytes, the limit of {what} read whole: "
        "give the pairs as JSON Lines (read a line at a time, with no such limit)"
    )


# --- references ---------------------------------------------------------------------------------


def read_references_file(
    path: str,
    *,
    input_format: str | None = None,
    reference_lang: str | None = None,
    warn: Warn = _ignore,
    max_chars: int | None = None,
    max_statements: int | None = None,
) -> tuple[Statement, ...]:
    """The statements of a references file in any of :data:`REFERENCE_FORMATS`.

    Each record becomes a statement as a JSONL line does (:func:`xcheck.parse_references`);
    tabular and plain-text files without an ``id`` get ``L`` and the line number (``L3``). A bad
    record, a duplicate id, a bad language code or an empty file raise; a field that looks like a
    misspelt one, a likely-wrong language code and a text not in its language's script are warned.
    ``reference_lang`` is the language of a statement that names none (else English).

    With ``max_chars`` (the statements' characters in all), a file larger than
    :data:`REFERENCE_BYTES_PER_CHAR` bytes for each of them is refused as soon as reading passes
    that size, before it is all read, and the statement that passes ``max_chars`` is refused as it
    is read; so is the statement after the first ``max_statements``.
    """
    fmt = detect_format(path, input_format, allowed=REFERENCE_FORMATS)
    limit, too_large = None, ""
    if max_chars is not None:
        limit = REFERENCE_BYTES_PER_CHAR * max_chars
        too_large = (
            f"larger than {limit:,} bytes, more than statements of at most {max_chars:,} characters "
            "(the limit of --max-chars) need: split them into several checks, "
            "or raise the limit (--max-chars N)"
        )
    name, text = _text(path, limit=limit, too_large=too_large)
    out: list[Statement] = []
    seen: dict[str, int] = {}
    fields = _FieldCheck(_REFERENCE_FIELDS, name, warn, all_unknown=False)
    total = 0
    for number, obj in _records(text, fmt, name, ("text",)):
        if max_statements is not None and len(out) >= max_statements:
            msg = (
                f"more than {max_statements:,} statements, the limit of --max-statements: "
                "split them into several checks, or raise the limit (--max-statements N)"
            )
            raise ReferenceFormatError(msg, path=name, line=number)
        fields.check(obj, number)
        declared = obj.get("lang")
        if reference_lang and declared in (None, ""):
            obj = {**obj, "lang": reference_lang}
        statement = _statement(obj, path=name, line=number)
        if statement.id in seen:
            msg = f"duplicate id {statement.id!r} (first on line {seen[statement.id]})"
            raise DuplicateIdError(msg, path=name, line=number)
        seen[statement.id] = number
        total += len(statement.text)
        if max_chars is not None and total > max_chars:
            msg = (
                f"the statements hold more than {max_chars:,} characters (the limit of --max-chars): "
                "split them into several checks, or raise the limit (--max-chars N)"
            )
            raise ReferenceFormatError(msg, path=name, line=number)
        _check_record_language(statement.text, declared, statement.lang, name, number, warn)
        out.append(statement)
    if not out:
        msg = "no reference statements (the file is empty)"
        raise ReferenceFormatError(msg, path=name)
    return tuple(out)


def _check_record_language(
    text: str, declared: object, lang: str, path: str, line: int, warn: Warn, *, field: str = "lang"
) -> None:
    """Raise for a ``lang`` that is no language; warn for a likely-wrong one or a script mismatch."""
    if declared not in (None, ""):
        reason = _validate.language_error(declared)
        if reason is not None:
            msg = f"field {field!r}: {reason}"
            raise ReferenceFormatError(msg, path=path, line=line)
        hint = _validate.language_warning(lang)
        if hint is not None:
            warn(ReferenceFormatError(f"field {field!r}: {hint}", path=path, line=line))
    mismatch = _validate.script_warning(text, lang)
    if mismatch is not None:
        given = "" if declared not in (None, "") else f" ('{field}' not given, so {lang})"
        warn(ReferenceFormatError(f"{mismatch}{given}", path=path, line=line))


class _FieldCheck:
    """Warns once per file about each field xcheck does not use: every one (``all_unknown``), or
    only those that look like a misspelt known field (references keep the rest as metadata)."""

    def __init__(self, known: tuple[str, ...], path: str, warn: Warn, *, all_unknown: bool) -> None:
        self.known = known
        self.path = path
        self.warn = warn
        self.all_unknown = all_unknown
        self.seen: set[str] = set()

    def check(self, obj: Mapping[str, Any], line: int) -> None:
        for field in obj:
            if field in self.known or field in self.seen:
                continue
            self.seen.add(field)
            meant = _meant(str(field), self.known)
            if meant is not None:
                msg = f"unknown field {field!r} (did you mean {meant!r}?)"
            elif self.all_unknown:
                msg = f"unknown field {field!r} is not used (the fields are {', '.join(self.known)})"
            else:
                continue
            self.warn(ReferenceFormatError(msg, path=self.path, line=line))


def _meant(field: str, known: tuple[str, ...]) -> str | None:
    """The known field ``field`` is likely a misspelling of, or ``None``."""
    low = field.strip().lower()
    names = {k: k for k in known} | {s: k for s, k in _SYNONYMS.items() if k in known}
    if low in names:
        return names[low]
    close = difflib.get_close_matches(low, list(names), n=1, cutoff=0.75)
    return names[close[0]] if close else None


# --- records of each format ---------------------------------------------------------------------


def _records(text: str, fmt: str, path: str, required: tuple[str, ...]) -> Iterator[_Record]:
    """The records of a text in ``fmt`` with their line numbers; errors raised (see :func:`_items`)."""
    for item in _items(text, fmt, path, required):
        if isinstance(item, InputError):
            raise item
        yield item


def _items(text: str, fmt: str, path: str, required: tuple[str, ...]) -> Iterator[_Record | InputError]:
    """The records of a text: a record's own problem is yielded in its place (a batch may go on);
    a problem of the whole file (a bad header, a JSON array that does not parse) is raised."""
    if fmt == "jsonl":
        for number, raw in enumerate(jsonl_lines(text), start=1):
            if raw.strip():
                try:
                    yield number, _json_object(raw, path=path, line=number)
                except ReferenceFormatError as exc:
                    yield exc
    elif fmt == "json":
        yield from _json_array(text, path)
    elif fmt in ("csv", "tsv"):
        yield from _table(text, fmt, path, required)
    elif fmt == "txt":
        for number, raw in enumerate(jsonl_lines(text), start=1):
            if raw.strip():
                yield number, {"id": f"L{number}", required[0]: raw.strip()}
    else:  # pragma: no cover - detect_format lets no other format through
        msg = f"format {fmt!r} has no records reader"
        raise OptionError(msg)


def _json_array(text: str, path: str) -> Iterator[_Record | InputError]:
    """The objects of a JSON array, each with the line it starts on."""
    if not text.strip():
        return
    try:
        data = _json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"not JSON: {exc.msg} (column {exc.colno})"
        raise ReferenceFormatError(msg, path=path, line=exc.lineno) from None
    if not isinstance(data, list):
        msg = f"expected a JSON array of objects, found {type(data).__name__}"
        raise ReferenceFormatError(msg, path=path, line=1)
    decoder = json.JSONDecoder()
    pos = text.index("[") + 1
    for index, item in enumerate(data, start=1):
        while text[pos] in " \t\r\n,":
            pos += 1
        line = text.count("\n", 0, pos) + 1
        _, pos = decoder.raw_decode(text, pos)
        if isinstance(item, dict):
            yield line, item
        else:
            msg = f"element {index} of the array: expected a JSON object, found {type(item).__name__}"
            yield ReferenceFormatError(msg, path=path, line=line)


def _table(text: str, fmt: str, path: str, required: tuple[str, ...]) -> Iterator[_Record | InputError]:
    """The rows of a CSV (RFC 4180 quoting) or TSV (no quoting: a tab ends a field) file with a
    header row; an empty cell is an absent field; rows without an ``id`` column get ``L<line>``."""
    rows = _csv_rows(text, path) if fmt == "csv" else _tsv_rows(text)
    header_row = next((row for row in rows if any(cell.strip() for cell in row[1])), None)
    if header_row is None:
        return
    header_line, header = header_row
    names = [h.strip() for h in header]
    for column in required:
        if column not in names:
            meant = next((h for h in names if _meant(h, (column,)) == column), None)
            hint = f" ({meant!r} looks like it: name it {column!r})" if meant else ""
            other = next((s for s in (";", "\t", ",", "|") if any(s in h for h in names)), None)
            if not meant and other is not None:
                fix = {"\t": "give --input-format tsv", ",": "give --input-format csv"}.get(
                    other, "separate them with commas (CSV) or tabs (TSV)"
                )
                hint = f" (the columns seem separated by {other!r}: {fix})"
            msg = f"the header has no {column!r} column{hint}; its columns are {', '.join(map(repr, names))}"
            raise ReferenceFormatError(msg, path=path, line=header_line)
    if len(set(names)) < len(names) or "" in names:
        twice = sorted({h for h in names if names.count(h) > 1 or not h})
        msg = f"the header names a column twice or not at all: {', '.join(map(repr, twice))}"
        raise ReferenceFormatError(msg, path=path, line=header_line)
    sep = "comma" if fmt == "csv" else "tab"
    for number, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(names):
            few = "few" if len(row) < len(names) else "many"
            msg = (
                f"{len(row)} fields, too {few} for the {len(names)} columns of the header "
                f"(split at each {sep})"
            )
            yield ReferenceFormatError(msg, path=path, line=number)
            continue
        record: dict[str, Any] = {h: cell for h, cell in zip(names, row, strict=True) if cell.strip()}
        if "id" not in names:
            record["id"] = f"L{number}"
        yield number, record


def _csv_rows(text: str, path: str) -> Iterator[tuple[int, list[str]]]:
    """The rows of a CSV text, each with the line it starts on (a quoted field may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    try:
        for row in reader:
            yield start, row
            start = reader.line_num + 1
    except csv.Error as exc:
        msg = f"not CSV: {exc}"
        raise ReferenceFormatError(msg, path=path, line=reader.line_num or start) from None


def _tsv_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    for number, raw in enumerate(jsonl_lines(text), start=1):
        yield number, raw.split("\t")


# --- pairs --------------------------------------------------------------------------------------


def read_pairs_file(
    path: str,
    *,
    input_format: str | None = None,
    lang: str = "en",
    reference_lang: str | None = None,
    warn: Warn = _ignore,
    max_chars: int | None = None,
) -> list[Pair | ReferenceFormatError]:
    """The pairs of a file in any of :data:`PAIR_FORMATS`, in order; a record's own problem is a
    :class:`~xcheck.errors.ReferenceFormatError` in its place (a batch reports it and goes on).

    ``lang`` is the language of a pair whose record (or file) does not name one. A file that
    cannot be read as a whole (undecodable, a bad header, empty, larger than
    :data:`~xcheck._io.MAX_WHOLE_FILE_BYTES`) raises. A pair whose translation or reference is
    longer than ``max_chars`` characters is a problem of its record.
    """
    fmt = detect_format(path, input_format, allowed=PAIR_FORMATS)
    name = "<stdin>" if path == "-" else path
    if fmt in ("po", "xliff", "tmx"):
        from xcheck import _bilingual

        limit, too_large = _whole_file_limit(f"a {fmt.upper()} file")
        units = _bilingual.read_units(read_bytes(path, limit=limit, too_large=too_large), fmt, name)
        items: Iterator[_Record | InputError] = iter(_bilingual.records(units, name, warn))
    else:
        limit, too_large = _whole_file_limit(f"a {fmt.upper()} file")
        name, text = _text(path, limit=limit, too_large=too_large)
        items = _items(text, fmt, name, ("translation", "reference"))
    all_unknown = fmt in ("jsonl", "json", "csv", "tsv")
    out = _pairs(items, name, lang, reference_lang, warn, all_unknown=all_unknown, max_chars=max_chars)
    if not out:
        msg = "no pairs (the file is empty)"
        raise ReferenceFormatError(msg, path=name)
    return out


def read_aligned_pairs(
    translation: str,
    reference: str,
    *,
    lang: str = "en",
    reference_lang: str | None = None,
    warn: Warn = _ignore,
    max_chars: int | None = None,
) -> list[Pair | ReferenceFormatError]:
    """Pairs from two line-aligned plain-text files (sacrebleu style): line n of ``translation``
    with line n of ``reference``, id ``L<n>``. Both must have the same number of lines; a line
    empty on both sides is skipped."""
    if translation == "-" and reference == "-":
        msg = "the translation and the reference cannot both be standard input (-)"
        raise OptionError(msg)
    limit, too_large = _whole_file_limit("line-aligned text files")
    t_name, t_text = _text(translation, limit=limit, too_large=too_large)
    r_name, r_text = _text(reference, limit=limit, too_large=too_large)
    t_lines, r_lines = jsonl_lines(t_text), jsonl_lines(r_text)
    if len(t_lines) != len(r_lines):
        short, long_ = (t_name, r_name) if len(t_lines) < len(r_lines) else (r_name, t_name)
        n = min(len(t_lines), len(r_lines))
        msg = (
            f"ends after {n} lines, but {long_} has {max(len(t_lines), len(r_lines))}: "
            "line-aligned files need one line for each pair"
        )
        raise ReferenceFormatError(msg, path=short, line=n + 1 if n else None)
    items: list[_Record | InputError] = [
        (n, {"id": f"L{n}", "translation": t, "reference": r})
        for n, (t, r) in enumerate(zip(t_lines, r_lines, strict=True), start=1)
        if t.strip() or r.strip()
    ]
    out = _pairs(iter(items), t_name, lang, reference_lang, warn, all_unknown=False, max_chars=max_chars)
    if not out:
        msg = "no pairs (the files are empty)"
        raise ReferenceFormatError(msg, path=t_name)
    return out


def _pairs(
    items: Iterator[_Record | InputError],
    path: str,
    lang: str,
    reference_lang: str | None,
    warn: Warn,
    *,
    all_unknown: bool,
    max_chars: int | None = None,
) -> list[Pair | ReferenceFormatError]:
    return list(
        _iter_pairs(items, path, lang, reference_lang, warn, all_unknown=all_unknown, max_chars=max_chars)
    )


def _iter_pairs(
    items: Iterator[_Record | InputError],
    path: str,
    lang: str,
    reference_lang: str | None,
    warn: Warn,
    *,
    all_unknown: bool,
    max_chars: int | None = None,
) -> Iterator[Pair | ReferenceFormatError]:
    seen: set[str] = set()
    fields = _FieldCheck(_PAIR_FIELDS, path, warn, all_unknown=all_unknown)
    for item in items:
        if isinstance(item, InputError):
            yield ReferenceFormatError(item.reason, path=item.path or path, line=item.line)
            continue
        number, obj = item
        ident = _record_id(obj)
        duplicate = ident in seen
        try:
            fields.check(obj, number)
            pair = _pair(obj, number, path, lang, reference_lang, seen, warn)
            if max_chars is not None:
                _check_pair_length(pair, max_chars, path)
            yield pair
        except ReferenceFormatError as exc:
            # A duplicate id names the record that had it first: its error row gets no id.
            exc.record_id = None if duplicate else ident
            yield exc


def _record_id(obj: Mapping[str, Any]) -> str | None:
    """The id a pair record gives, as a string, or ``None`` when it gives no usable one."""
    ident = obj.get("id")
    if isinstance(ident, bool) or not isinstance(ident, (str, int)) or not str(ident).strip():
        return None
    return str(ident)


def iter_jsonl_pairs(
    lines: Iterable[str],
    path: str,
    *,
    lang: str = "en",
    reference_lang: str | None = None,
    warn: Warn = _ignore,
    max_chars: int | None = None,
) -> Iterator[Pair | ReferenceFormatError]:
    """The pairs of JSON Lines read one line at a time, with the checks of :func:`read_pairs_file`
    (fields, languages, duplicate ids, ``max_chars``), each record's problem in its place."""

    def records() -> Iterator[_Record | InputError]:
        for number, raw in enumerate(lines, start=1):
            if raw.strip():
                try:
                    yield number, _json_object(raw, path=path, line=number)
                except ReferenceFormatError as exc:
                    yield exc

    yield from _iter_pairs(records(), path, lang, reference_lang, warn, all_unknown=True, max_chars=max_chars)


def _check_pair_length(pair: Pair, max_chars: int, path: str) -> None:
    """Refuse a pair whose translation or reference is longer than ``max_chars`` characters."""
    for side, text in (("translation", pair.translation), ("reference", pair.reference)):
        if len(text) > max_chars:
            msg = (
                f"pair {pair.id!r}: the {side} has {len(text):,} characters, more than the limit of "
                f"{max_chars:,} a pair (--max-chars): split it, or raise the limit (--max-chars N)"
            )
            raise ReferenceFormatError(msg, path=path, line=pair.line)


def pair_line_bytes(max_chars: int) -> int:
    """The longest JSON Lines line a pair of at most ``max_chars`` characters a side can need: a
    character takes at most 12 bytes of JSON (``\\ud83d\\ude00``), and 64 KB are left for the
    other fields. A longer line is refused without being held (:func:`xcheck._io.open_lines`)."""
    return 2 * 12 * max_chars + 65_536


def _pair(
    obj: Mapping[str, Any],
    number: int,
    path: str,
    lang: str,
    reference_lang: str | None,
    seen: set[str],
    warn: Warn,
) -> Pair:
    ident = _ident(obj, path=path, line=number)
    if ident in seen:
        msg = f"duplicate id {ident!r}"
        raise ReferenceFormatError(msg, path=path, line=number)
    seen.add(ident)
    translation = _required_text(obj, "translation", path=path, line=number, empty=True)
    reference = _required_text(obj, "reference", path=path, line=number, empty=True)
    declared = obj.get("lang")
    if declared not in (None, "") and not isinstance(declared, str):
        msg = "field 'lang' must be a string"
        raise ReferenceFormatError(msg, path=path, line=number)
    pair_lang = str(declared or lang).lower()
    _check_record_language(translation, declared, pair_lang, path, number, warn)
    ref_lang = reference_lang or pair_lang
    mismatch = _validate.script_warning(reference, ref_lang)
    if mismatch is not None:
        warn(ReferenceFormatError(f"the reference: {mismatch}", path=path, line=number))
    return Pair(ident, translation, reference, pair_lang, number)


# --- glossary -----------------------------------------------------------------------------------


def load_glossary(path: str, *, only: bool = False) -> Glossary:
    """The glossary of a run with ``--glossary path``: the bundled glossary extended by the file
    (:func:`extend_glossary`), or with ``only`` the file alone."""
    # Read here rather than by Glossary.load: at most MAX_SIDE_FILE_BYTES, and a byte-order mark is dropped.
    user = Glossary.loads(read_side_file(path, error=GlossaryError), source=path)
    return user if only else extend_glossary(default_glossary(), user)


def extend_glossary(base: Glossary, user: Glossary) -> Glossary:
    """``base`` with ``user``'s entries added; where they conflict, ``user`` wins.

    An entry of ``base`` with the id of a ``user`` entry is replaced by it. A ``base`` entry that
    shares a name with a ``user`` entry loses that alias (so the name resolves to the user's entity,
    not to nobody), or the whole entry when its canonical name is the shared one.

    >>> from xcheck.facts.names import GlossaryEntry
    >>> mine = Glossary([GlossaryEntry("dod-en", "Defense Department", "org", ("Pentagon",))])
    >>> extend_glossary(Glossary.default(), mine).resolve("the Pentagon").id
    'dod-en'
    >>> extend_glossary(Glossary.default(), mine).resolve("DoD").name
    'US Department of Defense'
    """
    ids = {e.id for e in user.entries}
    taken = {_alias_key(n) for e in user.entries for n in e.names} - {""}
    kept: list[GlossaryEntry] = []
    for entry in base.entries:
        if entry.id in ids or _alias_key(entry.name) in taken:
            continue
        aliases = tuple(a for a in entry.aliases if _alias_key(a) not in taken)
        kept.append(entry if aliases == entry.aliases else attrs.evolve(entry, aliases=aliases))
    return Glossary([*kept, *user.entries], source=user.source)
