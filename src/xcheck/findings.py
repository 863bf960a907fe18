"""Stage 4: compare what a translation says with what its aligned statements say, into findings.

The fact readers in ``xcheck.facts`` (quantities, names, quotes) compare two texts
and return :class:`xcheck.Discrepancy` objects whose spans index those two texts. This module
runs them on each alignment link, maps every span back to the whole translation and to the statement it
came from, adds the evidence of statement dates, and gives each finding a stable id.

Two modes:

- **claims** (a report that retells several sources): only *changed* facts are findings. A retelling may
  leave out a detail of its source (a missing number is not an error) and a fact it adds is judged at
  the sentence level (an unsupported sentence is an ``addition``).
- **pair** (a sentence and its reference translation, for MT evaluation): changed, missing and added facts
  are all findings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence

import attrs

from xcheck._types import (
    Discrepancy,
    Finding,
    Link,
    RefSpan,
    Sentence,
    Span,
    Statement,
    severity_rank,
)
from xcheck.facts import names as entities
from xcheck.facts import polarity, quantities, quotes
from xcheck.facts.awards import compare_awards
from xcheck.facts.quotes._cross import compare_quotes_across
from xcheck.facts.regions import compare_regions
from xcheck.facts.scores import compare_scores
from xcheck.facts.timeframe import compare_timeframes

__all__ = [
    "CompareOptions",
    "addition_finding",
    "compare_link",
    "compare_texts",
    "count_facts",
    "dedupe",
    "finding_id",
    "omission_finding",
]


@attrs.frozen
class CompareOptions:
    """Settings of the comparison stage.

    ``claims`` selects claims mode (only changed facts; see the module docs). ``rates`` maps
    ``(from_currency, to_currency)`` to a rate; without one, amounts in different currencies are
    reported as not comparable, never silently equated. ``glossary`` defaults to the bundled one.
    """

    claims: bool = True
    lang: str = "en"
    glossary: entities.Glossary | None = None
    rates: Mapping[tuple[str, str], float] | None = attrs.field(default=None, eq=False, hash=False)
    #: The largest relative difference an approximate number may have and still be a minor
    #: rounding finding (see :func:`xcheck.facts.quantities.compare_quantities`).
    tolerance: float = 0.05
    check_dates_of_statements: bool = True


def compare_texts(
    translation: str,
    reference: str,
    *,
    options: CompareOptions,
    reference_lang: str = "en",
    date: dt.date | None = None,
) -> list[Discrepancy]:
    """Run every checker on one translated text and one reference text.

    Spans of the discrepancies index ``translation`` and ``reference``. When the reference is not in
    the translation's language, language-independent facts (numbers, dates, and names through
    the glossary or a shared spelling) are compared; for an English translation of a Chinese or
    Korean source, titles (through the title table, :mod:`xcheck.facts.names._cross_titles`) and
    quotations (negation, numbers and names inside them, :mod:`xcheck.facts.quotes._cross`) are
    compared too. Relative time frames ("this weekend" against 上周末, :mod:`xcheck.facts.timeframe`)
    are compared in every language, and so are regions of a place ("eastern Taiwan" against 대만
    중부, :mod:`xcheck.facts.regions`) and acting-award categories ("Best Supporting Actor" against
    最佳男主角, :mod:`xcheck.facts.awards`) and match scores (:mod:`xcheck.facts.scores`).
    Polarity outside quotes (a negation or a direction reversed, :mod:`xcheck.facts.polarity`) is
    compared only in one language.
    """
    pair = not options.claims
    out: list[Discrepancy] = list(
        quantities.compare_quantities(
            translation,
            reference,
            lang=options.lang,
            reference_lang=reference_lang,
            rates=options.rates,
            tolerance=options.tolerance,
            report_missing=pair,
            report_added=pair,
            reuse=not pair,
        )
    )
    # "this weekend" against 上周末: relative time frames, where a date finding does not say it already.
    out.extend(
        d
        for d in compare_timeframes(translation, reference)
        if not any(o.kind == "date" and _overlaps(d.found, o.found) for o in out)
    )
    same_language = reference_lang.split("-")[0] == options.lang.split("-")[0]
    glossary = options.glossary if options.glossary is not None else entities.default_glossary()
    # Across languages, names are compared through the glossary and shared spellings.
    out.extend(
        entities.compare_entities(
            translation,
            reference,
            glossary=glossary,
            date=date,
            report_missing=pair,
            report_added=pair,
            lang=options.lang,
            reference_lang=reference_lang,
        )
    )
    # "eastern Taiwan" against 대만 중부: regions of one place, where a name finding does not say it.
    out.extend(
        d
        for d in compare_regions(translation, reference)
        if not any(o.kind == "name" and _overlaps(d.found, o.found) for o in out)
    )
    # "Best Supporting Actor" against 最佳男主角: acting-award categories; "won 3-1" against 2比1 获胜.
    out.extend(compare_awards(translation, reference))
    out.extend(compare_scores(translation, reference))
    source_lang = reference_lang.split("-")[0]
    if not same_language and options.lang.split("-")[0] == "en" and source_lang in _CJK_SOURCES:
        # Titles and quotes of a Chinese or Korean source, through their word tables.
        out.extend(entities.compare_titles_across(translation, reference, glossary=glossary))
        # A changed number or name inside a quote that the sentence check already reports is
        # reported once.
        out.extend(
            d
            for d in compare_quotes_across(translation, reference, reference_lang=source_lang)
            if not any(o.kind in ("number", "name", "date") and _overlaps(d.found, o.found) for o in out)
        )
    if same_language:
        quoted = quotes.compare_quotes(translation, reference)
        out.extend(quoted)
        if options.lang.split("-")[0] == "en":
            # A reversal inside a quote is the quote check's to report.
            out.extend(
                d
                for d in polarity.compare_polarity(translation, reference)
                if not any(_overlaps(d.found, q.found) for q in quoted)
            )
    return out


#: Source languages whose titles and quotes an English translation is checked against.
_CJK_SOURCES = frozenset({"zh", "ko"})


def _overlaps(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def count_facts(text: str, *, lang: str = "en", glossary: entities.Glossary | None = None) -> int:
    """How many checkable facts (quantities, named mentions, quotations) ``text`` states."""
    return (
        len(quantities.extract_quantities(text, lang=lang))
        + len(entities.extract_mentions(text, lang=lang, glossary=glossary))
        + len(quotes.extract_quotes(text))
    )


@attrs.frozen
class _Piece:
    joined_start: int
    joined_end: int
    owner: str  # a statement id, or "" for the translation
    offset: int  # where the piece starts in its owner's text


@attrs.frozen
class _Joined:
    """Texts joined with newlines, remembering where each came from."""

    text: str
    pieces: tuple[_Piece, ...]

    @classmethod
    def of(cls, parts: Iterable[tuple[str, int, str]]) -> _Joined:
        texts: list[str] = []
        pieces: list[_Piece] = []
        at = 0
        for owner, offset, text in parts:
            if texts:
                at += 1  # the "\n" separator
            pieces.append(_Piece(at, at + len(text), owner, offset))
            texts.append(text)
            at += len(text)
        return cls("\n".join(texts), tuple(pieces))

    def locate(self, span: Span) -> tuple[str, Span] | None:
        """Map a span of the joined text back to (owner, span in the owner's text)."""
        for piece in self.pieces:
            if piece.joined_start <= span.start and span.end <= piece.joined_end:
                shift = piece.offset - piece.joined_start
                return piece.owner, Span(span.start + shift, span.end + shift, span.text)
        return None


def compare_link(
    sentences: Sequence[Sentence],
    link: Link,
    statements: Mapping[str, Statement],
    *,
    options: CompareOptions,
) -> tuple[list[Finding], int]:
    """Compare the sentences of one link with its statements; return the findings and facts checked.

    Finding spans index the whole translation (through each sentence's offsets) and each statement.
    """
    chosen = [sentences[i] for i in link.translation]
    refs = [statements[sid] for sid in link.references]
    t_joined = _Joined.of(("", s.start, s.text) for s in chosen)
    r_joined = _Joined.of((st.id, 0, st.text) for st in refs)
    ref_lang = _common_lang(refs)
    dates = [st.date for st in refs if st.date is not None]
    date = max(dates) if dates else None
    found = compare_texts(t_joined.text, r_joined.text, options=options, reference_lang=ref_lang, date=date)
    glossary = options.glossary if options.glossary is not None else entities.default_glossary()
    if date is not None:
        found.extend(entities.check_office_holders(t_joined.text, glossary=glossary, date=date))
    evidence_ok: set[tuple[int, int]] = set()
    if options.check_dates_of_statements:
        extra, evidence_ok = _statement_date_evidence(t_joined.text, refs, r_joined, options.lang)
        found.extend(extra)
    findings: list[Finding] = []
    for d in found:
        if (
            d.found is not None
            and d.kind in ("date", "number")
            and (d.found.start, d.found.end) in evidence_ok
        ):
            continue  # the statement's own date backs this date up
        findings.append(_to_finding(d, t_joined, r_joined))
    facts = count_facts(t_joined.text, lang=options.lang, glossary=glossary)
    return findings, facts


def _common_lang(refs: Sequence[Statement]) -> str:
    langs = {st.lang for st in refs}
    return langs.pop() if len(langs) == 1 else "mul"


_REPORTING = re.compile(
    r"""(?:\b(?:reported|reports|said|says|stated|states|announced|announces|published|publishes
        |analy[sz]ed|wrote|writes|noted|notes|pointed\s+out|told|denied|denies|confirmed|released
        |issued|revealed|warned|added|claimed)
        |\baccording\s+to\s[^,.;:"“]{1,60}?)
        \s+(?:on|in|dated|of)\s+(?:\w+day,?\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)


def _statement_date_evidence(
    text: str, refs: Sequence[Statement], r_joined: _Joined, lang: str
) -> tuple[list[Discrepancy], set[tuple[int, int]]]:
    """Dates on which the translation says a source reported something, checked against statement dates.

    Returns the date discrepancies and the spans that a statement's date confirms. The statement a
    finding points to is the one whose source the sentence names, else the first dated one.
    """
    dated = [st for st in refs if st.date is not None]
    if not dated:
        return [], set()
    ref_dates = [q for q in quantities.extract_quantities(r_joined.text) if q.date is not None]
    where = {piece.owner: piece for piece in r_joined.pieces}
    out: list[Discrepancy] = []
    ok: set[tuple[int, int]] = set()
    for q in quantities.extract_quantities(text, lang=lang):
        if q.date is None or q.date[1] is None:
            continue  # a year alone is no reporting date
        before = text[max(0, q.span.start - 80) : q.span.start]
        if not _REPORTING.search(before):
            continue
        if any(st.date is not None and _date_agrees(q.date, st.date) for st in dated):
            ok.add((q.span.start, q.span.end))
            continue
        if any(r.date is not None and _same_day(q.date, r.date) for r in ref_dates):
            continue  # the statement's text carries the same date: the quantity check covers it
        st = _named_source(text, dated)
        st_date = st.date or dt.date.min  # dated[] holds only statements with a date
        found_value = quantities.format_value(q)
        out.append(
            Discrepancy(
                kind="date",
                severity="major",
                message=(
                    f"the translation dates this to {found_value}, but the aligned statement "
                    f"{st.id}{f' ({st.source})' if st.source else ''} is dated {st_date.isoformat()}"
                ),
                found=q.span,
                expected=Span(where[st.id].joined_start, where[st.id].joined_end, st.text),
                found_value=found_value,
                expected_value=st_date.isoformat(),
                confidence=0.8,
            )
        )
    return out, ok


def _named_source(text: str, dated: Sequence[Statement]) -> Statement:
    """The dated statement whose source the sentence names (by a word of three letters or more)."""
    folded = text.casefold()
    for st in dated:
        words = re.findall(r"[^\W\d_]{3,}", (st.source or "").casefold())
        if any(w not in _SOURCE_STOPWORDS and re.search(rf"\b{re.escape(w)}\b", folded) for w in words):
            return st
    return dated[0]


_SOURCE_STOPWORDS = frozenset(
    {"via", "the", "and", "news", "agency", "daily", "korea", "times", "transcript"}
)


def _date_agrees(parts: tuple[int | None, int | None, int | None], date: dt.date) -> bool:
    """A partial date (year, month, day) agrees with a full date where both say something."""
    year, month, day = parts
    return (year is None or year == date.year) and month == date.month and (day is None or day == date.day)


def _same_day(
    a: tuple[int | None, int | None, int | None], b: tuple[int | None, int | None, int | None]
) -> bool:
    """Two partial dates name the same day or month: the months are known and equal, and nothing
    known differs."""
    if a[1] is None or b[1] is None or a[1] != b[1]:
        return False
    return all(x is None or y is None or x == y for x, y in ((a[0], b[0]), (a[2], b[2])))


def _to_finding(d: Discrepancy, t_joined: _Joined, r_joined: _Joined) -> Finding:
    t_span: Span | None = None
    if d.found is not None:
        located = t_joined.locate(d.found)
        if located is not None:
            t_span = located[1]
    r_span: RefSpan | None = None
    if d.expected is not None:
        located = r_joined.locate(d.expected)
        if located is not None:
            owner, span = located
            r_span = RefSpan(owner, span.start, span.end, span.text)
    return Finding(
        id="",
        kind=d.kind,
        severity=d.severity,
        message=d.message,
        translation=t_span,
        reference=r_span,
        expected=d.expected_value,
        found=d.found_value,
        confidence=d.confidence,
    )


def omission_finding(statement: Statement) -> Finding:
    """The finding for a statement that no translated sentence renders."""
    source = f" ({statement.source})" if statement.source else ""
    return Finding(
        id="",
        kind="omission",
        severity="minor",
        message=f"statement {statement.id}{source} is not rendered by any translated sentence",
        translation=None,
        reference=RefSpan(statement.id, 0, len(statement.text), statement.text),
        expected=statement.text,
        found=None,
        confidence=0.7,
    )


def addition_finding(sentence: Sentence) -> Finding:
    """The finding for a translated sentence that no reference statement supports."""
    return Finding(
        id="",
        kind="addition",
        severity="minor",
        message=f"sentence {sentence.index} is not supported by any reference statement",
        translation=Span(sentence.start, sentence.end, sentence.text),
        reference=None,
        expected=None,
        found=sentence.text,
        confidence=0.7,
    )


def finding_id(finding: Finding, occurrence: int = 0) -> str:
    """A stable id: the same kind, place and values give the same id, whatever the message says.

    Offsets are left out, so editing an unrelated part of the text keeps the id.
    """
    parts = [
        finding.kind,
        finding.reference.id if finding.reference else "",
        finding.reference.text if finding.reference else "",
        finding.translation.text if finding.translation else "",
        finding.expected or "",
        finding.found or "",
        str(occurrence),
    ]
    # surrogatepass: a str may hold a lone surrogate (the API takes any str); valid text hashes as before.
    key = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    digest = hashlib.sha1(key, usedforsecurity=False).hexdigest()
    return f"XC-{digest[:10]}"


def dedupe(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Keep one finding per kind and translation span (the most severe), give each a stable id, and order
    them by place in the translation, then by kind.
    """
    best: dict[tuple[object, ...], Finding] = {}
    for f in findings:
        if f.translation is not None:
            key: tuple[object, ...] = (f.kind, f.translation.start, f.translation.end)
        else:
            key = (
                f.kind,
                f.reference.id if f.reference else "",
                f.reference.start if f.reference else 0,
                f.expected,
                f.found,
            )
        kept = best.get(key)
        if kept is None or severity_rank(f.severity) > severity_rank(kept.severity):
            best[key] = f
    ordered = sorted(
        best.values(),
        key=lambda f: (
            f.translation.start if f.translation else 1 << 62,
            f.reference.id if f.reference else "",
            f.reference.start if f.reference else 0,
            f.kind,
            f.expected or "",
            f.found or "",
        ),
    )
    seen: dict[str, int] = {}
    out: list[Finding] = []
    for f in ordered:
        base = finding_id(f)
        n = seen.get(base, 0)
        seen[base] = n + 1
        out.append(attrs.evolve(f, id=base if n == 0 else finding_id(f, n)))
    return tuple(out)
