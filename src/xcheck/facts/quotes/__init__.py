"""Quotations: find the words inside quotation marks and compare them with the source's.

A quote re-translated until its meaning moved is one of the quiet errors of translated news.
:func:`extract_quotes` finds quoted words in any of the usual mark styles ("…", “…”, ‘…’, „…“,
«…», 「…」, 『…』, '…'), telling apostrophes from single quotes. :func:`compare_quotes` compares
each quote of a translated text with the quoted words of its reference statement: a quote that is
a (fuzzy) part of what the source said is fine, and so is re-translated wording with the same
sense; a quote that says the opposite (a negation added or dropped, "rose" for "fell": see
:mod:`xcheck.facts._polarity`) is ``critical``; the same words from a different speaker
are ``major``.

>>> [q.span.text for q in extract_quotes('He said “no comment” and left, citing the ‘90s rule.')]
['no comment']
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from rapidfuzz import fuzz, process

from xcheck import _lazyre
from xcheck._cache import text_cache
from xcheck._types import Discrepancy, Severity, Span
from xcheck.facts._polarity import direction_flip, reversal
from xcheck.facts.names._text import fold_word, names_equivalent
from xcheck.facts.quotes._scope import _Reference, _scope_drift
from xcheck.facts.quotes._scope import _word_start as _word_start
from xcheck.facts.quotes._window import WINDOW_CUTOFF, _context, _finding, _window_reversal
from xcheck.lexicon._names import SPELLING_PAIRS

__all__ = [
    "RELATED_CUTOFF",
    "SAME_CUTOFF",
    "WINDOW_CUTOFF",
    "Quote",
    "compare_quotes",
    "extract_quotes",
    "quote_similarity",
]

#: Quote similarity (0-100, see :func:`compare_quotes`) at or above which a translated quote is
#: taken as the same words as the source's: no finding.
SAME_CUTOFF = 88.0
#: Similarity below which a translated quote is taken as not rendering that source quote at all.
RELATED_CUTOFF = 45.0

_MAX_QUOTE = 600


@attrs.frozen
class Quote:
    """Words inside quotation marks.

    ``span`` is the quoted words (marks excluded, surrounding spaces trimmed), ``marks`` the
    quotation including its marks, ``speaker`` the name of the person the sentence credits with
    the words when a simple pattern finds one ("X said", "…," X said), else ``None``.
    """

    span: Span
    marks: Span
    speaker: Span | None = None


# Opening mark -> closing marks it accepts.
_PAIRS: dict[str, str] = {
    "“": "”“",
    "„": "“”",
    "«": "»",
    "‹": "›",
    "「": "」",
    "『": "』",
    "‘": "’",
    '"': '"',
    "'": "'",
}
_CLOSERS = frozenset("”“»›」』’\"'")
_MARKS = "\n" + "".join(sorted(set(_PAIRS) | _CLOSERS))
_ASCII_MARKS = "".join(ch for ch in _MARKS if ch.isascii())
_OPENERS = frozenset(_PAIRS)
_BOUNDARY_BEFORE = set(" \t\n\r([{—–-/:;,") | {"“", "„", "«", "‘", '"', "\u00a0"}


def _can_open(text: str, i: int) -> bool:
    ch = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if ch in "«‹" and nxt:
        return True  # French style puts a space inside guillemets
    if not nxt or nxt.isspace():
        return False
    if ch in "“„「『":
        return True
    prev = text[i - 1] if i > 0 else " "
    if prev.isalnum():
        return False  # an apostrophe (don't) or a closing mark after a word
    if ch in "‘'" and nxt.isdigit():
        return False  # '90s
    return prev in _BOUNDARY_BEFORE or not prev.isalnum()


def _can_close(text: str, i: int) -> bool:
    ch = text[i]
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if ch in "»›" and prev:
        return True
    if not prev or prev.isspace():
        return False
    if ch in "”」』":
        return True
    if ch in "’'" and nxt.isalpha():
        return False  # an apostrophe inside a word: Trump’s, don't
    return ch in "“\"'’"


def extract_quotes(text: str) -> tuple[Quote, ...]:
    """The quotations of ``text``, outermost only, in order, with exact spans.

    Marks are matched with a stack, so nested quotes stay inside their outer quote; single
    quotes count only where they cannot be apostrophes (``Trump’s``, ``don't``, ``'90s``).

    >>> [q.span.text for q in extract_quotes('She called it "a \\'big\\' deal."')]
    ["a 'big' deal."]
    """
    return tuple(_quote(text, bounds) for bounds in _bounds_of(text))


def _quote(text: str, bounds: tuple[int, int, int, int]) -> Quote:
    """The :class:`Quote` of one ``(start, end, open_at, close_at)`` found by :func:`_quote_bounds`."""
    start, end, open_at, close_at = bounds
    marks = Span(open_at, close_at + 1, text[open_at : close_at + 1])
    return Quote(Span(start, end, text[start:end]), marks, _speaker(text, open_at, close_at + 1))


def _positions(text: str, chars: Sequence[str]) -> list[int]:
    """The offsets of every occurrence of ``chars`` in ``text``, in order (``str.find`` loops:
    far cheaper than a regex scan when, as usual, there are few)."""
    out: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i != -1:
            out.append(i)
            i = text.find(ch, i + 1)
    if len(chars) > 1:
        out.sort()
    return out


@text_cache()
def _bounds_of(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """:func:`_quote_bounds` memoised: the pipeline reads one sentence against several
    statements, and again to count its facts."""
    return tuple(_quote_bounds(text))


def _quote_bounds(text: str) -> list[tuple[int, int, int, int]]:
    """Where the quotations of ``text`` are: ``(start, end, open_at, close_at)`` of each, the
    quoted words trimmed of surrounding spaces and the offsets of both marks (no objects built:
    :func:`compare_quotes` makes spans only for what it reports)."""
    # One C search per mark character (ASCII text can hold only three of them).
    if text.isascii():
        if '"' not in text and "'" not in text:
            return []  # nothing can open a quote
        present = [ch for ch in _ASCII_MARKS if ch in text]
    else:
        present = [ch for ch in _MARKS if ch in text]
        if _OPENERS.isdisjoint(present):
            return []
    stack: list[tuple[str, int]] = []
    found: list[tuple[int, int]] = []
    for i in _positions(text, present):
        ch = text[i]
        if ch == "\n":
            if stack:
                # Quotes do not run across paragraphs, except an unclosed curly one.
                stack = [(c, p) for c, p in stack if c in "“„«「『"]
            continue
        closed = False
        if ch in _CLOSERS and stack and _can_close(text, i):  # nothing to close: no test
            for depth in range(len(stack) - 1, -1, -1):
                opener, pos = stack[depth]
                if ch in _PAIRS[opener] and i - pos <= _MAX_QUOTE:
                    del stack[depth:]
                    if not stack:
                        found.append((pos, i))
                    closed = True
                    break
                if opener in '“„«‹「『"':
                    break  # do not close across a double quote that is still open
        if not closed and ch in _PAIRS and _can_open(text, i):
            stack.append((ch, i))
    out: list[tuple[int, int, int, int]] = []
    for open_at, close_at in found:
        start, end = open_at + 1, close_at
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append((start, end, open_at, close_at))
    return out


_SPEECH = (
    r"(?:said|says|say|told|tells|warned|warns|stated|states|added|adds|noted|notes|wrote|writes|"
    r"asked|asks|declared|declares|argued|argues|emphasized|emphasised|stressed|affirmed|insisted|"
    r"explained|claimed|claims|replied|responded|announced|promised|vowed|urged|called)"
)
_NAME = r"(?:[A-Z][\w'’\-]+\.?\s){0,3}[A-Z][\w'’\-]+"
_BEFORE_RE = _lazyre.compile(rf"({_NAME})(?:,[^,]{{1,80}},)?\s+{_SPEECH}\b[^.!?\"“”]{{0,120}}$")
_AFTER_RE = _lazyre.compile(rf"^[,.]?\s*{_SPEECH}\s+({_NAME})|^[,.]?\s*({_NAME})\s+{_SPEECH}\b")
_SPEECH_AT_RE = _lazyre.compile(rf"\s{_SPEECH}\b")
# How far before a quote the speech verb of _BEFORE_RE can start: its 120 trailing characters,
# the longest verb and the space before it, with a margin.
_SPEECH_REACH = 120 + 16
# How far before a quote _speaker reads at most: the speech verb's reach, a comma clause of 80,
# and a name of four long words, with a margin. A search anchored at the end ($) over the whole
# text before each quote made a text of many quotes cost time in the square of its length.
_SPEAKER_REACH = 600
_NOT_SPEAKERS = frozenset("he she they it we i you this that there the a an".split())


def _speaker(text: str, start: int, end: int) -> Span | None:
    """The person the sentence credits with a quote, by simple patterns; ``None`` if unsure."""
    floor = max(0, start - _SPEAKER_REACH)
    if floor:
        # A window that cuts a word starts after it (a name is not read from half a word).
        space = text.find(" ", floor, start)
        floor = start if space == -1 else space
    left_bound = max(text.rfind(". ", floor, start), text.rfind("\n", floor, start), floor)
    before = text[left_bound:start]
    # The pattern needs a speech verb at most 120 characters before the quote: look for one
    # near the end first (one C scan), and try the full pattern only then.
    verb = _SPEECH_AT_RE.search(before, max(0, len(before) - _SPEECH_REACH))
    m = _BEFORE_RE.search(before) if verb is not None else None
    if m:
        s = left_bound + m.start(1)
        name = m.group(1)
        first = name.split()[0].lower() if name.split() else ""
        if first not in _NOT_SPEAKERS:
            return Span(s, s + len(name), name)
    after = text[end : end + 80]
    m = _AFTER_RE.match(after)
    if m:
        g = 1 if m.group(1) else 2
        name = m.group(g)
        if name.split()[0].lower() not in _NOT_SPEAKERS:
            s = end + m.start(g)
            return Span(s, s + len(name), name)
    return None


# ---------------------------------------------------------------------------------------------
# Comparison

_WORD_RE = _lazyre.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_STOP = frozenset(
    "a an the of to in on at for and or but is are was were be been it its this that these those "
    "we our us they their he his she her i my you your would will could should can may might must "
    "as by with from so than then there here".split()
)


def _words(text: str) -> list[str]:
    """The words of ``text`` folded by fold_word; ASCII text is lower-cased and stripped of
    apostrophes in bulk, and goes word by word only when a word may be one fold_word rewrites
    whole (a US/UK pair, ``-ised``, ``-isation``)."""
    text = text.replace("‘", "'")
    if text.isascii():
        words = _WORD_RE.findall(text.lower())
        if "'" in text:
            words = [w.replace("'", "") for w in words]
        probe = " ".join(words)
        if "ised" not in probe and "isation" not in probe and _SPELLING_KEYS.isdisjoint(words):
            return words
    return list(map(fold_word, _WORD_RE.findall(text)))


# _squash in one pass: each character of a text is mapped to what folding (fold_word) and
# squashing make of it: ASCII letters lower-cased, apostrophes, dots and hyphens dropped, other
# non-word characters turned into spaces. Characters are added as they are met; SENTINEL marks
# those a per-character table cannot stand for (see _squash_char), sending the text to the
# word-by-word path.
_SENTINEL = "\x00"
_WORD_CHAR_RE = _lazyre.compile(r"\w")
_HYPHENS = frozenset("-‐‑")
# fold_word rewrites some words as a whole: a US/UK pair of SPELLING_PAIRS, or a word ending in
# -ised or -isation (tests/test_quotes.py pins this). Texts holding one take the word-by-word path.
_SPELLING_KEYS = frozenset(SPELLING_PAIRS)
_fold_one = getattr(fold_word, "__wrapped__", fold_word)  # uncached: one-character words


def _squash_char(ch: str) -> str:
    """What :func:`_squash` makes of one character inside a word (its fold, hyphens dropped,
    other non-word characters as a space), or ``_SENTINEL`` when no single value is exact."""
    if ch == _SENTINEL:
        return _SENTINEL
    folded = _fold_one(ch)
    if ch.isspace():
        # Whitespace separates words; it must stay a separator.
        return " " if folded and folded.isspace() else _SENTINEL
    if len(folded) > 3:
        return _SENTINEL  # a long compatibility form: leave it to fold_word's word rules
    return "".join(c if _WORD_CHAR_RE.match(c) else ("" if c in _HYPHENS else " ") for c in folded)


# A whitespace character that the table keeps as it is (still a separator for split()), so that
# _squash_by_words can join words with it, translate once and split them apart again.
_WORD_SEP = "\x1f"


def _ascii_table() -> dict[int, str | None]:
    """The ASCII part of the ``str.translate`` table of :func:`_squash` (``None``: drop it)."""
    table = {code: _squash_char(chr(code)) or None for code in range(128)}
    table[ord(_WORD_SEP)] = _WORD_SEP
    return table


_ASCII_TABLE = _ascii_table()
# The table used: ASCII, plus the other characters met so far (added by _squash before its
# translate; a plain dict with ``None`` for dropped characters keeps translate's fast path).
_SQUASH_TABLE: dict[int, str | None] = dict(_ASCII_TABLE)
_NON_ASCII_RE = _lazyre.compile("[^\x00-\x7f]")


def _clear_caches() -> None:
    """Empty this module's memos (for cold-start timing): quote bounds, squashed texts, content
    words, quote contexts, lemmas, and the non-ASCII characters of the squash table."""
    for fn in (_bounds_of, _squash, _content_of, _context):
        fn.cache_clear()
    _SQUASH_TABLE.clear()
    _SQUASH_TABLE.update(_ASCII_TABLE)


@text_cache()
def _squash(text: str) -> str:
    """Lower-case letters and digits with single spaces; hyphens vanish (re-establish = reestablish).

    By definition: each whitespace-separated word folded by ``fold_word`` (the whole text when it
    has no space), then hyphens dropped and runs of other non-word characters made one space.
    Done as one ``str.translate`` and one ``split``; words that ``fold_word`` may rewrite as a
    whole (``defence``, ``-ised``) are then folded one by one (:func:`_squash_by_words`).
    """
    if not text.isascii():
        table = _SQUASH_TABLE
        for ch in set(_NON_ASCII_RE.findall(text)):
            if ord(ch) not in table:
                table[ord(ch)] = _squash_char(ch) or None
    squashed = text.translate(_SQUASH_TABLE)
    words = squashed.split()
    if _needs_fold(squashed, words):
        return _squash_by_words(text, words)
    return " ".join(words)


def _needs_fold(squashed: str, words: Sequence[str]) -> bool:
    """Whether the per-character squash of a text (``words``: its split) may differ from folding
    its words: a character with no per-character value, or a word fold_word rewrites whole."""
    return (
        "ised" in squashed
        or "isation" in squashed
        or _SENTINEL in squashed
        or not _SPELLING_KEYS.isdisjoint(words)
    )


def _squash_by_words(text: str, words: Sequence[str]) -> str:
    """:func:`_squash` word by word: the per-character value of each word, except for the words
    fold_word may rewrite whole, which are folded and squashed by the definition. ``words`` is
    the split of the text's per-character squash."""
    if " " not in text:
        return _squash_folded(text)  # one word
    parts = text.split()
    # One translate for all the words, kept apart by a separator that maps to itself; then only
    # the words holding a sign of a whole-word rewrite are folded one by one.
    joined = _WORD_SEP.join(parts).translate(_SQUASH_TABLE)
    squashed = joined.split(_WORD_SEP)
    if len(squashed) != len(parts):  # a character folded into the separator: word by word
        squashed = [part.translate(_SQUASH_TABLE) for part in parts]
        joined = ""
        refold = {i for i, sq in enumerate(squashed) if _needs_fold(sq, sq.split())}
    else:
        refold = set()
        for needle in ("ised", "isation", _SENTINEL, *_SPELLING_KEYS.intersection(words)):
            at = joined.find(needle)
            while at != -1:
                refold.add(joined.count(_WORD_SEP, 0, at))  # the index of the word holding it
                at = joined.find(needle, at + 1)
    for i in refold:
        squashed[i] = _squash_folded(parts[i])
    return " ".join(" ".join(squashed).split())


