"""Whether an aligned sentence says the opposite of its reference: a negation added or dropped on a
word both sides share ("will" / "will not"), or a direction word swapped for its opposite in the
same place ("rose" / "fell", "remains very high" / "has largely eased").

Both texts are split into sentences; each translated sentence is read against the reference
sentence whose words it follows most closely (difflib ratio over folded words, at least
:data:`MIN_RATIO`: independent wordings of one claim rarely share that much order, and a loose
pairing would compare unrelated words). The words where the two differ are read with the polarity
reader of :mod:`xcheck.facts._polarity` (lemmas from the shipped LemmInflect table, word lists in
:mod:`xcheck.lexicon._polarity`, antonyms from Open English WordNet in
:mod:`xcheck.lexicon._antonyms`: "very high" / "very low", "a roundabout route" / "a direct
route"). A finding is ``critical``: the sentence reverses its claim; or ``major`` when only a word
of degree changed for its opposite ("a significant increase" / "a slight increase").

Paraphrases stay silent: a negation and an opposite direction together cancel ("did not rise" /
"fell" is no reversal, "did not rise" / "remained flat" shares no word), so does a negation
against a word that negates by itself ("no longer works" / "stopped working", "did not comment" /
"declined to comment"), and two negations in a row ("not impossible" / "possible").

>>> [d.message for d in compare_polarity("Prices fell in May.", "Prices rose in May.")]
["'fell' where the reference says 'rose'"]
>>> compare_polarity("Prices did not rise.", "Prices remained flat.")
[]
"""

from __future__ import annotations

import bisect
import difflib
import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence

import attrs

from xcheck._types import Discrepancy, Severity, Span
from xcheck.facts import _polarity
from xcheck.lexicon._antonyms import DEGREES, antonym_kinds, antonyms
from xcheck.lexicon._polarity import (
    CHANGED,
    DIRECTIONS,
    IMPLICIT_NEGATIONS,
    NEGATING_VERBS,
    NEGATION_PREFIXES,
    NEGATIONS,
    STEADY,
    STEADY_VERBS,
    SWAPS,
)
from xcheck.lexicon._synonyms import synonyms

__all__ = ["MIN_RATIO", "compare_polarity"]

#: difflib ratio (0-1, over folded words) at or above which two sentences are read word by word.
MIN_RATIO = 0.5
_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_NUMBER_NO_RE = re.compile(r"\bno\.\s?(?=\d)")
# A sentence ends at a stop before a space or the end, or at a line break: "$3.50" and
# "U.S.-based" go on. Always matches what it starts, so a line without a stop costs one pass.
_SENTENCE_RE = re.compile(r"(?:[^.!?;\n]|[.!?;](?!\s|$))+[.!?;]*")
_NEAR = 4  # words before a differing stretch whose negation bears on it ("did not [rise]")
# Verbs a negation moves up to from the clause they govern ("I don't think it is" = "I think it is not").
_RAISING = frozenset("think believe expect suppose seem appear want".split())
_PREFIXES = frozenset({"un", "non", "in", "im", "dis", "il", "ir"})
_PREFIXED_MIN = 4  # "into" is no negated "to"
_STEADY_MAX = 6  # the most words either side of a changed stretch read for a change against none
_CHANGE_AXES = frozenset({"amount", "strength"})
_SWAP_MAX = 3  # the most words either side of a changed stretch read for antonyms
_DOUBLE = 2  # a negation this close after another cancels it ("not impossible")
_WORDNET_MIN = 3  # "up" / "down", "in" / "out": particles, read by DIRECTIONS or not at all
# Lemmas of so general a meaning that WordNet's antonym for one sense rarely holds in a sentence.
_GENERAL = frozenset("have lack come go give take get make do be".split())
_STEM = 7  # letters two lemmas share to read as one word in a negation's scope ("improv-e/-ment")
_DIRECT = frozenset("d")
_ANY_KIND = frozenset("dsy")
_NUMBER_NEXT_RE = re.compile(r"\s*[$€£¥]?\d")
# Particles that give a direction only before a number ("up 4%" / "down 4%").
_NUMBER_DIRECTIONS = {"up": "down", "down": "up"}
_BREAK_RE = re.compile(r"[,:;()\"“”–—]|\s-\s|[.!?]\s")
# Joining words a reference stretch may hold for a word inserted into a coordination to be read.
_JOINS = _polarity._FUNCTION_WORDS | frozenset("but while whereas also well".split())
_COORD_MAX = 5  # the most words an inserted stretch of a coordination holds ("but a decrease in")
_COORD_REACH = 15  # how far back in its clause the reference's opposite word may stand
# Words a negation skips to reach what it bears on ("not yet fully developed").
_ADVERBS = frozenset("yet also fully really quite always still all either just entirely necessarily".split())


