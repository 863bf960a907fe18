"""English antonyms from Open English WordNet: "high" / "low", "allow" / "deny", and adjectives
through a "similar to" satellite ("roundabout" is similar to "indirect", whose antonym is "direct").

Data only, read on first use from ``xcheck/data/antonyms_en.tsv.gz``, which
``scripts/build_antonyms.py`` derives from Open English WordNet (CC BY 4.0; see
``antonyms_en.NOTICE``). Each pair carries its part of speech and how WordNet links it: ``d``
(direct, sense to sense), ``s`` (an adjective satellite against its head's antonym) or ``y`` (a
synonym of one against a synonym of the other, in the synsets the direct link joins). The file
holds one line a word; a line is split only when the sentence check asks for that word.

>>> antonym_kinds("high", "low")
frozenset({'d'})
>>> antonym_kinds("roundabout", "direct")
frozenset({'s'})
>>> antonym_kinds("high", "tall")
frozenset()
"""

from __future__ import annotations

import functools

from xcheck.lexicon._data import data_lines

__all__ = ["DEGREES", "antonym_kinds", "antonyms"]

#: Words of degree, hand-listed (WordNet links "significant" to "insignificant", not to "slight"):
#: (large degree, small degree). One replacing a word of the other in the same place changes how
#: much a claim holds ("a significant increase" / "a slight increase") without reversing it.
DEGREES: tuple[frozenset[str], frozenset[str]] = (
    frozenset(
        """
        significant significantly substantial substantially considerable considerably sizable
        sizeable sharp sharply steep steeply marked markedly dramatic dramatically drastic
        drastically huge hugely massive massively enormous enormously tremendous tremendously
        major vast
        """.split()
    ),
    frozenset(
        """
        slight slightly minor minimal minimally modest modestly marginal marginally negligible
        negligibly insignificant insignificantly moderate moderately mild mildly tiny
        """.split()
    ),
)


@functools.cache
def _table() -> dict[str, str]:
    """word -> its antonyms as stored (``other/pos/kind`` separated by spaces), split on demand."""
    return dict(line.split("\t", 1) for line in data_lines("antonyms_en.tsv.gz"))


@functools.lru_cache(maxsize=4096)
def _links(word: str) -> dict[str, frozenset[str]]:
    """antonym -> the kinds ("d", "s", "y") of link between ``word`` and it, any part of speech."""
    out: dict[str, set[str]] = {}
    for item in _table().get(word, "").split():
        other, _pos, kind = item.split("/")
        out.setdefault(other, set()).add(kind)
    return {other: frozenset(kinds) for other, kinds in out.items()}


def antonyms(word: str) -> frozenset[str]:
    """The antonyms WordNet gives the lemma ``word`` (lower case), of any kind."""
    return frozenset(_links(word))


def antonym_kinds(word: str, other: str) -> frozenset[str]:
    """How WordNet links the lemmas ``word`` and ``other`` as antonyms: ``{"d"}`` direct,
    ``{"s"}`` through an adjective satellite, ``{"y"}`` through synonyms, empty when it does not."""
    return _links(word).get(other, frozenset())