def _squash_folded(word: str) -> str:
    """One word squashed by the definition: fold_word, hyphens dropped, word characters kept."""
    return " ".join(_WORD_RUN_RE.findall(_HYPHEN_RE.sub("", fold_word(word))))


_HYPHEN_RE = _lazyre.compile(r"[\-‐‑]")
_WORD_RUN_RE = _lazyre.compile(r"\w+")


_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "ly", "s")


def _stem(word: str) -> str:
    if not word.endswith(_SUFFIXES):
        return word  # one C test for most words
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _content(words: Sequence[str]) -> list[str]:
    return [_stem(w) for w in words if w not in _STOP and not w.isdigit()]


@text_cache()
def _content_of(text: str) -> tuple[str, ...]:
    """The stemmed content words of a quote, memoised."""
    return tuple(_content(_words(text)))


def quote_similarity(a: str, b: str) -> float:
    """How alike two quotations read (0-100): rapidfuzz token-set ratio on stemmed content words."""
    return _similarity(a, b, _content_of(a), _content_of(b))


def _similarity(a: str, b: str, ca: Sequence[str], cb: Sequence[str]) -> float:
    """:func:`quote_similarity` given the content words of both quotes."""
    if not ca or not cb:
        return float(fuzz.ratio(_squash(a), _squash(b)))
    return float(fuzz.token_set_ratio(" ".join(ca), " ".join(cb)))


