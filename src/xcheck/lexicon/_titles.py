"""Titles of office across English, Korean and Chinese (private): the bundled ``data/titles.tsv``.

One office per line: its English renderings and its Korean and Chinese surfaces, and the longer
words that hold a surface but name no person (대사관, an embassy). The table is read once, on first
use; :mod:`xcheck.facts.names._cross_titles` compares a translated title with the source's through it.
"""

from __future__ import annotations

import functools
from importlib import resources

import attrs

__all__ = ["FORMER_BEFORE_TITLE", "MINISTRY_END", "TITLE_SLOT_BREAKS", "TitleOffice", "title_offices"]

#: Words right before a source title that make it a former office: 김관진 전 국방장관, 前国防部长.
#: 전 counts only as a word of its own (not the end of 대전, 작전).
FORMER_BEFORE_TITLE = ("전", "前")
#: The last syllable of a Korean ministry's name (외교통상부, 국방부): written against the title after
#: it (외교통상부장관), it is not the 부 (vice) of 부장관 or 부대변인.
MINISTRY_END = "부"
#: Punctuation that ends the stretch between a name and the title after it (이재용 삼성전자 회장
#: is one slot; 이재용, 회장 is not).
TITLE_SLOT_BREAKS = ",，、.。;；()（）"


@attrs.frozen
class TitleOffice:
    """One office of the title table: ``english`` renderings, ``surfaces`` in Korean and Chinese,
    and ``not_titles``, longer words holding a surface that are no title."""

    id: str
    english: tuple[str, ...]
    surfaces: tuple[str, ...]
    not_titles: tuple[str, ...] = ()


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split("|") if v.strip())


@functools.lru_cache(maxsize=1)
def title_offices() -> tuple[TitleOffice, ...]:
    """The offices of ``data/titles.tsv``, in file order.

    >>> next(o for o in title_offices() if o.id == "vice_chairman").surfaces[0]
    '부회장'
    """
    text = resources.files("xcheck").joinpath("data/titles.tsv").read_text(encoding="utf-8")
    out: list[TitleOffice] = []
    header_seen = False
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [*line.split("\t"), "", "", "", ""][:5]
        if not header_seen:
            header_seen = True  # the column names
            continue
        office_id, en, ko, zh, not_titles = cells
        out.append(TitleOffice(office_id, _split(en), _split(ko) + _split(zh), _split(not_titles)))
    return tuple(out)
