"""check_pairs: the same results as check_pair one by one and as `xcheck pairs`, in input order, with
and without worker processes; the accepted pair shapes; laziness and early stop."""

from __future__ import annotations

import itertools
import json
import multiprocessing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import xcheck
from xcheck import check_pair, check_pairs, render
from xcheck._io import Pair
from xcheck.batch import CHUNKS_AHEAD, CHUNKSIZE
from xcheck.cli import main
from xcheck.errors import OptionError

# Reference templates: the same figures, a changed scale, another language, an empty reference.
_REFERENCES = [
    "Sales rose {i}% to ${j} billion on May {d}.",
    "Sales rose {i}% to ${j} million on May {d}.",
    "销售额{d}日增长{i}%，达到{j}0亿美元。",
    "",
]


def _pairs(n: int) -> list[Pair]:
    """``n`` pairs with and without findings, then a Korean pair and an empty one: more than one chunk a
    worker, so the order across chunks and workers is exercised."""
    out = []
    for i in range(n):
        ref = _REFERENCES[i % len(_REFERENCES)].format(i=i, j=i + 1, d=i % 28 + 1)
        out.append(
            Pair(f"p{i}", f"Sales rose {i}% to ${i + 1} billion on May {i % 28 + 1}.", ref, "en", i + 1)
        )
    out.append(
        Pair(
            "ko", "병력 2만8천500명이 주둔하고 있다.", "Some 28,500 troops are stationed there.", "ko", n + 1
        )
    )
    out.append(Pair("empty", "", "", "en", n + 2))
    return out


PAIRS = _pairs(45)


def one_by_one(pairs: list[Pair]) -> list[xcheck.PairResult]:
    return [check_pair(p.translation, p.reference, lang=p.lang) for p in pairs]


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_equal_check_pair_in_input_order(jobs: int) -> None:
    expected = one_by_one(PAIRS)
    assert any(r.findings for r in expected)
    assert any(not r.findings for r in expected)
    assert list(check_pairs(PAIRS, jobs=jobs)) == expected


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_results_equal_the_cli_pairs_output(
    jobs: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pairs.jsonl"
    lines = [
        json.dumps({"id": p.id, "translation": p.translation, "reference": p.reference, "lang": p.lang})
        for p in PAIRS
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["pairs", str(path), "--jobs", jobs, "--no-progress"]) == 0
    cli_rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    rows = [
        {
            "id": p.id,
            "findings": [render.finding_to_dict(f) for f in r.findings],
            "fidelity": render.fidelity_to_dict(r.fidelity),
        }
        for p, r in zip(PAIRS, check_pairs(PAIRS, jobs=2), strict=True)
    ]
    assert rows == cli_rows


@pytest.mark.parametrize("jobs", [1, 2])
def test_empty_input(jobs: int) -> None:
    assert list(check_pairs([], jobs=jobs)) == []
    assert list(check_pairs(iter(()), jobs=jobs)) == []


def test_pair_shapes_give_the_same_results() -> None:
    t, r = "It costs $12 billion.", "It costs $10 billion."
    k = "병력 2만8천500명이 주둔하고 있다."
    expected = [check_pair(t, r), check_pair(k, r, lang="ko"), check_pair(t, r, lang="ko")]
    shapes: list[xcheck.batch.PairInput] = [
        (t, r),
        {"id": 7, "translation": k, "reference": r, "lang": "ko", "other": None},
        Pair("x", t, r, "ko"),
    ]
    assert list(check_pairs(shapes)) == expected
    # lang applies to pairs that do not name one; reference_lang, glossary and rates to every pair.
    assert (
        list(check_pairs([(k, r), {"translation": k, "reference": r}], lang="ko"))
        == [check_pair(k, r, lang="ko")] * 2
    )
    rates = {("USD", "KRW"): 1400.0}
    assert list(check_pairs([(t, r)], reference_lang="en", rates=rates)) == [
        check_pair(t, r, reference_lang="en", rates=rates)
    ]


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize(
    ("bad", "match"),
    [
        (["a", "b"], "pair 3 is a list"),
        (("a", "b", "c"), "pair 3 is a tuple"),
        ({"translation": "a"}, "pair 3 has no 'translation' or no 'reference'"),
        (("a", 5), "pair 3: the reference must be a str, not int"),
        ({"translation": "a", "reference": "b", "lang": 3}, "pair 3: the lang must be a str"),
    ],
)
def test_a_bad_pair_raises_in_order(jobs: int, bad: Any, match: str) -> None:
    pairs = [("Troops: 1.", "Troops: 1."), ("Troops: 2.", "Troops: 3."), bad, ("x", "y")]
    results = check_pairs(pairs, jobs=jobs)
    got = [next(results), next(results)]
    assert got == [check_pair(*pairs[0]), check_pair(*pairs[1])]
    with pytest.raises(OptionError, match=match):
        next(results)


@pytest.mark.parametrize("jobs", [-1, 1.5, True, "2"])
def test_bad_jobs(jobs: Any) -> None:
    with pytest.raises(OptionError, match="jobs must be 0"):
        check_pairs([], jobs=jobs)


def test_jobs_zero_means_every_core() -> None:
    pairs = [("Troops: 4,500.", "Troops: 4,800.")] * 3
    assert list(check_pairs(pairs, jobs=0)) == [check_pair(*pairs[0])] * 3


def endless() -> Iterator[tuple[str, str]]:
    for i in itertools.count():
        yield f"Troops: {i}.", f"Troops: {i + 1}."


@pytest.mark.parametrize("jobs", [1, 2])
def test_input_is_read_lazily_and_closing_stops_the_workers(jobs: int) -> None:
    read = 0

    def counted() -> Iterator[tuple[str, str]]:
        nonlocal read
        for pair in endless():
            read += 1
            yield pair

    results = check_pairs(counted(), jobs=jobs)
    first = list(itertools.islice(results, 5))
    assert first == [check_pair(f"Troops: {i}.", f"Troops: {i + 1}.") for i in range(5)]
    assert read <= 5 + jobs * CHUNKS_AHEAD * CHUNKSIZE + CHUNKSIZE
    results.close()
    assert multiprocessing.active_children() == []


def test_the_docstring_example_runs() -> None:
    import doctest

    import xcheck.batch

    # check_pairs reports __module__ "xcheck", so testmod(xcheck.batch) would skip it: run its own examples.
    runner = doctest.DocTestRunner()
    for test in doctest.DocTestFinder().find(xcheck.batch.check_pairs, globs=vars(xcheck.batch)):
        runner.run(test)
    assert runner.tries >= 2
    assert runner.failures == 0


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_pair_that_fails_is_yielded_as_an_error_and_the_rest_are_checked(
    monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    import xcheck.batch
    from xcheck.errors import PairError

    real = xcheck.batch.check_pair

    def flaky(translation: str, reference: str, **kwargs: Any) -> Any:
        if translation == "crash":
            raise RuntimeError("boom")
        return real(translation, reference, **kwargs)

    monkeypatch.setattr(xcheck.batch, "check_pair", flaky)
    pairs = [("It costs $1 million.", "It costs $1 million.")] * 20
    pairs[7] = ("crash", "It costs $1 million.")
    results = list(check_pairs(pairs, jobs=jobs))
    assert len(results) == 20
    error = results[7]
    assert isinstance(error, PairError)
    assert error.position == 8
    assert "RuntimeError: boom" in error.reason
    assert all(not isinstance(r, PairError) for i, r in enumerate(results) if i != 7)
