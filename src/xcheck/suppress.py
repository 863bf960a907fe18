"""Accepted findings: a file of finding ids that re-runs stay quiet about.

Like Okapi CheckMate's signatures, a reviewer marks a finding as accepted once, by its stable
id, and later runs suppress it. The file format (UTF-8 text, one entry a line)::

    # xcheck accepted findings
    XC-3fa9c2e1d0  "about 29,000" is the house rounding
    XC-0b1c2d3e4f  # a reason may also follow a hash
    {"id": "XC-77aa00bb11", "reason": "approved by the desk"}

* blank lines and lines starting with ``#`` are comments;
* a line starting with ``{`` is a JSON object with a string ``id`` and an optional string
  ``reason`` (other keys are kept in ``meta``);
* any other line is an id (letters, digits and ``._:-``, starting with a letter or digit),
  optionally followed by white space and a reason (a leading ``#`` of the reason is dropped);
* an id may appear only once.

A line that breaks these rules raises :class:`~xcheck.errors.SuppressionError` with the path,
the line number and the reason.

>>> s = parse_suppressions("XC-1 fine\\n# comment\\n")
>>> s.ids
frozenset({'XC-1'})
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from xcheck import _json
from xcheck._io import jsonl_lines, read_side_file
from xcheck._types import Finding, Report, Sentence
from xcheck.errors import SuppressionError
from xcheck.scoring import rescore

__all__ = [
    "Acceptance",
    "SuppressionResult",
    "Suppressions",
    "apply",
    "apply_suppressions",
    "format_suppressions",
    "load",
    "load_suppressions",
    "parse_suppressions",
    "suppress_report",
]

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:\-]*\Z")


@attrs.frozen
class Acceptance:
    """One accepted finding: its ``id``, an optional ``reason`` and the ``line`` it came from."""

    id: str
    reason: str | None = None
    line: int | None = None
    meta: Mapping[str, Any] = attrs.field(factory=dict, eq=False, hash=False, repr=False)


@attrs.frozen
class Suppressions:
    """The entries of an accepted-findings file (``path`` is where it came from, if a file)."""

    entries: tuple[Acceptance, ...] = ()
    path: str | None = None

    @property
    def ids(self) -> frozenset[str]:
        """The accepted finding ids."""
        return frozenset(e.id for e in self.entries)

    def __contains__(self, finding_id: object) -> bool:
        """Whether ``finding_id`` is accepted."""
        return any(e.id == finding_id for e in self.entries)

    def __len__(self) -> int:
        """The number of accepted ids."""
        return len(self.entries)


@attrs.frozen
class SuppressionResult:
    """What :func:`apply_suppressions` did: the findings ``kept``, those ``suppressed`` (each
    with the entry that accepted it) and the entries that matched no finding (``unused``: stale
    ids, e.g. after the translation was fixed)."""

    kept: tuple[Finding, ...]
    suppressed: tuple[tuple[Finding, Acceptance], ...]
    unused: tuple[Acceptance, ...]


def _fail(reason: str, path: str | None, line: int | None) -> SuppressionError:
    return SuppressionError(reason, path=path, line=line)


def _check_id(value: object, path: str | None, line: int) -> str:
    if not isinstance(value, str) or not value:
        msg = f"the id must be a non-empty string, got {value!r}"
        raise _fail(msg, path, line)
    if not _ID.match(value):
        msg = (
            f"{value!r} is not a finding id (letters, digits and ._:- only, starting with a letter or digit)"
        )
        raise _fail(msg, path, line)
    return value


def _parse_json_line(raw: str, path: str | None, line: int) -> Acceptance:
    try:
        obj = _json.loads(raw)
    except json.JSONDecodeError as exc:
        msg = f"not valid JSON: {exc.msg} (column {exc.colno})"
        raise _fail(msg, path, line) from None
    if not isinstance(obj, dict):
        msg = f"expected a JSON object, got {type(obj).__name__}"
        raise _fail(msg, path, line)
    if "id" not in obj:
        msg = "the JSON object has no 'id'"
        raise _fail(msg, path, line)
    ident = _check_id(obj["id"], path, line)
    reason = obj.get("reason")
    if reason is not None and not isinstance(reason, str):
        msg = f"'reason' must be a string, got {type(reason).__name__}"
        raise _fail(msg, path, line)
    meta = {k: v for k, v in obj.items() if k not in ("id", "reason")}
    return Acceptance(ident, reason or None, line, meta)


def _parse_plain_line(raw: str, path: str | None, line: int) -> Acceptance:
    parts = raw.split(None, 1)
    ident = _check_id(parts[0], path, line)
    reason = parts[1].strip() if len(parts) > 1 else ""
    if reason.startswith("#"):
        reason = reason[1:].strip()
    return Acceptance(ident, reason or None, line)


def parse_suppressions(text: str | Iterable[str], *, path: str | None = None) -> Suppressions:
    """Parse an accepted-findings file's text (or its lines); see the module docstring.

    >>> parse_suppressions('{"id": "XC-2", "reason": "ok"}').entries[0].reason
    'ok'
    """
    lines = jsonl_lines(text) if isinstance(text, str) else list(text)
    entries: list[Acceptance] = []
    first_line: dict[str, int] = {}
    for number, raw_line in enumerate(lines, start=1):
        raw = raw_line.strip().lstrip("\ufeff") if number == 1 else raw_line.strip()
        if not raw or raw.startswith("#"):
            continue
        if raw.startswith("{"):
            entry = _parse_json_line(raw, path, number)
        else:
            entry = _parse_plain_line(raw, path, number)
        if entry.id in first_line:
            msg = f"id {entry.id!r} is already accepted on line {first_line[entry.id]}"
            raise _fail(msg, path, number)
        first_line[entry.id] = number
        entries.append(entry)
    return Suppressions(tuple(entries), path)


def load_suppressions(path: str | Path) -> Suppressions:
    """Read and parse an accepted-findings file.

    Raises :class:`~xcheck.errors.ResourceError` when the file cannot be read and
    :class:`~xcheck.errors.SuppressionError` when it is not UTF-8 or breaks the format.
    """
    name = str(path)
    text = read_side_file(path, error=SuppressionError)  # at most MAX_SIDE_FILE_BYTES; a BOM is dropped
    return parse_suppressions(text, path=name)


def apply_suppressions(findings: Iterable[Finding], suppressions: Suppressions) -> SuppressionResult:
    """Split ``findings`` into kept and suppressed by the accepted ids; report unused entries.

    The order of the findings is kept.
    """
    by_id = {e.id: e for e in suppressions.entries}
    kept: list[Finding] = []
    suppressed: list[tuple[Finding, Acceptance]] = []
    used: set[str] = set()
    for f in findings:
        entry = by_id.get(f.id)
        if entry is None:
            kept.append(f)
        else:
            suppressed.append((f, entry))
            used.add(f.id)
    unused = tuple(e for e in suppressions.entries if e.id not in used)
    return SuppressionResult(tuple(kept), tuple(suppressed), unused)


def _in_link(f: Finding, sentences: list[Sentence], refs: set[str]) -> bool:
    if f.kind in ("omission", "addition"):
        return False
    if f.reference is not None and f.reference.id in refs:
        return True
    t = f.translation
    if t is None:
        return False
    return any(
        (t.start < s.end and t.end > s.start) or (t.start == t.end and s.start <= t.start <= s.end)
        for s in sentences
    )


def suppress_report(report: Report, suppressions: Suppressions) -> Report:
    """``report`` without its accepted findings, with facts and overall rescored and a note.

    The document fidelity is recomputed with :func:`xcheck.scoring.rescore` (surface scores,
    coverage and facts checked stay); so is the fidelity of each link that lost a finding.
    The notes say how many findings were suppressed and which accepted ids matched nothing.
    """
    result = apply_suppressions(report.findings, suppressions)
    if not result.suppressed and not result.unused:
        return report
    where = f" ({suppressions.path})" if suppressions.path else ""
    notes = list(report.notes)
    if result.suppressed:
        ids = ", ".join(f.id for f, _ in result.suppressed)
        notes.append(f"{len(result.suppressed)} accepted finding(s) suppressed{where}: {ids}")
    if result.unused:
        stale = ", ".join(e.id if e.line is None else f"{e.id} (line {e.line})" for e in result.unused)
        notes.append(f"{len(result.unused)} accepted id(s) matched no finding{where}: {stale}")

    link_fidelity = report.link_fidelity
    if result.suppressed and len(report.link_fidelity) == len(report.links):
        sentences = {s.index: s for s in report.sentences}
        gone = [f for f, _ in result.suppressed]
        updated = []
        for link, fid in zip(report.links, report.link_fidelity, strict=True):
            ss = [sentences[i] for i in link.translation if i in sentences]
            refs = set(link.references)
            if any(_in_link(f, ss, refs) for f in gone):
                mine = [f for f in result.kept if _in_link(f, ss, refs)]
                fid = rescore(fid, mine, document=False)
            updated.append(fid)
        link_fidelity = tuple(updated)

    return attrs.evolve(
        report,
        findings=result.kept,
        fidelity=rescore(report.fidelity, result.kept, document=True),
        link_fidelity=link_fidelity,
        notes=tuple(notes),
    )


def format_suppressions(findings: Iterable[Finding], *, reason: str | None = None) -> str:
    """An accepted-findings file that accepts every finding in ``findings``.

    Each line carries the id and, as the reason, ``reason`` or the finding's kind and message,
    so the file says what was accepted. Parsing the result gives the same ids back.

    >>> from xcheck._types import Finding
    >>> format_suppressions([Finding("XC-1", "number", "minor", "29,000 vs 28,500", None, None)])
    '# xcheck accepted findings: one id a line, then a reason\\nXC-1  number: 29,000 vs 28,500\\n'
    """
    lines = ["# xcheck accepted findings: one id a line, then a reason"]
    seen: set[str] = set()
    for f in findings:
        if f.id in seen:
            continue
        seen.add(f.id)
        text = reason if reason is not None else f"{f.kind}: {f.message}"
        text = " ".join(text.split())
        lines.append(f"{f.id}  {text}".rstrip())
    return "\n".join(lines) + "\n"


def load(path: str | Path) -> Suppressions:
    """Short name of :func:`load_suppressions` (what the CLI's ``--accepted`` reads)."""
    return load_suppressions(path)


def apply(report: Report, suppressions: Suppressions) -> Report:
    """Short name of :func:`suppress_report`: ``report`` without its accepted findings."""
    return suppress_report(report, suppressions)
