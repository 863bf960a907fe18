"""``import xcheck`` stays light: optional and heavy dependencies load on first use, regexes compile
on first use, and the lazy names are still there (see docs/benchmarks.md, start-up)."""

from __future__ import annotations

import copy
import json
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

import xcheck
from xcheck import _lazyre

SRC = str(Path(xcheck.__file__).resolve().parents[1])
#: Never loaded by ``import xcheck`` alone.
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


def _fresh(code: str) -> str:
    """Run ``code`` in a fresh interpreter that imports this source tree; its standard output."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (SRC, env.get("PYTHONPATH", "")) if p)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return done.stdout


def test_import_loads_no_optional_or_heavy_dependency() -> None:
    code = (
        f"import json, sys, xcheck; lazy = {list(LAZY)!r}; "
        "print(json.dumps(sorted(m for m in sys.modules if any(m == n or m.startswith(n + '.') for n in lazy))))"
    )
    assert json.loads(_fresh(code)) == []


def test_import_compiles_no_quantity_pattern() -> None:
    code = (
        "import xcheck; from xcheck.facts.quantities import _patterns as p; "
        "print(sum('match' in vars(x) for x in [p.TRIGGER, p.TRIGGER_ASCII, p.UNIT_SUFFIX, *p.MASTER_DOT.values()]))"
    )
    assert _fresh(code).strip() == "0"


def test_lazy_names_are_reachable_after_import_alone() -> None:
    code = (
        "import xcheck; "
        "print(xcheck.render.__name__, xcheck.testing.__name__, xcheck.to_records.__module__, "
        "xcheck.to_dataframe.__module__, 'render' in dir(xcheck))"
    )
    assert _fresh(code).split() == ["xcheck.render", "xcheck.testing", "xcheck", "xcheck", "True"]


def test_a_check_loads_numpy_and_sacrebleu_when_it_needs_them() -> None:
    code = (
        "import sys, xcheck; "
        "xcheck.check('Some 28,500 troops.', [{'id': 'R1', 'text': 'Some 28,500 troops.'}]); "
        "print('numpy' in sys.modules, 'sacrebleu' in sys.modules)"
    )
    assert _fresh(code).split() == ["True", "True"]


def test_unknown_attribute_is_still_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = xcheck.no_such_name  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"(?P<n>\d+)(?:,\d{3})*", 0, "about 29,000 troops and 12 ships"),
        (r"^\s*source\s*:", re.IGNORECASE | re.MULTILINE, "x\n Source: y\nSOURCE:"),
        (r"[가-힣]+", 0, "서울 2025년"),
    ],
)
def test_lazy_pattern_matches_as_compiled(pattern: str, flags: int, text: str) -> None:
    lazy, eager = _lazyre.compile(pattern, flags), re.compile(pattern, flags)
    assert "match" not in vars(lazy)  # nothing compiled yet
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.search(text, 1) is not None or eager.search(text, 1) is None
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.sub("#", text) == eager.sub("#", text)
    assert lazy.split(text) == eager.split(text)
    assert (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex) == (
        eager.pattern,
        eager.flags,
        eager.groups,
        eager.groupindex,
    )
    m1, m2 = lazy.match(text), eager.match(text)
    assert (m1 and m1.span()) == (m2 and m2.span())


def test_lazy_pattern_copies_and_pickles() -> None:
    lazy = _lazyre.compile(r"\d+")
    assert copy.copy(lazy) is lazy
    assert copy.deepcopy(lazy) is lazy
    back = pickle.loads(pickle.dumps(lazy))
    assert back.findall("1 22 333") == ["1", "22", "333"]
    source = r"\d+"
    assert repr(lazy) == f"xcheck._lazyre.compile({source!r}, {re.compile(source).flags!r})"
    built = _lazyre.compile(lambda: r"\d" + "+")  # a source built on first use
    assert "match" not in vars(built)
    assert built.findall("1 22") == ["1", "22"]
    assert built.pattern == r"\d+"
