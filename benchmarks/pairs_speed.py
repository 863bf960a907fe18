"""Speed of the pair check (`xcheck.check_pair`, what `xcheck pairs` runs per line) against sacrebleu.

Prints pairs a second for check_pair and for sacrebleu's sentence chrF on the same pairs, in the same
process, and their ratio (machines here are noisy: compare ratios, not seconds); then the batch,
`xcheck.check_pairs` (what `xcheck pairs` runs), in this process and with `--jobs` worker processes
(forked from this warm process, so compare it with the warm figure). Pairs come from SummEdits
(../shared/benchmarks, or $XCHECK_SHARED/benchmarks) when present, else from the bundled fixture's
statements.

    .venv/bin/python benchmarks/pairs_speed.py [--pairs 1000] [--repeat 3] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import sacrebleu

import xcheck
from xcheck._fixtures import observer_network

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("XCHECK_SHARED", ROOT.parent / "shared"))


def summedits_pairs(limit: int) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name in ("summedits_news.json", "summedits_ectsum.json"):
        path = SHARED / "benchmarks" / "summedits" / "data" / name
        if not path.exists():
            return []
        for item in json.loads(path.read_text(encoding="utf-8")):
            if item["summary"].strip() != item["original_summary"].strip():
                out.append((item["summary"], item["original_summary"]))
    return out[:limit]


def fixture_pairs(limit: int) -> list[tuple[str, str]]:
    _, refs = observer_network()
    texts = [st.text for st in xcheck.read_references(refs)]
    pairs = [(t.replace("4,500", "4,800").replace("May", "June"), t) for t in texts]
    return (pairs * (limit // len(pairs) + 1))[:limit]


def timed(fn: object, pairs: list[tuple[str, str]], repeat: int) -> float:
    best = []
    for _ in range(repeat):
        start = time.perf_counter()
        for t, r in pairs:
            fn(t, r)  # type: ignore[operator]
        best.append(time.perf_counter() - start)
    return statistics.median(best)


def timed_batch(pairs: list[tuple[str, str]], jobs: int, repeat: int) -> float:
    """Median seconds of one ``check_pairs`` run over ``pairs`` (pool start-up included)."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _result in xcheck.check_pairs(pairs, jobs=jobs):
            pass
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--jobs", type=int, default=0, help="worker processes for the batch (default 0: every core)"
    )
    args = parser.parse_args()
    pairs = summedits_pairs(args.pairs)
    source = "SummEdits (edited vs seed summary)"
    if not pairs:
        pairs = fixture_pairs(args.pairs)
        source = "fixture statements (perturbed copies)"
    words = statistics.mean(len(t.split()) for t, _ in pairs)
    xcheck.check_pair(*pairs[0])  # load the glossary and lexicons once, as a batch run does
    chrf = timed(lambda t, r: sacrebleu.sentence_chrf(t, [r]), pairs, args.repeat)
    cold_note = "first pass: the memo caches are per text, so repeats are warm"
    check = timed(xcheck.check_pair, pairs, 1)
    warm = timed(xcheck.check_pair, pairs, args.repeat)
    print(f"{len(pairs)} pairs from {source}, {words:.1f} words a translation on average")
    print(f"  sacrebleu sentence_chrf      {len(pairs) / chrf:8.0f} pairs/s   1.00x time")
    print(f"  xcheck.check_pair (cold)     {len(pairs) / check:8.0f} pairs/s   {check / chrf:5.2f}x time")
    print(f"    ({cold_note}; the fixture fallback repeats 28 texts, so it is warm)")
    print(f"  xcheck.check_pair (warm)     {len(pairs) / warm:8.0f} pairs/s   {warm / chrf:5.2f}x time")
    serial = timed_batch(pairs, 1, args.repeat)
    jobs = args.jobs or os.cpu_count() or 1
    pooled = timed_batch(pairs, jobs, args.repeat)
    for label, seconds in (("jobs=1", serial), (f"jobs={jobs}", pooled)):
        name = f"xcheck.check_pairs, {label}"
        print(f"  {name:<28} {len(pairs) / seconds:8.0f} pairs/s   {seconds / chrf:5.2f}x time")
    print(f"    (cores available to `xcheck pairs --jobs 0`: {os.cpu_count()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
