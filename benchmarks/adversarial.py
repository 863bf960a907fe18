"""Adversarial input: time per character must not grow with the length of the text.

Each *family* is one piece repeated to the length wanted: the runs where a reader can go quadratic
(a scan restarted at every position, a regex that backtracks, a pairing of every item with every
other): digit runs, separator chains, capitalised-word runs, titles (``Mr. Mr. ...``), quote marks,
CJK and Hangul numeral runs, range chains, ordinals, percentages, times, dates, and ordinary prose
on one line.
Each family is checked in three *modes*:

- ``pair``: ``check_pair(t, t)``;
- ``doc``: ``check(t, [Statement("R1", short)])``, ``t`` the translation;
- ``stmt``: ``check(short, [Statement("R1", t)])``, ``t`` a statement.

Each size runs in a fresh subprocess (after a small warm-up of the same family and mode there, so
first-use loading is not timed), with a timeout and an address-space limit, so a quadratic family
shows as ``timeout`` or ``memory`` instead of hanging or exhausting the machine. The smallest size
runs ``--repeat`` times (best taken: the machine is shared). The table gives microseconds per
character and the growth: time per character at the largest size measured over that at the
smallest. The largest size (1M) is run only for family and mode pairs still linear at the size
before it. The exit status is 1 when any growth exceeds ``--limit`` (3x) or any size timed out or ran
out of memory. Run from the repository root::

    .venv/bin/python benchmarks/adversarial.py [--max 100000] [--family NAME] [--mode pair]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

#: Each family: a prefix and the piece repeated after it.
FAMILIES: dict[str, tuple[str, str]] = {
    "digits": ("", "1234567890"),
    "numbers": ("", "12345 "),
    "thousands": ("1", ",000"),
    "decimals": ("", "1.2."),
    "capitalised": ("", "Alpha Bravo Charlie "),
    "titles": ("", "Mr. "),
    "letter-A": ("", "A"),
    "o-apostrophe": ("", "O'"),
    "quotes": ("", '"'),
    "quoted-words": ("", "“a” "),
    "cjk-numerals": ("", "三万五千"),
    "hangul-numerals": ("", "3만 5천 "),
    "ordinals": ("", "3rd "),
    "percent": ("", "5% "),
    "colon": ("", "5:"),
    "dash-chain": ("", "1-2-"),
    "ranges": ("", "5-6 to 7-8 "),
    "dates": ("", "May 22, 2020 "),
    "prose": (
        "",
        "Mr. Kim told Reuters on May 22 that about 28,500 troops, 5% more than in 2019, "
        'were stationed in Seoul. "We will not leave," he said. ',
    ),
}
MODES = ("pair", "doc", "stmt")
SIZES = (10_000, 100_000, 1_000_000)
SHORT = "Mr. Kim said 5 troops left Seoul on May 22."


def family_text(family: str, n: int) -> str:
    """``n`` characters of ``family``."""
    prefix, piece = FAMILIES[family]
    repeats = (n - len(prefix)) // len(piece) + 1
    return (prefix + piece * repeats)[:n]


def run_mode(mode: str, text: str) -> None:
    """Check ``text`` in ``mode``."""
    import xcheck

    limit = max(2_000_000, len(text) + 1)
    if mode == "pair":
        xcheck.check_pair(text, text)
    elif mode == "doc":
        xcheck.check(text, [xcheck.Statement("R1", SHORT)], max_chars=limit)
    else:
        xcheck.check(SHORT, [xcheck.Statement("R1", text)], max_chars=limit)


def child(family: str, mode: str, n: int, memory_gb: float) -> int:
    """Time one size in this process; print one JSON line."""
    limit = int(memory_gb * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        run_mode(mode, family_text(family, 200) + " warm")  # first-use loading, not timed
        text = family_text(family, n)
        began = time.perf_counter()
        run_mode(mode, text)
        seconds = time.perf_counter() - began
    except MemoryError:
        print(json.dumps({"status": "memory"}))
        return 3
    except Exception as exc:  # a crash on adversarial input is a finding of its own
        print(json.dumps({"status": f"crash: {type(exc).__name__}: {str(exc)[:200]}"}))
        return 4
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"status": "ok", "seconds": seconds, "rss_mb": rss}))
    return 0


def measure(family: str, mode: str, n: int, timeout: float, memory_gb: float) -> tuple[str, float]:
    """(status, seconds) of one size in a subprocess: ``ok``, ``timeout``, ``memory`` or ``crash...``."""
    argv = [sys.executable, str(Path(__file__).resolve()), "--child", family, mode, str(n), str(memory_gb)]
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return "timeout", float("nan")
    lines = done.stdout.strip().splitlines()
    if not lines:
        killed = done.returncode < 0 or "MemoryError" in done.stderr
        return ("memory" if killed else f"crash: {done.stderr.strip()[-200:]}"), float("nan")
    result = json.loads(lines[-1])
    return result["status"], float(result.get("seconds", "nan"))


def row(
    family: str, mode: str, sizes: Sequence[int], args: argparse.Namespace
) -> tuple[list[str], float | None, str]:
    """The cells of one family and mode, its growth, and its verdict."""
    cells: list[str] = []
    per_char: dict[int, float] = {}
    verdict = "ok"
    for i, n in enumerate(sizes):
        if verdict != "ok":
            cells.append("-")
            continue
        if i == len(sizes) - 1 and i >= 2 and per_char[sizes[i - 1]] / per_char[sizes[0]] > args.limit:
            cells.append("skipped")  # not linear at the size before: the largest would only take long
            continue
        runs = [
            measure(family, mode, n, args.timeout, args.memory) for _ in range(args.repeat if i == 0 else 1)
        ]
        bad = [s for s, _ in runs if s != "ok"]
        if bad:
            verdict = bad[0]
            cells.append(bad[0].split(":")[0])
            continue
        per_char[n] = min(t for _, t in runs) / n * 1e6
        cells.append(f"{per_char[n]:.2f}")
    growth = None
    if len(per_char) >= 2:
        largest = max(per_char)
        growth = per_char[largest] / per_char[min(per_char)]
        if growth > args.limit:
            verdict = f"super-linear ({growth:.1f}x)"
    return cells, growth, verdict


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--max", type=int, default=SIZES[-1], help="largest size (default 1,000,000)")
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES), help="only these (repeatable)")
    parser.add_argument("--mode", action="append", choices=MODES, help="only these (repeatable)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds a size may take (default 120)")
    parser.add_argument("--memory", type=float, default=4.0, help="address-space limit in GB (default 4)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the smallest size, best taken")
    parser.add_argument("--limit", type=float, default=3.0, help="largest growth of time per character")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        family, mode, n, memory = args.child
        return child(family, mode, int(n), float(memory))
    sizes = [n for n in SIZES if n <= args.max]
    print(f"| family | mode | {' | '.join(f'{n:,} µs/char' for n in sizes)} | growth | verdict |")
    print(f"|---|---|{'---|' * len(sizes)}---|---|")
    failed = 0
    for family in args.family or FAMILIES:
        for mode in args.mode or MODES:
            cells, growth, verdict = row(family, mode, sizes, args)
            shown = f"{growth:.2f}x" if growth is not None else "-"
            print(f"| {family} | {mode} | {' | '.join(cells)} | {shown} | {verdict} |", flush=True)
            failed += verdict != "ok"
    print(f"\n{failed} of {len(args.family or FAMILIES) * len(args.mode or MODES)} not linear")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
