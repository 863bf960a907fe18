"""The whole pipeline behind :func:`xcheck.check` and :func:`xcheck.check_pair`.

text ──segment──▶ sentences ──align──▶ links ──compare──▶ findings ──score──▶ fidelity ──▶ Report
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from xcheck import align as _align
from xcheck import findings as _compare
from xcheck import scoring as _score
from xcheck._io import statement_from_mapping
from xcheck._types import Fidelity, Finding, Link, PairResult, Report, Sentence, Statement
from xcheck._version import __version__
from xcheck.errors import DuplicateIdError, OptionError, ReferenceFormatError, TranslationError
from xcheck.facts._read import Reader
from xcheck.facts.names import Glossary
from xcheck.text import _segment

__all__ = ["DEFAULT_MAX_CHARS", "check", "check_pair"]

#: The longest translation :func:`check` accepts by default: about 300 pages of news (some 15,000
#: news sentences), far beyond any report, small enough that a run ends in minutes at most. Time and
#: memory grow linearly (about 30 MB per 1,000 sentences and statements, docs/benchmarks.md), so a
#: longer document only needs the limit raised: ``check(..., max_chars=N)``, ``--max-chars N``.
DEFAULT_MAX_CHARS = 2_000_000

StatementsInput = Iterable[Statement | Mapping[str, Any]]
"""Statements as :class:`Statement` objects or JSON-like mappings with ``id`` and ``text``."""


def check(
    translation: str,
    references: StatementsInput,
    *,
    lang: str = "en",
    mode: Literal["claims", "parallel"] = "claims",
    glossary: Glossary | None = None,
    rates: Mapping[tuple[str, str], float] | None = None,
    translation_name: str | None = None,
    references_name: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    tolerance: float = 0.05,
) -> Report:
    """Check a translated report against the reference statements it retells.

    ``references`` may be :class:`Statement` objects or mappings with ``id``, ``text`` and the optional
    ``source``, ``date``, ``lang``, ``url``. ``mode="claims"`` (the default) aligns sentences with
    statements in any order and reports only changed facts; ``mode="parallel"`` treats the references as
    a reference translation in the same order and reports changed, missing and added facts.

    Every translated sentence and every statement appears in the report: linked, flagged as an
    omission or addition, or (for bylines and notices) marked as boilerplate.

    ``tolerance`` is the largest relative difference an approximate number ("about 29,000" for
    28,500) may have and still be a minor rounding finding rather than a major one.

    A translation longer than ``max_chars`` characters is refused with a
    :class:`~xcheck.errors.TranslationError`, and statements holding more than ``max_chars``
    characters in all with a :class:`~xcheck.errors.ReferenceFormatError` naming the statement
    where the limit is passed (split a corpus into documents, or raise the limit).

    ``rates`` maps ``(from_currency, to_currency)`` ISO codes to an exchange rate
    (``{("USD", "KRW"): 1380.5}``: 1 USD = 1380.5 KRW) so amounts in different currencies can be
    compared; without a rate they are reported as not comparable, never silently equated. On the
    command line: ``--rates FILE`` with a JSON object ``{"USD/KRW": 1380.5}``.

    >>> same = "Trump met 4,500 troops on May 22."
    >>> report = check(same, [{"id": "R1", "text": same}])
    >>> report.findings
    ()
    >>> report.fidelity.overall
    1.0
    """
    _check_translation(translation, max_chars=max_chars, name=translation_name)
    if mode not in ("claims", "parallel"):
        msg = f"mode must be 'claims' or 'parallel', not {mode!r}"
        raise OptionError(msg)
    check_options(lang=lang, glossary=glossary, rates=rates, tolerance=tolerance)
    statements = _statements(_iterable_references(references), path=references_name, max_chars=max_chars)
    sentences = _segment.segment(translation)
    claims = [s for s in sentences if s.role == "claim"]
    # One reading per distinct (text, language), made here and handed to alignment; comparison asks
    # the fact readers, which key their readings the same way, so no text is read twice.
    read = Reader(glossary)
    alignment = _align.align(claims, statements, mode=mode, lang=lang, read=read)
    by_id = {st.id: st for st in statements}
    options = _compare.CompareOptions(
        claims=mode == "claims", lang=lang, glossary=glossary, rates=rates, tolerance=tolerance
    )

    raw, link_fidelity, pairs, stats, facts_total = _compare_links(sentences, alignment.links, by_id, options)
    raw.extend(_compare.omission_finding(by_id[sid]) for sid in alignment.unrendered)
    raw.extend(_compare.addition_finding(sentences[i]) for i in alignment.unsupported)
    findings = _compare.dedupe(raw)
    facts_total += len(alignment.unrendered) + len(alignment.unsupported)

    covered = len(statements) - len(alignment.unrendered)
    fidelity = _score.document_fidelity(
        pairs,
        findings,
        facts_checked=facts_total,
        statements_total=len(statements),
        statements_covered=covered,
        stats=stats,
    )
    notes = _notes(statements, lang, sentences)
    signature = "|".join((f"xcheck:{__version__}", _score.sacrebleu_signature(), alignment.settings()))
    return Report(
        translation=translation,
        statements=statements,
        sentences=sentences,
        links=alignment.links,
        findings=findings,
        fidelity=fidelity,
        link_fidelity=tuple(link_fidelity),
        signature=signature,
        notes=notes,
        translation_name=translation_name,
        references_name=references_name,
    )


def _iterable_references(references: object) -> Iterable[Any]:
    """``references`` if it is an iterable of statements (not a string), else an OptionError."""
    if references is None or isinstance(references, (str, bytes)) or not isinstance(references, Iterable):
        msg = (
            "the references must be an iterable of Statement objects or mappings, "
            f"not {type(references).__name__}"
        )
        raise OptionError(msg)
    return references


def _compare_links(
    sentences: Sequence[Sentence],
    links: Sequence[Link],
    by_id: Mapping[str, Statement],
    options: _compare.CompareOptions,
) -> tuple[list[Finding], list[Fidelity], list[tuple[str, str]], list[_score.PairStats], int]:
    """Compare every link: its findings, its fidelity, its (translation, reference) texts, their
    sacrebleu statistics (computed once, summed again by the document score) and the number of
    facts checked in all."""
    raw: list[Finding] = []
    link_fidelity: list[Fidelity] = []
    pairs: list[tuple[str, str]] = []
    stats: list[_score.PairStats] = []
    facts_total = 0
    for link in links:
        found, facts = _compare.compare_link(sentences, link, by_id, options=options)
        raw.extend(found)
        facts_total += facts
        t_text = " ".join(sentences[i].text for i in link.translation)
        r_text = " ".join(by_id[sid].text for sid in link.references)
        pairs.append((t_text, r_text))
        stats.append(_score.pair_stats(t_text, r_text))
        link_fidelity.append(
            _score.pair_fidelity(t_text, r_text, found, facts_checked=facts, stats=stats[-1])
        )
    return raw, link_fidelity, pairs, stats, facts_total


def _check_translation(translation: object, *, max_chars: object, name: str | None) -> None:
    """Refuse a translation that is not a str, is empty or is longer than ``max_chars`` (itself checked)."""
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1:
        msg = f"max_chars must be a whole number of at least 1, not {max_chars!r}"
        raise OptionError(msg)
    if not isinstance(translation, str):
        msg = f"the translation must be a str, not {type(translation).__name__}"
        raise OptionError(msg)
    if not translation.strip():
        msg = "the translation is empty"
        raise TranslationError(msg, path=name)
    if len(translation) > max_chars:
        msg = (
            f"the translation has {len(translation):,} characters, more than the limit of {max_chars:,}: "
            "split it into documents or raise the limit (check(..., max_chars=N) or --max-chars N; "
            "time and memory grow linearly with the length)"
        )
        raise TranslationError(msg, path=name)


def check_options(
    *,
    lang: object,
    glossary: object,
    rates: object,
    reference_lang: object = None,
    tolerance: object = 0.05,
) -> None:
    """Raise :class:`~xcheck.errors.OptionError` unless the options shared by :func:`check`,
    :func:`check_pair` and :func:`xcheck.check_pairs` have the documented types."""
    for name, value, optional in (("lang", lang, False), ("reference_lang", reference_lang, True)):
        if (value is None and optional) or (isinstance(value, str) and value.strip()):
            continue
        msg = f"{name} must be a language code such as 'en'{' or None' if optional else ''}, not {value!r}"
        raise OptionError(msg)
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not 0 <= tolerance < 1:
        msg = f"tolerance must be a number from 0 up to (not including) 1, not {tolerance!r}"
        raise OptionError(msg)
    if glossary is not None and not isinstance(glossary, Glossary):
        msg = f"glossary must be a Glossary (see Glossary.load) or None, not {type(glossary).__name__}"
        raise OptionError(msg)
    if rates is None:
        return
    if not isinstance(rates, Mapping):
        kind = type(rates).__name__
        msg = f"rates must be a mapping of (from, to) currency codes to a rate or None, not {kind}"
        raise OptionError(msg)
    for key, rate in rates.items():
        good_key = isinstance(key, tuple) and len(key) == 2 and all(isinstance(c, str) for c in key)
        if not good_key or isinstance(rate, bool) or not isinstance(rate, (int, float)):
            msg = f"rates must map (from, to) currency codes to a number; {key!r}: {rate!r} does not"
            raise OptionError(msg)


def check_pair(
    translation: str,
    reference: str,
    *,
    lang: str = "en",
    reference_lang: str | None = None,
    glossary: Glossary | None = None,
    rates: Mapping[tuple[str, str], float] | None = None,
    tolerance: float = 0.05,
) -> PairResult:
    """Compare one translated sentence (or passage) with one reference string.

    ``tolerance`` is the rounding tolerance of approximate numbers, as in :func:`check`.

    All changed, missing and added facts are findings (pair mode). Finding spans index ``translation``;
    reference spans use the statement id ``"ref"``.
    ``rates`` maps ``(from_currency, to_currency)`` to an exchange rate, as for :func:`check`.

    >>> [f.kind for f in check_pair("It costs $12 billion.", "It costs $10 billion.").findings] == ["number"]
    True
    """
    for name, value in (("translation", translation), ("reference", reference)):
        if not isinstance(value, str):
            msg = f"the {name} must be a str, not {type(value).__name__}"
            raise OptionError(msg)
    check_options(
        lang=lang, glossary=glossary, rates=rates, reference_lang=reference_lang, tolerance=tolerance
    )
    options = _compare.CompareOptions(
        claims=False, lang=lang, glossary=glossary, rates=rates, tolerance=tolerance
    )
    found: list[Finding] = []
    facts = 0
    if translation.strip() or reference.strip():
        statement = Statement("ref", reference, lang=reference_lang or lang)
        whole = Sentence(0, 0, len(translation), translation)
        link = Link((0,), ("ref",), 1.0)
        found, facts = _compare.compare_link([whole], link, {"ref": statement}, options=options)
    findings = _compare.dedupe(found)
    fidelity = _score.pair_fidelity(translation, reference, findings, facts_checked=facts)
    return PairResult(translation, reference, findings, fidelity)


def _statements(
    references: StatementsInput, *, path: str | None, max_chars: int = DEFAULT_MAX_CHARS
) -> tuple[Statement, ...]:
    out: list[Statement] = []
    seen: set[str] = set()
    total = 0
    for i, item in enumerate(references, start=1):
        if isinstance(item, Statement):
            statement = item
        elif isinstance(item, Mapping):
            statement = statement_from_mapping(item, path=path, line=item.get("line") or i)
        else:
            msg = f"statement {i} is a {type(item).__name__}, not a Statement or a mapping"
            raise ReferenceFormatError(msg, path=path, line=i)
        if statement.id in seen:
            msg = f"duplicate id {statement.id!r}"
            raise DuplicateIdError(msg, path=path, line=statement.line or i)
        seen.add(statement.id)
        total += len(statement.text)
        if total > max_chars:
            msg = (
                f"the statements hold more than {max_chars:,} characters (the limit of max_chars, "
                "--max-chars on the command line): split them into several checks, or raise the limit"
            )
            raise ReferenceFormatError(msg, path=path, line=statement.line or i)
        out.append(statement)
    if not out:
        msg = "no reference statements"
        raise ReferenceFormatError(msg, path=path)
    return tuple(out)


def _notes(statements: Sequence[Statement], lang: str, sentences: Sequence[Sentence]) -> tuple[str, ...]:
    notes: list[str] = []
    other = sorted({st.lang for st in statements if st.lang.split("-")[0] != lang.split("-")[0]})
    if other:
        ids = [st.id for st in statements if st.lang in other]
        notes.append(
            f"statements in {', '.join(other)} ({len(ids)}): only language-independent facts "
            "(numbers, dates, glossary names) were compared with them"
        )
    boiler = [s for s in sentences if s.role == "boilerplate"]
    if boiler:
        notes.append(
            f"{len(boiler)} sentence(s) make no checkable claim (byline, credit, notice or disclaimer): "
            + ", ".join(str(s.index) for s in boiler)
        )
    return tuple(notes)
