"""Speed of the quantity engine, as a ratio against sacrebleu's sentence chrF in the same process.

Run from the repository root::

    .venv/bin/python benchmarks/quantities_speed.py

Pairs: every sentence of the bundled Observer Network translation against every reference
statement (always available), and the SummEdits pairs (edited summary vs seed summary) when
``../shared/benchmarks`` (or ``$XCHECK_SHARED/benchmarks``) is present. For each set the script
times, over the same pairs and interleaved rounds (best of N):

* ``chrF``: ``sacrebleu.sentence_chrf(translation, [reference])``, the baseline;
* ``extract (cold)``: ``extract_quantities`` on both texts, with the memo cleared before each
  pair, so every text is read from scratch;
* ``compare (cold)``: ``compare_quantities(translation, reference)``, memo cleared per pair;
* ``compare (warm)``: the compares alone after every text was read once (untimed), as in the
  pipeline, where every sentence and statement is first read for alignment,

and prints the ratios (target: compare < 0.1 of chrF). It also reads 1 MB of digits, of
spaces (and 256 KB of a dense run of short numbers) at 1/4, 1/2 and full size: linear time.

``--against SRC`` times this engine against the one in another source tree instead, both in
this process over the same pairs (fixture and SummEdits), for before/after measurements::

    git archive COMMIT src | tar -x -C /tmp/old
    .venv/bin/python benchmarks/quantities_speed.py --against /tmp/old/src --rounds 9

``--check`` (with ``--against``) first checks that both engines give the same outputs: every
quantity field, key and formatted value of each text in ``None``/``en``/``zh``/``ko``/``de``,
and the findings of each pair with several option sets, over the fixture, SummEdits and 3,000
generated texts (numbers, separators and the engine's own lexicon words, fixed seed); it exits
with status 1 on the first differences (printed) and times nothing then.

``--workload compare|extract|chrf --passes N`` only runs that cold workload N times over every
fourth pair (577 pairs), for an instruction counter: the machine's load does not change the
count, so two passes minus one pass is a noise-free cost of one pass::

    for n in 1 2; do PYTHONHASHSEED=0 OPENBLAS_NUM_THREADS=1 valgrind --tool=cachegrind \
        --cache-sim=no --cachegrind-out-file=/dev/null \
        .venv/bin/python benchmarks/quantities_speed.py --workload compare --passes $n; done
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import random
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import sacrebleu

from xcheck.facts.quantities import clear_cache, compare_quantities, extract_quantities

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    env = os.environ.get("XCHECK_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared"


def fixture_pairs() -> list[tuple[str, str]]:
    base = ROOT / "fixtures" / "observer-network"
    text = (base / "observer-network-2025-05-23.en.txt").read_text(encoding="utf-8")
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]
    with (base / "references.jsonl").open(encoding="utf-8") as fh:
        refs = [json.loads(line)["text"] for line in fh if line.strip()]
    return [(s, r) for s in sentences for r in refs]


def summedits_pairs() -> list[tuple[str, str]] | None:
    path = shared_dir() / "benchmarks" / "summedits" / "load.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("summedits_load", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [(item["translation"], item["reference"]) for item in module.load()]


def best_of(rounds: int, fns: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Best time of each function over interleaved rounds (load on the machine hits all
    alike). A function that returns a float reports its own timed part."""
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(rounds):
        for name, fn in fns.items():
            start = time.perf_counter()
            result = fn()
            took = result if isinstance(result, float) else time.perf_counter() - start
            best[name] = min(best[name], took)
    return best


def _extract_cold(pairs: list[tuple[str, str]]) -> None:
    for t, r in pairs:
        clear_cache()
        extract_quantities(t)
        extract_quantities(r)


def _compare_cold(pairs: list[tuple[str, str]]) -> None:
    for t, r in pairs:
        clear_cache()
        compare_quantities(t, r)


