"""The CLI contract: formats, exit status, one-line errors, the pairs batch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from xcheck.cli import main


def write(path: Path, text: str | bytes) -> str:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def small(tmp_path: Path) -> tuple[str, str]:
    translation = write(
        tmp_path / "t.txt", "Defense Secretary Hegseth said 4,500 troops would leave on May 22.\n"
    )
    references = write(
        tmp_path / "r.jsonl",
        json.dumps(
            {"id": "R1", "text": "Defense Secretary Pete Hegseth said 4,500 troops would leave on May 23."}
        )
        + "\n",
    )
    return translation, references


def test_demo_prints_the_flagship_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "Hackett" in out
    assert "29,000" in out


def test_check_json(small: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", *small, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "xcheck.report/1"
    (finding,) = data["findings"]
    assert finding["kind"] == "date"
    assert finding["translation"]["text"] == "May 22"
    assert set(data["fidelity"]) >= {"overall", "chrf", "bleu", "ter", "facts"}


def test_fail_on(small: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", *small, "--fail-on", "major"]) == 1
    assert main(["check", *small, "--fail-on", "critical"]) == 0


def test_output_file_and_formats(small: tuple[str, str], tmp_path: Path) -> None:
    for fmt, marker in (("html", "<html"), ("markdown", "# "), ("claimreview", "ClaimReview")):
        out = tmp_path / f"report.{fmt}"
        assert main(["check", *small, "--format", fmt, "--output", str(out)]) == 0
        assert marker in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("translation", "references", "message"),
    [
        ("Fine.", '{"id": "R1", "text": "Fine."}\nnot json\n', "r.jsonl:2: not JSON"),
        ("Fine.", '{"id": "R1"}\n', "r.jsonl:1: missing required field 'text'"),
        ("Fine.", '{"id": "R1", "text": "a"}\n{"id": "R1", "text": "b"}\n', "r.jsonl:2: duplicate id 'R1'"),
        ("Fine.", "", "r.jsonl: no reference statements"),
        ("  \n", '{"id": "R1", "text": "a"}\n', "t.txt: the translation is empty"),
        (b"caf\xe9 au lait.", '{"id": "R1", "text": "a"}\n', "t.txt:1: not UTF-8"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    translation: str | bytes,
    references: str,
    message: str,
) -> None:
    t = write(tmp_path / "t.txt", translation)
    r = write(tmp_path / "r.jsonl", references)
    assert main(["check", t, r]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert message in err
    assert "Traceback" not in err


def test_missing_file_and_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "no-such-file.txt", "no-such.jsonl"]) == 2
    assert "no-such-file.txt: no such file" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["check", "--format", "pdf", "a", "b"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1


def test_pairs_keep_order_and_survive_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        {
            "id": "a",
            "translation": "Sales rose 5% to $3 billion.",
            "reference": "Sales rose 5% to $3 billion.",
        },
        "this is not json",
        {
            "id": "c",
            "translation": "Sales rose 5% to $3 million.",
            "reference": "Sales rose 5% to $3 billion.",
        },
    ]
    path = write(
        tmp_path / "p.jsonl", "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    )
    assert main(["pairs", path]) == 2
    captured = capsys.readouterr()
    rows = [json.loads(x) for x in captured.out.splitlines()]
    assert [r["id"] for r in rows] == ["a", None, "c"]
    assert rows[0]["findings"] == []
    assert rows[1]["line"] == 2
    assert [f["kind"] for f in rows[2]["findings"]] == ["number"]
    assert "p.jsonl:2: not JSON" in captured.err


def test_pairs_fail_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    row = {"id": "c", "translation": "It cost $3 million.", "reference": "It cost $3 billion."}
    path = write(tmp_path / "p.jsonl", json.dumps(row) + "\n")
    assert main(["pairs", path, "--fail-on", "major"]) == 1
    assert main(["pairs", path, "--format", "markdown"]) == 0
    assert "c" in capsys.readouterr().out


def test_console_script_runs_without_traceback(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "xcheck.cli",
            "check",
            str(tmp_path / "none.txt"),
            str(tmp_path / "none.jsonl"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("xcheck: error: ")
    assert "Traceback" not in proc.stderr


def test_ten_megabyte_translation_is_refused_promptly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = "The ministry said 4,500 troops would leave on May 23.\n"
    t = write(tmp_path / "big.txt", line * (10_000_000 // len(line) + 1))
    r = write(tmp_path / "r.jsonl", json.dumps({"id": "R1", "text": line.strip()}) + "\n")
    assert main(["check", t, r]) == 2
    err = capsys.readouterr().err
    assert "big.txt: the translation has more than 2,000,000 characters" in err  # refused as it is read
    assert "--max-chars" in err


def test_accepted_findings_stay_quiet(
    small: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", *small, "--format", "json"]) == 0
    (finding,) = json.loads(capsys.readouterr().out)["findings"]
    accepted = write(tmp_path / "accepted.txt", f"# reviewed\n{finding['id']}  the desk approved this date\n")
    assert main(["check", *small, "--format", "json", "--accepted", accepted, "--fail-on", "minor"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []
    baseline = tmp_path / "baseline.txt"
    assert main(["check", *small, "--write-accepted", str(baseline)]) == 0
    capsys.readouterr()
    assert main(["check", *small, "--accepted", str(baseline), "--fail-on", "minor"]) == 0
    bad = write(tmp_path / "bad.txt", "{not json\n")
    assert main(["check", *small, "--accepted", bad]) == 2
    assert "bad.txt:1:" in capsys.readouterr().err


def test_compare_two_systems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    refs = [f"The ministry said {n:,} troops would leave on May {n % 28 + 1}." for n in range(1000, 1030)]
    good = [{"id": str(i), "translation": r, "reference": r} for i, r in enumerate(refs)]
    bad = [
        {"id": str(i), "translation": r.replace("troops", "soldiers").replace("May", "June"), "reference": r}
        for i, r in enumerate(refs)
    ]
    a = write(tmp_path / "a.jsonl", "\n".join(json.dumps(x) for x in bad))
    b = write(tmp_path / "b.jsonl", "\n".join(json.dumps(x) for x in good))
    assert main(["compare", a, b, "--samples", "200"]) == 0
    out = capsys.readouterr().out
    assert "more faithful by overall: b.jsonl" in out
    c = write(tmp_path / "c.jsonl", "\n".join(json.dumps(x) for x in good[:-1]))
    assert main(["compare", a, c]) == 2
    assert "has no pair with the same id" in capsys.readouterr().err


def test_pairs_in_parallel_give_the_same_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {
            "id": f"p{i}",
            "translation": f"Sales rose {i}% to ${i + 1} billion.",
            "reference": f"Sales rose {i}% to ${i + 1} million.",
        }
        for i in range(40)
    ]
    lines = [json.dumps(r) for r in rows]
    lines.insert(7, "broken")
    path = write(tmp_path / "p.jsonl", "\n".join(lines) + "\n")
    assert main(["pairs", path, "--jobs", "1"]) == 2
    one = capsys.readouterr().out
    assert main(["pairs", path, "--jobs", "2", "--no-progress"]) == 2
    two = capsys.readouterr().out
    assert one == two
    assert len(two.splitlines()) == 41
    assert json.loads(two.splitlines()[7])["line"] == 8
    assert main(["pairs", path, "--jobs", "-1"]) == 2
    assert "--jobs must be" in capsys.readouterr().err


def test_one_failing_pair_is_an_error_row_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import xcheck.batch

    real = xcheck.batch.check_pair

    def flaky(translation: str, reference: str, **kwargs: Any) -> Any:
        if translation == "Pair 300 crashes.":
            raise RuntimeError("boom")
        return real(translation, reference, **kwargs)

    monkeypatch.setattr(xcheck.batch, "check_pair", flaky)  # forked workers inherit it
    lines = []
    for n in range(1, 601):
        text = "Pair 300 crashes." if n == 300 else f"It costs ${n} million."
        lines.append(json.dumps({"id": f"p{n}", "translation": text, "reference": f"It costs ${n} million."}))
    path = write(tmp_path / "pairs.jsonl", "\n".join(lines) + "\n")
    assert main(["pairs", path]) == 2  # as for a bad line
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == [f"p{n}" for n in range(1, 601)]
    errors = [r for r in rows if "error" in r]
    assert errors == [{"id": "p300", "line": 300, "error": errors[0]["error"]}]
    assert "RuntimeError: boom" in errors[0]["error"]
    assert sum("findings" in r for r in rows) == 599
    assert err.count("\n") == 1
    assert f"{path}:300" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("value", ["0", "-5", "many"])
def test_max_chars_must_be_positive(
    small: tuple[str, str], capsys: pytest.CaptureFixture[str], value: str
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["check", *small, "--max-chars", value])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "--max-chars" in err
    assert err.count("\n") == 1
    assert ("at least 1" in err) if value != "many" else ("not a whole number" in err)


@pytest.mark.parametrize("value", [0, -1, 1.5, True, "10"])
def test_check_refuses_a_max_chars_below_one(value: object) -> None:
    from xcheck import check
    from xcheck.errors import OptionError

    with pytest.raises(OptionError, match="max_chars must be a whole number of at least 1"):
        check("Troops: 28,500.", [{"id": "R1", "text": "Troops: 28,500."}], max_chars=value)  # type: ignore[arg-type]
