"""Regular expressions compiled on first use, so that ``import xcheck`` compiles none of them.

The quantity, name and segmentation readers keep hundreds of large patterns at module level;
compiling them all took most of the import time, though one run uses a fraction (an English
text never reaches the CJK readers). :func:`compile` returns a stand-in with the pattern's
interface: the first attribute read compiles the pattern once and caches its methods and
attributes on the stand-in, so later calls (``P.match(text, pos)``) cost one instance-dict
lookup, as the bound method of a compiled pattern does. The matches are those of
:func:`re.compile` on the same arguments: the stand-in only delays the call. The source may be a
function that returns it, for the few patterns whose source itself is costly to build (a trie of
every trigger word).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

__all__ = ["compile"]

#: What a stand-in copies from its compiled pattern on first use (everything a caller reads).
_MEMBERS = (
    "match",
    "fullmatch",
    "search",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _LazyPattern:
    """A stand-in for ``re.compile(pattern, flags)`` that compiles on the first attribute read."""

    def __init__(self, pattern: str | Callable[[], str], flags: int) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Only reached for names not yet in the instance dict: the first read of any member.
        if name == "_args":  # not initialised (never, short of object.__new__): no recursion
            raise AttributeError(name)
        pattern, flags = self._args
        compiled = re.compile(pattern() if callable(pattern) else pattern, flags)
        self.__dict__.update((member, getattr(compiled, member)) for member in _MEMBERS)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"xcheck._lazyre.compile({self.pattern!r}, {self.flags!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (compile, (self.pattern, self.flags))

    def __copy__(self) -> _LazyPattern:
        return self

    def __deepcopy__(self, memo: object) -> _LazyPattern:
        return self


def compile(pattern: str | Callable[[], str], flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, delayed until the pattern is first used (``pattern()`` then,
    when it is a function)."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