def _compare_warm(pairs: list[tuple[str, str]]) -> float:
    """Read every text first (untimed, as the aligner does), then time the compares."""
    for t, r in pairs:
        extract_quantities(t)
        extract_quantities(r)
    start = time.perf_counter()
    for t, r in pairs:
        compare_quantities(t, r)
    return time.perf_counter() - start


def pair_report(name: str, pairs: list[tuple[str, str]], rounds: int) -> None:
    chars = sum(len(t) + len(r) for t, r in pairs)
    times = best_of(
        rounds,
        {
            "chrF": lambda: [sacrebleu.sentence_chrf(t, [r]) for t, r in pairs],
            "extract": lambda: _extract_cold(pairs),
            "cold": lambda: _compare_cold(pairs),
            "warm": lambda: _compare_warm(pairs),
        },
    )
    chrf = times["chrF"]
    n = len(pairs)

    def cell(key: str) -> str:
        return f"{1e6 * times[key] / n:.0f} µs ({times[key] / chrf:.3f})"

    print(
        f"| {name} | {n} | {1e6 * chrf / n:.0f} µs | {cell('extract')} | {cell('cold')} "
        f"| {cell('warm')} | {chars / times['extract'] / 1e6:.2f} M chars/s |"
    )


def load_against(src: Path) -> ModuleType:
    """Import the quantity engine of another xcheck source tree (``src/`` of an older checkout,
    e.g. ``git archive COMMIT src | tar -x -C /tmp/old``) under the package name
    ``xcheck_against``, so both engines run in this process on the same pairs."""
    tmp = Path(tempfile.mkdtemp(prefix="xcheck_against_"))
    shutil.copytree(src / "xcheck", tmp / "xcheck_against")
    for path in (tmp / "xcheck_against").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\b(from|import) xcheck\b", r"\1 xcheck_against", text)
        path.write_text(text, encoding="utf-8")
    sys.path.insert(0, str(tmp))
    # the engine is xcheck.facts.quantities since the one-package-per-stage layout, and
    # xcheck.quantities in older trees
    nested = (tmp / "xcheck_against" / "facts" / "quantities").is_dir()
    return importlib.import_module("xcheck_against." + ("facts.quantities" if nested else "quantities"))


def against_report(module: ModuleType, pairs: list[tuple[str, str]], rounds: int) -> None:
    """Cold compare and cold extraction of this engine and of ``module``, interleaved rounds,
    CPU time (less sensitive than wall time to other jobs on the machine), best of ``rounds``."""
    import xcheck.facts.quantities as current

    def cold(mod: ModuleType) -> Callable[[], float]:
        def run() -> float:
            start = time.process_time()
            for t, r in pairs:
                mod.clear_cache()
                mod.compare_quantities(t, r)
            return time.process_time() - start

        return run

    def extract(mod: ModuleType) -> Callable[[], float]:
        def run() -> float:
            start = time.process_time()
            for t, r in pairs:
                mod.clear_cache()
                mod.extract_quantities(t)
                mod.extract_quantities(r)
            return time.process_time() - start

        return run

    def chrf() -> float:
        start = time.process_time()
        for t, r in pairs:
            sacrebleu.sentence_chrf(t, [r])
        return time.process_time() - start

    times = best_of(
        rounds,
        {
            "chrF": chrf,
            "against: compare, cold": cold(module),
            "this: compare, cold": cold(current),
            "against: extract both, cold": extract(module),
            "this: extract both, cold": extract(current),
        },
    )
    n = len(pairs)
    print("| engine: measure | µs per pair (CPU) | ratio to chrF |")
    print("|---|---|---|")
    for name, took in times.items():
        print(f"| {name} | {1e6 * took / n:.0f} | {took / times['chrF']:.3f} |")


