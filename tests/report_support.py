"""Checks every pipeline test applies to a Report (imported by the test modules, no tests of its own)."""

from __future__ import annotations

from xcheck._types import Report


def assert_accounted_for(report: Report) -> None:
    """Every claim sentence is linked once or an addition; every statement is linked or an omission;
    boilerplate is neither linked nor an addition."""
    linked_sentences = [i for link in report.links for i in link.translation]
    assert len(linked_sentences) == len(set(linked_sentences))
    added = {f.translation.start for f in report.findings if f.kind == "addition" and f.translation}
    omitted = {f.reference.id for f in report.findings if f.kind == "omission" and f.reference}
    linked_statements = {sid for link in report.links for sid in link.references}
    for s in report.sentences:
        if s.role == "claim":
            assert (s.index in linked_sentences) != (s.start in added), s.text
        else:
            assert s.index not in linked_sentences, s.text
            assert s.start not in added, s.text
    for statement in report.statements:
        assert (statement.id in linked_statements) != (statement.id in omitted), statement.id


def assert_spans_exact(report: Report) -> None:
    """``text[start:end]`` is the surface each finding names, in the translation and in its statement."""
    texts = {s.id: s.text for s in report.statements}
    for f in report.findings:
        if f.translation is not None:
            assert report.translation[f.translation.start : f.translation.end] == f.translation.text
        if f.reference is not None:
            assert texts[f.reference.id][f.reference.start : f.reference.end] == f.reference.text
