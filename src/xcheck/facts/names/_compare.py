"""Comparing the mentions of a translated sentence with those of its reference in the same
language (:func:`compare_entities`), in steps: match the mentions that may name one entity,
check the titles of matched people, pair the unmatched ones that fill one slot (aligned words,
a shared specific title, alike sounds, shared context, swapped places, the glossary's office
holder), then report what is left on one side only.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from xcheck._types import Discrepancy, Span
from xcheck.facts.names._context import _shared_context
from xcheck.facts.names._cross import _compare_across_languages
from xcheck.facts.names._findings import (
    _dedupe,
    _given_name_only,
    _kept_foreign,
    _latin_name,
    _one_side,
    _substitution,
)
from xcheck.facts.names._glossary import Glossary
from xcheck.facts.names._holders import _holder_slots
from xcheck.facts.names._model import ALIGNED_CUTOFF, ENTITY_KINDS, GARBLED_CUTOFF, SOUND_ONLY_MARGIN, Mention
from xcheck.facts.names._renderings import (
    described_in,
    glossed_in,
    pronoun_for,
    rendered_in,
    same_stem,
    spelling_variants,
    translated_name,
)
from xcheck.facts.names._runs import _CONNECTORS
from xcheck.facts.names._surface import _is_latin, _mostly_latin, _name_signature, _surfaces_equivalent
from xcheck.facts.names._text import (
    Similarity,
    fold_word,
    name_parts,
    name_similarity,
    titles_compatible,
    words,
)
from xcheck.facts.names._titles import _check_ranks, _check_titles, _specific, _titles_of
from xcheck.facts.names._view import _aligned_ratio, _same_slot, _slot_map, _View, _view
from xcheck.lexicon._common import is_common_word
from xcheck.lexicon._names import DOMAIN_WORDS, ORG_WORDS, PLACE_WORDS, TITLE_HEADS

#: Char regions of a pair that the word alignment pairs (see :func:`_slot_map`).
_Slots = Sequence[tuple[int, int, int, int, bool]]
#: Whether two mentions of one pair may name one entity (see :func:`_same_memoised`).
_Same = Callable[[Mention, Mention], bool]


def _same_entity(a: Mention, b: Mention, glossary: Glossary | None) -> bool:
    """Whether two mentions (from either text) may name the same entity."""
    if a.entity_id is not None and b.entity_id is not None:
        return a.entity_id == b.entity_id
    if glossary is not None:
        for known, other in ((a, b), (b, a)):
            if known.entity_id is not None:
                # Only aliases in the surface's script can be equivalent to it (text in two
                # scripts never folds to the same string).
                aliases = glossary._aliases_in_script(known.entity_id, _is_latin(other.span.text))
                if any(_surfaces_equivalent(other.span.text, alias, other.kind) for alias in aliases):
                    return True
    return (
        _surfaces_equivalent(a.span.text, b.span.text, a.kind, b.kind)
        or _surfaces_equivalent(a.name, b.name, a.kind, b.kind)
        or spelling_variants(a.span.text, b.span.text)
        or ("person" not in (a.kind, b.kind) and translated_name(a.span.text, b.span.text))
        or _one_name_kept_foreign(a, b)
        or _initials_of(a.span.text, b.span.text)
        or _initials_of(b.span.text, a.span.text)
    )


def _initials_of(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is written with the initials of the capitalised words of ``name``
    ("NRW" / "North Rhine-Westphalia", "EU" / "European Union")."""
    letters = acronym.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
        return False
    parts = [w for w in re.split(r"[\s\-‐]+", name) if w[:1].isupper()]
    return len(parts) == len(letters) and all(p[0] == c for p, c in zip(parts, letters, strict=True))


GENERIC_NAME_WORDS = ORG_WORDS | PLACE_WORDS | DOMAIN_WORDS


def _one_name_kept_foreign(a: Mention, b: Mention) -> bool:
    """Two names of a body that share a distinctive word (an acronym, a rare word: not a generic
    "Rocks" or "Party") and differ in words one side kept in another language ("DFB Cup" /
    "DFB-Pokal"): one name, so nothing is lost to a reader."""
    shared = _kept_foreign(a, b)
    return shared is not None and any(
        w not in GENERIC_NAME_WORDS and w not in _CONNECTORS and not is_common_word(w) for w in shared.split()
    )  # a particle ("Van" of "Van Gerwen" and "Van den Bergh") is no distinctive word


