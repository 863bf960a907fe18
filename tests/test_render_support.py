"""Reports built by hand and by Hypothesis, shared by the score, render, suppression and Chromium
tests. (No tests here: the module name only follows the test-file naming of its owner.)"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from xcheck._types import (
    FINDING_KINDS,
    SEVERITIES,
    Fidelity,
    Finding,
    Link,
    RefSpan,
    Report,
    Sentence,
    Span,
    Statement,
)
from xcheck.scoring import document_fidelity, pair_fidelity, sacrebleu_signature

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "docs" / "schema" / "xcheck.report-1.json"

#: Text that tries to break out of Markdown, HTML and JSON.
HOSTILE = (
    "<script>document.title='pwned'</script><img src=x onerror=\"document.title='img'\">"
    " & &amp; | *bold* _it_ [link](http://x) `code` \\ ~~s~~ </td></table>"
)


def schema() -> dict[str, Any]:
    """The published JSON Schema of xcheck.report/1."""
    data: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return data


def sample_report(*, hostile: bool = False) -> Report:
    """A small Observer-Network-like report with one finding of each kind, made by hand."""
    sents = [
        "[Source/Observer Network, Wang Yi] The Wall Street Journal reported on May 22 that the "
        "Trump administration is considering withdrawing 4,500 US troops from South Korea.",
        "Earlier this year, US Secretary of Defense Hackett made his first official visit to Asia.",
        "Trump has questioned the necessity of stationing about 29,000 troops in South Korea.",
        'Admiral Samuel Paparo warned that "essentially, this would undermine our ability to win '
        'in a conflict."',
        "The moon is made of <cheese> & AT&amp;T | *stars*.",
        "This article is an exclusive piece from Observer Network and cannot be reproduced "
        "without permission.",
    ]
    text = " ".join(sents)
    sentences = []
    pos = 0
    for i, s in enumerate(sents):
        start = text.index(s, pos)
        role = "boilerplate" if i == len(sents) - 1 else "claim"
        sentences.append(Sentence(i, start, start + len(s), s, role))
        pos = start + len(s)
    extra = HOSTILE if hostile else "A statement that nobody rendered, with <b>markup</b>."
    statements = (
        Statement(
            "R01",
            "The Wall Street Journal reported on May 22 that the Pentagon is developing an option "
            "to pull roughly 4,500 troops out of South Korea.",
            "WSJ",
            dt.date(2025, 5, 22),
            url="https://example.org/r01",
        ),
        Statement("R06", "The US keeps 28,500 troops in South Korea.", "Yonhap", dt.date(2025, 5, 23)),
        Statement(
            "R18",
            "Defense Secretary Pete Hegseth made his first trip to Asia.",
            "Reuters",
            dt.date(2025, 3, 28),
        ),
        Statement(
            "R22",
            'Paparo said withdrawal "inherently... would reduce our ability to prevail in conflict."',
            "Stars and Stripes",
            dt.date(2025, 4, 10),
        ),
        Statement("R99", extra, "Test <b>Source</b>" if not hostile else HOSTILE, None),
    )
    by_id = {s.id: s for s in statements}

    def tspan(needle: str) -> Span:
        i = text.index(needle)
        return Span(i, i + len(needle), needle)

    def rspan(sid: str, needle: str) -> RefSpan:
        i = by_id[sid].text.index(needle)
        return RefSpan(sid, i, i + len(needle), needle)

    quote_t = "essentially, this would undermine our ability to win in a conflict."
    quote_r = "inherently... would reduce our ability to prevail in conflict."
    r99 = by_id["R99"]
    findings = (
        Finding(
            "XC-0000000001",
            "name",
            "major",
            "Hackett where the reference says Pete Hegseth",
            tspan("Hackett"),
            rspan("R18", "Pete Hegseth"),
            "Pete Hegseth",
            "Hackett",
            0.9,
        ),
        Finding(
            "XC-0000000002",
            "number",
            "minor",
            "about 29,000 approximates 28,500",
            tspan("about 29,000"),
            rspan("R06", "28,500"),
            "28500",
            "29000",
            0.8,
        ),
        Finding(
            "XC-0000000003",
            "quote",
            "minor",
            "the quoted words differ from the original",
            tspan(quote_t),
            rspan("R22", quote_r),
            quote_r,
            quote_t,
            0.7,
        ),
        Finding(
            "XC-0000000004",
            "omission",
            "minor",
            "statement R99 is not rendered" + (f" {HOSTILE}" if hostile else ""),
            None,
            RefSpan("R99", 0, len(r99.text), r99.text),
            r99.text,
            None,
            0.7,
        ),
        Finding(
            "XC-0000000005",
            "addition",
            "minor",
            "sentence 5 is not supported by any statement",
            Span(sentences[4].start, sentences[4].end, sentences[4].text),
            None,
            None,
            sentences[4].text,
            0.7,
        ),
    )
    links = (
        Link((0,), ("R01",), 0.91, ("4,500", "May 22")),
        Link((1,), ("R18",), 0.6),
        Link((2,), ("R06",), 0.7),
        Link((3,), ("R22",), 0.65),
    )
    pairs = [
        (
            " ".join(sents[i] for i in link.translation),
            " ".join(by_id[r].text for r in link.references),
        )
        for link in links
    ]
    link_fidelity = tuple(pair_fidelity(t, r, [], facts_checked=2) for t, r in pairs)
    fidelity = document_fidelity(pairs, findings, facts_checked=10, statements_total=5, statements_covered=4)
    return Report(
        translation=text,
        statements=statements,
        sentences=tuple(sentences),
        links=links,
        findings=findings,
        fidelity=fidelity,
        link_fidelity=link_fidelity,
        signature="xcheck:test|" + sacrebleu_signature(),
        notes=("a note with <html> & *markdown*",),
        translation_name="observer<1>.en.txt" if hostile else "observer.en.txt",
        references_name="references.jsonl",
    )


# -- Hypothesis strategies ---------------------------------------------------------------------

_chars = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from(
    list("<>&\"'|*_[]`\\#~!\n\t ")
)
texts = st.text(_chars, min_size=1, max_size=30)
ids = st.text(st.sampled_from("ABCRxyz019-_.<>& |"), min_size=1, max_size=6)
severities = st.sampled_from(SEVERITIES)
kinds = st.sampled_from(FINDING_KINDS)
units = st.floats(0.0, 1.0, allow_nan=False)


def fidelities() -> st.SearchStrategy[Fidelity]:
    """Any valid Fidelity."""
    return st.builds(
        Fidelity,
        overall=units,
        chrf=st.floats(0.0, 100.0),
        bleu=st.floats(0.0, 100.0),
        ter=st.floats(0.0, 500.0),
        facts=units,
        coverage=units,
        facts_checked=st.integers(0, 50),
    )


def _span_in(draw: st.DrawFn, text: str, start: int) -> tuple[int, int]:
    a = draw(st.integers(0, len(text)))
    b = draw(st.integers(a, len(text)))
    return start + a, start + b


@st.composite
def reports(draw: st.DrawFn) -> Report:
    """Reports with arbitrary (hostile) text, exact spans, and any links and findings."""
    sent_texts = draw(st.lists(texts, min_size=1, max_size=5))
    sep = draw(st.sampled_from([" ", "\n", "  "]))
    translation = sep.join(sent_texts)
    sentences = []
    pos = 0
    for i, s in enumerate(sent_texts):
        role = draw(st.sampled_from(["claim", "claim", "boilerplate"]))
        sentences.append(Sentence(i, pos, pos + len(s), s, role))
        pos += len(s) + len(sep)
    statement_ids = draw(st.lists(ids, min_size=0, max_size=4, unique=True))
    statements = tuple(
        Statement(
            sid,
            draw(texts),
            draw(st.none() | texts),
            draw(st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))),
            draw(st.sampled_from(["en", "zh", "ko"])),
            draw(st.none() | st.just("https://example.org/a?b=<c>&d")),
        )
        for sid in statement_ids
    )
    links: list[Link] = []
    if statements:
        for s in sentences:
            if draw(st.booleans()):
                refs = draw(st.lists(st.sampled_from(statement_ids), min_size=1, max_size=2, unique=True))
                links.append(Link((s.index,), tuple(refs), draw(units)))
    findings = []
    for n in range(draw(st.integers(0, 6))):
        t_span = None
        if draw(st.booleans()):
            s = draw(st.sampled_from(sentences))
            a, b = _span_in(draw, s.text, s.start)
            t_span = Span(a, b, translation[a:b])
        r_span = None
        if statements and draw(st.booleans()):
            stmt = draw(st.sampled_from(statements))
            a, b = _span_in(draw, stmt.text, 0)
            r_span = RefSpan(stmt.id, a, b, stmt.text[a:b])
        findings.append(
            Finding(
                f"XC-{n:010d}",
                draw(kinds),
                draw(severities),
                draw(texts),
                t_span,
                r_span,
                draw(st.none() | texts),
                draw(st.none() | texts),
                draw(units),
            )
        )
    link_fidelity = tuple(draw(fidelities()) for _ in links) if draw(st.booleans()) else ()
    return Report(
        translation=translation,
        statements=statements,
        sentences=tuple(sentences),
        links=tuple(links),
        findings=tuple(findings),
        fidelity=draw(fidelities()),
        link_fidelity=link_fidelity,
        signature=draw(texts),
        notes=tuple(draw(st.lists(texts, max_size=2))),
        translation_name=draw(st.none() | texts),
        references_name=draw(st.none() | texts),
    )
