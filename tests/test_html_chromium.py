"""The HTML report in a real browser (headless Chromium): hostile input stays text, nothing runs,
and the page fits a phone screen without sideways scrolling. Skipped when Chromium is absent."""

from __future__ import annotations

import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest

from test_render_support import sample_report
from xcheck.render import to_html


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


CHROMIUM = _chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


def _run(tmp_path: Path, page: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        *extra,
        page.as_uri(),
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def test_hostile_reference_shows_as_text_and_runs_nothing(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(to_html(sample_report(hostile=True)), encoding="utf-8")
    result = _run(tmp_path, page, "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert "<main>" in dom
    # The DOM after loading has no script or img element and the title was not rewritten.
    assert not re.search(r"<script\b", dom)
    assert not re.search(r"<img\b", dom)
    title = re.search(r"<title>(.*?)</title>", dom, re.S)
    assert title is not None
    assert "pwned" not in title.group(1)
    assert unescape(title.group(1)) == "xcheck report: observer<1>.en.txt"
    # The hostile statement is there, as text.
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    assert "Hackett" in dom


_PROBE = """
<script>
window.addEventListener('load', function () {
  var d = document.documentElement;
  document.body.setAttribute('data-probe',
    [d.scrollWidth, window.innerWidth, getComputedStyle(document.body).fontSize,
     document.querySelectorAll('mark').length].join(','));
});
</script>
"""


def test_page_fits_a_phone_without_sideways_scrolling(tmp_path: Path) -> None:
    html = to_html(sample_report())
    # The report forbids scripts; this copy drops that rule to let a probe measure the layout.
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    html = html.replace("</body>", _PROBE + "</body>")
    page = tmp_path / "probe.html"
    page.write_text(html, encoding="utf-8")
    result = _run(tmp_path, page, "--window-size=360,900", "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    probe = re.search(r'data-probe="([^"]+)"', result.stdout)
    assert probe is not None, "the probe did not run"
    scroll_width, inner_width, font_size, marks = probe.group(1).split(",")
    # Headless Chromium may widen a tiny window a little; it must stay a phone-sized viewport
    # (below the 48rem breakpoint) so that the one-column layout is the one measured.
    assert int(inner_width) < 768
    assert int(scroll_width) <= int(inner_width), "the page scrolls sideways"
    assert float(font_size.removesuffix("px")) >= 16
    assert int(marks) >= 6  # every finding with a span is highlighted on both sides


def test_screenshot_on_a_phone(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(to_html(sample_report()), encoding="utf-8")
    shot = tmp_path / "phone.png"
    result = _run(tmp_path, page, "--window-size=390,844", f"--screenshot={shot}")
    assert result.returncode == 0, result.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 5000


_SUMMARY_PROBE = """
<script>
window.addEventListener('load', function () {
  function box(id) {
    var e = document.getElementById(id);
    if (!e) { return 'missing'; }
    var r = e.getBoundingClientRect();
    return [Math.round(r.width), Math.round(r.height), Math.round(r.right)].join(':');
  }
  document.body.setAttribute('data-summary', [
    box('severity-bar'), box('fidelity-strip'), window.innerWidth,
    document.documentElement.scrollWidth,
    document.querySelectorAll('#fidelity-strip rect.cell').length,
    document.querySelectorAll('#severity-bar rect').length,
    document.querySelectorAll('#findings .sev').length,
    document.querySelector('#findings article h3 .sev').textContent
  ].join(','));
});
</script>
"""


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@pytest.mark.parametrize(("width", "height"), [(1280, 900), (390, 844)])
def test_visual_summary_at_desktop_and_phone_width(tmp_path: Path, width: int, height: int) -> None:
    import xcheck
    from xcheck._fixtures import observer_network

    t, r = observer_network()
    report = xcheck.check(xcheck.read_translation(t), xcheck.read_references(r), translation_name=t.name)
    html = to_html(report)
    shot = tmp_path / f"report-{width}.png"
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    result = _run(tmp_path, page, f"--window-size={width},{height}", f"--screenshot={shot}")
    assert result.returncode == 0, result.stderr[-2000:]
    data = shot.read_bytes()
    assert _png_size(data)[0] == width
    assert len(data) > 20000  # a rendered page, not a blank one
    # The probe copy drops the script ban to measure the summary elements.
    probe_page = tmp_path / "probe.html"
    probe_html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    probe_page.write_text(probe_html.replace("</body>", _SUMMARY_PROBE + "</body>"), encoding="utf-8")
    result = _run(tmp_path, probe_page, f"--window-size={width},{height}", "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    found = re.search(r'data-summary="([^"]+)"', result.stdout)
    assert found is not None, "the probe did not run"
    bar, strip, inner, scroll, cells, segments, badges, first = found.group(1).split(",")
    for box in (bar, strip):
        assert box != "missing"
        w, h, right = (int(x) for x in box.split(":"))
        assert w > 0.5 * int(inner)  # spans most of the page
        assert h >= 15
        assert right <= int(inner)  # inside the viewport
    assert int(scroll) <= int(inner), "the page scrolls sideways"
    assert int(cells) == len(report.sentences) == 33
    assert int(segments) == 2  # major and minor: the demo has no critical finding
    assert int(badges) == len(report.findings) == 14
    assert first == "major"  # cards most severe first
