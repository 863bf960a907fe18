"""Document mode at scale: ``xcheck.check`` on one long English document against sacrebleu's chrF.

The document is real text: the WMT21 de-en and cs-en reference B translations are the translated
sentences, the reference A translations of the same source lines are the statements (English
against English, so this measures the document machinery, not cross-lingual glossing). The two sets
hold 2,000 line pairs; to reach larger sizes, further sentences are hybrids of two real lines (the
first half of the words of line ``a`` and the second half of line ``b``, on both sides alike, so
the gold statement of a hybrid sentence is the hybrid of the same two reference A lines). Sentences
and statements are shuffled (seeded); the document is one sentence a line.

For each size the script runs in a fresh subprocess (so peak memory is its own) and prints:

- ``check``: wall time of ``xcheck.check(document, statements)`` (``max_chars`` raised to fit);
- ``chrF``: wall time of sacrebleu's ``CHRF().sentence_score`` over the gold pairs, same process;
- ``ratio``: the first over the second (the target is at most 3x at every size: linear growth);
- ``right``: the share of translated sentences whose link holds their gold statement (target 99%);
- ``rss``: peak resident memory of the process, and per 1,000 statements.

Data comes from ``../shared/benchmarks/wmt21_refs`` (``$XCHECK_SHARED`` overrides the ``shared``
directory); without it the script prints ``skipped:`` and exits 0. Run from the repository root::

    .venv/bin/python benchmarks/doc_scale.py [--sizes 100,1000,5000,10000,20000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

SETS = ("de-en", "cs-en")
SEED = 16


def shared_dir() -> Path:
    """The ``shared`` directory next to the repository (or ``$XCHECK_SHARED``)."""
    env = os.environ.get("XCHECK_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared"


def wmt_dir() -> Path | None:
    """The WMT21 references directory, or None when it is absent."""
    path = shared_dir() / "benchmarks" / "wmt21_refs"
    return path if (path / "newstest2021.de-en.ref.A.en").is_file() else None


def real_pairs(root: Path) -> list[tuple[str, str]]:
    """(reference B, reference A) line pairs of every set, blank or one-sided lines left out."""
    out: list[tuple[str, str]] = []
    for name in SETS:
        b = (root / f"newstest2021.{name}.ref.B.en").read_text(encoding="utf-8").splitlines()
        a = (root / f"newstest2021.{name}.ref.A.en").read_text(encoding="utf-8").splitlines()
        out.extend((tb.strip(), ta.strip()) for tb, ta in zip(b, a, strict=True) if tb.strip() and ta.strip())
    return out


def _half(text: str, first: bool) -> str:
    words = text.split()
    cut = max(1, len(words) // 2)
    part = words[:cut] if first else words[cut:]
    return " ".join(part).rstrip(".!?") if first else " ".join(part)


def corpus(pairs: Sequence[tuple[str, str]], n: int, seed: int = SEED) -> list[tuple[str, str]]:
    """``n`` (translation, statement) pairs: the real ones first, then distinct hybrids."""
    rng = random.Random(seed)
    out = list(pairs[:n])
    seen = {p for p in out}
    while len(out) < n:
        a, b = rng.sample(range(len(pairs)), 2)
        t = f"{_half(pairs[a][0], True)} {_half(pairs[b][0], False)}"
        s = f"{_half(pairs[a][1], True)} {_half(pairs[b][1], False)}"
        if len(t.split()) < 4 or (t, s) in seen:
            continue
        seen.add((t, s))
        out.append((t, s))
    rng.shuffle(out)
    return out


def run_one(n: int) -> dict[str, float]:
    """Time one size in this process (see the module docstring)."""
    from sacrebleu.metrics import CHRF

    import xcheck

    root = wmt_dir()
    assert root is not None
    items = corpus(real_pairs(root), n)
    lines = [t for t, _ in items]
    document = "\n".join(lines)
    statements = [{"id": f"S{i}", "text": s} for i, (_, s) in enumerate(items)]
    order = list(range(n))
    random.Random(SEED + 1).shuffle(order)
    statements = [statements[i] for i in order]
    starts: list[int] = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    t0 = time.perf_counter()
    report = xcheck.check(document, statements, max_chars=max(len(document), 1))
    check_s = time.perf_counter() - t0
    chrf = CHRF()
    t0 = time.perf_counter()
    for t, s in items:
        chrf.sentence_score(t, [s])
    chrf_s = time.perf_counter() - t0
    line_of = {}
    import bisect

    for sent in report.sentences:
        line_of[sent.index] = bisect.bisect_right(starts, sent.start) - 1
    linked: dict[int, set[str]] = {}
    for link in report.links:
        for i in link.translation:
            linked.setdefault(i, set()).update(link.references)
    claims = [s for s in report.sentences if s.role == "claim"]
    right = sum(1 for s in report.sentences if f"S{line_of[s.index]}" in linked.get(s.index, set()))
    return {
        "n": n,
        "sentences": len(report.sentences),
        "claims": len(claims),
        "check_s": check_s,
        "chrf_s": chrf_s,
        "ratio": check_s / chrf_s,
        "right": right / len(report.sentences),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run every size in a subprocess and print one line each."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,5000,10000,20000")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if wmt_dir() is None:
        print(f"skipped: no WMT21 references under {shared_dir() / 'benchmarks'}")
        return 0
    if args.one:
        print(json.dumps(run_one(args.one)))
        return 0
    print(f"{'n':>6} {'check s':>8} {'chrF s':>7} {'ratio':>6} {'right':>7} {'peak MB':>8} {'MB/1k':>6}")
    for size in (int(x) for x in args.sizes.split(",")):
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(size)], capture_output=True, text=True, check=True
        )
        row = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{size:>6} {row['check_s']:>8.2f} {row['chrf_s']:>7.2f} {row['ratio']:>6.1f} "
            f"{100 * row['right']:>6.1f}% {row['rss_mb']:>8.0f} {1000 * row['rss_mb'] / size:>6.1f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
