"""Korean-English lexical evidence: which English content words the Korean words of a text gloss.

:func:`glosses_ko` finds the Korean words of a text and gives each the English keys a dictionary
glosses it with: lower-case content words in their base forms (정부 -> government; 말했다 -> say, speak;
국방부의 -> defense, ministry), to be met by the lemmas of an English sentence's words
(:func:`xcheck.lexicon._lemmas.lemmas`).

The tables, ``xcheck/data/ko_en_*.tsv.gz`` (built by ``scripts/build_ko_en.py`` from kengdic's
ezcorean 6,000 words and from Sino-Korean words read from CC-CEDICT through Unihan's Hangul
readings; sources and licences in ``ko_en.NOTICE``), are read on first use. Each eojeol (a word
between spaces) is cut into its longest table words from its start, so particles and endings are
left over (정부는 -> 정부; 국방부장관이 -> 국방부, 장관). A noun counts only when what follows it may
follow a noun (a particle, a suffix, the copula, another table word): 대변인은 is not 대변 "excrement".
A verb of the 하다 or 되다 kind is found through its contracted forms (발표했다 -> 발표하다), as is
a verb whose stem fuses with its ending (밝혔다 -> 밝히다). A single syllable counts only as the root
of such a verb (말했다 -> 말하다), never as a noun: 이, 은, 것 and 수 are particles or bound nouns
far more often than words, and 돌아왔다 is not 돌. With Kiwi installed (``pip install xcheck-news[ko]``;
Apache-2.0, about 100 MB, loaded on the first call), ``kiwi=True`` cuts the text by its morphological
analysis instead, which also finds irregular verbs (따랐다 -> 따르다).

>>> text = "정부는 국방부장관이 발표했다고 말했다."
>>> [(text[s:e], sorted(keys)[:2]) for s, e, keys in glosses_ko(text)]  # doctest: +NORMALIZE_WHITESPACE
[('정부', ['government']), ('국방부', ['defence', 'defense']), ('장관', ['cabinet', 'command']),
 ('발표', ['announce', 'announcement']), ('말', ['say', 'speak'])]
"""

from __future__ import annotations

import functools
import re
from typing import Any

from xcheck.lexicon._data import data_lines
from xcheck.lexicon._scripts import HANGUL

__all__ = ["FAMILY", "common_nouns", "glosses_ko", "place_names", "place_words"]

Gloss = tuple[int, int, frozenset[str]]

#: The packaged tables, one a source (their licences differ: ``data/ko_en.NOTICE``).
_TABLES = ("ko_en_kengdic.tsv.gz", "ko_en_cedict.tsv.gz")
#: Countries and cities (CLDR, ``scripts/build_ko_places.py``): a name replaces a word the other
#: tables read the same (이란 is Iran, not 離亂 "upheaval"; 인도 India, not 引導 "guide").
_PLACES = "ko_en_places.tsv.gz"
#: Prefix of a place family key (``@kr``: 한국, "Korean", "Seoul" share no word but the family).
FAMILY = "@"
#: A run of Hangul syllables: an eojeol, or the Hangul part of one.
_EOJEOL = re.compile(f"[{HANGUL}]+")
#: The longest entry of the table, in syllables.
_LONGEST = 6
#: The contracted and plain forms of 하 (do) that follow the root of a 하다 verb: 발표했다,
#: 발표한, 발표할, 발표해, 발표함, 발표합니다, 발표하고.
_HA_FORMS = frozenset("하했해한할함합")
#: Senses news gives common native verbs that the tables lack or gloss only literally (kengdic has
#: 밝히다 "light", 숨지다 "breathe one's last"); written for xcheck, joined to the tables' keys.
NEWS_VERBS: dict[str, str] = {
    "말하": "say tell speak",
    "밝히": "reveal disclose say",
    "전하": "report say tell convey",
    "따르": "follow accord",
    "늘어나": "increase rise grow",
    "줄어들": "decrease fall drop shrink",
    "오르": "rise climb",
    "내리": "fall drop lower",
    "떨어지": "fall drop",
    "숨지": "die kill dead death",
    "다치": "injure wound hurt",
    "밝혀지": "reveal",
    "떠나": "leave depart",
    "돌아오": "return",
    "일어나": "occur happen rise",
    "터지": "explode burst",
    "열리": "hold open",
    "살리": "save rescue",
}
#: First syllables of what may follow a noun in its eojeol: particles (이 가 을 를 은 는 의 에 에서
#: 에게 와 과 도 로 으로 만 까지 부터 보다 처럼 마다 조차 밖에 뿐 이나), suffixes (들 적 측 상 간 내
#: 외 별 당 화 성 권 계 급 씩 쯤 등 여 자 시 사 기 객 관 품 제 소 안 용 명), the copula (이다 였다
#: 입니다 다); 인 only at the end (차관인), since it ends words (대변인은 is not 대변 "excrement").
_NOUN_TAIL = frozenset(
    "이가을를은는의에께와과도로으만까부보처마조밖뿐나란라랑든들적측상간내외별당화성권계급씩쯤등여자였입엔엘다시사기객관품제소안용명"
)
#: Eojeols that are function words, though they begin with a table word (그리고 is not 그리다 "draw").
FUNCTION_EOJEOLS = frozenset(
    "그리고 그러나 그런데 그래서 그러면 그러자 그러므로 그리하여 따라서 하지만 또한 또는 이러한 그러한 "
    "이런 그런 저런 어떤 모든 위해 위한 위하여 통해 통한 대해 대한 대하여 관해 관한 따라 따른 의해 "
    "의한 인해 인한".split()
)
#: The vowel a verb stem's last syllable takes when it fuses with the ending 어/아 (밝히 + 었 ->
#: 밝혔; 보 + 았 -> 봤; 되 + 었 -> 됐), by index of the medial jamo; ㅏ ㅓ ㅐ keep theirs (가 + 았 -> 갔).
_FUSED_VOWEL = {20: 6, 8: 9, 13: 14, 11: 10, 0: 0, 4: 4, 1: 1}
#: The forms of 되 (become) that make a noun a passive verb: 연결된, 공개될, 체포됐다, 배치돼.
_DOE_FORMS = frozenset("되된될됐돼됨됩")
#: Kiwi's tags of nouns (and noun roots) and of verb and adjective stems.
_KIWI_NOUN = frozenset({"NNG", "NNP", "NR", "XR"})
_KIWI_VERB = frozenset({"VV", "VA"})


