"""Language-independent anchors and surface features for the aligner.

An *anchor* is a short string that names a fact the same way in any language:

- ``number:28500`` — a normalised magnitude (28,500 = 2.85万 = 2만8천500),
- ``date:05-22`` (month-day), ``date:2024-12`` (year-month), ``year:2025``,
- ``entity:<id>`` — a glossary entity (``entity:usfk``, ``entity:donald-trump``), or an acronym
  (``USFK``; also the initials of a run of capitalised words, so ``U.S. Forces Korea`` gives
  ``entity:usfk`` too),
- ``name:trump`` — a capitalised word that does not open the sentence (a cheap fallback for
  names the glossary does not know; only meaningful between texts in Latin script),
- ``~number:29000``, ``~date:05`` — *near* anchors (:func:`near_anchors`): a figure of 100 or
  more rounded to two significant figures, the month of a day date; they weigh half an exact
  anchor, so a wrong figure or day still leaves something to align on.

Numbers, dates and glossary entities are what the comparison stage reads too: a
:class:`Reading` holds the quantities of :func:`xcheck.facts.quantities.extract_quantities` and the
mentions of :func:`xcheck.facts.names.extract_mentions`, and :func:`reading_anchors` turns them into
anchors. Alignment and comparison therefore see one sentence the same way, whatever the size of
the document it sits in. Acronyms, initials and capitalised words come from one cheap pass of
regular expressions (:func:`word_pass`, with the name reader's word lists): the fact readers give
no anchor-like equivalent of them (the name reader leaves ``U.S.`` in ``U.S. troops`` out, and a
name anchor must match ``Paparo`` with ``Samuel Paparo``).

*Surface features* are character 4-grams of the case-folded text with punctuation collapsed to
single spaces (word boundaries included, so they carry a little word-order information), and
*retrieval keys* are 6-letter word prefixes (a crude, language-agnostic stem: ``withdr`` for
withdraw/withdrawal/withdrawing) plus CJK character bigrams, plus the anchors.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Iterable, Iterator

from xcheck.facts._read import Reader, Reading, ReadText, read_text
from xcheck.facts.names import Glossary, Mention
from xcheck.facts.quantities import Quantity
from xcheck.lexicon._names import FUNCTION_WORDS, MONTHS, RANK_WORDS, WEEKDAYS
from xcheck.lexicon._scripts import CJK, CJK_RUN

__all__ = [
    "GRAM",
    "NEAR",
    "ReadText",
    "Reader",
    "Reading",
    "anchors",
    "entity_anchors",
    "features",
    "near_anchors",
    "quantity_anchors",
    "read_text",
    "reading_anchors",
    "surface_grams",
    "word_pass",
]

#: Length of the character n-grams used for surface similarity.
GRAM = 4

_NONWORD = re.compile(r"[\W_]+", re.UNICODE)

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


def number_key(value: float) -> str:
    """Return the canonical anchor text of a magnitude: ``28500``, ``1.52e+12``, ``0.25``."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.6g}"


_HAS_DIGIT = re.compile(r"\d")
_DATED = ("date", "year", "time")


def _quantity_to_anchors(q: Quantity) -> Iterator[str]:
    """Anchors of one :class:`~xcheck.facts.quantities.Quantity`.

    A date gives ``year:``, ``date:MM-DD`` and ``date:YYYY-MM`` as far as it is known; a bare
    year (``in 1953``) also gives ``number:1953``, since a four-digit figure one text reads as a
    year another may read as a count (``1800 troops``, ``1800명``). Any other value gives
    ``number:`` (a range its lower end: an anchor for the upper end too measured no better).
    Ordinals and small quantities written
    in words (``first``, ``nine times``, ``five-year``) are too common to tell statements apart
    and give no anchor.
    """
    if q.date is not None and q.dimension in _DATED:
        year, month, day = q.date
        if year is not None:
            yield f"year:{year}"
            if q.dimension == "year":
                yield f"number:{year}"
        if month is not None and day is not None:
            yield f"date:{month:02d}-{day:02d}"
        if year is not None and month is not None:
            yield f"date:{year}-{month:02d}"
        return
    value = q.value
    if value is None or q.dimension == "ordinal":
        return
    if not _HAS_DIGIT.search(q.span.text) and not (
        q.dimension in ("count", "currency") and (value >= 1000 or (q.spelled and value >= 2))
    ):
        return
    yield "number:" + number_key(float(value))
    if q.dimension == "duration" and q.written_unit in _SECONDS_PER:
        # "80세" is a duration in seconds; "until he's 80" is a bare number: the figure as written
        # is shared too (a weaker anchor for two durations in different units)
        yield "number:" + number_key(round(float(value) / _SECONDS_PER[q.written_unit], 6))


