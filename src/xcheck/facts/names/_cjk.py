"""English person names checked against the person names of a Chinese or Korean source
(:func:`cjk_name_findings`).

A translated name is *rendered* when it matches a name of the source: by romanisation for a
Chinese or Korean name (family name in any common spelling, given name with the choices of
romanisation systems folded: ``Lee Jae-myung`` = 이재명, ``Tsai Ing-wen`` = 蔡英文, ``Park
Jun-hyuk`` = 朴俊赫), by sound for a foreign name (``Hegseth`` = 赫格塞思 = 헤그세스). A name
that matches none is compared with the source's unmatched person when its counterpart is
identified: it is the only unmatched person on each side, or (several) it is a near-miss
spelling of one of them, or (a Korean source) its title and the source name's name one office
that no other person on either side holds. Nothing is said when no counterpart is identified.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence

from rapidfuzz.distance import Levenshtein

from xcheck._types import Discrepancy, Severity, Span
from xcheck.facts.names._cjk_read import SourceName, source_language, source_names
from xcheck.facts.names._ko_match import family_renders, title_pairs, written_by_sound
from xcheck.facts.names._model import Mention
from xcheck.facts.names._text import words
from xcheck.facts.names._zh_sound import garbled_windows, has_name_pair, local_family, other_family
from xcheck.lexicon._cjk_names import (
    CHINESE_COMPOUND_SURNAMES,
    CHINESE_SURNAMES,
    COMPOUND_TAILS,
    SURNAME_READINGS,
    SURNAME_SPELLINGS,
)
from xcheck.lexicon._common import is_common_word
from xcheck.lexicon._names import (
    COUNTRIES,
    DOMAIN_WORDS,
    FUNCTION_WORDS,
    ORG_WORDS,
    PLACE_WORDS,
    PLACES,
    RANK_WORDS,
    SURNAME_CLASSES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from xcheck.lexicon._scripts import HAN_UNIFIED, HANGUL
from xcheck.text._romanize import (
    hangul_syllables,
    loose_key,
    loose_key_uncached,
    pinyin_syllables,
    pinyin_syllables_uncached,
    sound_alike,
    sound_key_english,
    sound_keys_english,
    sound_similarity,
    umlaut_spellings,
    wade_giles,
)

#: Consonant-key similarity at or above which a foreign name written by sound is the same name:
#: above 0.75, which a key of four consonants with one of another class scores (Hun Sek for 훈센,
#: Chiling Tong for 赵小兰 are other names).
SOUND_MATCH = 0.76
#: The same for one part of a name of several parts, against one part of the source's name.
PART_MATCH = 0.65
#: The same for the family name of a full name whose given name renders a part of the source's
#: (a key of five consonants may differ by one and a weak one: Tsvangirai for 창기라이).
FAMILY_MATCH = 0.7
#: Loose-key edit distance up to which a romanised name that differs is a near-miss spelling.
NEAR_MISS = 2

_PART_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _surname_keys(family: str, lang: str) -> frozenset[str]:
    """Loose keys of the spellings a family name takes: RR and its passport forms for Korean
    (이 -> Lee, Yi, Rhee), pinyin, Wade-Giles and Hong Kong spellings for Chinese."""
    spellings = {family}
    key = SURNAME_CLASSES.get(family)
    if key is not None:
        spellings |= {s for s, k in SURNAME_CLASSES.items() if k == key}
    if lang == "zh":
        spellings.add(wade_giles(family))
        spellings |= SURNAME_SPELLINGS.get(family, frozenset())
        spellings |= set(umlaut_spellings(family))
    return frozenset(loose_key(s) for s in spellings)


def _given_keys(given: Sequence[str], lang: str) -> frozenset[str]:
    keys = {loose_key("".join(given))}
    if lang == "zh":
        keys.add(loose_key("".join(wade_giles(s) for s in given)))
        keys |= {loose_key(s) for s in umlaut_spellings("".join(given))}
    return frozenset(keys)


def _arrangements(parts: Sequence[str]) -> list[tuple[str, str]]:
    """(family name, given name) readings of an English name: family name first or last."""
    if len(parts) == 1:
        return [(parts[0], "")]
    return [(parts[0], "".join(parts[1:])), (parts[-1], "".join(parts[:-1]))]


def _native_distance(parts: Sequence[str], name: SourceName) -> tuple[int, bool]:
    """The smallest loose-key edit distance between an English name and a romanisation of a
    native source name (0: rendered), and whether the English family name is one of the
    source's family-name spellings."""
    best, family_ok = 99, False
    for lang, family, given in name.readings:
        s_keys, g_keys = _surname_keys(family, lang), _given_keys(given, lang)
        for e_family, e_given in _arrangements(parts):
            ef = loose_key(e_family)
            # Another Chinese family name (Zhu for 周) is one letter off, whatever the loose key.
            other = int(lang == "zh" and other_family(e_family, _family_chars(name.span.text)))
            family_ok = family_ok or (ef in s_keys and not other)
            if not e_given:
                dist = (
                    0 if ef in s_keys and not other else min(Levenshtein.distance(ef, s) for s in s_keys) + 9
                )
            else:
                eg = loose_key(e_given)
                dist = (
                    min(Levenshtein.distance(ef, s) for s in s_keys)
                    + other
                    + min(Levenshtein.distance(eg, g) for g in g_keys)
                )
            best = min(best, dist)
    return best, family_ok


