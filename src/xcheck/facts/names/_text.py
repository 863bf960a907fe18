"""Normalising, folding and comparing names and titles (private helpers of :mod:`xcheck.facts.names`).

Everything here works on plain strings; spans and mentions live in :mod:`xcheck.facts.names._model`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

import attrs
from rapidfuzz import fuzz

from xcheck._cache import text_cache
from xcheck.lexicon._names import (
    COUNTRIES,
    COUNTRY_KEYS,
    DOMAIN_WORDS,
    PLACE_WORDS,
    RANK_WORDS,
    SOFT_HEADS,
    SPELLING_PAIRS,
    SURNAME_CLASSES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_RENDERINGS,
    TITLE_SKIP,
    TITLE_TEMPORAL,
)

# Same matches as ``[^\W_](?:[\w'’.\-]*[^\W_])?\.?``, without backtracking over a word: runs of
# letters and of separators never overlap and the tail is optional. Greedy, not possessive
# (``*+`` needs Python 3.11, and requires-python is 3.10): the same matches, as fast.
_WORD_RE = re.compile(r"[^\W_]+(?:[_'’.\-]+[^\W_]+)*\.?")
_SEPARATORS_RE = re.compile(r"[\s\-‐‑‒–—_·・]+")
_APOSTROPHES_RE = re.compile(r"['’ʼ`]")
_ASCII_MARKS = str.maketrans("", "", "'`.")  # what fold_word drops from an ASCII word


def strip_accents(text: str) -> str:
    """Drop combining marks: ``Bùi`` -> ``Bui``, ``Chŏng`` -> ``Chong``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=8192)
def fold_word(word: str) -> str:
    """Fold one word for comparison: case, accents, apostrophes, dots, US/UK spelling.

    >>> fold_word("Defence")
    'defense'
    >>> fold_word("U.S.")
    'us'
    """
    if word.isascii():
        # ASCII (most words of English news): no accents to strip, and lower() is casefold()
        w = word.lower()
        if "'" in w or "." in w or "`" in w:
            w = w.translate(_ASCII_MARKS)
    else:
        w = strip_accents(word).casefold()
        w = _APOSTROPHES_RE.sub("", w).replace(".", "")
    if w in SPELLING_PAIRS:
        return SPELLING_PAIRS[w]
    if len(w) > 5 and w.endswith("isation"):
        return w[: -len("isation")] + "ization"
    if len(w) > 4 and w.endswith("ised"):
        return w[: -len("ised")] + "ized"
    return w


def words(text: str) -> list[str]:
    """The words of ``text``, folded (see :func:`fold_word`), possessive ``'s`` removed."""
    return list(_words(text))


@text_cache()
def _words(text: str) -> tuple[str, ...]:
    if text.isascii():
        pieces = text.split(" ")
        if all(p.isalpha() for p in pieces):
            # plain ASCII words between single spaces (most names): each is one word of its own
            return tuple(fold_word(p) for p in pieces)
    out: list[str] = []
    for m in _WORD_RE.finditer(text):
        raw = m.group(0)
        if raw.endswith(("'s", "’s")):
            raw = raw[:-2]
        if raw.isascii() and "-" not in raw and "_" not in raw:
            folded = fold_word(raw)  # one part: nothing for the separator split to do
            if folded:
                out.append(folded)
            continue
        for part in _SEPARATORS_RE.split(raw):
            folded = fold_word(part)
            if folded:
                out.append(folded)
    return tuple(out)


@functools.lru_cache(maxsize=16384)
def name_parts(name: str) -> tuple[str, ...]:
    """Fold a name into parts: hyphens and spaces split, each part folded and romanisation-classed.

    >>> name_parts("Yoon Suk-yeol") == name_parts("Yoon Suk Yeol")
    True
    """
    parts: list[str] = []
    for w in _words(name):
        parts.append(SURNAME_CLASSES.get(w, w))
    return tuple(parts)


def _joined(parts: Sequence[str]) -> str:
    return "".join(parts)


