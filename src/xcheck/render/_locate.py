"""Where a finding is, as editors and CI systems count: a file, a 1-based line and a 1-based column.

Character offsets in a :class:`~xcheck.Report` are 0-based and index the whole translation (or one
statement's text). Compilers, SARIF, JUnit viewers and GitHub annotations want ``file:line:column``
with lines and columns counted from 1; this module converts, once, for every line-oriented renderer.

A finding with a span in the translation is placed in the translation file. A finding with only a
reference span (an omission) is placed on the line of the references file its statement came from
(column 1), when that line is known; otherwise at the top of the translation file.
"""

from __future__ import annotations

from bisect import bisect_left

import attrs

from xcheck._types import Finding, Report, Statement


@attrs.frozen
class Place:
    """A finding's position: ``path``, 1-based ``line`` and ``column`` (Unicode code points) of its
    start and ``end_line``/``end_column`` just past its end; ``offset``/``length`` in characters
    (0-based) when the span is in the translation."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    offset: int | None = None
    length: int | None = None
    snippet: str | None = None


def line_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of 0-based character ``offset`` in ``text``.

    >>> line_column("ab\\ncd", 0), line_column("ab\\ncd", 4)
    ((1, 1), (2, 2))
    """
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


class Lines:
    """The line starts of a text, found once, so each :meth:`line_column` is a binary search
    (:func:`line_column` counts from the start of the text: one call per finding made a report's
    rendering grow with findings x length)."""

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        at = text.find("\n")
        while at != -1:
            starts.append(at + 1)
            at = text.find("\n", at + 1)
        self._starts = starts

    def line_column(self, offset: int) -> tuple[int, int]:
        """What :func:`line_column` gives for ``text`` and ``offset``."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect_left(self._starts, offset + 1)  # the number of line starts at or before offset
        return line, offset - self._starts[line - 1] + 1


class Locator:
    """:func:`locate` for every finding of one report, with the lines and statements looked up once."""

    def __init__(
        self, report: Report, *, translation_path: str | None = None, references_path: str | None = None
    ) -> None:
        self.t_path = translation_path or report.translation_name or "<translation>"
        self.r_path = references_path or report.references_name or "<references>"
        self.lines = Lines(report.translation)
        self.statements: dict[str, Statement] = {}
        for st in report.statements:
            self.statements.setdefault(st.id, st)

    def __call__(self, finding: Finding) -> Place:
        """The :class:`Place` of ``finding``."""
        t = finding.translation
        if t is not None:
            line, column = self.lines.line_column(t.start)
            end_line, end_column = self.lines.line_column(t.end)
            return Place(self.t_path, line, column, end_line, end_column, t.start, t.end - t.start, t.text)
        r = finding.reference
        if r is not None:
            st = self.statements.get(r.id)
            if st is not None and st.line is not None:
                return Place(self.r_path, st.line, 1, st.line, 1, snippet=r.text)
        return Place(self.t_path, 1, 1, 1, 1)


def locate(
    report: Report,
    finding: Finding,
    *,
    translation_path: str | None = None,
    references_path: str | None = None,
) -> Place:
    """The :class:`Place` of ``finding``; paths default to the names the report was checked under
    (``<translation>`` and ``<references>`` when it has none). To place many findings of one report,
    make a :class:`Locator` once."""
    return Locator(report, translation_path=translation_path, references_path=references_path)(finding)