def _local_family(parts: Sequence[str], name: SourceName) -> bool:
    """Whether an English name writes its family name (first or last) in a Hong Kong or
    Southeast Asian spelling of the source name's (:func:`local_family`)."""
    chars = _family_chars(name.span.text)
    return any(local_family(p, chars) for p in {parts[0], parts[-1]})


def _family_chars(name: str) -> str:
    """The family name of a Chinese name in characters: its first one, or two (欧阳)."""
    return name[:2] if name[:2] in CHINESE_COMPOUND_SURNAMES else name[:1]


def _sound_score(parts: Sequence[str], name: SourceName) -> float:
    """How alike an English name and a foreign source name sound: the whole names, the English
    family name against a part of the source's (``Hegseth`` for 皮特·赫格塞思; ``Bush`` for 부시 미,
    where a tagger joined the country), or part by part when both write two parts or more."""
    whole, last = "".join(parts), parts[-1]
    scores = [sound_alike(whole, name.sound), sound_alike(last, name.sound)]
    scores.extend(sound_alike(spelling, part) for part in name.parts_sound for spelling in (last, whole))
    if len(parts) > 1 and len(name.parts_sound) > 1:
        first = "".join(parts[:-1])
        pair = sound_alike(first, name.parts_sound[0]) + sound_alike(last, name.parts_sound[-1])
        scores.append(pair / 2)
    return max(scores)


@functools.lru_cache(maxsize=64)
def _family_keys(lang: str) -> frozenset[str]:
    """Loose keys of the common family names of a language in all their spellings."""
    if lang == "ko":
        return frozenset(loose_key(s) for s in SURNAME_CLASSES)
    keys: set[str] = set()
    for ch in CHINESE_SURNAMES:
        for reading in pinyin_syllables(ch, surname_length=1)[:1]:
            keys |= _surname_keys(reading, "zh")
    return frozenset(keys)


def _romanised(parts: Sequence[str], name: SourceName) -> bool:
    """Whether an English name is written like a Chinese or Korean name of one of the source
    name's readings: it starts with a family name of that language in a common spelling (or ends
    with one after a hyphenated given name, ``Min-seok Ha``). A Chinese name in a Korean text
    (장위, ``Jiang Yu``) is not written like a Korean one."""
    langs = {lang for lang, _, _ in name.readings}
    first = loose_key(parts[0])
    if any(first in _family_keys(lang) for lang in langs):
        return not (langs == {"ko"} and first in _family_keys("zh") and first not in _family_keys("ko"))
    return "-" in parts[0] and any(loose_key(parts[-1]) in _family_keys(lang) for lang in langs)


