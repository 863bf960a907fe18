"""CSV: one row a finding, for a spreadsheet or ``pandas.read_csv``.

Columns are those of :func:`xcheck.to_records` (see there), in that order, with a header row. A
cell that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``@``, a tab, a carriage
return, or ``-`` not followed by a digit) gets a leading apostrophe, as OWASP advises against CSV
injection: a hostile statement cannot run a formula in whoever opens the file.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from xcheck._types import Report
from xcheck.render._records import RECORD_FIELDS, report_records


def _safe(value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return value
    if value[0] in "=+@\t\r" or (value[0] == "-" and not value[1:2].isdigit()):
        return "'" + value
    return value


def to_csv(report: Report) -> str:
    """The findings of ``report`` as CSV text (header row, ``\\n`` line ends)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(RECORD_FIELDS), lineterminator="\n")
    writer.writeheader()
    for row in report_records(report):
        writer.writerow({k: _safe(row[k]) for k in RECORD_FIELDS})
    return out.getvalue()