@attrs.frozen
class _Words:
    """The folded words of one sentence, their spans, and where its negations are."""

    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    negations: frozenset[int]

    breaks: frozenset[int]  # words a comma, colon, dash or quote precedes: a negation's scope ends there
    numbered: frozenset[int] = frozenset()  # words a number follows ("up 4%", "down $3")
    # The negations and breaks in order, bisected: each question below costs a logarithm, not a
    # scan of every negation or break of a sentence of any length.
    ordered_negations: tuple[int, ...] = attrs.field(default=(), eq=False, repr=False)
    ordered_breaks: tuple[int, ...] = attrs.field(default=(), eq=False, repr=False)
    # What a pair comparison reads of the whole sentence, worked out once when first asked.
    memo: dict[str, frozenset[str] | bool | Counter[str]] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def of(cls, text: str, start: int, end: int) -> _Words:
        low = _NUMBER_NO_RE.sub(lambda m: "#" * len(m.group()), text[start:end].lower())
        low = low.replace("’", "'").replace("‘", "'")
        found = [
            (m.group().replace("'", ""), m.start() + start, m.end() + start) for m in _WORD_RE.finditer(low)
        ]
        words = tuple(w for w, _, _ in found)
        breaks = frozenset(
            k for k in range(1, len(found)) if _BREAK_RE.search(text, found[k - 1][2], found[k][1])
        )
        # A negation inside a hyphenated compound ("never-before-seen") modifies a word, not the claim.
        joined = {k for k in range(1, len(found)) if text[found[k - 1][2] : found[k][1]] == "-"}
        compound = joined | {k - 1 for k in joined}
        negations = frozenset(i for i in _effective_negations(words, breaks) if i not in compound)
        numbered = frozenset(k for k, (_, _, e) in enumerate(found) if _NUMBER_NEXT_RE.match(text, e))
        spans = tuple((s, e) for _, s, e in found)
        return cls(words, spans, negations, breaks, numbered, tuple(sorted(negations)), tuple(sorted(breaks)))

    def scope(self, i: int) -> list[str]:
        """The content word a negation at ``i`` bears on: the first after it, within its clause
        ("did not rise in May" bears on "rise", not "May")."""
        return [self.words[k] for k in self.scope_at(i)]

    def scope_at(self, i: int) -> list[int]:
        """Where the word :meth:`scope` gives is (an empty list or one index)."""
        for k in range(i + 1, min(len(self.words), i + 1 + _polarity._SCOPE)):
            if k in self.breaks:
                break
            if self.words[k] not in _polarity._FUNCTION_WORDS and self.words[k] not in _ADVERBS:
                return [k]
        return []

    def negations_in(self, start: int, end: int) -> tuple[int, ...]:
        """The negations at ``start``-``end`` (word indexes), in order."""
        neg = self.ordered_negations
        return neg[bisect.bisect_left(neg, start) : bisect.bisect_left(neg, end)]

    def clause_negations(self, i: int) -> int:
        """How many negations the clause of word ``i`` holds (clauses end at ``breaks``)."""
        brk = self.ordered_breaks
        at = bisect.bisect_right(brk, i)  # breaks[:at] are <= i
        start = brk[at - 1] if at else 0
        end = brk[at] if at < len(brk) else len(self.words)
        return len(self.negations_in(start, end))

    def negated(self, start: int, end: int) -> bool:
        """Whether a negation lies in ``start``-``end`` or in the few words before it."""
        return bool(self.negations_in(max(0, start - _NEAR), end))

    def free_lemmas(self) -> frozenset[str]:
        """The lemmas of the words no negation bears on (:meth:`negated` of each word alone)."""
        found = self.memo.get("free")
        if not isinstance(found, frozenset):
            found = self.memo["free"] = frozenset(
                lemma
                for m, w in enumerate(self.words)
                if not self.negated(m, m + 1)
                for lemma in _polarity._lemmas(w)
            )
        return found

    def counts(self) -> Counter[str]:
        """How often each word occurs."""
        found = self.memo.get("counts")
        if not isinstance(found, Counter):
            found = self.memo["counts"] = Counter(self.words)
        return found

    def has_negation_word(self) -> bool:
        """Whether a word of the sentence is one of NEGATIONS."""
        found = self.memo.get("negation word")
        if not isinstance(found, bool):
            found = self.memo["negation word"] = not NEGATIONS.isdisjoint(self.words)
        return found

    def span(self, text: str, start: int, end: int) -> Span:
        s, e = self.spans[start][0], self.spans[end - 1][1]
        return Span(s, e, text[s:e])