def _matches(parts: Sequence[str], name: SourceName, *, person: bool = True) -> bool:
    """Whether an English name renders a source name: by romanisation when the source name is
    Chinese or Korean and the English one is written so, else by sound. A name that is not a
    person's (``person`` false: a place, a body) renders a Chinese or Korean name only by its
    romanisation, a foreign one only as a whole (``Brazil`` is not 셀소 아모림 브라질, a name a
    tagger ran into the country after it)."""
    if name.native:
        # A Chinese or Korean name is compared by romanisation; by sound only with a person's
        # name of two words or more that is not written as one (a Chinese name of a foreigner).
        dist = _native_distance(parts, name)[0]
        if dist <= NEAR_MISS or _romanised(parts, name) or len(parts) < 2 or not person:
            return dist == 0
    if not person:
        return sound_alike("".join(parts), name.sound) >= SOUND_MATCH
    if name.lang == "zh" and _written_chinese(parts):
        # A Chinese name is written in Chinese characters: Zhang Yong is not 太阳灶 by sound.
        return _spelled_as(parts, name.span.text)
    if len(parts) > 1:
        # A full English name (given and family name): its family name sounding like a part of
        # the source's name (约翰·史密斯; 창기라이 for Morgan Tsvangirai) is enough, so is a given
        # name sounding just like a source name of one part (a tagger may cut a transliteration
        # short: 布鲁诺 for Bruno Covas).
        keys = (*name.parts_sound, name.tail_sound)
        last = parts[-1]
        given = _given_rendered(parts, name)
        korean = name.lang == "ko"
        if given and len(name.parts_sound) > 1:
            # The given name renders a part of the source's name: the family name must render
            # another part nearly as closely as a whole name (Peter Gimbon is not 피터 깁슨).
            others = [i for i in range(len(name.parts_sound)) if i not in given]
            if korean:
                return family_renders(last, name, others, cutoff=FAMILY_MATCH)
            tail = (name.tail_sound,) if name.tail_sound else ()
            return any(_family_alike(last, s) for s in (*[name.parts_sound[i] for i in others], *tail))
        if korean and len(name.parts_sound) > 1:
            # Its given name renders no part of a Korean name of several parts: the family name
            # must render one just like a whole name (Ingrid Larsen is not 실비오 베를루스코니).
            return family_renders(last, name, range(len(name.parts_sound)), cutoff=SOUND_MATCH)
        if any(sound_alike(last, s) >= PART_MATCH for s in keys):
            return True
        if len(name.parts_sound) == 1 and _given_alike(parts, name):
            after = _after_given(parts, name)
            if after is None and korean and name.next_sound:
                # Korean writes a name's parts apart: the family name of a name a tagger cut
                # short stands in a word after it (Ekbogan is not 레젭 | 타입 에르도간).
                return family_renders(last, name, (), cutoff=FAMILY_MATCH, keys=name.next_sound)
            return after is None or _family_alike(last, after)
    return _sound_score(parts, name) >= SOUND_MATCH


_PINYIN_RE = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|iao|ian|ing|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in"
    r"|ua|uo|ui|un|ue|a|o|e|i|u|v))+"
)


def _written_chinese(parts: Sequence[str]) -> bool:
    """Whether an English name is written like a Chinese name in pinyin: a Chinese family name
    first, then a given name made of pinyin syllables (``Zhang Yong``, ``Liu Zhen``; not ``Jay
    Leno``)."""
    if len(parts) < 2 or loose_key(parts[0]) not in _family_keys("zh"):
        return False
    return all(_PINYIN_RE.fullmatch(p.lower()) for p in parts[1:])


