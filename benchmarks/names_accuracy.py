"""Name checking accuracy on public data: SummEdits entity edits and BIG-Bench name errors.

- **SummEdits** (news + ectsum; ``reference = original_summary``, ``translation = summary``):
  recall of ``name``/``title`` findings on inconsistent items typed ``entity_modification``
  whose change is not purely digits, also on the subset whose change touches a capitalised
  word (a name edit, what this checker is for); false-positive rate (any name/title finding) on
  consistent paraphrases; the flag rate on the other inconsistent items.
- **Unrelated pairs**: every sentence of a SummEdits document against every other, in claims
  mode (names, quotes) and the office-holder check with no date: any finding is a false positive.
- **BIG-Bench salient translation errors** (German source vs English translation): recall of a
  name flag on "Named Entities" and the name-flag rate on the other categories.

Data is read from ``../shared/benchmarks`` (``XCHECK_SHARED`` overrides the ``shared``
directory); the script prints ``skipped: ... not found`` and exits 0 when it is absent.

Run from the repository root::

    .venv/bin/python benchmarks/names_accuracy.py [--show 5]
"""

from __future__ import annotations

import argparse
import collections
import difflib
import importlib.util
import os
import re
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from xcheck.facts.names import check_office_holders, compare_entities, default_glossary  # noqa: E402
from xcheck.facts.quotes import compare_quotes  # noqa: E402

NAME_KINDS = ("name", "title")
CALENDAR = frozenset(
    "january february march april may june july august september october november december jan "
    "feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday".split()
)