def _effective_negations(words: Sequence[str], breaks: frozenset[int] = frozenset()) -> list[int]:
    """The negations of ``words``, less pairs that cancel ("not impossible", "never without") and
    a "nor" that continues a negation before it ("neither X nor Y" is one)."""
    found = _polarity.negations(words)
    neither = words.index("neither") if "neither" in words else len(words)
    out: list[int] = []
    for i in found:
        if words[i] == "nor" and neither < i:
            continue
        # (The breaks between two negations at most _DOUBLE apart: a few set lookups.)
        if out and i - out[-1] <= _DOUBLE and not any(k in breaks for k in range(out[-1] + 1, i + 1)):
            out.pop()
            continue
        out.append(i)
    return out


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE_RE.finditer(text) if m.group().strip()]


def _words_of(text: str) -> Counter[str]:
    low = text.lower().replace("’", "'").replace("‘", "'")
    return Counter(m.group().replace("'", "") for m in _WORD_RE.finditer(low))


@functools.cache
def _cue_words() -> frozenset[str]:
    """Every word (as a lemma) that can make or mark a reversal: negations and negating verbs,
    direction words, antonym pairs, words that negate by themselves, words of no change."""
    swaps = {w for pair in SWAPS for w in pair} | DEGREES[0] | DEGREES[1] | STEADY | set(_NUMBER_DIRECTIONS)
    verbs = set(NEGATING_VERBS) | {first for first, _ in NEGATION_PREFIXES}
    return frozenset(NEGATIONS | verbs | set(DIRECTIONS) | swaps | IMPLICIT_NEGATIONS)


def _is_cue(word: str) -> bool:
    if word in _cue_words() or not _polarity._lemmas(word).isdisjoint(_cue_words()):
        return True
    return len(word) > _PREFIXED_MIN and (word[:2] in _PREFIXES or word[:3] in _PREFIXES)


