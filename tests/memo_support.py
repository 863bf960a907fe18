"""Every memo of the package, found by walking its modules: for the memory and thread tests."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import xcheck

#: Modules that need an optional dependency or are entry points; they hold no memo of texts.
_SKIP = ("xcheck.__main__",)


def package_memos() -> dict[str, Any]:
    """``module.name`` -> every memoised function (``functools`` or :mod:`xcheck._cache`) defined
    at the top level of a module of the package."""
    found: dict[str, Any] = {}
    for info in pkgutil.walk_packages(xcheck.__path__, "xcheck."):
        if info.name in _SKIP:
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra (dask) that is not installed
            continue
        for name, value in vars(module).items():
            if isinstance(value, type) or not callable(getattr(value, "cache_info", None)):
                continue
            if getattr(value, "__module__", None) == info.name:
                found[f"{info.name}.{name}"] = value
    return found


def clear_text_memos() -> None:
    """Empty every memo that has parameters (the loaders of bundled tables stay loaded)."""
    for memo in package_memos().values():
        if memo.cache_info().maxsize not in (None, 1):
            memo.cache_clear()
