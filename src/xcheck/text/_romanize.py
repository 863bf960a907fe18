"""Romanising Chinese and Korean names, and keys to compare a romanisation with an English
spelling.

Hangul is romanised syllable by syllable in the Revised Romanization (the way names are
written: no sound changes across syllables); Chinese characters through pypinyin (tone marks
dropped, a family name read as a family name: 曾 zeng, 单 shan); a Korean name written in Chinese
characters (朴俊赫) through its Hangul reading (hanja, when installed). Two keys compare a
romanisation with what an English text writes:

- :func:`loose_key` folds the spellings a romanisation system or a passport may choose (RR,
  McCune-Reischauer, Wade-Giles, pinyin): ``Min-seok`` = ``Minsuk`` = ``Min Sŏk``, ``Tsai`` = ``Cai``;
- :func:`sound_key` keeps the consonants only, in broad classes, for foreign names written by
  sound (赫格塞思 he-ge-sai-si and 헤그세스 both ``hkss``, like ``Hegseth``);
  :func:`sound_similarity` compares two such keys, related consonants costing half.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from xcheck._cache import text_cache
from xcheck.lexicon._cjk_names import SURNAME_READINGS

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_INITIALS = (
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
)
_MEDIALS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo",
    "u", "wo", "we", "wi", "yu", "eu", "ui", "i",
)  # fmt: skip
_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
    "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip


def is_hangul(ch: str) -> bool:
    """Whether a character is a precomposed Hangul syllable."""
    return _HANGUL_FIRST <= ord(ch) <= _HANGUL_LAST


def is_han(ch: str) -> bool:
    """Whether a character is a Chinese character (CJK unified ideographs and extension A)."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


def hangul_syllables(text: str) -> tuple[str, ...]:
    """The Revised Romanization of each Hangul syllable of ``text`` (other characters skipped),
    without sound changes across syllables, as names are written: 하민석 -> ha, min, seok."""
    out = []
    for ch in text:
        if not is_hangul(ch):
            continue
        index = ord(ch) - _HANGUL_FIRST
        initial, rest = divmod(index, 21 * 28)
        medial, final = divmod(rest, 28)
        out.append(_INITIALS[initial] + _MEDIALS[medial] + _FINALS[final])
    return tuple(out)


@functools.lru_cache(maxsize=16384)
def hanja_reading(text: str) -> str | None:
    """The Hangul reading of Chinese characters as Korean reads them (朴俊赫 -> 박준혁), or
    ``None`` when the ``hanja`` package is not installed or a character has no reading."""
    try:
        import hanja
    except ImportError:
        return None
    reading = str(hanja.translate(text, "substitution"))
    return reading if all(is_hangul(ch) for ch in reading) else None


@functools.cache
def sino_korean_syllables() -> frozenset[str]:
    """The Hangul syllables that read a Chinese character (제, 영, 수; not 츠 nor 센, which only
    write foreign sounds: 양제츠 is Yang Jiechi), empty when ``hanja`` is not installed."""
    try:
        from hanja import table
    except ImportError:
        return frozenset()
    return frozenset(str(r) for r in table.hanja_table.values())


@text_cache()
def pinyin_syllables(text: str, *, surname_length: int = 0) -> tuple[str, ...]:
    """The pinyin of each Chinese character of ``text`` without tone marks; the first
    ``surname_length`` characters are read as a family name (曾 zeng, 单 shan)."""
    return pinyin_syllables_uncached(text, surname_length=surname_length)


def pinyin_syllables_uncached(text: str, *, surname_length: int = 0) -> tuple[str, ...]:
    """:func:`pinyin_syllables` not remembered: for running text, which does not repeat."""
    from pypinyin import lazy_pinyin

    head = text[:surname_length]
    out: list[str] = []
    if head and head in SURNAME_READINGS:
        reading = SURNAME_READINGS[head]
        out.append(reading)
        text = text[surname_length:]
    elif head and len(head) == 1 and head in SURNAME_READINGS:
        out.append(SURNAME_READINGS[head])
        text = text[1:]
    out.extend(s.replace("ü", "v") for s in lazy_pinyin(text, errors="ignore", v_to_u=False))
    return tuple(s for s in out if s.isascii() and s.isalpha())


