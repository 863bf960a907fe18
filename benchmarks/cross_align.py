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
line with its own. A second line per set gives *right* on the pairs of the slice that were read and
labelled by hand (``benchmarks/data/real_text_labels.jsonl``): over all of them, and over those
that are translations of each other (a pair labelled ``unaligned`` left out), so a noisy set is
counted both ways. ``--parallel`` adds a parallel-mode run per set (``par``), the statements in
document order. ``seconds`` is the wall time of the alignment (loading the dictionary and
reading the facts of every text included), ``cpu s`` its processor time (steadier on a busy
machine). Run from the repository root::

    .venv/bin/python benchmarks/cross_align.py [--sets zh,ko] [--n 500] [--seed 1] [--parallel]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

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
    found = load_lines(name, n)
    return None if found is None else [pair for _, pair in found]


def load_lines(name: str, n: int) -> list[tuple[int, tuple[str, str]]] | None:
    """:func:`load`, each pair with its line number in the files."""
    folder, en_file, other_file, _ = SETS[name]
    base = shared_dir() / "benchmarks" / folder
    if not (base / en_file).exists() or not (base / other_file).exists():
        return None
    en = (base / en_file).read_text(encoding="utf-8").splitlines()
    other = (base / other_file).read_text(encoding="utf-8").splitlines()
    pairs = [
        (i, (e.strip(), o.strip()))
        for i, (e, o) in enumerate(zip(en, other, strict=False))
        if e.strip() and o.strip()
    ]
    return pairs[:n]


#: Pairs read and labelled by hand (``benchmarks/data/real_text_labels.jsonl``, a random sample of
#: each set): ``unaligned`` marks a pair whose lines are not translations of each other.
LABELS = REPO / "benchmarks" / "data" / "real_text_labels.jsonl"
LABEL_SET = {"zh": "zh-en", "ko": "ko-en"}


def labelled(name: str) -> dict[int, str]:
    """Line number -> label of a set's hand-labelled pairs."""
    out: dict[int, str] = {}
    if not LABELS.exists():
        return out
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["set"] == LABEL_SET[name]:
            out[int(row["id"].split(":")[1])] = row["label"]
    return out


def run(name: str, pairs: list[tuple[str, str]], seed: int, *, parallel: bool = False) -> dict[str, Any]:
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
    hits: list[int] = []
    for link in result.links:
        for i in link.translation:
            own = ids[i]
            right += own in link.references
            if own in link.references:
                hits.append(i)
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
        "hits": hits,
    }


def _labelled_line(name: str, lines: list[tuple[int, tuple[str, str]]], hits: set[int]) -> str:
    """Right among the hand-labelled pairs of the slice: all of them, and only those that are
    translations of each other (not labelled ``unaligned``)."""
    labels = labelled(name)
    sample = [(k, labels[line]) for k, (line, _) in enumerate(lines) if line in labels]
    if not sample:
        return "labelled sample: none in this slice"
    kept = [k for k, label in sample if label != "unaligned"]
    all_right = sum(k in hits for k, _ in sample)
    kept_right = sum(k in hits for k in kept)
    return (
        f"labelled sample: {all_right / len(sample):.1%} right of {len(sample)}; "
        f"{kept_right / len(kept):.1%} of the {len(kept)} that are translations "
        f"({len(sample) - len(kept)} labelled unaligned left out)"
    )


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
        lines = load_lines(name, args.n)
        if lines is None:
            print(f"skipped: {name} data not found under {shared_dir()}")
            continue
        pairs = [pair for _, pair in lines]
        for parallel in (False, True) if args.parallel else (False,):
            row = run(name, pairs, args.seed, parallel=parallel)
            label = name + (" par" if parallel else "")
            print(
                f"{label:<6} {row['n']:>5} {row['recall']:>7.1%} {row['precision']:>9.1%} "
                f"{row['links']:>6} {row['unsupported']:>6} {row['seconds']:>8.2f} {row['cpu']:>6.2f}"
            )
            print("       " + _labelled_line(name, lines, set(row["hits"])))


if __name__ == "__main__":
    main()