#: Seconds per written duration unit (as :mod:`xcheck.lexicon._units` converts them).
_SECONDS_PER = {"s": 1.0, "min": 60.0, "h": 3600.0, "d": 86400.0, "wk": 604800.0, "yr": 31557600.0}
_SECONDS_PER["mo"] = _SECONDS_PER["yr"] / 12
_SECONDS_PER["decade"] = _SECONDS_PER["yr"] * 10


def quantity_anchors(quantities: Iterable[Quantity]) -> set[str]:
    """The number and date anchors of some quantities.

    >>> from xcheck.facts.quantities import extract_quantities
    >>> sorted(quantity_anchors(extract_quantities("约2.85万名美军于2025年5月22日")))
    ['date:05-22', 'date:2025-05', 'number:28500', 'year:2025']
    """
    out: set[str] = set()
    for q in quantities:
        out.update(_quantity_to_anchors(q))
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


# ---------------------------------------------------------------------------------------------
# names, acronyms, entities


def entity_anchors(mentions: Iterable[Mention]) -> set[str]:
    """The ``entity:<id>`` anchors of the mentions a glossary resolved.

    >>> sorted(entity_anchors(read_text("Hegseth met USFK officials.", "en").mentions))
    ['entity:pete-hegseth', 'entity:usfk']
    """
    return {"entity:" + m.entity_id.casefold() for m in mentions if m.entity_id}


# Capitalised words that are no name: the name reader's function words, weekdays, months and ranks.
_STOP_CAPS = FUNCTION_WORDS | WEEKDAYS | MONTHS | frozenset(RANK_WORDS)
_CONNECTORS = frozenset(("of", "the", "and", "for"))
_ARTICLES = frozenset(("the", "a", "an"))

_ACRONYM_RE = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.){2,}|[A-Z][A-Z&]+(?=s?\b)|[A-Z]{2,})")
# A capitalised word after a word, comma or closing bracket and one space does not open a sentence.
_NAME_RE = re.compile(r"(?<=[\w,)\]] )[A-Z][\w'’]*")
# A word of a run: a dotted acronym or a capitalised word. Both are bounded (16 letters, 64
# characters), so a failed attempt at each capital of 'AAAA…' or 'A.A.A.…' reads a bounded window,
# not the rest of the text (issue 18: check('A' * 40000) took 36 s). A longer "word" is no name, and
# its initials would be too many for an anchor anyway.
_RUN_WORD = r"(?:(?:[A-Z]\.){2,16}|[A-Z][\w'’]{0,63})"
_RUN_RE = re.compile(rf"{_RUN_WORD}(?:[ \-]+(?:(?:of|the|for) )*{_RUN_WORD})+")
_RUN_SPLIT = re.compile(r"[ \-]+")
_KEYWORD = re.compile(r"[^\W\d_]{2,}")
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")
_OPENERS = ".!?:;。！？\"'“‘(["


