"""Golden cases of the quantity engine, one data file per language (tests/data/quantities).

Each row documents one behaviour (the ``why`` column). ``extract`` rows list what
:func:`extract_quantities` reads: ``surface => key ~qualifier`` per quantity, in order, or
``(none)``. ``compare`` rows list the findings of ``compare_quantities(input, reference)``
as ``severity kind``, in order, or ``none``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from xcheck.facts.quantities import compare_quantities, extract_quantities

DATA = Path(__file__).parent / "data" / "quantities"


def _rows() -> list[object]:
    out: list[object] = []
    for path in sorted(DATA.glob("*.tsv")):
        lang = path.stem
        with path.open(encoding="utf-8", newline="") as fh:
            lines = [line for line in fh if line.strip() and not line.startswith("#")]
        for i, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)):
            out.append(pytest.param(lang, row, id=f"{lang}-{i + 1}-{row['kind']}"))
    return out


def describe_extraction(text: str, lang: str) -> str:
    parts = [
        f"{q.span.text} => {q.key}" + (f" ~{q.qualifier}" if q.qualifier else "")
        for q in extract_quantities(text, lang=lang)
    ]
    return " ; ".join(parts) or "(none)"


def describe_comparison(translation: str, reference: str, lang: str) -> str:
    findings = compare_quantities(translation, reference, lang=lang)
    return ", ".join(f"{f.severity} {f.kind}" for f in findings) or "none"


@pytest.mark.parametrize(("lang", "row"), _rows())
def test_golden(lang: str, row: dict[str, str]) -> None:
    assert row["why"], "every golden row documents its behaviour"
    if row["kind"] == "extract":
        assert describe_extraction(row["input"], lang) == row["expected"]
    else:
        assert row["kind"] == "compare"
        assert describe_comparison(row["input"], row["reference"], lang) == row["expected"]


def test_every_language_has_golden_cases() -> None:
    assert {p.stem for p in DATA.glob("*.tsv")} >= {"en", "zh", "ko"}
