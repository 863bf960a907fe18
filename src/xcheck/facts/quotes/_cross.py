"""Quotes across languages: an English quote read against the Chinese or Korean quote it renders.

Quotes pair up only when both sides hold the same number of them (in order) and each pair is of a
plausible length (source characters per English word). Inside a pair two things are compared:

- **polarity**: the source quote negates (不, 没, 未, 别, 无, 非 ...; 않, 못, 없, 아니, 안 ...) and
  the English has nothing negative at all (no negation, no negating verb or prefix: "refuse",
  "unable", "relentless"), or the English negates (not, no, never, n't ...) and the source has
  nothing that may carry a negative sense. Set phrases and double negations are not negations
  (不仅 "not only", 不得不 "must", 못지않다 "no less than", 끊임없이 "constantly": see
  :mod:`xcheck.lexicon._polarity`). The two tests are asymmetric on purpose: each side's negation
  is read narrowly and the other side's absence of one broadly, so a finding needs a clear
  negation on one side and none of any kind on the other.
- **numbers and names**: the quantity and name comparators run on the two quoted spans; a changed
  value (major or worse) is a ``quote`` finding on the translated number.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from xcheck._types import Discrepancy, Span
from xcheck.facts._polarity import negations, tokens
from xcheck.facts.quotes import _bounds_of as bounds_of
from xcheck.facts.quotes import _latin as is_latin
from xcheck.lexicon._common import is_common_word
from xcheck.lexicon._lemmas import lemmas
from xcheck.lexicon._polarity import (
    DIRECTIONS,
    EN_LITOTES,
    IMPLICIT_NEGATIONS,
    KO_NEGATION_WORD,
    KO_NEGATIONS,
    KO_NEGATIVE_SENSE,
    KO_NOT_NEGATING,
    ZH_NEGATIONS,
    ZH_NEGATIVE_SENSE,
    ZH_NOT_NEGATING,
)
from xcheck.lexicon._scripts import CJK_RUN, HANGUL

__all__ = ["compare_quotes_across", "source_negation"]

#: Source characters per English word at which two quotes can render each other.
PLAUSIBLE_RATIO = (0.6, 6.0)

_NEGATIVE_PREFIXES = ("non", "dis", "mis", "un", "in", "im", "ir", "il")
#: English words with a negative sense that no word list above holds.
_NEGATIVE_WORDS = frozenset("against instead rather zero unless except lack absence nor non".split())
#: Axes whose "-" end says no by itself (reject, ban, close, stop, deny).
_SAYING_NO_AXES = frozenset({"assent", "open", "truth"})
_KO_WORD_RE = re.compile(rf"(?<![{HANGUL}]){KO_NEGATION_WORD}\s(?=[{HANGUL}])")


def _masked(text: str, phrases: Sequence[str]) -> str:
    """``text`` with every occurrence of ``phrases`` blanked out (longest first), same length."""
    for p in sorted(phrases, key=len, reverse=True):
        if p in text:
            text = text.replace(p, "\u3000" * len(p))
    return text


def source_negation(text: str, lang: str) -> str | None:
    """The negation of a Chinese or Korean quote (its cue), or ``None`` when it has none.

    >>> source_negation("我们丝毫不能放松", "zh"), source_negation("我们不仅要发展", "zh")
    ('不', None)
    >>> source_negation("결코 물러서지 않겠다", "ko"), source_negation("그에 못지않게 중요하다", "ko")
    ('않', None)
    """
    if lang == "zh":
        masked = _masked(text, ZH_NOT_NEGATING)
        return next((c for c in ZH_NEGATIONS if c in masked), None)
    if lang == "ko":
        masked = _masked(text, KO_NOT_NEGATING)
        found = next((c for c in KO_NEGATIONS if c in masked), None)
        if found is None and _KO_WORD_RE.search(masked):
            found = KO_NEGATION_WORD
        return found
    return None


def _source_negative_sense(text: str, lang: str) -> bool:
    """Whether a Chinese or Korean quote holds anything that may carry a negative sense."""
    cues = ZH_NEGATIVE_SENSE if lang == "zh" else KO_NEGATIVE_SENSE
    return any(c in text for c in cues)


@functools.lru_cache(maxsize=4096)
def _word_negative(word: str) -> bool:
    """Whether an English word carries a negative sense: a negating lemma, the "no" end of an
    axis of assent, opening or truth, a negative prefix on a common word, or -less."""
    if word in _NEGATIVE_WORDS:
        return True
    forms = lemmas(word)
    if not forms.isdisjoint(IMPLICIT_NEGATIONS):
        return True
    if any(axis in _SAYING_NO_AXES and sign < 0 for f in forms for axis, sign in DIRECTIONS.get(f, ())):
        return True
    if word.endswith("less") and len(word) > 6 and is_common_word(word[:-4]):
        return True
    return any(
        word.startswith(p) and len(word) - len(p) >= 4 and is_common_word(word[len(p) :])
        for p in _NEGATIVE_PREFIXES
    )


def _litotes_only(words: Sequence[str], at: Sequence[int]) -> bool:
    """Whether every negation of ``words`` (at ``at``) starts a litotes ("not back down")."""
    return all(any(tuple(words[i : i + len(run)]) == run for run in EN_LITOTES) for i in at)


def _english_negative_sense(words: Sequence[str]) -> bool:
    return bool(negations(words)) or any(_word_negative(w) for w in words)


def _plausible(english: str, source: str) -> bool:
    n_words = len(tokens(english))
    n_chars = sum(len(run) for run in CJK_RUN.findall(source))
    return n_words > 0 and PLAUSIBLE_RATIO[0] <= n_chars / n_words <= PLAUSIBLE_RATIO[1]


def _pairs(translation: str, reference: str) -> list[tuple[Span, Span]]:
    """English quotes and the source quotes they render: the same count on both sides, in order,
    each pair of a plausible length."""
    t_quotes = [Span(s, e, translation[s:e]) for s, e, _, _ in bounds_of(translation)]
    t_quotes = [q for q in t_quotes if is_latin(q.text)]
    if not t_quotes:
        return []
    r_quotes = [Span(s, e, reference[s:e]) for s, e, _, _ in bounds_of(reference)]
    r_quotes = [q for q in r_quotes if CJK_RUN.search(q.text) and not is_latin(q.text)]
    if len(t_quotes) != len(r_quotes):
        return []
    pairs = list(zip(t_quotes, r_quotes, strict=True))
    return pairs if all(_plausible(t.text, r.text) for t, r in pairs) else []


def _polarity_finding(t: Span, r: Span, lang: str) -> Discrepancy | None:
    words = tokens(t.text)
    cue = source_negation(r.text, lang)
    if cue is not None and not _english_negative_sense(words):
        why = f"the source quote is negated ({cue!r}) but the English quote has no negation"
    else:
        at = negations(words)
        if not at or _source_negative_sense(r.text, lang) or _litotes_only(words, at):
            return None
        why = f"the English quote is negated ({words[at[0]]!r}) but the source quote has no negation"
    return Discrepancy(
        kind="quote",
        severity="major",
        message=f"{why}: the quote may say the opposite of the source",
        found=t,
        expected=r,
        found_value=t.text,
        expected_value=r.text,
        confidence=0.6,
    )


def _shift(span: Span | None, by: int) -> Span | None:
    return None if span is None else Span(span.start + by, span.end + by, span.text)


def _facts_inside(t: Span, r: Span, lang: str) -> list[Discrepancy]:
    """Changed numbers and names between the two quoted spans, as ``quote`` findings."""
    from xcheck.facts import names, quantities

    found: list[Discrepancy] = list(
        quantities.compare_quantities(
            t.text, r.text, lang="en", reference_lang=lang, report_missing=False, report_added=False
        )
    )
    found.extend(
        names.compare_entities(
            t.text, r.text, report_missing=False, report_added=False, lang="en", reference_lang=lang
        )
    )
    out: list[Discrepancy] = []
    for d in found:
        if d.severity not in ("major", "critical") or d.found is None:
            continue
        out.append(
            Discrepancy(
                kind="quote",
                severity=d.severity,
                message=f"inside the quote, {d.kind}: {d.message}",
                found=_shift(d.found, t.start),
                expected=_shift(d.expected, r.start),
                found_value=d.found_value,
                expected_value=d.expected_value,
                confidence=d.confidence,
            )
        )
    return out


def compare_quotes_across(translation: str, reference: str, *, reference_lang: str) -> list[Discrepancy]:
    """``quote`` discrepancies of an English translation against a Chinese or Korean source.

    >>> [d.message.split(":")[0] for d in compare_quotes_across(
    ...     'He said: "We will relax our vigilance."', "他说：“我们丝毫不能放松警惕。”", reference_lang="zh")]
    ["the source quote is negated ('不') but the English quote has no negation"]
    """
    lang = reference_lang.split("-")[0]
    if lang not in ("zh", "ko"):
        return []
    out: list[Discrepancy] = []
    for t, r in _pairs(translation, reference):
        polarity = _polarity_finding(t, r, lang)
        if polarity is not None:
            out.append(polarity)
        out.extend(_facts_inside(t, r, lang))
    return out
