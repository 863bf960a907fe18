"""The worked example of docs/property-testing.md is a test: its code blocks run in order, hypothesis finds the
toy translator's bug on "billion" and shrinks it to the smallest input, the page shows that output, and the
one-line fix makes the property hold."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from xcheck.testing import UnfaithfulTranslation

DOC = Path(__file__).resolve().parents[1] / "docs" / "property-testing.md"
SHRUNK = "$1 billion"


def worked_example() -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index("## Worked example")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def blocks(section: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", section, flags=re.DOTALL)


def run_property(namespace: dict[str, Any], seen: list[str]) -> None:
    """Run the page's property with a fixed seed and no example database, recording every input tried."""
    test = namespace["test_toy_translate_keeps_amounts"]
    inner = test.hypothesis.inner_test

    def recording(amount: str) -> None:
        seen.append(amount)
        inner(amount)

    test.hypothesis.inner_test = recording
    configured = settings(
        max_examples=200,
        database=None,
        derandomize=True,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )(test)
    configured()


def test_the_worked_example_finds_and_shrinks_the_bug() -> None:
    code, demo, fix = blocks(worked_example(), "python")
    namespace: dict[str, Any] = {"__name__": "worked_example"}
    exec(compile(code, f"{DOC}:toy", "exec"), namespace)
    exec(compile(demo, f"{DOC}:property", "exec"), namespace)
    assert namespace["toy_translate"]("$1.5 million") == "150万美元"

    seen: list[str] = []
    with pytest.raises(UnfaithfulTranslation) as info:
        run_property(namespace, seen)
    # Hypothesis replays the shrunk example last: the smallest amount the bug shows on.
    assert seen[-1] == SHRUNK
    assert any(amount != SHRUNK and "billion" in amount for amount in seen)
    finding = info.value.findings[0]
    assert (finding.kind, finding.expected, finding.found) == ("number", "USD 1 billion", "USD 100 million")
    assert finding.translation is not None
    assert finding.translation.text == "1亿美元"

    # The page shows what pytest prints.
    (output,) = blocks(worked_example(), "text")
    assert f"amount={SHRUNK!r}" in output
    message = str(info.value)
    for line in message.splitlines():
        if "id: XC-" not in line:
            assert line.rstrip() in output
    assert finding.id in output

    exec(compile(fix, f"{DOC}:fix", "exec"), namespace)
    exec(compile(demo, f"{DOC}:property", "exec"), namespace)  # a fresh property
    run_property(namespace, [])