def names_equivalent(a: str, b: str, *, partial: bool = True) -> bool:
    """Whether two person (or other proper) names may denote the same bearer.

    Folds case, accents, hyphens and spaces (``Kim Jong Un`` = ``Kim Jong-un``), Korean surname
    romanisations (``Lee`` = ``Rhee`` = ``Yi``), name order (``Nakatani Gen`` = ``Gen Nakatani``)
    and, when ``partial``, a part of the name for the whole (``Hegseth`` = ``Pete Hegseth``).
    """
    pa, pb = name_parts(a), name_parts(b)
    if not pa or not pb:
        return False
    if pa == pb or _joined(pa) == _joined(pb):
        return True
    if sorted(pa) == sorted(pb) or _joined(sorted(pa)) == _joined(sorted(pb)):
        return True
    # Given names written with or without separators: "Jong Un" vs "Jongun" in another order.
    if len(pa) != len(pb) and _same_letters_in_some_order(pa, pb):
        return True
    if partial:
        short, long_ = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
        if set(short) <= set(long_):
            return True
        # "Jong-un Kim" vs "Kim Jongun": every short part is a whole part or a glued pair of parts.
        glued = {long_[i] + long_[i + 1] for i in range(len(long_) - 1)}
        if all(p in long_ or p in glued for p in short):
            return True
    return near_identical(_joined(pa), _joined(pb))


def _same_letters_in_some_order(pa: Sequence[str], pb: Sequence[str]) -> bool:
    """Whether the two part lists glue into the same string when family and given names swap."""
    ja, jb = _joined(pa), _joined(pb)
    if len(ja) != len(jb):
        return False
    for i in range(1, len(pa)):
        if _joined(pa[i:]) + _joined(pa[:i]) == jb:
            return True
    return any(_joined(pb[i:]) + _joined(pb[:i]) == ja for i in range(1, len(pb)))


def near_identical(a: str, b: str, *, cutoff: float = 90.0) -> bool:
    """Spelling variants so close they are one name (``Zelenskyy`` = ``Zelensky``).

    Short strings (under six letters) never count: ``Tom`` and ``Tim`` are different people.
    """
    if min(len(a), len(b)) < 6:
        return False
    return fuzz.ratio(a, b) >= cutoff


_SOUNDEX_CODES = {
    **dict.fromkeys("bfpv", "1"),
    **dict.fromkeys("cgjkqsxz", "2"),
    **dict.fromkeys("dt", "3"),
    "l": "4",
    **dict.fromkeys("mn", "5"),
    "r": "6",
}


@functools.lru_cache(maxsize=8192)
def phonetic_key(word: str) -> str:
    """A Soundex-style sound key without truncation: first letter, then consonant classes.

    Adjacent letters of one class merge (``ck`` is one sound); vowels, ``h``, ``w`` and ``y``
    carry no code. ``Hackett`` and ``Hegseth`` share the key ``h23``.

    >>> phonetic_key("Hackett"), phonetic_key("Hegseth")
    ('h23', 'h23')
    """
    w = "".join(ch for ch in strip_accents(word).casefold() if ch.isascii() and ch.isalpha())
    if not w:
        return ""
    w = w.replace("ph", "f").replace("th", "t").replace("gh", "g")
    out = [w[0]]
    last = _SOUNDEX_CODES.get(w[0], "")
    for ch in w[1:]:
        code = _SOUNDEX_CODES.get(ch, "")
        if code and code != last:
            out.append(code)
        if ch not in "hw":
            last = code
    return "".join(out)


@attrs.frozen
class Similarity:
    """How alike two names look and sound, each in [0, 1], with the parts that were compared."""

    spelling: float
    sound: float
    left: str
    right: str

    @property
    def score(self) -> float:
        """The mean of the spelling and the sound similarity."""
        return (self.spelling + self.sound) / 2


@functools.lru_cache(maxsize=16384)
def name_similarity(a: str, b: str) -> Similarity:
    """Spelling (rapidfuzz ratio) and sound (phonetic key ratio) similarity of two names.

    Multi-part names are compared part by part and the most similar pair wins, so a surname
    rendered alone (``Hackett``) is compared with the surname of the full name (``Pete Hegseth``).
    """
    pa = [p for p in name_parts(a) if len(p) > 1] or list(name_parts(a))
    pb = [p for p in name_parts(b) if len(p) > 1] or list(name_parts(b))
    best = Similarity(0.0, 0.0, a, b)
    if not pa or not pb:
        return best
    best = _pair_similarity(_joined(pa), _joined(pb))
    if len(pa) == 1 or len(pb) == 1:
        for x in pa:
            for y in pb:
                sim = _pair_similarity(x, y)
                if sim.score > best.score:
                    best = sim
        return best
    # Two full names: every part of the shorter must find a similar part in the longer.
    short, long_ = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    matched = [max((_pair_similarity(x, y) for y in long_), key=lambda s: s.score) for x in short]
    mean = Similarity(
        sum(m.spelling for m in matched) / len(matched),
        sum(m.sound for m in matched) / len(matched),
        " ".join(short),
        " ".join(long_),
    )
    return mean if mean.score > best.score else best


