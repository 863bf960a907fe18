"""Properties of the whole pipeline (xcheck.check) on generated reports."""

from __future__ import annotations

import random
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import xcheck
from report_support import assert_accounted_for, assert_spans_exact

NAMES = ["Pete Hegseth", "Samuel Paparo", "Kim Moon-soo", "Lee Jae-myung", "Xavier Brunson", "Han Duck-soo"]
PLACES = ["Seoul", "Guam", "Manila", "Tokyo", "Busan", "Hawaii"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
TEMPLATES = [
    "{name} said {n:,} troops would move to {place} on {month} {day}.",
    "In {place}, {name} announced a budget of ${m} billion for {year}.",
    "Officials in {place} said exports rose {p} percent in {month} {year}.",
    "{name} visited {place} on {month} {day} and met {k:,} workers.",
]

settings_ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def statement_texts(draw: st.DrawFn) -> list[str]:
    count = draw(st.integers(1, 5))
    texts: list[str] = []
    for i in range(count):
        template = TEMPLATES[draw(st.integers(0, len(TEMPLATES) - 1))]
        text = template.format(
            name=draw(st.sampled_from(NAMES)),
            place=PLACES[(i + draw(st.integers(0, 5))) % len(PLACES)],
            month=draw(st.sampled_from(MONTHS)),
            day=draw(st.integers(1, 28)),
            year=draw(st.integers(1990, 2030)),
            n=draw(st.integers(2, 90_000)),
            k=draw(st.integers(2, 900)),
            m=draw(st.integers(2, 99)),
            p=draw(st.integers(2, 60)),
        )
        if text not in texts:
            texts.append(text)
    return texts


def statements_of(texts: list[str]) -> list[dict[str, str]]:
    return [{"id": f"S{i:02d}", "text": t} for i, t in enumerate(texts)]


@settings_
@given(statement_texts(), st.sampled_from([" ", "\n"]))
def test_identical_translation_has_no_findings_and_scores_one(texts: list[str], sep: str) -> None:
    report = xcheck.check(sep.join(texts), statements_of(texts))
    assert report.findings == ()
    assert report.fidelity.overall == 1.0
    assert len(report.links) == len(texts)
    assert_accounted_for(report)


@settings_
@given(statement_texts(), st.randoms(use_true_random=False), st.data())
def test_changed_number_is_always_caught_with_exact_span(
    texts: list[str], rnd: random.Random, data: st.DataObject
) -> None:
    target = data.draw(st.integers(0, len(texts) - 1))
    original = texts[target]
    numbers = list(re.finditer(r"\d[\d,]*", original))
    m = numbers[data.draw(st.integers(0, len(numbers) - 1))]
    value = int(m.group().replace(",", ""))
    step = data.draw(st.integers(1, 7))
    if original[: m.start()].rstrip().split(" ")[-1] in MONTHS and value <= 31:
        changed_value = (value + step - 1) % 28 + 1  # a day of the month stays a valid day
    elif 1900 <= value <= 2100 and "," not in m.group():
        changed_value = value + step  # a year stays a year
    else:
        changed_value = value * 10 if rnd.random() < 0.5 else value + step
    new = f"{changed_value:,}" if "," in m.group() else str(changed_value)
    changed = original[: m.start()] + new + original[m.end() :]
    translated = [*texts[:target], changed, *texts[target + 1 :]]
    translation = " ".join(translated)
    report = xcheck.check(translation, statements_of(texts))
    offset = sum(len(t) + 1 for t in translated[:target]) + m.start()
    hits = [
        f
        for f in report.findings
        if f.kind in ("number", "date")
        and f.translation
        and f.translation.start <= offset < f.translation.end
    ]
    assert hits, (changed, [(f.kind, f.message) for f in report.findings])
    assert_spans_exact(report)
    assert_accounted_for(report)


@settings_
@given(statement_texts(), st.randoms(use_true_random=False))
def test_statement_order_does_not_matter(texts: list[str], rnd: random.Random) -> None:
    translation = " ".join(texts)
    # drift the translation a little so that there are findings to compare
    translation = translation.replace("percent", "percentage points", 1)
    statements = statements_of(texts)
    shuffled = statements[:]
    rnd.shuffle(shuffled)
    a = xcheck.check(translation, statements)
    b = xcheck.check(translation, shuffled)
    assert {(tuple(link.translation), tuple(sorted(link.references))) for link in a.links} == {
        (tuple(link.translation), tuple(sorted(link.references))) for link in b.links
    }
    assert [(f.id, f.kind, f.severity) for f in a.findings] == [
        (f.id, f.kind, f.severity) for f in b.findings
    ]
    assert a.fidelity == b.fidelity


@settings_
@given(
    statement_texts(),
    st.lists(st.sampled_from(["Photo: Yonhap", "The weather was mild.", "Nobody knows why."]), max_size=2),
)
def test_every_sentence_and_statement_appears(texts: list[str], extra: list[str]) -> None:
    kept = texts[:-1] if len(texts) > 1 else texts
    translation = "\n".join(kept + extra)
    report = xcheck.check(translation, statements_of(texts))
    assert_accounted_for(report)
    assert_spans_exact(report)
