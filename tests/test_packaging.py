"""The wheel ships the package data (fixture, glossary, py.typed) and `xcheck demo` runs from it alone."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_carries_data_and_runs_the_demo(tmp_path: Path) -> None:
    wheel_builder = pytest.importorskip("hatchling.builders.wheel")
    built = wheel_builder.WheelBuilder(str(ROOT)).build(
        directory=str(tmp_path / "dist"), versions=["standard"]
    )
    (wheel,) = list(built)
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "xcheck/py.typed",
        "xcheck/data/glossary.json",
        "xcheck/data/titles.tsv",
        "xcheck/_fixtures/observer-network/references.jsonl",
        "xcheck/_fixtures/observer-network/observer-network-2025-05-23.en.txt",
        "xcheck/_fixtures/observer-network/README.md",
    ):
        assert needed in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    # Run from a folder with no source tree around it: the fixture must come from the wheel.
    proc = subprocess.run(
        [
            sys.executable,
            "-I",
            "-c",
            f"import sys; sys.path.insert(0, {str(site)!r}); from xcheck.cli import main; sys.exit(main(['demo']))",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Hackett" in proc.stdout
    assert str(ROOT) not in proc.stdout
