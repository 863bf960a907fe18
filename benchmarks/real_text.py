"""Precision and recall of the pair check on real, independent translations (labelled by reading them).

The labelled set (`benchmarks/data/real_text_labels.jsonl`) holds 900 pairs drawn at random (seeded per set)
from four development sets in ``../shared/benchmarks``: de-en and cs-en (two professional English
translations of one German/Czech sentence: reference B checked against reference A), zh-en (the professional
English translation checked against its Chinese source) and ko-en (`koen_news`: English news checked against
its Korean counterpart). Every pair was read and labelled ``faithful``, ``conflict`` (both sides state a
value for the same fact and the values differ), ``omission`` (a fact on one side only) or ``unaligned`` (not
translations of each other). The file stores ids, labels and character spans only: the texts are read from
``../shared`` (or ``$XCHECK_SHARED``), and the script prints a ``skipped:`` line and exits 0 without them.

It prints, per set:

- the share of **faithful** pairs with any number/date/name/title/quote finding, and with a major one,
  per kind (the false-alarm rate a user sees);
- **recall** on the labelled real conflicts: a conflict counts as caught when a fact finding overlaps its
  translation span or names its reference span;

and beside it the recall on generated perturbations (the strategies toolkit) and on SummEdits number edits,
so a precision gain that costs recall shows at once. ``--full`` also prints the flag rate of every pair of
the four sets (unlabelled: an upper bound on false alarms). ``--show KIND`` lists flagged faithful pairs.

    .venv/bin/python benchmarks/real_text.py [--full] [--show number] [--perturbations 400]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from quantities_accuracy import load_module  # benchmarks/ is on the path when run as a script

import xcheck

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("XCHECK_SHARED", ROOT.parent / "shared")) / "benchmarks"
LABELS = ROOT / "benchmarks" / "data" / "real_text_labels.jsonl"
FACT_KINDS = ("number", "date", "name", "title", "quote", "polarity")
SETS = ("de-en", "cs-en", "zh-en", "ko-en")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _load(path: Path, name: str) -> ModuleType:
    """A data set's loader (or another benchmark script) as a module."""
    return load_module(path, name)


def pairs_of(name: str) -> Iterator[dict[str, str]]:
    """The pairs of one development set, as its loader yields them."""
    if name == "ko-en":
        yield from _load(SHARED / "koen_news" / "load.py", "koen_load").pairs()
    else:
        yield from _load(SHARED / "wmt21_refs" / "load.py", "wmt21_load").pairs(name)


def check(pair: dict[str, str]) -> xcheck.PairResult:
    """Check a pair the way ``xcheck pairs`` checks a line of a pairs file."""
    return xcheck.check_pair(pair["translation"], pair["reference"], lang="en", reference_lang=pair["lang"])


def facts(result: xcheck.PairResult) -> list[xcheck.Finding]:
    return [f for f in result.findings if f.kind in FACT_KINDS]


def is_major(f: xcheck.Finding) -> bool:
    return f.severity in ("major", "critical")


def pct(hits: int, total: int) -> str:
    return f"{100 * hits / total:5.1f}% ({hits}/{total})" if total else "  n/a"


def caught(item: dict[str, Any], found: list[xcheck.Finding]) -> bool:
    """Whether a fact finding points at the labelled discrepancy (either of its spans)."""
    t_span, r_span = item.get("translation"), item.get("reference")
    for f in found:
        span, ref = f.translation, f.reference
        if t_span and span is not None and span.start < t_span[1] and t_span[0] < span.end:
            return True
        if r_span and ref is not None and ref.start < r_span[1] and r_span[0] < ref.end:
            return True
    return False


