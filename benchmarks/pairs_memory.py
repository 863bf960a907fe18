"""Peak memory and throughput of `xcheck pairs` on 10k and 100k pairs: does memory grow with the file?

Builds pairs files in a temporary folder from the WMT21 de-en and cs-en independent references
(``../shared/benchmarks/wmt21_refs``, or ``$XCHECK_SHARED/benchmarks``; nothing is copied into the
repository), cycling them with distinct ids, and runs ``python -m xcheck pairs FILE -o /dev/null`` in a
fresh subprocess for each size, reading its peak resident memory (``ru_maxrss`` of the child) and its wall
and CPU time. Prints the ratio of the large run's peak to the small one's (the target: within 1.5x) and
the pairs a second of each. ``--src`` runs another checkout's ``src`` (e.g. main's) for a before/after
comparison on the same data in the same session. Prints ``skipped:`` and exits 0 without the data.

    .venv/bin/python benchmarks/pairs_memory.py [--sizes 10000 100000] [--jobs 1] [--src DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from quantities_accuracy import load_module  # benchmarks/ is on the path when run as a script

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("XCHECK_SHARED", ROOT.parent / "shared")) / "benchmarks"
WMT = SHARED / "wmt21_refs"
SETS = ("de-en", "cs-en")  # both sides English: the pair's lang is the translation's


def wmt_pairs() -> list[dict[str, str]]:
    """The de-en and cs-en pairs (reference B against reference A), or [] when the data is absent."""
    if not (WMT / "load.py").exists():
        return []
    loader = load_module(WMT / "load.py", "wmt21_load")
    return [dict(p, lang="en") for name in SETS for p in loader.pairs(name)]


def cycled(pairs: list[dict[str, str]], n: int) -> Iterator[dict[str, str]]:
    """``n`` pairs: ``pairs`` over and over, each with a distinct id."""
    for i in range(n):
        pair = pairs[i % len(pairs)]
        yield {**pair, "id": f"{pair['id']}#{i // len(pairs)}"}


def write_pairs(path: Path, pairs: list[dict[str, str]], n: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for pair in cycled(pairs, n):
            out.write(json.dumps(pair, ensure_ascii=False) + "\n")
    return path


def run(path: Path, src: Path, extra: list[str]) -> dict[str, float]:
    """Run ``xcheck pairs`` on ``path`` in a child process; its peak RSS (MB), wall and CPU seconds."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    code = (
        "import resource, sys, time\n"
        "from xcheck.cli import main\n"
        "start = time.perf_counter()\n"
        "status = main(sys.argv[1:])\n"
        "wall = time.perf_counter() - start\n"
        "own = resource.getrusage(resource.RUSAGE_SELF)\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime\n"
        "sys.stderr.write(f'RESULT {status} {wall} {cpu} {own.ru_maxrss} {kids.ru_maxrss}\\n')\n"
    )
    argv = [sys.executable, "-c", code, "pairs", str(path), "-o", os.devnull, "--no-progress", *extra]
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    total = time.perf_counter() - started
    line = next((x for x in done.stderr.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        sys.stderr.write(done.stderr[-2000:])
        msg = f"xcheck pairs failed on {path}"
        raise SystemExit(msg)
    _, status, wall, cpu, own_kb, kids_kb = line.split()
    # ru_maxrss is in KiB on Linux; a pool's workers are children: the largest of them, and the parent.
    return {
        "status": float(status),
        "wall": float(wall),
        "process": total,
        "cpu": float(cpu),
        "parent_mb": int(own_kb) / 1024,
        "worker_mb": int(kids_kb) / 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--jobs", default="1", help="--jobs for xcheck pairs (default 1)")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the xcheck source to run")
    parser.add_argument("--engine", default=None, help="--engine for xcheck pairs (default: the CLI's)")
    args = parser.parse_args()
    pairs = wmt_pairs()
    if not pairs:
        print(f"skipped: no WMT21 data at {WMT}")
        return 0
    extra = ["--jobs", args.jobs] + (["--engine", args.engine] if args.engine else [])
    print(f"xcheck pairs from {args.src} with {' '.join(extra)}; {len(pairs)} distinct WMT21 pairs, cycled")
    print(f"{'pairs':>8} {'peak MB':>8} {'worker MB':>9} {'wall s':>8} {'pairs/s':>8} {'CPU s':>8}")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = write_pairs(Path(tmp) / f"pairs-{n}.jsonl", pairs, n)
            r = run(path, args.src, extra)
            results.append((n, r))
            path.unlink()
            print(
                f"{n:8d} {r['parent_mb']:8.1f} {r['worker_mb']:9.1f} {r['wall']:8.1f} "
                f"{n / r['wall']:8.0f} {r['cpu']:8.1f}",
                flush=True,
            )
    if len(results) > 1:
        (n0, small), (n1, large) = results[0], results[-1]
        print(f"peak memory at {n1} pairs / at {n0} pairs: {large['parent_mb'] / small['parent_mb']:.2f}x")
    print(f"(load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}; 2 cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
