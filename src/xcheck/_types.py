"""Value types shared by every stage of the pipeline.

All of them are frozen attrs classes: immutable, hashable (except where a field holds a mapping),
compared by value. Changed copies come from :func:`attrs.evolve`.

Offsets follow RapidFuzz's ``ScoreAlignment`` contract: ``text[start:end] == span.text`` always
holds for the text the span was taken from.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any, Literal

import attrs

from xcheck.errors import ReferenceFormatError

__all__ = [
    "FINDING_KINDS",
    "MQM_CATEGORIES",
    "SEVERITIES",
    "Discrepancy",
    "Fidelity",
    "Finding",
    "FindingKind",
    "Link",
    "PairResult",
    "RefSpan",
    "Report",
    "Sentence",
    "SentenceRole",
    "Severity",
    "Span",
    "Statement",
    "severity_rank",
]

Severity = Literal["minor", "major", "critical"]
"""How much a finding matters: ``minor`` < ``major`` < ``critical``."""

SEVERITIES: tuple[Severity, ...] = ("minor", "major", "critical")

FindingKind = Literal["number", "date", "name", "title", "quote", "polarity", "omission", "addition"]
"""What a finding is about."""

FINDING_KINDS: tuple[FindingKind, ...] = (
    "number",
    "date",
    "name",
    "title",
    "quote",
    "polarity",
    "omission",
    "addition",
)

#: The MQM-compatible error category of each finding kind.
MQM_CATEGORIES: Mapping[str, str] = {
    "number": "accuracy/mistranslation/number",
    "date": "accuracy/mistranslation/date-time",
    "name": "accuracy/mistranslation/entity",
    "title": "accuracy/mistranslation/entity",
    "quote": "accuracy/mistranslation",
    "polarity": "accuracy/mistranslation",
    "omission": "accuracy/omission",
    "addition": "accuracy/addition",
}

SentenceRole = Literal["claim", "boilerplate"]
"""``claim`` for a sentence that says something checkable; ``boilerplate`` for bylines, photo
credits, reproduction notices, disclaimers and source lines."""


def severity_rank(severity: str) -> int:
    """Return 0, 1 or 2 for ``minor``, ``major`` or ``critical``.

    >>> severity_rank("major")
    1
    """
    try:
        return SEVERITIES.index(severity)  # type: ignore[arg-type,unused-ignore]
    except ValueError:
        msg = f"unknown severity {severity!r}; expected one of {', '.join(SEVERITIES)}"
        raise ValueError(msg) from None


@attrs.frozen
class Span:
    """A piece of a text: ``text[start:end] == self.text`` for the text it was taken from."""

    start: int
    end: int
    text: str

    def shifted(self, offset: int) -> Span:
        """Return the same span with both offsets moved by ``offset``."""
        return Span(self.start + offset, self.end + offset, self.text)


@attrs.frozen
class RefSpan:
    """A span inside one reference statement's text."""

    id: str
    start: int
    end: int
    text: str


def _kind_check(kinds: tuple[type, ...], wanted: str, *, optional: bool = False) -> Any:
    """An attrs validator: the value is an instance of ``kinds`` (or ``None`` when ``optional``), else a
    :class:`~xcheck.errors.ReferenceFormatError` naming the field and what it must be."""

    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if optional and value is None:
            return
        if isinstance(value, kinds) and not isinstance(value, (bool, _dt.datetime)):
            return
        msg = (
            f"{type(instance).__name__} field {attribute.name!r} must be {wanted}"
            f"{' or None' if optional else ''}, not {type(value).__name__}"
        )
        raise ReferenceFormatError(msg)

    return validate


def _iso_date(value: object) -> object:
    """An attrs converter: an ISO 8601 date string (``"2025-07-23"``) becomes a :class:`datetime.date`,
    as in a statements file; any other value is left for the validator to judge."""
    if not isinstance(value, str):
        return value
    try:
        return _dt.date.fromisoformat(value.strip())
    except ValueError:
        msg = f"Statement field 'date' must be an ISO date such as '2025-07-23', not {value[:40]!r}"
        raise ReferenceFormatError(msg) from None


@attrs.frozen
class Statement:
    """One reference statement: what a source said.

    ``date`` is when the source said or published it (evidence for date findings; a
    :class:`datetime.date`, not a ``datetime``, or an ISO date string such as ``"2025-07-23"``, which
    becomes a ``date``); ``lang`` is the language of ``text`` (``en``, ``zh``,
    ``ko``, ...); ``line`` is the 1-based line of the JSONL file it came from, when it came from a
    file; ``meta`` keeps any other fields. A field of the wrong type raises
    :class:`~xcheck.errors.ReferenceFormatError`.
    """

    id: str = attrs.field(validator=_kind_check((str,), "a str"))
    text: str = attrs.field(validator=_kind_check((str,), "a str"))
    source: str | None = attrs.field(default=None, validator=_kind_check((str,), "a str", optional=True))
    date: _dt.date | None = attrs.field(
        default=None,
        converter=_iso_date,
        validator=_kind_check(
            (_dt.date,), "a datetime.date (not a datetime) or an ISO date string", optional=True
        ),
    )
    lang: str = attrs.field(default="en", validator=_kind_check((str,), "a str such as 'en'"))
    url: str | None = attrs.field(default=None, validator=_kind_check((str,), "a str", optional=True))
    line: int | None = attrs.field(
        default=None, eq=False, validator=_kind_check((int,), "an int", optional=True)
    )
    meta: Mapping[str, Any] = attrs.field(
        factory=dict, eq=False, hash=False, repr=False, validator=_kind_check((Mapping,), "a mapping")
    )


@attrs.frozen
class Sentence:
    """One translated sentence, with its offsets in the whole translation text."""

    index: int
    start: int
    end: int
    text: str
    role: SentenceRole = "claim"