def _pair_similarity(x: str, y: str) -> Similarity:
    spelling = fuzz.ratio(x, y) / 100
    kx, ky = phonetic_key(x), phonetic_key(y)
    sound = fuzz.ratio(kx, ky) / 100 if kx and ky else 0.0
    return Similarity(spelling, sound, x, y)


def initials_match(acronym: str, expansion: Sequence[str], *, optional: Iterable[str] = ()) -> bool:
    """Whether ``acronym`` can be read off ``expansion``: each word gives a prefix (or nothing).

    Prefixes of one or more letters are allowed (``INDOPACOM`` = ``Indo-Pacific Command``), words
    in ``optional`` (function words, countries) may give nothing, every other word must give at
    least its first letter.

    >>> initials_match("USFK", ["us", "forces", "korea"])
    True
    >>> initials_match("UN", ["united", "nations"])
    True
    """
    opt = optional if isinstance(optional, frozenset) else frozenset(optional)
    return _initials_match(fold_word(acronym), tuple(w for w in expansion if w), opt)


@functools.lru_cache(maxsize=32768)
def _initials_match(acr: str, exp: tuple[str, ...], optional: frozenset[str]) -> bool:
    skip = optional | {"of", "the", "for", "and", "on", "in", "&"}
    if not acr or not exp or len(acr) < 2:
        return False

    @functools.cache
    def go(i: int, j: int) -> bool:
        if i == len(acr):
            return all(w in skip for w in exp[j:])
        if j == len(exp):
            return False
        word = exp[j]
        if word in skip and go(i, j + 1):
            return True
        k = 0
        while k < len(word) and i + k < len(acr) and word[k] == acr[i + k]:
            k += 1
            if go(i + k, j + 1):
                return True
        return False

    return go(0, 0)


# ---------------------------------------------------------------------------------------------
# Titles


@attrs.frozen
class TitleParts:
    """A title phrase taken apart: rank modifiers, head, domain words, countries, time."""

    head: str
    modifiers: frozenset[str]
    domain: tuple[str, ...]
    countries: frozenset[str]
    temporal: bool = False
    is_rank: bool = False
    sequence: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """A normalised title: modifiers in a fixed order, the head, ``of`` and the domain words in
        the order written (``Defense Secretary`` and ``Secretary of Defence`` both give
        ``secretary of defense``)."""
        front = [m for m in sorted(self.modifiers)]
        text = " ".join([*front, self.head])
        if self.domain:
            text += " of " + " ".join(dict.fromkeys(self.domain))
        return text


def _country_tokens(tokens: list[str]) -> tuple[list[str], set[str]]:
    """Take country names (one or two words) out of a folded token list."""
    out: list[str] = []
    countries: set[str] = set()
    i = 0
    while i < len(tokens):
        two = " ".join(tokens[i : i + 2])
        if i + 1 < len(tokens) and two in COUNTRIES:
            countries.add(COUNTRIES[two])
            i += 2
            continue
        if tokens[i] in COUNTRIES:
            countries.add(COUNTRIES[tokens[i]])
        else:
            out.append(tokens[i])
        i += 1
    return out, countries


def parse_title(phrase: str, *, resolve: Callable[[str], str | None] | None = None) -> TitleParts | None:
    """Take a title phrase apart; ``None`` when it has no title head.

    ``resolve`` maps a phrase (organisation name or acronym) to a glossary id; resolved spans are
    replaced by ``@id`` so ``INDOPACOM`` and ``US Indo-Pacific Command`` compare equal.

    >>> parse_title("Defense Secretary").key == parse_title("Secretary of Defence").key
    True
    """
    text = phrase
    resolved: list[str] = []
    if resolve is not None:
        text, resolved = _replace_resolved(phrase, resolve)
    tokens = [("@" + t if t in resolved else t) for t in words(text)]
    temporal = any(t in TITLE_TEMPORAL for t in tokens)
    # Words after "of"/"for" name the domain: "Minister of Justice" is a minister, not a justice.
    first_of = next((i for i, t in enumerate(tokens) if t in ("of", "for")), len(tokens))
    before_of = [t for t in tokens[:first_of] if t not in TITLE_TEMPORAL and t not in TITLE_SKIP]
    tokens = [t for t in tokens if t not in TITLE_TEMPORAL and t not in TITLE_SKIP]
    if not tokens:
        return None
    head_index = -1
    for i, t in enumerate(tokens):
        if t in TITLE_HEADS and (i < len(before_of) or not any(b in TITLE_HEADS for b in before_of)):
            head_index = i
    if head_index < 0:
        ranks = [RANK_WORDS[t] for t in tokens if t in RANK_WORDS]
        if ranks:
            return TitleParts(ranks[-1], frozenset(), (), frozenset(), temporal, is_rank=True)
        return None
    head = TITLE_HEADS[tokens[head_index]]
    modifiers: set[str] = set()
    domain: list[str] = []
    for i, t in enumerate(tokens):
        if i == head_index:
            continue
        if i < head_index and t in TITLE_MODIFIERS:
            modifiers.add(TITLE_MODIFIERS[t])
        elif i < head_index and t in TITLE_HEADS and t not in DOMAIN_WORDS:
            modifiers.add(TITLE_HEADS[t])  # "Justice Minister": justice is the domain
        elif t in RANK_WORDS and i < head_index:
            continue
        else:
            domain.append(t)
    rest, countries = _country_tokens(domain)
    is_rank = head in {"admiral", "general"} and not rest
    return TitleParts(
        head, frozenset(modifiers), tuple(rest), frozenset(countries), temporal, is_rank, tuple(domain)
    )


