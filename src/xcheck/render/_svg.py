"""The visual summary of the HTML report: inline SVG only (no script, no external asset).

- the **severity bar**: one stacked bar, a segment per severity sized by its count of findings, each
  labelled with its count and severity WORD (colour is never the only cue);
- the **fidelity strip**: one cell a translated sentence, in reading order, coloured and lettered by
  the worst finding in it (C critical, M major, m minor, · none, – no checkable claim), each cell a
  link to the sentence, with a tooltip giving the sentence number and its pair's fidelity.
"""

from __future__ import annotations

from html import escape

from xcheck._types import SEVERITIES, Fidelity
from xcheck.render._view import View

#: Fill colours: the severities, then a sentence with no finding and one with no checkable claim.
FILLS = {"critical": "#c00000", "major": "#e07000", "minor": "#e0b400", "ok": "#3a9a4f", "none": "#c8ced6"}
_LETTERS = {"critical": "C", "major": "M", "minor": "m", "ok": "·", "none": "–"}


def severity_bar(v: View) -> str:
    """The severity bar (``<svg id="severity-bar">``), or a one-cell "no findings" bar."""
    counts = v.severity_counts()
    total = sum(counts.values())
    height = 28  # x and widths in percent: the bar stretches, its words keep their shape
    parts = [
        f'<svg id="severity-bar" class="viz" role="img" width="100%" height="{height}" '
        f'aria-labelledby="severity-bar-title">'
    ]
    words = ", ".join(f"{counts[s]} {s}" for s in reversed(SEVERITIES))
    parts.append(f'<title id="severity-bar-title">findings by severity: {escape(words)}</title>')
    if total == 0:
        parts.append(f'<rect x="0" y="0" width="100%" height="{height}" fill="{FILLS["ok"]}"/>')
        parts.append('<text x="8" y="19" fill="#fff">no findings</text>')
    x = 0.0
    for sev in reversed(SEVERITIES):
        n = counts.get(sev, 0)
        if not n:
            continue
        w = 100.0 * n / total
        parts.append(
            f'<rect class="{sev}" x="{x:.2f}%" y="0" width="{w:.2f}%" height="{height}" fill="{FILLS[sev]}">'
            f"<title>{n} {sev}</title></rect>"
        )
        if w >= 12:
            parts.append(f'<text x="{x + 1:.2f}%" y="19" fill="#fff">{n} {sev}</text>')
        x += w
    parts.append("</svg>")
    return "".join(parts)


def fidelity_strip(v: View, pair_fidelity: dict[int, Fidelity]) -> str:
    """The per-sentence strip (``<svg id="fidelity-strip">``); ``pair_fidelity`` maps a sentence
    index to the fidelity of the aligned pair it is in."""
    sentences = sorted(v.report.sentences, key=lambda s: s.index)
    n = max(len(sentences), 1)
    cell, height = 100.0 / n, 26  # x and widths in percent of the page width
    parts = [
        f'<svg id="fidelity-strip" class="viz" role="img" width="100%" height="{height}" '
        f'aria-labelledby="fidelity-strip-title">',
        '<title id="fidelity-strip-title">each translated sentence in order, by its worst finding</title>',
    ]
    for i, s in enumerate(sentences):
        worst = v.worst_severity(s)
        state = worst if worst is not None else ("none" if s.role == "boilerplate" else "ok")
        fid = pair_fidelity.get(s.index)
        tip = f"sentence {s.index}: " + (worst or ("no checkable claim" if state == "none" else "no finding"))
        if fid is not None:
            tip += f"; pair fidelity {fid.overall:.2f}"
        parts.append(
            f'<a href="#s-{s.index}"><rect class="cell {state}" x="{i * cell:.3f}%" y="1" '
            f'width="{cell * 0.9:.3f}%" height="{height - 2}" fill="{FILLS[state]}">'
            f"<title>{escape(tip)}</title></rect>"
            f'<text x="{(i + 0.45) * cell:.3f}%" y="18" text-anchor="middle" '
            f'fill="{"#333" if state == "none" else "#fff"}">{_LETTERS[state]}</text></a>'
        )
    parts.append("</svg>")
    return "".join(parts)


def legend() -> str:
    """The key of the strip's letters and colours, in words."""
    items = [
        ("critical", "C critical"),
        ("major", "M major"),
        ("minor", "m minor"),
        ("ok", "· no finding"),
        ("none", "– no checkable claim"),
    ]
    return (
        '<p class="muted legend">'
        + " ".join(
            f'<span class="key" style="background:{FILLS[k]}"></span>{escape(label)}' for k, label in items
        )
        + "</p>"
    )