def _generated_texts(n: int, words: list[str]) -> list[str]:
    """``n`` texts of numbers in many forms, the engine's lexicon words and benchmark words."""
    from xcheck.lexicon import _calendar, _money, _qualifiers, _units
    from xcheck.lexicon import _numbers as nw

    frags = [w for w in words if w]
    for table in (
        nw.SCALE_WORDS,
        _units.PERCENT_WORDS,
        _money.CURRENCY_AFTER,
        _money.CURRENCY_BEFORE,
        _units.UNITS,
        _qualifiers.QUALIFIERS_BEFORE,
        _qualifiers.POST_QUALIFIERS,
        _calendar.MONTHS,
        nw.CARDINALS,
        nw.ORDINALS,
        nw.FRACTIONS,
        nw.MULTIPLIER_WORDS,
    ):
        for k in table:
            frags += [k, k.capitalize(), k.upper()]
    frags += (
        "Friday Tue. noon midnight a the of from to and between or more Q3 H1 FY 3Q 1st 2nd 1990s '90s "
        "p.m. UTC minus - – ~ % $ € ¥ £ ₩ 万 亿 千 百 十 만 억 조 천 명 人 个 年 月 日 "
        "년 월 일 시 点 约 近 以上 左右 多 余 여 第 제 百分之 两 二 三 九 零 之 下 하 下午 "
        "오후 분기 季度 倍 배 times fold x × ( ) , . ; : "
        "-strong -year -old pounds weighed Japan China yuan www.a.b 5G A380"
    ).split()
    r = random.Random(12345)

    def number() -> str:
        k = r.random()
        if k < 0.35:
            return str(r.randint(0, 99))
        if k < 0.5:
            return str(r.choice([1990, 2019, 2024, 2025, 2100, 1500, 4500, 28500]))
        if k < 0.65:
            return f"{r.randint(1, 999)},{r.randint(0, 999):03d}"
        if k < 0.75:
            return f"{r.randint(0, 999)}.{r.randint(0, 99)}"
        if k < 0.8:
            return f"{r.randint(1, 99)} {r.randint(0, 999):03d}"
        if k < 0.85:
            return f"{r.randint(1, 12)}/{r.randint(1, 28)}/2025"
        if k < 0.9:
            return f"{r.randint(0, 23)}:{r.randint(0, 59):02d}"
        if k < 0.95:
            return "１２３"[: r.randint(1, 3)]
        return str(r.randint(0, 10 ** r.randint(1, 14)))

    out = []
    for _ in range(n):
        parts = []
        for _ in range(r.randint(1, 14)):
            parts.append(number() if r.random() < 0.35 else r.choice(frags))
            parts.append(r.choice([" ", " ", " ", "", "-", "  ", ", "]))
        out.append("".join(parts))
    return out


def check_against(module: ModuleType, pairs: list[tuple[str, str]]) -> int:
    """Compare the outputs of this engine and of ``module``; print differences, return how many."""
    import xcheck.facts.quantities as current

    def fields(mod: ModuleType, q: Any) -> tuple[object, ...]:
        names = [a.name for a in attrs.fields(type(q)) if a.name != "span"]
        span = (q.span.start, q.span.end, q.span.text)
        return (*(getattr(q, n) for n in names), *span, q.key, mod.format_value(q))

    texts = list(dict.fromkeys(t for pair in pairs for t in pair))
    texts += _generated_texts(3000, sorted({w for t in texts for w in t.split()}))
    bad = 0

    def differ(what: object, a: object, b: object) -> None:
        nonlocal bad
        bad += 1
        if bad <= 5:
            print(f"different: {what!r}\n  against: {a!r}\n  this:    {b!r}")

    for t in texts:
        for lang in (None, "en", "zh", "ko", "de"):
            read_a = [fields(module, q) for q in module.extract_quantities(t, lang=lang)]
            read_b = [fields(current, q) for q in current.extract_quantities(t, lang=lang)]
            if read_a != read_b:
                differ(("extract", t, lang), read_a, read_b)
    options: list[dict[str, Any]] = [
        {},
        {"reuse": True},
        {"report_unpaired_dates": True, "report_missing": False},
        {"rates": {("USD", "KRW"): 1300.0, ("CNY", "USD"): 0.14}, "tolerance": 0.1},
    ]
    all_pairs = pairs + list(zip(texts[::2], texts[1::2], strict=False))
    for i, (t, r) in enumerate(all_pairs):
        opts = options[i % len(options)]
        if i % 3 == 0:
            module.clear_cache()
            current.clear_cache()
        found_a = [attrs.asdict(d) for d in module.compare_quantities(t, r, **opts)]
        found_b = [attrs.asdict(d) for d in current.compare_quantities(t, r, **opts)]
        if found_a != found_b:
            differ(("compare", t, r, opts), found_a, found_b)
    print(f"checked {len(texts)} texts x 5 languages and {len(all_pairs)} pairs: {bad} differences")
    return bad