_EXPANSION_RE = re.compile(r"((?:[^\W\d_][\w\-‐’']*\s+){1,8})\(\s*$")


def _defined_acronym(text: str, m: Mention) -> frozenset[str]:
    """The folded words of the name an acronym is written after in brackets ("the Organization
    for Security and Co-operation in Europe (OSCE)"), or an empty set."""
    if m.kind != "acronym" or text[m.span.end : m.span.end + 1] != ")":
        return frozenset()
    before = _EXPANSION_RE.search(text[max(0, m.span.start - 120) : m.span.start])
    if before is None or sum(w[:1].isupper() for w in before.group(1).split()) < 2:
        return frozenset()
    return frozenset(words(before.group(1)))


def _alias_written(m: Mention, other_text: str, glossary: Glossary) -> bool:
    """Whether ``other_text`` writes the name or an alias of ``m``'s glossary entity, in any case,
    as whole words."""
    entry = glossary.get(m.entity_id) if m.entity_id else None
    if entry is None:
        return False
    folded = other_text.casefold()
    for alias in (entry.name, *entry.aliases):
        a = alias.casefold()
        at = folded.find(a)
        while at >= 0:
            end = at + len(a)
            if not (at and folded[at - 1].isalnum()) and not (end < len(folded) and folded[end].isalnum()):
                return True
            at = folded.find(a, at + 1)
    return False


def _defined_alike(
    translation: str, t_mentions: Sequence[Mention], reference: str, r_mentions: Sequence[Mention]
) -> set[Span]:
    """Acronyms both sides write in brackets after one name: the name is compared on its own, and
    a translation may keep the source language's letters ("OSCE" / "OBSE") for the same body."""
    t_defs = [(m, _defined_acronym(translation, m)) for m in t_mentions]
    r_defs = [(m, _defined_acronym(reference, m)) for m in r_mentions]
    out: set[Span] = set()
    for tm, tw in t_defs:
        for rm, rw in r_defs:
            if tw and rw and len(tw & rw) * 2 >= len(tw | rw):
                out |= {tm.span, rm.span}
    return out


def _kinds_compatible(a: str, b: str) -> bool:
    if a == b or "other" in (a, b):
        return True
    return {a, b} <= {"org", "acronym"} or {a, b} <= {"place", "acronym"}


#: :func:`_kinds_compatible` of every pair of mention kinds, looked up in the hot loops.
_COMPATIBLE_KINDS: dict[tuple[str, str], bool] = {
    (a, b): _kinds_compatible(a, b) for a in ENTITY_KINDS for b in ENTITY_KINDS
}


