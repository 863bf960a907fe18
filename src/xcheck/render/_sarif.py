"""SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), for code-scanning dashboards.

One run, tool driver ``xcheck`` with one rule per finding kind. Each finding is a result: ``ruleId``
the kind, ``level`` ``error`` (critical, major) or ``warning`` (minor), a physical location with a
1-based region (``columnKind`` is ``unicodeCodePoints``: columns count characters, as Python does)
plus the 0-based ``charOffset``/``charLength`` of the span, and the finding id as a partial
fingerprint so a dashboard recognises the same finding across runs. ``properties`` keep what SARIF
has no field for: severity, category, expected, found, confidence.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from xcheck._types import FINDING_KINDS, MQM_CATEGORIES, Report
from xcheck._version import __version__
from xcheck.render._json import _number
from xcheck.render._locate import Locator
from xcheck.render._view import view

SARIF_SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
_LEVELS = {"critical": "error", "major": "error", "minor": "warning"}
_RULE_TEXT = {
    "number": "A number, amount, unit or date-like quantity differs from the source statement.",
    "date": "A date differs from the source statement or from when the source said it.",
    "name": "A person, place or organisation name differs from the source statement.",
    "title": "A person is given a different title or office than the source gives.",
    "quote": "A quotation is changed, extended or attributed differently than in the source.",
    "polarity": "A claim is negated or reversed relative to the source statement.",
    "omission": "A reference statement is rendered by no translated sentence.",
    "addition": "A translated sentence is supported by no reference statement.",
}


def _rules() -> list[dict[str, Any]]:
    return [
        {
            "id": kind,
            "name": f"xcheck-{kind}",
            "shortDescription": {"text": _RULE_TEXT[kind]},
            "properties": {"category": MQM_CATEGORIES[kind]},
        }
        for kind in FINDING_KINDS
    ]


def to_sarif_dict(
    report: Report, *, translation_path: str | None = None, references_path: str | None = None
) -> dict[str, Any]:
    """The SARIF 2.1.0 log of ``report`` as a dict (see the module docs for the mapping)."""
    v = view(report)
    rule_index = {kind: i for i, kind in enumerate(FINDING_KINDS)}
    results = []
    place = Locator(report, translation_path=translation_path, references_path=references_path)
    for f in v.findings:
        p = place(f)
        region: dict[str, Any] = {
            "startLine": p.line,
            "startColumn": p.column,
            "endLine": p.end_line,
            "endColumn": max(p.end_column, p.column),
        }
        if p.offset is not None and p.length is not None:
            region["charOffset"] = p.offset
            region["charLength"] = p.length
        if p.snippet:
            region["snippet"] = {"text": p.snippet}
        result: dict[str, Any] = {
            "ruleId": f.kind,
            "level": _LEVELS.get(f.severity, "warning"),
            "message": {"text": f.message},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": _uri(p.path)}, "region": region}}
            ],
            "partialFingerprints": {"xcheckFindingId/v1": f.id},
            "properties": {
                "id": f.id,
                "severity": f.severity,
                "category": f.category,
                "expected": f.expected,
                "found": f.found,
                "confidence": _number(f.confidence),
            },
        }
        if f.kind in rule_index:
            result["ruleIndex"] = rule_index[f.kind]
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "xcheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": _rules(),
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": {"signature": report.signature, "fidelity": _number(report.fidelity.overall)},
            }
        ],
    }


def _uri(path: str) -> str:
    """A relative URI reference for a file path (forward slashes, spaces and ``%`` escaped)."""
    return quote(path.replace("\\", "/"), safe="/:@!$&'()*+,;=-._~")


def to_sarif(
    report: Report, *, translation_path: str | None = None, references_path: str | None = None
) -> str:
    """The SARIF 2.1.0 JSON text of ``report`` (newline at the end)."""
    log = to_sarif_dict(report, translation_path=translation_path, references_path=references_path)
    return json.dumps(log, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
