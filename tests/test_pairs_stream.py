"""`xcheck pairs` streams: rows are written while the file is still being read (bounded read-ahead), the
rows are those of the whole-file reading it replaced (bad lines, BOM, CRLF, U+2028, duplicates in place),
and filter mode (--keep/--drop) puts every input record, unchanged, in exactly one file."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import xcheck
from xcheck import render
from xcheck._io import Pair, decode, jsonl_lines, parse_pairs
from xcheck._pairs_stream import FACT_KINDS, PairFeed, PairsOutput, is_flagged, run_pairs
from xcheck.batch import CHUNKS_AHEAD, CHUNKSIZE
from xcheck.cli import main
from xcheck.errors import ReferenceFormatError


def _line(ident: str, translation: str, reference: str) -> str:
    return json.dumps({"id": ident, "translation": translation, "reference": reference}, ensure_ascii=False)


class _CountingLines:
    """Lines of a long pairs file, made on demand; counts how many were read."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.read = 0

    def __iter__(self) -> Iterator[bytes]:
        for i in range(self.n):
            self.read += 1
            yield _line(f"p{i}", f"It costs ${i} million.", f"It costs ${i} million.").encode()


class _Recorder(io.StringIO):
    """An output that notes how many input lines had been read when each row was written."""

    def __init__(self, lines: _CountingLines) -> None:
        super().__init__()
        self.lines = lines
        self.read_at_write: list[int] = []

    def write(self, text: str) -> int:
        self.read_at_write.append(self.lines.read)
        return super().write(text)


@pytest.mark.parametrize("jobs", [1, 2])
def test_rows_are_written_while_reading_with_a_bounded_read_ahead(jobs: int) -> None:
    lines = _CountingLines(2000)
    out = _Recorder(lines)
    engine = lambda pairs: xcheck.check_pairs(pairs, jobs=jobs)  # noqa: E731
    assert run_pairs(PairFeed(lines, path="big.jsonl"), engine, PairsOutput(out)) == 0
    assert len(out.read_at_write) == 2000
    # Row k is written when at most the pool's read-ahead beyond it has been read (the file is 2000 lines).
    ahead = 1 if jobs == 1 else jobs * CHUNKS_AHEAD * CHUNKSIZE + CHUNKSIZE
    assert all(read - k <= ahead for k, read in enumerate(out.read_at_write, start=1))
    assert out.read_at_write[0] <= ahead < 2000


def _old_rows(data: bytes, name: str) -> list[dict[str, Any]]:
    """The rows as the whole-file reader made them before streaming (read, decode, split, parse)."""
    rows: list[dict[str, Any]] = []
    for item in parse_pairs(jsonl_lines(decode(data, path=name)), path=name):
        if isinstance(item, Pair):
            result = xcheck.check_pair(item.translation, item.reference, lang=item.lang)
            rows.append(
                {
                    "id": item.id,
                    "findings": [render.finding_to_dict(f) for f in result.findings],
                    "fidelity": render.fidelity_to_dict(result.fidelity),
                }
            )
        else:
            rows.append({"id": item.record_id, "line": item.line, "error": item.reason})
    return rows


def test_streamed_rows_equal_the_whole_file_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        "\ufeff" + _line("a", "Sales rose 5% to $3 billion.", "Sales rose 5% to $3 billion."),
        "",
        "not json",
        _line("b", "Troops: 28,500.\u2028New line.", "Troops: 29,000.\u2028New line."),
        _line("a", "Duplicate id.", "Duplicate id."),
        '{"id": "c", "translation": 5, "reference": "x"}',
        _line("d", "The leaders met on May 4.", "The leaders met on June 4."),
        "   ",
        "[1, 2]",
    ]
    data = "\r\n".join(lines).encode()  # CRLF, and no newline after the last line
    path = tmp_path / "p.jsonl"
    path.write_bytes(data)
    assert main(["pairs", str(path)]) == 2
    out, err = capsys.readouterr()
    rows = [json.loads(x) for x in out.splitlines()]
    assert rows == _old_rows(data, str(path))
    # an error row keeps the id its record gives (not a duplicate's: that one names line 1's pair)
    assert [r["id"] for r in rows] == ["a", None, "b", None, "c", "d", None]
    assert [r.get("line") for r in rows if "error" in r] == [3, 5, 6, 9]
    assert err.count("\n") == 4