def _related(a: str, b: str, ca: Sequence[str], cb: Sequence[str], paired: int = 0) -> bool:
    """Whether two quotes can be renderings of one another: of similar length (content words
    within a factor of two), sharing at least two content words (all, for a one-word quote) and
    at least three in ten of the shorter quote's. ``ca`` and ``cb`` are their content words;
    ``paired`` counts further word pairs as shared (a word and its opposite)."""
    if not ca or not cb:
        return _squash(a) == _squash(b) or bool(_numbers(a) & _numbers(b))
    if not 0.5 <= len(ca) / len(cb) <= 2.0:
        return False
    set_a, set_b = set(ca), set(cb)
    shared = sum(
        1
        for w in set_a
        if w in set_b or process.extractOne(w, cb, scorer=fuzz.ratio, score_cutoff=85) is not None
    )
    shared += paired
    fewest = min(len(set_a), len(set_b))
    return shared >= min(2, len(set_a)) and shared >= 0.3 * fewest


def _is_part_of(quote: str, source: str) -> bool:
    """Whether the quoted words are a contiguous part of the source text: verbatim (case,
    hyphens and punctuation aside), or nearly so with nothing in the surrounding words that
    turns the meaning (a negation, another number, an opposite direction just outside the match)."""
    return _part_of(quote, _squash(quote), _squash(source))


