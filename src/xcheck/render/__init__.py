"""Render a :class:`~xcheck.Report`: Markdown, JSON (``xcheck.report/1``), HTML, ClaimReview, and for
terminals and CI: text, SARIF 2.1.0, JUnit XML, CSV and GitHub workflow annotations.

Renderers only render: they arrange what the report holds and never compute findings or scores.

>>> from xcheck._types import Fidelity, Report
>>> empty = Report("", (), (), (), (), Fidelity(1.0, 100.0, 100.0, 0.0, 1.0), (), "sig")
>>> to_dict(empty)["schema"]
'xcheck.report/1'
"""

from __future__ import annotations

from xcheck.render._claimreview import claimreview_list, to_claimreview
from xcheck.render._csv import to_csv
from xcheck.render._html import to_html
from xcheck.render._json import (
    SCHEMA,
    fidelity_to_dict,
    finding_to_dict,
    pair_to_dict,
    to_dict,
    to_json,
)
from xcheck.render._junit import to_junit
from xcheck.render._locate import Place, line_column, locate
from xcheck.render._markdown import to_markdown
from xcheck.render._pairs import pairs_to_markdown
from xcheck.render._records import RECORD_FIELDS, to_dataframe, to_records
from xcheck.render._sarif import to_sarif, to_sarif_dict
from xcheck.render._text import to_github, to_text, use_color

__all__ = [
    "RECORD_FIELDS",
    "SCHEMA",
    "Place",
    "claimreview_list",
    "fidelity_to_dict",
    "finding_to_dict",
    "line_column",
    "locate",
    "pair_to_dict",
    "pairs_to_markdown",
    "to_claimreview",
    "to_csv",
    "to_dataframe",
    "to_dict",
    "to_github",
    "to_html",
    "to_json",
    "to_junit",
    "to_markdown",
    "to_records",
    "to_sarif",
    "to_sarif_dict",
    "to_text",
    "use_color",
]
