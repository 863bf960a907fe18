"""One changed number across scripts: does the sentence keep its link, and is the change a number finding?

Issue 13 asks that a wrong fact not break the link: "8.9 billion won" for 8조9천억 원 must be a number
finding on a linked sentence, not an unsupported sentence plus an omitted statement. Over the first
``n`` line pairs of the zh-en and ko-en development sets (``benchmarks/cross_align.py`` describes
the data; ``XCHECK_SHARED`` overrides the ``shared`` directory, and a set whose files are missing
prints a ``skipped:`` line), this script:

1. checks each English line against its own Chinese or Korean line (:func:`xcheck.check_pair`) and
   takes the first figure written in digits that the pair check reads and leaves without a number
   finding (the two sides agree on it: a figure the source does not state is no test of anything);
2. changes that figure's first non-zero digit (28,500 -> 38,500; 3 -> 4): one changed number per
   sentence, a change no tolerance absorbs;
3. checks the whole English text (a line each), every line with its change, against the statements, shuffled
   (:func:`xcheck.check`, claims mode, as ``xcheck check`` runs it), and counts, over the changed
   lines: **linked** (a sentence of the line links to the line's own statement), **number
   finding** (a number finding on the changed figure), and **both**. The same document without
   the changes gives the linked share of the same lines as a baseline, so a link lost to the
   noise of the set is not charged to the change.

    .venv/bin/python benchmarks/cross_changed.py [--sets zh,ko] [--n 500] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from cross_align import SETS, load_lines, shared_dir  # noqa: E402

import xcheck  # noqa: E402
from xcheck._types import Statement  # noqa: E402
from xcheck.facts.quantities import extract_quantities  # noqa: E402

_DIGITS = re.compile(r"\d[\d,.]*")


def changed(english: str, source: str, lang: str) -> tuple[str, int, int] | None:
    """The English line with its first agreed figure changed, and the figure's new span."""
    result = xcheck.check_pair(english, source, lang="en", reference_lang=lang)
    flagged = [f.translation for f in result.findings if f.kind in ("number", "date") and f.translation]
    for q in extract_quantities(english, lang="en"):
        if q.dimension in ("date", "year", "time") or q.value is None:
            continue
        if any(s.start < q.span.end and q.span.start < s.end for s in flagged):
            continue
        m = _DIGITS.search(english, q.span.start, q.span.end)
        if m is None:
            continue
        digits = m.group()
        i = next((k for k, c in enumerate(digits) if c in "123456789"), None)
        if i is None:
            continue
        new = digits[:i] + str(int(digits[i]) % 9 + 1) + digits[i + 1 :]
        text = english[: m.start()] + new + english[m.end() :]
        return text, m.start(), m.start() + len(new)
    return None


def run(name: str, n: int, seed: int) -> dict[str, float] | None:
    lines = load_lines(name, n)
    if lines is None:
        return None
    lang = SETS[name][3]
    pairs = [pair for _, pair in lines]
    edits = [changed(en, other, lang) for en, other in pairs]
    rng = random.Random(seed)
    ids = [f"S{x:05d}" for x in rng.sample(range(10 * len(pairs)), len(pairs))]
    statements = [Statement(ids[i], other, lang=lang) for i, (_, other) in enumerate(pairs)]
    rng.shuffle(statements)
    rows: dict[str, list[bool]] = {}
    for variant in ("baseline", "changed"):
        texts = [e[0] if variant == "changed" and e else en for (en, _), e in zip(pairs, edits, strict=True)]
        starts, pos = [], 0
        for t in texts:
            starts.append(pos)
            pos += len(t) + 1
        report = xcheck.check("\n".join(texts), statements, lang="en", mode="claims")
        linked, found = [], []
        for k, e in enumerate(edits):
            if e is None:
                continue
            lo, hi = starts[k], starts[k] + len(texts[k])
            sentences = {s.index for s in report.sentences if s.start < hi and lo < s.end}
            linked.append(
                any(ids[k] in link.references for link in report.links if sentences & set(link.translation))
            )
            a, b = lo + e[1], lo + e[2]
            found.append(
                any(
                    f.kind == "number" and f.translation and f.translation.start < b and a < f.translation.end
                    for f in report.findings
                )
            )
        rows[variant + " linked"] = linked
        rows[variant + " found"] = found
    k = len(rows["changed linked"])
    both = sum(a and b for a, b in zip(rows["changed linked"], rows["changed found"], strict=True))
    return {
        "lines": len(pairs),
        "changed": k,
        "baseline linked": sum(rows["baseline linked"]) / k if k else 0.0,
        "linked": sum(rows["changed linked"]) / k if k else 0.0,
        "number finding": sum(rows["changed found"]) / k if k else 0.0,
        "both": both / k if k else 0.0,
        "of baseline-linked": both / max(1, sum(rows["baseline linked"])),
    }


def main() -> None:
    """Print one row per set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="zh,ko")
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(
        "| set | lines | changed | linked before | linked after | number finding | both |"
        " both, of linked before |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name in args.sets.split(","):
        row = run(name, args.n, args.seed)
        if row is None:
            print(f"skipped: {name} data not found under {shared_dir()}")
            continue
        print(
            f"| {name}-en | {row['lines']:.0f} | {row['changed']:.0f} | {row['baseline linked']:.1%} | "
            f"{row['linked']:.1%} | {row['number finding']:.1%} | {row['both']:.1%} | "
            f"{row['of baseline-linked']:.1%} |"
        )


if __name__ == "__main__":
    main()
