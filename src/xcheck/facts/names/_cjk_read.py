"""Person names in Chinese and Korean text, romanised (:func:`source_names`).

A name is read with a tagger when one is installed (jieba's ``nr`` for Chinese, Kiwi's ``NNP``
for Korean), otherwise from a family name next to a person title or a verb of speech; either
way a name is *confirmed* as a person only by such context (国防部长赫格塞思, 陈志远表示,
정동영 통일부 장관, 하민석 교수): unconfirmed names only let a translated name count as rendered.
A name that starts with a common family name and has one or two more syllables is *native*
(compared by romanisation); any other is a foreign name written by sound (compared by its
consonants).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

import attrs

from xcheck import _lazyre
from xcheck._cache import text_cache
from xcheck._types import Span
from xcheck.lexicon._cjk_names import (
    CHINESE_BODY_NAME_ENDINGS,
    CHINESE_COMPOUND_SURNAMES,
    CHINESE_HONORIFICS,
    CHINESE_PERSON_TITLES,
    CHINESE_SPEECH_VERBS,
    CHINESE_SURNAMES,
    KOREAN_BODY_ENDINGS,
    KOREAN_BODY_NAME_ENDINGS,
    KOREAN_COMPOUND_SURNAMES,
    KOREAN_NAME_STOPS,
    KOREAN_PERSON_TITLES,
    KOREAN_SURNAMES,
)
from xcheck.lexicon._ko_en import common_nouns, place_names
from xcheck.lexicon._names import SURNAME_CLASSES
from xcheck.lexicon._scripts import HAN_UNIFIED, HANGUL, KANA
from xcheck.text._romanize import (
    hangul_syllables,
    hanja_reading,
    is_han,
    is_hangul,
    pinyin_syllables,
    sino_korean_syllables,
    sound_key_hangul,
    sound_key_pinyin,
)


@attrs.frozen
class SourceName:
    """A person name read in a Chinese or Korean text.

    ``readings`` are (language, family name, given-name syllables) romanisations of a native
    name: pinyin for Chinese (and the Korean reading of a name in Chinese characters, ``ko``),
    Revised Romanization for Korean; empty for a foreign name. ``sound`` is the consonant key of
    the whole name and
    ``parts_sound`` that of each part (约翰·史密斯: John, Smith), ``tail_sound`` that of the last
    part with the character after it (a tagger may cut a transliteration one character short).
    ``confirmed`` when a title or a verb of speech next to it shows it names a person.
    ``next_sound`` (Korean) are the keys of the two words after it, where the rest of a name a
    tagger cut short stands (레젭 | 타입 에르도간).
    """

    span: Span
    lang: str
    readings: tuple[tuple[str, str, tuple[str, ...]], ...]
    sound: str
    parts_sound: tuple[str, ...]
    confirmed: bool
    tail_sound: str = ""
    next_sound: tuple[str, ...] = ()

    @property
    def native(self) -> bool:
        """Whether this is a Chinese or Korean name (family name first), not a foreign one."""
        return bool(self.readings)

    def shown(self) -> str:
        """The romanisation of the name for a message: ``Ha Min-seok``, ``Chen Zhiyuan``, or the
        syllables of a foreign name (``He-ge-sai-si``)."""
        if self.readings:
            lang, family, given = self.readings[0]
            if lang == "ko":
                family = SURNAME_CLASSES.get(family, family)
            sep = "-" if lang == "ko" else ""
            return f"{family.capitalize()} {sep.join(given).capitalize()}".strip()
        text = self.span.text
        syllables = hangul_syllables(text) if self.lang == "ko" else pinyin_syllables(text)
        return "-".join(syllables).capitalize()


#: What separates the parts of a foreign name (约翰·史密斯, 존 스미스).
PART_SEPARATORS = "·•・ "


def name_key_hangul(text: str) -> str:
    """The consonant key of a name in Hangul with a final consonant and the same one starting the
    next syllable written once, as an English key writes a doubled letter once: 맥캔 -> ``mkn``
    (McCann), 베를루스코니 -> ``plskn`` (Berlusconi); two initials stay two (양제츠 ``ncc``)."""
    out = ""
    closed = False  # whether the last syllable ended in a final consonant
    for ch in text:
        if not is_hangul(ch):
            continue
        key = sound_key_hangul(ch)
        if closed and key and out.endswith(key[0]):
            key = key[1:]
        out += key
        closed = (ord(ch) - 0xAC00) % 28 != 0  # U+AC00 + (initial * 21 + vowel) * 28 + final
    return out


@functools.cache
def _kiwi() -> Any:
    try:
        from kiwipiepy import Kiwi
    except ImportError:
        return None
    return Kiwi()


@functools.cache
def _jieba_posseg() -> Any:
    try:
        import jieba
        import jieba.posseg
    except ImportError:
        return None
    jieba.setLogLevel(60)
    return jieba.posseg


_LONE_SURROGATE = _lazyre.compile("[\ud800-\udfff]")


def _place_word(word: str, *, first: bool) -> bool:
    """Whether a proper noun is a place or a body, not a part of a name next to it: a place of the
    places table (이스라엘 에후드 올메르트), or after a name one of the common nouns of the
    dictionary (양제츠 중국, 자오징 베이징); a first part may be a word too (마크 스미스)."""
    if word in place_names() or word in KOREAN_NAME_STOPS:
        return True
    return not first and len(word) >= 2 and word in common_nouns()


def _tagged_ko(text: str) -> Iterator[tuple[int, int]]:
    """Spans of proper nouns (Kiwi NNP) in Hangul, adjacent ones joined (박 + 준혁; 존 스미스)
    unless one is a place (에르도간 터키 총리: Erdogan, then Turkey) or a whole name of Kiwi's
    dictionary, written with its space (알렉스 퍼거슨, then 맨체스터 유나이티드, his club)."""
    kiwi = _kiwi()
    if kiwi is None:
        return
    spans: list[list[int]] = []
    stop = False  # whether the last span ended in a place, which no name part follows
    # Kiwi reads UTF-16 and fails on a lone surrogate: one replacement character in its place keeps
    # every offset (a str counts code points) and the text it compares with the tagged forms.
    for tok in kiwi.tokenize(_LONE_SURROGATE.sub("\ufffd", text)):
        if tok.tag != "NNP" or not all(is_hangul(ch) or ch == " " for ch in tok.form):
            continue
        start, end = tok.start, tok.start + tok.len
        if text[start:end] != tok.form:
            continue
        gap = text[spans[-1][1] : start] if spans else None
        place = _place_word(tok.form, first=gap != " ")
        whole = " " in tok.form
        if gap == "" or (gap == " " and not place and not stop and not whole):
            spans[-1][1] = end
        else:
            spans.append([start, end])
        stop = place or whole
    for start, end in spans:
        # A place alone is no person (백악관 is not a Baek Ak-gwan).
        if not _place_word(text[start:end], first=False):
            yield start, end


def _tagged_zh(text: str) -> Iterator[tuple[int, int]]:
    """Spans of person names (jieba ``nr``), parts joined by a middle dot (约翰·史密斯)."""
    posseg = _jieba_posseg()
    if posseg is None:
        return
    spans: list[list[int]] = []
    pos = 0
    for word, flag in posseg.cut(text):
        start = text.find(word, pos)
        if start < 0:
            continue
        pos = end = start + len(word)
        if not flag.startswith("nr") or not all(is_han(ch) for ch in word):
            continue
        if spans and text[spans[-1][1] : start] in ("·", "•", "・", ""):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    for start, end in spans:
        yield start, end


_KANA_RE = _lazyre.compile(f"[{KANA}]")
_KO_ORG_WORD = r"(?:[" + HANGUL + r"]+(?:" + "|".join(KOREAN_BODY_ENDINGS) + r")\s+)?"
_KO_TITLE_AFTER = _lazyre.compile(
    r"\s*" + _KO_ORG_WORD + "(?:" + "|".join(sorted(KOREAN_PERSON_TITLES, key=len, reverse=True)) + ")"
)
_KO_UNTAGGED = _lazyre.compile(
    r"(?<![" + HANGUL + "])[" + HANGUL + r"]{2,4}(?=\s" + _KO_TITLE_AFTER.pattern + ")"
)
_ZH_AFTER = "|".join(sorted(CHINESE_HONORIFICS + CHINESE_SPEECH_VERBS, key=len, reverse=True))
_ZH_TITLE_BEFORE = _lazyre.compile(
    "(?:" + "|".join(sorted(CHINESE_PERSON_TITLES, key=len, reverse=True)) + ")$"
)
_ZH_UNTAGGED = _lazyre.compile(
    "(?:(?<=" + ")|(?<=".join(sorted(CHINESE_PERSON_TITLES, key=len, reverse=True)) + "))"
    "[" + "".join(sorted(CHINESE_SURNAMES)) + "][" + HAN_UNIFIED + "]{1,2}(?=" + _ZH_AFTER + "|[，。、,；]|$)"
    "|[" + "".join(sorted(CHINESE_SURNAMES)) + "][" + HAN_UNIFIED + "]{1,2}(?=" + _ZH_AFTER + ")"
)


_KO_TITLES = "|".join(sorted(KOREAN_PERSON_TITLES, key=len, reverse=True))
#: A title after a Korean name, maybe with a body before it and a qualifier glued to it
#: (정동영 통일부 장관, 오바마 상원의원, 스콜라리 감독을).
_KO_TITLE_NEAR = _lazyre.compile(r"\s*" + _KO_ORG_WORD + "[" + HANGUL + "]{0,3}?(?:" + _KO_TITLES + ")")
#: A title before a Korean name, maybe as a predicate (야당 지도자인 모간 창기라이).
_KO_TITLE_BEFORE = _lazyre.compile("(?:" + _KO_TITLES + ")(?:인|이자)?\\s+$")
_KO_WORD_AFTER = _lazyre.compile(r"\s+[" + HANGUL + "]")
_KO_NEXT_WORD = _lazyre.compile(r"\s+([" + HANGUL + "]+)")
#: The Hangul words right after a name, in its clause (no comma or stop between).
_KO_NEXT_WORDS = _lazyre.compile(r"\s+([" + HANGUL + r"]+)(?:\s+([" + HANGUL + r"]+))?")
_ZH_TITLES = tuple(sorted(CHINESE_PERSON_TITLES + CHINESE_SPEECH_VERBS, key=len, reverse=True))


def _title_after(text: str, end: int, lang: str, *, tagged: bool) -> int | None:
    """Where a person title or verb of speech right after a name ends, or ``None``. After a name
    a regex guessed (not a tagger), a Chinese title counts only as an honorific (韩国总统)."""
    if lang == "ko":
        after = _KO_NEXT_WORD.match(text, end)
        word = after.group(1) if after is not None else ""
        # 에르도간 터키 총리, 양제츠 중국외교부장: the title of a place's office.
        cut = next((i for i in range(len(word), 1, -1) if _place_word(word[:i], first=True)), 0)
        if after is not None and cut:
            end = after.start(1) + cut
        near = _KO_TITLE_NEAR.match(text, end)
        if near is None or _KO_WORD_AFTER.match(text, near.end()):
            # A title another word follows names that word's holder (이스탄불 주지사 무아메르
            # 귈레르: 이스탄불 is the place); a name's title takes a particle (장관은, 교수와).
            return None
        return near.end()
    words = _ZH_TITLES if tagged else CHINESE_HONORIFICS + CHINESE_SPEECH_VERBS
    title = next((w for w in words if text.startswith(w, end)), None)
    return end + len(title) if title is not None else None


def _title_before(text: str, start: int, lang: str) -> bool:
    if lang == "ko":
        return bool(_KO_TITLE_BEFORE.search(text[max(0, start - 12) : start]))
    return bool(_ZH_TITLE_BEFORE.search(text[max(0, start - 8) : start]))


def _confirm(text: str, names: list[SourceName], lang: str, tagged: set[tuple[int, int]]) -> list[SourceName]:
    """The names with ``confirmed`` set: a title or a verb of speech next to it, except a title
    that another name follows, which the word before describes (美国总统特朗普, 영국 가수 에이미
    와인하우스: a country or a body, not a name)."""
    starts = {n.span.start for n in names}
    out = []
    for n in names:
        end = _title_after(text, n.span.end, lang, tagged=(n.span.start, n.span.end) in tagged)
        after = end is not None and not any(end <= s <= end + 1 for s in starts)
        out.append(attrs.evolve(n, confirmed=after or _title_before(text, n.span.start, lang)))
    return out


def _native_readings(name: str, lang: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Romanisations of a name as family name and given-name syllables, or none when it does not
    start with a common family name followed by one or two syllables."""
    out: list[tuple[str, str, tuple[str, ...]]] = []
    if lang == "ko":
        # Korean given names have two syllables but for a few (a family name and one syllable is
        # more often a word: 안보, 한국).
        n = 2 if name[:2] in KOREAN_COMPOUND_SURNAMES else 1 if name[:1] in KOREAN_SURNAMES else 0
        # A Korean name's syllables read Chinese characters; 양제츠 writes the sound of Yang Jiechi.
        sino = sino_korean_syllables()
        if sino and not all(ch in sino for ch in name[n:]):
            n = 0
        if n and len(name) - n == 2 and not any(t in name for t in KOREAN_PERSON_TITLES):
            syl = hangul_syllables(name)
            out.append(("ko", "".join(syl[:n]), syl[n:]))
        return tuple(out)
    n = 2 if name[:2] in CHINESE_COMPOUND_SURNAMES else 1 if name[:1] in CHINESE_SURNAMES else 0
    if not n or not 1 <= len(name) - n <= 2:
        return ()
    syl = pinyin_syllables(name, surname_length=n)
    if len(syl) == len(name):
        out.append(("zh", "".join(syl[:n]), syl[n:]))
    korean = hanja_reading(name) if n == 1 else None
    if korean is not None:
        ksyl = hangul_syllables(korean)
        out.append(("ko", ksyl[0], ksyl[1:]))
    return tuple(out)