def _may_reverse(translation: str, reference: str) -> bool:
    """Whether the two texts differ in a word that can reverse a claim: a reversal needs a negation
    on one side only, or a direction word, antonym or negating prefix the other side lacks, so when
    every word one side has more often than the other is none of those, nothing is read further
    (most pairs: the check then costs one word count)."""
    t_words, r_words = _words_of(translation), _words_of(reference)
    if t_words == r_words:
        return False
    t_only, r_only = t_words - r_words, r_words - t_words
    if any(_is_cue(w) for w in t_only + r_only):
        return True
    # A WordNet antonym only when the other side has it among its own extra words.
    r_lemmas = {lemma for w in r_only if len(w) >= _WORDNET_MIN for lemma in _polarity._lemmas(w)}
    return any(
        not antonyms(lemma).isdisjoint(r_lemmas)
        for w in t_only
        if len(w) >= _WORDNET_MIN
        for lemma in _polarity._lemmas(w) - _GENERAL
    )


def compare_polarity(translation: str, reference: str) -> list[Discrepancy]:
    """``critical`` discrepancies where a sentence of ``translation`` reverses the reference
    sentence it follows (a negation flip on a shared word, or a direction word for its opposite).
    Both texts are taken to be in one language (English word lists)."""
    if not _may_reverse(translation, reference):
        return []
    bounds = _sentences(reference)
    refs = [_Words.of(reference, s, e) for s, e in bounds]
    same = {r.words for r in refs if r.words}
    # Two sentences of the reference one sentence of the translation may merge ("rose 17%. However,
    # there are still doubts" / "rose 17%, but there are no doubts"): read joined, too.
    refs += [_Words.of(reference, a[0], b[1]) for a, b in itertools.pairwise(bounds)]
    refs = [r for r in refs if r.words]
    out: list[Discrepancy] = []
    if not refs:
        return out
    for s, e in _sentences(translation):
        t = _Words.of(translation, s, e)
        if len(t.words) < 2 or t.words in same:  # "Prices fell." is a claim too; a copy reverses nothing
            continue
        best, ratio = None, 0.0
        for r in refs:
            if not _may_match(t, r):
                continue
            opcodes = _opcodes(t.words, r.words)
            score = _ratio(opcodes, len(t.words) + len(r.words))
            if score > ratio:
                best, ratio = (r, opcodes), score
        if best is None or ratio < MIN_RATIO:
            continue
        found = _compare(translation, reference, t, best[0], best[1])
        if found is not None:
            out.append(found)
    return out


Opcode = tuple[str, int, int, int, int]
# Two sentences whose word counts multiply to more than this are not aligned by difflib at once
# (its longest-match search costs that product, and more on repeated words): their common head
# and tail are taken as equal, and what remains is aligned in stretches of _PART words.
_EXACT_MAX = 250_000
_PART = 200


def _may_match(t: _Words, r: _Words) -> bool:
    """difflib's ``real_quick_ratio`` and ``quick_ratio`` bounds (word counts, then the words in
    common as multisets) at least :data:`MIN_RATIO`: the ratio itself can reach it."""
    total = len(t.words) + len(r.words)
    if not total or 2.0 * min(len(t.words), len(r.words)) / total < MIN_RATIO:
        return False
    return 2.0 * sum((t.counts() & r.counts()).values()) / total >= MIN_RATIO


def _ratio(opcodes: Sequence[Opcode], total: int) -> float:
    """difflib's ratio of an alignment: twice the words matched over the words of both sides."""
    matched = sum(i2 - i1 for tag, i1, i2, _, _ in opcodes if tag == "equal")
    return 2.0 * matched / total if total else 1.0