@attrs.frozen
class Link:
    """Translated sentences (by index) that render reference statements (by id).

    ``score`` is the alignment score in [0, 1]; ``evidence`` lists what made the link
    (shared anchors, surface similarity) in words.
    """

    translation: tuple[int, ...]
    references: tuple[str, ...]
    score: float
    evidence: tuple[str, ...] = ()


@attrs.frozen
class Discrepancy:
    """A mismatch found by one checker between a translated text and a reference text.

    Spans index the two texts the checker was given; the pipeline turns a discrepancy into a
    :class:`Finding` with offsets into the whole translation and the statement.
    """

    kind: FindingKind
    severity: Severity
    message: str
    found: Span | None
    expected: Span | None
    found_value: str | None = None
    expected_value: str | None = None
    confidence: float = 1.0


@attrs.frozen
class Finding:
    """One thing xcheck reports: a mismatch, an omission or an addition.

    ``id`` is stable: the same input gives the same id across runs. ``translation`` indexes the
    whole translation text; ``reference`` indexes the named statement's text.
    """

    id: str
    """Stable id (``XC-`` and 10 hex digits): same kind, place and values give the same id in every run."""
    kind: FindingKind
    """What it is about: ``number``, ``date``, ``name``, ``title``, ``quote``, ``polarity``,
    ``omission`` or ``addition``."""
    severity: Severity
    """``minor``, ``major`` or ``critical``."""
    message: str
    """One sentence saying what differs, for people."""
    translation: Span | None
    """Where in the whole translation (0-based offsets); ``None`` for an omission."""
    reference: RefSpan | None
    """Where in which statement (its id, 0-based offsets in its text); ``None`` when no statement
    backs it (an addition)."""
    expected: str | None = None
    """The value the reference gives (normalised where the checker normalises), if any."""
    found: str | None = None
    """The value the translation gives, if any."""
    confidence: float = 1.0
    """How sure the checker is, in [0, 1]."""

    @property
    def category(self) -> str:
        """The MQM-compatible category, e.g. ``accuracy/mistranslation/number``."""
        return MQM_CATEGORIES[self.kind]

    def to_dict(self) -> dict[str, Any]:
        """This finding as a JSON-serialisable dict: the finding object of the JSON report."""
        from xcheck.render._json import finding_to_dict

        return finding_to_dict(self)


@attrs.frozen
class Fidelity:
    """Scores for a pair or a document.

    ``chrf``, ``bleu`` and ``ter`` are sacrebleu's, on sacrebleu's 0-100 scale (TER: lower is
    better). ``facts`` is the fact-level score in [0, 1] (1.0: every checked fact agrees);
    ``coverage`` the share of reference statements rendered; ``overall`` combines them in [0, 1]
    (see docs/scoring.md).
    """

    overall: float
    """The combined score in [0, 1] (docs/scoring.md)."""
    chrf: float
    """sacrebleu chrF, 0-100."""
    bleu: float
    """sacrebleu BLEU, 0-100."""
    ter: float
    """sacrebleu TER, 0 and up (lower is better)."""
    facts: float
    """The fact-level score in [0, 1]: 1.0 when every checked fact agrees."""
    coverage: float = 1.0
    """The share of reference statements that some sentence renders, in [0, 1]."""
    facts_checked: int = 0
    """How many facts (quantities, names, quotes) were compared."""

    def to_dict(self) -> dict[str, Any]:
        """These scores as a JSON-serialisable dict (NaN and infinities made finite)."""
        from xcheck.render._json import fidelity_to_dict

        return fidelity_to_dict(self)


@attrs.frozen
class PairResult:
    """What :func:`xcheck.check_pair` returns: the findings and scores of one pair."""

    translation: str
    """The translated text that was checked."""
    reference: str
    """The reference text it was checked against."""
    findings: tuple[Finding, ...]
    """The findings, in order of place in the translation."""
    fidelity: Fidelity
    """The scores of the pair."""

    def to_dict(self) -> dict[str, Any]:
        """This result as a JSON-serialisable dict: ``translation``, ``reference``, ``findings``,
        ``fidelity`` (the last two as in a line of ``xcheck pairs``)."""
        return {
            "translation": self.translation,
            "reference": self.reference,
            "findings": [f.to_dict() for f in self.findings],
            "fidelity": self.fidelity.to_dict(),
        }


@attrs.frozen
class Report:
    """The result of checking a translated report against its reference statements."""

    translation: str
    """The whole translated text; every translation span indexes it."""
    statements: tuple[Statement, ...]
    """The reference statements, in input order."""
    sentences: tuple[Sentence, ...]
    """The translation's sentences, numbered from 0, with their roles (claim or boilerplate)."""
    links: tuple[Link, ...]
    """The alignment: which sentences render which statements."""
    findings: tuple[Finding, ...]
    """Every finding, in order of place in the translation (omissions last)."""
    fidelity: Fidelity
    """The document's scores."""
    link_fidelity: tuple[Fidelity, ...]
    """The scores of each link, in the order of ``links``."""
    signature: str
    """What produced the report (xcheck, sacrebleu and alignment settings), for reproducibility."""
    notes: tuple[str, ...] = ()
    """Remarks for the reader (statements in other languages, sentences with no checkable claim ...)."""
    translation_name: str | None = None
    """The translation's file name, when it came from a file."""
    references_name: str | None = None
    """The references' file name, when they came from a file."""

    def to_dict(self) -> dict[str, Any]:
        """This report as the JSON-serialisable ``xcheck.report/1`` object (what ``--format json``
        writes; schema ``docs/schema/xcheck.report-1.json``, also ``xcheck schema report``)."""
        from xcheck.render._json import to_dict

        return to_dict(self)