def compare_entities(
    translation: str,
    reference: str,
    *,
    glossary: Glossary | None = None,
    date: _dt.date | None = None,
    report_missing: bool = True,
    report_added: bool = True,
    aligned_cutoff: float = ALIGNED_CUTOFF,
    garbled_cutoff: float = GARBLED_CUTOFF,
    lang: str | None = None,
    reference_lang: str | None = None,
) -> list[Discrepancy]:
    """Compare the named mentions of a translated text with those of its reference.

    Returns ``name`` discrepancies (a different or garbled name in the same slot; a name on one
    side only, when ``report_missing``/``report_added`` and the texts are otherwise aligned) and
    ``title`` discrepancies (the same person with an incompatible title). ``date`` is the date of
    the reference statement; with a glossary, the office holder on that date fills a slot the
    reference names only by title. Spans index ``translation`` (``found``) and ``reference``
    (``expected``).

    When ``lang`` and ``reference_lang`` differ the reference is in another language: names
    then count as rendered when they (or their glossary aliases) occur in it, and a name of the
    translation that does not is compared with the reference's capitalised words for a garbled
    rendering (see :func:`_compare_across_languages`).

    >>> [d.kind for d in compare_entities("Minister Kim Jong-un spoke.", "Minister Kim Jong Un spoke.")]
    []
    """
    across = bool(lang and reference_lang and lang.split("-")[0] != reference_lang.split("-")[0])
    if across or _mostly_latin(translation) != _mostly_latin(reference):
        return _compare_across_languages(
            translation,
            reference,
            glossary=glossary,
            report_missing=report_missing,
            report_added=report_added,
            garbled_cutoff=garbled_cutoff,
        )
    if _name_signature(translation) == _name_signature(reference):
        return []  # the same capitalised words and title words in the same order: nothing moved
    t_view, r_view = _view(translation, glossary), _view(reference, glossary)
    t_mentions, r_mentions = t_view.mentions, r_view.mentions
    if not t_mentions and not r_mentions:
        return []
    aligned = _aligned_ratio(t_view.rest, r_view.rest) >= aligned_cutoff
    slots = _slot_map(translation, reference) if aligned else []
    same = _same_memoised({**t_view.ident, **r_view.ident}, glossary)
    t_matched, r_matched = _match(t_view, r_view, same)
    matched_keys = [tk for tk, tis in t_view.by_key.items() if tis[0] in t_matched]
    out = _person_titles(t_view, r_mentions, t_matched, matched_keys, same, glossary)
    if report_missing:
        out.extend(_given_names(t_view, t_matched, reference))
    t_free, r_free = _unmatched(t_view, r_mentions, t_matched, r_matched, matched_keys, same)
    # Written on the other side too, in lower case, the plural or a compound: not a lost name.
    rendered = {m.span for m in t_free if rendered_in(m, reference) and not _competes(m, r_free)}
    rendered |= {m.span for m in r_free if rendered_in(m, translation) and not _competes(m, t_free)}
    # An acronym in brackets after its name is rendered by that name (compared on its own).
    rendered |= _defined_alike(translation, t_mentions, reference, r_mentions)
    if glossary is not None:
        # A glossary entity the other side names by an alias in lower case ("COVID-19" against
        # "the coronavirus"), which the name reader does not take for a name.
        rendered |= {m.span for m in t_free if _alias_written(m, reference, glossary)}
        rendered |= {m.span for m in r_free if _alias_written(m, translation, glossary)}
    t_free = [m for m in t_free if m.span not in rendered]
    r_free = [m for m in r_free if m.span not in rendered]
    found, paired_t, used_r = _pair_unmatched(
        translation, reference, t_free, r_free, slots, glossary, garbled_cutoff
    )
    out.extend(found)
    _swapped_names(out, (t_mentions, r_mentions), t_free, r_free, slots, glossary, paired_t, used_r, rendered)
    # Holder of the reference's titled office, from the glossary.
    if glossary is not None:
        out.extend(_holder_slots(t_free, paired_t, reference, r_mentions, glossary, date))
        paired_t |= {i for i, m in enumerate(t_free) if any(d.found == m.span for d in out)}
    if aligned:
        out.extend(
            _one_sided(
                (translation, reference),
                t_free,
                r_free,
                paired_t,
                used_r,
                report_added=report_added,
                report_missing=report_missing,
            )
        )
    return _dedupe(out)


#: Whether two mentions (by surface, name, kind and entity, with a glossary) may be the same.
_SAME_MEMO: dict[tuple[tuple[Any, ...], tuple[Any, ...], Glossary | None], bool] = {}


def _same_memoised(ident: Mapping[int, tuple[Any, ...]], glossary: Glossary | None) -> _Same:
    """:func:`_may_be_same` and :func:`_same_entity` of two mentions of one pair, known by their
    identity in ``ident`` (what decides the verdict, per mention of both views)."""

    def same(a: Mention, b: Mention) -> bool:
        # Memoised across calls: the same names recur in every sentence of a report.
        key = (ident[id(a)], ident[id(b)], glossary)
        found = _SAME_MEMO.get(key)
        if found is None:
            if len(_SAME_MEMO) > 50_000:
                _SAME_MEMO.clear()
            found = _SAME_MEMO[key] = _may_be_same(a, b) and _same_entity(a, b, glossary)
        return found

    return same


def _match(t_view: _View, r_view: _View, same: _Same) -> tuple[dict[int, list[int]], set[int]]:
    """The reference mentions each translated mention may name the same entity as (by index, for
    the matched ones) and the reference mentions matched."""
    # Work on distinct mentions (the same name written the same way is compared once).
    t_matched: dict[int, list[int]] = {}
    r_matched: set[int] = set()
    for t_kind, tm, tis in t_view.firsts:
        js = [
            j
            for r_kind, rm, rjs in r_view.firsts
            if (
                _COMPATIBLE_KINDS.get((t_kind, r_kind), False)
                or _reordered(tm, rm)
                or _initials_of(tm.span.text, rm.span.text)
                or _initials_of(rm.span.text, tm.span.text)
            )
            and same(tm, rm)
            for j in rjs
        ]
        if js:
            for i in tis:
                t_matched[i] = js
            r_matched.update(js)
    return t_matched, r_matched


