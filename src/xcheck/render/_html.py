"""The HTML report: one self-contained page, readable on a phone, every input text escaped.

No script, no external resource: the page carries its own CSS and a Content-Security-Policy
that forbids scripts and network loads, so even a bug in escaping could not run code or call
out. The translation is shown sentence by sentence with the findings highlighted, the statements
aligned with each sentence beside it (below it on a narrow screen), then the findings, omissions,
additions and the signature.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from html import escape as _escape

from xcheck._types import SEVERITIES, Fidelity, Finding, Link, Report, Sentence
from xcheck.render._svg import fidelity_strip, legend, severity_bar
from xcheck.render._view import Piece, View, fmt_score, show_controls, statement_meta, view

_CSS = """
:root{--fg:#1b1f24;--muted:#5b6570;--bg:#fff;--line:#d8dee4;--card:#f6f8fa;
--minor:#fff3b0;--major:#ffd2a8;--critical:#ffb3b3;--accent:#0b5cad}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);
background:var(--bg);overflow-wrap:anywhere}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.25rem;margin:2rem 0 .75rem;
border-bottom:1px solid var(--line)}h3{font-size:1rem;margin:0 0 .25rem}
.meta,.muted{color:var(--muted);font-size:.875rem}
.table-wrap{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.scores{display:flex;flex-wrap:wrap;gap:.5rem;margin:.75rem 0}
.score{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.4rem .7rem}
.score b{display:block;font-size:1.25rem}
.row{display:grid;grid-template-columns:1fr;gap:.5rem;padding:.6rem 0;
border-bottom:1px solid var(--line)}
@media (min-width:48rem){.row{grid-template-columns:1fr 1fr;gap:1.25rem}}
.num{display:inline-block;min-width:1.8em;color:var(--muted);font-size:.8rem}
.boilerplate .t{color:var(--muted)}
.tag{display:inline-block;font-size:.75rem;border:1px solid var(--line);border-radius:.25rem;
padding:0 .3rem;margin-left:.25rem;color:var(--muted)}
blockquote{margin:0 0 .5rem;padding:.3rem .6rem;background:var(--card);
border-left:3px solid var(--line)}
cite{display:block;font-style:normal;font-size:.8rem;color:var(--muted)}
mark{border-radius:.2rem;padding:0 .1rem;color:inherit}
mark.minor{background:var(--minor)}mark.major{background:var(--major)}
mark.critical{background:var(--critical)}
mark.point{padding:0}
sup a,a{color:var(--accent)}
.finding{border:1px solid var(--line);border-left-width:.35rem;border-radius:.3rem;
padding:.5rem .75rem;margin:.5rem 0}
.finding.minor{border-left-color:#e0b400}.finding.major{border-left-color:#e07000}
.finding.critical{border-left-color:#c00}
.finding:target{outline:2px solid var(--accent)}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.25rem 0;
font-size:.9rem}dt{color:var(--muted)}dd{margin:0}
code{font-size:.85em;overflow-wrap:anywhere}
ul{padding-left:1.25rem}
.sev{display:inline-block;font-size:.7rem;font-weight:600;text-transform:uppercase;letter-spacing:.03em;
border-radius:.2rem;padding:0 .3rem;color:#fff}
.sev.minor{background:#8a6d00}.sev.major{background:#b35400}.sev.critical{background:#a00}
.viz{display:block;width:100%;margin:.4rem 0}
.viz text{font:11px system-ui,sans-serif}
.legend .key{display:inline-block;width:.8rem;height:.8rem;margin:0 .2rem 0 .6rem;vertical-align:middle}
.pair-scores{font-size:.8rem;color:var(--muted);margin:.1rem 0 .5rem}
"""


def _e(text: str) -> str:
    """Escape text for HTML content and attribute values (bidirectional controls made visible)."""
    return _escape(show_controls(text), quote=True)


def _anchor(v: View, f: Finding) -> str:
    return "f-" + v.label(f)[1:]


def _pieces(v: View, pieces: Iterable[Piece], by_label: dict[str, Finding]) -> str:
    out = []
    for p in pieces:
        if not p.marked:
            out.append(_e(p.text))
            continue
        sev = p.severity if p.severity in SEVERITIES else "minor"
        findings = [by_label[label] for label in p.labels if label in by_label]
        title = "; ".join(f"{v.label(f)} {f.severity} {f.kind}: {f.message}" for f in findings)
        refs = "".join(
            f'<sup><a href="#{_anchor(v, f)}">{_e(v.label(f))}&#160;{_e(f.severity)}</a></sup>'
            for f in findings
        )
        cls = sev if p.text else f"{sev} point"
        out.append(f'<mark class="{cls}" title="{_e(title)}">{_e(p.text)}</mark>{refs}')
    return "".join(out)


_WEB = re.compile(r"https?://", re.IGNORECASE)


def _url(url: str) -> str:
    """A statement's address: a link when it is ``http``/``https`` (nothing else becomes a link
    target, so no ``javascript:`` address can run), else text."""
    if _WEB.match(url):
        return f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(url)}</a>'
    return f'<span class="muted">{_e(url)}</span>'


def _statement_block(
    v: View,
    sid: str,
    by_label: dict[str, Finding],
    seen: set[str],
    beside: Sequence[Sentence] | None = None,
) -> str:
    st = v.statements.get(sid)
    if st is None:
        return f"<blockquote><cite>{_e(sid)}</cite>(statement not in the report)</blockquote>"
    cite = _e(statement_meta(st))
    if st.url:
        cite = f"{cite} · {_url(st.url)}"
    body = _pieces(v, v.statement_pieces(st, beside=beside), by_label)
    ident = ""
    if st.id not in seen:  # an id names one element: the statement's first appearance
        seen.add(st.id)
        ident = f' id="st-{_e(st.id)}"'
    return f"<blockquote{ident}><cite>{cite}</cite>{body}</blockquote>"


def _pair_scores(link: Link, fid: Fidelity | None) -> str:
    """The scores of one aligned pair, in words."""
    text = f"pair {', '.join(str(i) for i in link.translation)} ↔ {', '.join(link.references)}: "
    text += f"link score {link.score:.2f}"
    if fid is not None:
        text += (
            f" · fidelity {fmt_score(fid.overall)} · facts {fmt_score(fid.facts)}"
            f" ({fid.facts_checked} checked)"
            f" · chrF {fid.chrf:.2f} · BLEU {fid.bleu:.2f} · TER {fid.ter:.2f}"
        )
    return f'<p class="pair-scores">{_e(text)}</p>'


def _sentence_row(
    v: View,
    s: Sentence,
    refs: list[str],
    by_label: dict[str, Finding],
    seen: set[str],
    pairs: Sequence[tuple[Link, Fidelity | None]] = (),
) -> str:
    tags = []
    if s.role == "boilerplate":
        tags.append('<span class="tag">no checkable claim</span>')
    if any(f.kind == "addition" for f in v.sentence_findings(s)):
        tags.append('<span class="tag">not supported by a statement</span>')
    elif s.role != "boilerplate" and not refs:
        tags.append('<span class="tag">not linked</span>')
    text = _pieces(v, v.sentence_pieces(s), by_label)
    right = "".join(_statement_block(v, sid, by_label, seen, beside=[s]) for sid in refs)
    right += "".join(_pair_scores(link, fid) for link, fid in pairs)
    cls = "row boilerplate" if s.role == "boilerplate" else "row"
    return (
        f'<div class="{cls}" id="s-{s.index}"><div class="t"><span class="num">'
        f"{s.index}</span>{text}{''.join(tags)}</div>"
        f'<div class="r">{right}</div></div>'
    )


def _finding_card(v: View, f: Finding) -> str:
    sev = f.severity if f.severity in SEVERITIES else "minor"
    rows = [
        ("id", f"<code>{_e(f.id)}</code>"),
        ("category", _e(f.category)),
        ("confidence", f"{f.confidence:.2f}"),
    ]
    if f.translation is not None:
        t = f.translation
        rows.append(("translation", f"{_e(t.text)} <span class=muted>({t.start}–{t.end})</span>"))
    if f.reference is not None:
        r = f.reference
        rows.append(
            (
                "reference",
                f'<a href="#st-{_e(r.id)}">{_e(r.id)}</a>: {_e(r.text)} '
                f"<span class=muted>({r.start}–{r.end})</span>",
            )
        )
    rows.append(("expected", _e(f.expected) if f.expected else "—"))
    rows.append(("found", _e(f.found) if f.found else "—"))
    dl = "".join(f"<dt>{k}</dt><dd>{val}</dd>" for k, val in rows)
    return (
        f'<article class="finding {sev}" id="{_anchor(v, f)}">'
        f'<h3>{_e(v.label(f))} <span class="sev {sev}">{_e(f.severity)}</span> {_e(f.kind)}</h3>'
        f"<p>{_e(f.message)}</p><dl>{dl}</dl></article>"
    )


def to_html(report: Report, *, title: str | None = None) -> str:
    """The HTML report of ``report``: one self-contained, script-free, phone-readable page.

    Every input text (translation, statements, names, messages) is HTML-escaped, so a statement
    containing ``<script>`` shows as text.
    """
    v = view(report)
    r = report
    by_label = {v.label(f): f for f in v.findings}
    seen: set[str] = set()  # statement ids given an element id so far (sentences, then omissions)
    page_title = title or (f"xcheck report: {r.translation_name}" if r.translation_name else "xcheck report")
    parts = _head(r, page_title) + _summary(v, r) + _text(v, r, by_label, seen)
    parts += _findings(v) + _omissions(v, by_label, seen) + _footer(r)
    return "\n".join(parts)


def _head(r: Report, page_title: str) -> list[str]:
    """The document head (charset, viewport, a script-free CSP, the CSS) and the page header."""
    names = []
    if r.translation_name:
        names.append(f"translation <code>{_e(r.translation_name)}</code>")
    if r.references_name:
        names.append(f"references <code>{_e(r.references_name)}</code>")
    return [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">",
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_e(page_title)}</title><style>{_CSS}</style></head><body><main>",
        f"<header><h1>{_e(page_title)}</h1>",
        f'<p class="meta">{" · ".join(names) or "&nbsp;"}</p></header>',
    ]


def _summary(v: View, r: Report) -> list[str]:
    """The summary section: score cards, counts, and the table of findings by kind and severity."""
    fid = r.fidelity
    covered = sum(1 for st in r.statements if st.id in v.covered)
    sev = v.severity_counts()
    scores = [
        ("overall", fmt_score(fid.overall)),
        ("facts", f"{fmt_score(fid.facts)}"),
        ("coverage", f"{covered}/{len(r.statements)}"),
        ("chrF", f"{fid.chrf:.2f}"),
        ("BLEU", f"{fid.bleu:.2f}"),
        ("TER", f"{fid.ter:.2f}"),
    ]
    score_html = "".join(
        f'<div class="score"><span class="muted">{_e(k)}</span><b>{_e(val)}</b></div>' for k, val in scores
    )
    counts = v.counts()
    head = "".join(f"<th>{s}</th>" for s in reversed(SEVERITIES))
    body_rows = "".join(
        f"<tr><td>{_e(kind)}</td>"
        + "".join(f'<td class="n">{row.get(s, 0)}</td>' for s in reversed(SEVERITIES))
        + f'<td class="n">{sum(row.values())}</td></tr>'
        for kind, row in counts.items()
    )
    total_row = (
        "<tr><th>total</th>"
        + "".join(f'<td class="n">{sev.get(s, 0)}</td>' for s in reversed(SEVERITIES))
        + f'<td class="n">{len(v.findings)}</td></tr>'
    )
    sources = sorted({st.source for st in r.statements if st.source})
    pair_fidelity = {i: fid for link, fid in v.links if fid is not None for i in link.translation}
    return [
        '<section id="summary"><h2>Summary</h2>',
        f'<div class="scores">{score_html}</div>',
        '<div id="visual-summary"><h3>Findings by severity</h3>',
        severity_bar(v),
        "<h3>Sentences, in order (worst finding in each)</h3>",
        fidelity_strip(v, pair_fidelity),
        legend(),
        "</div>",
        f"<p>{len(r.sentences)} translated sentences ({len(v.boilerplate)} with no checkable "
        f"claim); {len(r.statements)} reference statements, {covered} covered; "
        f"{len(v.findings)} findings. Sources: {_e(', '.join(sources)) or '—'}.</p>",
        f'<div class="table-wrap"><table><thead><tr><th>kind</th>{head}<th>total</th></tr>'
        f"</thead><tbody>{body_rows}{total_row}</tbody></table></div></section>",
    ]


def _text(v: View, r: Report, by_label: dict[str, Finding], seen: set[str]) -> list[str]:
    """The translation sentence by sentence, each beside the statements aligned with it."""
    refs_of: dict[int, list[str]] = {}
    pairs_of: dict[int, list[tuple[Link, Fidelity | None]]] = {}
    for link, fid in v.links:
        for i in link.translation:
            bucket = refs_of.setdefault(i, [])
            bucket.extend(sid for sid in link.references if sid not in bucket)
        if link.translation:  # a pair's scores show once, beside its last sentence
            pairs_of.setdefault(max(link.translation), []).append((link, fid))
    parts = [
        '<section id="text"><h2>Translation and aligned statements</h2>',
        '<p class="muted">Each translated sentence, numbered from 0 as in the JSON report, with the '
        'statements aligned with it and the scores of each aligned pair. Highlights: <mark class="minor">'
        'minor</mark> <mark class="major">major</mark> <mark class="critical">critical</mark>; the label '
        "after a highlight (finding and severity) links to its finding.</p>",
    ]
    parts += [
        _sentence_row(v, s, refs_of.get(s.index, []), by_label, seen, pairs_of.get(s.index, ()))
        for s in r.sentences
    ]
    parts.append("</section>")
    return parts


def _findings(v: View) -> list[str]:
    """The findings section: one card a finding, most severe first (reading order within a severity)."""
    parts = ['<section id="findings"><h2>Findings</h2>']
    parts += [_finding_card(v, f) for f in v.by_severity()] or ["<p>No findings.</p>"]
    parts.append("</section>")
    return parts


def _omissions(v: View, by_label: dict[str, Finding], seen: set[str]) -> list[str]:
    """The omissions section: omission findings and statements no sentence is linked to."""
    parts = ['<section id="omissions"><h2>Omissions</h2>']
    omitted = [f for f in v.omissions if f.reference is not None]
    if omitted or v.uncovered_statements:
        parts.append("<ul>")
        for f in omitted:
            sid = f.reference.id if f.reference is not None else ""
            parts.append(
                f'<li><a href="#{_anchor(v, f)}">{_e(v.label(f))}</a> '
                f"{_statement_block(v, sid, by_label, seen)}</li>"
            )
        for st in v.uncovered_statements:
            parts.append(f"<li>not linked: {_statement_block(v, st.id, by_label, seen)}</li>")
        parts.append("</ul>")
    else:
        parts.append("<p>Every statement is rendered.</p>")
    parts.append("</section>")
    return parts


def _footer(r: Report) -> list[str]:
    """The signature and the report's notes, and the end of the page."""
    parts = ["<footer><h2>Signature</h2>", f"<p><code>{_e(r.signature)}</code></p>"]
    if r.notes:
        parts.append("<ul>" + "".join(f"<li>{_e(n)}</li>" for n in r.notes) + "</ul>")
    parts.append("</footer></main></body></html>\n")
    return parts
