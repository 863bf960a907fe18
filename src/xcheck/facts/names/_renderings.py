"""Renderings of one name that are not a different name: whether the other text writes a name
unmarked (in lower case, in the plural, inside a compound, as a pronoun), and whether two
spellings are variants of one name (transliteration conventions, one slip of a letter).

Two independent translations of one sentence write "Corona" and "coronavirus", "Lower Bavaria"
and "lower Bavaria", "Netanyahu" and "Netanjahu", "Stefanie says" and "she says": none of these is
a missing or garbled name, and comparison asks this module before it reports one.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata

import attrs

from xcheck._cache import text_cache
from xcheck._types import Span
from xcheck.facts.names._model import Mention
from xcheck.facts.names._text import fold_word, words
from xcheck.lexicon._common import is_common_word
from xcheck.lexicon._names import DOMAIN_WORDS, ORG_WORDS, PLACE_WORDS, PLACES
from xcheck.lexicon._numbers import ORDINALS
from xcheck.lexicon._places import FAMILIES, place_stems

_GENERIC = frozenset({"the", "of", "for", "and", "de", "von", "van"}) | ORG_WORDS | PLACE_WORDS | DOMAIN_WORDS
#: Shortest word matched inside a compound ("corona" in "coronavirus", "allgau" in "unterallgau").
_COMPOUND_MIN = 5


def _singular(w: str) -> str:
    """A crude singular: "oscars" -> "oscar", "londoners" stays (its stem is found as a prefix)."""
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


#: A word behind a negating or time prefix is another word ("non-GAAP" is not "GAAP").
_PREFIXED_RE = re.compile(r"\b(?:non|anti|ex|pre|post|pro)[-‐‑][^\W\d_][\w'’.]*", re.IGNORECASE)


#: A code of letters and a number, glued or spaced: road numbers ("A81" / "A 81"), "B-2".
_CODE_RE = re.compile(r"(?<![\w'’.])([^\W\d_]{1,3})[ \-‐‑]?(\d{1,4})(?![\w'’]|[.,]\d)")


#: A domain name: its name before the top-level domain ("bild" of "bild.de", "kiwi" of "Kiwi.com").
_DOMAIN_RE = re.compile(r"(?<![\w.])([^\W\d_][\w\-]+)\.[a-z]{2,6}(?![\w]|\.\w)")


@text_cache()
def text_words(text: str) -> frozenset[str]:
    """The folded words of a text and their singulars, in any case (see :func:`rendered_in`);
    a code of letters and a number also glued, however the text spaces it ("A 81" gives "a81");
    the name of a domain name on its own ("bild.de" gives "bild")."""
    out = set(words(_PREFIXED_RE.sub(" ", text)))
    out |= {fold_word(m.group(1) + m.group(2)) for m in _CODE_RE.finditer(text)}
    out |= {fold_word(m.group(1)) for m in _DOMAIN_RE.finditer(text)}
    return frozenset(out | {_singular(w) for w in out})


def _word_in(w: str, other: frozenset[str]) -> bool:
    if w in other or _singular(w) in other:
        return True
    if len(w) < _COMPOUND_MIN:
        return False
    # One word inside a compound of the other ("Corona" / "coronavirus", "Unterallgäu" / "Allgäu").
    return any(
        (len(o) > len(w) and (o.startswith(w) or o.endswith(w)))
        or (len(o) >= _COMPOUND_MIN and len(w) > len(o) and (w.startswith(o) or w.endswith(o)))
        for o in other
    )


_CAPITAL_RE = re.compile(r"(?<![\w'’])[^\W\d_a-z][\w'’.\-]*")


@text_cache()
def _capital_stems(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The family keys and place stems of the capitalised words of a text."""
    caps = {w for m in _CAPITAL_RE.finditer(_PREFIXED_RE.sub(" ", text)) for w in words(m.group(0))}
    keys = {FAMILIES[w] for w in caps if w in FAMILIES} | {
        FAMILIES[_singular(w)] for w in caps if _singular(w) in FAMILIES
    }
    return frozenset(keys), frozenset(st for w in caps for st in place_stems(w))