def shared_dir() -> Path:
    """The ``shared`` directory next to the repository (or ``$XCHECK_SHARED``)."""
    env = os.environ.get("XCHECK_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared"


def _loader(name: str) -> ModuleType | None:
    path = shared_dir() / "benchmarks" / name / "load.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _changed_tokens(a: str, b: str) -> tuple[list[str], list[str]]:
    ta, tb = a.split(), b.split()
    sm = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    left: list[str] = []
    right: list[str] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != "equal":
            left.extend(ta[i1:i2])
            right.extend(tb[j1:j2])
    return left, right


def purely_digits(a: str, b: str) -> bool:
    """Whether every changed token on both sides carries a digit (a number edit, not a name)."""
    left, right = _changed_tokens(a, b)
    changed = left + right
    return bool(changed) and all(re.search(r"\d", t) for t in changed)


def touches_capitalised(a: str, b: str) -> bool:
    """Whether the edit changes a capitalised word that does not open a sentence and is not a
    month or weekday (those are date edits)."""
    ta, tb = a.split(), b.split()
    sm = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        for toks, all_toks, start in ((ta[i1:i2], ta, i1), (tb[j1:j2], tb, j1)):
            for k, tok in enumerate(toks):
                word = tok.strip("\"'“”‘’(),.;:")
                at = start + k
                if (
                    word[:1].isupper()
                    and at > 0
                    and not all_toks[at - 1].endswith((".", "!", "?"))
                    and word.lower().rstrip(".") not in CALENDAR
                ):
                    return True
    return False


def flagged(translation: str, reference: str, **kw: Any) -> list[Any]:
    """The name/title discrepancies xcheck reports for a pair (pair mode, bundled glossary)."""
    found = compare_entities(translation, reference, glossary=default_glossary(), **kw)
    return [d for d in found if d.kind in NAME_KINDS]


def run_summedits(mod: ModuleType, show: int) -> dict[str, Any]:
    """Recall and false-positive rate on SummEdits (news + ectsum)."""
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for item in mod.load():
        ref, hyp = item["reference"], item["translation"]
        dom = item["domain"]
        hits = flagged(hyp, ref)
        hit = int(bool(hits))
        if item["category"] == "consistent":
            groups = [f"{dom}/consistent (FP rate)", "all/consistent (FP rate)"]
        elif "entity_modification" in item["edit_types"]:
            if purely_digits(ref, hyp):
                groups = [f"{dom}/entity digits-only (flag rate)"]
            else:
                groups = [f"{dom}/entity non-digit (recall)", "all/entity non-digit (recall)"]
                if touches_capitalised(ref, hyp):
                    groups += [
                        f"{dom}/entity capitalised (recall)",
                        "all/entity capitalised (recall)",
                    ]
        else:
            groups = [f"{dom}/other inconsistent (flag rate)"]
        for g in groups:
            counts[g][0] += hit
            counts[g][1] += 1
            want = ("FP" in g and hit) or ("recall" in g and not hit)
            if want and len(examples[g]) < show:
                msg = hits[0].message if hits else "-"
                examples[g].append(f"    REF {ref}\n    HYP {hyp}\n    --> {msg}")
    return {"counts": dict(counts), "examples": dict(examples)}


def run_unrelated(mod: ModuleType, show: int, per_doc: int = 15) -> dict[str, Any]:
    """Claims mode on sentence pairs that do not render each other: every sentence of a SummEdits
    document against every other (first ``per_doc`` sentences), names, quotes and office holders.
    Any finding is a false positive of the kind a loose alignment would expose."""
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    examples: dict[str, list[str]] = collections.defaultdict(list)
    seen: set[str] = set()
    glossary = default_glossary()
    for item in mod.load(include_unedited=True):
        doc = item["source"]
        if doc in seen:
            continue
        seen.add(doc)
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", doc) if len(s.split()) > 4][:per_doc]
        for a in sentences:
            hits = check_office_holders(a, glossary=glossary)
            counts["office holders, no date (flag rate)"][0] += int(bool(hits))
            counts["office holders, no date (flag rate)"][1] += 1
            for b in sentences:
                if a is b:
                    continue
                names = compare_entities(a, b, glossary=glossary, report_missing=False, report_added=False)
                quotes = compare_quotes(a, b)
                for group, found in (
                    ("names, claims mode (flag rate)", names),
                    ("quotes (flag rate)", quotes),
                ):
                    counts[group][0] += int(bool(found))
                    counts[group][1] += 1
                    if found and len(examples[group]) < show:
                        examples[group].append(f"    T {a}\n    R {b}\n    --> {found[0].message}")
    return {"counts": dict(counts), "examples": dict(examples)}


def run_bbh(mod: ModuleType, show: int) -> dict[str, Any]:
    """Name-flag rates on BIG-Bench salient translation error detection (de -> en)."""
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for item in mod.load():
        hits = flagged(item["bad_translation"], item["source"], lang="en", reference_lang="de")
        cat = item["category"]
        g = "Named Entities (recall)" if cat == "Named Entities" else f"{cat} (flag rate)"
        counts[g][0] += int(bool(hits))
        counts[g][1] += 1
        if g.startswith("Named") != bool(hits) and len(examples[g]) < show:
            msg = hits[0].message if hits else "-"
            examples[g].append(f"    SRC {item['source']}\n    MT  {item['bad_translation']}\n    --> {msg}")
    others = [v for k, v in counts.items() if not k.startswith("Named")]
    counts["all other categories (flag rate)"] = [sum(v[0] for v in others), sum(v[1] for v in others)]
    return {"counts": dict(counts), "examples": dict(examples)}


def _print(title: str, result: dict[str, Any]) -> None:
    print(f"\n{title}")
    for group in sorted(result["counts"]):
        hit, n = result["counts"][group]
        print(f"  {group:48s} {hit:4d}/{n:<4d} {hit / n if n else 0:6.1%}")
    for group, items in result["examples"].items():
        if not items:
            continue
        print(f"  examples, {group}:")
        for text in items:
            print(text)


def main(argv: list[str] | None = None) -> int:
    """Run both benchmarks and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print this many misses per group")
    args = parser.parse_args(argv)
    summedits = _loader("summedits")
    bbh = _loader("bbh_salient_translation")
    if summedits is None and bbh is None:
        print(f"skipped: benchmark data not found under {shared_dir() / 'benchmarks'}")
        return 0
    started = time.perf_counter()
    if summedits is not None:
        _print("SummEdits (news + ectsum), pair mode, bundled glossary", run_summedits(summedits, args.show))
        _print(
            "SummEdits documents, unrelated sentence pairs (false positives)",
            run_unrelated(summedits, args.show),
        )
    else:
        print("skipped: summedits not found")
    if bbh is not None:
        _print("BIG-Bench salient translation (de source vs en MT)", run_bbh(bbh, args.show))
    else:
        print("skipped: bbh_salient_translation not found")
    print(f"\n({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
