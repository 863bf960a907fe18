"""Renderers: JSON against the published schema, Markdown determinism and escaping, HTML escaping
and structure, ClaimReview shape, and the span-marking helper."""

from __future__ import annotations

import json
import random
import re
from html.parser import HTMLParser

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_render_support import HOSTILE, SCHEMA_PATH, reports, sample_report, schema
from xcheck._types import Fidelity, Report
from xcheck.render import (
    SCHEMA,
    claimreview_list,
    pair_to_dict,
    pairs_to_markdown,
    to_claimreview,
    to_dict,
    to_html,
    to_json,
    to_markdown,
)
from xcheck.render._view import mark

VALIDATOR = jsonschema.Draft202012Validator(
    schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
PROPS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


# -- JSON ---------------------------------------------------------------------------------------


def test_sample_report_json_has_the_contract_fields() -> None:
    report = sample_report()
    d = to_dict(report)
    VALIDATOR.validate(d)
    assert d["schema"] == SCHEMA == "xcheck.report/1"
    assert list(d)[:6] == ["schema", "signature", "sentences", "links", "findings", "fidelity"]
    assert d["sentences"][0].keys() >= {"index", "start", "end"}
    assert d["links"][0]["translation"] == [0]
    assert d["links"][0]["references"] == ["R01"]
    name = next(f for f in d["findings"] if f["kind"] == "name")
    assert name["translation"]["text"] == "Hackett"
    assert name["reference"] == {"id": "R18", "start": 18, "end": 30, "text": "Pete Hegseth"}
    assert name["expected"] == "Pete Hegseth"
    assert name["found"] == "Hackett"
    assert name["category"] == "accuracy/mistranslation/entity"
    assert d["fidelity"].keys() >= {"overall", "chrf", "bleu", "ter", "facts"}
    assert d["summary"]["statements_covered"] == 4


@PROPS
@given(reports())
def test_every_json_report_validates_and_round_trips(report: Report) -> None:
    d = to_dict(report)
    VALIDATOR.validate(d)
    assert json.loads(to_json(report)) == d
    assert json.loads(to_json(report, indent=None)) == d


@PROPS
@given(reports())
def test_json_spans_are_exact(report: Report) -> None:
    d = to_dict(report)
    text = report.translation
    for s in d["sentences"]:
        assert text[s["start"] : s["end"]] == s["text"]
    statements = {s["id"]: s["text"] for s in d["statements"]}
    for f in d["findings"]:
        if f["translation"] is not None:
            t = f["translation"]
            assert text[t["start"] : t["end"]] == t["text"]
        if f["reference"] is not None:
            r = f["reference"]
            assert statements[r["id"]][r["start"] : r["end"]] == r["text"]


def test_json_replaces_non_finite_numbers() -> None:
    report = attrs.evolve(sample_report(), fidelity=Fidelity(float("nan"), 50.0, 10.0, float("inf"), 1.0))
    d = json.loads(to_json(report))
    assert d["fidelity"]["overall"] == 0.0
    VALIDATOR.validate(d)


def _pair_validator() -> jsonschema.Draft202012Validator:
    from referencing import Registry, Resource

    base = SCHEMA_PATH.parent
    report = Resource.from_contents(schema())
    pair = json.loads((base / "xcheck.pair-1.json").read_text(encoding="utf-8"))
    registry = Registry().with_resources(
        [("xcheck.report-1.json", report), ("urn:xcheck:schema:report:1", report)]
    )
    jsonschema.Draft202012Validator.check_schema(pair)
    return jsonschema.Draft202012Validator(pair, registry=registry)


def test_pair_rows_validate_against_the_pairs_schema() -> None:
    report = sample_report()
    from xcheck._types import PairResult

    result = PairResult("a", "b", report.findings[:2], report.fidelity)
    row = pair_to_dict("p1", result)
    assert list(row) == ["id", "findings", "fidelity"]
    validator = _pair_validator()
    validator.validate(row)
    validator.validate({"id": None, "line": 3, "error": "not JSON"})
    bad_finding = {**row["findings"][0], "kind": "bogus"}
    for bad in (
        {**row, "extra": 1},
        {**row, "findings": [bad_finding]},
        {**row, "fidelity": {}},
    ):
        with pytest.raises(jsonschema.ValidationError):
            validator.validate(bad)


# -- Markdown -----------------------------------------------------------------------------------


def test_sample_markdown_sections_and_marks() -> None:
    md = to_markdown(sample_report())
    for heading in (
        "## Summary",
        "### Findings by kind and severity",
        "## Findings",
        "## Aligned pairs",
        "## Omissions",
        "## Additions",
        "## No checkable claim",
        "## Signature",
    ):
        assert f"\n{heading}\n" in md
    assert "Defense **Hackett**[F1] made" in md
    assert "Secretary **Pete Hegseth**[F1] made" in md
    assert "**about 29,000**[F2]" in md
    assert "| Statements covered | 4 of 5 (80.0%) |" in md
    assert "- sentence 5: This article is an exclusive piece" in md  # sentences count from 0
    assert md.endswith("\n")


@PROPS
@given(reports(), st.randoms(use_true_random=False))
def test_markdown_is_deterministic_and_ignores_finding_order(report: Report, rnd: random.Random) -> None:
    shuffled = list(report.findings)
    rnd.shuffle(shuffled)
    other = attrs.evolve(report, findings=tuple(shuffled))
    assert to_markdown(report) == to_markdown(report) == to_markdown(other)


@PROPS
@given(reports())
def test_markdown_escapes_every_input_text(report: Report) -> None:
    md = to_markdown(report)
    # Code spans (ids, the signature) show their content literally; outside them, the only
    # HTML in the Markdown is our own line break inside table cells.
    prose = re.sub(r"(`+)(?!`).*?(?<!`)\1(?!`)", "", md).replace("<br>", "")
    assert "<" not in prose
    assert ">" not in prose
    # Table rows stay one line each: no input newline reaches the output inside a row.
    for line in md.splitlines():
        if line.startswith("|"):
            assert line.endswith("|")


def test_markdown_escapes_hostile_text() -> None:
    md = to_markdown(sample_report(hostile=True))
    assert "<script>" not in md
    assert "&lt;script&gt;" in md
    assert "\\*bold\\*" in md
    assert "\\[link\\]" in md


def test_markdown_without_findings_or_links() -> None:
    report = attrs.evolve(sample_report(), findings=(), links=(), link_fidelity=())
    md = to_markdown(report)
    assert "No findings." in md
    assert "No sentence was aligned with a statement." in md


# -- HTML ---------------------------------------------------------------------------------------

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "h3", "p",
    "section", "div", "span", "mark", "sup", "a", "blockquote", "cite", "table", "thead",
    "tbody", "tr", "th", "td", "article", "dl", "dt", "dd", "code", "ul", "li", "footer", "b",
    "svg", "rect", "text",  # the inline SVG summary
}  # fmt: skip