def linear_report() -> None:
    print("| input | 1/4 | 1/2 | full | full / quarter |")
    print("|---|---|---|---|---|")
    cases: list[tuple[str, str, int]] = [
        ("1 MB of digits", "7", 1_000_000),
        ("1 MB of spaces", " ", 1_000_000),
        ("256 KB of '1 ' (128,000 numbers)", "1 ", 256_000),
    ]
    for label, unit, full in cases:
        row = []
        for size in (full // 4, full // 2, full):
            text = (unit * (size // len(unit) + 1))[:size]
            best = float("inf")
            for _ in range(3):
                clear_cache()
                start = time.perf_counter()
                extract_quantities(text)
                best = min(best, time.perf_counter() - start)
            row.append(best)
        print(f"| {label} | {row[0]:.3f} s | {row[1]:.3f} s | {row[2]:.3f} s | {row[2] / row[0]:.1f} |")


def run_workload(kind: str, passes: int) -> int:
    """Run one workload ``passes`` times over every fourth pair of both sets, quietly: for an
    instruction counter outside (valgrind), whose count of two passes minus one pass is the
    cost of one pass, free of the machine's load. Prints the number of pairs."""
    pairs = fixture_pairs()[::4] + (summedits_pairs() or [])[::4]
    for _ in range(passes):
        for t, r in pairs:
            if kind == "chrf":
                sacrebleu.sentence_chrf(t, [r])
                continue
            clear_cache()
            if kind == "extract":
                extract_quantities(t)
                extract_quantities(r)
            else:
                compare_quantities(t, r)
    print(f"{len(pairs)} pairs x {passes} passes")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="quantity engine speed vs sentence chrF")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-linear", action="store_true", help="skip the 1 MB runs")
    parser.add_argument(
        "--check",
        action="store_true",
        help="with --against: check that both engines give the same outputs instead of timing them",
    )
    parser.add_argument(
        "--against",
        type=Path,
        metavar="SRC",
        help="also time the engine of another source tree (an older checkout's src/) in this process",
    )
    parser.add_argument(
        "--workload",
        choices=["compare", "extract", "chrf"],
        help="only run this cold workload (see --passes) and time nothing: for instruction counts",
    )
    parser.add_argument("--passes", type=int, default=1, help="with --workload: how many passes")
    args = parser.parse_args(argv)
    if args.workload is not None:
        return run_workload(args.workload, args.passes)
    if args.against is not None:
        pairs = fixture_pairs() + (summedits_pairs() or [])
        if args.check:
            return 1 if check_against(load_against(args.against), pairs) else 0
        against_report(load_against(args.against), pairs, args.rounds)
        return 0
    print(
        "| pairs | n | chrF per pair | extract both, cold (ratio to chrF) | compare, cold "
        "| compare, warm | extraction throughput (cold) |"
    )
    print("|---|---|---|---|---|---|---|")
    pair_report("Observer Network sentences x statements", fixture_pairs(), args.rounds)
    summ = summedits_pairs()
    if summ is None:
        print(f"skipped: SummEdits not found under {shared_dir() / 'benchmarks'}")
    else:
        pair_report("SummEdits (edited vs seed summary)", summ, args.rounds)
    if not args.no_linear:
        print()
        linear_report()
    return 0


if __name__ == "__main__":
    sys.exit(main())