@functools.cache
def _table() -> dict[str, dict[str, frozenset[str]]]:
    """Kind ("N" noun, "V" verb or adjective stem, "F" a stem fused with its ending) -> surface ->
    keys."""
    table: dict[str, dict[str, frozenset[str]]] = {"N": {}, "V": {}}
    for name in _TABLES:
        for surface, kind, found in _rows(name):
            table[kind][surface] = table[kind].get(surface, frozenset()) | found
    table["N"].update((surface, found) for surface, _, found in _rows(_PLACES))
    for stem, keys in NEWS_VERBS.items():
        table["V"][stem] = table["V"].get(stem, frozenset()) | frozenset(keys.split())
    table["F"] = {fused: keys for stem, keys in table["V"].items() for fused in _fused(stem)}
    return table


def _rows(name: str) -> list[tuple[str, str, frozenset[str]]]:
    """The (surface, kind, keys) lines of one packaged table."""
    rows = []
    for line in data_lines(name):
        surface, kind, _hanja, keys = line.split("\t")
        rows.append((surface, kind, frozenset(keys.split(" "))))
    return rows


@functools.cache
def place_words() -> frozenset[str]:
    """The English words that name a place of the places table (``iraq``, ``london``): an English
    demonym whose stem is one of them speaks of that place ("Iraqi" of Iraq)."""
    return frozenset(k for _, _, keys in _rows(_PLACES) for k in keys if not k.startswith(FAMILY))


@functools.cache
def place_names() -> frozenset[str]:
    """The Korean names of the places table (터키 is not one: CLDR writes 튀르키예)."""
    return frozenset(surface for surface, _, _ in _rows(_PLACES))


@functools.cache
def common_nouns() -> frozenset[str]:
    """The nouns of kengdic's 6,000 common words (정부, 대학, 베이징, 유럽): unlike the Sino-Korean
    readings of CC-CEDICT, which give most Hangul strings some sense (부시 as 不是), these are words
    a Korean text writes as words."""
    return frozenset(s for s, kind, _ in _rows(_TABLES[0]) if kind == "N")


