"""Checking what inputs declare: language codes and the script a text is written in.

A language code is a BCP-47 tag (``en``, ``ko``, ``zh-Hant``, ``pt_BR``) whose primary subtag is an
ISO 639-1 code, or one of the few three-letter ISO 639 codes news is written in. Two kinds of
problem are told apart (see ``docs/formats.md``):

* a code that is no language at all (``xx``, ``jp``, ``korean``): :func:`language_error` returns
  the reason, and the reader raises it: nothing can be checked in an unknown language;
* a code that is a language but likely not the one meant (``kr`` is Kanuri, not Korean), and a
  text whose letters are not in its language's script (``--lang ko`` on English text):
  :func:`language_warning` and :func:`script_warning` return the reason, which the command line
  prints as a warning, or raises as an error under ``--strict``.

>>> language_error("kr") is None, language_error("jp")
(True, "'jp' is not a language code (JP is Japan's country code): Japanese is 'ja'")
>>> language_warning("kr")
"'kr' is the code of Kanuri, not Korean ('ko'; KR is South Korea's country code)"
>>> script_warning("The Pentagon is weighing a drawdown of US troops in South Korea.", "ko")
'the text is not written in Korean (lang ko): no Hangul or Han letter among its 52 letters'
"""

from __future__ import annotations

import itertools
import re
import unicodedata

__all__ = ["KNOWN_LANGUAGES", "language_error", "language_warning", "primary", "script_warning"]

#: The languages xcheck has reading rules for (numbers, dates, names), by ISO 639-1 code.
KNOWN_LANGUAGES = {"en": "English", "de": "German", "ko": "Korean", "zh": "Chinese", "ja": "Japanese"}

# ISO 639-1 (the two-letter codes, as maintained by the Library of Congress), without the
# deprecated in/iw/ji/mo/sh.
_ISO_639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy
    hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li
    ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa
    pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th
    ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split()
)

# Three-letter ISO 639-2/3 codes of languages news is written in that have no two-letter code
# (BCP-47 uses the two-letter code where there is one).
_ISO_639_3 = frozenset("yue cmn wuu nan hak fil haw ceb hmn ckb arz apc ary".split())

# Codes that are no language but a country's code, or a deprecated language code, and what was meant.
_NOT_A_LANGUAGE = {
    "jp": "JP is Japan's country code): Japanese is 'ja'",
    "cn": "CN is China's country code): Chinese is 'zh'",
    "tw": "TW is Taiwan's country code): Chinese is 'zh', traditional script 'zh-Hant'",
    "hk": "HK is Hong Kong's country code): Chinese is 'zh', Cantonese 'yue'",
    "kp": "KP is North Korea's country code): Korean is 'ko'",
    "us": "US is a country code): English is 'en'",
    "gb": "GB is a country code): English is 'en'",
    "dk": "DK is Denmark's country code): Danish is 'da'",
    "gr": "GR is Greece's country code): Greek is 'el'",
    "cz": "CZ is the Czech Republic's country code): Czech is 'cs'",
    "ua": "UA is Ukraine's country code): Ukrainian is 'uk'",
    "vn": "VN is Vietnam's country code): Vietnamese is 'vi'",
    "ir": "IR is Iran's country code): Persian is 'fa'",
    "il": "IL is Israel's country code): Hebrew is 'he'",
    "at": "AT is Austria's country code): German is 'de'",
    "iw": "a deprecated code): Hebrew is 'he'",
    "in": "a deprecated code): Indonesian is 'id'",
    "ji": "a deprecated code): Yiddish is 'yi'",
    "mo": "a deprecated code): Romanian is 'ro'",
    "sh": "a deprecated code): give 'sr', 'hr' or 'bs'",
}

# Real language codes that are more often a country code written by mistake.
_LIKELY_MEANT = {
    "kr": "'kr' is the code of Kanuri, not Korean ('ko'; KR is South Korea's country code)",
    "se": "'se' is the code of Northern Sami, not Swedish ('sv'; SE is Sweden's country code)",
    "ch": "'ch' is the code of Chamorro, not Chinese ('zh') nor a Swiss language (CH is a country code)",
    "br": "'br' is the code of Breton, not Portuguese ('pt'; BR is Brazil's country code)",
    "ee": "'ee' is the code of Ewe, not Estonian ('et'; EE is Estonia's country code)",
}

_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")


def primary(code: str) -> str:
    """The primary subtag of a language tag, lower-cased: ``zh`` for ``zh-Hant``."""
    return re.split(r"[-_]", code.strip(), maxsplit=1)[0].lower()