def _part_of(quote: str, q: str, s: str, context: str | None = None) -> bool:
    """:func:`_is_part_of` given both texts squashed (``q`` of ``quote``, ``s`` of the source).
    ``context`` is the quote with the words around its marks (default: the quote): it is what
    the source's words around the match are read against for a turned meaning."""
    if not q or not s:
        return False
    if q in s:
        return True
    if len(q) < 4 or len(q) > len(s):
        return False  # too short to match loosely, or longer than the source: not a part of it
    cutoff = 95.0 if len(q) < 12 else SAME_CUTOFF
    hit = fuzz.partial_ratio_alignment(q, s, score_cutoff=cutoff)
    if hit is None:
        return False
    # Snap the window to whole words, widen it by two words each side, then look for a
    # turned meaning.
    start = s.rfind(" ", 0, hit.dest_start) + 1 if hit.dest_start > 0 else 0
    end = s.find(" ", hit.dest_end)
    if end == -1:
        end = len(s)
    left = s[:start].rsplit(None, 2)[-2:]
    right = s[end:].split(None, 2)[:2]
    window = " ".join([*left, s[start:end], *right])
    return _meaning_change(quote, window, context) is None


_NUMBER_RE = _lazyre.compile(r"\d[\d,.]*")


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER_RE.findall(text)}


