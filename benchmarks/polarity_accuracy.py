"""Recall and precision of the polarity check (negation flips, reversed directions).

Recall: SummEdits (``../shared/benchmarks/summedits``, English; ``XCHECK_SHARED`` overrides the
shared folder) items whose edit GPT-4 typed ``antonym_swap`` or ``negation_insertion_removal``
(all labelled inconsistent): the share with a ``polarity`` or ``quote`` finding when the edited
summary is checked against the seed summary (``xcheck.check_pair(edited, original)``).

Precision: the share of *consistent* SummEdits items (human-labelled paraphrases) with any finding
and with a polarity finding, and the share of WMT21 pairs with a polarity finding or a quote
finding that reads a reversal: de-en and cs-en (two independent professional translations of one
sentence: reference B checked against reference A), zh-en (the English reference checked against
its Chinese source: only the quote check reads polarity across languages).

Not every item GPT-4 typed an antonym swap is one ("yellow and blue" / "pink and green"), so
``polarity_flip_sample.tsv`` holds hand classifications of flip items the check missed (keyed by a
hash of seed and edit, no text; the file's comment lines say how each sample was drawn):
``antonym`` (a true antonym swap), ``negation`` (a true negation flip), ``direction`` (a change
claimed against no change, or a comparison reversed through a paraphrase) or ``other`` (not a
flip). Per sample the script prints how many of its true flips are caught now, and estimates the
recall on true flips: caught items (taken as true) against caught plus misses times the share of
true flips among the sample items still missed.

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


def _samples() -> dict[str, dict[str, str]]:
    """Sample name -> hash of seed and edit -> hand label (antonym, negation, direction, other)."""
    out: dict[str, dict[str, str]] = {}
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, label, sample = line.split("\t")
            out.setdefault(sample, {})[key] = label
    return out


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
    samples = _samples()
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
            key = _key(item["reference"], item["translation"])
            for name, sample in samples.items():
                label = sample.get(key)
                if label is not None:
                    true = label != "other"
                    c[f"{name}"] += 1
                    c[f"{name}:true"] += true
                    c[f"{name}:true:hit"] += true and polar
                    c[f"{name}:other:hit"] += not true and polar
                    c[f"{name}:missed"] += not polar
                    c[f"{name}:missed:true"] += true and not polar
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
    for name in sorted(samples):
        true, other = c[f"{name}:true"], c[name] - c[f"{name}:true"]
        caught = pct(c[f"{name}:true:hit"], true)
        print(f"| hand sample {name} ({c[name]} misses): true flips now caught | {caught} |")
        print(f"| hand sample {name}: non-flips now flagged | {pct(c[f'{name}:other:hit'], other)} |")
        if c[f"{name}:missed"]:
            share = c[f"{name}:missed:true"] / c[f"{name}:missed"]
            misses = c["flip"] - c["flip:hit"]
            estimate = c["flip:hit"] / (c["flip:hit"] + share * misses)
            label = f"estimated recall on true flips (sample {name}: misses {100 * share:.0f}% true)"
            print(f"| {label} | {100 * estimate:.1f}% |")
    for ref, edit in missed[:show]:
        print(f"\nMISSED\n  seed: {ref}\n  edit: {edit}")
    for ref, edit, msg in flagged[:show]:
        print(f"\nFLAGGED CONSISTENT ({msg})\n  seed: {ref}\n  edit: {edit}")


def wmt21(mod: ModuleType, show: int) -> None:
    print("\n| WMT21 faithful pairs (ref B vs ref A) | polarity findings |")
    print("|---|---|")
    shown: list[tuple[dict[str, Any], str]] = []
    for name in ("de-en", "cs-en", "zh-en"):
        n = hits = 0
        for pair in _pairs(mod, name):
            lang = pair.get("lang", "en")
            result = xcheck.check_pair(pair["translation"], pair["reference"], lang="en", reference_lang=lang)
            found = [f for f in result.findings if _reads_polarity(f)]
            n += 1
            hits += bool(found)
            if found:
                shown.append((pair, found[0].message))
        print(f"| {name} | {pct(hits, n)} |")
    for pair, msg in shown[:show]:
        print(f"\n{pair['id']}: {msg}\n  A: {pair['reference']}\n  B: {pair['translation']}")


def _reads_polarity(finding: xcheck.Finding) -> bool:
    """A polarity finding, or a quote finding that reads a reversal or a negation."""
    message = finding.message
    return finding.kind == "polarity" or (
        finding.kind == "quote" and ("reverses" in message or "negat" in message)
    )


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