def same_family(w: str, other_text: str) -> bool:
    """Whether a folded place word or demonym has its family among the capitalised words of the
    other text: "American" and "US", "Ukrainian" and "Ukraine", "Londoners" and "London"."""
    keys, stems = _capital_stems(other_text)
    key = FAMILIES.get(w) or FAMILIES.get(_singular(w))
    if key is not None and key in keys:
        return True
    # Stems are for places and demonyms only ("GAAP" shares nothing with "non-GAAP").
    placeish = key is not None or w in PLACES or w.endswith((*_DEMONYM_LIKE, "ers", "ites"))
    return placeish and bool(place_stems(w) & stems)


_ROMAN = {"ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_ORDINAL_SUFFIX_RE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")


def _ordinal_of(w: str) -> int | None:
    """The number a word of the other text may write a Roman numeral by: "second", "2nd", "2"."""
    if w in ORDINALS:
        return ORDINALS[w]
    m = _ORDINAL_SUFFIX_RE.match(w)
    return int(m.group(1)) if m else None


def _numeral_in(w: str, other: frozenset[str]) -> bool:
    """Whether a Roman numeral of a name ("World War II", "Elizabeth II") is written as an
    ordinal or a number in the other text ("the second world war", "World War 2")."""
    n = _ROMAN.get(w)
    return n is not None and any(_ordinal_of(o) == n for o in other)


#: Words an acronym's letters skip ("video assistant of the referees": VAR).
_ACRONYM_SKIP = frozenset({"the", "of", "for", "and", "de", "a", "an", "in", "on", "to"})
_LOWER_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")


def spelled_out(acronym: str, other_text: str) -> bool:
    """Whether the other text writes out an acronym of two to six capitals in words of any case:
    their initials, small words aside ("VAR" / "the video assistant of the referees"), or, for two
    letters, the two words of one compound ("KO" / "knockout")."""
    letters = acronym.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    key = letters.lower()
    initials, compounds = _spellings(other_text)
    return key in initials if len(key) >= 3 else key in compounds


@text_cache()
def _spellings(text: str) -> tuple[str, frozenset[str]]:
    """The initials of a text's words, small words aside, and the two letters each compound of
    two English words in it starts its parts with ("ko" for "knockout")."""
    toks = {w.lower() for w in _LOWER_WORD_RE.findall(text)}
    initials = "".join(
        w[0] for w in (x.lower() for x in _LOWER_WORD_RE.findall(text)) if w not in _ACRONYM_SKIP
    )
    compounds = {
        w[0] + w[i]
        for w in toks
        for i in range(3, len(w) - 1)
        if _english_word(w[:i]) and _english_word(w[i:])
    }
    return initials, frozenset(compounds)


def _english_word(w: str) -> bool:
    return is_common_word(w) or w in _ACRONYM_SKIP or w in {"out", "off", "up", "down", "over"}


def rendered_in(m: Mention, other_text: str) -> bool:
    """Whether the other text writes the words of a name, in any case or number, alone or in a
    compound, or names its place family: "Corona" in "coronavirus tests", "Champions League" in
    "the champions league", "Lower Allgäu" in "Unterallgäu", "American" for "US". Only the
    distinctive words count when there are any ("Lower" and "Region" are translated; "Allgäu" is
    not)."""
    parts = [w for w in words(m.span.text) if len(w) > 1]
    distinctive = [w for w in parts if w not in _GENERIC and not is_common_word(w)]
    needed = distinctive or [w for w in parts if w not in {"the", "of", "for", "and"}]
    if not needed:
        return False
    other = text_words(other_text)
    if all(_word_in(w, other) or _numeral_in(w, other) for w in needed):
        return True
    if m.span.text.isupper() and spelled_out(m.span.text, other_text):
        return True
    return m.kind != "person" and len(needed) == 1 and same_family(needed[0], other_text)