def _is_acronym(word: str) -> bool:
    bare = word.replace(".", "")
    return len(bare) > 1 and bare.isupper()


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only white space stands between ``text[start]`` and the start of the text or an
    opening mark (read backwards over the white space, not by copying the text before it)."""
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i == 0 or text[i - 1] in _OPENERS


def word_pass(text: str) -> tuple[set[str], set[str]]:
    """Return ``(acronym and name anchors, retrieval keys)`` of ``text``.

    Anchors: acronyms (``USFK``, ``U.S.`` -> ``entity:usfk``, ``entity:us``), the initials of runs
    of three or more capitalised words (``U.S. Forces Korea`` -> ``entity:usfk``) and capitalised
    words that do not open a sentence (``name:trump``); function words, weekdays, months and
    ranks are no names (the name reader's word lists, :mod:`xcheck.lexicon._names`). Retrieval
    keys: 6-letter prefixes of the words (``w:withdr``) and bigrams of CJK characters
    (``c:美军``). Regular expressions and set operations do the work, so a sentence costs tens
    of microseconds.

    >>> found, keys = word_pass("Then the National Security Council said NATO and Trump agreed.")
    >>> sorted(found), "w:securi" in keys
    (['entity:nato', 'entity:nsc', 'name:council', 'name:national', 'name:security', 'name:trump'], True)
    """
    words = fold_words(text)
    has_cjk = CJK.search(text) is not None
    keys = {"w:" + w[:6] for w in words if not (has_cjk and CJK.match(w))}
    found = {"entity:" + a.replace(".", "").replace("&", "").casefold() for a in _ACRONYM_RE.findall(text)}
    found.update(
        "name:" + name
        for name in (
            w.casefold().replace("’", "'").removesuffix("'s")
            for w in _NAME_RE.findall(text)
            if not w.isupper()
        )
        if name not in _STOP_CAPS and len(name) >= 2
    )
    for run in _RUN_RE.finditer(text):
        parts = [w for w in _RUN_SPLIT.split(run.group()) if w not in _CONNECTORS]
        # As the name reader does: a function word leads a name only inside a sentence ("the New
        # York Times"), an article never does ("The National Security Council").
        first = parts[0].casefold()
        if (
            first in _STOP_CAPS
            and not _is_acronym(parts[0])
            and (first in _ARTICLES or _opens_sentence(text, run.start()))
        ):
            parts = parts[1:]
        initials = "".join(w.replace(".", "") if _is_acronym(w) else w[0] for w in parts)
        if 3 <= len(initials) <= 8:
            found.add("entity:" + initials.casefold())
    if has_cjk:
        for run_text in CJK_RUN.findall(text):
            if len(run_text) == 1:
                keys.add("c:" + run_text)
            keys.update("c:" + run_text[i : i + 2] for i in range(len(run_text) - 1))
    return found, keys


def fold_words(text: str) -> list[str]:
    """The case-folded words of ``text`` (letters only, two or more; dotted acronyms joined:
    ``U.S.`` -> ``us``; ``Trump's`` -> ``trump``)."""
    low = text.casefold()
    if "." in low:
        low = _DOTTED.sub(lambda m: m.group().replace(".", ""), low)
    return _KEYWORD.findall(low)


# ---------------------------------------------------------------------------------------------
# all anchors of a text


def reading_anchors(reading: Reading) -> set[str]:
    """The number, date and glossary-entity anchors of a reading, near anchors included."""
    numbers = quantity_anchors(reading.quantities)
    return numbers | near_anchors(numbers) | entity_anchors(reading.mentions)


def features(text: str, reading: Reading) -> tuple[frozenset[str], frozenset[str]]:
    """Return ``(anchors, retrieval keys)`` of ``text`` read as ``reading``; the keys include
    the anchors."""
    found, keys = word_pass(text)
    found |= reading_anchors(reading)
    return frozenset(found), frozenset(keys | found)


def anchors(text: str, lang: str | None = None, *, glossary: Glossary | None = None) -> frozenset[str]:
    """Return every anchor of ``text``: numbers, dates, entities, acronyms and names.

    ``glossary`` resolves names to ``entity:<id>`` anchors (``None``: the bundled glossary).

    >>> sorted(a for a in anchors("주한미군 2만8천500명", "ko") if not a.startswith("~"))
    ['entity:usfk', 'number:28500']
    """
    return features(text, read_text(text, lang, glossary=glossary))[0]
