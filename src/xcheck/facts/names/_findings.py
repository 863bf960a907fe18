"""The name discrepancies comparison reports: a substituted or garbled name (with its spelling
and sound similarity), a name on one side only, a given name left without its family name, and
the de-duplication of findings that several rules reach.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from xcheck._types import Discrepancy, Severity, Span
from xcheck.facts.names._model import GARBLED_CUTOFF, Mention
from xcheck.facts.names._renderings import _one_edit
from xcheck.facts.names._runs import _CONNECTORS
from xcheck.facts.names._surface import _is_latin
from xcheck.facts.names._text import Similarity, fold_word, name_parts, name_similarity, words
from xcheck.lexicon._common import is_common_word
from xcheck.lexicon._names import DOMAIN_WORDS, ORG_WORDS, PLACE_WORDS, SURNAME_CLASSES
from xcheck.lexicon._places import FAMILIES


def _latin_name(m: Mention) -> str:
    """The mention's surface, or its glossary name when the surface is in another script."""
    return m.span.text if _is_latin(m.span.text) else m.name


def _kept_foreign(t: Mention, r: Mention) -> str | None:
    """The shared word of two names of places or bodies that differ only in words one side kept
    in another language ("DFB Cup" / "DFB-Pokal", "SSC Napoli" / "SSC Neapel"), or ``None``.
    Both changed words being English ("Manchester United" / "Manchester City") is a different
    entity."""
    if "person" in (t.kind, r.kind) or not (_is_latin(t.span.text) and _is_latin(r.span.text)):
        return None
    wt, wr = words(t.span.text), words(r.span.text)
    shared = [w for w in wt if w in wr and w not in _CONNECTORS]  # "Van" is shared by many names
    t_only, r_only = [w for w in wt if w not in wr], [w for w in wr if w not in wt]
    if not shared or not t_only or not r_only:
        return None
    if all(is_common_word(w) for w in t_only) and all(is_common_word(w) for w in r_only):
        return None
    t_places, r_places = (
        {FAMILIES[w] for w in t_only if w in FAMILIES},
        {FAMILIES[w] for w in r_only if w in FAMILIES},
    )
    if t_places and r_places and not t_places & r_places:
        return None  # another city ("Munich Police" / "Nürnberg Police"): a different body
    return " ".join(shared)


def _given_name_slip(t: Mention, r: Mention) -> bool:
    """Two people's names with the same family name whose given names differ in one letter after
    their first two ("Joe Cullen" / "Joa Cullen"); "Tom" / "Tim" and "Jill" / "Joe" stay apart."""
    if t.kind != "person" or r.kind != "person":
        return False
    pt, pr = words(t.span.text), words(r.span.text)
    if len(pt) != 2 or len(pr) != 2 or pt[1] != pr[1] or pt[0] == pr[0]:
        return False
    a, b = pt[0], pr[0]
    return a[:2] == b[:2] and _one_edit(a, b)


def _minor_rendering(t: Mention, r: Mention, message: str) -> Discrepancy:
    """A minor name finding: ``t`` is more likely a rendering of ``r`` (a slip, a half-translated
    name) than another entity, so a reader loses little."""
    return Discrepancy(
        kind="name",
        severity="minor",
        message=message,
        found=t.span,
        expected=r.span,
        found_value=t.span.text,
        expected_value=r.name if r.entity_id else r.span.text,
        confidence=0.5,
    )


def _substitution(t: Mention, r: Mention, *, note: str = "") -> Discrepancy:
    sim = name_similarity(_latin_name(t), _latin_name(r))
    expected = r.span.text if _is_latin(r.span.text) else f"{r.span.text} ({r.name})"
    found = t.span.text if _is_latin(t.span.text) else f"{t.span.text} ({t.name})"
    if _given_name_slip(t, r):
        return _minor_rendering(
            t,
            r,
            f"name {found!r} where the source writes {expected!r}: the same family name, the given "
            "name one letter apart (a misspelling more likely than another person)" + note,
        )
    shared = _kept_foreign(t, r)
    if shared is not None:
        return _minor_rendering(
            t,
            r,
            f"name {found!r} where the source writes {expected!r}: both share {shared!r}; the other "
            "words may be a translation of one name" + note,
        )
    return Discrepancy(
        kind="name",
        severity="major",
        message=_substitution_message(found, expected, sim) + note,
        found=t.span,
        expected=r.span,
        found_value=t.span.text,
        expected_value=r.name if r.entity_id else r.span.text,
        confidence=0.9 if sim.score >= GARBLED_CUTOFF else 0.75,
    )


def _substitution_message(found: str, expected: str, sim: Similarity) -> str:
    how = f"spelling {sim.spelling:.0%}, sound {sim.sound:.0%} ({sim.left!r} ~ {sim.right!r})"
    if sim.score >= GARBLED_CUTOFF:
        return (
            f"name {found!r} looks like a garbled rendering of {expected!r}: "
            f"similar spelling and sound ({how})"
        )
    return f"name {found!r} where the source names {expected!r}: a different entity ({how})"


