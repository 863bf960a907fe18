"""docs/reports/ holds the generated report of every bundled fixture; regenerating gives the same files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from xcheck.cli import main

DOCS = Path(__file__).resolve().parents[1] / "docs" / "reports"
CASES = [
    ("observer-network.md", "markdown"),
    ("observer-network.json", "json"),
    ("observer-network.html", "html"),
]


@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_committed_report_is_current(tmp_path: Path, name: str, fmt: str) -> None:
    out = tmp_path / name
    assert main(["demo", "--format", fmt, "--output", str(out)]) == 0
    if os.environ.get("XCHECK_REGENERATE"):
        (DOCS / name).write_text(out.read_text(encoding="utf-8"), encoding="utf-8")
    committed = DOCS / name
    assert committed.exists(), f"run: XCHECK_REGENERATE=1 pytest {__file__}"
    assert out.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        f"{committed} is stale; regenerate with: XCHECK_REGENERATE=1 .venv/bin/pytest tests/test_docs_reports.py"
    )