def _reordered(a: Mention, b: Mention) -> bool:
    """Whether two names of three or more words are the same words in another order, glued or
    not ("Royal British Airforce" / "British Royal Air Force"): one name, whatever kind the
    capitalised words suggested for each."""
    pa, pb = name_parts(a.span.text), name_parts(b.span.text)
    if min(len(pa), len(pb)) < 3 or sorted("".join(pa)) != sorted("".join(pb)):
        return False
    short, long_ = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    glued = {long_[i] + long_[i + 1] for i in range(len(long_) - 1)}
    return all(p in long_ or p in glued for p in short)


def _person_titles(
    t_view: _View,
    r_mentions: Sequence[Mention],
    t_matched: dict[int, list[int]],
    matched_keys: Sequence[tuple[Any, ...]],
    same: _Same,
    glossary: Glossary | None,
) -> list[Discrepancy]:
    """Titles of the same person: each group of a person's mentions on both sides checked once
    for an incompatible title and a different rank."""
    out: list[Discrepancy] = []
    t_mentions, t_by_key = t_view.mentions, t_view.by_key
    done_titles: set[tuple[int, int]] = set()
    for tk in matched_keys:
        tm = t_mentions[t_by_key[tk][0]]
        js = t_matched[t_by_key[tk][0]]
        if tm.kind != "person" and not any(r_mentions[j].kind == "person" for j in js):
            continue
        t_group = [
            t_mentions[i]
            for ok, ois in t_by_key.items()
            if ok == tk or (ok[2] == tm.kind and same(t_mentions[ois[0]], tm))
            for i in ois
        ]
        r_group = [r_mentions[j] for j in js]
        key = (min(m.span.start for m in t_group), min(m.span.start for m in r_group))
        if key in done_titles:
            continue
        done_titles.add(key)
        for finding in (_check_titles(t_group, r_group, glossary), _check_ranks(t_group, r_group)):
            if finding is not None:
                out.append(finding)
    return out


def _given_names(t_view: _View, t_matched: dict[int, list[int]], reference: str) -> list[Discrepancy]:
    """A given name alone where the statement gives the full name ("Boyd" for "Boyd Kevin
    Rutherford"): part of the name went missing."""
    out: list[Discrepancy] = []
    for tis in t_view.by_key.values():
        tm = t_view.mentions[tis[0]]
        if tis[0] in t_matched and tm.kind in ("person", "other"):
            given = _given_name_only(tm, reference)
            if given is not None:
                out.append(given)
    return out


def _unmatched(
    t_view: _View,
    r_mentions: Sequence[Mention],
    t_matched: dict[int, list[int]],
    r_matched: set[int],
    matched_keys: Sequence[tuple[Any, ...]],
    same: _Same,
) -> tuple[list[Mention], list[Mention]]:
    """The mentions of each side that name nothing of the other (the translation's in text order)."""
    t_mentions, t_by_key = t_view.mentions, t_view.by_key
    r_free = [m for j, m in enumerate(r_mentions) if j not in r_matched]
    # A translated mention equivalent to another translated mention that matched is not free.
    free_keys = [
        tk
        for tk, tis in t_by_key.items()
        if tis[0] not in t_matched
        and not any(
            mk[2] == tk[2] and same(t_mentions[tis[0]], t_mentions[t_by_key[mk][0]]) for mk in matched_keys
        )
    ]
    t_free = sorted((t_mentions[i] for tk in free_keys for i in t_by_key[tk]), key=lambda m: m.span.start)
    return t_free, r_free


