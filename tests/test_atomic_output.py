"""Outputs are written whole or not at all (xcheck._atomic): a failed run leaves no partial file and
an earlier report intact; a device such as /dev/null is written in place, never replaced."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from xcheck import _atomic
from xcheck.cli import main
from xcheck.errors import XcheckError


def test_a_committed_file_replaces_the_old_one_and_leaves_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    out.write_text("old", encoding="utf-8")
    _atomic.write_atomic(str(out), "new\n")
    assert out.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


def test_a_discarded_file_leaves_the_old_one(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    out.write_text("old", encoding="utf-8")
    handle = _atomic.open_atomic(str(out))
    handle.write("half a rep")
    _atomic.discard(handle)
    assert out.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


def test_a_device_is_written_in_place() -> None:
    handle = _atomic.open_atomic(os.devnull)
    handle.write("nothing")
    _atomic.commit(handle)
    assert Path(os.devnull).exists()
    assert not Path(os.devnull).is_file()


def test_a_folder_that_does_not_exist_is_an_xcheck_error(tmp_path: Path) -> None:
    with pytest.raises(XcheckError, match="cannot write"):
        _atomic.write_atomic(str(tmp_path / "no" / "such" / "report.md"), "x")


def test_a_pairs_run_that_fails_half_way_leaves_the_earlier_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = tmp_path / "p.jsonl"
    rows = [
        {"id": str(i), "translation": f"It costs ${i} million.", "reference": f"It costs ${i} million."}
        for i in range(5)
    ]
    pairs.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("earlier results\n", encoding="utf-8")

    import xcheck._pairs_stream as stream

    real = stream.pair_row
    calls = {"n": 0}

    def failing(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(stream, "pair_row", failing)
    assert main(["pairs", str(pairs), "-o", str(out)]) == 130
    assert out.read_text(encoding="utf-8") == "earlier results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "p.jsonl"]
    monkeypatch.setattr(stream, "pair_row", real)
    assert main(["pairs", str(pairs), "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5
