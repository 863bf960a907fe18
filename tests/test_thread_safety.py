"""``check`` and ``check_pair`` from several threads give what sequential calls give.

The readers share module-level state between calls: memos of texts (:mod:`xcheck._cache`), word
memos, tables and patterns built on first use, the glossary's look-up memos. The pairs and documents
below (the name and quantity golden cases, the Observer Network fixture) are checked by a pool of
threads and one after the other, and every report must be the same JSON. The threads run with a
tiny switch interval, so they interleave inside the readers, and with the memos emptied first, so
they fill them concurrently. A second test does the same in a fresh interpreter, threads first, so
the lazily built tables and patterns are built by racing threads.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import xcheck
from memo_support import clear_text_memos
from xcheck._fixtures import observer_network

_DATA = Path(__file__).parent / "data"
_THREADS = 6


def _name_cases() -> Iterator[tuple[str, str, str]]:
    for path in sorted((_DATA / "names").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if isinstance(row.get("translation"), str) and isinstance(row.get("reference"), str):
                yield row["translation"], row["reference"], row.get("lang", "en")


def _quantity_cases() -> Iterator[tuple[str, str, str]]:
    for path in sorted((_DATA / "quantities").glob("*.tsv")):
        with path.open(encoding="utf-8") as f:
            rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
            for row in rows:
                if row.get("kind") == "compare" and row.get("input") and row.get("reference"):
                    yield row["input"], row["reference"], path.stem


def pair_cases() -> list[tuple[str, str, str]]:
    """(translation, reference, lang): the golden pairs, then the English ones crossed with each
    other (a translation against another case's reference), a few hundred in all."""
    cases = [*_name_cases(), *_quantity_cases()]
    english = [c for c in cases if c[2] == "en"]
    crossed = [(a[0], b[1], "en") for a, b in zip(english, english[7:] + english[:7], strict=True)]
    return cases + crossed


def document_cases() -> list[tuple[str, list[dict[str, Any]]]]:
    """(translation, statements): the fixture, and documents of the English name cases."""
    translation, references = observer_network()
    statements = [json.loads(x) for x in references.read_text(encoding="utf-8").splitlines() if x.strip()]
    docs = [(translation.read_text(encoding="utf-8"), statements)]
    english = [c for c in _name_cases() if c[2] == "en"]
    for start in range(0, len(english), 8):
        chunk = english[start : start + 8]
        text = " ".join(t for t, _, _ in chunk)
        docs.append((text, [{"id": f"S{i}", "text": r} for i, (_, r, _) in enumerate(chunk)]))
    return docs


def _jobs() -> list[Callable[[], str]]:
    def pair(t: str, r: str, lang: str) -> Callable[[], str]:
        return lambda: json.dumps(xcheck.check_pair(t, r, lang=lang).to_dict(), sort_keys=True)

    def doc(t: str, statements: list[dict[str, Any]]) -> Callable[[], str]:
        return lambda: json.dumps(xcheck.check(t, statements).to_dict(), sort_keys=True)

    jobs = [pair(*case) for case in pair_cases()]
    docs = [doc(*case) for case in document_cases()]
    # the documents spread among the pairs, twice each, so they run beside pairs and each other
    for i, job in enumerate(docs * 2):
        jobs.insert((i * 37) % len(jobs), job)
    return jobs


def _run_threaded(jobs: list[Callable[[], str]]) -> list[str]:
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(max_workers=_THREADS) as pool:
            return list(pool.map(lambda job: job(), jobs))
    finally:
        sys.setswitchinterval(switch)


def test_cases_are_many_and_varied() -> None:
    cases = pair_cases()
    assert len(cases) >= 200
    assert {lang for _, _, lang in cases} >= {"en", "zh", "ko"}
    assert len(document_cases()) >= 3


def test_threads_give_the_sequential_results() -> None:
    jobs = _jobs()
    clear_text_memos()
    threaded = _run_threaded(jobs)
    clear_text_memos()
    sequential = [job() for job in jobs]
    assert threaded == sequential
    # and again with the memos full: the threads now mostly read them
    assert _run_threaded(jobs) == sequential


_COLD_START = """
import sys
sys.path[:0] = {paths!r}
import test_thread_safety as t
jobs = t._jobs()
threaded = t._run_threaded(jobs)
sequential = [job() for job in jobs]
bad = [i for i, (a, b) in enumerate(zip(threaded, sequential)) if a != b]
print("different:", bad)
"""


def test_threads_from_a_cold_start() -> None:
    """Threads first in a fresh interpreter: the lexicons, patterns and the bundled glossary are
    loaded by racing threads, and the results are still the sequential ones."""
    here = str(Path(__file__).parent)
    src = str(Path(xcheck.__file__).parents[1])
    code = textwrap.dedent(_COLD_START.format(paths=[here, src]))
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "different: []"


@pytest.mark.parametrize("workers", [2, _THREADS])
def test_check_pairs_threads_match(workers: int) -> None:
    """Several threads each running a batch give the batch's sequential results."""
    cases = pair_cases()[:60]
    pairs = [(t, r) for t, r, lang in cases if lang == "en"]

    def batch() -> list[str]:
        return [
            json.dumps(r.to_dict(), sort_keys=True) if not isinstance(r, Exception) else repr(r)
            for r in xcheck.check_pairs(pairs)
        ]

    expected = batch()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda _: batch(), range(workers)))
    assert all(r == expected for r in results)
