"""numpy, imported on first use, so that ``import xcheck`` does not import it.

numpy is the largest import left in ``import xcheck`` (about 50 ms on a quiet machine, with its
BLAS start-up), and only an alignment uses it. The alignment modules read numpy through
:data:`np`, a stand-in whose first attribute read imports numpy; each attribute read once is then
kept on the stand-in, so later reads (``np.concatenate``) are one instance-dict lookup, as a
module attribute is. Type checkers see numpy itself (``if TYPE_CHECKING: import numpy as np``).
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["np"]


class _LazyModule:
    """A stand-in for a module that imports it on the first attribute read."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        if attribute == "_name":  # not initialised: no recursion
            raise AttributeError(attribute)
        value = getattr(importlib.import_module(self._name), attribute)
        setattr(self, attribute, value)
        return value

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


np: Any = _LazyModule("numpy")
