"""Every example in a docstring of the package runs and gives what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import xcheck

# "xcheck" itself too: the public names report ``__module__ == "xcheck"``, so doctest finds their
# examples there rather than in the private module that defines them.
MODULES = [
    "xcheck",
    *sorted(
        name
        for _, name, _ in pkgutil.walk_packages(xcheck.__path__, prefix="xcheck.")
        if name not in {"xcheck.__main__"}
    ),
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