def _meaning_change(found: str, expected: str, context: str | None = None) -> str | None:
    """Why ``found`` does not say what ``expected`` says: other numbers, or the opposite
    (:func:`~xcheck.facts._polarity.reversal`, of ``context`` when given: ``found`` with
    the words around it); ``None`` when neither."""
    fn, en = _numbers(found), _numbers(expected)
    if fn and en and fn != en:
        return "the numbers differ"
    return reversal(found if context is None else context, expected)


_HIGH_RE = _lazyre.compile("[^\x00-\u2e7f]")


def _latin(text: str) -> bool:
    """Whether at least four in five letters of ``text`` are below U+2E80 (and it has letters)."""
    high = 0 if text.isascii() else sum(1 for c in _HIGH_RE.findall(text) if c.isalpha())
    if not high:
        return any(map(str.isalpha, text))
    letters = sum(map(str.isalpha, text))
    return letters - high >= 0.8 * letters


def compare_quotes(
    translation: str,
    reference: str,
    *,
    related_cutoff: float = RELATED_CUTOFF,
) -> list[Discrepancy]:
    """Compare each quotation of ``translation`` with the quoted words of ``reference``.

    Quotes are graded by meaning, not by wording: re-translated words that keep the sense give
    no finding, and a quote that says the opposite of the source is ``critical``.

    A quote that is a fuzzy part of the reference (quoted or not) is fine, unless it is a short
    quote the translation applies to more names than the source does (``minor``). Otherwise it is
    compared with the most similar related reference quote (similar length, at least two content
    words in common; similarity: :func:`quote_similarity`; a pair under ``related_cutoff`` is
    left alone), or, when the reference has none, with the words of the reference it matches
    best. The finding is ``critical`` when the quote reverses the source's meaning (a negation
    added or dropped, a direction word for its opposite: see
    :func:`xcheck.facts._polarity.reversal`), ``major`` when the same words come from
    another speaker, and there is none otherwise: numbers and names inside quotes are the number
    and name checkers' to report. Quotes in a different script from the reference are not
    compared.
    """
    t_bounds = _bounds_of(translation)
    if not t_bounds or not _latin(reference):
        return []
    out: list[Discrepancy] = []
    ref, own = _Reference(reference), _Reference(translation)
    for bounds in t_bounds:
        text = translation[bounds[0] : bounds[1]]
        if not _latin(text):
            continue
        q = _squash(text)
        c_start, c_end = _context(translation, bounds[2], bounds[3] + 1)
        context = translation[c_start:c_end]
        if (
            _in_words_near(q, reference, bounds[2] / len(translation))
            or _part_of(text, q, _squash(reference), context)
            or any(
                _part_of(text, q, _squash(reference[start:end]), context)
                for start, end, _, _ in _bounds_of(reference)
            )
        ):
            scope = _scope_drift(translation, bounds, text, q, ref, own)
            if scope is not None:
                out.append(scope)
            continue
        best = _best_related(text, reference, related_cutoff)
        if best is not None:
            found = _compare_one(translation, bounds, text, reference, best)
        else:
            found = _window_reversal(bounds, text, context, reference)
        if found is not None:
            out.append(found)
    return out


