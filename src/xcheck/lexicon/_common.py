"""Frequent English words that are not names (private): the bundled ``data/common_en.txt``.

The list is derived from wordfreq's frequencies by ``scripts/build_common_words.py`` (CC BY-SA 4.0,
see ``data/common_en.NOTICE``): English words that are much rarer in other languages. A name is
about as frequent in German or Spanish text as in English; "chicken", "entire" or "anyone" are not.
It is read once, on first use.
"""

from __future__ import annotations

import functools
from importlib import resources


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The lower-case words of the list."""
    text = resources.files("xcheck").joinpath("data/common_en.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_common_word(low: str) -> bool:
    """Whether a folded word is a frequent English word rather than a name.

    >>> is_common_word("chicken"), is_common_word("biden")
    (True, False)
    """
    return low in common_words()
