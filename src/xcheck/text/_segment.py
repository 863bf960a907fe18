"""Stage 1: split a translated text into sentences with exact character offsets.

Rules (rule-based, offline, linear in the length of the text):

- A line break always ends a sentence (news paragraphs are lines).
- ``.``, ``!``, ``?`` (and runs of them, and ``…``) end a sentence when followed by optional closing quotes or
  brackets, then white space, then something that can start a sentence (a capital, a digit, an opening quote
  or bracket, a CJK character). ``。！？`` end a sentence with no white space needed.
- A full stop after a known abbreviation (``U.S.``, ``Adm.``, ``Gen.``, ``Jr.``, ``No.``, ``Mr.``, ``Jan.``
  ...), a single-letter initial (``J. Smith``) or a dotted acronym does not end a sentence, except that a
  dotted acronym followed by a common sentence opener ("... the U.S. The report ...") does.
- Nothing inside an open quotation ends a sentence: ``He said "Stop. Now." and left.`` is one sentence
  (a quotation mark that never closes within its paragraph is ignored).
- A bracketed byline that opens a paragraph (``[Source/Observer Network, Wang Yi]``, ``【…】``) is a
  sentence of its own.

Each sentence gets a role (`SentenceRole`): ``boilerplate`` for bylines, photo credits,
reproduction notices, disclaimers and source lines (they make no checkable claim), else ``claim``.

>>> [s.text for s in segment("Adm. Samuel Paparo spoke. The U.S. Forces Korea agreed.")]
['Adm. Samuel Paparo spoke.', 'The U.S. Forces Korea agreed.']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from xcheck import _lazyre
from xcheck._types import Sentence, SentenceRole

__all__ = ["ABBREVIATIONS", "classify", "segment"]

#: Words that take a full stop without ending a sentence (compared case-insensitively, without the dot).
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft no nos vs etc approx est dept univ corp inc ltd co bros
    adm gen lt col maj capt cmdr cdr sgt cpl pvt gov sen rep rev hon pres supt insp brig
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    al fig figs vol op ed eds p pp para art sec ch no.
    """.split()
)

# Words that usually open a new sentence: after a dotted acronym ("the U.S. The ...") they end one.
_OPENERS = frozenset(
    """
    the a an he she it they we i this that these those there his her its their but however
    in on at after before when while as meanwhile yet still also if since according
    """.split()
)

_OPEN_QUOTES = "“‘「『«\"'"
_CLOSERS = "\"'”’」』»)]）】"
_TERMINAL = _lazyre.compile(r"[.!?…]+|[。！？]+")
_WORD_BEFORE = _lazyre.compile(r"([A-Za-z][A-Za-z.\-]*)$")
_DOTTED = _lazyre.compile(r"(?:[A-Za-z]\.){2,}$")
_LETTERS = _lazyre.compile(r"[A-Za-z]+")
# How far back from a full stop the word before it is looked for. The decision reads only the word's
# last three characters and its part after the last dot or hyphen, which a longer word cannot make an
# abbreviation; the bound keeps a line of a million full stops linear (issue 18).
_LOOKBACK = 40
_BYLINE = _lazyre.compile(r"\s*(\[[^\[\]\n]{1,120}\]|【[^【】\n]{1,120}】)")

_BOILERPLATE = _lazyre.compile(
    r"""
    ^\s*(?:\[.*\]|【.*】)\s*$                                   # a bracketed byline alone
    | ^\s*(?:original\s+source|source|sources|disclaimer|copyright|editor|editors?\s+note
          |translated\s+by|translator|reporter|photo|photos|image|picture|video|credit|caption
          |responsible\s+editor|来源|原标题|责任编辑|编辑|翻译|출처|사진|기자)\s*[:：/]
    | ^\s*(?:photo|image|picture)\s+(?:by|courtesy|credit)
    | ^\s*[(\[（]?\s*(?:translated|translation|compiled|edited|proofread|reviewed)\s+(?:and\s+\w+\s+)?by
        \s+[^\d.!?;]{1,80}[.)\]）]?\s*$                        # a translator's credit line
    | ^\s*[(\[（]?\s*(?:translator|translators|translation|compiler|proofreader)s?\s*[:：]   # a credit line
    | ^\s*[(\[（]?\s*(?:英译|译者|编译|译)\s*[:：/]
    | ^\s*(?:provided\s+by|courtesy\s+of|reprinted\s+(?:from|with))\b
    | \b(?:cannot|may\s+not|must\s+not|shall\s+not|not\s+to)\s+be
        \s+(?:reproduced|reprinted|republished|redistributed)
    | \bwithout\s+(?:prior\s+)?(?:written\s+)?permission\b
    | \ball\s+rights\s+reserved\b | ©
    | \bexclusive\s+(?:piece|article|story|report)\s+(?:from|of|by)\b
    | \bviews\s+expressed\s+(?:in\s+this\s+article\s+)?are\s+(?:solely\s+)?(?:those|the\s+author)
    | \bwelcome\s+your\s+feedback\b
    | 未经(?:授权|许可)不得转载 | 独家稿件 | 무단\s*전재 | 재배포\s*금지
    | ^\s*(?:https?://|www\.)\S+\s*$                           # a bare address
    """,
    re.IGNORECASE | re.VERBOSE,
)