def _spelled_as(parts: Sequence[str], chinese: str) -> bool:
    """Whether an English name is the pinyin (or Wade-Giles) of Chinese characters, read as a
    family name and a given name (海清 = Hai Qing)."""
    chars = "".join(ch for ch in chinese if ch.strip())
    if not 2 <= len(chars) <= 4:
        return False
    syl = pinyin_syllables(chars, surname_length=1)
    if len(syl) != len(chars):
        return False
    keys = {loose_key("".join(wade_giles(x) for x in syl))}
    keys |= {loose_key(s) for s in umlaut_spellings("".join(syl))}
    return loose_key("".join(parts)) in keys


def _family_alike(family: str, key: str) -> bool:
    """Whether an English family name sounds like a part of a foreign source name nearly as
    closely as a whole name (``FAMILY_MATCH``), or both have no consonant (Oe for 오에)."""
    if not key:
        return not sound_key_english(family)
    return sound_alike(family, key) >= FAMILY_MATCH


def _given_rendered(parts: Sequence[str], name: SourceName) -> set[int]:
    """The parts of a foreign source name that a word of an English name before its family name
    sounds just like (0 for Peter in 피터 깁슨)."""
    return {
        i for i, s in enumerate(name.parts_sound) if any(sound_alike(p, s) >= SOUND_MATCH for p in parts[:-1])
    }


def _after_given(parts: Sequence[str], name: SourceName) -> str | None:
    """The consonants of a one-word foreign source name after those of the English given name,
    when it has two or more left (크리스토퍼힐 after Christopher: the family name Hill, which the
    English must render), else ``None`` (布鲁诺 for Bruno Covas: a tagger cut the name short)."""
    given = min((len(k) for k in sound_keys_english("".join(parts[:-1]))), default=0)
    return name.sound[given:] if given and len(name.sound) - given >= 2 else None


def _given_alike(parts: Sequence[str], name: SourceName) -> bool:
    """Whether a word of an English name before its family name sounds just like a part of a
    foreign source name (Barack for 버락 in 버락 오바마)."""
    keys = (*name.parts_sound, name.tail_sound)
    return any(sound_alike(p, s) >= SOUND_MATCH for p in parts[:-1] for s in keys)


def _name_parts(m: Mention) -> list[str]:
    """The words of a translated name, without frequent English words before it ("Interior
    Hichem Mechichi", a title word the reader left in)."""
    parts = _PART_RE.findall(m.span.text)
    while (
        len(parts) > 1
        and _common(parts[0])
        and loose_key(parts[0]) not in _family_keys("zh") | _family_keys("ko")
    ):
        parts = parts[1:]
    return parts


def _common(word: str) -> bool:
    low = word.lower()
    return is_common_word(low) or low in FUNCTION_WORDS


def _personal(m: Mention) -> bool:
    """Whether a translated mention may be a person's name (title words before it aside): no
    frequent English word ("First Amendment", "Taiko Music Week", "Three Gorges") unless it
    starts with a family name ("Wu Na"), no one-letter or all-capital word ("Serie A", "SIFF
    Golden Goblet Awards"), no compound adjective ("Oscar-winning"), and naming no place or body
    ("Shanghai E-sports")."""
    kept = _name_parts(m)
    if not kept:
        return False
    text = m.span.text[m.span.text.find(kept[0]) :]
    before = words(m.span.text[: m.span.text.find(kept[0])])
    leading: list[Collection[str]] = [TITLE_HEADS, RANK_WORDS, DOMAIN_WORDS, TITLE_MODIFIERS]
    if len(kept) > 1:
        leading.append(FUNCTION_WORDS)
    if not all(any(w in words_ for words_ in leading) for w in before):
        # "Three Gorges": a frequent word before the name that is no title word, nor a function
        # word a sentence starts with before a full name ("Both John McCain and ...").
        return False
    parts = words(text)
    raw = _PART_RE.findall(text)
    # A family-name spelling makes a person's name of a word only with a given name after it: a
    # frequent word alone ("Law", "So") is no Law or So (罗, 苏).
    family_first = loose_key(parts[0]) in _family_keys("zh") | _family_keys("ko")
    if (not family_first or len(parts) == 1) and any(_common(w) for w in parts):
        return False
    if any(len(w) < 2 or (w.isupper() and len(w) > 1) for w in raw):
        return False
    if any(piece.lower() in COMPOUND_TAILS for w in text.split() for piece in w.split("-")[1:]):
        return False
    return not any(w in PLACES or w in COUNTRIES or w in ORG_WORDS or w in PLACE_WORDS for w in parts)


