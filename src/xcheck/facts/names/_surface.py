"""How a name is written: its script (Latin or not), the word pattern every reader of names
shares, the normalised surface (articles, spacing and abbreviation dots dropped), whether two
surfaces may name one entity (:func:`_surfaces_equivalent`: name order, partial names, acronyms,
added organisation words) and the cheap signature that shows two texts name the same things.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from xcheck import _lazyre
from xcheck._cache import text_cache
from xcheck.facts.names._text import fold_word, initials_match, name_parts, names_equivalent, words
from xcheck.lexicon._names import COUNTRIES, COUNTRY_KEYS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_TEMPORAL
from xcheck.lexicon._places import FAMILIES
from xcheck.lexicon._scripts import EAST_ASIAN_AND_BEYOND


def _mostly_latin(text: str) -> bool:
    if _NON_LATIN_RE.search(text) is None:
        return True
    letters = [c for c in text if c.isalpha()]
    return not letters or sum(1 for c in letters if ord(c) < 0x2E80) >= 0.8 * len(letters)


_NON_LATIN_RE = _lazyre.compile(f"[{EAST_ASIAN_AND_BEYOND}]")


def _is_latin(text: str) -> bool:
    return _NON_LATIN_RE.search(text) is None


def _first_key(token: str) -> str:
    """The folded first word of a token (``U.S.`` -> ``us``, ``Kim`` -> ``kim``)."""
    parts = name_parts(token)
    return parts[0] if parts else ""


def _alias_key(alias: str) -> str:
    """The lookup key of an alias: folded name parts for Latin script, the bare text otherwise."""
    if _is_latin(alias):
        return " ".join(name_parts(alias))
    return re.sub(r"\s+", "", alias)


# A word (letters, then letters and digits, joined by ' ’ - _; ending in a letter or digit) or a
# dotted abbreviation (U.S.). Written with possessive quantifiers and the first letter factored
# out so that the engine never backtracks: the same matches as
# ``(?:[^\W\d_]\.){2,}|[^\W\d_](?:[\w'’\-]*[^\W_])?``, about twice as fast.
# Greedy, not possessive (``*+`` needs Python 3.11, and requires-python is 3.10): the same
# matches, since runs of letters and of separators never overlap and the tail is optional.
_TOKEN_RE = _lazyre.compile(r"[^\W\d_](?:\.(?:[^\W\d_]\.)+|[^\W_]*(?:[_'’\-]+[^\W_]+)*)")


def _strip_article(s: str) -> str:
    return _ARTICLE_RE.sub("", s)


def _joinable_gap(gap: str) -> bool:
    return gap in (" ", "-", "‐", "‑", "\u00a0", ". ", ".") or (gap.isspace() and "\n" not in gap)


_SPACES_RE = _lazyre.compile(r"\s+")
_DOTTED_RE = _lazyre.compile(r"(?:[^\W\d_]\.){2,}")
_ARTICLE_RE = _lazyre.compile(r"^(?:the|The|THE)\s+")


@functools.lru_cache(maxsize=16384)
def _normalise_surface(surface: str) -> str:
    s = _SPACES_RE.sub(" ", surface.strip())
    s = _strip_article(s)
    if _DOTTED_RE.fullmatch(s):
        s = s.replace(".", "")
    return s


@functools.lru_cache(maxsize=16384)
def _surfaces_equivalent(a: str, b: str, kind_a: str = "other", kind_b: str = "other") -> bool:
    a, b = _normalise_surface(a), _normalise_surface(b)
    if not a or not b:
        return False
    if not _is_latin(a) or not _is_latin(b):
        return re.sub(r"\s+", "", a) == re.sub(r"\s+", "", b)
    wa, wb = words(a), words(b)
    if wa == wb:
        return True
    if _acronym_of(a, wb) or _acronym_of(b, wa):
        return True
    persons = "person" in (kind_a, kind_b)
    if persons:
        return names_equivalent(a, b, partial=True)
    if names_equivalent(a, b, partial=False):
        return True
    # Organisations and places: one name may add words ("US Department of Defense").
    sa = {w for w in wa if w not in {"the", "of", "for", "and"}}
    sb = {w for w in wb if w not in {"the", "of", "for", "and"}}
    if sa and sb and (sa <= sb or sb <= sa):
        small = sa if len(sa) <= len(sb) else sb
        return not small <= set(COUNTRIES) or sa == sb
    # A city written in English in one and in its own language in the other ("Nuremberg
    # Traffic Police" / "Nürnberg Police"): the same test with place words in their family.
    fa, fb = {FAMILIES.get(w, w) for w in sa}, {FAMILIES.get(w, w) for w in sb}
    return bool((fa != sa or fb != sb) and len(fa) > 1 and len(fb) > 1 and (fa <= fb or fb <= fa))


def _acronym_of(acronym: str, expansion_words: Sequence[str]) -> bool:
    bare = acronym.replace(".", "").replace(" ", "")
    if not (bare.isupper() and bare.isalpha() and 2 <= len(bare) <= 10):
        return False
    if len(expansion_words) < 2:
        return False
    return initials_match(bare, expansion_words, optional=COUNTRY_KEYS)


@text_cache()
def _name_signature(text: str) -> tuple[str, ...]:
    """The folded capitalised words and title words of a text, in order.

    Two texts with the same signature name the same entities with the same titles in the same
    order, so comparing their mentions cannot find anything: a cheap exit for paraphrases.
    """
    return tuple(
        fold_word(tok) if tok[:1].isupper() or not _is_latin(tok) else tok
        for tok in _SIGNATURE_RE.findall(text)
    )


_SIGNATURE_RE = _lazyre.compile(
    r"(?<![\w'’\-])(?:"
    r"[^\W\d_a-z](?:[\w'’\-]*[^\W_])?"  # a word that does not start with a lower-case letter
    r"|(?:"
    + "|".join(sorted({*TITLE_HEADS, *TITLE_MODIFIERS, *TITLE_TEMPORAL}, key=len, reverse=True))
    + r")(?![\w'’\-]))"
)
