"""Quotations: find the words inside quotation marks and compare them with the source's.

A quote re-translated until its meaning moved is one of the quiet errors of translated news.
:func:`extract_quotes` finds quoted words in any of the usual mark styles ("…", “…”, ‘…’, „…“,
«…», 「…」, 『…』, '…'), telling apostrophes from single quotes. :func:`compare_quotes` compares
each quote of a translated text with the quoted words of its reference statement: a quote that is
a (fuzzy) part of what the source said is fine; re-translated wording with the same sense is a
``minor`` finding; a changed claim (negation, numbers, an antonym) or a different speaker is
``major``.

>>> [q.span.text for q in extract_quotes('He said “no comment” and left, citing the ‘90s rule.')]
['no comment']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
from rapidfuzz import fuzz

from xcheck._names_text import fold_word, names_equivalent
from xcheck._types import Discrepancy, Severity, Span

__all__ = [
    "MINOR_CUTOFF",
    "RELATED_CUTOFF",
    "SAME_CUTOFF",
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
#: Similarity at or above which reworded quotes are a ``minor`` finding (below: ``major``).
MINOR_CUTOFF = 55.0

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
_MARK_RE = re.compile("[\n" + re.escape("".join(sorted(set(_PAIRS) | _CLOSERS))) + "]")
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
    stack: list[tuple[str, int]] = []
    found: list[tuple[int, int]] = []
    for mark in _MARK_RE.finditer(text):
        i, ch = mark.start(), mark.group(0)
        if ch == "\n" and stack:
            # Quotes do not run across paragraphs, except an unclosed curly one.
            stack = [(c, p) for c, p in stack if c in "“„«「『"]
            continue
        if ch not in _PAIRS and ch not in _CLOSERS:
            continue
        closed = False
        if ch in _CLOSERS and _can_close(text, i):
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
    out: list[Quote] = []
    for open_at, close_at in found:
        start, end = open_at + 1, close_at
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        marks = Span(open_at, close_at + 1, text[open_at : close_at + 1])
        out.append(Quote(Span(start, end, text[start:end]), marks, _speaker(text, open_at, close_at + 1)))
    return tuple(out)


_SPEECH = (
    r"(?:said|says|say|told|tells|warned|warns|stated|states|added|adds|noted|notes|wrote|writes|"
    r"asked|asks|declared|declares|argued|argues|emphasized|emphasised|stressed|affirmed|insisted|"
    r"explained|claimed|claims|replied|responded|announced|promised|vowed|urged|called)"
)
_NAME = r"(?:[A-Z][\w'’\-]+\.?\s){0,3}[A-Z][\w'’\-]+"
_BEFORE_RE = re.compile(rf"({_NAME})(?:,[^,]{{1,80}},)?\s+{_SPEECH}\b[^.!?\"“”]{{0,120}}$")
_AFTER_RE = re.compile(rf"^[,.]?\s*{_SPEECH}\s+({_NAME})|^[,.]?\s*({_NAME})\s+{_SPEECH}\b")
_NOT_SPEAKERS = frozenset("he she they it we i you this that there the a an".split())


def _speaker(text: str, start: int, end: int) -> Span | None:
    """The person the sentence credits with a quote, by simple patterns; ``None`` if unsure."""
    left_bound = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    before = text[left_bound:start]
    m = _BEFORE_RE.search(before)
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

_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_NEGATIONS = frozenset(
    "not no never none nobody nothing neither nor cannot without n't isn't aren't wasn't weren't "
    "don't doesn't didn't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't".split()
)
_ANTONYMS: dict[str, str] = {}
for _a, _b in (
    ("increase", "decrease"),
    ("increased", "decreased"),
    ("rise", "fall"),
    ("rose", "fell"),
    ("raise", "lower"),
    ("higher", "lower"),
    ("more", "less"),
    ("more", "fewer"),
    ("win", "lose"),
    ("won", "lost"),
    ("support", "oppose"),
    ("supports", "opposes"),
    ("accept", "reject"),
    ("agree", "disagree"),
    ("approve", "reject"),
    ("allow", "forbid"),
    ("allow", "ban"),
    ("strengthen", "weaken"),
    ("improve", "worsen"),
    ("gain", "loss"),
    ("success", "failure"),
    ("possible", "impossible"),
    ("able", "unable"),
    ("always", "never"),
    ("all", "none"),
    ("up", "down"),
    ("best", "worst"),
    ("better", "worse"),
    ("strong", "weak"),
    ("stronger", "weaker"),
    ("true", "false"),
    ("legal", "illegal"),
    ("safe", "unsafe"),
    ("expand", "shrink"),
    ("deter", "provoke"),
    ("enhance", "undermine"),
    ("enhance", "reduce"),
    ("withdraw", "deploy"),
    ("withdrawal", "deployment"),
    ("begin", "end"),
    ("start", "stop"),
    ("open", "close"),
    ("before", "after"),
):
    _ANTONYMS.setdefault(_a, _b)
    _ANTONYMS.setdefault(_b, _a)
_STOP = frozenset(
    "a an the of to in on at for and or but is are was were be been it its this that these those "
    "we our us they their he his she her i my you your would will could should can may might must "
    "as by with from so than then there here".split()
)


def _words(text: str) -> list[str]:
    return [fold_word(w) for w in _WORD_RE.findall(text.replace("‘", "'"))]


def _squash(text: str) -> str:
    """Lower-case letters and digits with single spaces; hyphens vanish (re-establish = reestablish)."""
    t = fold_word(text) if " " not in text else " ".join(fold_word(w) for w in text.split())
    t = re.sub(r"[\-‐‑]", "", t)
    t = re.sub(r"[^\w]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def _stem(word: str) -> str:
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _content(words: Sequence[str]) -> list[str]:
    return [_stem(w) for w in words if w not in _STOP and not w.isdigit()]


def quote_similarity(a: str, b: str) -> float:
    """How alike two quotations read (0-100): rapidfuzz token-set ratio on stemmed content words."""
    ca, cb = _content(_words(a)), _content(_words(b))
    if not ca or not cb:
        return float(fuzz.ratio(_squash(a), _squash(b)))
    return float(fuzz.token_set_ratio(" ".join(ca), " ".join(cb)))


def _related(a: str, b: str) -> bool:
    """Whether two quotes can be renderings of one another: of similar length (content words
    within a factor of two), sharing at least two content words (all, for a one-word quote) and
    at least three in ten of the shorter quote's."""
    ca, cb = _content(_words(a)), _content(_words(b))
    if not ca or not cb:
        return _squash(a) == _squash(b) or bool(_numbers(a) & _numbers(b))
    if not 0.5 <= len(ca) / len(cb) <= 2.0:
        return False
    shared = sum(1 for w in set(ca) if any(w == v or fuzz.ratio(w, v) >= 85 for v in cb))
    fewest = min(len(set(ca)), len(set(cb)))
    return shared >= min(2, len(set(ca))) and shared >= 0.3 * fewest


