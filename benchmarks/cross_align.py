"""Cross-script alignment: English sentences against the Chinese or Korean statements they translate.

Data, from ``../shared/benchmarks`` (``XCHECK_SHARED`` overrides the ``shared`` directory; the
script prints a ``skipped:`` line for a set whose files are missing):

- ``zh``: WMT21 zh-en, ``wmt21_refs/newstest2021.zh-en.ref.A.en`` (English, the sentences) and
  ``newstest2021.zh-en.src.zh`` (Chinese, the statements), line-aligned;
- ``ko``: ``koen_news/korean-english-park.dev.en`` and ``.ko``, line-aligned (noisy: some pairs
  are loose or no translation at all; they count as misses).

The first ``n`` non-empty line pairs of a set make one claims-mode document: the English lines are
the sentences, in order; the other side's lines are the statements, shuffled and given random ids.
A sentence is *right* when its links include its own line's statement; *recall* is the share of
sentences that are right, *precision* the share of (sentence, statement) link pairs that pair a
line with its own. ``--parallel`` adds a parallel-mode run per set (``par``), the statements in
document order. ``seconds`` is the wall time of the alignment (loading the dictionary and
reading the facts of every text included), ``cpu s`` its processor time (steadier on a busy
machine). Run from the repository root::

    .venv/bin/python benchmarks/cross_align.py [--sets zh,ko] [--n 500] [--seed 1] [--parallel]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from xcheck._types import Sentence, Statement  # noqa: E402
from xcheck.align import align  # noqa: E402

SETS = {
    "zh": ("wmt21_refs", "newstest2021.zh-en.ref.A.en", "newstest2021.zh-en.src.zh", "zh"),
    "ko": ("koen_news", "korean-english-park.dev.en", "korean-english-park.dev.ko", "ko"),
}


def shared_dir() -> Path:
    """The ``shared`` directory next to the repository (or ``$XCHECK_SHARED``)."""
    env = os.environ.get("XCHECK_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def load(name: str, n: int) -> list[tuple[str, str]] | None:
    """The first ``n`` non-empty (English, other) line pairs of a set, or ``None`` when absent."""
    folder, en_file, other_file, _ = SETS[name]
    base = shared_dir() / "benchmarks" / folder
    if not (base / en_file).exists() or not (base / other_file).exists():
        return None
    en = (base / en_file).read_text(encoding="utf-8").splitlines()
    other = (base / other_file).read_text(encoding="utf-8").splitlines()
    pairs = [(e.strip(), o.strip()) for e, o in zip(en, other, strict=False) if e.strip() and o.strip()]
    return pairs[:n]


def run(name: str, pairs: list[tuple[str, str]], seed: int, *, parallel: bool = False) -> dict[str, float]:
    """Align one set; recall, precision and time. ``parallel``: parallel mode, statements in
    document order (their ids still random)."""
    lang = SETS[name][3]
    rng = random.Random(seed)
    ids = [f"S{x:05d}" for x in rng.sample(range(10 * len(pairs)), len(pairs))]
    sentences = []
    start = 0
    for i, (en, _) in enumerate(pairs):
        sentences.append(Sentence(i, start, start + len(en), en))
        start += len(en) + 1
    statements = [Statement(ids[i], other, lang=lang) for i, (_, other) in enumerate(pairs)]
    if not parallel:
        rng.shuffle(statements)
    began, cpu = time.perf_counter(), time.process_time()
    result = align(sentences, statements, mode="parallel" if parallel else "claims")
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    right = 0
    good = total = 0
    for link in result.links:
        for i in link.translation:
            own = ids[i]
            right += own in link.references
            for ref in link.references:
                total += 1
                good += ref == own
    return {
        "n": len(pairs),
        "recall": right / len(pairs) if pairs else 0.0,
        "precision": good / total if total else 0.0,
        "links": total,
        "unsupported": len(result.unsupported),
        "seconds": seconds,
        "cpu": cpu,
    }


def main() -> None:
    """Print one row per set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="zh,ko")
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--parallel", action="store_true", help="also parallel mode (statements in order)")
    args = parser.parse_args()
    print(
        f"{'set':<6} {'n':>5} {'right':>7} {'precision':>9} {'links':>6} {'unsupp':>6} "
        f"{'seconds':>8} {'cpu s':>6}"
    )
    for name in args.sets.split(","):
        pairs = load(name, args.n)
        if pairs is None:
            print(f"skipped: {name} data not found under {shared_dir()}")
            continue
        for parallel in (False, True) if args.parallel else (False,):
            row = run(name, pairs, args.seed, parallel=parallel)
            label = name + (" par" if parallel else "")
            print(
                f"{label:<6} {row['n']:>5} {row['recall']:>7.1%} {row['precision']:>9.1%} "
                f"{row['links']:>6} {row['unsupported']:>6} {row['seconds']:>8.2f} {row['cpu']:>6.2f}"
            )


if __name__ == "__main__":
    main()