#: Shortest stem two words must begin with to be read as one word in two forms or languages.
_STEM_MIN = 4


def _loosely(w: str, o: str) -> bool:
    """Whether two folded words may be one word in two forms or languages: the same singular, one
    slipped letter (``_part_variant``), one place family ("Deutsche" / "German"), or a stem of at
    least four letters and three fifths of the shorter word ("dental" / "dentistry", "chambre" /
    "chamber", "Centrum" / "Center", "Moravian" / "Moravskoslezský")."""
    if w == o or _singular(w) == _singular(o):
        return True
    key = FAMILIES.get(w)
    if key is not None and key == FAMILIES.get(o):
        return True
    short = min(len(w), len(o))
    if short < _STEM_MIN:
        return False
    prefix = next((i for i, (x, y) in enumerate(zip(w, o, strict=False)) if x != y), short)
    return (prefix >= _STEM_MIN and prefix * 5 >= short * 3) or _part_variant(w, o)


#: A gloss in brackets right after a name, closing quotes between ("“Finale Dahoam” [final at home]").
_GLOSS_RE = re.compile(r"[\"'”’»]?\s*[\[(]([^\[\]()]{3,80})[\])]")


def glossed_in(m: Mention, text: str, other_text: str) -> bool:
    """Whether a name kept in another language is glossed in brackets right after it and the other
    text writes that gloss (see :func:`described_in`): "“Finale Dahoam” [final at home]" against
    "“Final at home”"."""
    gloss = _GLOSS_RE.match(text, m.span.end)
    if gloss is None:
        return False
    phrase = gloss.group(1)
    return described_in(attrs.evolve(m, span=Span(0, len(phrase), phrase), kind="other"), other_text)


def described_in(m: Mention, other_text: str) -> bool:
    """Whether the other text renders a name of several words unmarked, as a description: more
    than half of its words (small words aside) written there in any case, in another form or
    language (:func:`_loosely`): "the Iranian foreign ministry" for "Iranian Ministry of Foreign
    Affairs", "Czech chamber of dentistry" for "Czech Dental Chambre", "US climate authority" for
    "US Climate Agency". Not for a person, whose name is not described: a name read as a
    person's counts only with an ordinary, generic or place word in it ("Czech Dental Chambre",
    "Deutsche Presse"), which a person's name seldom has."""
    parts = [p for w in words(m.span.text) for p in w.split("-") if p and p not in _SMALL_WORDS]
    if len(parts) < 2:
        return False
    if m.kind == "person" and not any(is_common_word(w) or w in _GENERIC or w in FAMILIES for w in parts):
        return False
    other = text_words(other_text)
    numbers = [w for w in parts if w in _ROMAN or w[:1].isdigit()]
    if not all(w in other or _numeral_in(w, other) for w in numbers):
        return False  # "World War II" is not described by "the first world war"
    by_initial = _by_initial(other_text)
    found = sum(1 for w in parts if w in other or any(_loosely(w, o) for o in _candidates(w, by_initial)))
    return found * 2 > len(parts)


@text_cache()
def _by_initial(text: str) -> dict[str, tuple[str, ...]]:
    """The words of :func:`text_words` by their first letter and by the first letter of their
    transliteration key (what :func:`_loosely` may match: a shared stem, one slipped letter after
    the first) and, under ``""``, those of a place family."""
    out: dict[str, set[str]] = {}
    for o in text_words(text):
        for initial in {o[:1], translit_key(o)[:1]}:
            out.setdefault(initial, set()).add(o)
        if o in FAMILIES:
            out.setdefault("", set()).add(o)
    return {k: tuple(v) for k, v in out.items()}


def _candidates(w: str, by_initial: dict[str, tuple[str, ...]]) -> set[str]:
    """The words of the other text :func:`_loosely` may match with ``w``."""
    out = {*by_initial.get(w[:1], ()), *by_initial.get(translit_key(w)[:1], ())}
    if w in FAMILIES:
        out.update(by_initial.get("", ()))
    return out