def _is_part_of(quote: str, source: str) -> bool:
    """Whether the quoted words are a contiguous part of the source text: verbatim (case,
    hyphens and punctuation aside), or nearly so with nothing in the surrounding words that
    turns the meaning (a negation, another number, an antonym just outside the match)."""
    q, s = _squash(quote), _squash(source)
    if not q or not s:
        return False
    if q in s:
        return True
    if len(q) < 4:
        return False
    cutoff = 95.0 if len(q) < 12 else SAME_CUTOFF
    hit = fuzz.partial_ratio_alignment(q, s, score_cutoff=cutoff)
    if hit is None:
        return False
    start, end = hit.dest_start, hit.dest_end
    if len(q) > len(s):
        return False  # the quote is longer than the source: not a part of it
    # Snap the window to whole words, widen it by two words each side, then look for a
    # turned meaning.
    while start > 0 and s[start - 1] != " ":
        start -= 1
    while end < len(s) and s[end] != " ":
        end += 1
    left = s[:start].split()[-2:]
    right = s[end:].split()[:2]
    window = " ".join([*left, s[start:end], *right])
    return _meaning_change(quote, window) is None


def _negated(words: Sequence[str]) -> bool:
    count = sum(1 for w in words if w in _NEGATIONS or w.endswith("n't"))
    return count % 2 == 1


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in re.findall(r"\d[\d,.]*", text)}


def _meaning_change(found: str, expected: str) -> str | None:
    fw, ew = _words(found), _words(expected)
    if _negated(fw) != _negated(ew):
        return "the negation differs"
    fn, en = _numbers(found), _numbers(expected)
    if fn and en and fn != en:
        return "the numbers differ"
    fset, eset = set(fw), set(ew)
    for w in fset - eset:
        anti = _ANTONYMS.get(w)
        if anti is not None and anti in eset and anti not in fset:
            return f"{w!r} where the source says {anti!r}"
    return None


def _latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if ord(c) < 0x2E80) >= 0.8 * len(letters)


