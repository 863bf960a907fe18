"""Language-independent anchors and surface features for the aligner.

An *anchor* is a short string that names a fact the same way in any language:

- ``number:28500`` — a normalised magnitude (28,500 = 2.85万 = 2만8천500),
- ``date:05-22`` (month-day), ``date:2024-12`` (year-month), ``year:2025``,
- ``entity:usfk`` — a glossary entity, or an acronym (``USFK``; also the initials of a run of
  capitalised words, so ``U.S. Forces Korea`` gives ``entity:usfk`` too),
- ``name:trump`` — a capitalised word that does not open the sentence (a cheap fallback for
  names the glossary does not know; only meaningful between texts in Latin script),
- ``~number:29000``, ``~date:05`` — *near* anchors (:func:`near_anchors`): a figure of 100 or
  more rounded to two significant figures, the month of a day date; they weigh half an exact
  anchor, so a wrong figure or day still leaves something to align on.

Numbers and dates come from :func:`xcheck.facts.quantities.extract_quantities` and entities from
:func:`xcheck.facts.names.extract_mentions` when those modules are importable; a small built-in
extractor covers plain digits, scale words and English/CJK month-day dates otherwise, so the
aligner never depends on them being present.

*Surface features* are character 4-grams of the case-folded text with punctuation collapsed to
single spaces (word boundaries included, so they carry a little word-order information), and
*retrieval keys* are 6-letter word prefixes (a crude, language-agnostic stem: ``withdr`` for
withdraw/withdrawal/withdrawing) plus CJK character bigrams, plus the anchors.
"""

from __future__ import annotations

import importlib
import math
import re
import sys
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

__all__ = [
    "GRAM",
    "NEAR",
    "anchors",
    "features",
    "near_anchors",
    "quantity_anchors",
    "surface_grams",
    "word_pass",
]

#: Length of the character n-grams used for surface similarity.
GRAM = 4

_NONWORD = re.compile(r"[\W_]+", re.UNICODE)
_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_CJK_CLASS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK = re.compile(f"[{_CJK_CLASS}]")
_CJK_RUN = re.compile(f"[{_CJK_CLASS}]+")

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
    intern = sys.intern  # the same gram in 20,000 texts is one string object, not 20,000
    return frozenset(intern(norm[i : i + n]) for i in range(len(norm) - n + 1))


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


def cjk_number(surface: str) -> float:
    """The value of a CJK digit-and-unit number: 2만8천500 = 28500, 1조5192억 = 1.5192e12."""
    total = 0.0
    group = 0.0
    for m in _CJK_PART.finditer(surface):
        digits, unit = m.group(1) or m.group(3), m.group(2)
        if digits is None:  # a bare unit multiplies what came before: 5천만 = 5000 x 10^4
            value, group = group if unit in _BIG else 1.0, 0.0 if unit in _BIG else group
        else:
            value = float(digits)
        if unit in _BIG:
            total += (group + value) * _BIG[unit]
            group = 0.0
        elif unit in _SMALL:
            group += value * _SMALL[unit]
        else:
            group += value
    return total + group