#: Shortest stem a foreign word shares with its English name ("Morav" of "Moravskoslezský").
_FOREIGN_STEM = 5


def same_stem(m: Mention, other: Mention) -> bool:
    """Whether a one-word name and an unmatched name of the other side are one name in two
    languages: a word of each begins with one stem of five letters or more and three fifths of the
    shorter word ("Moravskoslezský" / "Moravian-Silesian Region"). Country and city names, whose
    English and foreign forms the place families know, are left to them ("Austria" / "Australia")."""
    mine = words(m.span.text)
    if len(mine) != 1 or m.kind == "person" or other.kind == "person":
        return False
    w = mine[0]
    if w in FAMILIES or w in PLACES or is_common_word(w) or w in _GENERIC:
        return False
    theirs = [p for x in words(other.span.text) for p in x.split("-") if p]
    return any(
        o not in FAMILIES
        and o not in PLACES
        and _shared_prefix(w, o) >= max(_FOREIGN_STEM, 3 * min(len(w), len(o)) / 5)
        for o in theirs
    )


def _shared_prefix(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


_SMALL_WORDS = frozenset({"the", "of", "for", "and", "de", "von", "van", "der", "la", "le", "du", "des"})


_PRONOUN_RE = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
_DEMONYM_LIKE = ("an", "ian", "ish", "ese", "i", "ans", "ians")


def pronoun_for(m: Mention, text: str, other_text: str) -> bool:
    """Whether the other text may render a person's name by a pronoun: it has more third-person
    singular pronouns than the text that names the person ("says Stefanie" / "she says").
    Nationalities and acronyms are not people, nor are names of several words with an ordinary or
    generic word ("Golden Goblet Awards"); "Van den Bergh" may be."""
    if m.kind not in ("person", "other") or m.span.text.isupper():
        return False
    ws = words(m.span.text)
    if m.kind == "other" and len(ws) == 1 and (ws[0] in FAMILIES or ws[0].endswith(_DEMONYM_LIKE)):
        return False
    if m.kind == "other" and len(ws) != 1 and not _personal_words(m.span.text):
        return False
    return len(_PRONOUN_RE.findall(other_text)) > len(_PRONOUN_RE.findall(text))


#: Name particles written inside a person's name ("Van den Bergh", "Ursula von der Leyen").
_PARTICLES = frozenset({"van", "von", "den", "der", "de", "da", "del", "di", "la", "le", "du", "al", "bin"})


def _personal_words(surface: str) -> bool:
    """Whether a name of several words is written like a person's: a name particle in it, and no
    ordinary, generic or place word."""
    ws = [w for part in words(surface) for w in part.split("-") if w]
    if not any(w in _PARTICLES for w in ws):
        return False
    return not any(
        w not in _PARTICLES and (is_common_word(w) or w in _GENERIC or w in FAMILIES or w in PLACES)
        for w in ws
    )


#: Letters and letter groups written differently by transliteration conventions, folded to one.
_TRANSLIT = (
    ("tsch", "ch"),
    ("sch", "sh"),
    ("dzh", "j"),
    ("dj", "j"),
    ("dz", "j"),
    ("zh", "j"),
    ("ph", "f"),
    ("ck", "k"),
    ("ue", "u"),
    ("oe", "o"),
    ("ae", "a"),
    ("y", "i"),
    ("j", "i"),
    ("w", "v"),
)
_SPECIAL = str.maketrans({"đ": "dj", "ð": "d", "ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe"})
_DOUBLE_RE = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=16384)
def translit_key(word: str) -> str:
    """A word folded across transliteration conventions: accents dropped, Đ as dj, sch/sh, j/y,
    doubled letters as one ("Netanjahu" and "Netanyahu", "Baschar" and "Bashar", "Đuričić" and
    "Djuričič" share a key)."""
    w = word.casefold().translate(_SPECIAL)
    w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    w = "".join(c for c in w if c.isalnum())  # digits stay: Q3 is not Q4
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    return _DOUBLE_RE.sub(r"\1", w)