# Half the width of the stretch of a long reference where a quote is looked for first.
_NEAR_SPAN = 300
_squash_uncached = _squash.__wrapped__


def _in_words_near(q: str, reference: str, share: float) -> bool:
    """Whether ``q`` (a squashed quote) is in the squash of the whole words of a long ``reference``
    around the place ``share`` (0 to 1) of the way through it: then it is in the squash of the
    whole reference, and :func:`_part_of` holds. A copy of the reference finds each quote here
    in a few thousand characters instead of searching the text up to the quote, which made a
    text of many quotes cost time in the square of its length."""
    if not q or len(reference) <= 2 * _NEAR_SPAN:
        return False
    at = int(share * len(reference))
    lo = reference.find(" ", max(0, at - _NEAR_SPAN - len(q)))
    hi = reference.rfind(" ", 0, at + _NEAR_SPAN + len(q))
    return 0 <= lo < hi and q in _squash_uncached(reference[lo:hi])


def _best_related(text: str, reference: str, related_cutoff: float) -> tuple[float, int] | None:
    """The similarity and index of the reference quote most similar to ``text`` among those
    related to it (:func:`_related`), or ``None`` when none is, or the best is under the cutoff."""
    ct = _content_of(text)
    best: tuple[float, int] | None = None
    for i, (start, end, _, _) in enumerate(_bounds_of(reference)):
        r_text = reference[start:end]
        cr = _content_of(r_text)
        # A word and its opposite ("remains high" / "has eased") are a pair of aligned words.
        if not _related(text, r_text, ct, cr) and not (
            _related(text, r_text, ct, cr, paired=1) and direction_flip(text, r_text)
        ):
            continue
        score = _similarity(text, r_text, ct, cr)
        if best is None or score > best[0]:
            best = (score, i)  # the first of equal scores, as max() picks
    return best if best is not None and best[0] >= related_cutoff else None


