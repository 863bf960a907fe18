"""Accuracy of the whole pair check (`xcheck.check_pair`) on public data nobody here wrote.

SummEdits (news + ectsum): reference = seed summary, translation = edited summary. Reports the share of
inconsistent edits with at least one finding (by GPT-4-typed edit type) and the share of consistent
paraphrases with any finding (false positives), counting all findings and major-or-worse only.
BIG-Bench salient translation error detection (German source vs English translation, every item has one
error): the share of each category that gets a number/date or name/title finding.

    .venv/bin/python benchmarks/pipeline_accuracy.py

Data is read from ../shared/benchmarks (or $XCHECK_SHARED/benchmarks); the script prints a "skipped" line
and exits 0 when it is absent. Never tune rules to single items of these sets.
"""

from __future__ import annotations

import collections
import json
import os
import re
import sys
import time
from pathlib import Path

import xcheck

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("XCHECK_SHARED", ROOT.parent / "shared"))
MAJOR = {"major", "critical"}


def summedits() -> None:
    counts: collections.Counter[str] = collections.Counter()
    hits: collections.Counter[str] = collections.Counter()
    majors: collections.Counter[str] = collections.Counter()
    for name in ("news", "ectsum"):
        path = SHARED / "benchmarks" / "summedits" / "data" / f"summedits_{name}.json"
        for item in json.loads(path.read_text(encoding="utf-8")):
            if item["summary"].strip() == item["original_summary"].strip():
                continue
            if int(item["label"]) == 1:
                group = "consistent (false-positive rate)"
            else:
                types = sorted(set(re.findall(r"[a-z_]+", str(item["edit_types"])))) or ["untyped"]
                group = "inconsistent: " + (
                    "entity_modification" if "entity_modification" in types else "+".join(types)
                )
            result = xcheck.check_pair(item["summary"], item["original_summary"])
            counts[group] += 1
            hits[group] += bool(result.findings)
            majors[group] += any(f.severity in MAJOR for f in result.findings)
    print("SummEdits (news + ectsum), xcheck.check_pair(summary, original_summary)")
    print(f"  {'group':58} {'n':>5} {'any finding':>12} {'major+':>8}")
    for group in sorted(counts):
        n = counts[group]
        print(f"  {group:58} {n:5d} {hits[group] / n:11.1%} {majors[group] / n:8.1%}")


def bbh() -> None:
    path = (
        SHARED
        / "benchmarks"
        / "bbh_salient_translation"
        / "data"
        / "salient_translation_error_detection.json"
    )
    rx = re.compile(r"Source:\s*(.*?)\nTranslation:\s*(.*?)\nThe translation contains", re.S)
    options = {
        "(A)": "Modifiers or Adjectives",
        "(B)": "Numerical Values",
        "(C)": "Negation or Antonyms",
        "(D)": "Named Entities",
        "(E)": "Dropped Content",
        "(F)": "Facts",
    }
    counts: collections.Counter[str] = collections.Counter()
    numbers: collections.Counter[str] = collections.Counter()
    names: collections.Counter[str] = collections.Counter()
    for ex in json.loads(path.read_text(encoding="utf-8"))["examples"]:
        m = rx.search(ex["input"])
        if m is None:
            continue
        category = options[ex["target"].strip()]
        result = xcheck.check_pair(m.group(2).strip(), m.group(1).strip(), reference_lang="de")
        kinds = {f.kind for f in result.findings}
        counts[category] += 1
        numbers[category] += bool(kinds & {"number", "date"})
        names[category] += bool(kinds & {"name", "title"})
    print("BIG-Bench salient translation errors (de source vs en translation), xcheck.check_pair")
    print(f"  {'category':26} {'n':>4} {'number/date':>12} {'name/title':>11}")
    for category in sorted(counts):
        n = counts[category]
        print(f"  {category:26} {n:4d} {numbers[category] / n:11.1%} {names[category] / n:11.1%}")


def main() -> int:
    if not (SHARED / "benchmarks").is_dir():
        print(f"skipped: benchmark data not found under {SHARED / 'benchmarks'}")
        return 0
    start = time.perf_counter()
    summedits()
    bbh()
    print(f"({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