def language_error(code: object) -> str | None:
    """Why ``code`` is not a language code, or ``None`` when it is one."""
    if not isinstance(code, str) or not code.strip():
        return f"the language code must be a non-empty string such as 'en', 'ko' or 'zh', not {code!r}"
    if not _TAG.fullmatch(code.strip()):
        return (
            f"{code!r} is not a language code: give an ISO 639-1 code such as 'en', 'ko' or 'zh' "
            "(a BCP-47 tag such as 'zh-Hant' or 'pt-BR' is fine)"
        )
    head = primary(code)
    if head in _NOT_A_LANGUAGE:
        return f"{code!r} is not a language code ({_NOT_A_LANGUAGE[head]}"
    if head in _ISO_639_1 or head in _ISO_639_3:
        return None
    return f"{code!r} is not a language code: {head!r} is not an ISO 639 code (such as 'en', 'ko', 'zh')"


def language_warning(code: str) -> str | None:
    """Why a valid language code is likely not the one meant (``kr`` for Korean), or ``None``."""
    return _LIKELY_MEANT.get(primary(code))


# The scripts a language is written in: the first word of a letter's Unicode name.
_SCRIPTS: dict[str, tuple[str, frozenset[str]]] = {
    "ko": ("Hangul or Han", frozenset({"HANGUL", "CJK"})),
    "ja": ("kana or Han", frozenset({"HIRAGANA", "KATAKANA", "CJK"})),
    "zh": ("Han", frozenset({"CJK"})),
    "yue": ("Han", frozenset({"CJK"})),
    "cmn": ("Han", frozenset({"CJK"})),
    "ru": ("Cyrillic", frozenset({"CYRILLIC"})),
    "uk": ("Cyrillic", frozenset({"CYRILLIC"})),
    "bg": ("Cyrillic", frozenset({"CYRILLIC"})),
    "mk": ("Cyrillic", frozenset({"CYRILLIC"})),
    "be": ("Cyrillic", frozenset({"CYRILLIC"})),
    "kk": ("Cyrillic", frozenset({"CYRILLIC", "LATIN"})),
    "sr": ("Cyrillic or Latin", frozenset({"CYRILLIC", "LATIN"})),
    "mn": ("Cyrillic", frozenset({"CYRILLIC", "MONGOLIAN"})),
    "el": ("Greek", frozenset({"GREEK"})),
    "ar": ("Arabic", frozenset({"ARABIC"})),
    "fa": ("Arabic", frozenset({"ARABIC"})),
    "ur": ("Arabic", frozenset({"ARABIC"})),
    "ps": ("Arabic", frozenset({"ARABIC"})),
    "he": ("Hebrew", frozenset({"HEBREW"})),
    "yi": ("Hebrew", frozenset({"HEBREW"})),
    "hi": ("Devanagari", frozenset({"DEVANAGARI"})),
    "mr": ("Devanagari", frozenset({"DEVANAGARI"})),
    "ne": ("Devanagari", frozenset({"DEVANAGARI"})),
    "bn": ("Bengali", frozenset({"BENGALI"})),
    "th": ("Thai", frozenset({"THAI"})),
    "ka": ("Georgian", frozenset({"GEORGIAN"})),
    "hy": ("Armenian", frozenset({"ARMENIAN"})),
}
_LATIN = ("Latin", frozenset({"LATIN"}))
# Languages of ISO 639-1 that are written in more than one script, or in one this table does not
# list: no script is expected of them.
_ANY_SCRIPT = frozenset("az tk uz tt ku ks sd pa ug ky tg ms jv dv my km lo si bo dz am ti iu cr ii".split())
# Below this many letters a text says too little about its script to judge it.
MIN_LETTERS = 20
# A text fails when fewer than this share of its letters are in its language's script.
MIN_SHARE = 0.1
# Only the first this many letters are looked at: enough to judge, and a long document costs no more.
MAX_LETTERS = 5000


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return ""


def script_warning(text: str, lang: str) -> str | None:
    """Why ``text`` cannot be in ``lang`` (its letters are in another script), or ``None``.

    Only the script is judged (a German text declared English passes): a text of at least
    :data:`MIN_LETTERS` letters fails when fewer than :data:`MIN_SHARE` of them (of its first
    :data:`MAX_LETTERS`) are in a script of ``lang``. Languages written in several scripts, or in
    none this module lists, always pass.
    """
    head = primary(lang)
    if head in _ANY_SCRIPT or (head not in _ISO_639_1 and head not in _SCRIPTS):
        return None
    label, scripts = _SCRIPTS.get(head, _LATIN)
    letters = list(itertools.islice((ch for ch in text if ch.isalpha()), MAX_LETTERS))
    if len(letters) < MIN_LETTERS:
        return None
    fitting = sum(1 for ch in letters if _script(ch) in scripts)
    if fitting >= MIN_SHARE * len(letters):
        return None
    name = KNOWN_LANGUAGES.get(head, f"lang {head!r}")
    what = f"{name} (lang {lang})" if head in KNOWN_LANGUAGES else f"{label} script ({name})"
    letter = "letter" if fitting == 1 else "letters"
    found = f"no {label} letter" if fitting == 0 else f"only {fitting} {label} {letter}"
    return f"the text is not written in {what}: {found} among its {len(letters)} letters"
