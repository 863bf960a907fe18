"""Speed of quote checking alone, as a ratio against sacrebleu's sentence chrF.

The same three sets of (translation, reference) pairs as ``benchmarks/names_speed.py`` (its pair
loaders and its memo clearing are imported from there): ``fixture links`` (every (sentence,
statement) link ``xcheck.check`` makes on the Observer Network fixture), ``fixture paragraphs``
(each fixture statement against the whole translated paragraph that renders it) and
``summedits`` (SummEdits ``original_summary`` vs ``summary``, news + ectsum, when the shared data
is present). For each set the script times ``compare_quotes`` and ``sacrebleu.sentence_chrf`` over
the same pairs in interleaved rounds of CPU time (chrF, cold, warm, ...) and keeps the best round
of each. ``cold`` empties every memo of xcheck's name, quote and quantity code first (quote
checking reads names for its scope check), so every pair and every word is new; ``warm`` keeps
them.

Quotes are one part of issue 4's name-checking budget (names + quotes under 0.1 of chrF); the
target for quotes alone is under 0.02, cold, on every set.

Run from the repository root::

    .venv/bin/python benchmarks/quotes_speed.py [--rounds 9] [--limit 400]

Results on 2026-11-27 (2-core machine shared with other jobs; ``--rounds 15``, two runs each;
before = the quotes module of commit 9809726 run in the same tree, same conditions)::

    set                 chrF/pair  before: cold (ratio)   warm     after: cold (ratio)     warm
    fixture links        ~490 us   180-183 us (0.373)     0.152    67-79 us (0.139-0.142)  0.018-0.019
    fixture paragraphs   ~660 us   150-154 us (0.23)      0.149    55-57 us (0.068-0.084)  0.014-0.017
    summedits            ~570 us    16 us (0.028-0.029)   0.026    5.1-5.4 us (0.008-0.009) 0.005

Cold, most of what is left on the fixture is name reading for the scope check (glossary-less
``extract_mentions`` of both texts, about 370 us for a link's two sentences, and ``_same_entity``
verdicts; ``xcheck.facts.names``), about 0.08 of chrF on the links. Quote checking's own code, with
those name readings precomputed and the quote memos emptied, is 27 us a link (0.055 of chrF) and
35 us a paragraph pair (0.053).

Quotes graded by meaning (polarity reading with lemminflect lemmas, and a quote read against the
reference words it matches when no reference quote renders it), 2026-12-04, ``--rounds 5``, the
same machine, before = the previous quotes module run just before::

    set                 before: cold (ratio)  warm      after: cold (ratio)  warm
    fixture links        48.8 us (0.133)      0.018     63.7 us (0.172)      0.026
    fixture paragraphs   40.0 us (0.080)      0.016     62.1 us (0.120)      0.025
    summedits             3.4 us (0.009)      0.005      7.7 us (0.019)      0.010

The cold cost added is mostly lemma look-ups (memoised per word) and the quote contexts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from names_speed import measure, pair_sets

from xcheck.facts.quotes import compare_quotes


def main(argv: list[str] | None = None) -> int:
    """Time quotes and chrF on each set and print the per-pair costs and ratios."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--limit", type=int, default=400)
    args = parser.parse_args(argv)
    print("| pairs | n | chrF per pair | quotes, cold (ratio) | warm (ratio) |")
    print("|---|---:|---:|---:|---:|")
    for label, pairs in pair_sets(args.limit):
        chrf, cold, warm = measure(compare_quotes, pairs, args.rounds)
        print(
            f"| {label} | {len(pairs)} | {chrf * 1e6:.0f} us | {cold * 1e6:.1f} us ({cold / chrf:.3f}) "
            f"| {warm * 1e6:.1f} us ({warm / chrf:.3f}) |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
