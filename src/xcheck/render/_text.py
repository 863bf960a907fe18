"""Line-oriented outputs for the terminal and CI: compiler-style text and GitHub workflow annotations.

``text``: one line a finding, ``path:line:column: severity kind: message [id]``, the form editors,
``grep`` and compilers use, then a one-line summary. Colour (severity words only) is for a terminal:
see :func:`use_color` for how ``NO_COLOR`` and ``FORCE_COLOR`` decide.

``github``: one GitHub Actions workflow command a finding (``::error file=...,line=...,col=...::``),
which the Actions runner shows as an annotation on the file in a pull request.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TextIO

from xcheck._types import SEVERITIES, Report
from xcheck.render._locate import Locator
from xcheck.render._view import view

#: ANSI SGR colours of the severity words: critical red and bold, major red, minor yellow.
_COLORS = {"critical": "\x1b[1;31m", "major": "\x1b[31m", "minor": "\x1b[33m"}
_RESET = "\x1b[0m"

#: The GitHub annotation level of each severity.
GITHUB_LEVELS = {"critical": "error", "major": "error", "minor": "warning"}


def use_color(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Whether to colour output to ``stream``: never when ``NO_COLOR`` is set and not empty
    (https://no-color.org); always when ``FORCE_COLOR`` is set and not empty; otherwise only on a
    terminal whose ``TERM`` is not ``dumb``.

    >>> import io
    >>> use_color(io.StringIO(), {"FORCE_COLOR": "1"})
    True
    >>> use_color(io.StringIO(), {"FORCE_COLOR": "1", "NO_COLOR": "1"})
    False
    """
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and env.get("TERM") != "dumb"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def to_text(
    report: Report,
    *,
    color: bool = False,
    translation_path: str | None = None,
    references_path: str | None = None,
) -> str:
    """One line a finding (``path:line:column: severity kind: message [id]``) in reading order, then a
    summary line. Lines and columns count from 1; paths default to the report's file names.

    >>> from xcheck._types import Fidelity, Report
    >>> print(to_text(Report("", (), (), (), (), Fidelity(1.0, 100.0, 100.0, 0.0, 1.0), (), "sig")), end="")
    no findings; fidelity 1.0000
    """
    v = view(report)
    place = Locator(report, translation_path=translation_path, references_path=references_path)
    lines = []
    for f in v.findings:
        p = place(f)
        sev = f"{_COLORS.get(f.severity, '')}{f.severity}{_RESET}" if color else f.severity
        lines.append(f"{p.path}:{p.line}:{p.column}: {sev} {f.kind}: {_one_line(f.message)} [{f.id}]")
    counts = v.severity_counts()
    parts = [f"{counts[s]} {s}" for s in reversed(SEVERITIES) if counts.get(s)]
    total = len(v.findings)
    head = f"{total} finding{'s' if total != 1 else ''} ({', '.join(parts)})" if total else "no findings"
    lines.append(f"{head}; fidelity {report.fidelity.overall:.4f}")
    return "\n".join(lines) + "\n"


def _escape_data(text: str) -> str:
    """Escape a workflow command's message (``%``, CR, LF), as the Actions toolkit does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """Escape a workflow command property value (also ``:`` and ``,``)."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(
    report: Report, *, translation_path: str | None = None, references_path: str | None = None
) -> str:
    """GitHub Actions workflow commands, one a finding: ``::error`` for critical and major findings,
    ``::warning`` for minor ones, each with ``file``, ``line``, ``col``, ``endLine``, ``endColumn``
    and a ``title``. Paths should be relative to the repository root for GitHub to attach them.
    """
    v = view(report)
    place = Locator(report, translation_path=translation_path, references_path=references_path)
    lines = []
    for f in v.findings:
        p = place(f)
        props = [
            f"file={_escape_property(p.path)}",
            f"line={p.line}",
            f"col={p.column}",
            f"endLine={p.end_line}",
            f"endColumn={p.end_column}",
            f"title={_escape_property(f'xcheck {f.severity} {f.kind} ({f.id})')}",
        ]
        level = GITHUB_LEVELS.get(f.severity, "warning")
        lines.append(f"::{level} {','.join(props)}::{_escape_data(f.message)}")
    return "\n".join(lines) + ("\n" if lines else "")