def _source_name(text: str, start: int, end: int, lang: str) -> SourceName:
    name = text[start:end]
    compact = "".join(ch for ch in name if ch not in PART_SEPARATORS)
    parts = [p for p in re.split("[" + PART_SEPARATORS + "]", name) if p]
    if lang == "ko":
        sound, parts_sound = name_key_hangul(compact), tuple(name_key_hangul(p) for p in parts)
    else:
        sound = sound_key_pinyin(pinyin_syllables(compact))
        parts_sound = tuple(sound_key_pinyin(pinyin_syllables(p)) for p in parts)
    readings = _native_readings(compact, lang) if len(parts) == 1 else ()
    after = text[end : end + 1]
    if readings and after and (is_hangul(after) if lang == "ko" else is_han(after)):
        # A tagger may cut a name one syllable short (魏玉 of 魏玉坤): its longer reading too.
        readings += _native_readings(compact + after, lang)
    tail = parts[-1] + text[end : end + 1]
    tail_sound = name_key_hangul(tail) if lang == "ko" else sound_key_pinyin(pinyin_syllables(tail))
    return SourceName(
        span=Span(start, end, name),
        lang=lang,
        readings=readings,
        sound=sound,
        parts_sound=parts_sound,
        confirmed=False,
        tail_sound=tail_sound,
        next_sound=_next_sound(text, end) if lang == "ko" else (),
    )