def _pair_unmatched(
    translation: str,
    reference: str,
    t_free: Sequence[Mention],
    r_free: Sequence[Mention],
    slots: _Slots,
    glossary: Glossary | None,
    garbled_cutoff: float,
) -> tuple[list[Discrepancy], set[int], set[int]]:
    """Unmatched mentions of the two sides that fill one slot (see :func:`_slot_evidence` and
    :func:`_shared_context`), best first and each used once: a substitution each, with the
    indices of the paired translated and reference mentions."""
    out: list[Discrepancy] = []
    used_r: set[int] = set()
    paired_t: set[int] = set()
    candidates: list[tuple[float, int, int, str]] = []
    for ti, tm in enumerate(t_free):
        for ri, rm in enumerate(r_free):
            if not _kinds_compatible(tm.kind, rm.kind):
                continue
            sim = name_similarity(_latin_name(tm), _latin_name(rm))
            evidence = _slot_evidence(tm, rm, sim, slots, glossary, garbled_cutoff)
            if evidence is None and _shared_context(translation, tm, reference, rm):
                evidence = "context"
            if evidence is not None:
                bonus = 1.0 if evidence in ("slot", "context") else 0.0
                candidates.append((sim.score + bonus, ti, ri, evidence))
    for _, ti, ri, _evidence in sorted(candidates, key=lambda c: -c[0]):
        if ti in paired_t or ri in used_r:
            continue
        paired_t.add(ti)
        used_r.add(ri)
        out.append(_substitution(t_free[ti], r_free[ri]))
    return out, paired_t, used_r


def _swapped_names(
    out: list[Discrepancy],
    mentions: tuple[Sequence[Mention], Sequence[Mention]],
    t_free: Sequence[Mention],
    r_free: Sequence[Mention],
    slots: _Slots,
    glossary: Glossary | None,
    paired_t: set[int],
    used_r: set[int],
    rendered: set[Span],
) -> None:
    """Add to ``out`` the names that swapped places, marking them paired in ``paired_t`` and
    ``used_r`` (``mentions`` are the translation's and the reference's, ``rendered`` the spans
    of free names the other side writes unmarked).

    Both sides name both, but a replaced stretch of an otherwise aligned pair has one where the
    other had the other. A name found elsewhere on the other side facing one that is not
    ("According to Canalys" where the source opens "Chinese smartphone maker" and names Canalys
    at the end) moved; nothing took its place.
    """
    t_mentions, r_mentions = mentions
    t_free_spans = {m.span for m in t_free}
    r_free_spans = {m.span for m in r_free}
    for ts, te, rs, re_, replaced in slots:
        if not replaced:
            continue
        inside_t = [m for m in t_mentions if ts <= m.span.start and m.span.end <= te]
        inside_r = [m for m in r_mentions if rs <= m.span.start and m.span.end <= re_]
        if len(inside_t) != 1 or len(inside_r) != 1:
            continue
        tm, rm = inside_t[0], inside_r[0]
        if tm.span in rendered or rm.span in rendered:
            continue  # the other side writes it (in lower case, as a demonym): nothing swapped
        if (tm.span in t_free_spans) != (rm.span in r_free_spans):
            continue
        if any(d.found == tm.span or d.expected == rm.span for d in out):
            continue
        if _kinds_compatible(tm.kind, rm.kind) and not _same_entity(tm, rm, glossary):
            out.append(_substitution(tm, rm))
            paired_t.update(i for i, m in enumerate(t_free) if m.span == tm.span)
            used_r.update(i for i, m in enumerate(r_free) if m.span == rm.span)


def _one_sided(
    texts: tuple[str, str],
    t_free: Sequence[Mention],
    r_free: Sequence[Mention],
    paired_t: set[int],
    used_r: set[int],
    *,
    report_added: bool,
    report_missing: bool,
) -> list[Discrepancy]:
    """Names of an aligned pair left on one side only (those worth reporting): not those the
    other side may render by a pronoun (``texts`` is the translation and the reference)."""
    translation, reference = texts
    out: list[Discrepancy] = []
    t_left = [tm for ti, tm in enumerate(t_free) if ti not in paired_t]
    r_left = [rm for ri, rm in enumerate(r_free) if ri not in used_r]
    if report_added:
        for tm in t_left:
            if (
                _reportable(tm)
                and not _rendered_otherwise(tm, translation, reference)
                and not any(same_stem(tm, rm) for rm in r_left)
            ):
                out.append(_one_side(tm, added=True))
    if report_missing:
        for rm in r_left:
            if (
                _reportable(rm)
                and not _rendered_otherwise(rm, reference, translation)
                and not any(same_stem(rm, tm) for tm in t_left)
            ):
                out.append(_one_side(rm, added=False))
    return out


def _rendered_otherwise(m: Mention, text: str, other_text: str) -> bool:
    """Whether a name left on one side is rendered unmarked by the other text: by a pronoun, or
    described in ordinary words (see :func:`described_in`), or by the gloss its own text gives it
    in brackets (:func:`glossed_in`), or it is a place before a title ("the US president Trump"
    against "Donald Trump": whose office it is goes without saying)."""
    return (
        pronoun_for(m, text, other_text)
        or described_in(m, other_text)
        or glossed_in(m, text, other_text)
        or _place_before_title(m, text)
    )


