"""Alignment speed and memory at 1k, 2k, 5k and 10k statements, against exhaustive scoring.

Corpora come from :mod:`align_quality` (SummEdits sentences; above the ~700 real sentences,
statements are two-half hybrids of them, so the texts are realistic news/earnings prose). Each
size runs in a fresh subprocess so its peak memory (``ru_maxrss``) is its own; the script prints:

- ``align``: wall and CPU time of :func:`xcheck.align.align` (claims mode, defaults: retrieval
  of ``k`` candidates per side), peak RSS before and after, and the growth (CPU time is the
  steadier figure when other jobs share the machine);
- ``exhaustive``: the same scorer on every pair (``exhaustive=True``) where feasible (1k, 2k),
  with the time ratio, and the share of identical links;
- ``chrF``: the time sacrebleu's ``sentence_chrf`` takes per pair here, extrapolated to all
  ``n x m`` pairs (the ratio is measured in the same process);
- parallel mode on the same corpus with the statements in document order (distractors left
  out), with link precision and recall;
- on the 1,000 x 1,000 corpus, the agreement with exhaustive sacrebleu chrF (every pair's exact
  chrF, computed by an inverted index and checked against sacrebleu on a sample): the share of
  linked sentences whose highest-chrF statement is among the statements they are linked with.

Run from the repository root::

    .venv/bin/python benchmarks/align_speed.py [--sizes 1000,2000,5000,10000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import align_quality as corpora
from align_quality import link_pairs

from xcheck.align import align

EXHAUSTIVE_MAX = 2_000
CHRF_ORDER = 6
CHRF_BETA = 2.0


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def char_ngrams(text: str) -> list[Counter[str]]:
    """sacrebleu's chrF n-grams: whitespace removed, orders 1..6."""
    line = "".join(text.split())
    return [Counter(line[i : i + n] for i in range(len(line) - n + 1)) for n in range(1, CHRF_ORDER + 1)]


def chrf_matrix(hyps: Sequence[str], refs: Sequence[str]) -> np.ndarray:
    """Exact sentence chrF (sacrebleu defaults: chars 1..6, beta 2) of every hyp against every ref."""
    m = len(refs)
    ref_grams = [char_ngrams(r) for r in refs]
    ref_totals = np.array([[sum(c.values()) for c in grams] for grams in ref_grams], dtype=float)
    postings: list[dict[str, tuple[np.ndarray, np.ndarray]]] = []
    for n in range(CHRF_ORDER):
        lists: dict[str, tuple[list[int], list[int]]] = {}
        for j, grams in enumerate(ref_grams):
            for gram, count in grams[n].items():
                js, cs = lists.setdefault(gram, ([], []))
                js.append(j)
                cs.append(count)
        postings.append({g: (np.array(js), np.array(cs)) for g, (js, cs) in lists.items()})
    out = np.zeros((len(hyps), m))
    factor = CHRF_BETA**2
    for i, hyp in enumerate(hyps):
        grams = char_ngrams(hyp)
        avg_p = np.zeros(m)
        avg_r = np.zeros(m)
        eff = np.zeros(m)
        for n in range(CHRF_ORDER):
            match = np.zeros(m)
            for gram, count in grams[n].items():
                hit = postings[n].get(gram)
                if hit is not None:
                    match[hit[0]] += np.minimum(hit[1], count)
            n_hyp = sum(grams[n].values())
            n_ref = ref_totals[:, n]
            both = (n_ref > 0) & (n_hyp > 0)
            with np.errstate(divide="ignore", invalid="ignore"):
                avg_p += np.where(both, match / max(n_hyp, 1), 0.0)
                avg_r += np.where(both, match / np.maximum(n_ref, 1), 0.0)
            eff += both
        with np.errstate(divide="ignore", invalid="ignore"):
            p = np.where(eff > 0, avg_p / np.maximum(eff, 1), 0.0)
            r = np.where(eff > 0, avg_r / np.maximum(eff, 1), 0.0)
            score = np.where(p + r > 0, (1 + factor) * p * r / (factor * p + r), 0.0)
        out[i] = 100.0 * score
    return out