def _finding(m: Mention, parts: Sequence[str], name: SourceName) -> Discrepancy | None:
    """The finding for a translated name whose counterpart in the source is ``name``, or
    ``None`` when the two cannot be compared (a Western name facing a Chinese-style name)."""
    shown = f"{name.span.text} ({name.shown()})"
    severity: Severity
    if name.native:
        dist, _ = _native_distance(parts, name)
        if dist > NEAR_MISS and not _romanised(parts, name):
            return None  # a Western name for a person the source names in Chinese style (贺锦丽)
        near = dist <= NEAR_MISS and len(parts) > 1
        if near and name.lang == "zh" and _local_family(parts, name):
            return None  # a given name in Cantonese or Hokkien (Leung Chun-ying for 梁振英)
        severity = "minor" if near else "major"
        how = "a near-miss spelling" if near else "a different person"
        message = f"name {m.span.text!r} where the source names {shown}: {how}"
    else:
        if len(name.sound) < 3:
            return None  # two consonants or fewer (加维 jia-wei for Garvey): too little to judge
        score = _sound_score(parts, name)
        severity = "major"
        how = "looks like a garbled rendering" if score >= 0.5 else "does not sound like"
        message = f"name {m.span.text!r} {how} of {shown} (sound {score:.0%})"
        if score < 0.5:
            message = (
                f"name {m.span.text!r} where the source names {shown}: a different person (sound {score:.0%})"
            )
    return Discrepancy(
        kind="name",
        severity=severity,
        message=message,
        found=m.span,
        expected=name.span,
        found_value=m.span.text,
        expected_value=name.shown(),
        confidence=0.6 if severity == "minor" else 0.7,
    )


def _written_keys(text: str, lang: str) -> frozenset[tuple[str, str]]:
    """(family name, given name) loose keys of every run of characters of a Chinese or Korean text
    that could be a name: two to four Chinese characters anywhere, a Korean word's first three
    or four syllables. A tagger that misses a name (于冬, 钟南山 in a list) does not hide it."""
    out: set[tuple[str, str]] = set()
    if lang == "ko":
        for word in re.findall(f"[{HANGUL}]{{3,}}", text):
            syl = hangul_syllables(word)
            for n in (1, 2):
                family = "".join(syl[:n])
                given = loose_key_uncached("".join(syl[n : n + 2]))
                out.update((k, given) for k in _surname_keys(family, "ko"))
        return frozenset(out)
    for run in re.findall(f"[{HAN_UNIFIED}]{{2,}}", text):
        syl = pinyin_syllables_uncached(run)
        if len(syl) != len(run):
            continue
        for i, ch in enumerate(run[:-1]):
            family = SURNAME_READINGS.get(ch, syl[i])
            keys = _surname_keys(family, "zh")
            for n in (1, 2):
                given_syl = syl[i + 1 : i + 1 + n]
                if len(given_syl) == n:
                    out.update((k, g) for k in keys for g in _given_keys_uncached(given_syl))
    return frozenset(out)


def _given_keys_uncached(given: Sequence[str]) -> tuple[str, ...]:
    spellings = (*umlaut_spellings("".join(given)), "".join(wade_giles(s) for s in given))
    return tuple(loose_key_uncached(s) for s in spellings)