#: The longest run of words looked up as one organisation inside a title.
_MAX_RESOLVED_WORDS = 8


def _replace_resolved(phrase: str, resolve: Callable[[str], str | None]) -> tuple[str, list[str]]:
    """Replace the longest runs of words that ``resolve`` knows by ``@id`` placeholders."""
    toks = [m for m in _WORD_RE.finditer(phrase)]
    out: list[str] = []
    ids: list[str] = []
    i = 0
    while i < len(toks):
        hit = None
        for j in range(min(len(toks), i + _MAX_RESOLVED_WORDS), i, -1):
            surface = phrase[toks[i].start() : toks[j - 1].end()]
            ent = resolve(surface)
            if ent is not None:
                hit = (j, ent)
                break
        if hit is not None:
            placeholder = "@" + re.sub(r"\W+", "", hit[1].lower())
            out.append(placeholder)
            ids.append(placeholder.lstrip("@"))
            i = hit[0]
        else:
            out.append(toks[i].group(0))
            i += 1
    return " ".join(out), ids


def _domain_fits(small: Sequence[str], large: Sequence[str]) -> bool:
    """Whether every word of ``small`` is in ``large``, reading acronyms off ``large``'s words."""
    large_set = set(large)
    for w in small:
        if w in large_set:
            continue
        if w.startswith("@"):
            return False
        if not any(
            initials_match(w, large[i:j], optional=COUNTRY_KEYS)
            for i in range(len(large))
            for j in range(i + 1, len(large) + 1)
        ):
            return False
    return True


def titles_compatible(a: TitleParts, b: TitleParts) -> bool:
    """Whether two titles can describe the same post.

    Heads and rank modifiers must agree (``Deputy Assistant Secretary`` is not ``Under
    Secretary``); domains must nest, with acronyms read off the other side (``USFK commander``
    = ``commander of US Forces Korea``); countries are compared only when both sides name one.
    """
    if a.is_rank != b.is_rank:
        return True
    rendering = False
    if a.head != b.head:
        if {a.head, b.head} & SOFT_HEADS:
            return True
        ca, cb = TITLE_RENDERINGS.get(a.head), TITLE_RENDERINGS.get(b.head)
        if ca is None or ca != cb:
            return False
        rendering = True  # "chairman" / "president" of one body: one post, two renderings
    if a.modifiers != b.modifiers:
        return False
    if a.countries and b.countries and not (a.countries & b.countries):
        return False
    if not a.domain or not b.domain:
        return True
    full_a = list(a.sequence) or list(a.domain)
    full_b = list(b.sequence) or list(b.domain)
    if _domain_fits(a.domain, full_b) or _domain_fits(b.domain, full_a):
        return True
    # "district administrator" / "county commissioner": the domains differ only by the word for
    # the area, which translations choose freely.
    return rendering and _domain_fits([w for w in a.domain if w not in PLACE_WORDS], full_b)


def titles_comparable(a: TitleParts, b: TitleParts) -> bool:
    """Whether a difference between the two titles would mean something.

    Ranks are compared with ranks and offices with offices; a title marked ``former`` is not
    compared with a present one; status words (``candidate``) are not compared.
    """
    if a.is_rank != b.is_rank or a.temporal != b.temporal:
        return False
    return not ({a.head, b.head} & SOFT_HEADS)
