"""What comparison reads of one text, once (:class:`_View`: its mentions grouped by what makes
two interchangeable, and its words outside names and numbers), and the word alignment of a pair
(which regions face each other as equal or replaced), from which the aligned ratio and the
slots of two names come.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rapidfuzz.distance import Indel as rf_indel

from xcheck._cache import text_cache
from xcheck.facts.names._extract import extract_mentions
from xcheck.facts.names._glossary import Glossary
from xcheck.facts.names._model import Mention
from xcheck.facts.names._surface import _TOKEN_RE
from xcheck.facts.names._text import fold_word
from xcheck.facts.quantities import extract_quantities
from xcheck.lexicon._scripts import EAST_ASIAN


def _rest_words(text: str, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """The folded words of ``text`` outside its mentions and its quantities: what the rest of the
    sentence says, whatever the names and however the figures are written (digits, 二千零一十一,
    a range with 至 or 到). Read once per text, by :class:`_View`."""
    quantity_spans = [(q.span.start, q.span.end) for q in extract_quantities(text)]
    spans = sorted([*((m.span.start, m.span.end) for m in mentions), *quantity_spans])
    out: list[str] = []
    k = 0
    for pos, _end, word in _word_spans(text):
        while k < len(spans) and spans[k][1] <= pos:
            k += 1
        if k < len(spans) and spans[k][0] <= pos:
            continue  # inside a mention
        if word and _DIGIT_RE.search(word) is None:
            out.append(word)
    return tuple(out)


def _aligned_ratio(tw: Sequence[str], rw: Sequence[str]) -> float:
    """Word-level similarity of two named texts outside their names and numbers (their
    :func:`_rest_words`): twice the longest common subsequence of words over the number of
    words (rapidfuzz's Indel similarity); 1.0 when neither says anything but names."""
    if not tw and not rw:
        return 1.0
    if not tw or not rw:
        return 0.0
    return rf_indel.normalized_similarity(tw, rw)


class _View:
    """What comparison needs of one text: its mentions, grouped by what makes two of them
    interchangeable, and the words outside them. Built once per text (see :func:`_view`) and
    never changed after."""

    __slots__ = ("by_key", "firsts", "ident", "mentions", "rest")

    def __init__(self, text: str, glossary: Glossary | None) -> None:
        self.mentions = extract_mentions(text, glossary=glossary)
        by_key: dict[tuple[Any, ...], list[int]] = {}
        for i, m in enumerate(self.mentions):
            by_key.setdefault(_mention_key(m), []).append(i)
        self.by_key = by_key
        # (kind, first mention, indices) per distinct mention
        self.firsts = [(key[2], self.mentions[idxs[0]], idxs) for key, idxs in by_key.items()]
        # what decides whether two mentions are the same entity, by mention identity (the
        # mentions live as long as this view)
        self.ident = {id(m): (m.span.text, m.name, m.kind, m.entity_id) for m in self.mentions}
        self.rest = _rest_words(text, self.mentions)


@text_cache()
def _view(text: str, glossary: Glossary | None) -> _View:
    return _View(text, glossary)


_DIGIT_RE = re.compile(r"\d")
_CJK_CHAR_RE = re.compile(f"[{EAST_ASIAN}]")


@text_cache(max_chars=300_000)
def _word_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """Words with offsets, folded; in Chinese, Japanese and Korean each character is a word
    (those scripts do not separate words with spaces) and digit runs are words of their own."""
    if _CJK_CHAR_RE.search(text) is None:
        return tuple((m.start(), m.end(), fold_word(m.group(0))) for m in _TOKEN_RE.finditer(text))
    out: list[tuple[int, int, str]] = []
    for m in _TOKEN_RE.finditer(text):
        token = m.group(0)
        if _CJK_CHAR_RE.search(token) is None:
            out.append((m.start(), m.end(), fold_word(token)))
            continue
        for part in re.finditer(r"\d+|.", token):
            if not part.group(0).isspace():
                out.append((m.start() + part.start(), m.start() + part.end(), part.group(0)))
    return tuple(out)


def _slot_map(translation: str, reference: str) -> list[tuple[int, int, int, int, bool]]:
    """Char regions (t_start, t_end, r_start, r_end, replaced) that the word alignment pairs as replaced
    (``replaced`` true, and at most four words a side) or equal."""
    tw, rw = _word_spans(translation), _word_spans(reference)
    out: list[tuple[int, int, int, int, bool]] = []
    for tag, i1, i2, j1, j2 in _word_opcodes(tuple(w for *_, w in tw), tuple(w for *_, w in rw)):
        if tag == "equal" or (tag == "replace" and i2 - i1 <= 4 and j2 - j1 <= 4):
            ts = tw[i1][0] if i1 < len(tw) else len(translation)
            te = tw[i2 - 1][1] if i2 > i1 else ts
            rs = rw[j1][0] if j1 < len(rw) else len(reference)
            re_ = rw[j2 - 1][1] if j2 > j1 else rs
            out.append((ts, te, rs, re_, tag == "replace"))
    return out


def _word_opcodes(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib-style opcodes (equal, replace, delete, insert) of two word sequences, from the
    longest common subsequence rapidfuzz finds (in C); unmatched stretches facing each other
    between two matching blocks are a ``replace``."""
    out: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    for ai, bj, size in rf_indel.opcodes(a, b).as_matching_blocks():
        if i < ai and j < bj:
            out.append(("replace", i, ai, j, bj))
        elif i < ai:
            out.append(("delete", i, ai, j, bj))
        elif j < bj:
            out.append(("insert", i, ai, j, bj))
        i, j = ai + size, bj + size
        if size:
            out.append(("equal", ai, i, bj, j))
    return out


def _same_slot(t: Mention, r: Mention, slots: Sequence[tuple[int, int, int, int, bool]]) -> bool:
    for ts, te, rs, re_, _ in slots:
        if t.span.start < te and ts < t.span.end and r.span.start < re_ and rs < r.span.end:
            return True
    return False


def _mention_key(m: Mention) -> tuple[Any, ...]:
    """What makes two mentions interchangeable for comparison (surface, name, kind, entity)."""
    return (m.span.text, m.name, m.kind, m.entity_id, m.title.text if m.title else None)
