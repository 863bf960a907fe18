"""Reading inputs: every bad input is a clear XcheckError naming the file, the line and the reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from xcheck._io import parse_pairs, parse_references, read_references, read_translation
from xcheck.errors import (
    DuplicateIdError,
    ReferenceFormatError,
    ResourceError,
    TranslationError,
    XcheckError,
)


def test_reads_statement_fields() -> None:
    (st,) = parse_references(
        [
            '{"id": "R1", "text": "x", "source": "WSJ", "date": "2025-05-22", "lang": "KO", "url": "u", "paragraph": 3}'
        ]
    )
    assert (st.id, st.text, st.source, st.date, st.lang, st.url) == (
        "R1",
        "x",
        "WSJ",
        dt.date(2025, 5, 22),
        "ko",
        "u",
    )
    assert st.meta == {"paragraph": 3}
    assert st.line == 1


def test_defaults_and_blank_lines() -> None:
    statements = parse_references(
        ["", '{"id": 7, "text": "a"}', "   ", '{"id": "8", "text": "b", "date": null}']
    )
    assert [s.id for s in statements] == ["7", "8"]
    assert statements[0].lang == "en"
    assert statements[1].date is None
    assert statements[1].line == 4


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"text": "x"}', "missing required field 'id'"),
        ('{"id": "R1"}', "missing required field 'text'"),
        ('{"id": "R1", "text": ""}', "field 'text' is empty"),
        ('{"id": "R1", "text": 5}', "field 'text' must be a string"),
        ('{"id": true, "text": "x"}', "field 'id' must be a string"),
        ('{"id": "R1", "text": "x", "date": "22 May 2025"}', "not a date in the form YYYY-MM-DD"),
        ('{"id": "R1", "text": "x", "date": 20250522}', "field 'date' must be a string"),
        ('{"id": "R1", "text": "x", "date": "20250523"}', "field 'date' is '20250523', not a date"),
        ('{"id": "R1", "text": "x", "date": "2025-W21-5"}', "field 'date' is '2025-W21-5', not a date"),
        ('{"id": "R1", "text": "x", "date": "2025-05-23T10:00"}', "not a date in the form YYYY-MM-DD"),
        ('{"id": "R1", "text": "x", "date": "2025-02-30"}', "not a date in the form YYYY-MM-DD"),
        ('{"id": "R1", "text": "x", "date": "\u0662025-05-23"}', "not a date in the form YYYY-MM-DD"),
        ('{"id": "R1", "text": "x", "source": 3}', "field 'source' must be a string"),
    ],
)
def test_bad_reference_lines(line: str, reason: str) -> None:
    with pytest.raises(ReferenceFormatError) as info:
        parse_references(['{"id": "R0", "text": "ok"}', line], path="refs.jsonl")
    err = info.value
    assert err.path == "refs.jsonl"
    assert err.line == 2
    assert reason in err.reason
    assert str(err).startswith("refs.jsonl:2: ")
    assert isinstance(err, ValueError)
    assert isinstance(err, XcheckError)


def test_duplicate_ids() -> None:
    with pytest.raises(DuplicateIdError, match=r"refs.jsonl:3: duplicate id 'R1' \(first on line 1\)"):
        parse_references(['{"id": "R1", "text": "a"}', "", '{"id": "R1", "text": "b"}'], path="refs.jsonl")


def test_empty_references() -> None:
    with pytest.raises(ReferenceFormatError, match="no reference statements"):
        parse_references(["", "  "], path="r.jsonl")


def test_files(tmp_path: Path) -> None:
    missing = tmp_path / "missing.jsonl"
    with pytest.raises(ResourceError, match="no such file"):
        read_references(missing)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"fine line\nbad \xff byte\n")
    with pytest.raises(TranslationError, match=r"bad.txt:2: not UTF-8: byte 0xff"):
        read_translation(bad)
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n\t\n", encoding="utf-8")
    with pytest.raises(TranslationError, match="the translation is empty"):
        read_translation(empty)
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffHello.".encode())
    assert read_translation(bom) == "Hello."
    refs = tmp_path / "refs.jsonl"
    refs.write_bytes(b'{"id": "R1", "text": "caf\xe9"}\n')
    with pytest.raises(ReferenceFormatError, match=r"refs\.jsonl:1: not UTF-8"):
        read_references(refs)
    with pytest.raises(ResourceError, match="is a directory"):
        read_translation(tmp_path)


def test_pairs_go_on_after_a_bad_line() -> None:
    lines = [
        '{"id": "p1", "translation": "a", "reference": "b"}',
        "oops",
        '{"id": "p1", "translation": "c", "reference": "d"}',
        '{"id": "p3", "translation": "", "reference": "d", "lang": "ko"}',
        '{"id": "p4", "reference": "d"}',
    ]
    out = list(parse_pairs(lines, path="p.jsonl"))
    assert [type(x).__name__ for x in out] == [
        "Pair",
        "ReferenceFormatError",
        "ReferenceFormatError",
        "Pair",
        "ReferenceFormatError",
    ]
    assert [getattr(x, "line", None) for x in out] == [1, 2, 3, 4, 5]
    assert "duplicate id 'p1'" in str(out[2])
    assert "missing required field 'translation'" in str(out[4])


def test_a_json_string_holding_a_line_separator_is_one_line(tmp_path: Path) -> None:
    """JSONL is split at \\n only: U+2028, U+2029 and U+0085 inside a JSON string are text, and the
    line numbers after them do not shift."""
    path = tmp_path / "refs.jsonl"
    path.write_text(
        '{"id": "R1", "text": "a\u2028b\u2029c\u0085d"}\n{"id": "R2", "text": "Sales rose 2%."}\n',
        encoding="utf-8",
    )
    statements = read_references(path)
    assert [s.id for s in statements] == ["R1", "R2"]
    assert statements[0].text == "a\u2028b\u2029c\u0085d"
    assert statements[1].line == 2


def test_date_objects_in_mappings() -> None:
    from xcheck._io import statement_from_mapping

    st = statement_from_mapping({"id": "R1", "text": "x", "date": dt.date(2025, 5, 23)})
    assert st.date == dt.date(2025, 5, 23)
    with pytest.raises(ReferenceFormatError, match="field 'date' is a datetime, not a date"):
        statement_from_mapping({"id": "R1", "text": "x", "date": dt.datetime(2025, 5, 23, 10, 0)})
