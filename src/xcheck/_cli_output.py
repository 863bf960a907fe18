"""The command line's output side: report formats, the format a path implies, rates files, and the
JSON of ``xcheck compare``. Kept apart from ``cli.py`` so the argument parser stays short."""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from xcheck import _json, render
from xcheck._io import read_side_file
from xcheck._types import Report
from xcheck.errors import OptionError

#: Every ``--format`` of ``xcheck check`` and ``xcheck demo``.
REPORT_FORMATS = ("markdown", "text", "json", "html", "sarif", "junit", "csv", "github", "claimreview")

#: The format ``-o PATH`` implies when ``--format`` is not given, by the path's extension.
EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".sarif": "sarif",
    ".xml": "junit",
    ".csv": "csv",
    ".jsonld": "claimreview",
}


def choose_format(fmt: str | None, output: str | None, *, terminal_default: str = "markdown") -> str:
    """The format to write: ``fmt`` when given; else the one ``output``'s extension implies (``.sarif``
    → sarif, ``report.sarif.json`` → sarif too); else ``terminal_default`` when standard output is a
    terminal, else Markdown. An output path with an unknown extension and no ``--format`` is an error.
    """
    if fmt is not None:
        return fmt
    if output is not None:
        suffixes = [s.lower() for s in Path(output).suffixes]
        if suffixes[-2:] == [".sarif", ".json"]:
            return "sarif"
        if suffixes and suffixes[-1] in EXTENSIONS:
            return EXTENSIONS[suffixes[-1]]
        known = ", ".join(sorted(EXTENSIONS))
        msg = f"cannot tell the format from {output!r} (known extensions: {known}); give --format"
        raise OptionError(msg)
    isatty = getattr(sys.stdout, "isatty", None)
    return terminal_default if isatty is not None and isatty() else "markdown"


def render_report(
    report: Report,
    fmt: str,
    *,
    color: bool = False,
    translation_path: str | None = None,
    references_path: str | None = None,
) -> str:
    """``report`` in format ``fmt`` (one of :data:`REPORT_FORMATS`)."""
    paths = {"translation_path": translation_path, "references_path": references_path}
    if fmt == "text":
        return render.to_text(report, color=color, **paths)
    if fmt == "sarif":
        return render.to_sarif(report, **paths)
    if fmt == "junit":
        return render.to_junit(report, **paths)
    if fmt == "github":
        return render.to_github(report, **paths)
    if fmt == "csv":
        return render.to_csv(report)
    if fmt == "json":
        return render.to_json(report)
    if fmt == "html":
        return render.to_html(report)
    if fmt == "claimreview":
        return render.to_claimreview(report)
    return render.to_markdown(report)


def load_rates(path: str) -> dict[tuple[str, str], float]:
    """A ``--rates`` file: a JSON object mapping ``"FROM/TO"`` currency codes to a rate, e.g.
    ``{"USD/KRW": 1380.5}`` (1 USD = 1380.5 KRW). A bad file is an :class:`OptionError` naming it."""
    text = read_side_file(path, error=OptionError)  # at most MAX_SIDE_FILE_BYTES; a BOM is dropped
    try:
        data = _json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"the rates file is not JSON: {exc.msg} (column {exc.colno})"
        raise OptionError(msg, path=path, line=exc.lineno) from None
    if not isinstance(data, Mapping):
        msg = 'the rates file must be a JSON object such as {"USD/KRW": 1380.5}'
        raise OptionError(msg, path=path)
    rates: dict[tuple[str, str], float] = {}
    for key, rate in data.items():
        parts = key.split("/")
        ok_rate = (
            isinstance(rate, (int, float)) and not isinstance(rate, bool) and math.isfinite(rate) and rate > 0
        )
        if len(parts) != 2 or not all(p.strip() for p in parts) or not ok_rate:
            msg = f'each entry must be "FROM/TO": a positive number, not {key!r}: {rate!r}'
            raise OptionError(msg, path=path)
        rates[(parts[0].strip().upper(), parts[1].strip().upper())] = float(rate)
    return rates


def _finite(value: Any) -> Any:
    """``value`` with NaN and infinities (no JSON form) made ``None``, recursively."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def comparison_json(result: Any) -> str:
    """The ``xcheck.compare/1`` JSON of a :class:`xcheck.scoring.SystemComparison`."""
    data = {"schema": "xcheck.compare/1", **_finite(attrs.asdict(result))}
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
