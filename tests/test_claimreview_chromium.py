"""ClaimReview JSON-LD from hostile statements, embedded in a page the way a publishing tool does
(``<script type="application/ld+json">``), in a real browser (headless Chromium): no script runs,
no ``javascript:`` URL is carried, and the JSON-LD parses back equal to what xcheck wrote. Skipped
when Chromium is absent."""

from __future__ import annotations

import datetime as dt
import json
import re
from html import unescape
from pathlib import Path

from test_html_chromium import _run, pytestmark  # noqa: F401 - the skip when Chromium is absent
from xcheck._types import Fidelity, Finding, RefSpan, Report, Sentence, Span, Statement
from xcheck.render import claimreview_list, to_claimreview

PWN = "</script><script>window.pwned=1</script>"
TRANSLATION = f"He said {PWN} <!-- 12 troops & \u2028 more \u2029 left."


def _hostile_report() -> Report:
    statements = (
        Statement(
            "R1",
            f"She said {PWN} <!-- 10 troops -->\u2028left &amp; stayed.",
            f"Source {PWN}",
            dt.date(2025, 5, 23),
            url="javascript:window.pwned=2",
        ),
        Statement("R2", "Also: <script>window.pwned=3</script>", "AP", url=" JavaScript:alert(1)"),
        Statement("R3", "Safe.", "AP", url="https://example.org/a?b=</script>&c=<!--"),
    )
    at = TRANSLATION.index("12")
    r_at = statements[0].text.index("10")
    sentence = Sentence(0, 0, len(TRANSLATION), TRANSLATION)
    fidelity = Fidelity(0.5, 50.0, 50.0, 50.0, 0.5)
    findings = (
        Finding(
            "XC-1",
            "number",
            "major",
            f"expected 10, found 12 {PWN}",
            Span(at, at + 2, "12"),
            RefSpan("R1", r_at, r_at + 2, "10"),
            "10 \u2028",
            f"12 {PWN}",
        ),
        Finding("XC-2", "omission", "minor", "omitted", None, RefSpan("R2", 0, 5, "Also:")),
        Finding("XC-3", "omission", "minor", "omitted", None, RefSpan("R3", 0, 5, "Safe.")),
    )
    return Report(
        TRANSLATION, statements, (sentence,), (), findings, fidelity, (), "sig", translation_name=f"{PWN}.txt"
    )


_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>review</title>
<script type="application/ld+json" id="ld">{ld}</script>
</head><body>
<script>
window.addEventListener('load', function () {{
  var parsed = JSON.parse(document.getElementById('ld').textContent);
  document.body.setAttribute('data-probe', JSON.stringify({{
    pwned: window.pwned === undefined ? null : window.pwned,
    scripts: document.scripts.length,
    parsed: parsed
  }}));
}});
</script>
</body></html>
"""


def test_claimreview_embedded_in_a_page_runs_nothing_and_parses_back_equal(tmp_path: Path) -> None:
    report = _hostile_report()
    ld = to_claimreview(report, url="https://example.org/review")
    assert "javascript" not in ld.lower()
    page = tmp_path / "page.html"
    page.write_text(_PAGE.format(ld=ld), encoding="utf-8")
    result = _run(tmp_path, page, "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    probe = re.search(r'data-probe="([^"]*)"', result.stdout)
    assert probe is not None, "the page's own script did not run"
    seen = json.loads(unescape(probe.group(1)))
    assert seen["pwned"] is None  # no injected script ran
    assert seen["scripts"] == 2  # the JSON-LD and the probe: the statement's </script> ended nothing
    assert seen["parsed"] == claimreview_list(report, url="https://example.org/review")
    citations = [c for item in seen["parsed"] for c in item.get("citation", [])]
    assert [c.get("url") for c in citations] == [None, None, "https://example.org/a?b=</script>&c=<!--"]
    assert "\u2028" in seen["parsed"][0]["citation"][0]["text"]
