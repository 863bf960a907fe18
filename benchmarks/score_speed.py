"""How fast xcheck scores pairs, against sacrebleu used the plain way, in the same process.

    .venv/bin/python benchmarks/score_speed.py [--pairs N] [--repeat R]

The pairs are made from the bundled fixture's reference statements (no external data): each
statement against a copy with a changed figure and two swapped words, and against another
statement. Three ways of getting chrF, BLEU and TER for every pair are timed, interleaved and
best of R, so machine load hits them alike:

* baseline: sacrebleu's convenience functions (``sentence_chrf``, ``sentence_bleu``,
  ``sentence_ter``), which build new metric objects on every call;
* sacrebleu, shared objects: one metric object of each kind, ``sentence_score`` per pair;
* xcheck: ``pair_fidelity`` (shared objects, fast chrF and TER statistics, fact score, overall).

It prints pairs per second for each and the ratios to the baseline, and checks that xcheck's
scores equal sacrebleu's.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable
from pathlib import Path

import sacrebleu
from sacrebleu.metrics.bleu import BLEU
from sacrebleu.metrics.chrf import CHRF
from sacrebleu.metrics.ter import TER

from xcheck.scoring import pair_fidelity

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "observer-network" / "references.jsonl"


def _pairs(n: int) -> list[tuple[str, str]]:
    texts = [json.loads(line)["text"] for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    out: list[tuple[str, str]] = []
    i = 0
    while len(out) < n:
        ref = texts[i % len(texts)]
        words = re.sub(r"\d", lambda m: str((int(m.group()) + 1) % 10), ref).split()
        if len(words) > 3:
            words[1], words[2] = words[2], words[1]
        out.append((" ".join(words), ref))
        out.append((texts[(i * 7 + 3) % len(texts)], ref))
        i += 1
    return out[:n]


def _time(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    """Run the benchmark and print the results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pairs = _pairs(args.pairs)

    chrf, bleu, ter = CHRF(), BLEU(effective_order=True), TER()

    def baseline() -> None:
        for h, r in pairs:
            sacrebleu.sentence_chrf(h, [r])
            sacrebleu.sentence_bleu(h, [r])
            sacrebleu.sentence_ter(h, [r])

    def shared() -> None:
        for h, r in pairs:
            chrf.sentence_score(h, [r])
            bleu.sentence_score(h, [r])
            ter.sentence_score(h, [r])

    def xcheck() -> None:
        for h, r in pairs:
            pair_fidelity(h, r, [], facts_checked=1)

    # The scores must agree before their speed means anything.
    for h, r in pairs[:200]:
        fid = pair_fidelity(h, r, [], facts_checked=1)
        assert abs(fid.chrf - chrf.sentence_score(h, [r]).score) < 1e-9
        assert abs(fid.bleu - min(100.0, bleu.sentence_score(h, [r]).score)) < 1e-9
        assert abs(fid.ter - ter.sentence_score(h, [r]).score) < 1e-9

    best = {"baseline": float("inf"), "shared": float("inf"), "xcheck": float("inf")}
    runs = {"baseline": baseline, "shared": shared, "xcheck": xcheck}
    for _ in range(args.repeat):
        for name, fn in runs.items():
            best[name] = min(best[name], _time(fn))

    n = len(pairs)
    print(f"{n} pairs, best of {args.repeat} interleaved runs")
    for name, label in (
        ("baseline", "sacrebleu sentence_* functions (baseline)"),
        ("shared", "sacrebleu, shared metric objects"),
        ("xcheck", "xcheck pair_fidelity"),
    ):
        seconds = best[name]
        ratio = best["baseline"] / seconds
        print(f"  {label:<44} {n / seconds:8.0f} pairs/s  {ratio:5.2f}x baseline")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