def umlaut_spellings(spelling: str) -> tuple[str, ...]:
    """The ways an English text writes pinyin with ü (``v`` in :func:`pinyin_syllables`): as
    ``v``, ``u`` or ``yu`` (吕 lv: Lv, Lu, Lyu; 许 xu is written so already)."""
    if "v" not in spelling:
        return (spelling,)
    return (spelling, spelling.replace("v", "u"), spelling.replace("v", "yu"))


# --- Wade-Giles, for Taiwan names (Tsai Ing-wen) -------------------------------------------------

_WG_INITIALS = (
    ("zh", "ch"), ("ch", "ch"), ("sh", "sh"), ("b", "p"), ("p", "p"), ("d", "t"), ("t", "t"),
    ("g", "k"), ("k", "k"), ("j", "ch"), ("q", "ch"), ("x", "hs"), ("r", "j"), ("z", "ts"),
    ("c", "ts"), ("s", "s"), ("m", "m"), ("f", "f"), ("n", "n"), ("l", "l"), ("h", "h"),
)  # fmt: skip


def wade_giles(syllable: str) -> str:
    """A pinyin syllable in Wade-Giles without apostrophes or umlauts, as Taiwan passports
    write it (cai -> tsai, ying -> ying, zhong -> chung, xiong -> hsiung, qing -> ching)."""
    initial, final = "", syllable
    for py, wg in _WG_INITIALS:
        if syllable.startswith(py):
            initial, final = wg, syllable[len(py) :]
            break
    if (initial and final == "i" and syllable[:2] in ("zh", "ch", "sh")) or (
        syllable[:1] == "r" and final == "i"
    ):
        final = "ih"
    elif initial in ("ts", "s") and final == "i":
        final = "u"
    final = re.sub(r"ong$", "ung", final)
    final = re.sub(r"ian$", "ien", final)
    final = re.sub(r"ie$", "ieh", final)
    if initial:
        final = re.sub(r"^uo$", "o", final)
        final = re.sub(r"^e$", "o" if initial in ("k", "h") else "e", final)
    if syllable in ("you", "yi", "ye"):
        return {"you": "yu", "yi": "i", "ye": "yeh"}[syllable]
    return initial + final


# --- keys ----------------------------------------------------------------------------------------

