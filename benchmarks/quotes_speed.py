"""Speed of quote checking alone, as a ratio against sacrebleu's sentence chrF.

For each pair (the Observer Network fixture's reference statements against the translated
paragraph that renders each, always; SummEdits ``original_summary`` vs ``summary``, news +
ectsum, when the shared data is present), the script times ``compare_quotes`` and
``sacrebleu.sentence_chrf`` on the same pairs in the same process, best of ``--repeat`` rounds,
and prints the ratio (target for quotes alone: under 0.02, so that entities keep the rest of the
0.1 budget of name checking). Timings are per pair, after one warm-up round. ``cold`` empties
xcheck's memos (entities' and their helpers', and this module's) before each round, so every
pair and every word is new; ``warm`` keeps them.

Run from the repository root::

    .venv/bin/python benchmarks/quotes_speed.py [--repeat 5] [--limit 400]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import sacrebleu  # noqa: E402

from xcheck import quotes  # noqa: E402
from xcheck.entities import _clear_caches  # noqa: E402
from xcheck.quotes import compare_quotes  # noqa: E402


def shared_dir() -> Path:
    """The ``shared`` directory next to the repository (or ``$XCHECK_SHARED``)."""
    env = os.environ.get("XCHECK_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared"


def summedits_pairs(limit: int) -> list[tuple[str, str]]:
    """(translation, reference) pairs from SummEdits, or [] when the data is absent."""
    path = shared_dir() / "benchmarks" / "summedits" / "load.py"
    if not path.is_file():
        return []
    spec = importlib.util.spec_from_file_location("_bench_summedits", path)
    if spec is None or spec.loader is None:
        return []
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    pairs = [(it["translation"], it["reference"]) for it in module.load()]
    return pairs[:limit]


def fixture_pairs() -> list[tuple[str, str]]:
    """Each fixture reference statement against the translation paragraph that renders it."""
    base = REPO / "fixtures" / "observer-network"
    text = (base / "observer-network-2025-05-23.en.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in text.splitlines() if p.strip()]
    refs = [json.loads(line) for line in (base / "references.jsonl").read_text().splitlines()]
    pairs = []
    for ref in refs:
        para = ref.get("paragraph")
        if isinstance(para, int) and 0 < para <= len(paragraphs):
            pairs.append((paragraphs[para - 1], ref["text"]))
    return pairs


def clear_memos() -> None:
    """Empty every memo quote checking reads: entities' and name helpers', and quotes' own."""
    _clear_caches()
    clear = getattr(quotes, "_clear_caches", None)
    if clear is not None:
        clear()


def best_time(
    fn: Callable[[str, str], object],
    pairs: Sequence[tuple[str, str]],
    repeat: int,
    *,
    cold: bool = False,
) -> float:
    """Best total seconds over ``repeat`` rounds of calling ``fn`` on every pair; with ``cold``,
    xcheck's memos are emptied before each round (every pair is new to it)."""
    best = float("inf")
    for _ in range(repeat):
        if cold:
            clear_memos()
        start = time.perf_counter()
        for t, r in pairs:
            fn(t, r)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    """Time both and print the per-pair costs and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--limit", type=int, default=400)
    args = parser.parse_args(argv)

    def chrf(t: str, r: str) -> object:
        return sacrebleu.sentence_chrf(t, [r])

    sets = [("fixture", fixture_pairs())]
    summ = summedits_pairs(args.limit)
    if summ:
        sets.append(("summedits", summ))
    else:
        print(f"skipped: summedits not found under {shared_dir() / 'benchmarks'}")
    for label, pairs in sets:
        for t, r in pairs:  # warm-up: regexes, imports
            compare_quotes(t, r)
            chrf(t, r)
        t_cold = best_time(compare_quotes, pairs, args.repeat, cold=True)
        t_warm = best_time(compare_quotes, pairs, args.repeat)
        t_chrf = best_time(chrf, pairs, args.repeat)
        n = len(pairs)
        print(
            f"{label:10s} pairs={n:4d}  chrF {t_chrf / n * 1e6:8.1f} us/pair  "
            f"quotes cold {t_cold / n * 1e6:8.1f} us/pair (ratio {t_cold / t_chrf:6.3f})  "
            f"warm {t_warm / n * 1e6:8.1f} us/pair (ratio {t_warm / t_chrf:6.3f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
