"""Hostile input on the command line: one line with file, line and reason and exit 2, never a
traceback (issue: a hostile-input campaign). Each case below was a traceback before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from xcheck import _json
from xcheck.cli import main

CASES = {
    "surrogate": ('{"id": "R1", "text": "bad \\ud800 text"}', "a string holds a lone surrogate"),
    "big-integer": ('{"id": "R1", "text": "x", "n": ' + "9" * 5000 + "}", "a number has too many digits"),
    "deep": ('{"id": "R1", "text": "x", "d": ' + "[" * 5000 + "]" * 5000 + "}", "values nested too deeply"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_bad_json_value_is_one_line_with_file_and_line(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line, reason = CASES[case]
    refs = tmp_path / "refs.jsonl"
    refs.write_text('{"id": "R0", "text": "fine"}\n' + line + "\n", encoding="utf-8")
    translation = tmp_path / "t.txt"
    translation.write_text("It costs $5.\n", encoding="utf-8")
    assert main(["check", str(translation), str(refs), "--format", "markdown"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"refs.jsonl:2: not JSON: {reason}" in err


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_same_values_in_a_pairs_file_are_error_rows(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line, _ = CASES[case]
    pairs = tmp_path / "p.jsonl"
    good = json.dumps({"id": "1", "translation": "It costs $5.", "reference": "It costs $5."})
    pairs.write_text(good + "\n" + line.replace('"text"', '"translation"') + "\n", encoding="utf-8")
    assert main(["pairs", str(pairs)]) == 2
    rows = [json.loads(r) for r in capsys.readouterr().out.splitlines()]
    assert [("error" in r) for r in rows] == [False, True]


def test_json_loads_keeps_valid_text_and_rejects_surrogates_in_keys() -> None:
    assert _json.loads('{"a": ["b", {"c": 1e400}]}') == {"a": ["b", {"c": float("inf")}]}
    with pytest.raises(json.JSONDecodeError, match="surrogate"):
        _json.loads('{"\\udc80": 1}')


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [("--seed", "-1", "--seed must be from 0"), ("--samples", "100000000000", "--samples must be from 1")],
)
def test_compare_options_out_of_range_are_usage_errors(
    option: str, value: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = tmp_path / "p.jsonl"
    pairs.write_text(json.dumps({"id": "1", "translation": "a", "reference": "a"}) + "\n", encoding="utf-8")
    assert main(["compare", str(pairs), str(pairs), option, value]) == 2
    assert message in capsys.readouterr().err


def _run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, **kwargs.pop("env", {})}  # type: ignore[dict-item]
    return subprocess.run(
        [sys.executable, "-m", "xcheck", *args], capture_output=True, env=env, check=False, **kwargs
    )  # type: ignore[call-overload]


def test_an_ascii_locale_still_gets_utf8_output() -> None:
    done = _run(["demo"], env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0, done.stderr
    assert "–".encode() in done.stdout or "—".encode() in done.stdout


def test_a_closed_stdout_ends_quietly() -> None:
    closed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, os; os.close(1); from xcheck.cli import main; sys.exit(main(['demo']))",
        ],
        capture_output=False,
        stderr=subprocess.PIPE,
        check=False,
    )
    assert closed.returncode == 0
    assert b"Traceback" not in closed.stderr


def test_statements_past_the_character_limit_are_refused_with_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refs = tmp_path / "refs.jsonl"
    refs.write_text(
        json.dumps({"id": "R1", "text": "It costs $5."})
        + "\n"
        + json.dumps({"id": "R2", "text": "word " * 300})
        + "\n",
        encoding="utf-8",
    )
    translation = tmp_path / "t.txt"
    translation.write_text("It costs $5.\n", encoding="utf-8")
    assert main(["check", str(translation), str(refs), "--max-chars", "1000", "--format", "markdown"]) == 2
    err = capsys.readouterr().err
    assert "refs.jsonl:2: the statements hold more than 1,000 characters" in err
    assert main(["check", str(translation), str(refs), "--max-chars", "5000", "--format", "markdown"]) == 0
