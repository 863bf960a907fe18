"""Start-up cost: how long ``import xcheck`` takes in a fresh interpreter, beside ``import json``.

Run from the repository root::

    .venv/bin/python benchmarks/import_time.py [--rounds 9]

The bytecode is warm: one ``import xcheck`` runs first with bytecode writing allowed (the script
drops ``PYTHONDONTWRITEBYTECODE`` from the children's environment), so every timed run reads
``__pycache__``. Each round then runs, in fresh subprocesses, ``python -X importtime -c "import
xcheck"`` and ``python -X importtime -c "import json"`` (the cumulative microseconds of the top
module, as ``-X importtime`` reports it), and the wall time of ``python -c "import xcheck"`` and
``python -c "import json"`` (interpreter start-up included). It prints the median of each, json
being the baseline measured in the same run (the machine's load moves both), the modules
``import xcheck`` should never load (sacrebleu, pypinyin, jieba, kiwipiepy, tqdm, dask, numpy,
the renderers) if any were loaded, and the ten slowest imports of the median run by their own time.
Target: ``import xcheck`` under 200 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Loaded only when a feature needs them, never by ``import xcheck``.
LAZY = (
    "sacrebleu",
    "pypinyin",
    "jieba",
    "kiwipiepy",
    "tqdm",
    "dask",
    "numpy",
    "xcheck.render",
    "xcheck.testing",
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p)
    return env


def _importtime(module: str, env: dict[str, str]) -> tuple[int, list[tuple[int, str]]]:
    """Cumulative microseconds of ``import module``, and (self time, name) of every import."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    rows: list[tuple[int, int, str]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = line.removeprefix("import time:").split("|")
        rows.append((int(own), int(cumulative), name.strip()))
    total = next(cumulative for _, cumulative, name in reversed(rows) if name == module)
    return total, [(own, name) for own, _, name in rows]


def _wall(module: str, env: dict[str, str]) -> float:
    """Seconds for a fresh interpreter to start and ``import module``."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", f"import {module}"], env=env, check=True)
    return time.perf_counter() - start


def _loaded(env: dict[str, str]) -> list[str]:
    code = (
        "import json, sys, xcheck; "
        "print(json.dumps([n for n in json.loads(sys.argv[1]) if any(m == n or m.startswith(n + '.') "
        "for m in sys.modules)]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, json.dumps(LAZY)], env=env, capture_output=True, text=True, check=True
    )
    loaded: list[str] = json.loads(done.stdout)
    return loaded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=9, help="fresh interpreters per measure (default 9)")
    args = parser.parse_args()
    env = _env()
    subprocess.run([sys.executable, "-c", "import xcheck"], env=env, check=True)  # warm the bytecode
    xcheck_us: list[int] = []
    json_us: list[int] = []
    xcheck_s: list[float] = []
    json_s: list[float] = []
    runs: list[tuple[int, list[tuple[int, str]]]] = []
    for _ in range(args.rounds):  # interleaved, so a change of load moves both
        total, rows = _importtime("xcheck", env)
        xcheck_us.append(total)
        runs.append((total, rows))
        json_us.append(_importtime("json", env)[0])
        xcheck_s.append(_wall("xcheck", env))
        json_s.append(_wall("json", env))
    print(f"python {sys.version.split()[0]}, {args.rounds} fresh interpreters each, warm bytecode")
    print(
        f"-X importtime, cumulative: import xcheck {statistics.median(xcheck_us) / 1000:.1f} ms"
        f" (min {min(xcheck_us) / 1000:.1f}), import json {statistics.median(json_us) / 1000:.1f} ms"
        f" (min {min(json_us) / 1000:.1f})"
    )
    print(
        f"wall, start-up included: python -c 'import xcheck' {statistics.median(xcheck_s) * 1000:.1f} ms"
        f" (min {min(xcheck_s) * 1000:.1f}), python -c 'import json'"
        f" {statistics.median(json_s) * 1000:.1f} ms (min {min(json_s) * 1000:.1f})"
    )
    loaded = _loaded(env)
    print("lazy modules loaded by import xcheck:", ", ".join(loaded) if loaded else "none")
    median_run = sorted(runs)[len(runs) // 2][1]
    print("slowest imports of the median run (self time):")
    for own, name in sorted(median_run, reverse=True)[:10]:
        print(f"  {own / 1000:7.1f} ms  {name}")


if __name__ == "__main__":
    main()