def test_a_line_that_is_not_utf8_is_an_error_row_and_the_rest_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _line("a", "It costs $3 million.", "It costs $3 billion.").encode()
    bad = b'{"id": "b", "translation": "caf\xe9", "reference": "cafe"}'
    path = tmp_path / "p.jsonl"
    path.write_bytes(good + b"\n" + bad + b"\n" + good.replace(b'"a"', b'"c"') + b"\n")
    assert main(["pairs", str(path)]) == 2
    out, err = capsys.readouterr()
    rows = [json.loads(x) for x in out.splitlines()]
    assert [r["id"] for r in rows] == ["a", None, "c"]
    offset = len(good) + 1 + bad.index(b"\xe9")
    assert rows[1] == {
        "id": None,
        "line": 2,
        "error": f"not UTF-8: byte 0xe9 at offset {offset} cannot be decoded",
    }
    assert f"{path}:2: not UTF-8" in err
    assert "Traceback" not in err


def test_pairs_from_stdin_stream(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = (_line("a", "It costs $3 million.", "It costs $3 billion.") + "\n").encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["pairs", "-", "--fail-on", "major"]) == 1
    assert json.loads(capsys.readouterr().out)["id"] == "a"


def test_jobs_default_is_one_worker(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The measured default (docs/corpora.md): a second worker process is started only when asked."""
    import xcheck.cli

    seen: list[int] = []
    real = xcheck.cli.check_pairs

    def spy(pairs: Any, **kwargs: Any) -> Any:
        seen.append(kwargs["jobs"])
        return real(pairs, **kwargs)

    monkeypatch.setattr(xcheck.cli, "check_pairs", spy)
    path = tmp_path / "p.jsonl"
    path.write_text("".join(_line(f"p{i}", "a", "a") + "\n" for i in range(600)), encoding="utf-8")
    assert main(["pairs", str(path), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert main(["pairs", str(path), "-o", str(tmp_path / "out.jsonl"), "--jobs", "2"]) == 0
    assert seen == [1, 2]


# Golden pairs for filter mode: (id, translation, reference, the strongest fact finding or None).
GOLDEN = [
    ("same", "Sales rose 5% to $3 billion.", "Sales rose 5% to $3 billion.", None),
    (
        "reworded",
        "The talks were held in Seoul on Tuesday.",
        "On Tuesday the talks took place in Seoul.",
        None,
    ),
    ("empty", "", "", None),
    (
        "rounded",
        "About 29,000 troops are stationed there.",
        "Some 28,500 troops are stationed there.",
        "minor",
    ),
    ("scale", "Sales rose 5% to $3 million.", "Sales rose 5% to $3 billion.", "critical"),
    ("date", "The leaders met on May 4 in Seoul.", "The leaders met on June 4 in Seoul.", "major"),
    ("quote", 'Kim said: "We will never give up."', 'Kim said: "We will give up."', "critical"),
    ("name", "Moon Jae-in visited Paris.", "Yoon Suk Yeol visited Paris.", "major"),
]


def _golden_file(tmp_path: Path) -> tuple[Path, list[bytes]]:
    records = [
        # Unusual but valid spellings that must survive byte for byte: spacing, escapes, extra fields.
        (
            json.dumps({"id": i, "translation": t, "reference": r, "note": "kept as is"})
            if n % 2
            else json.dumps({"reference": r, "id": i, "translation": t}, ensure_ascii=False, indent=None)
        ).encode()
        for n, (i, t, r, _) in enumerate(GOLDEN)
    ]
    records.insert(3, b'{"id": "broken", "translation": ')
    records.insert(5, b'{"id": "crlf", "translation": "No facts here.", "reference": "No facts here."}\r')
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(b"\n".join(records[:4]) + b"\n\n" + b"\n".join(records[4:]) + b"\n")
    return path, records


def _id_of(record: bytes) -> str:
    try:
        return str(json.loads(record)["id"])
    except json.JSONDecodeError:
        return "broken"


@pytest.mark.parametrize(("fail_on", "bar"), [(None, 0), ("major", 1), ("critical", 2)])
def test_filter_mode_splits_golden_pairs_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fail_on: str | None, bar: int
) -> None:
    path, records = _golden_file(tmp_path)
    keep, drop = tmp_path / "clean.jsonl", tmp_path / "flagged.jsonl"
    argv = ["pairs", str(path), "--keep", str(keep), "--drop", str(drop)]
    status = main(argv + (["--fail-on", fail_on] if fail_on else []))
    out, err = capsys.readouterr()
    assert status == 2  # the broken line: said on stderr, and dropped
    assert out == ""  # no result rows without --output
    kept, dropped = keep.read_bytes().splitlines(keepends=True), drop.read_bytes().splitlines(keepends=True)
    # Every input record lands in exactly one file, byte for byte and in input order.
    assert sorted(kept + dropped) == sorted(r + b"\n" for r in records)
    ranks = {"minor": 0, "major": 1, "critical": 2}
    expected_drop = {i for i, *_, worst in GOLDEN if worst is not None and ranks[worst] >= bar} | {"broken"}
    assert {_id_of(r) for r in dropped} == expected_drop
    assert kept == [r + b"\n" for r in records if r + b"\n" in kept]  # input order
    assert f"{path}:4: not JSON" in err
    assert f"kept {len(kept)} pairs, dropped {len(dropped)}" in err


def test_filter_mode_with_one_side_and_results(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text(
        "".join(_line(i, t, r) + "\n" for i, t, r, _ in GOLDEN if i in ("same", "scale")), encoding="utf-8"
    )
    keep, results = tmp_path / "clean.jsonl", tmp_path / "results.jsonl"
    assert main(["pairs", str(path), "--keep", str(keep), "-o", str(results)]) == 0  # drops are no failure
    assert keep.read_text(encoding="utf-8") == _line("same", *GOLDEN[0][1:3]) + "\n"
    assert [json.loads(x)["id"] for x in results.read_text(encoding="utf-8").splitlines()] == [
        "same",
        "scale",
    ]
    assert "kept 1 pairs, dropped 1" in capsys.readouterr().err


def test_is_flagged_counts_fact_kinds_only() -> None:
    finding = {"kind": "omission", "severity": "critical"}
    assert not is_flagged({"findings": [finding]}, None)
    assert {"number", "date", "name", "title", "quote", "polarity"} == FACT_KINDS
    assert is_flagged({"findings": [{"kind": "polarity", "severity": "minor"}]}, None)
    assert not is_flagged({"findings": [{"kind": "number", "severity": "minor"}]}, "major")
    assert is_flagged({"id": None, "line": 3, "error": "not JSON"}, "critical")


def test_filter_output_that_cannot_be_written_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text(_line("a", "x", "x") + "\n", encoding="utf-8")
    assert main(["pairs", str(path), "--keep", str(tmp_path / "no" / "such" / "dir.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "cannot write" in err
    assert "Traceback" not in err


def test_a_feed_of_items_read_by_another_reader_streams_and_splits() -> None:
    items: list[Pair | Any] = [
        Pair("a", "It costs $3 million.", "It costs $3 billion.", "en", 1),
        ReferenceFormatError("missing column", path="p.tsv", line=2),
        Pair("b", "Same.", "Same.", "en", 3),
    ]
    out, keep, drop = io.StringIO(), io.BytesIO(), io.BytesIO()
    output = PairsOutput(out, keep=keep, drop=drop)
    feed = PairFeed.of_items(iter(items), path="p.tsv", keep_raw=True)
    assert run_pairs(feed, xcheck.check_pairs, output) == 2
    assert [json.loads(x).get("line") for x in out.getvalue().splitlines()] == [None, 2, None]
    assert json.loads(keep.getvalue()) == {
        "id": "b",
        "translation": "Same.",
        "reference": "Same.",
        "lang": "en",
    }
    assert json.loads(drop.getvalue())["id"] == "a"
    assert (output.kept, output.dropped) == (1, 2)


@pytest.mark.parametrize(
    "extra",
    [["-o", "{input}"], ["--keep", "{input}"], ["--keep", "{dir}/x.jsonl", "--drop", "{dir}/./x.jsonl"]],
)
def test_an_output_that_is_the_input_or_another_output_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    path = tmp_path / "p.jsonl"
    content = _line("a", "It costs $3 million.", "It costs $3 billion.") + "\n"
    path.write_text(content, encoding="utf-8")
    argv = [x.format(input=path, dir=tmp_path) for x in extra]
    assert main(["pairs", str(path), *argv]) == 2
    assert "would be overwritten while it is in use" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == content  # streaming reads the input while writing


def test_engine_dask_without_the_extra_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(__import__("sys").modules, "distributed", None)  # as if not installed
    path = tmp_path / "p.jsonl"
    path.write_text(_line("a", "x", "x") + "\n", encoding="utf-8")
    assert main(["pairs", str(path), "--engine", "dask"]) == 2
    assert main(["pairs", str(path), "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    err = capsys.readouterr().err
    assert "the Dask engine needs dask and distributed: pip install 'xcheck-news[dask]'" in err
    assert "--scheduler needs --engine dask" in err
    assert "Traceback" not in err
