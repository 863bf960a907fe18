"""JUnit XML, the test-report format every CI server shows (Jenkins, GitLab, Azure, CircleCI ...).

Two test suites: ``sentences`` has one test case a translated sentence (a failure per finding in
it; a sentence with no checkable claim is *skipped*), ``statements`` one test case a reference
statement (a failure when it is omitted). A finding with no place in either (rare) gets a test case
of its own. Every failure's ``type`` is ``severity kind`` and its text carries expected, found, the
finding id and the position, so the CI page says what to fix.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from xcheck._types import Finding, Report
from xcheck.render._locate import Locator
from xcheck.render._view import View, view


def _failure(case: ET.Element, f: Finding, place: Locator) -> None:
    p = place(f)
    fail = ET.SubElement(case, "failure", {"message": f.message, "type": f"{f.severity} {f.kind}"})
    fail.text = (
        f"{p.path}:{p.line}:{p.column}: {f.severity} {f.kind}: {f.message}\n"
        f"expected: {f.expected if f.expected is not None else '-'}\n"
        f"found: {f.found if f.found is not None else '-'}\n"
        f"id: {f.id}"
    )


def _suite(parent: ET.Element, name: str, cases: list[ET.Element]) -> None:
    failures = sum(1 for c in cases if c.find("failure") is not None)
    skipped = sum(1 for c in cases if c.find("skipped") is not None)
    suite = ET.SubElement(
        parent,
        "testsuite",
        {
            "name": name,
            "tests": str(len(cases)),
            "failures": str(failures),
            "errors": "0",
            "skipped": str(skipped),
        },
    )
    suite.extend(cases)


def _sentence_cases(v: View, t_name: str, place: Locator, placed: set[str]) -> list[ET.Element]:
    r = v.report
    cases = []
    for s in r.sentences:
        p_line, _ = place.lines.line_column(s.start)
        case = ET.Element(
            "testcase",
            {"classname": t_name, "name": f"sentence {s.index}", "file": t_name, "line": str(p_line)},
        )
        in_sentence = v.sentence_findings(s)
        if s.role == "boilerplate" and not in_sentence:
            ET.SubElement(case, "skipped", {"message": "no checkable claim (byline, credit or notice)"})
        for f in in_sentence:
            _failure(case, f, place)
            placed.add(f.id)
        cases.append(case)
    return cases


def to_junit(
    report: Report, *, translation_path: str | None = None, references_path: str | None = None
) -> str:
    """The JUnit XML text of ``report`` (UTF-8, XML declaration, newline at the end)."""
    v = view(report)
    place = Locator(report, translation_path=translation_path, references_path=references_path)
    t_name = translation_path or report.translation_name or "<translation>"
    r_name = references_path or report.references_name or "<references>"
    root = ET.Element("testsuites", {"name": "xcheck"})
    placed: set[str] = set()  # ids of the findings given a test case so far
    sentence_cases = _sentence_cases(v, t_name, place, placed)
    statement_cases = []
    for st in report.statements:
        case = ET.Element("testcase", {"classname": r_name, "name": f"statement {st.id}"})
        if st.line is not None:
            case.set("file", r_name)
            case.set("line", str(st.line))
        for f in v.statement_findings(st.id):
            if f.translation is None:
                _failure(case, f, place)
                placed.add(f.id)
        statement_cases.append(case)
    loose = [f for f in v.findings if f.id not in placed]
    for f in loose:
        case = ET.Element("testcase", {"classname": t_name, "name": f"finding {f.id}"})
        _failure(case, f, place)
        sentence_cases.append(case)
    _suite(root, "sentences", sentence_cases)
    _suite(root, "statements", statement_cases)
    root.set("tests", str(len(sentence_cases) + len(statement_cases)))
    root.set("failures", str(sum(int(s.get("failures", "0")) for s in root)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
