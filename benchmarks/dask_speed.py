"""Throughput of `xcheck pairs --engine dask` (xcheck.dask.cluster_engine) with 1 and 2 worker processes,
against `xcheck.check_pairs` in this process on the same pairs (machines here are shared and noisy:
compare the ratios of one run, not seconds across runs).

Pairs are the WMT21 de-en and cs-en independent references (``../shared/benchmarks/wmt21_refs`` or
``$XCHECK_SHARED/benchmarks``), cycled with distinct ids as in ``pairs_memory.py``. For each worker count a
local cluster (one thread a worker) is started and warmed up (lexicons loaded) before the clock starts, so
the figures are the steady state of a corpus run; cluster start-up is printed apart. Needs the optional
extra ``xcheck[dask]``. Prints ``skipped:`` and exits 0 without the data or without dask.

    .venv/bin/python benchmarks/dask_speed.py [--pairs 4000] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import logging
import os
import resource
import sys
import time

from pairs_memory import WMT, cycled, wmt_pairs  # benchmarks/ is on the path when run as a script

from xcheck._io import Pair


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def worker_cpu() -> float:
    """CPU seconds of the calling process (run in each worker)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pairs", type=int, default=4000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    try:
        import distributed

        import xcheck.dask
    except ImportError:
        print("skipped: dask and distributed are not installed (pip install 'xcheck[dask]')")
        return 0
    raw = wmt_pairs()
    if not raw:
        print(f"skipped: no WMT21 data at {WMT}")
        return 0
    pairs = [
        Pair(p["id"], p["translation"], p["reference"], "en", n)
        for n, p in enumerate(cycled(raw, args.pairs), 1)
    ]
    list(xcheck.check_pairs(pairs[:50]))  # lexicons loaded here too, as in each warmed worker
    start, cpu = time.perf_counter(), cpu_seconds()
    for _ in xcheck.check_pairs(pairs):
        pass
    base, base_cpu = time.perf_counter() - start, cpu_seconds() - cpu
    print(f"{len(pairs)} WMT21 pairs ({len(raw)} distinct, cycled); {os.cpu_count()} cores")
    print(f"  check_pairs in this process    {len(pairs) / base:7.0f} pairs/s  1.00x  (CPU {base_cpu:.1f} s)")
    for n in args.workers:
        started = time.perf_counter()
        with (
            distributed.LocalCluster(
                n_workers=n,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
                silence_logs=logging.ERROR,
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            engine = xcheck.dask.cluster_engine(client)
            for _ in engine(iter(pairs[: n * 50])):  # warm every worker
                pass
            up = time.perf_counter() - started
            before = sum(client.run(worker_cpu).values())
            start, cpu = time.perf_counter(), cpu_seconds()
            for _ in engine(iter(pairs)):
                pass
            took, here = time.perf_counter() - start, cpu_seconds() - cpu
            workers = sum(client.run(worker_cpu).values()) - before
        print(
            f"  dask, {n} worker{'s' if n > 1 else ' '}               {len(pairs) / took:7.0f} pairs/s  "
            f"{base / took:4.2f}x  (CPU: workers {workers:.1f} s, client and scheduler {here:.1f} s; "
            f"start-up and warm-up {up:.1f} s)"
        )
    print(f"  (load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
