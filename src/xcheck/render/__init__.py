"""Render a :class:`~xcheck.Report`: Markdown, JSON (``xcheck.report/1``), HTML, ClaimReview.

Renderers only render: they arrange what the report holds and never compute findings or scores.

>>> from xcheck._types import Fidelity, Report
>>> empty = Report("", (), (), (), (), Fidelity(1.0, 100.0, 100.0, 0.0, 1.0), (), "sig")
>>> to_dict(empty)["schema"]
'xcheck.report/1'
"""

from __future__ import annotations

from xcheck.render._claimreview import claimreview_list, to_claimreview
from xcheck.render._html import to_html
from xcheck.render._json import (
    SCHEMA,
    fidelity_to_dict,
    finding_to_dict,
    pair_to_dict,
    to_dict,
    to_json,
)
from xcheck.render._markdown import to_markdown
from xcheck.render._pairs import pairs_to_markdown

__all__ = [
    "SCHEMA",
    "claimreview_list",
    "fidelity_to_dict",
    "finding_to_dict",
    "pair_to_dict",
    "pairs_to_markdown",
    "to_claimreview",
    "to_dict",
    "to_html",
    "to_json",
    "to_markdown",
]
