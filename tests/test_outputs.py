"""The CI and terminal outputs: text, SARIF 2.1.0 (validated against the OASIS schema), JUnit XML,
CSV, GitHub annotations; format inference from -o; colour rules; compare --format json / --fail-on."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import xcheck
from test_render_support import sample_report
from xcheck import render
from xcheck._fixtures import observer_network
from xcheck.cli import main

jsonschema = pytest.importorskip("jsonschema")

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def demo() -> xcheck.Report:
    t, r = observer_network()
    return xcheck.check(
        xcheck.read_translation(t),
        xcheck.read_references(r),
        translation_name=t.name,
        references_name=r.name,
    )


def _line_of(text: str, needle: str) -> tuple[int, int]:
    at = text.index(needle)
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def test_text_is_one_compiler_style_line_per_finding(demo: xcheck.Report) -> None:
    out = render.to_text(demo, translation_path="news/t.txt", references_path="news/r.jsonl")
    lines = out.splitlines()
    assert len(lines) == len(demo.findings) + 1
    line, col = _line_of(demo.translation, "Hackett")
    assert f"news/t.txt:{line}:{col}: major name: name 'Hackett' looks like" in out
    # An omission points at its statement's line of the references file.
    assert "news/r.jsonl:6:1: minor omission: statement R06 (Yonhap) is not rendered" in out
    assert lines[-1] == "14 findings (5 major, 9 minor); fidelity 0.7890"
    assert "\x1b[" not in out


def test_text_colour_marks_only_the_severity_word(demo: xcheck.Report) -> None:
    out = render.to_text(demo, color=True)
    assert "\x1b[31mmajor\x1b[0m name: " in out
    assert "\x1b[33mminor\x1b[0m number: " in out


@pytest.mark.parametrize(
    ("env", "tty", "expected"),
    [
        ({}, True, True),
        ({}, False, False),
        ({"NO_COLOR": "1"}, True, False),
        ({"NO_COLOR": ""}, True, True),  # an empty NO_COLOR does not count (no-color.org)
        ({"FORCE_COLOR": "1"}, False, True),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False, False),
        ({"TERM": "dumb"}, True, False),
    ],
)
def test_colour_rules(env: dict[str, str], tty: bool, expected: bool) -> None:
    class Stream(io.StringIO):
        def isatty(self) -> bool:
            return tty

    assert render.use_color(Stream(), env) is expected


def test_sarif_validates_against_the_sarif_2_1_0_schema(demo: xcheck.Report) -> None:
    log = json.loads(render.to_sarif(demo, translation_path="news/t.txt", references_path="news/r.jsonl"))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=str)
    assert errors == []
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    assert run["tool"]["driver"]["name"] == "xcheck"
    assert len(run["results"]) == len(demo.findings) == 14
    hackett = next(r for r in run["results"] if r["ruleId"] == "name")
    region = hackett["locations"][0]["physicalLocation"]["region"]
    assert hackett["level"] == "error"
    assert region["snippet"]["text"] == "Hackett"
    assert demo.translation[region["charOffset"] : region["charOffset"] + region["charLength"]] == "Hackett"
    assert (region["startLine"], region["startColumn"]) == _line_of(demo.translation, "Hackett")
    assert hackett["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/t.txt"
    assert hackett["partialFingerprints"]["xcheckFindingId/v1"].startswith("XC-")
    assert {r["level"] for r in run["results"] if r["properties"]["severity"] == "minor"} == {"warning"}
    # Every rule a result names exists at the index it gives.
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])


def test_sarif_of_a_clean_report_is_valid_and_empty() -> None:
    report = xcheck.check(
        "About 28,500 troops are there.", [{"id": "R1", "text": "About 28,500 troops are there."}]
    )
    log = json.loads(render.to_sarif(report))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    assert log["runs"][0]["results"] == []


def test_junit_has_a_testcase_per_sentence_and_statement(demo: xcheck.Report) -> None:
    root = ET.fromstring(render.to_junit(demo))
    assert root.tag == "testsuites"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    sentences, statements = suites["sentences"], suites["statements"]
    assert len(sentences.findall("testcase")) == len(demo.sentences) == 33
    assert len(statements.findall("testcase")) == len(demo.statements) == 28
    assert sentences.get("skipped") == "5"  # bylines, credits and notices
    failures = root.findall(".//failure")
    assert len(failures) == len(demo.findings)
    assert root.get("failures") == "13"  # 12 findings in 11 sentences, 2 omissions in 2 statements
    omitted = {c.get("name") for c in statements.findall("testcase") if c.find("failure") is not None}
    assert omitted == {"statement R06", "statement R25"}
    name = next(f for f in failures if f.get("type") == "major name")
    assert "expected: Pete Hegseth" in (name.text or "")
    assert "found: Hackett" in (name.text or "")


def test_csv_rows_match_the_records_and_defuse_formulas() -> None:
    report = sample_report(hostile=True)
    text = render.to_csv(report)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(report.findings)
    assert list(rows[0]) == list(render.RECORD_FIELDS)
    hackett = next(r for r in rows if r["found"] == "Hackett")
    assert (hackett["kind"], hackett["severity"], hackett["expected"]) == ("name", "major", "Pete Hegseth")
    # A cell a spreadsheet would run as a formula is quoted with an apostrophe.
    assert render._csv._safe("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert render._csv._safe("-3%") == "-3%"
    assert render._csv._safe("@SUM(A1)") == "'@SUM(A1)"


def test_github_annotations(demo: xcheck.Report) -> None:
    out = render.to_github(demo, translation_path="news/t.txt", references_path="news/r.jsonl")
    lines = out.splitlines()
    assert len(lines) == 14
    line, col = _line_of(demo.translation, "Hackett")
    hackett = next(x for x in lines if "Hackett" in x)
    assert hackett.startswith(
        f"::error file=news/t.txt,line={line},col={col},endLine={line},endColumn={col + 7},"
    )
    assert "title=xcheck major name (XC-" in hackett
    assert sum(x.startswith("::warning ") for x in lines) == 9
    # % and newlines in a message are escaped, as the Actions toolkit does.
    assert "rounding drift of 1.75%25" in out


def test_output_extension_picks_the_format(tmp_path: Path) -> None:
    t, r = observer_network()
    for name, check in [
        ("out.html", lambda s: s.startswith("<!DOCTYPE html>")),
        ("out.sarif", lambda s: json.loads(s)["version"] == "2.1.0"),
        ("out.sarif.json", lambda s: json.loads(s)["version"] == "2.1.0"),
        ("out.json", lambda s: json.loads(s)["schema"] == "xcheck.report/1"),
        ("out.xml", lambda s: ET.fromstring(s).tag == "testsuites"),
        ("out.csv", lambda s: s.startswith("result,document,id,")),
        ("out.md", lambda s: s.startswith("# xcheck report")),
        ("out.txt", lambda s: s.rstrip().endswith("fidelity 0.7890")),
    ]:
        out = tmp_path / name
        assert main(["check", str(t), str(r), "-o", str(out)]) == 0
        assert check(out.read_text(encoding="utf-8")), name
    # An explicit --format wins over the extension.
    out = tmp_path / "x.html"
    assert main(["check", str(t), str(r), "-o", str(out), "--format", "markdown"]) == 0
    assert out.read_text(encoding="utf-8").startswith("# xcheck report")


def test_unknown_extension_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    t, r = observer_network()
    assert main(["check", str(t), str(r), "-o", str(tmp_path / "out.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "cannot tell the format from" in err
    assert "give --format" in err


def test_piped_check_stays_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    t, r = observer_network()
    assert main(["check", str(t), str(r)]) == 0  # capsys: standard output is not a terminal
    assert capsys.readouterr().out.startswith("# xcheck report")


def test_check_defaults_to_text_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    t, r = observer_network()
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(["check", str(t), str(r), "--fail-on", "major"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == "14 findings (5 major, 9 minor); fidelity 0.7890"
    assert "\x1b[" not in out


def _pairs(path: Path, rows: list[tuple[str, str, str]]) -> str:
    path.write_text(
        "".join(json.dumps({"id": i, "translation": t, "reference": r}) + "\n" for i, t, r in rows),
        encoding="utf-8",
    )
    return str(path)


def test_compare_json_and_fail_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    refs = [f"The ministry said {n},500 troops left on May {n}." for n in range(1, 13)]
    good = _pairs(tmp_path / "a.jsonl", [(str(i), r, r) for i, r in enumerate(refs)])
    bad = _pairs(
        tmp_path / "b.jsonl",
        [(str(i), r.replace(",500", ",900").replace("left", "stayed"), r) for i, r in enumerate(refs)],
    )
    assert main(["compare", good, bad, "--samples", "200", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "xcheck.compare/1"
    assert data["winner"] == "a"
    assert data["n_pairs"] == 12
    assert {m["metric"] for m in data["metrics"]} >= {"overall", "chrf", "bleu", "ter"}
    # The candidate (B) is significantly less faithful: a regression gate fails.
    assert main(["compare", good, bad, "--samples", "200", "--fail-on", "regression"]) == 1
    assert main(["compare", bad, good, "--samples", "200", "--fail-on", "regression"]) == 0
    assert main(["compare", good, bad, "--samples", "200", "--fail-on", "major"]) == 1
    assert main(["compare", bad, good, "--samples", "200", "--fail-on", "minor"]) == 0
    out = tmp_path / "cmp.json"
    assert main(["compare", good, bad, "--samples", "200", "--format", "json", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["winner"] == "a"


def test_pairs_progress_bar_is_on_stderr_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [(str(i), f"Sales fell {i}% in May.", f"Sales fell {i}% in May.") for i in range(200)]
    path = _pairs(tmp_path / "p.jsonl", rows)
    assert main(["pairs", path, "--progress", "--jobs", "1"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 200
    assert all(json.loads(line)["findings"] == [] for line in captured.out.splitlines())
    assert "200/200" in captured.err  # tqdm's counter
    assert main(["pairs", path, "--no-progress", "--jobs", "1"]) == 0
    assert capsys.readouterr().err == ""


def test_ci_outputs_name_files_as_given_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "t.txt").write_text("Sales fell 3% in May.\n", encoding="utf-8")
    refs = json.dumps({"id": "R1", "text": "Sales fell 4% in May."}) + "\n"
    (tmp_path / "news" / "r.jsonl").write_text(refs, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "news/t.txt", "news/r.jsonl", "--format", "sarif"]) == 0
    (result,) = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/t.txt"
    # An absolute path inside the working folder is made relative to it (GitHub wants repository paths).
    assert main(["check", str(tmp_path / "news" / "t.txt"), "news/r.jsonl", "--format", "github"]) == 0
    assert capsys.readouterr().out.startswith("::error file=news/t.txt,line=1,col=12,")
