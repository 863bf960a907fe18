"""Hostile input on the command line, second round (issues 17 and 18): every reproduction gives a
result, or exit 2 with one line naming the file, the line and the reason; never a traceback, and
no file is read past its limit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from xcheck.cli import main

SENTENCE = "The ministry said 4,500 troops would leave on May 23."


def _one_error_line(err: str, *parts: str) -> None:
    assert err.count("\n") == 1, err
    assert err.startswith("xcheck: error: "), err
    for part in parts:
        assert part in err, err


@pytest.fixture
def inputs(tmp_path: Path) -> tuple[str, str]:
    t = tmp_path / "t.txt"
    t.write_text(SENTENCE + "\n", encoding="utf-8")
    r = tmp_path / "r.jsonl"
    r.write_text(json.dumps({"id": "R1", "text": SENTENCE}) + "\n", encoding="utf-8")
    return str(t), str(r)


# --- configuration files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("toml", "reason", "line"),
    [
        ('lang = "en"\nmax-chars = ' + "9" * 5000 + "\n", "a number has too many digits", 2),
        ("x = " + "[" * 5000 + "]" * 5000 + "\n", "values nested too deeply", 1),
        ("x = " + "{a=" * 3000 + "1" + "}" * 3000 + "\n", "values nested too deeply", 1),
    ],
)
def test_a_config_file_tomllib_cannot_convert_is_one_line(
    toml: str,
    reason: str,
    line: int,
    inputs: tuple[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = tmp_path / "xcheck.toml"
    config.write_text(toml, encoding="utf-8")
    assert main(["check", *inputs, "--config", str(config)]) == 2
    _one_error_line(capsys.readouterr().err, f"xcheck.toml:{line}: ", reason)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_config_line_numbers_count_newlines_only(
    separator: str, inputs: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "xcheck.toml"
    config.write_text(f'# a{separator}b\nlang = "en"\nbogus = 1\n', encoding="utf-8")
    assert main(["check", *inputs, "--config", str(config)]) == 2
    _one_error_line(capsys.readouterr().err, "xcheck.toml:3: unknown key 'bogus'")


# --- byte-order marks ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "name", "content"),
    [
        ("--glossary", "g.jsonl", json.dumps({"id": "g1", "name": "Foo Corp"}) + "\n"),
        ("--glossary", "g.json", json.dumps({"entities": [{"id": "g1", "name": "Foo Corp"}]})),
        ("--rates", "rates.json", json.dumps({"USD/KRW": 1380.5})),
        ("--accepted", "accepted.txt", "XC-0123456789 fine\n"),
        ("--config", "xcheck.toml", 'lang = "en"\n'),
    ],
)
def test_a_byte_order_mark_is_accepted_in_every_file(
    option: str, name: str, content: str, inputs: tuple[str, str], tmp_path: Path
) -> None:
    path = tmp_path / name
    path.write_bytes(b"\xef\xbb\xbf" + content.encode())
    assert main(["check", *inputs, option, str(path), "--format", "json"]) == 0


# --- files without end ---------------------------------------------------------------------------

needs_dev_zero = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")


@needs_dev_zero
@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["check", "ZERO", "REFS"], "the translation has more than 2,000,000 characters"),
        (["check", "TEXT", "ZERO"], "larger than 32,000,000 bytes"),
        (["check", "TEXT", "REFS", "--glossary", "ZERO"], "larger than 67,108,864 bytes"),
        (["check", "TEXT", "REFS", "--accepted", "ZERO"], "larger than 67,108,864 bytes"),
        (["check", "TEXT", "REFS", "--rates", "ZERO"], "larger than 67,108,864 bytes"),
        (["check", "TEXT", "REFS", "--config", "ZERO"], "larger than 67,108,864 bytes"),
        (["pairs", "ZERO"], "a line longer than 67,108,864 bytes"),
        (
            ["check", "ZERO", "REFS", "--max-chars", "1000"],
            "more than 1,000 characters, the limit of --max-chars",
        ),
    ],
)
def test_dev_zero_is_refused_after_reading_its_limit(
    args: list[str], reason: str, inputs: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    names = {"ZERO": "/dev/zero", "TEXT": inputs[0], "REFS": inputs[1]}
    assert main([names.get(a, a) for a in args]) == 2
    _one_error_line(capsys.readouterr().err, "/dev/zero", reason)


def test_references_are_refused_at_the_statement_past_a_limit(
    inputs: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refs = tmp_path / "many.jsonl"
    refs.write_text(
        "".join(json.dumps({"id": f"R{i}", "text": f"{SENTENCE} ({i})"}) + "\n" for i in range(30)),
        encoding="utf-8",
    )
    assert main(["check", inputs[0], str(refs), "--max-statements", "20"]) == 2
    _one_error_line(capsys.readouterr().err, "many.jsonl:21: more than 20 statements", "--max-statements N")
    assert main(["check", inputs[0], str(refs), "--max-chars", "300"]) == 2
    _one_error_line(capsys.readouterr().err, "many.jsonl:6: the statements hold more than 300 characters")
    assert main(["check", inputs[0], str(refs), "--max-statements", "30", "--format", "json"]) == 0


@pytest.mark.parametrize("value", ["0", "-5", "x"])
@pytest.mark.parametrize("option", ["--max-chars", "--max-statements"])
def test_limits_below_one_are_usage_errors(
    option: str, value: str, inputs: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["check", *inputs, option, value])
    assert exit_.value.code == 2
    assert f"argument {option}" in capsys.readouterr().err


# --- pairs -----------------------------------------------------------------------------------------


def _pairs_file(path: Path, lines: list[str]) -> str:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return str(path)


def _pair(ident: str, translation: str = SENTENCE, reference: str = SENTENCE) -> str:
    return json.dumps({"id": ident, "translation": translation, "reference": reference})


def test_a_pair_past_the_character_limit_is_an_error_row_naming_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _pairs_file(tmp_path / "p.jsonl", [_pair("1"), _pair("2", "9" * 100_000), _pair("3")])
    assert main(["pairs", path]) == 2
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [("error" in r) for r in rows] == [False, True, False]
    assert "the translation has 100,000 characters, more than the limit of 10,000" in rows[1]["error"]
    _one_error_line(err, "p.jsonl:2: ", "--max-chars N")
    assert main(["pairs", path, "--max-chars", "100000"]) == 0


def test_a_line_longer_than_any_pair_of_the_limit_is_skipped_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _pairs_file(tmp_path / "p.jsonl", [_pair("1"), _pair("2", "x " * 200_000), _pair("3")])
    assert main(["pairs", path, "--max-chars", "1000"]) == 2
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["1", None, "3"]
    assert rows[1]["line"] == 2
    assert "skipped unread" in rows[1]["error"]
    _one_error_line(err, "p.jsonl:2: the line holds 400,1")


@pytest.mark.parametrize(
    "bad",
    [
        _pair("300", "It cost " + "hundreds of " * 500 + "millions of dollars."),
        json.dumps({"id": "300", "translation": 5, "reference": SENTENCE}),
        '{"id": "300", "translation": ',
    ],
)
def test_six_hundred_pairs_with_one_bad_give_599_results_and_one_error_row(
    bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [_pair(str(i), f"It cost {i} dollars.", f"It cost {i} dollars.") for i in range(600)]
    lines[300] = bad
    path = _pairs_file(tmp_path / "p.jsonl", lines)
    status = main(["pairs", path])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 600
    errors = [r for r in rows if "error" in r]
    # number words that overflow are a pair that can be checked (a result), not an error
    assert (status, len(errors)) == ((0, 0) if "hundreds" in bad else (2, 1))
    assert all(r["line"] == 301 for r in errors)


def test_an_empty_pairs_file_says_so_and_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _pairs_file(tmp_path / "p.jsonl", [])
    assert main(["pairs", path]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"xcheck: warning: {path}: no pairs (the input is empty)\n"


# --- standard streams ----------------------------------------------------------------------------


def _shell(command: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(
        ["sh", "-c", f"{sys.executable} -m xcheck {command}"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )


@pytest.mark.parametrize("command", ["check - REFS", "pairs -", "compare - PAIRS"])
def test_a_closed_standard_input_is_one_line(command: str, inputs: tuple[str, str], tmp_path: Path) -> None:
    pairs = _pairs_file(tmp_path / "p.jsonl", [_pair("1")])
    done = _shell(command.replace("REFS", inputs[1]).replace("PAIRS", pairs) + " <&-")
    assert done.returncode == 2, done.stderr
    assert done.stderr == "xcheck: error: <stdin>: standard input is closed\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize(
    "command", ["check TEXT REFS", "pairs PAIRS", "pairs PAIRS --format markdown", "demo"]
)
def test_a_full_standard_output_is_one_line_and_exit_2(
    command: str, inputs: tuple[str, str], tmp_path: Path
) -> None:
    pairs = _pairs_file(tmp_path / "p.jsonl", [_pair("1")])
    command = command.replace("TEXT", inputs[0]).replace("REFS", inputs[1]).replace("PAIRS", pairs)
    done = _shell(command + " > /dev/full")
    assert done.returncode == 2, done.stderr
    assert done.stderr == "xcheck: error: <stdout>: cannot write: No space left on device\n"


@pytest.mark.parametrize("command", ["check TEXT REFS", "pairs PAIRS"])
def test_a_closed_standard_output_still_ends_quietly(
    command: str, inputs: tuple[str, str], tmp_path: Path
) -> None:
    pairs = _pairs_file(tmp_path / "p.jsonl", [_pair("1")])
    command = command.replace("TEXT", inputs[0]).replace("REFS", inputs[1]).replace("PAIRS", pairs)
    done = _shell(command + " >&-")
    assert (done.returncode, done.stderr) == (0, "")


# --- bidirectional controls ----------------------------------------------------------------------


def test_bidi_controls_are_shown_in_html_and_markdown_and_kept_in_the_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    t = tmp_path / "t.txt"
    t.write_text("The minister \u202eevil\u202c said 28,500 troops arrived.\n", encoding="utf-8")
    r = tmp_path / "r.jsonl"
    statement = {
        "id": "R1",
        "text": "The minister \u2066said\u2069 18,500 troops arrived.",
        "source": "A\u202eP",
    }
    r.write_text(json.dumps(statement) + "\n", encoding="utf-8")
    controls = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
    for fmt in ("markdown", "html"):
        assert main(["check", str(t), str(r), "--format", fmt]) == 0
        out = capsys.readouterr().out
        assert not any(c in out for c in controls), fmt
        assert "U+202E&gt;evil&lt;U+202C" in out
        assert "U+2066&gt;said&lt;U+2069" in out
    assert main(["check", str(t), str(r), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (finding,) = data["findings"]
    span = finding["translation"]
    assert data["sentences"][0]["text"][span["start"] - data["sentences"][0]["start"] :].startswith("28,500")
    assert "\u202e" in data["sentences"][0]["text"]  # the data model keeps the text as it is
