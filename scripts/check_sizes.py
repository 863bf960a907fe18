"""Print the largest module, class and function of the package; fail when one is past its limit.

The limits keep each file one concern a reader can hold in mind (sacrebleu's ``chrf.py`` is 284 lines):
a module over 800 lines wants to be a package, a class over 250 lines wants to be split by role, a
function over 100 lines wants named steps. ``make lint`` runs this script.

    python scripts/check_sizes.py [--top N] [PACKAGE_DIR]
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

LIMITS = {"module": 800, "class": 250, "function": 100}
PLURALS = {"module": "modules", "class": "classes", "function": "functions"}


def measure(root: Path) -> list[tuple[str, int, str]]:
    """Return ``(kind, lines, where)`` for every module, class and function below ``root``."""
    rows: list[tuple[str, int, str]] = []
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        where = path.relative_to(root.parent).as_posix()
        rows.append(("module", len(source.splitlines()), where))
        for node in ast.walk(ast.parse(source, filename=str(path))):
            if isinstance(node, ast.ClassDef):
                kind = "class"
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                kind = "function"
            else:
                continue
            assert node.end_lineno is not None  # always set by ast.parse
            rows.append((kind, node.end_lineno - node.lineno + 1, f"{where}:{node.lineno} {node.name}"))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the largest of each kind; return 1 when any is over its limit."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", default=str(Path(__file__).parent.parent / "src" / "xcheck"))
    parser.add_argument("--top", type=int, default=3, help="how many of each kind to print (default: 3)")
    args = parser.parse_args(argv)
    rows = measure(Path(args.root))
    over = 0
    for kind, limit in LIMITS.items():
        largest = sorted((r for r in rows if r[0] == kind), key=lambda r: -r[1])
        print(f"largest {PLURALS[kind]} (limit {limit} lines):")
        for _, lines, where in largest[: args.top]:
            print(f"  {lines:5d}  {where}")
        for _, lines, where in largest:
            if lines > limit:
                print(f"  over the limit: {where} has {lines} lines", file=sys.stderr)
                over += 1
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
