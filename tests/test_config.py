"""Project configuration (xcheck.toml, [tool.xcheck]) and the user glossary that extends the bundled one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from xcheck import _config
from xcheck.cli import main

TRANSLATION = "Defense Secretary Hegseth said 4,500 troops would leave on May 22.\n"
REFERENCE = {"id": "R1", "text": "Defense Secretary Pete Hegseth said 4,500 troops would leave on May 23."}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with a translation and references, and the current directory a folder below it."""
    (tmp_path / "t.txt").write_text(TRANSLATION, encoding="utf-8")
    (tmp_path / "r.jsonl").write_text(json.dumps(REFERENCE) + "\n", encoding="utf-8")
    work = tmp_path / "drafts" / "today"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    return tmp_path


def check(project: Path, *extra: str) -> list[str]:
    return ["check", str(project / "t.txt"), str(project / "r.jsonl"), *extra]


def test_xcheck_toml_is_found_upwards_and_the_command_line_overrides_it(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(check(project)) == 0  # the date finding is major, but nothing asks to fail on it
    (project / "xcheck.toml").write_text('fail-on = "major"\nformat = "json"\n', encoding="utf-8")
    capsys.readouterr()
    assert main(check(project)) == 1
    assert json.loads(capsys.readouterr().out)["findings"][0]["kind"] == "date"
    assert main(check(project, "--fail-on", "critical", "--format", "markdown")) == 0
    assert capsys.readouterr().out.startswith("#")
    assert main(check(project, "--no-config")) == 0


def test_pyproject_table_and_command_tables(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "desk"\n\n[tool.xcheck]\nformat = "json"\nfail_on = "major"\n\n'
        '[tool.xcheck.pairs]\nformat = "markdown"\n',
        encoding="utf-8",
    )
    assert main(check(project)) == 1
    json.loads(capsys.readouterr().out)
    pairs = project / "p.jsonl"
    pairs.write_text(
        json.dumps({"id": "p1", "translation": "It costs $12 billion.", "reference": "It costs $10 billion."})
        + "\n"
    )
    assert main(["pairs", str(pairs)]) == 1
    out = capsys.readouterr().out
    assert "p1" in out
    assert not out.startswith("{")  # markdown, from [tool.xcheck.pairs]


def test_pyproject_without_the_table_is_passed_over(project: Path) -> None:
    (project / "drafts" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (project / "xcheck.toml").write_text('fail-on = "major"\n', encoding="utf-8")
    assert _config.find_config(Path.cwd()) == project / "xcheck.toml"
    assert main(check(project)) == 1


def test_paths_are_relative_to_the_configuration_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "config").mkdir()
    (project / "config" / "xcheck.toml").write_text(
        'accepted = "accepted.txt"\nfail-on = "major"\n', encoding="utf-8"
    )
    assert main(check(project, "--config", str(project / "config" / "xcheck.toml"))) == 2
    err = capsys.readouterr().err
    assert str(project / "config" / "accepted.txt") in err
    assert (
        main(check(project, "--format", "json", "--write-accepted", str(project / "config" / "accepted.txt")))
        == 0
    )
    capsys.readouterr()
    assert main(check(project, "--config", str(project / "config" / "xcheck.toml"))) == 0


@pytest.mark.parametrize(
    ("toml", "line", "reason"),
    [
        ('lang = "en"\nfail-onn = "major"\n', 2, "unknown key 'fail-onn'"),
        ("[pairs]\njobs = 4\n", 2, "unknown key 'pairs.jobs'"),
        ('fail-on = "huge"\n', 1, "fail-on is 'huge', not one of minor, major, critical (for xcheck check)"),
        ("strict = 1\n", 1, "strict must be a boolean, not 1"),
        ("glossary = 3\n", 1, "glossary must be a path (a string), not 3"),
        ('pairs = "json"\n', 1, "'pairs' must be a table"),
        ("lang = \n", 1, "not TOML"),
    ],
)
def test_bad_configuration(
    toml: str, line: int, reason: str, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = project / "xcheck.toml"
    path.write_text(toml, encoding="utf-8")
    assert main(check(project)) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"xcheck: error: {path}:{line}: "), err
    assert reason in err
    assert main(check(project, "--no-config")) == 0


def number_severity(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["demo", "--format", "json", *args]) == 0
    data = json.loads(capsys.readouterr().out)
    (finding,) = [f for f in data["findings"] if f["kind"] == "number" and "29,000" in f["found"]]
    return str(finding["severity"])


def test_tolerance_from_the_command_line_and_the_configuration(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "about 29,000" for 28,500 is 1.75% off: rounding within the default 5%, not within 1%.
    assert number_severity(capsys) == "minor"
    assert number_severity(capsys, "--tolerance", "0.01") == "major"
    (project / "xcheck.toml").write_text("tolerance = 0.01\n", encoding="utf-8")
    assert number_severity(capsys) == "major"
    assert number_severity(capsys, "--tolerance", "0.02") == "minor"
    (project / "xcheck.toml").write_text("tolerance = 1.5\n", encoding="utf-8")
    assert main(["demo"]) == 2
    assert "tolerance must be a number from 0 up to (not including) 1, not 1.5" in capsys.readouterr().err


def test_tolerance_in_the_api() -> None:
    import xcheck
    from xcheck.errors import OptionError

    pair = ("About 29,000 troops.", "Some 28,500 troops.")
    assert [f.severity for f in xcheck.check_pair(*pair).findings] == ["minor"]
    assert [f.severity for f in xcheck.check_pair(*pair, tolerance=0.01).findings] == ["major"]
    assert [f.severity for r in xcheck.check_pairs([pair], tolerance=0.01) for f in r.findings] == ["major"]  # type: ignore[union-attr]
    with pytest.raises(OptionError, match="tolerance must be a number"):
        xcheck.check(*pair, tolerance=1.0)


def test_the_demo_keeps_its_language(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "xcheck.toml").write_text('lang = "ko"\n', encoding="utf-8")
    assert main(["demo"]) == 0
    assert capsys.readouterr().err == ""
    assert main(check(project)) == 0
    assert "the text is not written in Korean (lang ko)" in capsys.readouterr().err


def test_a_bad_language_in_the_configuration_is_an_error(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "xcheck.toml").write_text('lang = "kor"\n', encoding="utf-8")
    assert main(check(project)) == 2
    assert "--lang: 'kor' is not a language code" in capsys.readouterr().err


def test_missing_config_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(check(project, "--config", "nowhere.toml")) == 2
    assert capsys.readouterr().err == "xcheck: error: nowhere.toml: configuration file not found\n"


# --- glossary --------------------------------------------------------------------------------------

USER_GLOSSARY = {
    "entities": [
        {"id": "desk-acme", "name": "Acme Shipping", "kind": "org", "aliases": ["Acme"]},
        {
            "id": "desk-jane",
            "name": "Jane Roe",
            "kind": "person",
            "roles": [{"title": "Minister of Trade", "country": "XX", "from": "2024-01-01"}],
        },
        {"id": "desk-port", "name": "Port Rivermouth", "kind": "place", "aliases": ["Rivermouth"]},
    ]
}


def demo_findings(capsys: pytest.CaptureFixture[str], *extra: str) -> list[tuple[Any, ...]]:
    assert main(["demo", "--format", "json", "--no-config", *extra]) == 0
    data = json.loads(capsys.readouterr().out)
    return [
        (f["kind"], f["severity"], (f.get("translation") or {}).get("text"), f["message"])
        for f in data["findings"]
    ]


def test_a_user_glossary_extends_the_bundled_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "desk.json"
    path.write_text(json.dumps(USER_GLOSSARY), encoding="utf-8")
    bundled = demo_findings(capsys)
    extended = demo_findings(capsys, "--glossary", str(path))
    # Entries about other things lose no finding and add none: the Pentagon is still the US
    # Department of Defense (no name finding), Hackett is still a garbled Hegseth.
    assert extended == bundled
    assert not any(f[0] == "name" and "Pentagon" in (f[2] or "") for f in extended)
    assert any(f[0] == "name" and f[2] == "Hackett" and f[1] == "major" for f in extended)
    # Replacing the bundled glossary changes what is found (the alignment lacks its aliases).
    assert demo_findings(capsys, "--glossary", str(path), "--glossary-only") != bundled


def test_user_entries_win_on_conflict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The desk's entry for Hegseth replaces the bundled one: with "Hackett" as an alias (a
    # rendering the desk accepts), the name is no longer a garbled Hegseth.
    path = tmp_path / "desk.jsonl"
    entry = {"id": "pete-hegseth", "name": "Pete Hegseth", "kind": "person", "aliases": ["Hackett"]}
    path.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    assert any(f[0] == "name" and f[2] == "Hackett" for f in demo_findings(capsys))
    found = demo_findings(capsys, "--glossary", str(path))
    assert not any(f[0] == "name" and f[2] == "Hackett" for f in found)


def test_glossary_only_needs_a_glossary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--glossary-only", "--no-config"]) == 2
    assert "--glossary-only needs --glossary FILE" in capsys.readouterr().err


def test_glossary_from_the_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "desk.json").write_text(json.dumps(USER_GLOSSARY), encoding="utf-8")
    (tmp_path / "xcheck.toml").write_text('glossary = "desk.json"\nglossary-only = true\nformat = "json"\n')
    monkeypatch.chdir(tmp_path)
    replaced = demo_findings(capsys, "--glossary", str(tmp_path / "desk.json"), "--glossary-only")
    assert main(["demo"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [
        (f["kind"], f["severity"], (f.get("translation") or {}).get("text"), f["message"])
        for f in data["findings"]
    ] == replaced
