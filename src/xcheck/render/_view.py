"""What every renderer needs from a report, computed once: lookups, groups, counts and marks.

Renderers only render: nothing here computes a finding or a score; it only arranges what the
:class:`xcheck.Report` already holds.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence

import attrs

from xcheck._types import (
    FINDING_KINDS,
    SEVERITIES,
    Fidelity,
    Finding,
    Link,
    Report,
    Sentence,
    Span,
    Statement,
    severity_rank,
)

#: Kinds that concern a whole statement or sentence rather than a fact inside a pair.
UNPAIRED_KINDS = frozenset({"omission", "addition"})


@attrs.frozen
class Piece:
    """A run of text: plain (``labels`` empty, ``marked`` False), marked, or a point marker.

    A point marker (``text == ""`` and ``marked``) stands for a zero-length span.
    """

    text: str
    marked: bool = False
    labels: tuple[str, ...] = ()
    severity: str | None = None


def mark(text: str, spans: Iterable[tuple[int, int, str, str]]) -> list[Piece]:
    """Split ``text`` into plain and marked pieces for the ``(start, end, label, severity)`` spans.

    Overlapping spans merge into one marked piece carrying all their labels and the highest
    severity; spans are clipped to the text; a zero-length span becomes a point marker (moved
    to the end of a marked piece it falls inside). Concatenating the pieces' text gives ``text``
    back.

    >>> [(p.text, p.labels) for p in mark("a bc d", [(2, 4, "F1", "minor")])]
    [('a ', ()), ('bc', ('F1',)), (' d', ())]
    """
    n = len(text)
    ranges: list[tuple[int, int, str, str]] = []
    points: list[tuple[int, str, str]] = []
    for start, end, label, severity in spans:
        s, e = sorted((max(0, min(start, n)), max(0, min(end, n))))
        if s == e:
            points.append((s, label, severity))
        else:
            ranges.append((s, e, label, severity))
    ranges.sort(key=lambda x: (x[0], x[1], x[2]))

    clusters: list[tuple[int, int, list[str], str]] = []
    for s, e, label, severity in ranges:
        if clusters and s < clusters[-1][1]:
            cs, ce, labels, sev = clusters[-1]
            labels.append(label)
            clusters[-1] = (cs, max(ce, e), labels, severity if _rank(severity) > _rank(sev) else sev)
        else:
            clusters.append((s, e, [label], severity))

    # Each event: (position, order, piece); points inside a cluster move to its end.
    events: list[tuple[int, int, int, Piece]] = []
    for i, (s, e, labels, severity) in enumerate(clusters):
        events.append((s, 1, i, Piece(text[s:e], True, tuple(labels), severity)))
    for j, (p, label, severity) in enumerate(sorted(points, key=lambda x: (x[0], x[1]))):
        for s, e, _labels, _sev in clusters:
            if s < p < e:
                p = e
                break
        events.append(
            (p, 0 if any(c[0] == p for c in clusters) else 2, j, Piece("", True, (label,), severity))
        )
    events.sort(key=lambda ev: (ev[0], ev[1], ev[2]))

    pieces: list[Piece] = []
    pos = 0
    for p, _order, _i, piece in events:
        if p > pos:
            pieces.append(Piece(text[pos:p]))
            pos = p
        pieces.append(piece)
        pos += len(piece.text)
    if pos < n:
        pieces.append(Piece(text[pos:]))
    return pieces


#: Bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069): in a page
#: they reorder the text around them ("Trojan Source"), so a quoted span could show other words than
#: it holds. Reports for people show each as a visible ``<U+202E>``; the data keeps them.
_BIDI_CONTROLS = {cp: f"<U+{cp:04X}>" for cp in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def show_controls(text: str) -> str:
    """``text`` with each bidirectional control character written as a visible ``<U+XXXX>``.

    >>> show_controls("a\u202eb")
    'a<U+202E>b'
    """
    return text.translate(_BIDI_CONTROLS)


def touches(span: Span, sentence: Sentence) -> bool:
    """Whether a translation span overlaps ``sentence`` (a zero-length span: lies in it)."""
    if span.start == span.end:
        return sentence.start <= span.start <= sentence.end
    return span.start < sentence.end and span.end > sentence.start


class SentenceIndex:
    """The sentences of a report ordered by start, to find those a span touches or overlaps with a
    binary search instead of a scan (a scan per finding made rendering grow with sentences x findings).

    When the sentences, in order of start, also end in order (any segmentation: they do not nest),
    the sentences a span can meet are a run found by bisection; otherwise every sentence is tried.
    """

    def __init__(self, sentences: Iterable[Sentence]) -> None:
        self.sentences = sorted(sentences, key=lambda s: (s.start, s.end))
        self.starts = [s.start for s in self.sentences]
        self.ends = [s.end for s in self.sentences]
        self.ordered = all(a <= b for a, b in zip(self.ends, self.ends[1:], strict=False))

    def touching(self, span: Span) -> Iterator[Sentence]:
        """The sentences :func:`touches` is true for, in order of start."""
        point = span.start == span.end
        if not self.ordered:
            yield from (s for s in self.sentences if touches(span, s))
            return
        # before i: every sentence ends before the span starts (for a point: ends before it)
        i = bisect_left(self.ends, span.start) if point else bisect_right(self.ends, span.start)
        stop = bisect_right(self.starts, span.start) if point else bisect_left(self.starts, span.end)
        yield from (s for s in self.sentences[i:stop] if touches(span, s))

    def overlapping(self, start: int, end: int) -> Iterator[Sentence]:
        """The sentences with ``s.start < end`` and ``s.end > start``, in order of start."""
        if not self.ordered:
            yield from (s for s in self.sentences if s.start < end and s.end > start)
            return
        i = bisect_right(self.ends, start)
        stop = bisect_left(self.starts, end)
        yield from (s for s in self.sentences[i:stop] if s.start < end and s.end > start)


def _rank(severity: str) -> int:
    try:
        return severity_rank(severity)
    except ValueError:
        return -1


def _finding_key(f: Finding) -> tuple[object, ...]:
    return (
        f.translation.start if f.translation is not None else 1 << 62,
        f.translation.end if f.translation is not None else 0,
        f.reference.id if f.reference is not None else "",
        f.reference.start if f.reference is not None else 0,
        FINDING_KINDS.index(f.kind) if f.kind in FINDING_KINDS else len(FINDING_KINDS),
        f.id,
    )


@attrs.frozen
class View:
    """A report arranged for rendering (see :func:`view`)."""

    report: Report
    findings: tuple[Finding, ...]
    labels: dict[Finding, str]
    statements: dict[str, Statement]
    sentences: dict[int, Sentence]
    links: tuple[tuple[Link, Fidelity | None], ...]
    covered: frozenset[str]
    linked_sentences: frozenset[int]
    omissions: tuple[Finding, ...]
    additions: tuple[Finding, ...]
    boilerplate: tuple[Sentence, ...]
    unlinked_sentences: tuple[Sentence, ...]
    uncovered_statements: tuple[Statement, ...]
    # The findings grouped once (positions in ``findings``, in reading order), so that each sentence,
    # statement and link finds its own without scanning them all: by sentence index, by statement id.
    by_sentence: dict[int, tuple[int, ...]] = attrs.field(factory=dict, repr=False)
    by_statement: dict[str, tuple[int, ...]] = attrs.field(factory=dict, repr=False)
    index: SentenceIndex = attrs.field(factory=lambda: SentenceIndex(()), repr=False, eq=False)
    #: Each sentence's position in ``report.sentences`` (by object identity).
    positions: dict[int, int] = attrs.field(factory=dict, repr=False, eq=False)

    def label(self, finding: Finding) -> str:
        """The short display label of a finding: ``F1``, ``F2``, ... in reading order."""
        return self.labels[finding]

    def counts(self) -> dict[str, dict[str, int]]:
        """Findings counted by kind, then severity (every kind and severity present, zeros too)."""
        table: dict[str, dict[str, int]] = {kind: dict.fromkeys(SEVERITIES, 0) for kind in FINDING_KINDS}
        for f in self.findings:
            row = table.setdefault(f.kind, dict.fromkeys(SEVERITIES, 0))
            row[f.severity] = row.get(f.severity, 0) + 1
        return table

    def severity_counts(self) -> dict[str, int]:
        """Findings counted by severity."""
        out: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
        for f in self.findings:
            out[f.severity] = out.get(f.severity, 0) + 1
        return out

    def sentence_findings(self, sentence: Sentence) -> list[Finding]:
        """Findings whose translation span lies in (or touches) ``sentence``."""
        if self.sentences.get(sentence.index) != sentence:  # not one of the report's sentences
            return [
                f for f in self.findings if f.translation is not None and touches(f.translation, sentence)
            ]
        return [self.findings[i] for i in self.by_sentence.get(sentence.index, ())]

    def statement_findings(self, statement_id: str) -> list[Finding]:
        """Findings whose reference span lies in statement ``statement_id``."""
        return [self.findings[i] for i in self.by_statement.get(statement_id, ())]

    def first_sentence(self, finding: Finding) -> int | None:
        """The index of the first sentence (in the report's order) that ``finding``'s translation
        span touches, or ``None``."""
        t = finding.translation
        if t is None:
            return None
        first = min(self.index.touching(t), key=lambda s: self.positions[id(s)], default=None)
        return None if first is None else first.index

    def touching(self, span: Span) -> list[Sentence]:
        """The report's sentences that ``span`` touches (see :func:`touches`), by index, one a
        sentence index."""
        found = [s for s in self.index.touching(span) if self.sentences.get(s.index) is s]
        return sorted(found, key=lambda s: s.index)

    def link_findings(self, link: Link) -> list[Finding]:
        """Findings about the facts of one link (omissions and additions excluded): those in its
        sentences. A finding in another sentence is not this link's even when it names one of the
        link's statements (two sentences can render one statement); a finding with no translation
        span belongs to every link of its statement."""
        positions = {p for i in link.translation for p in self.by_sentence.get(i, ())}
        for sid in set(link.references):
            positions.update(
                p for p in self.by_statement.get(sid, ()) if self.findings[p].translation is None
            )
        return [self.findings[p] for p in sorted(positions) if self.findings[p].kind not in UNPAIRED_KINDS]

    def by_severity(self) -> list[Finding]:
        """The findings most severe first (critical, major, minor), in reading order within each."""
        order = {f: i for i, f in enumerate(self.findings)}
        return sorted(self.findings, key=lambda f: (-_rank(f.severity), order[f]))

    def worst_severity(self, sentence: Sentence) -> str | None:
        """The highest severity of the findings in ``sentence``, or ``None`` when it has none."""
        found = self.sentence_findings(sentence)
        return max((f.severity for f in found), key=_rank) if found else None

    def sentence_pieces(self, sentence: Sentence, *, kinds: frozenset[str] | None = None) -> list[Piece]:
        """The sentence text split around the findings that touch it (offsets made local)."""
        spans = []
        for f in self.sentence_findings(sentence):
            if kinds is not None and f.kind not in kinds:
                continue
            t = f.translation
            if t is None:
                continue
            spans.append((t.start - sentence.start, t.end - sentence.start, self.label(f), f.severity))
        return mark(sentence.text, spans)

    def statement_pieces(
        self,
        statement: Statement,
        *,
        kinds: frozenset[str] | None = None,
        beside: Sequence[Sentence] | None = None,
    ) -> list[Piece]:
        """The statement text split around the reference spans of the findings about it; with
        ``beside``, only the findings in those sentences (or with no translation span): a statement
        shown beside a sentence marks that sentence's findings, not another sentence's."""
        spans = []
        for f in self.statement_findings(statement.id):
            if kinds is not None and f.kind not in kinds:
                continue
            r = f.reference
            if r is None:
                continue
            t = f.translation
            if beside is not None and t is not None and not any(touches(t, s) for s in beside):
                continue
            spans.append((r.start, r.end, self.label(f), f.severity))
        return mark(statement.text, spans)


def view(report: Report) -> View:
    """Arrange ``report`` for rendering: findings in reading order, labels, groups."""
    findings = tuple(sorted(report.findings, key=_finding_key))
    labels: dict[Finding, str] = {}
    for i, f in enumerate(findings, start=1):
        labels.setdefault(f, f"F{i}")
    statements = {st.id: st for st in report.statements}
    sentences = {s.index: s for s in report.sentences}
    per_link: Sequence[Fidelity | None]
    if len(report.link_fidelity) == len(report.links):
        per_link = report.link_fidelity
    else:
        per_link = [None] * len(report.links)
    links = tuple(
        sorted(
            zip(report.links, per_link, strict=True),
            key=lambda lf: (min(lf[0].translation, default=1 << 62), lf[0].references),
        )
    )
    covered = frozenset(sid for link in report.links for sid in link.references)
    linked = frozenset(i for link in report.links for i in link.translation)
    omissions = tuple(f for f in findings if f.kind == "omission")
    additions = tuple(f for f in findings if f.kind == "addition")
    boilerplate = tuple(s for s in report.sentences if s.role == "boilerplate")
    index = SentenceIndex(report.sentences)
    added = {
        s.index
        for f in additions
        if f.translation is not None
        for s in index.overlapping(f.translation.start, f.translation.end)
    }
    by_sentence: dict[int, list[int]] = {}
    by_statement: dict[str, list[int]] = {}
    for position, f in enumerate(findings):
        if f.translation is not None:
            for s in index.touching(f.translation):
                if sentences.get(s.index) == s:  # the sentence its index names (indices are unique)
                    by_sentence.setdefault(s.index, []).append(position)
        if f.reference is not None:
            by_statement.setdefault(f.reference.id, []).append(position)
    unlinked = tuple(
        s
        for s in report.sentences
        if s.index not in linked and s.role != "boilerplate" and s.index not in added
    )
    omitted = {f.reference.id for f in omissions if f.reference is not None}
    uncovered = tuple(st for st in report.statements if st.id not in covered and st.id not in omitted)
    return View(
        report=report,
        findings=findings,
        labels=labels,
        statements=statements,
        sentences=sentences,
        links=links,
        covered=covered,
        linked_sentences=linked,
        omissions=omissions,
        additions=additions,
        boilerplate=boilerplate,
        unlinked_sentences=unlinked,
        uncovered_statements=uncovered,
        by_sentence={i: tuple(p) for i, p in by_sentence.items()},
        by_statement={sid: tuple(p) for sid, p in by_statement.items()},
        index=index,
        positions={id(s): position for position, s in enumerate(report.sentences)},
    )


def statement_meta(statement: Statement) -> str:
    """``R01 · WSJ · 2025-05-22`` for a statement (the parts it has)."""
    parts = [statement.id]
    if statement.source:
        parts.append(statement.source)
    if statement.date is not None:
        parts.append(statement.date.isoformat())
    if statement.lang and statement.lang != "en":
        parts.append(statement.lang)
    return " · ".join(parts)


def fmt_score(value: float, digits: int = 4) -> str:
    """A score with a fixed number of decimals (deterministic text)."""
    return f"{value:.{digits}f}"
