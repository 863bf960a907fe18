"""The wheel ships the package data (fixture, glossary, py.typed, JSON Schemas) and the licence, and
`xcheck demo` and `xcheck schema` run from it alone."""

from __future__ import annotations

import json
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
        "xcheck/data/ko_en_cedict.tsv.gz",
        "xcheck/data/ko_en_kengdic.tsv.gz",
        "xcheck/data/ko_en.NOTICE",
        "xcheck/data/titles.tsv",
        "xcheck/_fixtures/observer-network/references.jsonl",
        "xcheck/_fixtures/observer-network/observer-network-2025-05-23.en.txt",
        "xcheck/_fixtures/observer-network/README.md",
        "xcheck/_schema/xcheck.report-1.json",
        "xcheck/_schema/xcheck.pair-1.json",
        "xcheck/_schema/glossary-1.json",
    ):
        assert needed in names
    # The licence travels in the wheel's metadata folder, and the metadata names it.
    (license_file,) = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
    assert "MIT License" in zipfile.ZipFile(wheel).read(license_file).decode()
    (metadata,) = [n for n in names if n.endswith(".dist-info/METADATA")]
    meta = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Name: xcheck-news" in meta
    assert "License-Expression: MIT" in meta
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
    # The schema command reads the schema from the wheel, not from docs/ of a source tree.
    code = (
        f"import sys; sys.path.insert(0, {str(site)!r}); from xcheck.cli import main; import xcheck._schemas as s; "
        "print(s.schema_path('report')); sys.exit(main(['schema', 'report']))"
    )
    proc = subprocess.run(
        [sys.executable, "-I", "-c", code], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert proc.returncode == 0, proc.stderr
    first, rest = proc.stdout.split("\n", 1)
    assert first.startswith(str(site))
    assert json.loads(rest) == json.loads(
        (ROOT / "docs" / "schema" / "xcheck.report-1.json").read_text(encoding="utf-8")
    )