def one(n: int, seed: int) -> dict[str, object]:
    """Measure one size (run in its own process)."""
    import sacrebleu

    corpus = corpora.build_corpus(n, seed=seed)
    sents, stmts = corpus.sentences, corpus.statements
    before = rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    result = align(sents, stmts)
    t_align, c_align = time.perf_counter() - t0, time.process_time() - c0
    after = rss_mb()
    row: dict[str, object] = {
        "n": n,
        "sentences": len(sents),
        "statements": len(stmts),
        "align_s": round(t_align, 2),
        "align_cpu_s": round(c_align, 2),
        "rss_before_mb": round(before, 1),
        "rss_after_mb": round(after, 1),
        "settings": result.settings(),
    }
    # parallel mode: the statements that have a gold sentence, in document order
    first_sentence: dict[str, int] = {}
    for i, sid in sorted(corpus.gold):
        first_sentence.setdefault(sid, i)
    ordered = sorted((st for st in stmts if st.id in first_sentence), key=lambda st: first_sentence[st.id])
    t0, c0 = time.perf_counter(), time.process_time()
    parallel = align(sents, ordered, mode="parallel")
    row["parallel_s"] = round(time.perf_counter() - t0, 2)
    row["parallel_cpu_s"] = round(time.process_time() - c0, 2)
    p, r, _ = corpora.prf(link_pairs(parallel), corpus.gold)
    row["parallel_p"], row["parallel_r"] = round(p, 3), round(r, 3)
    # sacrebleu chrF per pair, measured here and extrapolated to all pairs
    rng = random.Random(seed)
    sample = [(rng.choice(sents).text, rng.choice(stmts).text) for _ in range(400)]
    t0, c0 = time.perf_counter(), time.process_time()
    for hyp, ref in sample:
        sacrebleu.sentence_chrf(hyp, [ref])
    per_pair = (time.perf_counter() - t0) / len(sample)
    row["chrf_pairs_per_s"] = round(len(sample) / (time.process_time() - c0))
    row["chrf_all_pairs_s_est"] = round(per_pair * len(sents) * len(stmts), 1)
    row["ratio_vs_chrf_all_pairs"] = round(t_align / (per_pair * len(sents) * len(stmts)), 5)
    if n <= EXHAUSTIVE_MAX:
        t0 = time.perf_counter()
        full = align(sents, stmts, exhaustive=True)
        t_full = time.perf_counter() - t0
        got, ref = link_pairs(result), link_pairs(full)
        row["exhaustive_s"] = round(t_full, 2)
        row["ratio_vs_exhaustive"] = round(t_align / t_full, 4)
        row["same_links_as_exhaustive"] = round(len(got & ref) / max(1, len(got | ref)), 4)
    if n == 1000:
        hyps = [s.text for s in sents]
        refs = [st.text for st in stmts]
        t0 = time.perf_counter()
        matrix = chrf_matrix(hyps, refs)
        row["chrf_matrix_s"] = round(time.perf_counter() - t0, 1)
        check = [(rng.randrange(len(hyps)), rng.randrange(len(refs))) for _ in range(200)]
        row["chrf_matrix_max_error_vs_sacrebleu"] = max(
            abs(matrix[i, j] - sacrebleu.sentence_chrf(hyps[i], [refs[j]]).score) for i, j in check
        )
        ids = np.array([st.id for st in stmts])
        linked: dict[int, set[str]] = {}
        for link in result.links:
            for i in link.translation:
                linked[i] = set(link.references)
        agree = 0
        gold_chrf = 0
        gold_by_sentence: dict[int, set[str]] = {}
        for i, sid in corpus.gold:
            gold_by_sentence.setdefault(i, set()).add(sid)
        for i in range(len(hyps)):
            best = matrix[i].max()
            top = sorted(ids[matrix[i] == best])[0]
            if i in linked and top in linked[i]:
                agree += 1
            if top in gold_by_sentence.get(i, set()):
                gold_chrf += 1
        row["chrf_top1_in_links"] = round(agree / max(1, len(linked)), 4)
        row["chrf_top1_gold_accuracy"] = round(gold_chrf / max(1, len(gold_by_sentence)), 4)
        ours = sum(1 for i, sids in gold_by_sentence.items() if linked.get(i, set()) & sids)
        row["xcheck_gold_accuracy"] = round(ours / max(1, len(gold_by_sentence)), 4)
    return row


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,2000,5000,10000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one, args.seed)))
        return 0
    if corpora.summedits_dir() is None:
        print(f"skipped: SummEdits data not found under {corpora.shared_dir()}")
        return 0
    for n in (int(x) for x in args.sizes.split(",") if x):
        proc = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--seed", str(args.seed)],
            capture_output=True,
            text=True,
            check=True,
        )
        row = json.loads(proc.stdout.strip().splitlines()[-1])
        growth = float(row["rss_after_mb"]) - float(row["rss_before_mb"])  # type: ignore[arg-type]
        line = (
            f"n={row['n']}: {row['sentences']} sentences x {row['statements']} statements: "
            f"align {row['align_s']} s (CPU {row['align_cpu_s']} s), "
            f"peak RSS {row['rss_before_mb']} -> {row['rss_after_mb']} MB "
            f"(+{growth:.1f} MB); sacrebleu chrF on all pairs ~{row['chrf_all_pairs_s_est']} s "
            f"(ratio {row['ratio_vs_chrf_all_pairs']}; sacrebleu did {row['chrf_pairs_per_s']} "
            "chrF/s of CPU here)"
        )
        if "exhaustive_s" in row:
            line += (
                f"; exhaustive scoring {row['exhaustive_s']} s (ratio {row['ratio_vs_exhaustive']}), "
                f"same links {row['same_links_as_exhaustive']}"
            )
        print(line)
        print(
            f"  parallel mode (statements in document order): {row['parallel_s']} s "
            f"(CPU {row['parallel_cpu_s']} s), link precision {row['parallel_p']} recall {row['parallel_r']}"
        )
        if "chrf_top1_in_links" in row:
            print(
                f"  1,000 x 1,000 vs exhaustive sacrebleu chrF (computed in {row['chrf_matrix_s']} s, "
                f"max error vs sacrebleu {row['chrf_matrix_max_error_vs_sacrebleu']:.2g}): "
                f"chrF's best statement is among the sentence's links for "
                f"{row['chrf_top1_in_links']:.1%} of linked sentences; gold accuracy: chrF top-1 "
                f"{row['chrf_top1_gold_accuracy']:.1%}, xcheck {row['xcheck_gold_accuracy']:.1%}"
            )
        print(f"  ({row['settings']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