def _next_sound(text: str, end: int) -> tuple[str, ...]:
    after = _KO_NEXT_WORDS.match(text, end)
    return tuple(name_key_hangul(w) for w in after.groups() if w) if after is not None else ()


def _body(name: str) -> bool:
    """Whether a word read as a name is a body's name (민주당, 顾问团, 宣传部): it ends with a
    word for a party, ministry, office or group."""
    return name[-1:] in KOREAN_BODY_NAME_ENDINGS or name[-1:] in CHINESE_BODY_NAME_ENDINGS


def source_language(text: str) -> str | None:
    """``ko`` for a text with Hangul, ``zh`` for one with Chinese characters and no kana, else
    ``None`` (Japanese names are not read here)."""
    if any(is_hangul(ch) for ch in text):
        return "ko"
    if _KANA_RE.search(text):
        return None
    return "zh" if any(is_han(ch) for ch in text) else None


@text_cache()
def source_names(text: str, lang: str) -> tuple[SourceName, ...]:
    """The person names of a Chinese (``zh``) or Korean (``ko``) text, in order, romanised."""
    tagger = _kiwi() if lang == "ko" else _jieba_posseg()
    tagged = set(_tagged_ko(text) if lang == "ko" else _tagged_zh(text))
    # Without a tagger, names are guessed from a family name next to a title or verb of speech.
    guessed = (_KO_UNTAGGED if lang == "ko" else _ZH_UNTAGGED).finditer(text) if tagger is None else iter(())
    out = [_source_name(text, s, e, lang) for s, e in sorted(tagged) if e - s >= 2 and not _body(text[s:e])]
    # Without a tagger's word, only a family name with one or two syllables is read as a name.
    known = {(n.span.start, n.span.end) for n in out}
    for m in guessed:
        if (m.start(), m.end()) not in known and not _body(m.group(0)):
            guess = _source_name(text, m.start(), m.end(), lang)
            if guess.native:
                out.append(guess)
    out.sort(key=lambda n: n.span.start)
    out = _confirm(text, out, lang, tagged)
    # A shorter reading inside a longer one (a regex guess inside a tagged name) gives way to it.
    return tuple(
        n
        for n in out
        if not any(o is not n and o.span.start <= n.span.start and n.span.end <= o.span.end for o in out)
    )