class _Collector(HTMLParser):
    """Collects tags, ids, and the text of each translated sentence (without labels)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.ids: list[str] = []
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.sentence_text: dict[str, str] = {}
        self._row: str | None = None
        self.hrefs: list[str] = []
        self.rels: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        a = dict(attrs_)
        self.tags.append(tag)
        if a.get("id"):
            self.ids.append(str(a["id"]))
        if a.get("href"):
            self.hrefs.append(str(a["href"]))
            self.rels[str(a["href"])] = str(a.get("rel") or "")
        if tag not in ("meta",):
            self.stack.append((tag, a))
        if tag == "div" and (a.get("id") or "").startswith("s-"):
            self._row = str(a["id"])
            self.sentence_text[self._row] = ""

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._row is None:
            return
        in_t = any(t == "div" and a.get("class") == "t" for t, a in self.stack)
        skip = any(t == "sup" or (t == "span" and a.get("class") in ("num", "tag")) for t, a in self.stack)
        if in_t and not skip:
            self.sentence_text[self._row] += data


def _parse(page: str) -> _Collector:
    c = _Collector()
    c.feed(page)
    c.close()
    return c


@PROPS
@given(reports())
def test_html_escapes_input_and_shows_every_sentence_verbatim(report: Report) -> None:
    page = to_html(report)
    c = _parse(page)
    assert set(c.tags) <= ALLOWED_TAGS
    assert "script" not in c.tags
    assert len(c.ids) == len(set(c.ids)), "element ids must be unique"
    for s in report.sentences:
        assert c.sentence_text[f"s-{s.index}"] == s.text
    urls = {st.url for st in report.statements if st.url}
    for href in c.hrefs:
        if href.startswith("#"):
            assert href[1:] in c.ids
        else:  # a statement's source address, and only an http(s) one
            assert href in urls
            assert href.lower().startswith(("http://", "https://"))
            assert c.rels[href] == "noopener noreferrer"


def test_html_is_self_contained_and_script_free() -> None:
    page = to_html(sample_report(hostile=True))
    c = _parse(page)
    assert "script" not in c.tags
    assert "img" not in c.tags
    assert "Content-Security-Policy" in page
    assert "default-src 'none'" in page
    assert 'name="viewport"' in page
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    # No network: no src attributes, no external stylesheets, no absolute links.
    assert " src=" not in page.replace("src=x", "")
    assert "<link" not in page


# -- ClaimReview --------------------------------------------------------------------------------


def test_claimreview_of_sample() -> None:
    items = json.loads(to_claimreview(sample_report(), url="https://example.org/review"))
    assert len(items) == 5
    name = next(i for i in items if "entity" in i["keywords"][0])
    assert name["@context"] == "https://schema.org"
    assert name["@type"] == "ClaimReview"
    assert "Hackett" in name["claimReviewed"]
    assert name["reviewRating"]["ratingValue"] == 2
    assert name["reviewRating"]["alternateName"] == "Inaccurate"
    assert name["itemReviewed"]["@type"] == "Claim"
    assert name["citation"][0]["publisher"]["name"] == "Reuters"
    assert name["citation"][0]["datePublished"] == "2025-03-28"
    assert name["url"] == "https://example.org/review#XC-0000000001"
    assert "datePublished" not in name


@PROPS
@given(reports())
def test_claimreview_one_review_per_finding(report: Report) -> None:
    items = json.loads(to_claimreview(report, date_published="2025-05-23"))
    assert items == claimreview_list(report, date_published="2025-05-23")
    assert len(items) == len(report.findings)
    assert sorted(i["identifier"] for i in items) == sorted(f.id for f in report.findings)
    for item in items:
        assert item["@type"] == "ClaimReview"
        rating = item["reviewRating"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert isinstance(item["claimReviewed"], str)
        assert item["datePublished"] == "2025-05-23"


# -- pairs Markdown -----------------------------------------------------------------------------


def test_pairs_markdown() -> None:
    report = sample_report()
    from xcheck._types import PairResult

    rows = [
        pair_to_dict("p1", PairResult("a", "b", report.findings[:2], report.fidelity)),
        {"id": None, "line": 2, "error": "not JSON <x>"},
        pair_to_dict("p|3", PairResult("a", "a", (), report.fidelity)),
    ]
    md = pairs_to_markdown(rows)
    assert "| Pairs | 2 checked, 1 with errors |" in md
    assert "error (line 2): not JSON &lt;x&gt;" in md
    assert "| 3 | p\\|3 |" in md
    assert "### p1" in md
    assert pairs_to_markdown(rows) == md


# -- marks --------------------------------------------------------------------------------------


@settings(max_examples=100)
@given(
    st.text(max_size=30),
    st.lists(
        st.tuples(st.integers(-3, 35), st.integers(-3, 35), st.sampled_from(["minor", "major"])),
        max_size=5,
    ),
)
def test_mark_keeps_the_text_and_every_label(text: str, spans: list[tuple[int, int, str]]) -> None:
    labelled = [(a, b, f"F{i}", sev) for i, (a, b, sev) in enumerate(spans)]
    pieces = mark(text, labelled)
    assert "".join(p.text for p in pieces) == text
    labels = [label for p in pieces for label in p.labels]
    assert sorted(labels) == sorted(x[2] for x in labelled)
    for p in pieces:
        assert p.marked == bool(p.labels)


def test_mark_merges_overlaps_and_keeps_points() -> None:
    pieces = mark("abcdef", [(1, 3, "F1", "minor"), (2, 5, "F2", "major"), (5, 5, "F3", "minor")])
    assert [(p.text, p.labels, p.severity) for p in pieces] == [
        ("a", (), None),
        ("bcde", ("F1", "F2"), "major"),
        ("", ("F3",), "minor"),
        ("f", (), None),
    ]


@pytest.mark.parametrize("fmt", [to_markdown, to_html, to_json, to_claimreview])
def test_renderers_accept_an_empty_report(fmt: object) -> None:
    empty = Report("x", (), (), (), (), Fidelity(1.0, 100.0, 100.0, 0.0, 1.0), (), "sig")
    out = fmt(empty)  # type: ignore[operator]
    assert isinstance(out, str)
    assert out.endswith("\n")
    assert HOSTILE not in out


def test_claimreview_is_safe_to_embed_in_a_page() -> None:
    """A statement's javascript: URL is dropped, and no statement text can close the script element
    or a JavaScript string: < > & U+2028 U+2029 are JSON escapes (the JSON still parses to the text)."""
    import xcheck
    from xcheck.errors import OptionError
    from xcheck.render import to_claimreview

    text = "Sales rose 2% </script><script>alert(1)</script> & more\u2028here."
    report = xcheck.check(
        "Sales rose 3% </script> & more.",
        [
            {"id": "R1", "text": text, "url": "javascript:alert(1)"},
            {"id": "R2", "text": "x", "url": "data:,x"},
        ],
    )
    out = to_claimreview(report)
    for raw in ("<", ">", "&", "\u2028", "javascript:", "data:,"):
        assert raw not in out, raw
    data = json.loads(out)
    assert data
    assert all("url" not in c for item in data for c in item.get("citation", []))
    assert any(text in c["text"] for item in data for c in item.get("citation", []))
    with pytest.raises(OptionError, match="http"):
        to_claimreview(report, url="javascript:alert(1)")
    good = xcheck.check(
        "Sales rose 3%.", [{"id": "R1", "text": "Sales rose 2%.", "url": "https://example.org/a"}]
    )
    assert json.loads(to_claimreview(good))[0]["citation"][0]["url"] == "https://example.org/a"
