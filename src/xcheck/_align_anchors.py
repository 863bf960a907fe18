"""Language-independent anchors and surface features for the aligner.

An *anchor* is a short string that names a fact the same way in any language:

- ``number:28500`` — a normalised magnitude (28,500 = 2.85万 = 2만8천500),
- ``date:05-22`` (month-day), ``date:2024-12`` (year-month), ``year:2025``,
- ``entity:usfk`` — a glossary entity, or an acronym (``USFK``; also the initials of a run of
  capitalised words, so ``U.S. Forces Korea`` gives ``entity:usfk`` too),
- ``name:trump`` — a capitalised word that does not open the sentence (a cheap fallback for
  names the glossary does not know; only meaningful between texts in Latin script).

Numbers and dates come from :func:`xcheck.quantities.extract_quantities` and entities from
:func:`xcheck.entities.extract_mentions` when those modules are importable; a small built-in
extractor covers plain digits, scale words and English/CJK month-day dates otherwise, so the
aligner never depends on them being present.

*Surface features* are character 4-grams of the case-folded text with punctuation collapsed to
single spaces (word boundaries included, so they carry a little word-order information), and
*retrieval keys* are 6-letter word prefixes (a crude, language-agnostic stem: ``withdr`` for
withdraw/withdrawal/withdrawing) plus CJK character bigrams, plus the anchors.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

__all__ = [
    "GRAM",
    "anchors",
    "quantity_anchors",
    "retrieval_keys",
    "surface_grams",
]

#: Length of the character n-grams used for surface similarity.
GRAM = 4

_NONWORD = re.compile(r"[\W_]+", re.UNICODE)
_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")

# ---------------------------------------------------------------------------------------------
# surface features


def normalise(text: str) -> str:
    """Case-fold ``text`` and collapse every run of non-word characters to one space."""
    return " " + _NONWORD.sub(" ", text.casefold()).strip() + " "


def surface_grams(text: str, n: int = GRAM) -> frozenset[str]:
    """Return the set of character ``n``-grams of the normalised text (empty for no words)."""
    norm = normalise(text)
    if len(norm.strip()) == 0:
        return frozenset()
    if len(norm) <= n:
        return frozenset((norm,))
    return frozenset(norm[i : i + n] for i in range(len(norm) - n + 1))


def retrieval_keys(text: str) -> frozenset[str]:
    """Return the word-level keys used by the inverted index (anchors are added separately)."""
    keys: set[str] = set()
    for token in _WORD.findall(text.casefold()):
        if token.isdigit():
            continue
        if _CJK.search(token):
            chars = [c for c in token if _CJK.match(c)]
            if len(chars) == 1:
                keys.add("c:" + chars[0])
            keys.update("c:" + chars[i] + chars[i + 1] for i in range(len(chars) - 1))
        elif len(token) >= 2:
            keys.add("w:" + token[:6])
    return frozenset(keys)


# ---------------------------------------------------------------------------------------------
# numbers and dates

_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_EN_MD = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?", re.I)
_EN_DM = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b\.?(?:,?\s+(\d{{4}}))?", re.I)
_EN_MY = re.compile(rf"\b({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I)
_CJK_DATE = re.compile(r"(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(?:(\d{1,2})\s*[日일])?")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?!\d|[.,]\d|\s*(?:%|万|만|억|亿))")
_NUMBER = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?"
    r"(?:\s*(thousand|million|billion|trillion|bn|mn|万|萬|亿|億|만|억|조|천|千))?",
    re.I,
)
_SCALE = {
    "thousand": 1e3,
    "千": 1e3,
    "천": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "万": 1e4,
    "萬": 1e4,
    "만": 1e4,
    "亿": 1e8,
    "億": 1e8,
    "억": 1e8,
    "조": 1e12,
}


def number_key(value: float) -> str:
    """Return the canonical anchor text of a magnitude: ``28500``, ``1.52e+12``, ``0.25``."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.6g}"


def _builtin_quantity_anchors(text: str) -> set[str]:
    out: set[str] = set()
    taken: list[tuple[int, int]] = []

    def date(month: int, day: int | None, year: str | None) -> None:
        if not 1 <= month <= 12:
            return
        if day is not None and 1 <= day <= 31:
            out.add(f"date:{month:02d}-{day:02d}")
        if year is not None:
            out.add(f"date:{year}-{month:02d}")
            out.add(f"year:{year}")

    for m in _ISO_DATE.finditer(text):
        date(int(m.group(2)), int(m.group(3)), m.group(1))
        taken.append(m.span())
    for m in _EN_MD.finditer(text):
        date(_MONTHS[m.group(1).casefold()], int(m.group(2)), m.group(3))
        taken.append(m.span())
    for m in _EN_DM.finditer(text):
        date(_MONTHS[m.group(2).casefold()], int(m.group(1)), m.group(3))
        taken.append(m.span())
    for m in _EN_MY.finditer(text):
        date(_MONTHS[m.group(1).casefold()], None, m.group(2))
        taken.append(m.span())
    for m in _CJK_DATE.finditer(text):
        day = int(m.group(3)) if m.group(3) else None
        date(int(m.group(2)), day, m.group(1))
        taken.append(m.span())
    for m in _YEAR.finditer(text):
        out.add(f"year:{m.group(1)}")
        taken.append(m.span())
    for m in _NUMBER.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        whole = m.group(1).replace(",", "")
        frac = m.group(2)
        value = float(f"{whole}.{frac}") if frac else float(whole)
        scale = m.group(3)
        if scale:
            value *= _SCALE[scale.casefold()]
        out.add("number:" + number_key(value))
    return out


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _quantities_extractor() -> Callable[[str, str | None], set[str]] | None:
    mod = _module("xcheck.quantities")
    fn = getattr(mod, "extract_quantities", None) if mod is not None else None
    if fn is None:
        return None

    def extract(text: str, lang: str | None) -> set[str]:
        out: set[str] = set()
        for q in fn(text, lang=lang):
            out.update(_quantity_to_anchors(q))
        return out

    return extract