def _compare_one(
    translation: str,
    bounds: tuple[int, int, int, int],
    text: str,
    reference: str,
    best: tuple[float, int],
) -> Discrepancy | None:
    """The discrepancy of one translated quote against the most similar related reference quote
    (``best``: its similarity and index): ``critical`` when the translation reverses that quote's
    meaning, ``major`` when another speaker says it, else none."""
    score, i = best
    rb = _bounds_of(reference)[i]
    t_span = Span(bounds[0], bounds[1], text)
    r_span = Span(rb[0], rb[1], reference[rb[0] : rb[1]])
    change = reversal(t_span.text, r_span.text)
    severity: Severity = "critical"
    if change is None:
        # The speakers matter only when the words kept their claim (a change is the reason given).
        change = _speaker_change(
            _speaker(translation, bounds[2], bounds[3] + 1), _speaker(reference, rb[2], rb[3] + 1)
        )
        severity = "major"
    if change is None:
        return None
    return _finding(severity, t_span, r_span, f"{change} (similarity {score:.0f}%)", score)


def _speaker_change(t_speaker: Span | None, r_speaker: Span | None) -> str | None:
    if t_speaker is None or r_speaker is None:
        return None
    if names_equivalent(t_speaker.text, r_speaker.text, partial=True):
        return None
    if fold_word(t_speaker.text.split()[-1]) == fold_word(r_speaker.text.split()[-1]):
        return None  # one surname, titles aside: "President Ulrike Waldhofen" / "Chairwoman Ulrike Waldhofen"
    return f"the speaker differs ({t_speaker.text!r} vs {r_speaker.text!r})"
