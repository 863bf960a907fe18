"""xcheck.testing: assert_faithful passes silently on faithful translations, fails with every finding listed
and its spans marked, honours allow=, and works as a pytest plugin that never imports pytest itself."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from test_strategies_pipeline import clean
from xcheck import strategies
from xcheck._check import check_pair
from xcheck._types import Finding
from xcheck.errors import OptionError
from xcheck.strategies import FactSentence, Perturbation
from xcheck.testing import UnfaithfulTranslation, assert_faithful, explain, pytest_assertrepr_compare

PROPERTY = settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))

TRANSLATION = "Officials said 29,500 troops would be deployed to the region by May 22."
REFERENCE = "Officials said 28,500 troops would be deployed to the region by May 22."


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def underlined(line: str, carets: str) -> str:
    """The characters of ``line`` that the ``^`` of ``carets`` stand under (display columns)."""
    first = carets.index("^")
    last = carets.rindex("^") + 1
    out = []
    column = 0
    for ch in line:
        if first <= column < last:
            out.append(ch)
        column += width(ch)
    return "".join(out)


def marked_spans(message: str, label: str) -> list[str]:
    lines = message.splitlines()
    return [
        underlined(line, lines[i + 1]) for i, line in enumerate(lines[:-1]) if line.startswith(f"   {label}")
    ]


def test_a_faithful_translation_passes_silently() -> None:
    assert_faithful("Officials said 28500 troops would go.", "Officials said 28,500 troops would go.")


def test_an_unfaithful_translation_fails_with_each_finding_marked() -> None:
    with pytest.raises(UnfaithfulTranslation) as info:
        assert_faithful(TRANSLATION, REFERENCE)
    error = info.value
    assert isinstance(error, AssertionError)
    assert [f.kind for f in error.findings] == ["number"]
    message = str(error)
    assert message.startswith("translation is not faithful to its reference: 1 finding (1 major)")
    assert error.findings[0].message in message
    assert marked_spans(message, "translation:") == ["29,500"]
    assert marked_spans(message, "reference:") == ["28,500"]
    assert error.findings[0].id in message


def test_marks_line_up_under_chinese_and_korean_text() -> None:
    with pytest.raises(UnfaithfulTranslation) as info:
        assert_faithful(
            "官员表示，5月22日前将向该地区部署2.95万名士兵。", REFERENCE, lang="zh", reference_lang="en"
        )
    message = str(info.value)
    assert marked_spans(message, "translation:") == ["2.95万名"]
    with pytest.raises(UnfaithfulTranslation) as info:
        assert_faithful(
            "당국자들은 5월 23일까지 2만8천500명의 병력이 배치된다고 밝혔다.",
            REFERENCE,
            lang="ko",
            reference_lang="en",
        )
    assert marked_spans(str(info.value), "translation:") == ["5월 23일"]


def test_long_texts_are_cut_around_the_span() -> None:
    filler = "Nothing else happened that day in the capital. " * 5
    with pytest.raises(UnfaithfulTranslation) as info:
        assert_faithful(filler + TRANSLATION + " " + filler, filler + REFERENCE + " " + filler)
    message = str(info.value)
    assert marked_spans(message, "translation:") == ["29,500"]
    assert all(len(line) < 140 for line in message.splitlines())
    assert "…" in message


def test_allow_takes_kinds_severities_ids_and_predicates() -> None:
    found = check_pair(TRANSLATION, REFERENCE).findings
    assert_faithful(TRANSLATION, REFERENCE, allow=["number"])
    assert_faithful(TRANSLATION, REFERENCE, allow="major")
    assert_faithful(TRANSLATION, REFERENCE, allow=[found[0].id])
    assert_faithful(TRANSLATION, REFERENCE, allow=lambda f: f.expected == "28,500 troops")
    with pytest.raises(UnfaithfulTranslation):
        assert_faithful(TRANSLATION, REFERENCE, allow=["minor", "date"])
    with pytest.raises(OptionError, match="neither a finding kind"):
        assert_faithful(TRANSLATION, REFERENCE, allow=["numbers"])
    with pytest.raises(OptionError, match="not 3"):
        assert_faithful(TRANSLATION, REFERENCE, allow=[3])  # type: ignore[list-item]


def test_reference_statements_are_checked_as_a_report() -> None:
    statements = [
        {"id": "S1", "text": REFERENCE},
        {"id": "S2", "text": "Seoul confirmed the plan on May 23."},
    ]
    assert_faithful(REFERENCE + " Seoul confirmed the plan on May 23.", statements)
    with pytest.raises(UnfaithfulTranslation) as info:
        assert_faithful(TRANSLATION + " Seoul confirmed the plan on May 23.", statements)
    message = str(info.value)
    assert marked_spans(message, "translation:") == ["29,500"]
    assert marked_spans(message, "S1:") == ["28,500"]


def test_explain_without_findings_and_without_texts() -> None:
    assert explain(check_pair(REFERENCE, REFERENCE)).startswith("no findings")
    findings = check_pair(TRANSLATION, REFERENCE).findings
    text = explain(None, findings)
    assert "'29,500'" in text
    assert "'28,500'" in text


def test_assertrepr_hook_explains_leftover_findings_only() -> None:
    result = check_pair(TRANSLATION, REFERENCE)
    lines = pytest_assertrepr_compare(None, "==", result.findings, ())
    assert lines is not None
    assert lines[0] == "findings == (): 1 finding (1 major)"
    assert any(result.findings[0].message in line for line in lines)
    assert pytest_assertrepr_compare(None, "==", [], result.findings) is not None
    assert pytest_assertrepr_compare(None, "==", result, []) is not None
    assert pytest_assertrepr_compare(None, "!=", result.findings, ()) is None
    assert pytest_assertrepr_compare(None, "==", (1, 2), ()) is None
    assert pytest_assertrepr_compare(None, "==", (), ()) is None
    assert pytest_assertrepr_compare(None, "==", result.findings, result.findings) is None


def test_importing_xcheck_testing_needs_neither_pytest_nor_hypothesis() -> None:
    code = textwrap.dedent(
        """
        import sys
        sys.modules["pytest"] = None
        sys.modules["hypothesis"] = None
        import xcheck.testing
        assert "_pytest" not in sys.modules
        xcheck.testing.assert_faithful("It cost $3 billion.", "It cost $3bn.")
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_the_plugin_explains_a_failed_findings_assertion(tmp_path: Path) -> None:
    # The plugin is registered as a pytest11 entry point: installing xcheck is enough to load it.
    test_file = tmp_path / "test_user.py"
    test_file.write_text(
        "from xcheck._check import check_pair\n\n\n"
        "def test_numbers_kept():\n"
        f"    assert check_pair({TRANSLATION!r}, {REFERENCE!r}).findings == ()\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(test_file),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "findings == (): 1 finding (1 major)" in run.stdout
    assert "translation: '29,500'" in run.stdout


@PROPERTY
@given(strategies.equivalent_pairs(["en", "zh", "ko"]))
def test_equivalent_pairs_pass(pair: tuple[FactSentence, FactSentence]) -> None:
    translation, reference = pair
    if clean(translation, reference):
        assert_faithful(
            translation.text, reference.text, lang=translation.lang, reference_lang=reference.lang
        )


@PROPERTY
@given(strategies.perturbations(["en", "zh", "ko"], changes=["figure", "scale", "date", "percent-points"]))
def test_perturbations_fail_with_the_changed_fact_marked(p: Perturbation) -> None:
    if not clean(p.translation, p.reference):
        return
    with pytest.raises(UnfaithfulTranslation) as info:
        assert_faithful(p.translation.text, p.reference.text, lang=p.translation.lang)
    error = info.value
    ours: list[Finding] = [
        f
        for f in error.findings
        if f.kind == p.kind
        and f.translation
        and f.translation.start < p.span.end
        and p.span.start < f.translation.end
    ]
    assert ours
    marked = marked_spans(str(error), "translation:")
    assert ours[0].translation is not None
    assert ours[0].translation.text in marked


def test_a_faithful_rendering_with_a_demonym_passes_and_a_changed_figure_fails() -> None:
    """The real-text issue's example: "US" and "American" name one country, "About" and "Some" one
    approximation; the same sentence with 29,500 fails and names the source's 28,500."""
    from xcheck.testing import assert_faithful

    reference = "Some 28,500 American troops are stationed in South Korea."
    assert_faithful("About 28,500 US troops are in South Korea.", reference)
    with pytest.raises(AssertionError, match="28,500") as caught:
        assert_faithful("About 29,500 US troops are in South Korea.", reference)
    assert "number" in str(caught.value)
    assert "name" not in str(caught.value).split("finding")[1]
