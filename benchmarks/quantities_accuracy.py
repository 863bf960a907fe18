"""Accuracy of the quantity engine on public data (SummEdits, BIG-Bench salient translation).

Run from the repository root::

    .venv/bin/python benchmarks/quantities_accuracy.py

The data is read from ``../shared/benchmarks`` relative to the repository (override with the
``XCHECK_SHARED`` environment variable); when it is absent the script prints a "skipped" line
and exits 0. Nothing here is tuned to single items: the script only counts.

* SummEdits (news + ectsum; reference = original summary, translation = edited summary):
  recall on inconsistent ``entity_modification`` items whose digit multiset differs, and the
  false-positive rate on consistent items (any number/date finding on a paraphrase is wrong).
* BIG-Bench salient translation error detection (German source vs English translation):
  recall of a number/date finding on "Numerical Values" and the flag rate on other categories.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from xcheck.facts.quantities import compare_quantities


def shared_dir() -> Path:
    env = os.environ.get("XCHECK_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared"


def load_module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        msg = f"cannot load {path}"
        raise ImportError(msg)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def digits(text: str) -> collections.Counter[str]:
    return collections.Counter(re.findall(r"\d+(?:[.,]\d+)*", text))


def flagged(findings: list[Any], *, major_only: bool = False) -> bool:
    return any(f.kind in ("number", "date") and (not major_only or f.severity != "minor") for f in findings)


def rate(hits: int, total: int) -> str:
    return f"{hits}/{total} = {100 * hits / total:.1f}%" if total else "n/a"


def summedits(base: Path, show: int) -> None:
    load = load_module(base / "summedits" / "load.py", "summedits_load")
    counts: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    examples: list[str] = []
    items: Iterator[dict[str, Any]] = load.load()
    for item in items:
        ref, hyp = item["reference"], item["translation"]
        findings = compare_quantities(hyp, ref, lang="en", reference_lang="en")
        if item["label"] == 1:
            group = "consistent (false-positive rate)"
        elif "entity_modification" in item["edit_types"]:
            if digits(ref) != digits(hyp):
                group = "entity_modification, digits differ (recall)"
            else:
                group = "entity_modification, same digits (flag rate)"
        else:
            group = "other inconsistent (flag rate)"
        c = counts[(item["domain"], group)]
        c[0] += 1
        c[1] += flagged(findings)
        c[2] += flagged(findings, major_only=True)
        if show and len(examples) < show and item["label"] == 1 and findings:
            examples.append(f"  FP {item['id']}: {findings[0].message}")
    print("## SummEdits (translation = edited summary, reference = seed summary)")
    print()
    print("| domain | group | any number/date finding | major only |")
    print("|---|---|---|---|")
    for domain in ("news", "ectsum", "all"):
        groups = sorted({g for d, g in counts})
        for g in groups:
            if domain == "all":
                n = sum(counts[(d, g)][0] for d in ("news", "ectsum"))
                hit = sum(counts[(d, g)][1] for d in ("news", "ectsum"))
                maj = sum(counts[(d, g)][2] for d in ("news", "ectsum"))
            else:
                n, hit, maj = counts[(domain, g)]
            print(f"| {domain} | {g} | {rate(hit, n)} | {rate(maj, n)} |")
    print()
    for line in examples:
        print(line)


def bbh(base: Path, show: int) -> None:
    load = load_module(base / "bbh_salient_translation" / "load.py", "bbh_load")
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    missed: list[str] = []
    for item in load.load():
        findings = compare_quantities(item["bad_translation"], item["source"], lang="en", reference_lang="de")
        c = counts[item["category"]]
        c[0] += 1
        c[1] += flagged(findings)
        c[2] += flagged(findings, major_only=True)
        if show and item["category"] == "Numerical Values" and not findings and len(missed) < show:
            missed.append(f"  missed {item['id']}: {item['bad_translation'][:100]}")
    print("## BIG-Bench salient translation errors (German source vs English translation)")
    print()
    print("| category | any number/date finding | major only |")
    print("|---|---|---|")
    for cat in sorted(counts, key=lambda c: (c != "Numerical Values", c)):
        n, hit, maj = counts[cat]
        label = "recall" if cat == "Numerical Values" else "flag rate"
        print(f"| {cat} ({label}) | {rate(hit, n)} | {rate(maj, n)} |")
    print()
    for line in missed:
        print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--show", type=int, default=0, help="print up to N examples of errors")
    args = parser.parse_args(argv)
    base = shared_dir() / "benchmarks"
    if not (base / "summedits").is_dir() or not (base / "bbh_salient_translation").is_dir():
        print(f"skipped: benchmark data not found under {base}")
        return 0
    summedits(base, args.show)
    print()
    bbh(base, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
