"""Speed of name and quote checking, as a ratio against sacrebleu's sentence chrF.

Three sets of (translation, reference) pairs, each timed in the same process:

* ``fixture links``: every (sentence, statement) link that ``xcheck.check`` makes on the bundled
  Observer Network fixture: the pairs the pipeline actually compares (always available);
* ``fixture paragraphs``: each fixture statement against the whole translated paragraph that
  renders it (long texts, many names);
* ``summedits``: SummEdits ``original_summary`` vs ``summary`` (news + ectsum), when the shared
  data is present (``../shared/benchmarks`` or ``$XCHECK_SHARED/benchmarks``).

For each set the script times ``compare_entities`` + ``compare_quotes`` (pair mode, bundled
glossary) and ``sacrebleu.sentence_chrf`` over the same pairs, in interleaved rounds (chrF, cold,
warm, chrF, cold, warm, ...), and keeps the best round of each. Times are CPU time of this process
(``time.process_time``), so other jobs on a shared machine move them less than wall time would.

* ``cold`` empties every memo of xcheck's name, quote and quantity code before the round (texts,
  words, glossary look-ups and verdicts), so every pair and every word is new; the glossary itself
  (its alias indexes and parsed role titles) is built once per process, as in a real run.
* ``warm`` runs the same pairs again with the memos kept: what the pipeline sees, where every
  sentence and statement is read for alignment before it is compared.

``word pass`` times the name reader's word regex alone over both texts (``findall``, nothing
done with the words): the floor under any reader that looks at every word in Python.

The target of the names issue is a ratio under 0.1.

Run from the repository root::

    .venv/bin/python benchmarks/names_speed.py [--rounds 9] [--limit 400]

Before/after: time an older tree with the same script (``XCHECK_SRC`` puts its ``src`` first)::

    git archive ead95ac src | tar -x -C /tmp/old
    XCHECK_SRC=/tmp/old/src .venv/bin/python benchmarks/names_speed.py
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# XCHECK_SRC: time the xcheck of another source tree (before/after measurements).
sys.path.insert(0, os.environ.get("XCHECK_SRC") or str(REPO / "src"))

import sacrebleu  # noqa: E402

from xcheck import check  # noqa: E402
from xcheck.facts import quotes as _quotes  # noqa: E402
from xcheck.facts.names import _clear_caches, compare_entities, default_glossary  # noqa: E402
from xcheck.facts.quantities import clear_cache as _clear_quantities  # noqa: E402
from xcheck.facts.quotes import compare_quotes  # noqa: E402

try:
    from xcheck.facts.names._surface import _TOKEN_RE
except ImportError:  # a tree from before names was split into modules (XCHECK_SRC)
    from xcheck.facts.names import _TOKEN_RE

Pairs = list[tuple[str, str]]


def shared_dir() -> Path:
    """The ``shared`` directory next to the repository (or ``$XCHECK_SHARED``)."""
    env = os.environ.get("XCHECK_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared"


def summedits_pairs(limit: int) -> Pairs:
    """(translation, reference) pairs from SummEdits, or [] when the data is absent."""
    path = shared_dir() / "benchmarks" / "summedits" / "load.py"
    if not path.is_file():
        return []
    spec = importlib.util.spec_from_file_location("_bench_summedits", path)
    if spec is None or spec.loader is None:
        return []
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    pairs = [(it["translation"], it["reference"]) for it in module.load()]
    return pairs[:limit]


def _fixture() -> tuple[str, list[dict[str, object]]]:
    base = REPO / "fixtures" / "observer-network"
    text = (base / "observer-network-2025-05-23.en.txt").read_text(encoding="utf-8")
    lines = (base / "references.jsonl").read_text(encoding="utf-8").splitlines()
    return text, [json.loads(line) for line in lines if line.strip()]


def fixture_links() -> Pairs:
    """Every (sentence, statement) pair that ``xcheck.check`` links on the fixture."""
    text, refs = _fixture()
    report = check(text, refs)
    sentences = {s.index: s.text for s in report.sentences}
    statements = {s.id: s.text for s in report.statements}
    return [
        (sentences[i], statements[sid])
        for link in report.links
        for i in link.translation
        for sid in link.references
    ]


def fixture_paragraphs() -> Pairs:
    """Each fixture reference statement against the translation paragraph that renders it."""
    text, refs = _fixture()
    paragraphs = [p for p in text.splitlines() if p.strip()]
    pairs = []
    for ref in refs:
        para = ref.get("paragraph")
        if isinstance(para, int) and 0 < para <= len(paragraphs):
            pairs.append((paragraphs[para - 1], str(ref["text"])))
    return pairs


def clear_memos() -> None:
    """Empty every memo the name and quote checks use (entities and helpers, quotes, quantities)."""
    _clear_caches()
    _clear_quantities()
    clear_quotes = getattr(_quotes, "_clear_caches", None)
    if callable(clear_quotes):
        clear_quotes()


def _cpu(fn: Callable[[str, str], object], pairs: Sequence[tuple[str, str]]) -> float:
    start = time.process_time()
    for t, r in pairs:
        fn(t, r)
    return time.process_time() - start


def measure(
    fn: Callable[[str, str], object], pairs: Sequence[tuple[str, str]], rounds: int
) -> tuple[float, float, float]:
    """Best CPU seconds per pair of (chrF, ``fn`` cold, ``fn`` warm) over interleaved rounds."""

    def chrf(t: str, r: str) -> object:
        return sacrebleu.sentence_chrf(t, [r])

    for t, r in pairs:  # warm-up: imports, compiled regexes, the glossary's indexes
        fn(t, r)
        chrf(t, r)
    best = [float("inf")] * 3
    for _ in range(rounds):
        best[0] = min(best[0], _cpu(chrf, pairs))
        clear_memos()
        best[1] = min(best[1], _cpu(fn, pairs))
        best[2] = min(best[2], _cpu(fn, pairs))
    n = len(pairs)
    return best[0] / n, best[1] / n, best[2] / n


def word_pass(pairs: Sequence[tuple[str, str]], rounds: int) -> float:
    """Best CPU seconds per pair of the name reader's word regex run once over both texts,
    nothing done with the words: the floor under any reader that looks at every word."""

    def run(t: str, r: str) -> object:
        return _TOKEN_RE.findall(t), _TOKEN_RE.findall(r)

    return min(_cpu(run, pairs) for _ in range(rounds)) / len(pairs)


def pair_sets(limit: int) -> list[tuple[str, Pairs]]:
    """The fixture links, the fixture paragraphs and (when the shared data is there) SummEdits."""
    sets = [("fixture links", fixture_links()), ("fixture paragraphs", fixture_paragraphs())]
    summ = summedits_pairs(limit)
    if summ:
        sets.append(("summedits", summ))
    else:
        print(f"skipped: summedits not found under {shared_dir() / 'benchmarks'}")
    return sets


def main(argv: list[str] | None = None) -> int:
    """Time names + quotes and chrF on each set and print the per-pair costs and ratios."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--limit", type=int, default=400)
    args = parser.parse_args(argv)
    glossary = default_glossary()

    def names(t: str, r: str) -> object:
        return (compare_entities(t, r, glossary=glossary), compare_quotes(t, r))

    print("| pairs | n | chrF per pair | names + quotes, cold (ratio) | warm (ratio) | word pass (ratio) |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, pairs in pair_sets(args.limit):
        chrf, cold, warm = measure(names, pairs, args.rounds)
        floor = word_pass(pairs, args.rounds)
        print(
            f"| {label} | {len(pairs)} | {chrf * 1e6:.0f} us | {cold * 1e6:.0f} us ({cold / chrf:.2f}) "
            f"| {warm * 1e6:.0f} us ({warm / chrf:.3f}) | {floor * 1e6:.0f} us ({floor / chrf:.3f}) |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