def _one_edit(a: str, b: str) -> bool:
    """Whether two strings differ by at most one insertion, deletion, substitution or swap."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    return a[i + 1 :] == b[i:] if la > lb else a[i:] == b[i + 1 :]


def _part_variant(a: str, b: str) -> bool:
    if a == b:
        return True
    ka, kb = translit_key(a), translit_key(b)
    if ka == kb and ka:
        return True
    # One slipped letter in a long word, never the first ("Svalbarg", "Teheran", "Michala");
    # "Tom" / "Tim" and "Gambia" / "Zambia" stay different.
    return (
        min(len(a), len(b)) >= _COMPOUND_MIN and ka[:1] == kb[:1] and (_one_edit(ka, kb) or _one_edit(a, b))
    )


#: Region words written two ways: "Southern Europe" / "South Europe", "Central Europe" /
#: "Middle Europe" (Mitteleuropa, Střední Evropa).
_DIRECTIONS = {
    "southern": "south",
    "northern": "north",
    "eastern": "east",
    "western": "west",
    "central": "middle",
}


@functools.lru_cache(maxsize=16384)
def spelling_variants(a: str, b: str) -> bool:
    """Whether two names are spellings of one name: word by word, the same after transliteration
    folding or one letter apart in a long word, and "Southern" read as "South", "Central" as
    "Middle".

    >>> spelling_variants("Benjamin Netanyahu", "Benjamin Netanjahu")
    True
    >>> spelling_variants("Hackett", "Hegseth"), spelling_variants("Austria", "Australia")
    (False, False)
    """
    pa = [_DIRECTIONS.get(w, w) for w in (fold_word(x) for x in re.split(r"[\s\-‐‑]+", a)) if w]
    pb = [_DIRECTIONS.get(w, w) for w in (fold_word(x) for x in re.split(r"[\s\-‐‑]+", b)) if w]
    if not pa or not pb:
        return False
    if len(pa) == len(pb):
        return all(_part_variant(x, y) for x, y in zip(pa, pb, strict=True))
    # A part of the name for the whole ("Benjamin Netanyahu" / "Prime Ministre Benjamin
    # Netanjahu"): every part of the shorter has a variant in the longer, the last parts too.
    short, long_ = (pa, pb) if len(pa) < len(pb) else (pb, pa)
    if len(short) < 2:
        return False  # "Russia" is not a part of "Moscow Russian"
    return _part_variant(short[-1], long_[-1]) and all(any(_part_variant(x, y) for y in long_) for x in short)


def _cognate(a: str, b: str) -> bool:
    """Two folded words that are one word in two languages ("garden" / "garten", "new" / "neuen"):
    the same first two letters, and either most letters in common or all but the last letter of
    the shorter word."""
    if a == b:
        return True
    if a[:2] != b[:2]:
        return False
    prefix = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return prefix >= min(len(a), len(b)) - 1 or difflib.SequenceMatcher(None, a, b).ratio() >= 0.7


@functools.lru_cache(maxsize=16384)
def translated_name(a: str, b: str) -> bool:
    """Whether two names of a place or body are one name translated word by word: as many words,
    each pair the same word or cognates, and a differing pair with an English word ("New Garden" /
    "Neuen Garten"). A misspelt name changes letters of a
    name, not an English word for a foreign one.

    >>> translated_name("New Garden", "Neuen Garten"), translated_name("Lake Tahoe", "Lake Taupo")
    (True, False)
    """
    pa = [fold_word(x) for x in re.split(r"[\s\-‐‑]+", a) if x]
    pb = [fold_word(x) for x in re.split(r"[\s\-‐‑]+", b) if x]
    if len(pa) < 2 or len(pa) != len(pb) or pa == pb:
        return False
    if not all(_cognate(x, y) for x, y in zip(pa, pb, strict=True)):
        return False
    return any(x != y and (is_common_word(x) or is_common_word(y)) for x, y in zip(pa, pb, strict=True))
