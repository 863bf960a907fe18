"""Report fixes of issue 15: a finding shows only beside its own sentence, cards go most severe
first with the severity in words, source addresses are links (http/https only), per-pair scores
and the visual summary are in the HTML, sentences count from 0 everywhere, credit lines are
boilerplate."""

from __future__ import annotations

import re

import attrs

import xcheck
from test_render_support import sample_report
from xcheck import render
from xcheck._fixtures import observer_network
from xcheck._types import Link


def _shared_statement_report() -> xcheck.Report:
    """The sample report with sentence 4 also linked to R18, the statement of the Hackett finding
    (which is in sentence 1): two sentences render one statement."""
    r = sample_report()
    return attrs.evolve(r, links=(*r.links, Link((4,), ("R18",), 0.3)), link_fidelity=())


def test_a_finding_is_marked_only_beside_its_own_sentence() -> None:
    report = _shared_statement_report()
    html = render.to_html(report)
    row4 = re.search(r'<div class="row" id="s-4">.*?</div></div>', html, re.S)
    row1 = re.search(r'<div class="row" id="s-1">.*?</div></div>', html, re.S)
    assert row4 is not None
    assert row1 is not None
    assert "Pete Hegseth" in row4.group(0)  # R18 is shown beside sentence 4 ...
    assert 'href="#f-1"' not in row4.group(0)  # ... without the mark of F1, which is in sentence 1
    assert row1.group(0).count('href="#f-1"') == 2  # in the sentence and in R18 beside it
    md = render.to_markdown(report)
    pair4 = md.split("Sentence 4 ↔ R18")[1].split("###")[0]
    assert "Pete Hegseth" in pair4
    assert "[F1]" not in pair4
    assert "**Pete Hegseth**[F1]" in md.split("Sentence 1 ↔ R18")[1].split("###")[0]


def test_cards_and_table_go_most_severe_first_with_the_word() -> None:
    t, r = observer_network()
    demo = xcheck.check(xcheck.read_translation(t), xcheck.read_references(r))
    labels = re.findall(r'<article class="finding \w+" id="f-(\d+)">', render.to_html(demo))
    # F1 (a minor number) comes first in the text; the five major findings come first on the page.
    assert labels == ["4", "5", "8", "9", "12", "1", "2", "3", "6", "7", "10", "11", "13", "14"]
    sample = sample_report()
    html = render.to_html(sample)
    cards = re.findall(
        r'<article class="finding (\w+)" id="f-(\d+)"><h3>F\d+ <span class="sev \w+">(\w+)</span>', html
    )
    assert [c[0] for c in cards] == ["major", "minor", "minor", "minor", "minor"]
    assert all(c[0] == c[2] for c in cards)  # the severity is written, not only coloured
    # Within one severity, reading order (F2 before F3 ...).
    assert [int(c[1]) for c in cards[1:]] == sorted(int(c[1]) for c in cards[1:])
    assert re.search(r"<sup><a href=\"#f-\d+\">F\d+&#160;major</a></sup>", html)
    md = render.to_markdown(sample)
    rows = [
        line
        for line in md.split("\n## Findings\n")[1].split("\n## ")[0].splitlines()
        if line.startswith("| F")
    ]
    assert [row.split(" | ")[3] for row in rows] == ["major", "minor", "minor", "minor", "minor"]


def test_source_addresses_are_links_only_when_http() -> None:
    sample = sample_report()
    html = render.to_html(sample)
    assert '<a href="https://example.org/r01" rel="noopener noreferrer">https://example.org/r01</a>' in html
    assert "[source](https://example.org/r01)" in render.to_markdown(sample)
    bad = attrs.evolve(
        sample,
        statements=tuple(
            attrs.evolve(st, url="javascript:alert(1)") if st.id == "R01" else st for st in sample.statements
        ),
    )
    html = render.to_html(bad)
    assert 'href="javascript' not in html
    assert "javascript:alert(1)" in html  # shown as text
    assert "](javascript" not in render.to_markdown(bad)


def test_html_shows_per_pair_scores_and_the_visual_summary() -> None:
    sample = sample_report()
    html = render.to_html(sample)
    fid = sample.link_fidelity[0]
    assert f"pair 0 ↔ R01: link score 0.91 · fidelity {fid.overall:.4f}" in html
    assert html.count('class="pair-scores"') == len(sample.links)
    assert '<svg id="severity-bar"' in html
    assert '<svg id="fidelity-strip"' in html
    strip = html.split('<svg id="fidelity-strip"')[1].split("</svg>")[0]
    cells = re.findall(r'<rect class="cell (\w+)"', strip)
    assert cells == ["ok", "major", "minor", "minor", "minor", "none"]
    assert "<title>1 major</title>" in html
    assert ">4 minor</text>" in html


def test_sentences_count_from_zero_everywhere() -> None:
    report = xcheck.check(
        "Exports rose 5% in May. The moon is made of cheese.",
        [{"id": "R1", "text": "Exports rose 5% in May."}],
    )
    (addition,) = [f for f in report.findings if f.kind == "addition"]
    assert addition.message == "sentence 1 is not supported by any reference statement"
    data = report.to_dict()
    assert [s["index"] for s in data["sentences"]] == [0, 1]
    assert "- **[F1]** sentence 1 (24–51): The moon" in render.to_markdown(report)
    assert 'id="s-1"><div class="t"><span class="num">1</span><mark class="minor"' in render.to_html(report)
    assert xcheck.to_records(report)[0]["sentence"] == 1


def test_a_translators_credit_line_is_boilerplate_not_an_addition() -> None:
    for credit in ("Translated by Li Na.", "(Translated by Li Na and edited by Tom Wu)", "Translator: Li Na"):
        report = xcheck.check(
            f"About 28,500 troops are there.\n{credit}\n",
            [{"id": "R1", "text": "About 28,500 troops are there."}],
        )
        assert [s.role for s in report.sentences] == ["claim", "boilerplate"], credit
        assert report.findings == (), credit
    # A claim that merely starts the same way stays a claim.
    report = xcheck.check(
        "Translated by the author, the book sold 4,000 copies.",
        [{"id": "R1", "text": "The book sold 4,000 copies."}],
    )
    assert [s.role for s in report.sentences] == ["claim"]
