"""The quantity engine: read every way news writes a number, then compare numbers by value.

Three steps, each usable on its own:

* :func:`extract_quantities` reads numbers, money, percentages, percentage points, multipliers,
  units, ranges, qualifiers, dates, clock times, quarters and years from English, Chinese and
  Korean text (German number conventions with ``lang="de"``), each with an exact span.
* :func:`normalise` / :attr:`Quantity.key` give a language-independent anchor: ``28,500``,
  ``2.85万`` and ``2만8천500`` have the same key.
* :func:`compare_quantities` pairs the quantities of a translation with those of a reference
  one to one and reports changed, missing and added values as
  :class:`xcheck.Discrepancy` objects with a message a person understands.

>>> [q.key for q in extract_quantities("about 28,500 troops; 2.85万人; 2만8천500명")]
['n:28500', 'n:28500', 'n:28500']
>>> [d.message for d in compare_quantities("about 29,000 troops", "28,500 troops")]
['expected 28,500 troops, found about 29,000 troops: rounding drift of 1.75%']

The rules (tolerances, qualifiers, severities) are documented in ``docs/quantities.md``.

The modules follow the pipeline: ``_model`` (:class:`Quantity`, the draft a reader fills in),
``_patterns`` (triggers and patterns compiled from the word lists of :mod:`xcheck.lexicon`), the
readers (``_read_dates``, ``_read_numbers``, ``_read_words``, and ``_read_context`` for what
comes before and after a number), ``_extract`` (the scan and its memo), ``_format`` (keys and
human forms), ``_judge`` (one pair of quantities) and ``_compare`` (pairing two texts'
quantities into findings).
"""

from __future__ import annotations

from xcheck.facts.quantities._compare import compare_quantities
from xcheck.facts.quantities._extract import clear_cache, extract_quantities
from xcheck.facts.quantities._format import format_value, normalise
from xcheck.facts.quantities._model import DIMENSIONS, Quantity, detect_lang

__all__ = [
    "DIMENSIONS",
    "Quantity",
    "clear_cache",
    "compare_quantities",
    "detect_lang",
    "extract_quantities",
    "format_value",
    "normalise",
]
