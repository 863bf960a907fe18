"""Input formats: every format of references and pairs gives the findings JSON Lines gives, and
every bad file an error naming the file, the line and the reason."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from xcheck._fixtures import observer_network
from xcheck.cli import main

TRANSLATION, REFERENCES = observer_network()
ROWS = [json.loads(line) for line in REFERENCES.read_text(encoding="utf-8").splitlines() if line.strip()]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([*args, "--no-config"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def findings(out: str) -> list[tuple[Any, ...]]:
    data = json.loads(out)
    return [
        (f["kind"], f["severity"], (f.get("translation") or {}).get("text"), f["message"])
        for f in data["findings"]
    ]


def table(rows: list[dict[str, Any]], delimiter: str) -> str:
    columns = list(dict.fromkeys(k for row in rows for k in row))
    buf = io.StringIO()
    if delimiter == "\t":
        buf.write("\t".join(columns) + "\n")
        for row in rows:
            buf.write("\t".join("" if row.get(c) is None else str(row[c]) for c in columns) + "\n")
        return buf.getvalue()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def references_as(fmt: str, folder: Path) -> Path:
    path = folder / f"references.{fmt}"
    if fmt == "json":
        path.write_text(json.dumps(ROWS, indent=2, ensure_ascii=False), encoding="utf-8")
    elif fmt in ("csv", "tsv"):
        path.write_text(table(ROWS, "," if fmt == "csv" else "\t"), encoding="utf-8")
    else:
        path.write_text("".join(row["text"] + "\n" for row in ROWS), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def jsonl_findings() -> list[tuple[Any, ...]]:
    out = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(out):
        assert main(["check", str(TRANSLATION), str(REFERENCES), "--format", "json", "--no-config"]) == 0
    return findings(out.getvalue())


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv"])
def test_references_round_trip(
    fmt: str, tmp_path: Path, jsonl_findings: list[tuple[Any, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    path = references_as(fmt, tmp_path)
    code, out, err = run(capsys, "check", str(TRANSLATION), str(path), "--format", "json")
    assert (code, err) == (0, "")
    assert findings(out) == jsonl_findings
    assert len(jsonl_findings) > 5


def test_references_as_plain_text_lose_only_ids_and_dates(
    tmp_path: Path, jsonl_findings: list[tuple[Any, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    # One statement a line: ids are L<line>; sources and dates cannot be given, so the findings
    # that compare a translated date with a statement's date are the only ones missing.
    path = references_as("txt", tmp_path)
    code, out, err = run(capsys, "check", str(TRANSLATION), str(path), "--format", "json")
    assert (code, err) == (0, "")
    dated = [f for f in jsonl_findings if "is dated 2025-" in f[3]]
    assert len(dated) == 2
    expected = []
    for f in jsonl_findings:
        if f in dated:
            continue
        message = f[3]
        for row in ROWS:
            rid = row["id"]
            message = message.replace(f"statement {rid} ({row['source']})", f"statement L{int(rid[1:])}")
        expected.append((*f[:3], message))
    assert sorted(findings(out)) == sorted(expected)


def test_input_format_overrides_the_extension(
    tmp_path: Path, jsonl_findings: list[tuple[Any, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "references.data"
    path.write_text(table(ROWS, "\t"), encoding="utf-8")
    code, out, _ = run(
        capsys, "check", str(TRANSLATION), str(path), "--format", "json", "--input-format", "tsv"
    )
    assert code == 0
    assert findings(out) == jsonl_findings


# --- pairs ---------------------------------------------------------------------------------------

DISCREPANCIES = TRANSLATION.parent / "discrepancies.jsonl"
BY_ID = {row["id"]: row["text"] for row in ROWS}
PAIRS = [
    {"id": f"P{i}", "translation": d["translation_fragment"], "reference": BY_ID[d["reference_id"]]}
    for i, d in enumerate(
        (json.loads(line) for line in DISCREPANCIES.read_text(encoding="utf-8").splitlines() if line.strip()),
        start=1,
    )
    if d.get("reference_id") in BY_ID
] + [{"id": f"S{i}", "translation": row["text"], "reference": row["text"]} for i, row in enumerate(ROWS[:5])]


def pair_results(out: str) -> list[list[tuple[str, str, str]]]:
    rows = [json.loads(line) for line in out.splitlines()]
    return [[(f["kind"], f["severity"], f["message"]) for f in row["findings"]] for row in rows]


@pytest.fixture(scope="module")
def jsonl_pairs(tmp_path_factory: pytest.TempPathFactory) -> list[list[tuple[str, str, str]]]:
    import contextlib

    path = tmp_path_factory.mktemp("pairs") / "pairs.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in PAIRS), encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["pairs", str(path), "--no-config"]) == 0
    results = pair_results(out.getvalue())
    assert len(results) == len(PAIRS) == 10
    assert sum(map(len, results)) >= 5
    return results


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv"])
def test_pairs_round_trip(
    fmt: str, tmp_path: Path, jsonl_pairs: list[Any], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"pairs.{fmt}"
    if fmt == "json":
        path.write_text(json.dumps(PAIRS, indent=1), encoding="utf-8")
    else:
        path.write_text(table(PAIRS, "," if fmt == "csv" else "\t"), encoding="utf-8")
    code, out, err = run(capsys, "pairs", str(path))
    assert (code, err) == (0, "")
    assert pair_results(out) == jsonl_pairs
    assert [json.loads(line)["id"] for line in out.splitlines()] == [p["id"] for p in PAIRS]


def test_pairs_from_two_line_aligned_files(
    tmp_path: Path, jsonl_pairs: list[Any], capsys: pytest.CaptureFixture[str]
) -> None:
    hyp, ref = tmp_path / "hyp.txt", tmp_path / "ref.txt"
    hyp.write_text("".join(p["translation"] + "\n" for p in PAIRS), encoding="utf-8")
    ref.write_text("".join(p["reference"] + "\n" for p in PAIRS), encoding="utf-8")
    code, out, err = run(capsys, "pairs", "--translation", str(hyp), "--reference", str(ref), "--lang", "en")
    assert (code, err) == (0, "")
    assert pair_results(out) == jsonl_pairs
    assert json.loads(out.splitlines()[2])["id"] == "L3"


def _bilingual(fmt: str, path: Path) -> None:
    pytest.importorskip("translate.storage.pypo")
    from translate.storage import po, tmx, xliff

    if fmt == "tmx":
        # A TMX unit holds one variant a language: the translation's is British English.
        store: Any = tmx.tmxfile(sourcelanguage="en", targetlanguage="en-GB")
        for p in PAIRS:
            store.addtranslation(p["reference"], "en", p["translation"], "en-GB")
    else:
        store = po.pofile() if fmt == "po" else xliff.xlifffile(sourcelanguage="en", targetlanguage="en")
        for p in PAIRS:
            unit = store.addsourceunit(p["reference"])
            unit.target = p["translation"]
    path.write_bytes(bytes(store))


@pytest.mark.parametrize("fmt", ["po", "xliff", "tmx"])
def test_pairs_from_bilingual_files(
    fmt: str, tmp_path: Path, jsonl_pairs: list[Any], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"pairs.{'xlf' if fmt == 'xliff' else fmt}"
    _bilingual(fmt, path)
    code, out, err = run(capsys, "pairs", str(path))
    assert (code, err) == (0, "")
    assert pair_results(out) == jsonl_pairs


def test_bilingual_file_without_translate_toolkit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    path = tmp_path / "pairs.po"
    path.write_text('msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    for name in [m for m in sys.modules if m == "translate" or m.startswith("translate.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "translate", None)
    code, _, err = run(capsys, "pairs", str(path))
    assert code == 2
    assert "reading PO files needs translate-toolkit" in err
    assert "pip install 'xcheck-news[formats]'" in err
    assert "Traceback" not in err


# --- bad files -----------------------------------------------------------------------------------

GOOD = {"id": "R1", "text": "Some 28,500 troops are stationed there."}
BAD_REFERENCES = [
    (
        "refs.json",
        '[\n  {"id": "R1", "text": "a"},\n  "R2"\n]\n',
        3,
        "element 2 of the array: expected a JSON object",
    ),
    ("refs.json", '{"id": "R1", "text": "a"}\n', 1, "expected a JSON array of objects, found dict"),
    ("refs.json", '[\n  {"id": "R1",\n   "text": }\n]\n', 3, "not JSON: Expecting value"),
    ("refs.json", "", None, "no reference statements (the file is empty)"),
    ("refs.csv", "id,txt\nR1,Some text\n", 1, "the header has no 'text' column ('txt' looks like it"),
    ("refs.csv", "id,text\nR1,a\nR2\n", 3, "1 fields, too few for the 2 columns of the header"),
    ("refs.csv", 'id,text\nR1,"open quote\n', 2, "not CSV: unexpected end of data"),
    ("refs.csv", "", None, "no reference statements (the file is empty)"),
    ("refs.tsv", "id\ttext\nR1\tSome text\nR2\n", 3, "1 fields, too few for the 2 columns of the header"),
    ("refs.tsv", "id\ttext\nR1\ta\tb\n", 2, "3 fields, too many for the 2 columns of the header"),
    ("refs.tsv", "id\ttext\tdate\nR1\ta\t22 May\n", 2, "field 'date' is '22 May', not a date"),
    ("refs.tsv", "\n\n", None, "no reference statements (the file is empty)"),
    ("refs.txt", "\n  \n", None, "no reference statements (the file is empty)"),
    ("refs.txt", b"first line\nsecond \xff line\n", 2, "not UTF-8: byte 0xff"),
    ("refs.csv", b"id,text\nR1,caf\xe9\n", 2, "not UTF-8: byte 0xe9"),
    ("refs.json", b'[{"id": "R1",\n "text": "\xc3"}]', 2, "not UTF-8: byte 0xc3"),
    ("refs.jsonl", '{"id": "R1", "text": "a"}\n{"id": "R1", "text": "b"}\n', 2, "duplicate id 'R1'"),
]


@pytest.mark.parametrize(("name", "content", "line", "reason"), BAD_REFERENCES)
def test_bad_references(
    name: str,
    content: str | bytes,
    line: int | None,
    reason: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "check", str(TRANSLATION), str(path))
    where = f"{path}:{line}: " if line else f"{path}: "
    assert (code, out) == (2, "")
    assert err.startswith(f"xcheck: error: {where}"), err
    assert reason in err
    assert err.count("\n") == 1


BAD_PAIRS = [
    (
        "p.tsv",
        "id\ttranslation\treference\nP1\ta\tb\nP2\tonly this\n",
        3,
        "2 fields, too few for the 3 columns",
    ),
    ("p.csv", "id,translation\nP1,a\n", 1, "the header has no 'reference' column"),
    ("p.json", '[{"id": "P1", "translation": "a", "reference": "b"},\n 7]', 2, "element 2 of the array"),
    (
        "p.jsonl",
        '{"id": "P1", "translation": "a", "reference": "b"}\n{"id": "P2"}\n',
        2,
        "missing required field",
    ),
    ("p.csv", "", None, "no pairs (the file is empty)"),
    ("p.tsv", b"id\ttranslation\treference\nP1\t\xff\tb\n", 2, "not UTF-8"),
]


@pytest.mark.parametrize(("name", "content", "line", "reason"), BAD_PAIRS)
def test_bad_pairs(
    name: str,
    content: str | bytes,
    line: int | None,
    reason: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "pairs", str(path))
    where = f"{path}:{line}: " if line else f"{path}: "
    assert code == 2
    assert f"xcheck: error: {where}" in err, err
    assert reason in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("fmt", "content", "line", "reason"),
    [
        ("po", 'msgid "a"\nmsgstr "b\n', 2, "not a valid PO file"),
        (
            "xlf",
            '<xliff version="1.2"><file><body>\n<trans-unit id="1"><source>x</sourc>',
            2,
            "not a valid XLIFF",
        ),
        ("tmx", "", None, "no pairs (the file is empty)"),
    ],
)
def test_bad_bilingual_files(
    fmt: str, content: str, line: int | None, reason: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("translate.storage.pypo")
    path = tmp_path / f"p.{fmt}"
    path.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "pairs", str(path))
    where = f"{path}:{line}: " if line else f"{path}: "
    assert code == 2
    assert err.startswith(f"xcheck: error: {where}{reason}"), err


def test_untranslated_unit_is_a_warning_not_a_silent_drop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("translate.storage.pypo")
    path = tmp_path / "p.po"
    path.write_text(
        'msgid "Some 28,500 troops."\nmsgstr "About 29,000 troops."\n\nmsgid "Hello"\nmsgstr ""\n'
    )
    code, out, err = run(capsys, "pairs", str(path))
    assert code == 0
    assert len(out.splitlines()) == 1
    assert f"xcheck: warning: {path}:4: unit 'L4' has no translation; it is not checked" in err
    code, out, err = run(capsys, "pairs", str(path), "--strict")
    assert (code, out) == (2, "")
    assert f"xcheck: error: {path}:4: unit 'L4' has no translation" in err


def test_line_aligned_files_of_different_lengths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hyp, ref = tmp_path / "hyp.txt", tmp_path / "ref.txt"
    hyp.write_text("a\nb\nc\n", encoding="utf-8")
    ref.write_text("a\nb\n", encoding="utf-8")
    code, _, err = run(capsys, "pairs", "--translation", str(hyp), "--reference", str(ref))
    assert code == 2
    assert (
        err
        == f"xcheck: error: {ref}:3: ends after 2 lines, but {hyp} has 3: line-aligned files need one line for each pair\n"
    )


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["pairs"], "missing PAIRS"),
        (["pairs", "--translation", "x.txt"], "missing --reference"),
        (
            ["pairs", "p.jsonl", "--reference", "x.txt"],
            "give PAIRS or --translation and --reference, not both",
        ),
        (["pairs", "--translation", "-", "--reference", "-"], "cannot both be standard input"),
        (["check", "-", "-"], "cannot both be standard input (-)"),
        (["check", "t.txt", "refs.po"], "po (from the extension '.po') is not a format for this input"),
        (
            ["pairs", "hyp.txt"],
            "txt (from the extension '.txt') is not a format for this input: use one of jsonl",
        ),
        (["pairs", "hyp.txt"], "goes with --translation FILE --reference FILE"),
    ],
)
def test_usage_errors(args: list[str], reason: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2
    assert err.startswith("xcheck: error: ")
    assert reason in err


def test_compare_reads_any_pairs_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = tmp_path / "a.tsv"
    a.write_text(table(PAIRS, "\t"), encoding="utf-8")
    b = tmp_path / "b.json"
    b.write_text(json.dumps([{**p, "translation": p["reference"]} for p in PAIRS]), encoding="utf-8")
    assert main(["compare", str(a), str(b), "--samples", "50"]) == 0
    out = capsys.readouterr().out
    assert "a.tsv" in out
    assert "b.json" in out
    bad = tmp_path / "bad.csv"
    bad.write_text("id,translation\nP1,a\n", encoding="utf-8")
    assert main(["compare", str(a), str(bad)]) == 2
    assert capsys.readouterr().err.startswith(f"xcheck: error: {bad}:1: the header has no 'reference' column")


@pytest.mark.parametrize(
    ("name", "content", "hint"),
    [
        (
            "refs.csv",
            "id;text\nR1;a\n",
            "seem separated by ';': separate them with commas (CSV) or tabs (TSV)",
        ),
        ("refs.tsv", "id,text\nR1,a\n", "seem separated by ',': give --input-format csv"),
        ("refs.csv", "id\ttext\nR1\ta\n", "seem separated by '\\t': give --input-format tsv"),
    ],
)
def test_header_with_another_separator(
    name: str, content: str, hint: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "check", str(TRANSLATION), str(path))
    assert code == 2
    assert err.startswith(f"xcheck: error: {path}:1: the header has no 'text' column")
    assert hint in err


def test_csv_with_bom_crlf_and_a_quoted_field_over_two_lines(tmp_path: Path) -> None:
    from xcheck._inputs import read_references_file

    path = tmp_path / "refs.csv"
    path.write_bytes(
        b'\xef\xbb\xbfid,text,date\r\nR1,"Troops, 28,500 of them,\r\nstay.",2025-05-22\r\nR2,Guam.,\r\n'
    )
    first, second = read_references_file(str(path))
    assert (first.id, first.text, str(first.date), first.line) == (
        "R1",
        "Troops, 28,500 of them,\r\nstay.",
        "2025-05-22",
        2,
    )
    assert (second.id, second.date, second.line) == ("R2", None, 4)
    bad = tmp_path / "bad.csv"
    bad.write_text('id,text\nR1,"two\nlines"\nR2\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.csv:4: 1 fields, too few"):
        read_references_file(str(bad))