def _native_style(parts: Sequence[str], lang: str) -> bool:
    """Whether an English name is written like a Chinese (``zh``) or Korean (``ko``) name: a
    family name of that language first, then a given name in its romanisation."""
    if lang == "zh":
        return _written_chinese(parts)
    return (
        2 <= len(parts) <= 3 and loose_key(parts[0]) in _family_keys("ko") and all(len(p) <= 6 for p in parts)
    )


def _written_in(parts: Sequence[str], keys: frozenset[tuple[str, str]]) -> bool:
    return any((loose_key(f), loose_key(g)) in keys for f, g in _arrangements(parts) if g)


def _fits(parts: Sequence[str], name: SourceName) -> bool:
    """Whether an English name could render a source name by its style: a Chinese or Korean name
    by one written so, a foreign name by one that is not."""
    if name.native:
        return _romanised(parts, name)
    return not _native_style(parts, name.lang)


def _distinct_rest(rest: Sequence[tuple[Mention, list[str]]]) -> list[tuple[Mention, list[str]]]:
    seen: set[str] = set()
    out = []
    for m, parts in rest:
        key = loose_key("".join(parts))
        if key not in seen:
            seen.add(key)
            out.append((m, parts))
    return out


def _counterparts(
    rest: Sequence[tuple[Mention, list[str]]], free: Sequence[SourceName]
) -> list[tuple[Mention, list[str], SourceName]]:
    """The translated names paired with the source name identified as their counterpart: the
    only unmatched name on each side (a name written twice counts once); a near-miss spelling of
    a Chinese or Korean name, or the one foreign name whose given name the English writes
    (Barack Omaka); or the only pair whose styles fit (Guo Peng for 刘鹤 beside Lighthizer)."""
    rest = _distinct_rest(rest)
    free = list({n.span.text: n for n in reversed(free)}.values())[::-1]
    if len(rest) == 1 and len(free) == 1:
        return [(rest[0][0], rest[0][1], free[0])]
    out: list[tuple[Mention, list[str], SourceName]] = []
    for m, parts in rest:
        near = [
            n
            for n in free
            if len(parts) > 1
            and (
                (n.native and _native_distance(parts, n)[0] <= NEAR_MISS)
                or (not n.native and len(n.parts_sound) > 1 and _given_alike(parts, n))
            )
        ]
        if len(near) == 1:
            out.append((m, parts, near[0]))
    paired = {id(m) for m, _, _ in out} | {id(n) for _, _, n in out}
    fits = {i: [n for n in free if _fits(parts, n)] for i, (_, parts) in enumerate(rest)}
    for i, (m, parts) in enumerate(rest):
        if len(fits[i]) != 1 or id(m) in paired or id(fits[i][0]) in paired:
            continue
        if [j for j, ns in fits.items() if fits[i][0] in ns] == [i]:
            out.append((m, parts, fits[i][0]))
    return out


def _best_match(parts: Sequence[str], names: Sequence[SourceName]) -> SourceName | None:
    """The source name an English name renders, the one it sounds most like when several do
    (Mahmoud Abbas is 팔레스타인 마흐무드 아바스, not 부시 before it, though 아바스 and 부시
    sound alike), a confirmed one of more parts on a tie."""
    hits = [n for n in names if _matches(parts, n)]
    if len(hits) < 2:
        return hits[0] if hits else None
    # A Chinese or Korean name the English romanises wins; one it only sounds like (Ignacio
    # Garcia Bercero like 김한수, by its given name) counts by that sound.
    return max(
        hits,
        key=lambda n: (
            1.0 if n.native and _native_distance(parts, n)[0] == 0 else _sound_score(parts, n),
            n.confirmed,
            len(n.parts_sound),
        ),
    )


