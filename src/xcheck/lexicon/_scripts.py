"""Writing-system character classes shared by the readers (private).

:data:`CJK_CLASS` is the body of a regular-expression character class (no brackets) holding the
characters of the scripts that write words without spaces between them: Japanese kana, CJK
unified ideographs (with extension A and the compatibility block) and Hangul syllables. The
compiled helpers match one such character (:data:`CJK`) or a run of them (:data:`CJK_RUN`).

>>> bool(CJK.search("주한미군 28,500명")), bool(CJK.search("28,500 troops"))
(True, False)
>>> CJK_RUN.findall("美军 USFK 주한미군")
['美军', '주한미군']
"""

from __future__ import annotations

from xcheck import _lazyre

__all__ = [
    "CJK",
    "CJK_CLASS",
    "CJK_RUN",
    "CJK_SYMBOLS",
    "EAST_ASIAN",
    "EAST_ASIAN_AND_BEYOND",
    "HAN",
    "HANGUL",
    "HANGUL_JAMO",
    "HAN_UNIFIED",
    "KANA",
]

# The blocks, as bodies of a regular-expression character class (no brackets): every reader builds
# its classes from these, so a script's range is written once.

#: Hiragana and katakana.
KANA = "\u3040-\u30ff"
#: CJK unified ideographs, the block Chinese news is written in.
HAN_UNIFIED = "\u4e00-\u9fff"
#: Every CJK ideograph block: extension A, unified, compatibility.
HAN = "\u3400-\u4dbf" + HAN_UNIFIED + "\uf900-\ufaff"
#: Hangul syllables (가-힣).
HANGUL = "\uac00-\ud7a3"
#: Conjoining Hangul jamo.
HANGUL_JAMO = "\u1100-\u11ff"
#: CJK symbols and punctuation (the ideographic space, 、。「」...).
CJK_SYMBOLS = "\u3000-\u303f"
#: East Asian scripts with their radicals, punctuation and compatibility forms: from the CJK radicals
#: to the unified ideographs, the Hangul syllables (and the unassigned tail of their block), and the
#: compatibility ideographs.
EAST_ASIAN = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff"
#: Every character from the CJK radicals up: what is not Latin, Greek or Cyrillic writing.
EAST_ASIAN_AND_BEYOND = "\u2e80-\U0010ffff"

#: Kana, CJK ideographs (extension A, unified, compatibility) and Hangul syllables.
CJK_CLASS = KANA + HAN + "\uac00-\ud7af"
#: One character of :data:`CJK_CLASS`.
CJK = _lazyre.compile(f"[{CJK_CLASS}]")
#: A run of characters of :data:`CJK_CLASS`.
CJK_RUN = _lazyre.compile(f"[{CJK_CLASS}]+")