def _quantity_to_anchors(q: Any) -> Iterable[str]:
    date = getattr(q, "date", None)
    if date is not None:
        year, month, day = ((*tuple(date), None, None, None))[:3]
        if month is not None and day is not None:
            yield f"date:{month:02d}-{day:02d}"
        if year is not None and month is not None:
            yield f"date:{year}-{month:02d}"
        if year is not None:
            yield f"year:{year}"
        return
    dimension = getattr(q, "dimension", "count")
    value = getattr(q, "value", None)
    if dimension == "year" and value is not None:
        yield f"year:{int(value)}"
        return
    key = getattr(q, "key", None)
    if value is not None:
        # The magnitude alone: "29,000 troops" and "28,500-strong" differ, "4,500" and
        # "roughly 4,500 troops" agree whatever unit noun or qualifier either side attaches.
        yield "number:" + number_key(float(value))
    elif key:
        yield f"number:{key}"


@lru_cache(maxsize=1)
def _extractor() -> Callable[[str, str | None], set[str]]:
    found = _quantities_extractor()
    if found is not None:
        return found
    return lambda text, lang: _builtin_quantity_anchors(text)


def quantity_anchors(text: str, lang: str | None = None) -> set[str]:
    """Return the number and date anchors of ``text``."""
    return _extractor()(text, lang)


# ---------------------------------------------------------------------------------------------
# names, acronyms, entities

_STOP_CAPS = frozenset(
    """
    a an the this that these those he she it they we i you his her its their our my your
    in on at of for to from by with as and or but if when while after before since until
    however meanwhile according also earlier later last next yet still so then there here
    mr mrs ms dr gen adm lt col sgt
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
) | frozenset(_MONTHS)
_CAPWORD = re.compile(r"(?<![\w.])([A-Z][\w'’\-]*|(?:[A-Z]\.){2,})")
_ACRONYM = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,}|[A-Z][A-Z&]{1,7}s?)(?![\w])")
_CAPRUN = re.compile(
    r"(?:(?:[A-Z]\.){2,}|[A-Z][a-z]+|[A-Z]{2,})(?:[\s\-]+(?:of\s+|the\s+|and\s+)?"
    r"(?:(?:[A-Z]\.){2,}|[A-Z][a-z]+|[A-Z]{2,}))+"
)


def _fold_acronym(raw: str) -> str:
    token = raw.replace(".", "").replace("&", "")
    if len(token) > 2 and token.endswith("s") and token[:-1].isupper():
        token = token[:-1]
    return token.casefold()


def _initials(run: str) -> str:
    out = []
    for word in re.split(r"[\s\-]+", run):
        if word in ("of", "the", "and"):
            continue
        if "." in word or word.isupper():
            out.append(word.replace(".", ""))
        else:
            out.append(word[0])
    return "".join(out).casefold()


def _builtin_entity_anchors(text: str) -> set[str]:
    out: set[str] = set()
    for m in _ACRONYM.finditer(text):
        folded = _fold_acronym(m.group(1))
        if len(folded) >= 2:
            out.add("entity:" + folded)
    for m in _CAPRUN.finditer(text):
        initials = _initials(m.group(0))
        if 3 <= len(initials) <= 8:
            out.add("entity:" + initials)
    for m in _CAPWORD.finditer(text):
        word = m.group(1)
        if "." in word or (len(word) > 1 and word.isupper()):
            continue
        start = m.start()
        before = text[:start].rstrip(" \"'“‘([")
        if not before or before[-1] in ".!?:;。！？\n":
            continue  # the word opens a sentence: capitalised for grammar, not as a name
        folded = word.casefold().replace("’", "'")
        folded = folded.removesuffix("'s")
        if folded not in _STOP_CAPS and len(folded) >= 2:
            out.add("name:" + folded)
    return out


@lru_cache(maxsize=1)
def _mentions() -> Callable[[str, str | None], set[str]] | None:
    mod = _module("xcheck.entities")
    fn = getattr(mod, "extract_mentions", None) if mod is not None else None
    if fn is None:
        return None

    def extract(text: str, lang: str | None) -> set[str]:
        out: set[str] = set()
        for mention in fn(text, lang=lang):
            ident = getattr(mention, "entity_id", None) or getattr(mention, "name", None)
            if ident:
                out.add("entity:" + str(ident).casefold())
        return out

    return extract


def anchors(text: str, lang: str | None = None) -> frozenset[str]:
    """Return every anchor of ``text``: numbers, dates, entities, acronyms and names."""
    out = quantity_anchors(text, lang)
    out |= _builtin_entity_anchors(text)
    mentions = _mentions()
    if mentions is not None:
        out |= mentions(text, lang)
    return frozenset(out)