def classify(text: str) -> SentenceRole:
    """Return ``"boilerplate"`` for a byline, credit, notice, disclaimer or source line, else ``"claim"``.

    >>> classify("Disclaimer: The views expressed are the author's own.")
    'boilerplate'
    >>> classify("The ministry denied the report on May 23.")
    'claim'
    """
    return "boilerplate" if _BOILERPLATE.search(text) else "claim"


def segment(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences; ``text[s.start:s.end] == s.text`` for each, with white space trimmed.

    Sentences are numbered from 0 in text order. Empty lines give no sentence.
    """
    out: list[Sentence] = []
    for start, end in _pieces(text):
        piece = text[start:end]
        out.append(Sentence(len(out), start, end, piece, classify(piece)))
    return tuple(out)


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        offset = line_start
        byline = _BYLINE.match(body)
        if byline and body[byline.end() :].strip():
            yield from _trimmed(text, offset + byline.start(1), offset + byline.end(1))
            offset += byline.end()
            body = body[byline.end() :]
        last = 0
        for cut in _cuts(body):
            yield from _trimmed(text, offset + last, offset + cut)
            last = cut
        yield from _trimmed(text, offset + last, offset + len(body))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def _cuts(line: str) -> Iterator[int]:
    """Offsets in ``line`` where a sentence ends (just after its closing punctuation).

    Linear in the length of the line: each full stop looks back a bounded window for the word before
    it, and the quoted regions are merged once and looked up by bisection.
    """
    inside = _Protected(_quoted_regions(line))
    for m in _TERMINAL.finditer(line):
        end = m.end()
        while end < len(line) and line[end] in _CLOSERS:
            end += 1
        if inside.covers(m.start()):
            continue
        cjk = m.group()[0] in "。！？"
        if end >= len(line):
            continue  # the line's end cuts anyway
        if not cjk:
            if not line[end].isspace():
                continue
            nxt = end
            while nxt < len(line) and line[nxt].isspace():
                nxt += 1
            if nxt >= len(line) or not _can_start(line[nxt]):
                continue
            if m.group() == "." and _abbreviation_before(line, m.start(), nxt):
                continue
        yield end


def _can_start(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in _OPEN_QUOTES or ch in "([（【" or ord(ch) >= 0x2E80


def _abbreviation_before(line: str, dot: int, nxt: int) -> bool:
    """Whether the word ending at ``line[dot]`` (a full stop) is an abbreviation, an initial or a
    dotted acronym (then unless the word at ``line[nxt]`` opens a sentence)."""
    word = _WORD_BEFORE.search(line, max(0, dot - _LOOKBACK), dot)
    if word is None:
        return False
    token = word.group(1)
    if _DOTTED.search(token + "."):
        after = _LETTERS.match(line, nxt)
        return not (after and after.group().lower() in _OPENERS)
    bare = token.rsplit(".", 1)[-1].rsplit("-", 1)[-1]
    if len(bare) == 1 and bare.isupper():
        return True  # an initial: "J. Smith"
    return bare.lower() in ABBREVIATIONS


def _quoted_regions(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` inside balanced quotation marks (the marks themselves excluded)."""
    regions: list[tuple[int, int]] = []
    pairs = {"“": "”", "「": "」", "『": "』", "«": "»"}
    stack: list[tuple[str, int]] = []
    straight: int | None = None
    for i, ch in enumerate(line):
        if ch == '"':
            if straight is None:
                straight = i
            else:
                regions.append((straight + 1, i))
                straight = None
        elif ch in pairs:
            stack.append((pairs[ch], i))
        elif stack and ch == stack[-1][0]:
            _, opened = stack.pop()
            regions.append((opened + 1, i))
    return regions


class _Protected:
    """The positions of a line no full stop may cut at, from its quoted regions.

    A full stop right before the closing mark ("... conflict.") ends the quote, and may end the
    sentence: only positions strictly inside, with quoted text still to come, are protected, so a
    region ``(start, end)`` protects ``start <= pos < end - 1``. Regions may nest or overlap; they are
    merged once into sorted disjoint spans, and a look-up is one bisection.
    """

    __slots__ = ("ends", "starts")

    def __init__(self, regions: list[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted((s, e - 1) for s, e in regions if s < e - 1):
            if self.ends and start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def covers(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation that goes on after it."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]