def compare_quotes(
    translation: str,
    reference: str,
    *,
    related_cutoff: float = RELATED_CUTOFF,
    minor_cutoff: float = MINOR_CUTOFF,
) -> list[Discrepancy]:
    """Compare each quotation of ``translation`` with the quoted words of ``reference``.

    A quote that is a fuzzy part of the reference (quoted or not) is fine, unless it is a short
    quote the translation applies to more names than the source does (``minor``). Otherwise it is
    compared with the most similar related reference quote (similar length, at least two content
    words in common; similarity: :func:`quote_similarity`); a pair under ``related_cutoff`` is
    left alone. A related pair is a ``quote`` discrepancy: ``major`` when the claim changed
    (negation, numbers, antonym), the speaker differs or the similarity is under
    ``minor_cutoff``; else ``minor`` (re-translated wording, same sense). Quotes in a different
    script from the reference are not compared.
    """
    t_quotes = extract_quotes(translation)
    if not t_quotes or not _latin(reference):
        return []
    r_quotes = extract_quotes(reference)
    out: list[Discrepancy] = []
    for tq in t_quotes:
        if not _latin(tq.span.text):
            continue
        if _is_part_of(tq.span.text, reference) or any(
            _is_part_of(tq.span.text, rq.span.text) for rq in r_quotes
        ):
            scope = _scope_drift(translation, tq, reference)
            if scope is not None:
                out.append(scope)
            continue
        if not r_quotes:
            continue
        scored = [
            (quote_similarity(tq.span.text, rq.span.text), rq)
            for rq in r_quotes
            if _related(tq.span.text, rq.span.text)
        ]
        if not scored:
            continue
        score, rq = max(scored, key=lambda sr: sr[0])
        if score < related_cutoff:
            continue
        change = _meaning_change(tq.span.text, rq.span.text)
        speaker_note = _speaker_change(tq, rq)
        severity: Severity
        if change is not None or speaker_note is not None or score < minor_cutoff:
            why = change or speaker_note or "the wording moved far from the source"
            severity = "major"
            message = (
                f"quote {tq.span.text!r} differs from the source's {rq.span.text!r}: {why} "
                f"(similarity {score:.0f}%)"
            )
        else:
            severity = "minor"
            message = (
                f"quote {tq.span.text!r} re-words the source's {rq.span.text!r}: same sense, "
                f"different words (similarity {score:.0f}%)"
            )
        out.append(
            Discrepancy(
                kind="quote",
                severity=severity,
                message=message,
                found=tq.span,
                expected=rq.span,
                found_value=tq.span.text,
                expected_value=rq.span.text,
                confidence=round(min(0.95, 0.5 + score / 200), 3),
            )
        )
    return out


_CLAUSE_END_RE = re.compile(r"[.;:!?\n]|,\s+(?:and|but|while|adding|saying|which)\b")
_SCOPE_MAX_WORDS = 3


def _clause_after(text: str, start: int, limit: int = 120) -> tuple[int, int]:
    """From ``start`` to the end of its clause (a sentence end, or a comma before a new clause)."""
    stop = _CLAUSE_END_RE.search(text, start, min(len(text), start + limit))
    return start, (stop.start() if stop else min(len(text), start + limit))


def _scope_drift(translation: str, tq: Quote, reference: str) -> Discrepancy | None:
    """A short quoted word applied to more names than the source applies it to.

    "allows the US military to "deter" Russia, China, and North Korea" where the source says US
    forces "impose costs on Russia ... and on China ... and keep deterring North Korea": the
    quoted verb is the source's, but the translation stretches it over two names the source
    attaches to another verb. Minor: the words are right, their reach is not.
    """
    if len(tq.span.text.split()) > _SCOPE_MAX_WORDS:
        return None
    from xcheck.entities import _same_entity, extract_mentions

    q = _squash(tq.span.text)
    stem = q[: max(4, len(q) - 2)]
    hit = re.search(r"\b" + re.escape(stem), reference, flags=re.IGNORECASE) if q else None
    if hit is None:
        return None
    at = hit.start()
    t_from, t_to = _clause_after(translation, tq.marks.end)
    r_from, r_to = _clause_after(reference, at + len(stem))
    t_names = [m for m in extract_mentions(translation) if t_from <= m.span.start < t_to]
    r_all = extract_mentions(reference)
    r_names = [m for m in r_all if r_from <= m.span.start < r_to]
    if not t_names or not r_names:
        return None
    extra = [
        m
        for m in t_names
        if not any(_same_entity(m, r, None) for r in r_names) and any(_same_entity(m, r, None) for r in r_all)
    ]
    if not extra:
        return None
    covered = ", ".join(r.span.text for r in r_names)
    stretched = ", ".join(m.span.text for m in extra)
    return Discrepancy(
        kind="quote",
        severity="minor",
        message=(
            f"quote {tq.span.text!r} is applied to {stretched} as well; the source applies it "
            f"only to {covered}"
        ),
        found=tq.span,
        expected=Span(r_from - len(stem), r_to, reference[r_from - len(stem) : r_to]),
        found_value=translation[tq.marks.start : t_to].strip(),
        expected_value=reference[at:r_to].strip(),
        confidence=0.6,
    )


def _speaker_change(tq: Quote, rq: Quote) -> str | None:
    if tq.speaker is None or rq.speaker is None:
        return None
    if names_equivalent(tq.speaker.text, rq.speaker.text, partial=True):
        return None
    return f"the speaker differs ({tq.speaker.text!r} vs {rq.speaker.text!r})"
