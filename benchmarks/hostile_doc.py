"""Document mode on hostile input: ``xcheck.check`` time per character at growing sizes (issue 18).

Each family repeats a short unit into a text of the given size, which is checked as the translation
(against one short statement), as one long statement, as many statements of 200 characters, or as a
document checked against its own sentences (``self``, ``self-parallel``: claims and parallel mode).
Each run is a fresh subprocess; it prints processor time (not wall time: the machine is shared) and
microseconds per character. Linear growth keeps the last column about flat from size to size. Run
from the repository root::

    .venv/bin/python benchmarks/hostile_doc.py [--sizes 10000,100000] [--families mr,A] [--as translation]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

_PROSE = (
    "The ministry said on Tuesday that 4,500 troops had left the base, according to Gen. Smith. "
    'Officials in Seoul denied the report, saying "no decision" had been made by the U.S. side. '
)

FAMILIES = {
    "mr": "Mr. ",
    "prose": _PROSE,
    "A": "A",
    "O'": "O'",
    "U.S.": "U.S.",
    "J.": "J. ",
    "caps": "Alpha Beta ",
    "in-caps": "In Alpha Beta, ",
    "quoted": '"a" ',
    "quoted-stops": '"a. B" ',
    "open-quotes": "“",
    "cjk": "中国。",
    "digits": "1234567890",
    "ranges": "1-2-",
}

MODES = ("translation", "statement", "statements", "self", "self-parallel")

_CHILD = r"""
import sys, time
import xcheck
from xcheck import Statement
from xcheck import segment
unit, n, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = (unit * (n // len(unit) + 1))[:n]
short = "The ministry said 4,500 troops had left the base."
if mode == "translation":
    args = (text, [Statement("R1", short)])
elif mode == "statement":
    args = (short, [Statement("R1", text)])
elif mode == "statements":
    args = (short, [Statement(f"R{i}", text[i : i + 200]) for i in range(0, n, 200)])
else:
    args = (text, [Statement(f"R{s.index}", s.text) for s in segment(text)])
check_mode = "parallel" if mode == "self-parallel" else "claims"
xcheck.check("Mr. Smith said 4,500 troops left.", [Statement("R1", short)])  # imports, patterns
start = time.process_time()
xcheck.check(*args, max_chars=10 * n + 1000, mode=check_mode)
print(time.process_time() - start)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--as", dest="modes", default="translation,statement,statements")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds a run may take")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    print("family\tas\t" + "\t".join(f"{n:,} s\tus/char" for n in sizes))
    for mode in args.modes.split(","):
        for family in args.families.split(","):
            cells = []
            for n in sizes:
                try:
                    done = subprocess.run(
                        [sys.executable, "-c", _CHILD, FAMILIES[family], str(n), mode],
                        capture_output=True,
                        text=True,
                        env=env,
                        timeout=args.timeout,
                        check=True,
                    )
                except subprocess.TimeoutExpired:
                    cells.append(f">{args.timeout:.0f}\t-")
                    continue
                except subprocess.CalledProcessError as error:  # killed (out of memory) or failed
                    cells.append(f"rc {error.returncode}\t-")
                    continue
                seconds = float(done.stdout.split()[-1])
                cells.append(f"{seconds:.3f}\t{seconds / n * 1e6:.2f}")
            print(f"{family}\t{mode}\t" + "\t".join(cells), flush=True)


if __name__ == "__main__":
    main()