_LOOSE_STEPS = (
    (re.compile(r"[^a-z]"), ""),
    (re.compile(r"tsz|tz|ts"), "c"),
    (re.compile(r"ch|jj|j|zh|z|q"), "c"),
    (re.compile(r"sh|ss|x|hs"), "s"),
    (re.compile(r"kk|g"), "k"),
    (re.compile(r"tt|d"), "t"),
    (re.compile(r"pp|b"), "p"),
    (re.compile(r"r"), "l"),
    (re.compile(r"(?<=[aeiou])h"), ""),
    (re.compile(r"yeo|eo|oo|ou|eu|o|u"), "u"),
    (re.compile(r"ae|ea|e"), "e"),
    (re.compile(r"ee|yi|i"), "i"),
    (re.compile(r"[yw]"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
)


@functools.lru_cache(maxsize=65536)
def loose_key(spelling: str) -> str:
    """The loose key of a spelling (:func:`loose_key_uncached`), remembered: for names, which
    repeat."""
    return loose_key_uncached(spelling)


def loose_key_uncached(spelling: str) -> str:
    """A spelling with the choices of romanisation systems folded: case, accents, separators;
    voiced and unvoiced stops alike (g/k, d/t, b/p: RR against McCune-Reischauer and Wade-Giles);
    ch/j/zh/ts/q one sound, sh/x/hs another; r as l; eo, u, o, oo and eu one vowel, e and ae one,
    i and ee one; the glides y and w dropped. ``Min-seok`` = ``Minsuk``; ``Tsai Ing-wen`` = ``Cai
    Yingwen``; ``Jae-myung`` = ``Jae-myeong``."""
    out = unicodedata.normalize("NFKD", spelling.lower())
    out = "".join(ch for ch in out if not unicodedata.combining(ch))
    for pattern, repl in _LOOSE_STEPS:
        out = pattern.sub(repl, out)
    return out


# An r after a vowel and before a consonant or at the end is not sounded in English and not
# written in a Chinese or Korean transcription of an English name (Sharkey 샤키 沙基, Carter 카터
# 卡特, Miller 밀러 米勒); transcriptions of other languages write it (Albar 알바르, Merkel 메르켈).
_SILENT_R = re.compile(r"(?<=[aeiouy])r(?![aeiouy])")
# Classes in capitals while the rules run, so a later rule does not take a letter again.
_SOUND_EN = (
    (re.compile(r"[^a-z]"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
    # Letters English does not sound: kn, gn and wr at the start (Knight 나이트, Wright 라이트),
    # gh after a vowel (Hugh, Vaughan), mb at the end (Lamb).
    (re.compile(r"^(?:k|g)(?=n)|^w(?=r)|(?<=[aeiouy])gh|(?<=m)b$"), ""),
    (_SILENT_R, ""),
    (re.compile(r"ph"), "F"),
    (re.compile(r"sch|sh|th"), "S"),
    (re.compile(r"ch(?=[rl])"), "K"),  # Christopher 크리스토퍼
    (re.compile(r"tch|ch|dg|zh|tz|ts"), "C"),
    (re.compile(r"x"), "KS"),  # Max 맥스 马克斯
    (re.compile(r"ck|q"), "K"),
    (re.compile(r"c(?=[eiy])"), "S"),
    (re.compile(r"c"), "K"),
    (re.compile(r"g(?=[eiy])(?!et)"), "C"),
    (re.compile(r"ng"), "N"),
    (re.compile(r"[jz]"), "C"),
    (re.compile(r"v|(?<![aeiouy])w(?=[^aeiouy])"), "F"),  # Bowman: a w after a vowel is one
    (re.compile(r"g"), "K"),
    (re.compile(r"d"), "T"),
    (re.compile(r"b"), "P"),
    (re.compile(r"r"), "L"),
    (re.compile(r"(?i)([^aeiouy])\1+"), r"\1"),
    (re.compile(r"(?<=.)h|[aeiouyw]"), ""),
)


_PINYIN_INITIAL = (
    ("zh", "c"), ("ch", "c"), ("sh", "s"), ("b", "p"), ("p", "p"), ("m", "m"), ("f", "f"), ("d", "t"),
    ("t", "t"), ("n", "n"), ("l", "l"), ("g", "k"), ("k", "k"), ("h", "h"), ("j", "c"), ("q", "c"),
    ("x", "s"), ("r", "l"), ("z", "c"), ("c", "c"), ("s", "s"),
)  # fmt: skip


def sound_key_english(spelling: str, *, rhotic: bool = False) -> str:
    """The consonant skeleton of an English (or other Latin-script) spelling in broad classes, as
    a Chinese or Korean transcription writes it: ``Hegseth`` -> ``hkss``, ``Hackett`` -> ``hkt``,
    ``Trump`` -> ``tlmp``, ``Carter`` -> ``kt`` (an r after a vowel is not written: 카터 卡特;
    ``rhotic``: it is, as an ``l``, ``kltl``), ``Max`` -> ``mks``, ``Knight`` -> ``nt``."""
    out = unicodedata.normalize("NFKD", spelling.lower())
    out = "".join(ch for ch in out if not unicodedata.combining(ch))
    for pattern, repl in _SOUND_EN:
        if not (rhotic and pattern is _SILENT_R):
            out = pattern.sub(repl, out)
    return out.lower()


def sound_keys_english(spelling: str) -> tuple[str, ...]:
    """The skeletons a transcription of a Latin-script spelling may have: :func:`sound_key_english`
    and, when it differs, its ``rhotic`` one (Albar: ``lp``, and ``lpl`` for 알바르)."""
    key, rhotic = sound_key_english(spelling), sound_key_english(spelling, rhotic=True)
    return (key,) if key == rhotic else (key, rhotic)


def sound_alike(spelling: str, key: str) -> float:
    """The :func:`sound_similarity` of the closest skeleton of a Latin-script spelling
    (:func:`sound_keys_english`) to a transcription's skeleton ``key``."""
    return max(sound_similarity(k, key) for k in sound_keys_english(spelling))


def sound_key_pinyin(syllables: Sequence[str]) -> str:
    """The consonant skeleton of pinyin syllables: each initial in a broad class and a nasal final
    as ``n`` (``er`` as ``l``): 赫格塞思 he ge sai si -> ``hkss``, 特朗普 -> ``tlnp``."""
    out = []
    for syl in syllables:
        if syl == "er":
            out.append("l")
            continue
        for py, key in _PINYIN_INITIAL:
            if syl.startswith(py):
                out.append(key)
                break
        if syl.endswith(("n", "ng")):
            out.append("n")
    return "".join(out)


_HANGUL_SOUND = {"g": "k", "kk": "k", "d": "t", "tt": "t", "r": "l", "b": "p", "pp": "p", "ss": "s"}
_HANGUL_SOUND.update({"j": "c", "jj": "c", "ch": "c", "ng": "n"})


def sound_key_hangul(text: str) -> str:
    """The consonant skeleton of Hangul: initials and finals in broad classes, vowels (with the
    epenthetic ``eu`` of loanwords) dropped: 헤그세스 -> ``hkss``, 헤즈볼라 -> ``hcpl``."""
    out = []
    for ch in text:
        if not is_hangul(ch):
            continue
        index = ord(ch) - _HANGUL_FIRST
        initial, rest = divmod(index, 21 * 28)
        final = rest % 28
        for part in (_INITIALS[initial], _FINALS[final]):
            if part:
                out.append(_HANGUL_SOUND.get(part, part))
    return "".join(out).replace("ll", "l")  # 볼라 bol-la: one long l


_RELATED = frozenset(
    frozenset(p) for p in ("pf", "ts", "cs", "ct", "ck", "kh", "ln", "mn", "fh", "sz", "lr", "hs")
)
_WEAK = frozenset("hlnm")


def key_distance(a: str, b: str, *, unrelated: float = 1.0) -> float:
    """A weighted edit distance between two consonant keys: related consonants (t/s, c/s, p/f,
    l/n, ...) substitute for 0.5, weak ones (h, l, n, m) are inserted or dropped for 0.5, others
    for 1, and an unrelated substitution costs ``unrelated``."""
    prev = [0.0]
    for ch in b:
        prev.append(prev[-1] + (0.5 if ch in _WEAK else 1.0))
    for x in a:
        cur = [prev[0] + (0.5 if x in _WEAK else 1.0)]
        for j, y in enumerate(b, 1):
            sub = 0.0 if x == y else 0.5 if frozenset((x, y)) in _RELATED else unrelated
            cur.append(
                min(
                    prev[j - 1] + sub,
                    prev[j] + (0.5 if x in _WEAK else 1.0),
                    cur[j - 1] + (0.5 if y in _WEAK else 1.0),
                )
            )
        prev = cur
    return prev[-1]


def sound_similarity(a: str, b: str) -> float:
    """Similarity (0-1) of two consonant skeletons: one minus a weighted edit distance over the
    longer length; related consonants (t/s, c/s, p/f, l/n, ...) cost half a substitution, and
    weak ones (h, l, n, m: a nasal final, the l of 尔) half an insertion. Keys of two consonants
    or fewer score at most 0.5 unless equal."""
    if not a or not b:
        return 0.0
    score = max(0.0, 1.0 - key_distance(a, b) / max(len(a), len(b)))
    # Two consonants or fewer say little: only the same ones count as alike.
    return score if a == b or min(len(a), len(b)) > 2 else min(score, 0.5)