#: After a place: a title that says whose office it is ("US president", "Chinese foreign minister").
_TITLE_AFTER = re.compile(r"[ \u00a0]+(?:(?:[A-Za-z]+)[ \u00a0]+)?(?P<head>[A-Za-z]+)")


def _place_before_title(m: Mention, text: str) -> bool:
    """Whether ``m`` is a country or place written right before a title of office ("the US
    president Trump", "U.S. Defense Secretary"), at most one word (a field or rank) between."""
    if m.kind not in ("place", "acronym") and not (m.entity_id and m.kind == "other"):
        return False
    after = _TITLE_AFTER.match(text, m.span.end)
    if after is None:
        return False
    words = after.group(0).split()
    return any(w.lower() in TITLE_HEADS for w in words)


def _may_be_same(a: Mention, b: Mention) -> bool:
    """A cheap necessary condition of :func:`_same_entity` (to skip most pairs of a long text):
    a shared folded word, an acronym, a glossary entry, or glued names sharing an end."""
    if a.entity_id is not None or b.entity_id is not None:
        return True
    if not _is_latin(a.span.text) or not _is_latin(b.span.text):
        return True
    pa = {*name_parts(a.span.text), *name_parts(a.name)}
    pb = {*name_parts(b.span.text), *name_parts(b.name)}
    if pa & pb:
        return True
    if a.span.text.replace(".", "").isupper() or b.span.text.replace(".", "").isupper():
        return True
    if spelling_variants(a.span.text, b.span.text):
        return True
    ja, jb = "".join(name_parts(a.span.text)), "".join(name_parts(b.span.text))
    return ja[:4] == jb[:4] or ja[-4:] == jb[-4:]


def _competes(m: Mention, others: Sequence[Mention]) -> bool:
    """Whether an unmatched name of the other side shares a word with ``m``: then its words there
    belong to that name ("Manchester United" for "Manchester City"), not to a rendering of ``m``."""
    mine = set(words(m.span.text))
    for o in others:
        theirs = set(words(o.span.text))
        if mine & theirs and not (mine <= theirs or theirs <= mine):
            return True  # a longer or shorter form ("Lower Bavaria" / "Bavaria") does not compete
    return False


def _reportable(m: Mention) -> bool:
    """Whether a name left on one side is worth a finding: not a single capitalised ordinary word
    ("Autumn", "Navy", "Office"), which is as likely a common noun written with a capital as a
    name, and whose counterpart the other side writes in lower case or rephrases."""
    text = m.span.text
    if m.entity_id is None and " " not in text and not text.isupper() and is_common_word(fold_word(text)):
        return False
    return m.kind in ("person", "org", "place", "acronym") or (len(text.split()) >= 2 or text[:1].isupper())


def _slot_evidence(
    tm: Mention,
    rm: Mention,
    sim: Similarity,
    slots: _Slots,
    glossary: Glossary | None,
    garbled_cutoff: float,
) -> str | None:
    """Why two unmatched mentions are taken as one slot, or ``None`` if they are not."""
    if slots and _same_slot(tm, rm, slots):
        return "slot"
    tp, rp = _titles_of(tm, glossary), _titles_of(rm, glossary)
    if (
        tp is not None
        and rp is not None
        and not tp.is_rank
        and not rp.is_rank
        and titles_compatible(tp, rp)
        and tp.head == rp.head
        and _specific(tp)
        and _specific(rp)
    ):
        return "title"
    if (
        tm.kind == "person"
        and rm.kind == "person"
        and sim.score >= garbled_cutoff + SOUND_ONLY_MARGIN
        and _family_names_alike(_latin_name(tm), _latin_name(rm), garbled_cutoff)
    ):
        return "sound"
    return None


def _family_names_alike(a: str, b: str, cutoff: float) -> bool:
    """For two full names, the last parts (family names in Western order) must be alike too:
    "Michael McCaul" and "Max Miller" share sounds spread over different parts."""
    pa, pb = name_parts(a), name_parts(b)
    if len(pa) < 2 or len(pb) < 2:
        return True
    return name_similarity(pa[-1], pb[-1]).score >= cutoff
