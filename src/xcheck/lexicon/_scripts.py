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

import re

__all__ = ["CJK", "CJK_CLASS", "CJK_RUN"]

#: Kana, CJK ideographs (extension A, unified, compatibility) and Hangul syllables.
CJK_CLASS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
#: One character of :data:`CJK_CLASS`.
CJK = re.compile(f"[{CJK_CLASS}]")
#: A run of characters of :data:`CJK_CLASS`.
CJK_RUN = re.compile(f"[{CJK_CLASS}]+")
