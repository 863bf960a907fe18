"""English lemmas: every lemma a word form may have, of any part of speech ("rose" -> rise, rose;
"got" -> get; "higher" -> high).

Data only, read on first use from ``xcheck/data/lemmas_en.tsv.gz``, which
``scripts/build_lemmas.py`` derives from LemmInflect's dictionary (MIT; tables from AGID and the
English Wiktionary): the same look-up without loading LemmInflect's tables (about a second) or
depending on it at run time.

>>> sorted(lemmas("rose")), sorted(lemmas("risen")), sorted(lemmas("talks"))
(['rise', 'rose'], ['rise', 'risen'], ['talk', 'talks'])
"""

from __future__ import annotations

import functools

from xcheck.lexicon._data import data_lines

__all__ = ["lemmas"]


@functools.cache
def _table() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in data_lines("lemmas_en.tsv.gz"):
        form, _, rest = line.partition("\t")
        table[form] = tuple(rest.split(" "))
    return table


def lemmas(word: str) -> frozenset[str]:
    """``word`` (lower case) and every lemma the dictionary gives it."""
    return frozenset((word, *_table().get(word, ())))