def _opcodes(a: Sequence[str], b: Sequence[str]) -> list[Opcode]:
    """difflib's opcodes of two word sequences (no junk heuristic), computed as they are for
    sentences of ordinary length; for longer ones, the common head and tail are equal and the
    rest is aligned stretch by stretch, so that a text of any length costs time in proportion."""
    if len(a) * len(b) <= _EXACT_MAX:
        return list(difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes())
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    out: list[Opcode] = [("equal", 0, head, 0, head)] if head else []
    a_mid, b_mid = a[head : len(a) - tail], b[head : len(b) - tail]
    # One stretch when what remains is small (the usual case: a word or two changed).
    parts = 1 if len(a_mid) * len(b_mid) <= _EXACT_MAX else -(-max(len(a_mid), len(b_mid)) // _PART)
    for k in range(parts):
        a1, a2 = head + len(a_mid) * k // parts, head + len(a_mid) * (k + 1) // parts
        b1, b2 = head + len(b_mid) * k // parts, head + len(b_mid) * (k + 1) // parts
        matcher = difflib.SequenceMatcher(None, a[a1:a2], b[b1:b2], autojunk=False)
        out.extend((tag, i1 + a1, i2 + a1, j1 + b1, j2 + b1) for tag, i1, i2, j1, j2 in matcher.get_opcodes())
    if tail:
        out.append(("equal", len(a) - tail, len(a), len(b) - tail, len(b)))
    return out


def _compare(
    translation: str, reference: str, t: _Words, r: _Words, opcodes: Sequence[Opcode]
) -> Discrepancy | None:
    """The first reversal between two aligned sentences, or ``None``."""
    pairs = _Aligned.of(opcodes)
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        # A word of degree for its opposite first: WordNet also links some ("significant" /
        # "slight"), but the claim only holds to another extent.
        severity: Severity = "major"
        why = _degree(t, r, i1, i2, j1, j2)
        if why is None:
            why, severity = (
                _direction(t, r, i1, i2, j1, j2) or _negation(t, r, pairs, (i1, i2, j1, j2)),
                "critical",
            )
        if why is None:
            why, severity = _steady(t, r, i1, i2, j1, j2), "major"
        # A stretch empty on one side is shown with the word after it (or before it).
        b1, b2 = _nonempty(j1, j2, len(r.words))
        if why is None:
            coordinated = _coordinated(t, r, pairs, (i1, i2, j1, j2))
            if coordinated is not None:
                why, b1, severity = coordinated
                b2 = b1 + 1
        if why is None:
            continue
        a1, a2 = _nonempty(i1, i2, len(t.words))
        found, expected = t.span(translation, a1, a2), r.span(reference, b1, b2)
        return Discrepancy(
            kind="polarity",
            severity=severity,
            message=why,
            found=found,
            expected=expected,
            found_value=found.text,
            expected_value=expected.text,
            confidence=0.8,
        )
    return None


def _nonempty(start: int, end: int, n: int) -> tuple[int, int]:
    if start < end:
        return start, end
    return (start, start + 1) if start < n else (start - 1, start)


def _direction(t: _Words, r: _Words, i1: int, i2: int, j1: int, j2: int) -> str | None:
    """A direction word of the translation's stretch with its opposite in the reference's, both
    negated or neither ("did not rise" / "fell" cancel)."""
    tw, rw = t.words[i1:i2], r.words[j1:j2]
    if not tw or not rw or t.negated(i1, i2) != r.negated(j1, j2):
        return None
    flip = _polarity._direction_flip(tw, rw) or _number_direction(t, r, range(i1, i2), range(j1, j2))
    # Antonyms in the same place; not where a negation cancels one ("not impossible").
    small = len(tw) <= _SWAP_MAX and len(rw) <= _SWAP_MAX
    if flip is None and small and NEGATIONS.isdisjoint(tw) and NEGATIONS.isdisjoint(rw):
        # WordNet's direct antonyms anywhere in the stretch; its looser links one word for one.
        kinds = _ANY_KIND if len(tw) == len(rw) == 1 else _DIRECT
        flip = next(((a, b) for a in tw for b in rw if _swapped(a, b) or _wordnet_swapped(a, b, kinds)), None)
    if flip is None:
        return None
    return f"{flip[0]!r} where the reference says {flip[1]!r}"


def _coordinated(
    t: _Words, r: _Words, pairs: _Aligned, stretch: tuple[int, int, int, int]
) -> tuple[str, int, Severity] | None:
    """A word the translation inserts into a coordination whose opposite the reference states before
    it, in the same clause, and extends to what follows: "higher than Q2 and the year-ago quarter" /
    "higher than Q2 but lower than the year-ago quarter", "an increase in net income and backlog" /
    "... but a decrease in backlog". The reference's stretch holds only joining words, the words after
    both stretches are the same, and the opposite is kept before the translation's stretch too. A
    word of no change against one of change is ``major`` ("lower pricing and demand" / "lower pricing
    and steady demand"), as in :func:`_steady`. The reason, where the opposite is in the reference,
    and the severity."""
    i1, i2, j1, j2 = stretch
    inserted = t.words[i1:i2]
    if not inserted or len(inserted) > _COORD_MAX or i2 not in pairs.t_to_r or pairs.t_to_r[i2] != j2:
        return None
    if not _JOINS.issuperset(r.words[j1:j2]) or t.negated(i1, i2) or r.negated(j1, j2):
        return None
    brk = r.ordered_breaks
    at = bisect.bisect_right(brk, j1)  # the clause of the reference's stretch starts at brk[at - 1]
    start = max(brk[at - 1] if at else 0, j1 - _COORD_REACH)
    for x in range(j1 - 1, start - 1, -1):
        b = r.words[x]
        kept = pairs.r_to_t.get(x)
        if kept is None or kept >= i1 or r.negated(x, x + 1) or len(b) < _WORDNET_MIN:
            continue
        for a in inserted:
            if len(a) < _WORDNET_MIN or a in _polarity._FUNCTION_WORDS:
                continue
            if _opposite(a, b):
                return f"{a!r} where the reference says {b!r} (it bears on what follows too)", x, "critical"
            if (_steady_word([a]) and _change_word([b])) or (_change_word([a]) and _steady_word([b])):
                return (
                    f"{a!r} where the reference says {b!r} (no change; it bears on what follows too)",
                    x,
                    "major",
                )
    return None


def _opposite(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are opposite direction words, curated antonyms or WordNet direct ones."""
    return (
        _polarity._direction_flip([a], [b]) is not None or _swapped(a, b) or _wordnet_swapped(a, b, _DIRECT)
    )


def _number_direction(t: _Words, r: _Words, tr: range, rr: range) -> tuple[str, str] | None:
    """("up", "down") where one stretch says "up" and the other "down", each before a number."""
    for i in tr:
        for j in rr:
            if _NUMBER_DIRECTIONS.get(t.words[i]) == r.words[j] and i in t.numbered and j in r.numbered:
                return t.words[i], r.words[j]
    return None


def _steady(t: _Words, r: _Words, i1: int, i2: int, j1: int, j2: int) -> str | None:
    """A word of no change in one stretch ("unchanged", "remain the same") against a word of change
    in the other ("increase", "improved"), neither negated nor holding both: a change read as none."""
    tw, rw = t.words[i1:i2], r.words[j1:j2]
    if not tw or not rw or max(len(tw), len(rw)) > _STEADY_MAX or t.negated(i1, i2) or r.negated(j1, j2):
        return None
    t_steady, r_steady = _steady_word(tw), _steady_word(rw)
    t_change, r_change = _change_word(tw), _change_word(rw)
    if t_steady and r_change and not t_change and not r_steady:
        return f"{t_steady!r} where the reference says {r_change!r} (no change)"
    if r_steady and t_change and not r_change and not t_steady:
        return f"{t_change!r} where the reference says {r_steady!r} (no change)"
    return None


def _steady_word(words: Sequence[str]) -> str | None:
    lemmas = [_polarity._lemmas(w) for w in words]
    verb = any(not ls.isdisjoint(STEADY_VERBS) for ls in lemmas)
    return next(
        (
            w
            for w, ls in zip(words, lemmas, strict=True)
            if not ls.isdisjoint(STEADY) or (verb and w == "same")
        ),
        None,
    )


def _change_word(words: Sequence[str]) -> str | None:
    return next(
        (
            w
            for w in words
            for lemma in _polarity._lemmas(w)
            if lemma in CHANGED or any(axis in _CHANGE_AXES for axis, _ in DIRECTIONS.get(lemma, ()))
        ),
        None,
    )


def _swapped(a: str, b: str) -> bool:
    """Whether one word replaces its antonym in the same place (SWAPS, by lemma, or the same
    word with a negating prefix: "controlled" / "uncontrolled")."""
    short, long_ = sorted((a, b), key=len)
    if (
        len(short) >= _PREFIXED_MIN
        and long_[: len(long_) - len(short)] in _PREFIXES
        and long_.endswith(short)
    ):
        return True
    la, lb = _polarity._lemmas(a), _polarity._lemmas(b)
    return any((x, y) in SWAPS or (y, x) in SWAPS for x in la for y in lb)


def _degree(t: _Words, r: _Words, i1: int, i2: int, j1: int, j2: int) -> str | None:
    """A word of large degree for one of small degree, one for one in the same place, neither
    negated ("a significant increase" / "a slight increase"): the claim holds to another extent."""
    if i2 - i1 != 1 or j2 - j1 != 1 or t.negated(i1, i2) or r.negated(j1, j2):
        return None
    a, b = t.words[i1], r.words[j1]
    large, small = DEGREES
    if (a in large and b in small) or (a in small and b in large):
        return f"{a!r} where the reference says {b!r} (degree)"
    return None


@functools.lru_cache(maxsize=8192)
def _wordnet_swapped(a: str, b: str, kinds: frozenset[str]) -> bool:
    """Whether Open English WordNet links one word to the other as antonyms by one of ``kinds``
    (see :mod:`xcheck.lexicon._antonyms`), by lemma ("higher" / "low", "roundabout" / "direct"),
    both content words of some length."""
    if min(len(a), len(b)) < _WORDNET_MIN or a in _polarity._FUNCTION_WORDS or b in _polarity._FUNCTION_WORDS:
        return False
    la, lb = _polarity._lemmas(a) - _GENERAL, _polarity._lemmas(b) - _GENERAL
    return any(not kinds.isdisjoint(antonym_kinds(x, y)) for x in la for y in lb)


def _negation(t: _Words, r: _Words, pairs: _Aligned, stretch: tuple[int, int, int, int]) -> str | None:
    """A negation in one stretch and none in the other, bearing on a word both sides share (near
    the other stretch, or the same word where the matcher pairs them: "has not been any growth" /
    "has been low growth"), and no word on the other side that negates by itself. The sentences
    must count different numbers of negations ("never before did" / "has never been" only moves one)."""
    i1, i2, j1, j2 = stretch
    t_neg = t.negations_in(i1, i2)
    r_neg = r.negations_in(j1, j2)
    if bool(t_neg) == bool(r_neg):
        return None
    if t_neg:
        neg, pos, n_at, p1, p2, which, other = t, r, t_neg[0], j1, j2, "adds", pairs.t_to_r
    else:
        neg, pos, n_at, p1, p2, which, other = r, t, r_neg[0], i1, i2, "drops", pairs.r_to_t
    if pos.negated(p1, p2):
        return None
    near = range(p1, min(len(pos.words), p2 + _NEAR))
    found = _shared(neg, pos, neg.scope_at(n_at), near, other) or _synonym(neg, pos, neg.scope_at(n_at), near)
    if found is None:
        return None
    shared, q = found
    if shared in _RAISING and pos.has_negation_word():
        return None  # "I don't think I am" / "I think I am not": the negation only moved up
    # A word that negates by itself may restate the negation ("did not comment" / "declined to
    # comment"), unless it is the negated word itself ("did not decline" / "declined").
    stems = _stems(shared) | _stems(pos.words[q])
    others = [w for w in pos.words[p1 : max(p2, q)] if _stems(w).isdisjoint(stems)]
    if _implicit(others) or (q >= p2 + _NEAR and pos.negated(q, q + 1)):
        return None
    # The clauses must count different numbers of negations, and the sentences too unless each
    # flips a claim of its own: "never before did" / "has never been" only moves one.
    same_count = len(neg.negations) == len(pos.negations)
    if neg.clause_negations(n_at) == pos.clause_negations(q) or (same_count and not _crossed(pos, neg)):
        return None
    return f"the translation {which} a negation ({neg.words[n_at]!r} on {shared!r})"


def _shared(
    neg: _Words, pos: _Words, scope: list[int], near: range, other: dict[int, int]
) -> tuple[str, int] | None:
    """The first word of ``scope`` (indices into ``neg``) that ``pos`` states too, with its index
    there: a word of the same stem in ``near``, or the word the matcher pairs it with."""
    for k in scope:
        stems = _stems(neg.words[k])
        q = next((q for q in near if not _stems(pos.words[q]).isdisjoint(stems)), None)
        if q is None and k in other:
            q = other[k]
        if q is not None:
            return neg.words[k], q
    return None


def _synonym(neg: _Words, pos: _Words, scope: list[int], stretch: range) -> tuple[str, int] | None:
    """The first word of ``scope`` (indices into ``neg``) with a WordNet synonym in ``stretch`` of
    ``pos``, near where it stands ("is not dealing with" / "is grappling with"), with
    that synonym's index; general verbs aside ("did not go" / "died": "go" has a sense "die")."""
    for k in scope:
        lemmas = _polarity._lemmas(neg.words[k]) - _GENERAL
        near = {lemma for lemma in lemmas for lemma in synonyms(lemma)}
        for q in stretch:
            if near and not near.isdisjoint(_polarity._lemmas(pos.words[q]) - _GENERAL):
                return neg.words[k], q
    return None


@attrs.frozen
class _Aligned:
    """The words the matcher pairs as equal, both ways (index in one sentence -> in the other)."""

    t_to_r: dict[int, int]
    r_to_t: dict[int, int]

    @classmethod
    def of(cls, opcodes: Sequence[Opcode]) -> _Aligned:
        """The pairs of the equal stretches of an alignment (:func:`_opcodes`)."""
        pairs = [(a + k, b + k) for tag, a, a2, b, _ in opcodes if tag == "equal" for k in range(a2 - a)]
        return cls(dict(pairs), {b: a for a, b in pairs})


def _stem(lemma: str) -> str:
    """``lemma`` cut to its first :data:`_STEM` letters when it has more: a noun and the verb it
    derives from read as one word ("improved" / "no improvement")."""
    return lemma[:_STEM]


def _stems(word: str) -> frozenset[str]:
    return frozenset(_stem(lemma) for lemma in _polarity._lemmas(word))


def _crossed(pos: _Words, neg: _Words) -> bool:
    """Whether a negation of ``pos`` bears on a word ``neg`` states without one: the sentences
    then flip two claims ("have launched ..., found no evidence" / "have not launched ..., found
    evidence"), where the same count of negations otherwise means one negation moved."""
    free = neg.free_lemmas()
    return any(not _polarity._lemmas(w).isdisjoint(free) for k in pos.ordered_negations for w in pos.scope(k))


def _implicit(words: Sequence[str]) -> bool:
    """Whether ``words`` hold a word that negates or lowers by itself ("stopped", "declined",
    "unharmed", "fell"): a negation on the other side may restate it."""
    for w in words:
        lemmas = _polarity._lemmas(w)
        if not lemmas.isdisjoint(IMPLICIT_NEGATIONS):
            return True
        if any(sign < 0 for lemma in lemmas for _, sign in DIRECTIONS.get(lemma, ())):
            return True
        if len(w) > 5 and w.startswith(("un", "non")) and not w.startswith(_NOT_PREFIXED):
            return True
    return False


# Words that only look prefixed with "un"/"non": they do not negate.
_NOT_PREFIXED = ("under", "until", "unit", "union", "uniq", "univers", "uncle", "nonetheless")