def _fused(stem: str) -> list[str]:
    """The forms a verb stem of two syllables or more takes when its last syllable fuses with the
    ending 어/아, with and without the past 었 (밝히 -> 밝혀, 밝혔); none for 하 (handled apart) or
    a stem whose last syllable has a final consonant."""
    code = ord(stem[-1]) - 0xAC00
    if len(stem) < 2 or stem[-1] == "하" or not 0 <= code < 11172 or code % 28:
        return []
    vowel = _FUSED_VOWEL.get(code // 28 % 21)
    if vowel is None:
        return []
    base = 0xAC00 + code // 588 * 588 + vowel * 28
    return [stem[:-1] + chr(base), stem[:-1] + chr(base + 20)]  # 20: the final ㅆ


def glosses_ko(text: str, *, kiwi: bool = False) -> list[Gloss]:
    """Korean words found in text: (start, end, English keys), ``text[start:end]`` the Korean surface
    (the stem or noun part of the eojeol, without particles and endings), in text order, spans not
    overlapping. ``kiwi=True`` uses Kiwi's morphological analysis (kiwipiepy must be installed)."""
    if kiwi:
        return _glosses_kiwi(text)
    found: list[Gloss] = []
    for m in _EOJEOL.finditer(text):
        found.extend(_glosses_eojeol(m.group(), m.start()))
    return found


def _glosses_eojeol(word: str, offset: int) -> list[Gloss]:
    """The table words an eojeol starts with, one after another (compounds: 국방부장관)."""
    if word in FUNCTION_EOJEOLS:
        return []
    found: list[Gloss] = []
    i = 0
    while i < len(word):
        match = _match_at(word, i)
        if match is None:
            break
        end, keys, verb = match
        found.append((offset + i, offset + end, keys))
        if verb:
            break  # the rest is the verb's ending
        i = end
    return found


def _match_at(word: str, i: int) -> tuple[int, frozenset[str], bool] | None:
    """The longest table word of ``word`` at ``i`` that what follows it allows: its end, its keys (a
    하다 verb's keys join its root's) and whether it is a verb (its ending follows)."""
    table = _table()
    for end in range(min(len(word), i + _LONGEST), i, -1):
        root = word[i:end]
        rest = word[end:]
        if rest[:1] in _HA_FORMS or (end - i > 1 and rest[:1] in _DOE_FORMS):
            keys = table["V"].get(root + "하", frozenset())
            # A single syllable is a noun only by chance: a particle (이, 은), a bound noun (것, 수)
            # or the start of a longer word (돌아왔다 is not 돌): it counts as the root of a 하다 verb.
            keys |= table["N"].get(root, frozenset()) if end - i > 1 else frozenset()
            if keys:
                return end, keys, True
        if end - i < 2:
            continue
        # A verb stem written out (밝히고; 발표하고 is 발표 and 하, as 발표했다 is), or fused with its
        # ending (밝혔다).
        verb = table["F"].get(root, frozenset()) | (
            table["V"].get(root, frozenset()) if root[-1] != "하" else frozenset()
        )
        if verb and rest:
            # a stem that is also a noun, before what may follow a noun, may be either: 배우는 is
            # "the actor" as often as "learning" (koen dev: Bale, 'from actor to movie star')
            noun = table["N"].get(root)
            if noun and rest[0] in _NOUN_TAIL:
                verb |= noun
            return end, verb, True
        # A noun is followed by nothing, a particle or suffix, or another noun (국방부장관): not by
        # the rest of a longer word the table lacks (대변인 is not 대변 "excrement").
        noun = table["N"].get(root)
        if noun and (not rest or rest[0] in _NOUN_TAIL or rest == "인" or _match_at(word, end) is not None):
            return end, noun, False
    return None


@functools.cache
def _kiwi() -> Any:
    """Kiwi's analyser, loaded once (about a second)."""
    try:
        from kiwipiepy import Kiwi
    except ImportError as exc:  # pragma: no cover - depends on the environment
        msg = "glosses_ko(kiwi=True) needs kiwipiepy: pip install xcheck-news[ko]"
        raise ImportError(msg) from exc
    return Kiwi()


def _glosses_kiwi(text: str) -> list[Gloss]:
    """Nouns and verb stems as Kiwi cuts them, looked up in the table."""
    nouns, verbs = _table()["N"], _table()["V"]
    found: list[Gloss] = []
    tokens = _kiwi().tokenize(text)
    for n, token in enumerate(tokens):
        start, end = token.start, token.start + token.len
        if found and start < found[-1][1]:
            continue
        nxt = tokens[n + 1] if n + 1 < len(tokens) else None
        keys: frozenset[str] = frozenset()
        if token.tag in _KIWI_NOUN:
            keys = nouns.get(token.form, frozenset()) if len(token.form) > 1 else frozenset()
            if nxt is not None and nxt.tag == "XSV" and nxt.form == "하":
                keys |= verbs.get(token.form + "하", frozenset())
            if not keys and token.len > 1:  # a compound Kiwi keeps whole: table words that cover it
                parts = _glosses_eojeol(text[start:end], start)
                if parts and parts[-1][1] == end:  # contiguous by construction
                    found.extend(parts)
                continue
        elif token.tag in _KIWI_VERB:
            keys = verbs.get(token.form, frozenset())
        if keys and text[start:end].strip():
            found.append((start, end, keys))
    return found
