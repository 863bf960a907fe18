"""The Markdown summary of an ``xcheck pairs`` run, from the JSON rows the CLI writes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from xcheck._types import FINDING_KINDS, SEVERITIES
from xcheck.render._markdown import escape

_SCORES = ("overall", "facts", "chrf", "bleu", "ter")


def _num(value: Any) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0


def pairs_to_markdown(rows: Sequence[Mapping[str, Any]]) -> str:
    """A Markdown report of ``xcheck pairs`` output rows, in input order.

    Each row is ``{"id", "findings": [...], "fidelity": {...}}`` (as
    :func:`~xcheck.render.pair_to_dict` makes it) or an error row ``{"id": None, "line",
    "error"}``. The report has a summary (pairs, errors, findings by kind and severity, mean
    scores), one table line per pair, then the findings of each pair.
    """
    good = [r for r in rows if "error" not in r]
    errors = [r for r in rows if "error" in r]
    counts: dict[str, dict[str, int]] = {kind: dict.fromkeys(SEVERITIES, 0) for kind in FINDING_KINDS}
    for r in good:
        for f in r.get("findings", []):
            row = counts.setdefault(str(f.get("kind")), dict.fromkeys(SEVERITIES, 0))
            sev = str(f.get("severity"))
            row[sev] = row.get(sev, 0) + 1
    total_findings = sum(sum(row.values()) for row in counts.values())

    lines = ["# xcheck pairs report", "", "## Summary", "", "| | |", "|---|---|"]
    lines.append(f"| Pairs | {len(good)} checked, {len(errors)} with errors |")
    lines.append(f"| Pairs with findings | {sum(1 for r in good if r.get('findings'))} |")
    lines.append(f"| Findings | {total_findings} |")
    for key in _SCORES:
        values = [_num(r.get("fidelity", {}).get(key)) for r in good]
        mean = sum(values) / len(values) if values else 0.0
        digits = 4 if key in ("overall", "facts") else 2
        lines.append(f"| Mean {key} | {mean:.{digits}f} |")
    lines += [
        "",
        "| kind | " + " | ".join(reversed(SEVERITIES)) + " | total |",
        "|---|" + "---:|" * (len(SEVERITIES) + 1),
    ]
    for kind, row in counts.items():
        cells = " | ".join(str(row.get(s, 0)) for s in reversed(SEVERITIES))
        lines.append(f"| {escape(kind)} | {cells} | {sum(row.values())} |")
    lines.append("")

    lines += [
        "## Pairs",
        "",
        "| # | id | overall | facts | chrF | BLEU | TER | findings |",
        "|---:|---|---:|---:|---:|---:|---:|---|",
    ]
    for n, r in enumerate(rows, start=1):
        if "error" in r:
            where = f"line {r.get('line')}" if r.get("line") is not None else "—"
            lines.append(f"| {n} | — | | | | | | error ({where}): {escape(str(r['error']))} |")
            continue
        fid = r.get("fidelity", {})
        kinds = ", ".join(
            f"{escape(str(f.get('kind')))} ({escape(str(f.get('severity')))})" for f in r.get("findings", [])
        )
        lines.append(
            f"| {n} | {escape(str(r.get('id')))} | {_num(fid.get('overall')):.4f} "
            f"| {_num(fid.get('facts')):.4f} | {_num(fid.get('chrf')):.2f} "
            f"| {_num(fid.get('bleu')):.2f} | {_num(fid.get('ter')):.2f} | {kinds or '—'} |"
        )
    lines.append("")

    detailed = [r for r in good if r.get("findings")]
    if detailed:
        lines += ["## Findings", ""]
        for r in detailed:
            lines += [f"### {escape(str(r.get('id')))}", ""]
            for f in r["findings"]:
                expected = f.get("expected")
                found = f.get("found")
                lines.append(
                    f"- `{escape(str(f.get('id')))}` {escape(str(f.get('severity')))} "
                    f"{escape(str(f.get('kind')))}: {escape(str(f.get('message')))} "
                    f"(expected {escape(expected) if expected else '—'}, "
                    f"found {escape(found) if found else '—'})"
                )
            lines.append("")
    return "\n".join(lines)
