"""English synonyms from Open English WordNet: two words sharing a synset of a verb, an adjective or
an adverb ("grapple" / "deal", "ask" / "require").

Data only, read on first use from ``xcheck/data/synonyms_en.tsv.gz``, which
``scripts/build_synonyms.py`` derives from Open English WordNet (CC BY 4.0; see
``synonyms_en.NOTICE``). The polarity check reads a negation on one side against a synonym of
its word on the other ("is not dealing with" / "is grappling with"). The file holds one line a
word; a line is split only when the check asks for that word.

>>> are_synonyms("grapple", "deal"), are_synonyms("survive", "die")
(True, False)
"""

from __future__ import annotations

import functools

from xcheck.lexicon._data import data_lines

__all__ = ["are_synonyms", "synonyms"]


@functools.cache
def _table() -> dict[str, str]:
    """word -> its synonyms as stored (separated by spaces), split on demand."""
    return dict(line.split("\t", 1) for line in data_lines("synonyms_en.tsv.gz"))


@functools.lru_cache(maxsize=4096)
def synonyms(word: str) -> frozenset[str]:
    """The words sharing a verb, adjective or adverb synset with the lemma ``word`` (lower case)."""
    return frozenset(_table().get(word, "").split())


def are_synonyms(word: str, other: str) -> bool:
    """Whether WordNet puts the lemmas ``word`` and ``other`` in one synset (see :func:`synonyms`)."""
    return other in synonyms(word)