def number_key(value: float) -> str:
    """Return the canonical anchor text of a magnitude: ``28500``, ``1.52e+12``, ``0.25``."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.6g}"


_CJK_NUM = re.compile(
    r"\d+(?:\.\d+)?\s*[조억만萬万亿億천千백百](?:\s*\d*(?:\.\d+)?\s*[조억만萬万亿億천千백百])*"
    r"(?:\s*\d+(?:\.\d+)?)?"
)
_BIG = {"조": 1e12, "억": 1e8, "亿": 1e8, "億": 1e8, "만": 1e4, "万": 1e4, "萬": 1e4}
_SMALL = {"천": 1e3, "千": 1e3, "백": 1e2, "百": 1e2}
_CJK_PART = re.compile(r"(\d+(?:\.\d+)?)?\s*([조억만萬万亿億천千백百])|(\d+(?:\.\d+)?)")


_DIGIT_CHUNK = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_ISO_AT = re.compile(r"(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_BEFORE = re.compile(rf"\b({_MONTH_RE})\.?\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(
    rf"(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b\.?(?:,?\s+(\d{{4}})\b)?", re.IGNORECASE
)
_DAY_SUFFIX_YEAR = re.compile(r"(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?")
_CJK_DATE_AT = re.compile(r"(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일])?")
_SCALE_AFTER = re.compile(r"\s*(thousand|million|billion|trillion|bn|mn)\b", re.IGNORECASE)
_CJK_UNIT_AFTER = re.compile(r"\s*[조억만萬万亿億천千백百年년月월]")
_CJK_COUNTER_AFTER = re.compile(f"\\s*(?![年년])[{_CJK_CLASS}]")
_NOT_YEAR_AFTER = re.compile(r"\s*(?:%|percent|thousand|million|billion|trillion)", re.IGNORECASE)


def _date_anchors(out: set[str], year: int | None, month: int, day: int | None) -> None:
    if not 1 <= month <= 12:
        return
    if day is not None and 1 <= day <= 31:
        out.add(f"date:{month:02d}-{day:02d}")
    if year is not None:
        out.add(f"date:{year}-{month:02d}")
        out.add(f"year:{year}")


def _builtin_quantity_anchors(text: str) -> set[str]:
    """Numbers and dates from plain digits and their immediate context, in one scan.

    Each run of digits is read with what is next to it: a month name before (``May 22``) or
    after (``22 May``), a CJK date or number unit after (``5月22日``, ``2만8천500``), an ISO date,
    a scale word (``1.52 trillion``); a bare 4-digit number from 1800 to 2099 is a year.
    """
    out: set[str] = set()
    done = 0
    for m in _DIGIT_CHUNK.finditer(text):
        start, end = m.span()
        if start < done:
            continue
        chunk = m.group()
        if start > 0 and (text[start - 1].isascii() and text[start - 1].isalpha()):
            continue  # part of an identifier (A320, F-35 stays: "-" is not a letter)
        iso = _ISO_AT.match(text, start)
        if iso:
            _date_anchors(out, int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
            done = iso.end()
            continue
        if _CJK_UNIT_AFTER.match(text, end):
            cjk_date = _CJK_DATE_AT.match(text, start)
            if cjk_date:
                year = int(cjk_date.group(1)) if cjk_date.group(1) else None
                day = int(cjk_date.group(3)) if cjk_date.group(3) else None
                _date_anchors(out, year, int(cjk_date.group(2)), day)
                done = cjk_date.end()
                continue
            cjk_num = _CJK_NUM.match(text, start)
            if cjk_num:
                out.add("number:" + number_key(cjk_number(cjk_num.group())))
                done = cjk_num.end()
                continue
        if chunk.isdigit() and len(chunk) <= 4:
            before = _MONTH_BEFORE.search(text, max(0, start - 12), start)
            if before:
                month = _MONTHS[before.group(1).casefold()]
                value = int(chunk)
                if len(chunk) == 4:
                    _date_anchors(out, value, month, None)
                    done = end
                    continue
                tail = _DAY_SUFFIX_YEAR.match(text, end)
                year = int(tail.group(1)) if tail and tail.group(1) else None
                _date_anchors(out, year, month, value)
                done = tail.end() if tail else end
                continue
            after = _MONTH_AFTER.match(text, end) if len(chunk) <= 2 else None
            if after:
                year = int(after.group(2)) if after.group(2) else None
                _date_anchors(out, year, _MONTHS[after.group(1).casefold()], int(chunk))
                done = after.end()
                continue
            if len(chunk) == 4 and 1800 <= int(chunk) <= 2099 and not _NOT_YEAR_AFTER.match(text, end):
                # "in 1953" is a year, "1800人" / "1800명" a count; "1800 troops" could be either,
                # so a bare four-digit number is also a plain number
                out.add(f"number:{chunk}")
                if not _CJK_COUNTER_AFTER.match(text, end):
                    out.add(f"year:{chunk}")
                continue
        magnitude = float(chunk.replace(",", ""))
        scale = _SCALE_AFTER.match(text, end)
        if scale:
            magnitude *= _SCALE[scale.group(1).casefold()]
            done = scale.end()
        out.add("number:" + number_key(magnitude))
    return out


#: Prefix of a near anchor: ``~number:29000`` (the figure at two significant figures), ``~date:05``.
NEAR = "~"
#: Numbers below this give no near anchor (25 % and 26 %, 3 and 4 troops are different facts).
NEAR_MIN = 100.0


def round_significant(value: float, digits: int = 2) -> float:
    """Round ``value`` half up (away from zero) to ``digits`` significant figures: 28,500 -> 29,000."""
    if value == 0 or not math.isfinite(value):
        return value
    unit = 10.0 ** (math.floor(math.log10(abs(value))) - digits + 1)
    rounded = math.floor(abs(value) / unit + 0.5 + 1e-9) * unit
    return math.copysign(float(f"{rounded:.12g}"), value)


def near_anchors(found: Iterable[str]) -> set[str]:
    """The near anchors of some number and date anchors.

    - ``number:X`` with ``|X| >= 100`` (and not also a year): ``~number:`` and ``X`` rounded half
      up to two significant figures. 28,500 and 29,000 (or 2.85万) share ``~number:29000``; two
      numbers that share one differ by at most 10 % (at most 5 % from 20 upwards in the leading
      two digits), and a figure the other text gives at two significant figures (29,000) shares
      it with every figure that rounds to it (the coarser one's precision);
    - ``date:MM-DD``: ``~date:MM``, the month (May 24 and 5월 23일 share ``~date:05``).

    A near anchor weighs half an exact one (:data:`xcheck.align._index.NEAR_WEIGHT`), and a text
    with the exact figure also has its near anchor, so an exact match always outweighs a near one.
    """
    out: set[str] = set()
    years = {a[5:] for a in found if a.startswith("year:")}
    for a in found:
        if a.startswith("number:"):
            key = a[7:]
            if key in years:
                continue
            try:
                value = float(key)
            except ValueError:
                continue
            if abs(value) >= NEAR_MIN and math.isfinite(value):
                out.add(NEAR + "number:" + number_key(round_significant(value)))
        elif a.startswith("date:") and len(a) == 10 and a[7] == "-":
            out.add(NEAR + "date:" + a[5:7])
    return out


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _quantities_extractor() -> Callable[[str, str | None], set[str]] | None:
    mod = _module("xcheck.facts.quantities")
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
    """Anchors of one :class:`xcheck.facts.quantities.Quantity`, spelled as the built-in scanner does.

    Ordinals and small quantities written in words (``first``, ``nine times``, ``five-year``) are
    too common to tell statements apart and give no anchor.
    """
    dimension = getattr(q, "dimension", "count")
    date = getattr(q, "date", None)
    if date is not None and dimension in ("date", "year", "time"):
        year, month, day = ((*tuple(date), None, None, None))[:3]
        if year is not None:
            yield f"year:{year}"
        if month is not None and day is not None:
            yield f"date:{month:02d}-{day:02d}"
        if year is not None and month is not None:
            yield f"date:{year}-{month:02d}"
        return
    value = getattr(q, "value", None)
    if value is None or dimension == "ordinal":
        return
    span = getattr(q, "span", None)
    surface = getattr(span, "text", "")
    if not _HAS_DIGIT.search(surface) and not (dimension in ("count", "currency") and value >= 1000):
        return
    yield "number:" + number_key(float(value))


_HAS_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _module_extractor() -> Callable[[str, str | None], set[str]] | None:
    return _quantities_extractor()


def has_quantities_module() -> bool:
    """Whether :mod:`xcheck.facts.quantities` is there to read numbers and dates."""
    return _module_extractor() is not None


def quantity_anchors(text: str, lang: str | None = None, *, full: bool = False) -> set[str]:
    """Return the number and date anchors of ``text``.

    ``full``: read them with :func:`xcheck.facts.quantities.extract_quantities` (number words, ranges,
    every date form; about 1 ms a text) when that module is present; else with the built-in
    digit scanner (about 0.03 ms a text).
    """
    extractor = _module_extractor() if full else None
    if extractor is not None:
        return extractor(text, lang)
    return _builtin_quantity_anchors(text)


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
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:['’][A-Za-z]+)?")
_CONNECTORS = frozenset(("of", "the", "and", "for"))
_OPENING = frozenset(".!?:;。！？\n\"'“‘([")


_KEYWORD = re.compile(r"[^\W\d_]{2,}")
_ACRONYM_RE = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.){2,}|[A-Z][A-Z&]+(?=s?\b)|[A-Z]{2,})")
# A capitalised word after a word, comma or closing bracket and one space does not open a sentence.
_NAME_RE = re.compile(r"(?<=[\w,)\]] )[A-Z][\w'’]*")
_RUN_RE = re.compile(
    r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’]*)(?:[ \-]+(?:(?:of|the|for) )*(?:(?:[A-Z]\.){2,}|[A-Z][\w'’]*))+"
)
_RUN_SPLIT = re.compile(r"[ \-]+")
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")


def word_pass(text: str, matcher: GlossaryMatcher | None = None) -> tuple[set[str], set[str]]:
    """Return ``(entity anchors, retrieval keys)`` of ``text``.

    Entity anchors: acronyms (``USFK``, ``U.S.`` -> ``entity:usfk``, ``entity:us``), the initials
    of runs of three or more capitalised words (``U.S. Forces Korea`` -> ``entity:usfk``),
    capitalised words that do not open a sentence (``name:trump``) and, with a glossary
    matcher, the glossary entities named (``entity:<id>``). Retrieval keys: 6-letter prefixes of
    the words (``w:withdr``) and bigrams of CJK characters (``c:美军``). Regular expressions and
    set operations do the work, so a sentence costs tens of microseconds.
    """
    words = fold_words(text)
    has_cjk = _CJK.search(text) is not None
    keys = {"w:" + w[:6] for w in words if not (has_cjk and _CJK.match(w))}
    acronyms = _ACRONYM_RE.findall(text)
    out = {"entity:" + a.replace(".", "").replace("&", "").casefold() for a in acronyms}
    out.update(
        "name:" + name
        for name in (
            w.casefold().replace("’", "'").removesuffix("'s")
            for w in _NAME_RE.findall(text)
            if not w.isupper()
        )
        if name not in _STOP_CAPS and len(name) >= 2
    )
    for run in _RUN_RE.findall(text):
        parts = [w for w in _RUN_SPLIT.split(run) if w not in _CONNECTORS]
        if parts and parts[0].casefold() in _STOP_CAPS:
            parts = parts[1:]
        initials = "".join(w.replace(".", "") if w.replace(".", "").isupper() else w[0] for w in parts)
        if 3 <= len(initials) <= 8:
            out.add("entity:" + initials.casefold())
    if has_cjk:
        for run_text in _CJK_RUN.findall(text):
            if len(run_text) == 1:
                keys.add("c:" + run_text)
            keys.update("c:" + run_text[i : i + 2] for i in range(len(run_text) - 1))
        if matcher is not None:
            out.update(
                "entity:" + ident for alias, idents in matcher.other if alias in text for ident in idents
            )
    if matcher is not None:
        for acronym in acronyms:
            out.update("entity:" + ident for ident in matcher.exact.get(acronym.replace(".", ""), ()))
        if not matcher.first_words.isdisjoint(words):
            out.update(matcher.find_tokens(words))
    return out, keys


class GlossaryMatcher:
    """Find the entities of a glossary in a text, in the same pass over its words.

    Every alias of every entry matches: Latin aliases as word sequences with case, dots and
    hyphens folded; all-capital acronyms case-sensitively; CJK and Hangul aliases as substrings.
    A person's last name part also matches when no other entry shares it (``Hegseth``). This is
    what :func:`xcheck.facts.names.extract_mentions` resolves through the glossary, at a fraction of
    its cost, which matters when 20,000 texts are aligned.
    """

    def __init__(self, glossary: Iterable[Any]) -> None:
        folded: dict[str, set[str]] = defaultdict(set)
        exact: dict[str, set[str]] = defaultdict(set)
        other: dict[str, set[str]] = defaultdict(set)
        parts: dict[str, set[str]] = defaultdict(set)
        for entry in glossary:
            ident = str(entry.id).casefold()
            for alias in entry.names:
                alias = str(alias).strip()
                bare = alias.replace(".", "")
                if not alias:
                    continue
                if _CJK.search(alias):
                    other[re.sub(r"\s+", "", alias)].add(ident)
                    continue
                if bare.isascii() and bare.isupper() and " " not in bare:
                    exact[bare].add(ident)
                    continue
                words = fold_words(alias)
                if len(words) > 1 and words[0] in ("the", "a", "an"):
                    words = words[1:]  # "The Wall Street Journal" also reads "Wall Street Journal"
                if words:
                    folded[" ".join(words)].add(ident)
                if getattr(entry, "kind", None) == "person" and len(words) >= 2:
                    parts[words[-1]].add(ident)
        for part, idents in parts.items():
            if len(idents) == 1 and len(part) > 3 and part not in folded:
                folded[part] = idents
        self.folded: dict[str, tuple[str, ...]] = {k: tuple(sorted(v)) for k, v in folded.items()}
        self.exact: dict[str, tuple[str, ...]] = {k: tuple(sorted(v)) for k, v in exact.items()}
        self.other: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
            (k, tuple(sorted(v))) for k, v in sorted(other.items())
        )
        sizes: dict[str, set[int]] = defaultdict(set)
        for k in self.folded:
            sizes[k.split(" ")[0]].add(k.count(" ") + 1)
        self.sizes = {first: tuple(sorted(n, reverse=True)) for first, n in sizes.items()}
        self.first_words = frozenset(self.sizes)

    def find_tokens(self, tokens: Sequence[str]) -> set[str]:
        """Return the ``entity:<id>`` anchors of the aliases found among folded ``tokens``."""
        out: set[str] = set()
        folded, sizes = self.folded, self.sizes
        i = 0
        while i < len(tokens):
            step = 1
            for size in sizes.get(tokens[i], ()):  # longest alias first
                idents = folded.get(" ".join(tokens[i : i + size]))
                if idents:
                    out.update("entity:" + ident for ident in idents)
                    step = size  # "North Korea" is not also "Korea"
                    break
            i += step
        return out


def fold_words(text: str) -> list[str]:
    """The case-folded words of ``text`` (letters only, two or more; dotted acronyms joined:
    ``U.S.`` -> ``us``; ``Trump's`` -> ``trump``), as both texts and glossary aliases are read."""
    low = text.casefold()
    if "." in low:
        low = _DOTTED.sub(lambda m: m.group().replace(".", ""), low)
    return _KEYWORD.findall(low)


_MATCHERS: weakref.WeakKeyDictionary[Any, GlossaryMatcher] = weakref.WeakKeyDictionary()


def glossary_matcher(glossary: Any) -> GlossaryMatcher:
    """The matcher of a glossary object (cached for as long as the glossary lives)."""
    if isinstance(glossary, GlossaryMatcher):
        return glossary
    try:
        cached = _MATCHERS.get(glossary)
    except TypeError:  # not weakly referenceable (a plain tuple of entries): build it afresh
        return GlossaryMatcher(glossary)
    if cached is None:
        cached = GlossaryMatcher(glossary)
        _MATCHERS[glossary] = cached
    return cached


@lru_cache(maxsize=1)
def default_glossary() -> Any:
    """The glossary :mod:`xcheck.facts.names` bundles, or ``None`` when that module is absent."""
    mod = _module("xcheck.facts.names")
    fn = getattr(mod, "default_glossary", None) if mod is not None else None
    return fn() if fn is not None else None


def anchors(text: str, lang: str | None = None, *, glossary: Any = None) -> frozenset[str]:
    """Return every anchor of ``text``: numbers, dates, entities, acronyms and names.

    ``glossary``: an :class:`xcheck.facts.names.Glossary` (or any iterable of entries with ``id``,
    ``kind`` and ``names``) whose entities become ``entity:<id>`` anchors.
    """
    return features(text, lang, glossary=glossary)[0]


def features(
    text: str, lang: str | None = None, *, glossary: Any = None, full: bool = False
) -> tuple[frozenset[str], frozenset[str]]:
    """Return ``(anchors, retrieval keys)`` of ``text``; the keys include the anchors.

    ``full``: read numbers and dates with :mod:`xcheck.facts.quantities` (see :func:`quantity_anchors`).
    """
    matcher = glossary_matcher(glossary) if glossary is not None else None
    entity, keys = word_pass(text, matcher)
    numbers = quantity_anchors(text, lang, full=full)
    found = numbers | near_anchors(numbers) | entity
    return frozenset(found), frozenset(keys | found)
