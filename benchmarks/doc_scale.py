"""Document mode at scale: ``xcheck.check`` on one long English document against sacrebleu's chrF.

The document is real text: the WMT21 de-en and cs-en reference B translations are the translated
sentences, the reference A translations of the same source lines are the statements (English
against English, so this measures the document machinery, not cross-lingual glossing). The two sets
hold 2,000 line pairs; to reach larger sizes, further sentences are hybrids of two real lines (the
first half of the words of line ``a`` and the second half of line ``b``, on both sides alike, so
the gold statement of a hybrid sentence is the hybrid of the same two reference A lines). Sentences
and statements are shuffled (seeded); the document is one sentence a line.

For each size the script runs in a fresh subprocess (so peak memory is its own) and prints:

- ``check``: wall time of ``xcheck.check(document, statements)`` (``max_chars`` raised to fit the
  document and its statements);
- ``chrF``: wall time of sacrebleu's ``CHRF().sentence_score`` over the gold pairs, same process
  (the mean of one run before and one after the check, as the machine's load drifts);
- ``ratio``: the first over the second (the target is at most 3x at every size: linear growth);
- ``right``: the share of translated sentences whose link holds their gold statement (target 99%),
  over all sentences and over the sentences of real lines only (hybrids share a half with several
  others, so their gold is harder to tell apart than in any real document);
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


def corpus(pairs: Sequence[tuple[str, str]], n: int, seed: int = SEED) -> list[tuple[str, str, bool]]:
    """``n`` (translation, statement, real) triples: the real pairs first, then distinct hybrids."""
    rng = random.Random(seed)
    out = [(t, s, True) for t, s in pairs[:n]]
    seen = {(t, s) for t, s, _ in out}
    while len(out) < n:
        a, b = rng.sample(range(len(pairs)), 2)
        t = f"{_half(pairs[a][0], True)} {_half(pairs[b][0], False)}"
        s = f"{_half(pairs[a][1], True)} {_half(pairs[b][1], False)}"
        if len(t.split()) < 4 or (t, s) in seen:
            continue
        seen.add((t, s))
        out.append((t, s, False))
    rng.shuffle(out)
    return out


def run_one(n: int) -> dict[str, float]:
    """Time one size in this process (see the module docstring)."""
    from sacrebleu.metrics import CHRF

    import xcheck

    root = wmt_dir()
    assert root is not None
    items = corpus(real_pairs(root), n)
    lines = [t for t, _, _ in items]
    document = "\n".join(lines)
    statements = [{"id": f"S{i}", "text": s} for i, (_, s, _) in enumerate(items)]
    order = list(range(n))
    random.Random(SEED + 1).shuffle(order)
    statements = [statements[i] for i in order]
    starts: list[int] = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    chrf = CHRF()

    def chrf_time() -> float:
        t0 = time.perf_counter()
        for t, s, _ in items:
            chrf.sentence_score(t, [s])
        return time.perf_counter() - t0

    before = chrf_time()
    t0 = time.perf_counter()
    # the limit raised to fit the translation and, should it count them too, the statements
    limit = len(document) + sum(len(s["text"]) for s in statements)
    report = xcheck.check(document, statements, max_chars=limit)
    check_s = time.perf_counter() - t0
    chrf_s = (before + chrf_time()) / 2  # before and after: the machine's load drifts
    line_of = {}
    import bisect

    for sent in report.sentences:
        line_of[sent.index] = bisect.bisect_right(starts, sent.start) - 1
    linked: dict[int, set[str]] = {}
    for link in report.links:
        for i in link.translation:
            linked.setdefault(i, set()).update(link.references)
    claims = [s for s in report.sentences if s.role == "claim"]
    good = [f"S{line_of[s.index]}" in linked.get(s.index, set()) for s in report.sentences]
    real = [items[line_of[s.index]][2] for s in report.sentences]
    real_good = [g for g, r in zip(good, real, strict=True) if r]
    return {
        "n": n,
        "sentences": len(report.sentences),
        "claims": len(claims),
        "check_s": check_s,
        "chrf_s": chrf_s,
        "ratio": check_s / chrf_s,
        "right": sum(good) / len(good),
        "right_real": sum(real_good) / max(1, len(real_good)),
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
    head = ("n", "check s", "chrF s", "ratio", "right", "real", "peak MB", "MB/1k")
    print(" ".join(f"{h:>8}" for h in head))
    for size in (int(x) for x in args.sizes.split(",")):
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(size)], capture_output=True, text=True, check=True
        )
        row = json.loads(done.stdout.strip().splitlines()[-1])
        cells = (
            f"{size}",
            f"{row['check_s']:.2f}",
            f"{row['chrf_s']:.2f}",
            f"{row['ratio']:.1f}",
            f"{100 * row['right']:.1f}%",
            f"{100 * row['right_real']:.1f}%",
            f"{row['rss_mb']:.0f}",
            f"{1000 * row['rss_mb'] / size:.1f}",
        )
        print(" ".join(f"{c:>8}" for c in cells), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
