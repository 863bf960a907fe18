"""Names, titles and organisations: read them, resolve them, compare them.

The signature error of translated news is a name that changed in transit ("Secretary of Defense
Hackett" for Hegseth, a sound-alike from the Chinese 赫格塞思) or a title from a person's old
job. This package finds the named mentions of a text with rules that need no model
(:func:`extract_mentions`), compares the mentions of a translated sentence with those of its
reference statement (:func:`compare_entities`), and checks titles against the office holders of a
glossary (:func:`check_office_holders`). It stays silent on the many harmless ways one person or
body is written: partial names, name order, romanisations, US/UK spelling, title word order,
aliases and acronyms.

>>> [m.name for m in extract_mentions("Adm. Samuel Paparo leads INDOPACOM.", glossary=None)]
['Samuel Paparo', 'INDOPACOM']
"""

from __future__ import annotations

from xcheck.facts.names._compare import compare_entities
from xcheck.facts.names._context import CONTEXT_MIN_CONTENT as CONTEXT_MIN_CONTENT
from xcheck.facts.names._context import CONTEXT_MIN_WORDS as CONTEXT_MIN_WORDS
from xcheck.facts.names._cross_titles import compare_titles_across
from xcheck.facts.names._extract import NerBackend, SpacyBackend, extract_mentions
from xcheck.facts.names._glossary import Glossary, default_glossary
from xcheck.facts.names._holders import check_office_holders
from xcheck.facts.names._model import (
    ALIGNED_CUTOFF,
    ENTITY_KINDS,
    GARBLED_CUTOFF,
    SOUND_ONLY_MARGIN,
    GlossaryEntry,
    Mention,
    Role,
)
from xcheck.facts.names._text import name_similarity

__all__ = [
    "ALIGNED_CUTOFF",
    "ENTITY_KINDS",
    "GARBLED_CUTOFF",
    "SOUND_ONLY_MARGIN",
    "Glossary",
    "GlossaryEntry",
    "Mention",
    "NerBackend",
    "Role",
    "SpacyBackend",
    "check_office_holders",
    "compare_entities",
    "compare_titles_across",
    "default_glossary",
    "extract_mentions",
    "name_similarity",
]


def _clear_caches() -> None:
    """Empty every memo of this package's modules (for cold-start timing); the glossary's own
    indexes, and the role titles it parsed, stay."""
    from xcheck.facts.names import _compare, _context, _extract, _runs, _surface, _view
    from xcheck.facts.names import _text as _names_text

    for fn in (
        _extract._plain_title,
        _extract._extract_cached,
        _view._view,
        _runs._tokens,
        _surface._name_signature,
        _view._word_spans,
        _context._frames,
        _runs._role,
        _surface._surfaces_equivalent,
        _surface._normalise_surface,
        _names_text._words,
        _names_text.name_parts,
        _names_text.fold_word,
        _names_text.name_similarity,
        _names_text.phonetic_key,
        _names_text._initials_match,
    ):
        fn.cache_clear()
    _compare._SAME_MEMO.clear()
    glossary = default_glossary()
    glossary._memo.clear()
    glossary._title_memo.clear()
    glossary._holders_memo.clear()
