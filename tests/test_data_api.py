"""The Python data API: to_dict on results, to_records / to_dataframe, subpackages as attributes,
the rates option on the command line, the schema command and the --help texts."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import xcheck
from xcheck.cli import main


@pytest.fixture(scope="module")
def report() -> xcheck.Report:
    return xcheck.check(
        "Defense Secretary Hackett said about 29,000 troops are stationed in South Korea.",
        [
            {
                "id": "R1",
                "text": "Defense Secretary Pete Hegseth said 28,500 troops are stationed in South Korea.",
            }
        ],
    )


def test_to_dict_is_json_and_matches_the_renderers(report: xcheck.Report) -> None:
    data = report.to_dict()
    assert json.loads(json.dumps(data, allow_nan=False)) == data
    assert data == xcheck.render.to_dict(report)
    assert data["schema"] == "xcheck.report/1"
    finding = report.findings[0]
    assert finding.to_dict() == xcheck.render.finding_to_dict(finding)
    assert report.fidelity.to_dict()["overall"] == pytest.approx(report.fidelity.overall)
    pair = xcheck.check_pair("Sales fell 3%.", "Sales fell 4%.")
    pd = pair.to_dict()
    assert json.loads(json.dumps(pd)) == pd
    assert (pd["translation"], pd["reference"]) == ("Sales fell 3%.", "Sales fell 4%.")
    assert [(f["kind"], f["expected"], f["found"]) for f in pd["findings"]] == [("number", "4%", "3%")]


def test_to_records_flattens_reports_and_pairs(report: xcheck.Report) -> None:
    pair = xcheck.check_pair("Sales fell 3%.", "Sales fell 4%.")
    rows = xcheck.to_records([report, pair])
    assert {r["result"] for r in rows} == {0, 1}
    assert all(list(r) == list(xcheck.render.RECORD_FIELDS) for r in rows)
    name = next(r for r in rows if r["kind"] == "name")
    assert (name["found"], name["expected"], name["sentence"], name["reference_id"]) == (
        "Hackett",
        "Pete Hegseth",
        0,
        "R1",
    )
    assert report.translation[name["start"] : name["end"]] == "Hackett"
    assert (name["line"], name["column"]) == (1, name["start"] + 1)
    last = rows[-1]
    assert (last["result"], last["sentence"], last["expected"]) == (1, None, "4%")
    assert json.loads(json.dumps(rows)) == rows
    with pytest.raises(TypeError, match="Report or PairResult"):
        xcheck.to_records(["not a result"])  # type: ignore[list-item]


def test_to_dataframe_imports_pandas_only_when_called(
    report: xcheck.Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    # Importing xcheck never imports pandas.

    probe = subprocess.run(
        [sys.executable, "-c", "import sys, xcheck; print('pandas' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(Path(xcheck.__file__).parents[1])},
    )
    assert probe.stdout.strip() == "False"
    calls: list[Any] = []
    fake = types.ModuleType("pandas")

    class DataFrame:
        @staticmethod
        def from_records(records: list[dict[str, Any]], columns: list[str]) -> tuple[str, int, list[str]]:
            calls.append(records)
            return ("frame", len(records), columns)

    fake.DataFrame = DataFrame  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pandas", fake)
    frame = xcheck.to_dataframe(report)
    assert frame == ("frame", len(report.findings), list(xcheck.render.RECORD_FIELDS))
    assert calls[0] == xcheck.to_records(report)


def test_to_dataframe_without_pandas_says_how_to_get_it(
    report: xcheck.Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match="pip install pandas"):
        xcheck.to_dataframe(report)


def test_subpackages_are_attributes_after_import_xcheck() -> None:
    import subprocess

    code = "import xcheck; print(xcheck.render.to_html.__name__, xcheck.testing.assert_faithful.__name__)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(Path(xcheck.__file__).parents[1])},
    )
    assert out.stdout.split() == ["to_html", "assert_faithful"]


def test_assert_faithful_hides_its_own_frame() -> None:
    from xcheck.testing import UnfaithfulTranslation, assert_faithful

    with pytest.raises(UnfaithfulTranslation) as info:
        assert_faithful("Sales fell 3%.", "Sales fell 4%.")
    frames = [e for e in info.traceback if e.frame.code.name == "assert_faithful"]
    assert frames
    assert all(e.ishidden(info) if _takes_excinfo(e) else e.ishidden() for e in frames)


def _takes_excinfo(entry: Any) -> bool:
    import inspect

    return len(inspect.signature(entry.ishidden).parameters) >= 1


def test_rates_file_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    t = tmp_path / "t.txt"
    t.write_text("The deal is worth 1.38 billion won.\n", encoding="utf-8")
    r = tmp_path / "r.jsonl"
    r.write_text(json.dumps({"id": "R1", "text": "The deal is worth $1 million."}) + "\n", encoding="utf-8")
    assert main(["check", str(t), str(r), "--format", "json"]) == 0
    without = json.loads(capsys.readouterr().out)["findings"]
    rates = tmp_path / "rates.json"
    rates.write_text(json.dumps({"USD/KRW": 1380}), encoding="utf-8")
    assert main(["check", str(t), str(r), "--format", "json", "--rates", str(rates)]) == 0
    with_rates = json.loads(capsys.readouterr().out)["findings"]
    assert without != with_rates
    assert not [f for f in with_rates if f["kind"] == "number"]
    rates.write_text(json.dumps({"USD": 1380}), encoding="utf-8")
    assert main(["check", str(t), str(r), "--rates", str(rates)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "rates.json" in err
    assert '"FROM/TO"' in err


def test_schema_command_prints_the_bundled_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "report"]) == 0
    printed = json.loads(capsys.readouterr().out)
    source = Path(__file__).parents[1] / "docs" / "schema" / "xcheck.report-1.json"
    assert printed == json.loads(source.read_text(encoding="utf-8"))
    with pytest.raises(SystemExit) as exc:
        main(["schema", "nope"])
    assert exc.value.code == 2


@pytest.mark.parametrize("command", ["check", "demo", "pairs", "compare", "schema"])
def test_every_command_help_has_a_description_examples_and_exit_status(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out
    assert f"xcheck {command}" in out.split("examples:")[1]
    assert "exit status:" in out
    assert out.split("\n\n")[1].strip()  # a description paragraph after the usage


def test_every_field_of_the_result_types_is_documented() -> None:
    """mkdocstrings lists a field in the API reference only when it has a docstring."""
    import ast

    import attrs

    source = (Path(xcheck.__file__).parent / "_types.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    for cls in (xcheck.Finding, xcheck.Report, xcheck.PairResult, xcheck.Fidelity):
        (node,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls.__name__]
        documented = set()
        for here, after in zip(node.body, node.body[1:], strict=False):
            if (
                isinstance(here, ast.AnnAssign)
                and isinstance(here.target, ast.Name)
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
                and after.value.value.strip()
            ):
                documented.add(here.target.id)
        assert documented == {f.name for f in attrs.fields(cls)}, cls.__name__
