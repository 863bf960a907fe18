"""Segmentation against its old, obviously correct (and quadratic) implementation.

The linear segmenter (issue 18) looks back a bounded window for the word before a full stop and
finds quoted regions by bisection; the reference below is the code it replaced, kept verbatim: a
whole-prefix search for the word and a scan of every quoted region at every full stop. On short
texts both must cut at the same places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import example, given, settings
from hypothesis import strategies as st

from xcheck.text import _segment
from xcheck.text._segment import segment

# -- the reference: the segmenter as it was before issue 18 -------------------------------------

_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.\-]*)$")
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}$")


def reference_pieces(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        offset = line_start
        byline = _segment._BYLINE.match(body)
        if byline and body[byline.end() :].strip():
            yield from _trimmed(text, offset + byline.start(1), offset + byline.end(1))
            offset += byline.end()
            body = body[byline.end() :]
        last = 0
        for cut in _reference_cuts(body):
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


def _reference_cuts(line: str) -> Iterator[int]:
    inside = _reference_regions(line)
    for m in _segment._TERMINAL.finditer(line):
        end = m.end()
        while end < len(line) and line[end] in _segment._CLOSERS:
            end += 1
        if any(start <= m.start() < stop - 1 for start, stop in inside):
            continue
        cjk = m.group()[0] in "。！？"
        if end >= len(line):
            continue
        if not cjk:
            if not line[end].isspace():
                continue
            nxt = end
            while nxt < len(line) and line[nxt].isspace():
                nxt += 1
            if nxt >= len(line) or not _segment._can_start(line[nxt]):
                continue
            if m.group() == "." and _reference_abbreviation(line, m.start(), line[nxt:]):
                continue
        yield end


def _reference_abbreviation(line: str, dot: int, rest: str) -> bool:
    word = _WORD_BEFORE.search(line[:dot])
    if word is None:
        return False
    token = word.group(1)
    if _DOTTED.search(token + "."):
        nxt = re.match(r"[A-Za-z]+", rest)
        return not (nxt and nxt.group().lower() in _segment._OPENERS)
    bare = token.rsplit(".", 1)[-1].rsplit("-", 1)[-1]
    if len(bare) == 1 and bare.isupper():
        return True
    return bare.lower() in _segment.ABBREVIATIONS


def _reference_regions(line: str) -> list[tuple[int, int]]:
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


# -- texts made of the pieces segmentation decides on --------------------------------------------

_WORDS = [
    *("Mr", "Mrs", "Gen", "No", "Jan", "etc", "Sept", "U", "S", "J", "A", "x", "ab", "the", "The", "He"),
    *("In", "1", "42", "中", "U.S", "J.R", "al-Assad", "Jr", "co-Mr", "mr", "NO", "Figs", "y.z"),
    *("approx", "xapprox"),  # the longest abbreviation, and a longer word ending in it
    "a" * 45,  # a word longer than the look-back window
    "Mr-" + "x" * 40,
    ".".join("abcdefghijklmnopqrstuvwxy"),  # a dotted run longer than the window
    "-".join("KLMNOPQRSTUVWXYZ"),
]
_MARKS = [
    *(".", ". ", ".  ", " ", " ", "-", "!", "? ", "… ", "...", "。", "！", "？", "\n", "\r\n", ", "),
    *(
        '"',
        '" ',
        ' "',
        "“",
        "” ",
        "«",
        "» ",
        "「",
        "」",
        "『",
        "』",
        "'",
        "’ ",
        "(",
        ") ",
        "[",
        "]",
        "【",
        "】",
    ),
    "[Source/Observer Network, Wang Yi] ",
]

segmentable = st.one_of(
    st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_MARKS)), max_size=40).map(
        lambda parts: "".join(w + m for w, m in parts)
    ),
    st.text(alphabet=st.sampled_from(list("aAJ.-. \"“”«»'!?。\n")), max_size=300),
).filter(lambda t: len(t) <= 300)


@settings(max_examples=1500, deadline=None)
@given(segmentable)
@example("x" * 41 + ". The end.")
@example("a.b." + "c" * 40 + "-J. Smith")
@example("“Quoted “inner” words. Still quoted” here. Out")  # nested regions merge
@example('He said "Stop. Now. Go." and “left. Then” she.  «A. B» C. D')
def test_segment_cuts_where_the_reference_does(text: str) -> None:
    got = [(s.start, s.end) for s in segment(text)]
    assert got == list(reference_pieces(text))
