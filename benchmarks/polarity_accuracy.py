"""Recall and precision of the polarity check (negation flips, reversed directions).

Recall: SummEdits (``../shared/benchmarks/summedits``, English; ``XCHECK_SHARED`` overrides the
shared folder) items whose edit GPT-4 typed ``antonym_swap`` or ``negation_insertion_removal``
(all labelled inconsistent): the share with a ``polarity`` or ``quote`` finding when the edited
summary is checked against the seed summary (``xcheck.check_pair(edited, original)``).

Precision: the share of *consistent* SummEdits items (human-labelled paraphrases) with any finding
and with a polarity finding, and the share of WMT21 de-en and cs-en pairs (two independent
professional translations of one sentence: reference B checked against reference A) with a
polarity finding.

Not every item GPT-4 typed an antonym swap is one ("yellow and blue" / "pink and green"), so
``polarity_flip_sample.tsv`` holds a hand classification of 40 flip items the check missed on
2026-12-04 before WordNet antonyms (every sixth miss; keyed by a hash of seed and edit, no text):
``antonym`` (a true antonym swap), ``negation`` (a true negation flip) or ``other`` (not a flip).
The script prints how many of those true flips are caught now, and estimates the recall on true
flips: caught items (taken as true) against caught plus misses times the share of true flips
among the sample items still missed.

Without the data the script prints a ``skipped:`` line and exits 0.

    .venv/bin/python benchmarks/polarity_accuracy.py [--show N]
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import xcheck

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("XCHECK_SHARED", ROOT.parent / "shared")) / "benchmarks"
FLIP_TYPES = frozenset({"antonym_swap", "negation_insertion_removal"})
POLARITY_KINDS = frozenset({"polarity", "quote"})
SAMPLE = Path(__file__).with_name("polarity_flip_sample.tsv")


def _key(reference: str, translation: str) -> str:
    return hashlib.sha1(f"{reference.strip()}\n{translation.strip()}".encode()).hexdigest()[:16]


def _sample() -> dict[str, str]:
    """Hash of seed and edit -> hand label (antonym, negation, other)."""
    rows = (line.split("\t") for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line)
    return {key: label for key, label in rows}


def _load(path: Path, name: str) -> ModuleType | None:
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f}% ({n}/{d})" if d else "-"


def summedits(mod: ModuleType, show: int) -> None:
    c: collections.Counter[str] = collections.Counter()
    missed: list[tuple[str, str]] = []
    flagged: list[tuple[str, str, str]] = []
    sample = _sample()
    for item in mod.load():
        result = xcheck.check_pair(item["translation"], item["reference"])
        kinds = {f.kind for f in result.findings}
        polar = bool(kinds & POLARITY_KINDS)
        if item["label"] == 0 and FLIP_TYPES & set(item["edit_types"]):
            c["flip"] += 1
            c["flip:hit"] += polar
            c["flip:any"] += bool(kinds)
            for kind in FLIP_TYPES & set(item["edit_types"]):
                c[kind] += 1
                c[f"{kind}:hit"] += polar
            label = sample.get(_key(item["reference"], item["translation"]))
            if label is not None:
                true = label != "other"
                c["sample"] += 1
                c["sample:true"] += true
                c["sample:true:hit"] += true and polar
                c["sample:other:hit"] += not true and polar
                c["sample:missed"] += not polar
                c["sample:missed:true"] += true and not polar
            if not polar:
                missed.append((item["reference"], item["translation"]))
        elif item["label"] == 1:
            c["consistent"] += 1
            c["consistent:any"] += bool(kinds)
            c["consistent:polarity"] += "polarity" in kinds
            if "polarity" in kinds:
                msg = next(f.message for f in result.findings if f.kind == "polarity")
                flagged.append((item["reference"], item["translation"], msg))
    print("| SummEdits (news + ectsum) | share |")
    print("|---|---|")
    print(f"| antonym/negation edits with a polarity or quote finding | {pct(c['flip:hit'], c['flip'])} |")
    print(f"| antonym/negation edits with any finding | {pct(c['flip:any'], c['flip'])} |")
    print(f"| consistent items with any finding | {pct(c['consistent:any'], c['consistent'])} |")
    print(f"| consistent items with a polarity finding | {pct(c['consistent:polarity'], c['consistent'])} |")
    for kind in sorted(FLIP_TYPES):
        print(f"| {kind} edits with a polarity or quote finding | {pct(c[f'{kind}:hit'], c[kind])} |")
    true, other = c["sample:true"], c["sample"] - c["sample:true"]
    print(
        f"| hand sample (misses before WordNet): true flips now caught | {pct(c['sample:true:hit'], true)} |"
    )
    print(f"| hand sample: non-flips now flagged | {pct(c['sample:other:hit'], other)} |")
    if c["sample:missed"]:
        share = c["sample:missed:true"] / c["sample:missed"]
        misses = c["flip"] - c["flip:hit"]
        estimate = c["flip:hit"] / (c["flip:hit"] + share * misses)
        label = f"estimated recall on true flips (misses {100 * share:.0f}% true in the sample)"
        print(f"| {label} | {100 * estimate:.1f}% |")
    for ref, edit in missed[:show]:
        print(f"\nMISSED\n  seed: {ref}\n  edit: {edit}")
    for ref, edit, msg in flagged[:show]:
        print(f"\nFLAGGED CONSISTENT ({msg})\n  seed: {ref}\n  edit: {edit}")


def wmt21(mod: ModuleType, show: int) -> None:
    print("\n| WMT21 faithful pairs (ref B vs ref A) | polarity findings |")
    print("|---|---|")
    shown: list[tuple[dict[str, Any], str]] = []
    for name in ("de-en", "cs-en"):
        n = hits = 0
        for pair in _pairs(mod, name):
            result = xcheck.check_pair(pair["translation"], pair["reference"], lang="en", reference_lang="en")
            found = [f for f in result.findings if f.kind == "polarity"]
            n += 1
            hits += bool(found)
            if found:
                shown.append((pair, found[0].message))
        print(f"| {name} | {pct(hits, n)} |")
    for pair, msg in shown[:show]:
        print(f"\n{pair['id']}: {msg}\n  A: {pair['reference']}\n  B: {pair['translation']}")


def _pairs(mod: ModuleType, name: str) -> Iterator[dict[str, Any]]:
    yield from mod.pairs(name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="list up to N misses and false alarms")
    args = parser.parse_args(argv)
    se = _load(SHARED / "summedits" / "load.py", "summedits_load")
    wm = _load(SHARED / "wmt21_refs" / "load.py", "wmt21_load")
    if se is None and wm is None:
        print(f"skipped: no SummEdits or WMT21 data under {SHARED}")
        return 0
    if se is not None:
        summedits(se, args.show)
    if wm is not None:
        wmt21(wm, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
