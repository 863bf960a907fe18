"""The ``xcheck.report/1`` JSON object (schema: ``docs/schema/xcheck.report-1.json``)."""

from __future__ import annotations

import json
import math
from typing import Any

from xcheck._types import SEVERITIES, Fidelity, Finding, PairResult, Report
from xcheck._version import __version__
from xcheck.render._view import view

SCHEMA = "xcheck.report/1"
"""The value of the ``schema`` field of every JSON report."""


def _number(x: float) -> float:
    """A finite JSON number (NaN and infinities have no JSON form)."""
    if math.isnan(x):
        return 0.0
    if math.isinf(x):
        return 1e308 if x > 0 else -1e308
    return float(x)


def fidelity_to_dict(fidelity: Fidelity) -> dict[str, Any]:
    """The ``fidelity`` object: ``overall``, ``chrf``, ``bleu``, ``ter``, ``facts``, plus
    ``coverage`` and ``facts_checked``.

    >>> from xcheck._types import Fidelity
    >>> fidelity_to_dict(Fidelity(1.0, 100.0, 100.0, 0.0, 1.0))["overall"]
    1.0
    """
    return {
        "overall": _number(fidelity.overall),
        "chrf": _number(fidelity.chrf),
        "bleu": _number(fidelity.bleu),
        "ter": _number(fidelity.ter),
        "facts": _number(fidelity.facts),
        "coverage": _number(fidelity.coverage),
        "facts_checked": int(fidelity.facts_checked),
    }


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    """One finding: the issue-2 fields plus ``category`` (MQM) and ``confidence``.

    >>> from xcheck._types import Finding, Span
    >>> d = finding_to_dict(Finding("XC-1", "number", "minor", "m", Span(0, 2, "29"), None))
    >>> d["translation"], d["reference"], d["category"]
    ({'start': 0, 'end': 2, 'text': '29'}, None, 'accuracy/mistranslation/number')
    """
    t = finding.translation
    r = finding.reference
    return {
        "id": finding.id,
        "kind": finding.kind,
        "severity": finding.severity,
        "message": finding.message,
        "translation": None if t is None else {"start": t.start, "end": t.end, "text": t.text},
        "reference": None if r is None else {"id": r.id, "start": r.start, "end": r.end, "text": r.text},
        "expected": finding.expected,
        "found": finding.found,
        "category": finding.category,
        "confidence": _number(finding.confidence),
    }


def pair_to_dict(pair_id: str, result: PairResult) -> dict[str, Any]:
    """One output line of ``xcheck pairs``: ``{"id", "findings", "fidelity"}``."""
    return {
        "id": pair_id,
        "findings": [finding_to_dict(f) for f in result.findings],
        "fidelity": fidelity_to_dict(result.fidelity),
    }


def to_dict(report: Report) -> dict[str, Any]:
    """The ``xcheck.report/1`` object of ``report``, ready for :func:`json.dumps`.

    The fields of the issue-2 contract (``schema``, ``signature``, ``sentences``, ``links``,
    ``findings``, ``fidelity``) come first, then the extras the schema allows: names, the
    statements, per-link fidelity, a summary and notes. Findings are in reading order.
    """
    v = view(report)
    by_kind = {kind: sum(row.values()) for kind, row in v.counts().items()}
    by_severity = v.severity_counts()
    links = []
    for link, fid in v.links:
        entry: dict[str, Any] = {
            "translation": list(link.translation),
            "references": list(link.references),
            "score": _number(link.score),
            "evidence": list(link.evidence),
        }
        if fid is not None:
            entry["fidelity"] = fidelity_to_dict(fid)
        links.append(entry)
    return {
        "schema": SCHEMA,
        "signature": report.signature,
        "sentences": [
            {"index": s.index, "start": s.start, "end": s.end, "role": s.role, "text": s.text}
            for s in report.sentences
        ],
        "links": links,
        "findings": [finding_to_dict(f) for f in v.findings],
        "fidelity": fidelity_to_dict(report.fidelity),
        "xcheck_version": __version__,
        "translation_name": report.translation_name,
        "references_name": report.references_name,
        "statements": [
            {
                "id": st.id,
                "text": st.text,
                "source": st.source,
                "date": None if st.date is None else st.date.isoformat(),
                "lang": st.lang,
                "url": st.url,
            }
            for st in report.statements
        ],
        "summary": {
            "sentences": len(report.sentences),
            "boilerplate": len(v.boilerplate),
            "statements": len(report.statements),
            "statements_covered": sum(1 for st in report.statements if st.id in v.covered),
            "findings": len(v.findings),
            "by_kind": by_kind,
            "by_severity": {sev: by_severity.get(sev, 0) for sev in SEVERITIES},
        },
        "notes": list(report.notes),
    }


def to_json(report: Report, *, indent: int | None = 2) -> str:
    """The ``xcheck.report/1`` JSON text of ``report`` (UTF-8 characters kept, newline at the end)."""
    return json.dumps(to_dict(report), ensure_ascii=False, indent=indent, allow_nan=False) + "\n"