def _taken_by_others(
    names: Sequence[SourceName],
    people: Sequence[Mention],
    others: Sequence[Mention],
    translation: str,
) -> set[Span]:
    """Source names that the translation's places and bodies render, or a capitalised word of it
    outside the people's names ("Istanbul Gov. Muammer Guler"), a frequent word aside ("State",
    "Monday")."""
    capitalised = [
        [w.group(0)]
        for w in _PART_RE.finditer(translation)
        if w.group(0)[:1].isupper()
        and not _common(w.group(0))
        and not any(p.span.start <= w.start() < p.span.end for p in people)
    ]
    used: set[Span] = set()
    words_ = [p for p in [_name_parts(m) for m in others] + capitalised if p]
    for parts in words_:
        used.update(n.span for n in names if n.span not in used and _matches(parts, n, person=False))
    # A name a tagger ran into a place (말리키 이라크 for "al-Maliki ... Iraq") is taken when
    # each of its parts is.
    keys = [k for p in words_ for k in sound_keys_english("".join(p))]
    for n in names:
        if len(n.parts_sound) > 1 and all(
            any(sound_similarity(k, part) >= SOUND_MATCH for k in keys) for part in n.parts_sound
        ):
            used.add(n.span)
    return used


def cjk_name_findings(
    people: Sequence[Mention],
    reference: str,
    taken: Sequence[Span],
    others: Sequence[Mention] = (),
    translation: str = "",
) -> tuple[set[Span], list[Discrepancy]]:
    """Translated people (Latin script) checked against the person names of a Chinese or Korean
    reference: the spans of those the reference renders, and the findings of those whose
    counterpart is identified and does not match. ``taken`` are reference spans the glossary
    already explains (their names are not read again); ``others`` are the translation's other
    names (places, bodies), which only take the source names they render out of the count, as
    do the capitalised words of ``translation``. A name written like a Chinese or Korean one
    that the reference writes anywhere in its characters is rendered, read by a tagger or not."""
    lang = source_language(reference)
    # Without a translated person, only a garbled Chinese name may be found (_garbled_unread),
    # and only where two capitalised words may write one: the source is tagged only then.
    if lang is None or (not people and (lang != "zh" or not translation or not has_name_pair(translation))):
        return set(), []
    names = [
        n
        for n in source_names(reference, lang)
        if not any(t.start < n.span.end and n.span.start < t.end for t in taken)
    ]
    if not names:
        return set(), []
    rendered: set[Span] = set()
    used: set[Span] = set()
    rest: list[tuple[Mention, list[str]]] = []
    written: frozenset[tuple[str, str]] | None = None
    impersonal: list[Mention] = []
    for m in people:
        parts = _name_parts(m)
        if not parts or not _personal(m) or _quoted(m.span, translation):
            # Not a person's name by its words ("Carlos Long", "Long" a frequent word; "Singer Amy
            # Winehouse"), but it may still render a source name, which is then nobody's counterpart.
            impersonal.append(m)
            continue
        hit = _best_match(parts, names)
        if hit is not None and not _near_native_instead(parts, hit, names):
            rendered.add(m.span)
            used.add(hit.span)
            continue
        if _native_style(parts, lang) and not _near_confirmed(parts, names):
            written = _written_keys(reference, lang) if written is None else written
            if _written_in(parts, written):
                rendered.add(m.span)
                continue
        elif lang == "ko" and written_by_sound(parts, reference, cutoff=SOUND_MATCH):
            rendered.add(m.span)
            continue
        rest.append((m, parts))
    if lang == "ko" and impersonal:
        # In Korean, such a mention takes the source name it renders as a place or a body does.
        people = [m for m in people if all(m is not k for k in impersonal)]
    used |= _taken_by_others(
        [n for n in names if n.span not in used], people, [*others, *impersonal], translation
    )
    unconfirmed = [n for n in names if n.span not in used and not n.confirmed and n.native]
    free = [n for n in names if n.span not in used and n.confirmed]
    rest = [(m, parts) for m, parts in rest if not _near_unconfirmed(parts, unconfirmed, free)]
    pairs = _counterparts(rest, free)
    if lang == "ko":
        paired = {id(x) for m, _, n in pairs for x in (m, n)}
        pairs += [
            (m, p, n)
            for m, p, n in title_pairs(_distinct_rest(rest), free, reference, translation)
            if id(m) not in paired and id(n) not in paired
        ]
    out = [_finding(m, parts, n) for m, parts, n in pairs]
    if lang == "zh":
        blocked = [*rendered, *(m.span for m, _ in rest), *(m.span for m in others if m.entity_id)]
        left = [n for n in free if n.native and all(n is not p for _, _, p in pairs)]
        out.extend(_garbled_unread(translation, left, names, blocked))
    return rendered, [d for d in out if d is not None]


