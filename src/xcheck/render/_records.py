"""Flat records (one dict a finding) for tables: :func:`to_records`, :func:`to_dataframe`, CSV."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from xcheck._types import Finding, PairResult, Report
from xcheck.render._json import _number
from xcheck.render._locate import Lines, line_column
from xcheck.render._view import view

#: The keys of every record, in column order.
RECORD_FIELDS: tuple[str, ...] = (
    "result",
    "document",
    "id",
    "kind",
    "severity",
    "category",
    "confidence",
    "message",
    "expected",
    "found",
    "sentence",
    "line",
    "column",
    "start",
    "end",
    "text",
    "reference_id",
    "reference_start",
    "reference_end",
    "reference_text",
)


def _record(
    result: int,
    document: str | None,
    text: str,
    f: Finding,
    sentence: int | None,
    lines: Lines | None = None,
) -> dict[str, Any]:
    t, r = f.translation, f.reference
    line: int | None = None
    column: int | None = None
    if t is not None:
        line, column = lines.line_column(t.start) if lines is not None else line_column(text, t.start)
    return {
        "result": result,
        "document": document,
        "id": f.id,
        "kind": f.kind,
        "severity": f.severity,
        "category": f.category,
        "confidence": _number(f.confidence),
        "message": f.message,
        "expected": f.expected,
        "found": f.found,
        "sentence": sentence,
        "line": line,
        "column": column,
        "start": None if t is None else t.start,
        "end": None if t is None else t.end,
        "text": None if t is None else t.text,
        "reference_id": None if r is None else r.id,
        "reference_start": None if r is None else r.start,
        "reference_end": None if r is None else r.end,
        "reference_text": None if r is None else r.text,
    }


def report_records(report: Report, result: int = 0) -> list[dict[str, Any]]:
    """The records of one report's findings, in reading order."""
    v = view(report)
    lines = Lines(report.translation)
    out = []
    for f in v.findings:
        sentence = v.first_sentence(f)
        out.append(_record(result, report.translation_name, report.translation, f, sentence, lines))
    return out


def to_records(results: Report | PairResult | Iterable[Report | PairResult]) -> list[dict[str, Any]]:
    """One flat, JSON-serialisable dict a finding, for a report, a pair result, or many of either
    (``result`` is the 0-based position of the result the finding belongs to).

    Keys (:data:`RECORD_FIELDS`): ``result``, ``document`` (the translation's file name, if any),
    ``id``, ``kind``, ``severity``, ``category``, ``confidence``, ``message``, ``expected``,
    ``found``, ``sentence`` (0-based sentence index; ``None`` for pairs), ``line`` and ``column``
    (1-based) and ``start``/``end``/``text`` of the translation span (0-based character offsets),
    ``reference_id``/``reference_start``/``reference_end``/``reference_text``. Missing values are
    ``None``.

    >>> import xcheck
    >>> rows = xcheck.to_records(xcheck.check_pair("Sales fell 3%.", "Sales fell 4%."))
    >>> [(r["kind"], r["expected"], r["found"], r["start"]) for r in rows]
    [('number', '4%', '3%', 11)]
    """
    items: Iterable[Report | PairResult]
    items = [results] if isinstance(results, (Report, PairResult)) else results
    out: list[dict[str, Any]] = []
    for i, item in enumerate(items):
        if isinstance(item, Report):
            out.extend(report_records(item, i))
        elif isinstance(item, PairResult):
            lines = Lines(item.translation)
            out.extend(_record(i, None, item.translation, f, None, lines) for f in item.findings)
        else:
            msg = f"to_records takes Report or PairResult objects, not {type(item).__name__}"
            raise TypeError(msg)
    return out


def to_dataframe(results: Report | PairResult | Iterable[Report | PairResult]) -> Any:
    """:func:`to_records` as a :class:`pandas.DataFrame` (columns :data:`RECORD_FIELDS`, even when
    there are no findings). pandas is not a dependency of xcheck: install it to use this."""
    try:
        import pandas as pd
    except ImportError:
        msg = "to_dataframe needs pandas, which xcheck does not install: pip install pandas"
        raise ImportError(msg) from None
    return pd.DataFrame.from_records(to_records(results), columns=list(RECORD_FIELDS))
