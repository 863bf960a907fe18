"""Accepted-findings files: the format, its errors (path, line, reason), applying them to
findings and to reports, and the round trip through format_suppressions."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_render_support import sample_report
from xcheck._types import Finding
from xcheck.errors import InputError, ResourceError, SuppressionError, XcheckError
from xcheck.suppress import (
    Acceptance,
    Suppressions,
    apply,
    apply_suppressions,
    format_suppressions,
    load,
    load_suppressions,
    parse_suppressions,
    suppress_report,
)

PROPS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

finding_ids = st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9._:\-]{0,15}\Z")


def test_plain_json_and_comment_lines() -> None:
    text = (
        "\ufeff# accepted\n"
        "\n"
        "XC-1\n"
        "XC-2   rounding is house style  \n"
        "XC-3 # reason after a hash\n"
        '{"id": "XC-4", "reason": "desk approved", "by": "ed"}\n'
        '   {"id": "XC-5"}\n'
    )
    s = parse_suppressions(text, path="accepted.txt")
    assert [(e.id, e.reason, e.line) for e in s.entries] == [
        ("XC-1", None, 3),
        ("XC-2", "rounding is house style", 4),
        ("XC-3", "reason after a hash", 5),
        ("XC-4", "desk approved", 6),
        ("XC-5", None, 7),
    ]
    assert s.entries[3].meta == {"by": "ed"}
    assert s.ids == {"XC-1", "XC-2", "XC-3", "XC-4", "XC-5"}
    assert "XC-2" in s
    assert "XC-9" not in s
    assert len(s) == 5
    assert s.path == "accepted.txt"


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("XC-1\n<bad>\n", 2, "is not a finding id"),
        ("XC-1\n{not json\n", 2, "not valid JSON"),
        ('\n\n{"reason": "x"}\n', 3, "has no 'id'"),
        ('{"id": 5}\n', 1, "non-empty string"),
        ('{"id": ""}\n', 1, "non-empty string"),
        ('{"id": "XC-1", "reason": 3}\n', 1, "'reason' must be a string"),
        ('{"id": "XC-1"} trailing\n', 1, "not valid JSON"),
        ("XC-1 ok\n# c\nXC-1 again\n", 3, "already accepted on line 1"),
        ('["XC-1"]\n', 1, "is not a finding id"),
        ("{}\n", 1, "has no 'id'"),
    ],
)
def test_format_errors_name_path_line_and_reason(text: str, line: int, reason: str) -> None:
    with pytest.raises(SuppressionError) as info:
        parse_suppressions(text, path="acc.txt")
    err = info.value
    assert err.path == "acc.txt"
    assert err.line == line
    assert reason in err.reason
    assert str(err).startswith(f"acc.txt:{line}: ")
    assert isinstance(err, InputError)
    assert isinstance(err, ValueError)


def test_load_reads_files_and_reports_bad_ones(tmp_path: Path) -> None:
    good = tmp_path / "accepted.txt"
    good.write_text("XC-1 fine\n", encoding="utf-8")
    assert load_suppressions(good).ids == {"XC-1"}
    assert load(good).path == str(good)

    with pytest.raises(ResourceError) as missing:
        load_suppressions(tmp_path / "nope.txt")
    assert isinstance(missing.value, FileNotFoundError)
    assert isinstance(missing.value, XcheckError)

    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"XC-1\nXC-2 \xff\xfe\n")
    with pytest.raises(SuppressionError) as info:
        load_suppressions(binary)
    assert info.value.line == 2
    assert "UTF-8" in info.value.reason


def test_parse_accepts_lines() -> None:
    assert parse_suppressions(["XC-1", "# c", "XC-2 why"]).ids == {"XC-1", "XC-2"}


def _finding(fid: str, kind: str = "number", severity: str = "minor") -> Finding:
    return Finding(fid, kind, severity, f"message of {fid}", None, None)  # type: ignore[arg-type]


@PROPS
@given(
    st.lists(finding_ids, unique=True, max_size=8),
    st.lists(finding_ids, unique=True, max_size=8),
)
def test_apply_partitions_findings_and_reports_unused(present: list[str], accepted: list[str]) -> None:
    findings = [_finding(i) for i in present]
    s = Suppressions(tuple(Acceptance(i, None, n) for n, i in enumerate(accepted, start=1)))
    result = apply_suppressions(findings, s)
    assert [f.id for f in result.kept] == [i for i in present if i not in accepted]
    assert [f.id for f, _ in result.suppressed] == [i for i in present if i in accepted]
    assert all(f.id == entry.id for f, entry in result.suppressed)
    assert [e.id for e in result.unused] == [i for i in accepted if i not in present]


@PROPS
@given(
    st.lists(st.tuples(finding_ids, st.text(max_size=30)), max_size=8),
    st.none() | st.text(max_size=20),
)
def test_format_then_parse_round_trips(items: list[tuple[str, str]], reason: str | None) -> None:
    findings = [Finding(i, "name", "major", msg, None, None) for i, msg in items]
    text = format_suppressions(findings, reason=reason)
    parsed = parse_suppressions(text)
    assert [e.id for e in parsed.entries] == list(dict.fromkeys(i for i, _ in items))
    for e in parsed.entries:
        assert e.reason is None or "\n" not in e.reason


def test_suppress_report_drops_findings_rescores_and_notes() -> None:
    report = sample_report()
    s = parse_suppressions("XC-0000000001 Hackett is accepted here\nXC-stale\n", path="acc")
    quiet = suppress_report(report, s)
    assert [f.id for f in quiet.findings] == [f.id for f in report.findings if f.id != "XC-0000000001"]
    assert quiet.fidelity.facts > report.fidelity.facts
    assert quiet.fidelity.overall >= report.fidelity.overall
    assert (quiet.fidelity.chrf, quiet.fidelity.coverage) == (
        report.fidelity.chrf,
        report.fidelity.coverage,
    )
    assert quiet.notes[-2] == "1 accepted finding(s) suppressed (acc): XC-0000000001"
    assert quiet.notes[-1] == "1 accepted id(s) matched no finding (acc): XC-stale (line 2)"
    assert len(quiet.link_fidelity) == len(report.link_fidelity)
    assert apply(report, s) == quiet
    # Applying the same file again removes nothing more.
    again = suppress_report(quiet, parse_suppressions("XC-0000000001\n"))
    assert again.findings == quiet.findings


def test_suppress_report_without_matches_is_unchanged() -> None:
    report = sample_report()
    assert suppress_report(report, Suppressions()) is report


@PROPS
@given(st.sets(st.sampled_from([f"XC-000000000{i}" for i in range(1, 6)])))
def test_suppressing_never_lowers_scores(ids: set[str]) -> None:
    report = sample_report()
    quiet = suppress_report(report, Suppressions(tuple(Acceptance(i) for i in sorted(ids))))
    assert quiet.fidelity.facts >= report.fidelity.facts
    assert quiet.fidelity.overall >= report.fidelity.overall
    assert {f.id for f in quiet.findings} == {f.id for f in report.findings} - ids
    for before, after in zip(report.link_fidelity, quiet.link_fidelity, strict=True):
        assert after.facts >= before.facts
