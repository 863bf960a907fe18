"""Rendering grows linearly with the report: each sentence, statement and link finds its findings in
groups made once (:func:`xcheck.render._view.view`), not by scanning every finding (issue 18: 10k
sentences x 10k statements took 27 s as JSON, 173 s as HTML, 264 s as Markdown). The groups give
exactly what the scans gave (the scans are kept here as oracles)."""

from __future__ import annotations

import gc
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from test_render_support import reports
from xcheck._cli_output import REPORT_FORMATS, render_report
from xcheck._types import Fidelity, Finding, Link, RefSpan, Report, Sentence, Span, Statement
from xcheck.render._locate import Lines, line_column
from xcheck.render._view import UNPAIRED_KINDS, SentenceIndex, View, touches, view

FIDELITY = Fidelity(0.9, 80.0, 50.0, 20.0, 0.95, 1.0, 3)


def synthetic_report(n: int) -> Report:
    """A report of ``n`` sentences (one a line), statements and links, with a number finding in
    each sentence and an omission and an addition every tenth: built directly, nothing checked."""
    sentences: list[Sentence] = []
    statements: list[Statement] = []
    findings: list[Finding] = []
    parts: list[str] = []
    pos = 0
    for i in range(n):
        text = f"Sentence {i} says {i + 1000} troops left on May {i % 28 + 1}."
        sentences.append(Sentence(i, pos, pos + len(text), text))
        parts.append(text + "\n")
        statement = Statement(f"R{i}", f"Statement {i} says {i + 999} troops left.", line=i + 1)
        statements.append(statement)
        start, r_start = pos + text.index(str(i + 1000)), statement.text.index(str(i + 999))
        t_span = Span(start, start + 4, str(i + 1000))
        r_span = RefSpan(statement.id, r_start, r_start + 4, str(i + 999))
        findings.append(
            Finding(f"XC-n{i}", "number", "major", "differs", t_span, r_span, r_span.text, t_span.text)
        )
        if i % 10 == 0:
            findings.append(
                Finding(
                    f"XC-o{i}", "omission", "minor", "omitted", None, RefSpan(statement.id, 0, 9, "Statement")
                )
            )
            findings.append(
                Finding(f"XC-a{i}", "addition", "minor", "added", Span(pos, pos + 8, "Sentence"), None)
            )
        pos += len(text) + 1
    links = tuple(Link((i,), (f"R{i}",), 0.8) for i in range(n))
    return Report(
        "".join(parts),
        tuple(statements),
        tuple(sentences),
        links,
        tuple(findings),
        FIDELITY,
        tuple(FIDELITY for _ in links),
        "xcheck:test",
        translation_name="t.txt",
        references_name="r.jsonl",
    )


def _best_time(report: Report, fmt: str) -> float:
    best = float("inf")
    for _ in range(3):
        gc.collect()
        gc.disable()  # a collection's cost grows with every object alive, not with this code
        try:
            start = time.perf_counter()
            render_report(report, fmt, translation_path="t.txt", references_path="r.jsonl")
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


@pytest.mark.parametrize("fmt", REPORT_FORMATS)
def test_rendering_time_grows_linearly(fmt: str) -> None:
    """10 times the sentences, statements and findings: at most 15 times the time (before: 60 to
    120 times at 500 -> 5,000 for every format but JSON)."""
    # The cheap formats take a few milliseconds at 500: measured from 1,000, so that noise and the
    # processor's caches (a small report fits them, a large one does not) weigh less.
    n = 1000 if fmt in ("text", "github", "csv", "junit") else 500
    small, large = synthetic_report(n), synthetic_report(10 * n)
    ratios = []
    for _ in range(3):  # measured again when the shared machine was busy: quadratic code never passes
        ratios.append(_best_time(large, fmt) / _best_time(small, fmt))
        if ratios[-1] <= 15:
            return
    pytest.fail(f"{fmt}: {', '.join(f'{r:.1f}' for r in ratios)} times the time for 10 times the report")


# --- the groups give what the scans gave ------------------------------------------------------------


def _scan_sentence(v: View, s: Sentence) -> list[Finding]:
    return [f for f in v.findings if f.translation is not None and touches(f.translation, s)]


def _scan_link(v: View, link: Link) -> list[Finding]:
    sentences = [v.sentences[i] for i in link.translation if i in v.sentences]
    out = []
    for f in v.findings:
        if f.kind in UNPAIRED_KINDS:
            continue
        if f.translation is None:
            if f.reference is not None and f.reference.id in set(link.references):
                out.append(f)
        elif any(touches(f.translation, s) for s in sentences):
            out.append(f)
    return out


@given(reports())
def test_grouped_findings_equal_a_scan_of_every_finding(report: Report) -> None:
    v = view(report)
    for s in report.sentences:
        assert v.sentence_findings(s) == _scan_sentence(v, s)
        # a sentence that is not the report's (same index, other text) is scanned for
        other = Sentence(s.index, s.start, s.end + 1, s.text + " ")
        assert v.sentence_findings(other) == _scan_sentence(v, other)
    for st_ in report.statements:
        expected = [f for f in v.findings if f.reference is not None and f.reference.id == st_.id]
        assert v.statement_findings(st_.id) == expected
    for link, _ in v.links:
        assert v.link_findings(link) == _scan_link(v, link)
    for f in v.findings:
        first = next((s.index for s in report.sentences if f.translation and touches(f.translation, s)), None)
        assert v.first_sentence(f) == first


intervals = st.tuples(st.integers(0, 30), st.integers(0, 30)).map(sorted)


@given(st.lists(intervals, max_size=8), intervals)
def test_the_sentence_index_equals_a_scan_for_any_layout(bounds: list[list[int]], span: list[int]) -> None:
    """Sentences that overlap, nest, touch or are empty, and any span (points too)."""
    sentences = [Sentence(i, a, b, "x" * (b - a)) for i, (a, b) in enumerate(bounds)]
    index = SentenceIndex(sentences)
    s_span = Span(span[0], span[1], "")
    by_start = sorted(sentences, key=lambda s: (s.start, s.end))
    assert list(index.touching(s_span)) == [s for s in by_start if touches(s_span, s)]
    overlap = [s for s in by_start if s.start < span[1] and s.end > span[0]]
    assert list(index.overlapping(span[0], span[1])) == overlap


@given(st.text(alphabet="ab\n", max_size=30), st.integers(-3, 35))
def test_lines_equal_line_column(text: str, offset: int) -> None:
    assert Lines(text).line_column(offset) == line_column(text, offset)
