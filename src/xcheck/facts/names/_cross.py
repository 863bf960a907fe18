"""Comparing names across languages: a Latin-script translation against a reference in another
language (names found in it fuzzily or through the glossary, the rest checked against its
capitalised words for a garbled rendering), and a Chinese, Japanese or Korean translation
against a Latin-script reference, where only the glossary knows the names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz as rf_fuzz
from rapidfuzz import process as rf_process

from xcheck._types import Discrepancy, Span
from xcheck.facts.names._cjk import cjk_name_findings
from xcheck.facts.names._extract import extract_mentions
from xcheck.facts.names._findings import _dedupe, _given_name_only, _one_side, _substitution_message
from xcheck.facts.names._glossary import Glossary
from xcheck.facts.names._model import GlossaryEntry, Mention
from xcheck.facts.names._renderings import same_family
from xcheck.facts.names._surface import _is_latin, _mostly_latin, _surfaces_equivalent
from xcheck.facts.names._text import Similarity, fold_word, name_similarity, words
from xcheck.lexicon._common import is_common_word
from xcheck.lexicon._names import (
    COUNTRIES,
    DEMONYM_ENDINGS,
    DOMAIN_WORDS,
    FUNCTION_WORDS,
    IRREGULAR_DEMONYMS,
    ORG_WORDS,
    PLACE_WORDS,
    PLACES,
)

_CAP_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")


def _word_present(part: str, reference_words: Sequence[str], cutoff: float) -> bool:
    if part in reference_words:
        return True
    long_enough = [w for w in reference_words if len(w) >= len(part) - 2]
    best = rf_process.extractOne(part, long_enough, scorer=rf_fuzz.partial_ratio, score_cutoff=cutoff)
    if best is not None:
        return True
    close = rf_process.extractOne(part, reference_words, scorer=rf_fuzz.ratio, score_cutoff=cutoff)
    return close is not None


_GENERIC_NAME_WORDS = ORG_WORDS | PLACE_WORDS | DOMAIN_WORDS


def _present(
    surface: str, reference_words: Sequence[str], *, cutoff: float = 85.0, every: bool = False
) -> bool:
    """Whether a name occurs, spelled nearly alike, among the words: any of its long words, or
    with ``every`` each of its distinctive words (generic words such as River, Party, County
    aside), so "Ferenc Puskas" is not found in a text about Ferenc Farkas."""
    parts = [w for w in words(surface) if len(w) >= 3] or words(surface)
    if every:
        distinctive = [w for w in parts if w not in _GENERIC_NAME_WORDS] or parts
        return all(_word_present(w, reference_words, cutoff) for w in distinctive)
    return any(_word_present(w, reference_words, cutoff) for w in parts)


def _compare_into_other_script(
    t_mentions: Sequence[Mention],
    r_mentions: Sequence[Mention],
    *,
    glossary: Glossary | None,
    report_missing: bool,
    garbled_cutoff: float,
) -> list[Discrepancy]:
    """A translation in Chinese, Japanese or Korean checked against a Latin-script reference.

    Names of the translation are known only through the glossary (帕帕罗 = Samuel Paparo). Each
    such person that the reference does not name is compared, by its glossary name, with the
    people of the reference that the translation does not name: a garbled rendering when they
    look and sound alike, a different entity when each side has exactly one such person. With
    ``report_missing``, a glossary entity of the reference that the translation lacks is
    reported too.
    """
    out: list[Discrepancy] = []
    t_ids = {m.entity_id for m in t_mentions if m.entity_id}
    r_ids = {m.entity_id for m in r_mentions if m.entity_id}

    def rendered_in_translation(rm: Mention) -> bool:
        if rm.entity_id is not None:
            return rm.entity_id in t_ids
        return any(_surfaces_equivalent(rm.span.text, tm.name, rm.kind, tm.kind) for tm in t_mentions)

    t_people = [
        m for m in t_mentions if m.kind == "person" and m.entity_id is not None and m.entity_id not in r_ids
    ]
    r_people = [m for m in r_mentions if m.kind in ("person", "other") and not rendered_in_translation(m)]
    r_people = [m for m in r_people if m.kind == "person"] or r_people
    used: set[int] = set()
    for tm in t_people:
        scored = [
            (name_similarity(tm.name, rm.span.text), j) for j, rm in enumerate(r_people) if j not in used
        ]
        if not scored:
            continue
        sim, j = max(scored, key=lambda sj: sj[0].score)
        if sim.score < garbled_cutoff and not (len(t_people) == 1 and len(r_people) == 1):
            continue
        used.add(j)
        rm = r_people[j]
        out.append(
            Discrepancy(
                kind="name",
                severity="major",
                message=_substitution_message(f"{tm.span.text} ({tm.name})", rm.span.text, sim),
                found=tm.span,
                expected=rm.span,
                found_value=tm.name,
                expected_value=rm.name if rm.entity_id else rm.span.text,
                confidence=0.7,
            )
        )
    if report_missing:
        paired = {d.expected for d in out}
        for rm in r_mentions:
            if rm.entity_id is not None and rm.entity_id not in t_ids and rm.span not in paired:
                out.append(_one_side(rm, added=False))
    return _dedupe(out)


def _compare_across_languages(
    translation: str,
    reference: str,
    *,
    glossary: Glossary | None,
    report_missing: bool,
    report_added: bool,
    garbled_cutoff: float,
) -> list[Discrepancy]:
    """Names of a translation checked against a reference in another language.

    Names mostly survive translation in Latin script, so a translated name that occurs in the
    reference (fuzzily, any long word of it) or resolves to a glossary entity the reference names
    is rendered. One that does not is a ``name`` discrepancy: ``major`` and called garbled when a
    capitalised word of the reference that the translation lacks looks and sounds like it
    (``Seibnitz`` for ``Sassnitz``), ``minor`` otherwise (only with ``report_added``). Country
    names and nationalities are translated, not transliterated, and are left alone. A glossary
    entity of the reference that the translation lacks is reported with ``report_missing``.
    """
    t_mentions = extract_mentions(translation, glossary=glossary)
    r_mentions = extract_mentions(reference, glossary=glossary)
    r_ids = {m.entity_id for m in r_mentions if m.entity_id}
    t_ids = {m.entity_id for m in t_mentions if m.entity_id}
    # In another script a name cannot be looked up by its letters: only the glossary speaks.
    latin_reference = _mostly_latin(reference)
    r_words = [fold_word(w) for w in _CAP_WORD_RE.findall(reference)]
    t_words = set(words(translation))
    r_caps = [
        m
        for m in _CAP_WORD_RE.finditer(reference)
        if m.group(0)[:1].isupper() and fold_word(m.group(0)) not in t_words
    ]
    if not _mostly_latin(translation):
        return _compare_into_other_script(
            t_mentions,
            r_mentions,
            glossary=glossary,
            report_missing=report_missing,
            garbled_cutoff=garbled_cutoff,
        )
    r_latin = _latin_aliases(r_mentions, glossary)
    # A source entity the translation already renders (美国 as "American", "U.S.") is nobody's
    # counterpart: another unmatched name of the translation is not its garbled rendering.
    t_ids = t_ids | _rendered_ids(r_latin, translation)
    out: list[Discrepancy] = []
    unrendered: list[tuple[Mention, _Best | None]] = []
    for m in t_mentions:
        if _accounted_for(m, r_ids, r_latin):
            continue
        if _present(m.span.text, r_words, every=m.kind == "person"):
            given = _given_name_only(m, reference)
            if given is not None:
                out.append(given)
            continue
        best = (
            None
            if _translated_words(m, latin_reference)
            else _closest_in_reference(m, r_caps, r_mentions, t_ids)
        )
        unrendered.append((m, best))
    if not latin_reference:  # a Chinese name may be written garbled in words read as no name
        unrendered, found = _against_cjk_names(unrendered, translation, reference, t_mentions, r_mentions)
        out.extend(found)
    out.extend(
        _unrendered_findings(
            unrendered,
            r_mentions,
            t_ids,
            glossary,
            garbled_cutoff,
            report_added=report_added,
            latin_reference=latin_reference,
        )
    )
    if report_missing:
        out.extend(_missing_across(out, r_mentions, t_ids, t_words, glossary))
    return _dedupe(out)


#: A name of the reference most like a translated one: (score, similarity, its span).
_Best = tuple[float, Similarity, Span]


def _against_cjk_names(
    unrendered: list[tuple[Mention, _Best | None]],
    translation: str,
    reference: str,
    t_mentions: Sequence[Mention],
    r_mentions: Sequence[Mention],
) -> tuple[list[tuple[Mention, _Best | None]], list[Discrepancy]]:
    """Translated people checked against the person names of a Chinese or Korean reference
    (:func:`cjk_name_findings`): those it renders leave ``unrendered``, those whose counterpart
    is identified and differs are findings (and leave it too). The glossary's names stay its own."""
    people = [
        m for m, _ in unrendered if m.kind == "person" or (m.kind == "other" and len(words(m.span.text)) > 1)
    ]
    taken = [rm.span for rm in r_mentions if rm.entity_id is not None]
    others = [m for m in t_mentions if m not in people]
    rendered, found = cjk_name_findings(people, reference, taken, others, translation)
    done = rendered | {d.found for d in found if d.found is not None}
    return [(m, b) for m, b in unrendered if m.span not in done], found


