"""Recall and precision of the polarity check (negation flips, reversed directions).

Recall: SummEdits (``../shared/benchmarks/summedits``, English; ``XCHECK_SHARED`` overrides the
shared folder) items whose edit GPT-4 typed ``antonym_swap`` or ``negation_insertion_removal``
(all labelled inconsistent): the share with a ``polarity`` or ``quote`` finding when the edited
summary is checked against the seed summary (``xcheck.check_pair(edited, original)``).

Precision: the share of *consistent* SummEdits items (human-labelled paraphrases) with any finding
and with a polarity finding, and the share of WMT21 de-en and cs-en pairs (two independent
professional translations of one sentence: reference B checked against reference A) with a
polarity finding.

Without the data the script prints a ``skipped:`` line and exits 0.

    .venv/bin/python benchmarks/polarity_accuracy.py [--show N]
"""

from __future__ import annotations

import argparse
import collections
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
    for item in mod.load():
        result = xcheck.check_pair(item["translation"], item["reference"])
        kinds = {f.kind for f in result.findings}
        polar = bool(kinds & POLARITY_KINDS)
        if item["label"] == 0 and FLIP_TYPES & set(item["edit_types"]):
            c["flip"] += 1
            c["flip:hit"] += polar
            c["flip:any"] += bool(kinds)
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