def _one_side(m: Mention, *, added: bool) -> Discrepancy:
    # Minor at most: with no counterpart identified, nothing says the name is wrong, only that the
    # other side does not write it (it may say "he", "the club" or nothing).
    severity: Severity = "minor"
    if added:
        return Discrepancy(
            kind="name",
            severity=severity,
            message=f"name {m.span.text!r} is in the translation but not in the source",
            found=m.span,
            expected=None,
            found_value=m.span.text,
            confidence=0.6,
        )
    return Discrepancy(
        kind="name",
        severity=severity,
        message=f"name {m.span.text!r} of the source is missing from the translation",
        found=None,
        expected=m.span,
        expected_value=m.span.text,
        confidence=0.6,
    )


def _dedupe(found: Iterable[Discrepancy]) -> list[Discrepancy]:
    seen: set[tuple[Any, ...]] = set()
    out: list[Discrepancy] = []
    for d in found:
        key = (d.kind, d.found, d.expected)
        if key in seen:
            continue
        seen.add(key)
        out.append(d)
    return out


# A run of two or more words, the later ones capitalised (or a particle: "Ludwig van Beethoven"),
# in group ``name``. It is tried only where a word starts, and the non-letters that open the word
# ("'", "-", digits) are read before the group: a search from each character of a long word
# ("O'O'O'...") cost the square of its length. The matches are those of the plain pattern
# ``[^\W\d_][\w'’\-]*(?:\s+(?:[^\W\d_a-z][\w'’\-]*|van|...|y))+``, save that a particle must be
# a whole word ("Smith de" is no longer read out of "Smith delta").
_FULL_NAME_RE = re.compile(
    r"(?<![\w'’\-])[\d_'’\-]*"
    r"(?P<name>[^\W\d_][\w'’\-]*(?:\s+(?:[^\W\d_a-z][\w'’\-]*|(?:van|von|de|der|del|da|y)(?![\w'’\-])))+)"
)


class _FullNames:
    """The full names of one reference (:data:`_FULL_NAME_RE`), grouped by the parts of their
    first word, and whether the reference also writes a word alone: read once per reference, so
    that each one-word mention looks its candidates up instead of searching the whole text."""

    __slots__ = ("_alone", "by_first", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.by_first: dict[tuple[str, ...], list[tuple[Span, list[str]]]] = {}
        self._alone: dict[str, bool] = {}
        for m in _FULL_NAME_RE.finditer(text):
            tokens = m.group("name").split()
            if len(tokens) >= 2:
                span = Span(m.start("name"), m.end("name"), m.group("name"))
                self.by_first.setdefault(name_parts(tokens[0]), []).append((span, tokens))

    def alone(self, word: str) -> bool:
        """Whether the reference writes ``word`` on its own (not before a capitalised word)."""
        found = self._alone.get(word)
        if found is None:
            pattern = rf"(?<![\w\-]){re.escape(word)}(?![\w\-]|\s+[^\W\d_a-z])"
            found = self._alone[word] = re.search(pattern, self.text) is not None
        return found


_last_full_names: _FullNames | None = None


def _full_names(reference: str) -> _FullNames:
    """The :class:`_FullNames` of ``reference``; the last one is kept, as the mentions of one
    translation are read against one reference in turn."""
    global _last_full_names
    last = _last_full_names
    if last is None or not (last.text is reference or last.text == reference):
        last = _last_full_names = _FullNames(reference)
    return last


def _not_a_person(tokens: list[str]) -> bool:
    """Whether a capitalised run is the name of a place or body, or several names: a possessive
    inside it, or a last word that names a kind of place or organisation."""
    return any(t.endswith(("’s", "'s")) for t in tokens[:-1]) or fold_word(tokens[-1]) in _NOT_FAMILY


_NOT_FAMILY = ORG_WORDS | PLACE_WORDS | DOMAIN_WORDS


def _given_name_only(m: Mention, reference: str) -> Discrepancy | None:
    """A one-word name that is only the first word of a full name in the reference: "Boyd" for
    "Boyd Kevin Rutherford". A family name alone ("Hegseth", "Kim") is how news names people and
    is not reported; neither is a word the reference also uses on its own."""
    parts = name_parts(m.span.text)
    if len(parts) != 1 or parts[0] in SURNAME_CLASSES or m.entity_id is not None:
        return None
    if m.kind in ("place", "org", "acronym"):
        return None  # only people have family names
    if m.rank is not None or m.title is not None:
        return None  # "Gen. Nakatani", "Minister Nakatani": a titled family name
    word = m.span.text
    full_names = _full_names(reference)
    for span, tokens in full_names.by_first.get(parts, ()):
        if not all(t[:1].isupper() for t in (tokens[0], tokens[-1])):
            continue
        if _not_a_person(tokens):
            continue  # "Cham County", "Ruhr Valley", "Brandenburg’s Consumer Protection Minister ..."
        if full_names.alone(tokens[0]):
            return None  # the reference also writes the word alone
        return Discrepancy(
            kind="name",
            severity="minor",
            message=(f"name {word!r} gives only the first part of {span.text!r}: the family name is missing"),
            found=m.span,
            expected=span,
            found_value=word,
            expected_value=span.text,
            confidence=0.6,
        )
    return None