def _latin_aliases(r_mentions: Sequence[Mention], glossary: Glossary | None) -> list[tuple[Mention, str]]:
    """Latin names of the reference's glossary entities ("Kim Jong Un" for 金正恩)."""
    return [
        (rm, alias)
        for rm in r_mentions
        if rm.entity_id is not None and glossary is not None and not _is_latin(rm.span.text)
        for alias in (glossary.get(rm.entity_id) or GlossaryEntry("", "", "other")).names
        if alias and _is_latin(alias)
    ]


def _rendered_ids(r_latin: Sequence[tuple[Mention, str]], translation: str) -> set[str]:
    """Glossary entities of a reference in another script that the translation renders: one of
    their Latin names written in it (whole words, in its case: "U.S.", "United States"), or a
    word of their place family among its capitalised words ("American" for 美国)."""
    out: set[str] = set()
    for rm, alias in r_latin:
        if rm.entity_id is None or rm.entity_id in out:
            continue
        written = re.search(rf"(?<![\w.]){re.escape(alias)}(?![\w])", translation) is not None
        if written or same_family(fold_word(alias), translation):
            out.add(rm.entity_id)
    return out


def _translated_words(m: Mention, latin_reference: bool) -> bool:
    """Whether a translated name facing a reference in another script is made of ordinary English
    words ("Senate", "Limited", "United Airlines": frequent words, or generic words of bodies and
    places): a translation of a description, not a transliteration that could be garbled."""
    if latin_reference:
        return False
    parts = words(m.span.text)
    return bool(parts) and all(
        is_common_word(w) or w in _GENERIC_NAME_WORDS or w in FUNCTION_WORDS for w in parts
    )


