"""How a Latin-script name compares with a foreign name written in Hangul.

A Korean transcription of a foreign name loses some distinctions (r and l are both ㄹ, f is ㅍ
like p, v is ㅂ like b, a final consonant may be doubled into the next syllable: 맥캔 for
McCann) and adds or drops a weak consonant; it does not write one consonant for another of an
unrelated class. So a family name whose consonant key needs such a substitution to reach the
Hangul one (Bekkusconi: k for the l of 베를루스코니, Pallekty: k for the n of 폴렌티) is another
name, however close the rest of the key, and a name without consonants (Oe for 오에) is compared
by its vowels.

Two helpers serve the pairing of a Korean source's people with the English ones: a foreign name
written by sound in words the tagger did not read is still rendered (:func:`written_by_sound`),
and a title names the office that picks out one person on each side (:func:`title_pairs`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from xcheck.facts.names._cjk_read import PART_SEPARATORS, SourceName, name_key_hangul
from xcheck.facts.names._cross_titles import (
    _SLOT_BREAK,
    SourceTitle,
    _Rendering,
    _rendering,
    _renders,
    source_titles,
)
from xcheck.facts.names._model import Mention
from xcheck.facts.names._text import parse_title
from xcheck.lexicon._scripts import HANGUL
from xcheck.lexicon._titles import TitleOffice
from xcheck.text._romanize import (
    hangul_syllables,
    key_distance,
    sound_alike,
    sound_key_english,
    sound_keys_english,
)

_HANGUL_WORD = re.compile(f"[{HANGUL}]+")
_ABBREVIATED_TITLE = re.compile(r"(?<![\w.])([A-Z][a-z]{1,4}\.)\s+$")


def _cost(a: str, b: str, *, unrelated: float) -> float:
    """The weighted edit distance of two consonant keys (:func:`xcheck.text._romanize.key_distance`)."""
    return key_distance(a, b, unrelated=unrelated)


def substitutes(spelling: str, key: str) -> bool:
    """Whether every reading of a Latin-script spelling needs a consonant of an unrelated class in
    place of one of a Hangul key to come closest to it (``Bekkusconi`` against 베를루스코니's
    ``plskn``), which a transcription does not do; a consonant added or dropped, or a related
    one (t for s, l for h as in 호날두 for Ronaldo), is what transcriptions do."""
    if not key:
        return False
    return all(
        _cost(k, key, unrelated=1.0) < _cost(k, key, unrelated=9.0) for k in sound_keys_english(spelling) if k
    )


def vowels_differ(spelling: str, hangul: str) -> bool:
    """Whether a name without consonants is not the romanisation of a Hangul part that has none
    either: ``Oa`` for 오에 (``oe``); ``Oe`` and ``Oé`` are it."""
    romanised = "".join(hangul_syllables(hangul))
    return bool(romanised) and spelling.lower().replace("é", "e") != romanised


def family_renders(
    family: str, name: SourceName, parts: Collection[int], *, cutoff: float, keys: Sequence[str] = ()
) -> bool:
    """Whether an English family name renders one of the ``parts`` of a foreign name in Hangul
    (or its last part with the syllable after it, which a tagger may have cut off, or one of
    other ``keys``): its key sounds like the part's at ``cutoff`` or above without an unrelated
    consonant in place of one of it, or neither has a consonant and the vowels agree (Oe for
    오에, not Oa)."""
    texts = [p for p in re.split(f"[{PART_SEPARATORS}]", name.span.text) if p]
    pairs = [(name.parts_sound[i], texts[i] if i < len(texts) else "") for i in parts]
    pairs.extend((k, "") for k in keys)
    if name.tail_sound and not keys:
        pairs.append((name.tail_sound, ""))
    for key, text in pairs:
        if not key:
            if not sound_key_english(family) and not (text and vowels_differ(family, text)):
                return True
        elif sound_alike(family, key) >= cutoff and not substitutes(family, key):
            return True
    return False


def written_by_sound(parts: Sequence[str], text: str, *, cutoff: float) -> bool:
    """Whether each word of an English name of two words or more sounds just like (``cutoff``)
    one of consecutive Hangul words of a Korean text, each with two consonants or more: a
    foreign name a tagger did not read (하야티 야지시 보좌관 for Hayati Yazici) is still
    written there."""
    if len(parts) < 2:
        return False
    hangul = [name_key_hangul(w) for w in _HANGUL_WORD.findall(text)]
    for i in range(len(hangul) - len(parts) + 1):
        if all(_word_alike(p, k, cutoff) for p, k in zip(parts, hangul[i : i + len(parts)], strict=True)):
            return True
    return False


def _word_alike(spelling: str, key: str, cutoff: float) -> bool:
    return len(key) >= 2 and sound_alike(spelling, key) >= cutoff and not substitutes(spelling, key)


def title_pairs(
    rest: Sequence[tuple[Mention, list[str]]],
    free: Sequence[SourceName],
    reference: str,
    translation: str,
) -> list[tuple[Mention, list[str], SourceName]]:
    """English people paired with the Korean name that holds the office their title renders, when
    that title picks out one name on each side ("White House spokeswoman Thomas Whitfield" and
    다나 페리노 백악관 대변인, beside 부시 대통령; "Sen. Richard Coleman" and 버락 오바마 상원의원,
    beside a place the English reader took for a person). The office is the table's
    (:func:`xcheck.facts.names._cross_titles.source_titles`): a title right before the name or a
    few characters after it, in the same clause."""
    titles = source_titles(reference)
    offices = {id(n): _offices_of(n, titles, reference) for n in free}
    renderings = [(m, parts, _title_rendering(m, translation)) for m, parts in rest]
    out = []
    for m, parts, rendering in renderings:
        if rendering is None:
            continue
        held = [n for n in free if any(_renders(rendering, o) for o in offices[id(n)])]
        if len(held) != 1:
            continue
        rivals = [
            r for _, _, r in renderings if r is not None and any(_renders(r, o) for o in offices[id(held[0])])
        ]
        if len(rivals) == 1:
            out.append((m, parts, held[0]))
    return out


def _title_rendering(m: Mention, translation: str) -> _Rendering | None:
    """The office an English person's title names: the reader's title, or an abbreviated one right
    before the name that the reader leaves out ("Sen. Richard Coleman", "Gov. Tim Pawlenty")."""
    title = m.title.text if m.title is not None else None
    if title is None:
        abbreviation = _ABBREVIATED_TITLE.search(translation, max(0, m.span.start - 12), m.span.start)
        title = abbreviation.group(1) if abbreviation is not None else None
    parts = parse_title(title) if title is not None else None
    return None if parts is None else _rendering(parts)


def _offices_of(name: SourceName, titles: Sequence[SourceTitle], reference: str) -> list[TitleOffice]:
    out = []
    for t in titles:
        if t.former:
            continue
        before = 0 <= name.span.start - t.span.end <= 1
        gap = reference[name.span.end : t.span.start]
        after = t.span.start >= name.span.end and len(gap) <= 12 and _SLOT_BREAK.search(gap) is None
        if before or after:
            out.append(t.office)
    return out
