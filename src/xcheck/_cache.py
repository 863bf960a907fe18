"""Bounded memos of what xcheck reads from a text.

The fact readers memoise by text: a pipeline reads one sentence for alignment and again for every
statement it is compared with, and the memo hands back the first reading. A memo that kept every
text it saw would grow without end in a long-running process (a server, a batch over a corpus), so
every memo in the package has a bound:

- :func:`text_cache` for functions of whole texts (sentences, statements, documents): a
  least-recently-used memo bounded by its number of entries *and* by the characters of the texts
  in its keys, because what a reading holds grows with its text (the name tokens of a
  5,000-character text take about 130 KB): 4,096 readings of 1 MB texts would be gigabytes, 4,096
  readings of news sentences a few megabytes. A text longer than the whole budget is read and not
  kept.
- ``functools.lru_cache(maxsize=N)`` for functions of words, names and other short keys, where an
  entry is small and the C implementation's speed counts; ``functools.cache`` only for functions
  without parameters (loaders of bundled tables: one entry).

``tests/test_memory_bounded.py`` checks that every memo of the package is one of these, and
``benchmarks/memory_flat.py`` that memory stays flat over 20,000 distinct long pairs.

A memo is safe to share between threads: its bookkeeping happens under a lock, and the function
itself runs outside it (two threads asking for the same new text may both compute it; the readings
are equal, and the first one stored is kept).
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, Generic, NamedTuple, ParamSpec, TypeVar

__all__ = ["TEXT_CACHE_CHARS", "CacheInfo", "TextCache", "text_cache"]

P = ParamSpec("P")
T = TypeVar("T")

#: The characters of text a :func:`text_cache` keeps by default: every sentence and statement of a
#: document of about 5,000 sentences (so one check reads each text once), or some 300 texts of
#: 5,000 characters. The largest memo (name tokens) holds about 27 bytes a character.
TEXT_CACHE_CHARS = 1_500_000

_KWARGS = object()  # separates positional from keyword arguments in a key


class CacheInfo(NamedTuple):
    """What a :class:`TextCache` holds: ``functools``'s four counts and its character budget."""

    hits: int
    misses: int
    maxsize: int
    currsize: int
    chars: int
    max_chars: int


def _weight(key: tuple[Any, ...]) -> int:
    """The characters of the texts in a key, plus one for the entry itself."""
    return 1 + sum(len(part) for part in key if isinstance(part, str))


class TextCache(Generic[P, T]):
    """A function memoised in at most ``maxsize`` entries whose keys hold at most ``max_chars``
    characters of text in all, least recently used first out (see :func:`text_cache`)."""

    def __init__(self, func: Callable[P, T], maxsize: int, max_chars: int) -> None:
        if maxsize < 1 or max_chars < 1:
            msg = f"a text cache needs maxsize and max_chars of at least 1, not {maxsize}, {max_chars}"
            raise ValueError(msg)
        self.__wrapped__ = func
        self.maxsize = maxsize
        self.max_chars = max_chars
        self._data: OrderedDict[Hashable, tuple[T, int]] = OrderedDict()
        self._chars = 0
        self._hits = 0
        self._misses = 0
        self._lock = threading.Lock()
        self._name: str = getattr(func, "__qualname__", repr(func))
        functools.update_wrapper(self, func)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T:
        key: tuple[Any, ...] = args if not kwargs else (*args, _KWARGS, *sorted(kwargs.items()))
        with self._lock:
            found = self._data.get(key)
            if found is not None:
                self._data.move_to_end(key)
                self._hits += 1
                return found[0]
            self._misses += 1
        value = self.__wrapped__(*args, **kwargs)
        weight = _weight(key)
        if weight > self.max_chars:
            return value
        with self._lock:
            if key not in self._data:
                self._data[key] = (value, weight)
                self._chars += weight
                while len(self._data) > self.maxsize or self._chars > self.max_chars:
                    self._chars -= self._data.popitem(last=False)[1][1]
        return value

    def cache_info(self) -> CacheInfo:
        """Hits, misses, the bound and the number of entries, and the characters held and allowed."""
        with self._lock:
            return CacheInfo(
                self._hits, self._misses, self.maxsize, len(self._data), self._chars, self.max_chars
            )

    def cache_clear(self) -> None:
        """Forget every entry (and the counts), as ``functools.lru_cache`` does."""
        with self._lock:
            self._data.clear()
            self._chars = self._hits = self._misses = 0

    def __reduce__(self) -> str:
        # Pickled by name, as a plain or lru_cache'd module function is (worker processes).
        return self._name

    def __repr__(self) -> str:
        return f"<text cache of {self.__module__}.{self._name}>"


def text_cache(
    maxsize: int = 16_384, *, max_chars: int = TEXT_CACHE_CHARS
) -> Callable[[Callable[P, T]], TextCache[P, T]]:
    """Memoise a function of texts in at most ``maxsize`` entries and ``max_chars`` characters of
    text (the ``str`` arguments of the kept calls, counted per call), least recently used out first.

    >>> @text_cache(maxsize=2, max_chars=10)
    ... def words(text: str) -> int:
    ...     return len(text.split())
    >>> words("one two"), words("three four five"), words("one two")
    (2, 3, 2)
    >>> words.cache_info().currsize, words.cache_info().hits
    (1, 1)
    """

    def decorate(func: Callable[P, T]) -> TextCache[P, T]:
        return TextCache(func, maxsize, max_chars)

    return decorate
