"""English derivational relatives from Open English WordNet: "explode" / "explosion", "injure" /
"injury", "die" / "death", "economy" / "economic".

Data only, read on first use from ``xcheck/data/derivations_en.tsv.gz``, which
``scripts/build_derivations.py`` derives from Open English WordNet (CC BY 4.0; see
``derivations_en.NOTICE``): WordNet's derivation links between senses, and the pertainym links of
adjectives, between single lower-case words, both ways. The cross-script aligner adds them to the
English keys a Korean or Chinese word is glossed with, so 폭발 ("explode") meets "explosions".

>>> sorted(relatives("explode")), sorted(relatives("injury"))
(['explosion'], ['injure', 'injurious'])
>>> relatives("the")
frozenset()
"""

from __future__ import annotations

import functools

from xcheck.lexicon._data import data_lines

__all__ = ["relatives"]


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for line in data_lines("derivations_en.tsv.gz"):
        word, _, rest = line.partition("\t")
        table[word] = frozenset(rest.split(" "))
    return table


def relatives(word: str) -> frozenset[str]:
    """The words WordNet gives as derivationally related to ``word`` (lower case), without it."""
    return _table().get(word, frozenset())
