"""Assertions for tests of translation pipelines, and pytest hooks that explain their failures.

:func:`assert_faithful` checks a translation against its reference with xcheck and passes silently
when no fact changed; otherwise it raises :class:`UnfaithfulTranslation` (an :class:`AssertionError`)
whose message lists each finding with its spans marked in both texts::

    translation is not faithful to its reference: 1 finding (1 major)

    1. number, major: expected 28,500 troops, found 29,500 troops: value differs by 3.51%
       translation: Officials said 29,500 troops would arrive.
                                   ^^^^^^
       reference:   Officials said 28,500 troops would arrive.
                                   ^^^^^^
       expected: 28,500 troops  found: 29,500 troops  id: XC-16e396e245

It works in plain pytest tests and inside hypothesis properties (hypothesis shrinks on it like on any
failed assertion). This module imports neither pytest nor hypothesis. Registered as a pytest plugin
(the ``pytest11`` entry point ``xcheck``), :func:`pytest_assertrepr_compare` also explains a failed
``assert result.findings == ()`` with the same listing.

>>> assert_faithful("The ministry said 4,500 troops left.", "The ministry said 4500 troops left.")
>>> try:
...     assert_faithful("The ministry said 45,000 troops left.", "The ministry said 4500 troops left.")
... except UnfaithfulTranslation as error:
...     print(error.findings[0].kind)
number
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

from xcheck._types import (
    FINDING_KINDS,
    SEVERITIES,
    Finding,
    PairResult,
    Report,
    Statement,
    severity_rank,
)
from xcheck.errors import OptionError

if TYPE_CHECKING:
    from xcheck.facts.names import Glossary

__all__ = [
    "Allowed",
    "UnfaithfulTranslation",
    "assert_faithful",
    "explain",
    "pytest_assertrepr_compare",
]

Allowed: TypeAlias = Iterable[str] | Callable[[Finding], bool]
"""What :func:`assert_faithful` tolerates: finding kinds (``"quote"``), severities (``"minor"``: that
severity and below), finding ids (``"XC-..."``), or a predicate on a :class:`xcheck.Finding`."""

#: Characters of context shown on each side of a marked span.
CONTEXT = 40


class UnfaithfulTranslation(AssertionError):
    """A translation that changed facts of its reference; raised by :func:`assert_faithful`.

    ``findings`` are the findings not allowed; ``result`` is the whole
    :class:`xcheck.PairResult` (or :class:`xcheck.Report` for several statements).
    """

    def __init__(self, result: PairResult | Report, findings: Sequence[Finding]) -> None:
        self.result = result
        self.findings = tuple(findings)
        super().__init__(explain(result, self.findings))


def _allowance(allow: Allowed) -> Callable[[Finding], bool]:
    if callable(allow):
        return allow
    items = [allow] if isinstance(allow, str) else list(allow)
    kinds: set[str] = set()
    ids: set[str] = set()
    severity = -1
    for item in items:
        if not isinstance(item, str):
            msg = f"allow takes finding kinds, severities, finding ids or a predicate, not {item!r}"
            raise OptionError(msg)
        if item in FINDING_KINDS:
            kinds.add(item)
        elif item in SEVERITIES:
            severity = max(severity, severity_rank(item))
        elif item.startswith("XC-"):
            ids.add(item)
        else:
            msg = (
                f"allow: {item!r} is neither a finding kind ({', '.join(FINDING_KINDS)}), a severity "
                f"({', '.join(SEVERITIES)}) nor a finding id (XC-...)"
            )
            raise OptionError(msg)

    def allowed(finding: Finding) -> bool:
        return finding.kind in kinds or finding.id in ids or severity_rank(finding.severity) <= severity

    return allowed


def assert_faithful(
    translation: str,
    reference: str | Iterable[Statement | Mapping[str, Any]],
    *,
    allow: Allowed = (),
    lang: str = "en",
    reference_lang: str | None = None,
    glossary: Glossary | None = None,
    rates: Mapping[tuple[str, str], float] | None = None,
) -> None:
    """Fail unless ``translation`` keeps the facts of ``reference``.

    ``reference`` is one string (compared with :func:`xcheck.check_pair`: changed, missing and added
    facts all count) or reference statements (:class:`xcheck.Statement` objects or mappings
    with ``id`` and ``text``, checked with :func:`xcheck.check` in claims mode). ``allow`` tolerates
    findings (see :data:`Allowed`); ``lang``, ``reference_lang``, ``glossary`` and ``rates`` are passed
    on to the check. Raises :class:`UnfaithfulTranslation` listing the findings left, with spans marked.

    >>> assert_faithful("Exports rose 2.1 percentage points.", "Exports rose 2.1%.", allow=["number"])
    """
    __tracebackhide__ = True  # pytest shows the failure at the caller's line, not inside xcheck
    accept = _allowance(allow)
    from xcheck._check import check, check_pair  # imported late: keeps this module light for pytest

    result: PairResult | Report
    if isinstance(reference, str):
        result = check_pair(
            translation, reference, lang=lang, reference_lang=reference_lang, glossary=glossary, rates=rates
        )
    else:
        result = check(translation, reference, lang=lang, glossary=glossary, rates=rates)
    left = [f for f in result.findings if not accept(f)]
    if left:
        raise UnfaithfulTranslation(result, left)


# ---------------------------------------------------------------------------------------------
# Explanations


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal: CJK and full-width characters take two."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        for ch in text
    )


def _visible(text: str) -> str:
    return "".join("⏎" if ch == "\n" else " " if ch in "\t\r\v\f" else ch for ch in text)


def _marked(label: str, text: str, start: int, end: int) -> list[str]:
    """Two lines: ``label`` and the text around ``text[start:end]``, then carets under the span."""
    lo = max(0, start - CONTEXT)
    hi = min(len(text), end + CONTEXT)
    before = ("…" if lo > 0 else "") + _visible(text[lo:start])
    inside = _visible(text[start:end])
    after = _visible(text[end:hi]) + ("…" if hi < len(text) else "")
    line = f"   {label}{before}{inside}{after}"
    carets = " " * (3 + len(label) + _width(before)) + "^" * max(1, _width(inside))
    return [line.rstrip(), carets]


def _reference_text(result: PairResult | Report, statement_id: str) -> str | None:
    if isinstance(result, PairResult):
        return result.reference
    for statement in result.statements:
        if statement.id == statement_id:
            return statement.text
    return None


def _summary(findings: Sequence[Finding]) -> str:
    counts = [(s, sum(1 for f in findings if f.severity == s)) for s in reversed(SEVERITIES)]
    parts = ", ".join(f"{n} {s}" for s, n in counts if n)
    noun = "finding" if len(findings) == 1 else "findings"
    return f"{len(findings)} {noun} ({parts})"


def _finding_lines(number: int, finding: Finding, result: PairResult | Report | None) -> list[str]:
    lines = [f"{number}. {finding.kind}, {finding.severity}: {finding.message}"]
    t = finding.translation
    if t is not None:
        if result is not None and result.translation[t.start : t.end] == t.text:
            lines += _marked("translation: ", result.translation, t.start, t.end)
        else:
            lines.append(f"   translation: {_visible(t.text)!r} at {t.start}:{t.end}")
    r = finding.reference
    if r is not None:
        label = "reference:   " if isinstance(result, PairResult) or r.id == "ref" else f"{r.id}: ".ljust(13)
        text = _reference_text(result, r.id) if result is not None else None
        if text is not None and text[r.start : r.end] == r.text:
            lines += _marked(label, text, r.start, r.end)
        else:
            lines.append(f"   {label}{_visible(r.text)!r} at {r.start}:{r.end}")
    values = [
        f"{label}: {value}" for label, value in (("expected", finding.expected), ("found", finding.found))
    ]
    lines.append("   " + "  ".join([*(v for v in values if not v.endswith(": None")), f"id: {finding.id}"]))
    return lines


def explain(result: PairResult | Report | None, findings: Sequence[Finding] | None = None) -> str:
    """A readable listing of ``findings`` (default: all of ``result``'s), spans marked with carets
    under the translation and the reference (``result`` gives the texts; ``None`` shows spans only).

    >>> from xcheck._check import check_pair
    >>> text = explain(check_pair("It costs $12 billion.", "It costs $10 billion."))
    >>> print("\\n".join(line for line in text.splitlines() if "billion." in line or "^" in line))
       translation: It costs $12 billion.
                             ^^^^^^^^^^^
       reference:   It costs $10 billion.
                             ^^^^^^^^^^^
    """
    chosen = tuple(findings if findings is not None else (result.findings if result is not None else ()))
    if not chosen:
        return "no findings: the translation keeps every checked fact"
    lines = [f"translation is not faithful to its reference: {_summary(chosen)}"]
    for number, finding in enumerate(chosen, start=1):
        lines.append("")
        lines += _finding_lines(number, finding, result)
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# pytest hooks (plain functions: pytest finds them by name; this module never imports pytest)


def _findings_of(value: object) -> tuple[PairResult | Report | None, tuple[Finding, ...]] | None:
    if isinstance(value, PairResult | Report):
        return value, value.findings
    if isinstance(value, tuple | list) and value and all(isinstance(f, Finding) for f in value):
        return None, tuple(value)
    return None


def _empty(value: object) -> bool:
    return isinstance(value, tuple | list) and not value


def pytest_assertrepr_compare(config: Any, op: str, left: object, right: object) -> list[str] | None:
    """Explain ``assert findings == ()`` (or ``[]``) when findings are left: each finding with its
    message and spans, instead of pytest's element-by-element diff of attrs objects.

    >>> from xcheck._check import check_pair
    >>> found = check_pair("It costs $12 billion.", "It costs $10 billion.").findings
    >>> lines = pytest_assertrepr_compare(None, "==", found, ())
    >>> print("\\n".join([lines[0], *(line for line in lines if " at " in line)]))
    findings == (): 1 finding (1 major)
       translation: '$12 billion' at 9:20
       reference:   '$10 billion' at 9:20
    """
    if op != "==":
        return None
    for value, other in ((left, right), (right, left)):
        found = _findings_of(value)
        if found is not None and _empty(other) and found[1]:
            result, findings = found
            text = explain(result, findings).splitlines()
            return [f"findings == (): {_summary(findings)}", *text[1:]]
    return None
