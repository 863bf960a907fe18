"""One reading per text: what the fact readers find in it, shared by every stage.

A check reads each distinct ``(text, language)`` once: alignment takes its anchors from the
:class:`Reading`, and comparison takes the same quantities and mentions (the fact readers key
their readings by the text and the language it is read under, :func:`reading_lang`, so a
sentence asked for by alignment under ``"en"`` and by the name comparison under no language is
one reading, not two). A :class:`Reader` holds the readings of one check and counts them.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from xcheck.facts.names import Glossary, Mention, default_glossary, extract_mentions
from xcheck.facts.quantities import Quantity, extract_quantities
from xcheck.facts.quantities._extract import reading_lang

__all__ = ["ReadText", "Reader", "Reading", "read_text", "reading_lang"]


@attrs.frozen
class Reading:
    """What the fact readers found in one text: its quantities and its named mentions.

    The comparison stage reads the same two things, so a pipeline that has read a text once can
    hand the reading to :func:`xcheck.align.align` (its ``read`` option) instead of having the
    text read again.

    >>> r = read_text("Trump sent 4,500 troops on May 22.", "en")
    >>> [q.span.text for q in r.quantities], [m.entity_id for m in r.mentions]
    (['4,500', 'May 22'], ['donald-trump'])
    """

    quantities: tuple[Quantity, ...] = ()
    mentions: tuple[Mention, ...] = ()


ReadText = Callable[[str, str], Reading]
"""Read one ``(text, language)``: ``language`` is the code the text is compared under (the
alignment's ``lang`` for translated sentences, :attr:`Statement.lang` for statements)."""


def read_text(text: str, lang: str | None = None, *, glossary: Glossary | None = None) -> Reading:
    """Read ``text`` as the comparison stage does: quantities with
    :func:`~xcheck.facts.quantities.extract_quantities` under ``lang`` (``None``: told by
    the script), mentions with :func:`~xcheck.facts.names.extract_mentions` (which tells scripts
    apart by itself), resolved through ``glossary`` (``None``: the bundled glossary)."""
    if glossary is None:
        glossary = default_glossary()
    return Reading(extract_quantities(text, lang=lang), extract_mentions(text, glossary=glossary))


class Reader:
    """The readings of one check: :meth:`__call__` reads each distinct ``(text, language)`` once
    and hands the same :class:`Reading` to every stage that asks again.

    >>> read = Reader()
    >>> read("Sales rose 2%.", "en") is read("Sales rose 2%.", None)
    True
    >>> len(read)
    1
    """

    __slots__ = ("_glossary", "_readings")

    def __init__(self, glossary: Glossary | None = None) -> None:
        self._glossary = default_glossary() if glossary is None else glossary
        self._readings: dict[tuple[str, str], Reading] = {}

    def __call__(self, text: str, lang: str | None) -> Reading:
        """The reading of ``text`` under ``lang`` (``None``: the language its script tells)."""
        key = (text, reading_lang(text, lang))
        found = self._readings.get(key)
        if found is None:
            found = self._readings[key] = read_text(text, key[1], glossary=self._glossary)
        return found

    def __len__(self) -> int:
        """How many distinct ``(text, language)`` were read."""
        return len(self._readings)