def _accounted_for(m: Mention, r_ids: set[str], r_latin: Sequence[tuple[Mention, str]]) -> bool:
    """Whether a translated name needs no rendering in the reference's words: a glossary entity
    the reference names (in any script), or a name translated rather than transliterated."""
    if m.entity_id is not None and m.entity_id in r_ids:
        return True
    if any(_surfaces_equivalent(m.span.text, alias, m.kind, rm.kind) for rm, alias in r_latin):
        return True  # "Kim" for 金正恩: a part of the name the glossary gives
    parts = words(m.span.text)
    if any(w in PLACES for w in parts) or " ".join(parts) in COUNTRIES:
        return True  # country and region names are translated, not transliterated
    # a nationality adjective ("Austrian") is translated too
    return (
        len(parts) == 1
        and (parts[0].endswith(DEMONYM_ENDINGS) or parts[0] in IRREGULAR_DEMONYMS)
        and m.kind != "person"
    )


def _closest_in_reference(
    m: Mention, r_caps: Sequence[re.Match[str]], r_mentions: Sequence[Mention], t_ids: set[str]
) -> _Best | None:
    """The name of the reference most like a translated name it lacks: one of its capitalised
    words the translation lacks, or the glossary name of an entity it writes in another script
    that the translation does not name."""
    best: _Best | None = None
    acronym = m.span.text.isupper()
    for cand in r_caps:
        text = cand.group(0)
        if not _is_latin(text) or (text.isupper() and not acronym):
            continue  # "AC밀란은" is written in two scripts; "FDA" is no spelling of "Food"
        sim = name_similarity(m.span.text, text)
        if best is None or sim.score > best[0]:
            best = (sim.score, sim, Span(cand.start(), cand.end(), text))
    for rm in r_mentions:
        if rm.entity_id is None or rm.entity_id in t_ids or _is_latin(rm.span.text):
            continue
        if _derived(m.span.text, rm.name):
            continue  # "Koreans", "the two Koreas" for 한국, 북한: the people or the plural of the name
        sim = name_similarity(m.span.text, rm.name)
        if best is None or sim.score > best[0]:
            best = (sim.score, sim, rm.span)
    return best