def labelled(show: str | None) -> None:
    by_id: dict[str, dict[str, Any]] = {}
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        by_id[row["id"]] = row
    faithful: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    recall: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    labels: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    shown: list[str] = []
    missed: list[str] = []
    for name in SETS:
        for pair in pairs_of(name):
            row = by_id.get(pair["id"])
            if row is None:
                continue
            labels[name][row["label"]] += 1
            found = facts(check(pair))
            if row["label"] == "faithful":
                c = faithful[name]
                c["pairs"] += 1
                c["any"] += bool(found)
                c["major"] += any(is_major(f) for f in found)
                for kind in {f.kind for f in found}:
                    c[kind] += 1
                for kind in {f.kind for f in found if is_major(f)}:
                    c[kind + ":major"] += 1
                if show and any(f.kind == show for f in found):
                    msgs = "; ".join(f"{f.severity} {f.message}" for f in found if f.kind == show)
                    shown.append(
                        f"{pair['id']}: {msgs}\n   T: {pair['translation']}\n   R: {pair['reference']}"
                    )
            elif row["label"] == "conflict":
                for item in row["items"]:
                    recall[name][0] += 1
                    if caught(item, found):
                        recall[name][1] += 1
                    else:
                        missed.append(f"{pair['id']} {item['kind']}: {item.get('why', '')}")
    print("## Faithful real translations flagged (lower is better)\n")
    print("| set | labels | faithful pairs | any fact finding | major | by kind (any / major) |")
    print("|---|---|---:|---:|---:|---|")
    total: collections.Counter[str] = collections.Counter()
    for name in SETS:
        c = faithful[name]
        total.update(c)
        kinds = ", ".join(f"{k} {c[k]}/{c[k + ':major']}" for k in FACT_KINDS if c[k])
        lab = " ".join(f"{k}:{v}" for k, v in sorted(labels[name].items()))
        rates = f"{pct(c['any'], c['pairs'])} | {pct(c['major'], c['pairs'])}"
        print(f"| {name} | {lab} | {c['pairs']} | {rates} | {kinds} |")
    rates = f"{pct(total['any'], total['pairs'])} | {pct(total['major'], total['pairs'])}"
    print(f"| all | | {total['pairs']} | {rates} | |")
    print("\n## Recall on labelled real conflicts (a fact finding on the labelled span)\n")
    n = sum(v[0] for v in recall.values())
    hit = sum(v[1] for v in recall.values())
    print(" ".join(f"{k}: {pct(v[1], v[0])}" for k, v in sorted(recall.items())), f"| all: {pct(hit, n)}")
    for line in missed:
        print("  missed", line)
    for line in shown:
        print(line)


def full() -> None:
    print("\n## Every pair of the sets (unlabelled)\n")
    print("| set | pairs | any fact finding | major |")
    print("|---|---:|---:|---:|")
    for name in SETS:
        c: collections.Counter[str] = collections.Counter()
        for pair in pairs_of(name):
            found = facts(check(pair))
            c["pairs"] += 1
            c["any"] += bool(found)
            c["major"] += any(is_major(f) for f in found)
        print(f"| {name} | {c['pairs']} | {pct(c['any'], c['pairs'])} | {pct(c['major'], c['pairs'])} |")


def perturbations(count: int) -> None:
    speed = _load(ROOT / "benchmarks" / "strategies_speed.py", "strategies_speed")
    examples = speed.generate(count, 0)
    hits = sum(speed.caught(p, speed.check_example(p).findings) for p in examples)
    print(f"\nstrategies perturbations caught with kind and span: {pct(hits, len(examples))}")


def summedits() -> None:
    data = SHARED / "summedits" / "load.py"
    hits = total = 0
    for item in _load(data, "summedits_load").load():
        if item["label"] == 1 or "entity_modification" not in item["edit_types"]:
            continue
        ref, hyp = item["reference"], item["translation"]
        if collections.Counter(NUMBER.findall(ref)) == collections.Counter(NUMBER.findall(hyp)):
            continue  # the same group as benchmarks/quantities_accuracy.py: the digits differ
        total += 1
        found = xcheck.check_pair(hyp, ref).findings
        hits += any(f.kind in ("number", "date") for f in found)
    print(f"SummEdits entity edits whose digits differ, with a number/date finding: {pct(hits, total)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also the flag rate of every pair of the sets")
    parser.add_argument("--show", metavar="KIND", help="list flagged faithful pairs with a finding of KIND")
    parser.add_argument("--perturbations", type=int, default=400, help="generated perturbations (0: skip)")
    args = parser.parse_args()
    if not (SHARED / "wmt21_refs").is_dir() or not (SHARED / "koen_news").is_dir():
        print(f"skipped: {SHARED} has no wmt21_refs/koen_news")
        return 0
    labelled(args.show)
    if args.full:
        full()
    if args.perturbations:
        perturbations(args.perturbations)
    if (SHARED / "summedits").is_dir():
        summedits()
    return 0


if __name__ == "__main__":
    sys.exit(main())