_QUOTES = "\"“”'‘’«»"


def _quoted(span: Span, text: str) -> bool:
    """Whether a name is the whole of a quotation (the newspaper “Red Star”, a film's title): a
    title, not a person's name."""
    return (
        span.start > 0
        and span.end < len(text)
        and text[span.start - 1] in _QUOTES
        and text[span.end] in _QUOTES
    )


def _near_native_instead(parts: Sequence[str], hit: SourceName, names: Sequence[SourceName]) -> bool:
    """Whether an English name that sounds like a foreign-looking source word no title confirms
    as a name is rather a near-miss spelling of a confirmed Chinese or Korean name (Zhoun Jingfon
    for 周竞帆, not for 从军 cong-jun, whose consonants it shares)."""
    if hit.native or hit.confirmed or len(parts) < 2:
        return False
    return any(n.native and n.confirmed and _native_distance(parts, n)[0] <= NEAR_MISS for n in names)


def _near_confirmed(parts: Sequence[str], names: Sequence[SourceName]) -> bool:
    """Whether an English name is a near-miss spelling of a confirmed Chinese or Korean source
    name: that name's counterpart, not a name the source writes elsewhere in its characters
    (Zhu Jingfan for 周竞帆 is not 竞帆 read after another 朱)."""
    return len(parts) > 1 and any(
        n.native and n.confirmed and _native_distance(parts, n)[0] <= NEAR_MISS for n in names
    )


def _near_unconfirmed(
    parts: Sequence[str], unconfirmed: Sequence[SourceName], free: Sequence[SourceName]
) -> bool:
    """Whether an English name is a near-miss spelling of a Chinese or Korean source name no
    title confirms, its family name in a spelling of that name's, and of no confirmed one: it
    renders that name (Zhao Yaomin for 赵雅敏 in a byline), so it is no counterpart of another
    (but Guo Peng does not render 陆生 lu-sheng, a word)."""
    if len(parts) < 2:
        return False
    if any(n.native and _native_distance(parts, n)[0] <= NEAR_MISS for n in free):
        return False
    for n in unconfirmed:
        dist, family_ok = _native_distance(parts, n)
        if dist <= NEAR_MISS and family_ok:
            return True
    return False


def _garbled_unread(
    translation: str, left: Sequence[SourceName], names: Sequence[SourceName], blocked: Sequence[Span]
) -> list[Discrepancy | None]:
    """Findings for the confirmed Chinese names of a Chinese source that no name of the
    translation renders or is paired with, but that two capitalised words of it write garbled
    (:func:`garbled_windows`: Hun La for 胡璐, Ten Jiane for 滕佳妮)."""
    out: list[Discrepancy | None] = []
    for name in left:
        if not any(lang == "zh" for lang, _, _ in name.readings):
            continue
        others = [n for n in names if n is not name]
        hit = garbled_windows(
            translation, name, others, blocked, distance=_native_distance, near_miss=NEAR_MISS
        )
        if hit is not None:
            span, parts = hit
            out.append(_finding(Mention(span=span, name=span.text, kind="person"), parts, name))
    return out