def _derived(word: str, name: str) -> bool:
    """Whether ``word`` is a form of a word of ``name`` (its plural or its people: Koreas,
    Koreans for Korea), not another name."""
    stems = [w for w in words(name) if len(w) >= 4]
    return any(w != s and w.startswith(s) and len(w) - len(s) <= 3 for w in words(word) for s in stems)


def _unrendered_findings(
    unrendered: Sequence[tuple[Mention, _Best | None]],
    r_mentions: Sequence[Mention],
    t_ids: set[str],
    glossary: Glossary | None,
    garbled_cutoff: float,
    *,
    report_added: bool,
    latin_reference: bool,
) -> list[Discrepancy]:
    """Translated names the reference does not render: a garbled rendering of the reference's name
    most like it (or of its one unnamed person when each side has one), else, with
    ``report_added`` and a Latin-script reference, a name that does not occur in the source."""
    out: list[Discrepancy] = []
    # Persons of the reference (glossary) that the translation does not name.
    free_people = {
        rm.entity_id: rm
        for rm in r_mentions
        if rm.entity_id is not None and rm.entity_id not in t_ids and rm.kind == "person"
    }
    lone = len(free_people) == 1 and len([m for m, _ in unrendered if m.kind in ("person", "other")]) == 1
    for m, best in unrendered:
        if best is None or best[0] < garbled_cutoff:
            if lone and m.kind in ("person", "other"):
                rm = next(iter(free_people.values()))
                sim = name_similarity(m.span.text, rm.name)
                best = (sim.score, sim, rm.span)
            else:
                best = None
        if best is not None:
            _, sim, span = best
            entry = glossary.resolve(span.text) if glossary is not None else None
            shown = span.text
            if entry is not None and not _is_latin(span.text):
                shown = f"{span.text} ({entry.name})"
            out.append(
                Discrepancy(
                    kind="name",
                    severity="major",
                    message=_substitution_message(m.span.text, shown, sim),
                    found=m.span,
                    expected=span,
                    found_value=m.span.text,
                    expected_value=entry.name if entry is not None else span.text,
                    confidence=0.7,
                )
            )
        elif report_added and latin_reference and m.kind in ("person", "org", "place", "other"):
            out.append(
                Discrepancy(
                    kind="name",
                    severity="minor",
                    message=f"name {m.span.text!r} does not occur in the source text",
                    found=m.span,
                    expected=None,
                    found_value=m.span.text,
                    confidence=0.5,
                )
            )
    return out


def _missing_across(
    out: Sequence[Discrepancy],
    r_mentions: Sequence[Mention],
    t_ids: set[str],
    t_words: set[str],
    glossary: Glossary | None,
) -> list[Discrepancy]:
    """Glossary entities of the reference that the translation lacks: not named, not paired with
    a finding of ``out``, no Latin alias of theirs among the translation's words, and not a place
    (a country or city before a title or body is often left implied: 미국 국무장관 "the Secretary of
    State"; read on koen_news, where it was most of the name findings on unchanged pairs)."""
    missing: list[Discrepancy] = []
    paired = {d.expected for d in out if d.expected is not None}
    t_all = sorted(t_words)
    for rm in r_mentions:
        if rm.entity_id is None or rm.entity_id in t_ids or rm.span in paired:
            continue
        entry = glossary.get(rm.entity_id) if glossary is not None else None
        if entry is not None and entry.kind == "place":
            continue  # 미국 민주당 대선후보, "the Democratic candidate": a place left implied
        latin = [a for a in (entry.names if entry else ()) if _is_latin(a)]
        if any(_present(a, t_all) for a in latin):
            continue
        missing.append(_one_side(rm, added=False))
    return missing
