"""Fidelity of a pair and of a document: the fact score, coverage, and the overall figure.

:func:`pair_fidelity` scores one translated text against one reference (sentence-level chrF, BLEU
and TER, every finding counted), :func:`document_fidelity` a whole translation from its linked pairs
(corpus-level surface scores from summed statistics, omissions left to coverage), and
:func:`rescore` recomputes the fact and overall scores after findings are suppressed. The
MQM-style fact score (:func:`fact_penalty`, :func:`fact_score`) and :func:`overall_score` are the
formulas of ``docs/scoring.md``; sacrebleu is reached only through :mod:`xcheck.scoring._sacrebleu`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

import attrs

from xcheck._types import Fidelity, Finding
from xcheck.errors import OptionError
from xcheck.scoring._sacrebleu import METRICS, score_from_stats, segment_stats

#: MQM severity weights (MQM-DQF convention): what one finding of each severity costs.
SEVERITY_WEIGHTS: Mapping[str, float] = {"minor": 1.0, "major": 5.0, "critical": 10.0}

#: The penalty that uses up one checked fact: one major error on every fact scores 0.
FACT_PER_FACT: float = 5.0

#: How much surface similarity (chrF) can take off the overall score, in [0, 1].
SURFACE_WEIGHT: float = 0.2

#: Finding kinds that the document-level fact score leaves to ``coverage`` (counted once).
_COVERAGE_KINDS = frozenset({"omission"})


def _sum_stats(rows: Iterable[Sequence[float]]) -> list[float]:
    total: list[float] = []
    for row in rows:
        if not total:
            total = [float(x) for x in row]
        else:
            for i, x in enumerate(row):
                total[i] += x
    return total


@attrs.frozen
class PairStats:
    """sacrebleu's sufficient statistics of one (translation, reference) pair, one list per metric
    of :data:`~xcheck.scoring._sacrebleu.METRICS`, and whether the two texts are identical.

    Computed once per link (:func:`pair_stats`): :func:`pair_fidelity` scores the link from them
    and :func:`document_fidelity` sums them over the links, so no pair is tokenised twice.
    """

    stats: tuple[list[float], ...]
    identical: bool


def pair_stats(translation: str, reference: str) -> PairStats:
    """The statistics of one pair (see :class:`PairStats`)."""
    return PairStats(
        tuple(segment_stats(metric, translation, reference) for metric in METRICS),
        translation == reference,
    )


def _surface(rows: Sequence[PairStats]) -> tuple[float, float, float]:
    """chrF, BLEU and TER of aligned segments, from their summed sacrebleu statistics."""
    if not rows:
        return 0.0, 0.0, 100.0
    if all(row.identical for row in rows):
        # A perfect copy is perfect, also where sacrebleu has nothing to count (empty or
        # whitespace-only text scores chrF 0 there).
        return 100.0, 100.0, 0.0
    chrf, bleu, ter = (
        score_from_stats(metric, _sum_stats(row.stats[m] for row in rows)) for m, metric in enumerate(METRICS)
    )
    return _clamp(chrf, 0.0, 100.0), _clamp(bleu, 0.0, 100.0), max(0.0, ter)


def _clamp(x: float, lo: float, hi: float) -> float:
    if math.isnan(x):
        return lo
    return min(hi, max(lo, x))


def _check_count(name: str, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{name} must be a non-negative integer, got {value!r}"
        raise OptionError(msg)


def _check_weight(name: str, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        msg = f"{name} must be in [0, 1], got {value!r}"
        raise OptionError(msg)


def fact_penalty(findings: Iterable[Finding], *, weights: Mapping[str, float] = SEVERITY_WEIGHTS) -> float:
    """Sum of severity weight times confidence (clamped to [0, 1]) over ``findings``.

    >>> from xcheck._types import Finding
    >>> f = Finding("x", "number", "major", "m", None, None, confidence=0.5)
    >>> fact_penalty([f])
    2.5
    """
    total = 0.0
    for finding in findings:
        try:
            weight = weights[finding.severity]
        except KeyError:
            msg = f"finding {finding.id!r} has unknown severity {finding.severity!r}"
            raise OptionError(msg) from None
        total += weight * _clamp(finding.confidence, 0.0, 1.0)
    return total


def _facts_from_penalty(penalty: float, facts_checked: float, per_fact: float) -> float:
    return max(0.0, 1.0 - penalty / (per_fact * max(1.0, facts_checked)))


def fact_score(
    findings: Sequence[Finding],
    facts_checked: int,
    *,
    weights: Mapping[str, float] = SEVERITY_WEIGHTS,
    per_fact: float = FACT_PER_FACT,
) -> float:
    """MQM-style fact score in [0, 1]: 1.0 when no finding, lower with each finding.

    ``facts = max(0, 1 - penalty / (per_fact * max(1, facts_checked)))`` where ``penalty`` is
    :func:`fact_penalty`. Every finding counts here; :func:`document_fidelity` leaves omissions
    to coverage.

    >>> fact_score([], 3)
    1.0
    >>> from xcheck._types import Finding
    >>> fact_score([Finding("x", "number", "minor", "m", None, None)], 2)
    0.9
    """
    _check_count("facts_checked", facts_checked)
    if per_fact <= 0:
        msg = f"per_fact must be positive, got {per_fact!r}"
        raise OptionError(msg)
    return _facts_from_penalty(fact_penalty(findings, weights=weights), facts_checked, per_fact)


def overall_score(
    facts: float, coverage: float, chrf: float, *, surface_weight: float = SURFACE_WEIGHT
) -> float:
    """Combine the parts: ``coverage * facts * (1 - surface_weight * (1 - chrf / 100))``.

    >>> overall_score(1.0, 1.0, 100.0)
    1.0
    >>> round(overall_score(0.9, 1.0, 50.0), 4)
    0.81
    """
    _check_weight("surface_weight", surface_weight)
    surface = 1.0 - surface_weight * (1.0 - _clamp(chrf, 0.0, 100.0) / 100.0)
    return _clamp(coverage, 0.0, 1.0) * _clamp(facts, 0.0, 1.0) * surface


def pair_fidelity(
    translation: str,
    reference: str,
    findings: Sequence[Finding],
    *,
    facts_checked: int,
    surface_weight: float = SURFACE_WEIGHT,
    stats: PairStats | None = None,
) -> Fidelity:
    """Score one translated text against one reference text.

    Sentence-level chrF, effective-order BLEU and TER from sacrebleu (0-100), the fact score of
    ``findings`` (every kind counts, omissions too: a pair has no coverage of its own), coverage
    1.0, and the overall figure. ``stats``: the pair's :func:`pair_stats`, when already computed.

    >>> fid = pair_fidelity("4,500 troops", "4,500 troops", [], facts_checked=1)
    >>> fid.overall, fid.facts, fid.coverage
    (1.0, 1.0, 1.0)
    """
    _check_count("facts_checked", facts_checked)
    chrf, bleu, ter = _surface([stats if stats is not None else pair_stats(translation, reference)])
    facts = fact_score(findings, facts_checked)
    return Fidelity(
        overall=overall_score(facts, 1.0, chrf, surface_weight=surface_weight),
        chrf=chrf,
        bleu=bleu,
        ter=ter,
        facts=facts,
        coverage=1.0,
        facts_checked=facts_checked,
    )


def document_fidelity(
    pairs: Sequence[tuple[str, str]],
    findings: Sequence[Finding],
    *,
    facts_checked: int,
    statements_total: int,
    statements_covered: int,
    surface_weight: float = SURFACE_WEIGHT,
    stats: Sequence[PairStats] | None = None,
) -> Fidelity:
    """Score a whole translation from its linked ``(translation, reference)`` text pairs.

    chrF, BLEU and TER are corpus-level over the pairs (sacrebleu statistics summed, so the order
    of the pairs does not matter). The fact score counts every finding except omissions, which
    ``coverage = statements_covered / statements_total`` already counts (1.0 when there are no
    statements). With no pairs the surface scores are chrF 0, BLEU 0, TER 100. ``stats``: the
    :func:`pair_stats` of every pair, in order, when :func:`pair_fidelity` already computed them
    (the scores are the same; :func:`xcheck.check` passes them so no link is scored twice).

    >>> fid = document_fidelity([("A cat.", "A cat.")], [], facts_checked=0,
    ...                         statements_total=2, statements_covered=1)
    >>> fid.coverage, fid.overall
    (0.5, 0.5)
    """
    _check_count("facts_checked", facts_checked)
    _check_count("statements_total", statements_total)
    _check_count("statements_covered", statements_covered)
    if statements_covered > statements_total:
        msg = f"statements_covered ({statements_covered}) exceeds statements_total ({statements_total})"
        raise OptionError(msg)
    if stats is None:
        stats = [pair_stats(t, r) for t, r in pairs]
    elif len(stats) != len(pairs):
        msg = f"stats has {len(stats)} rows for {len(pairs)} pairs"
        raise OptionError(msg)
    chrf, bleu, ter = _surface(stats)
    counted = [f for f in findings if f.kind not in _COVERAGE_KINDS]
    facts = fact_score(counted, facts_checked)
    coverage = statements_covered / statements_total if statements_total else 1.0
    return Fidelity(
        overall=overall_score(facts, coverage, chrf, surface_weight=surface_weight),
        chrf=chrf,
        bleu=bleu,
        ter=ter,
        facts=facts,
        coverage=coverage,
        facts_checked=facts_checked,
    )


def rescore(
    fidelity: Fidelity,
    findings: Sequence[Finding],
    *,
    document: bool = True,
    surface_weight: float = SURFACE_WEIGHT,
) -> Fidelity:
    """Recompute ``facts`` and ``overall`` of ``fidelity`` for a new list of findings.

    Used after accepted findings are suppressed: the surface scores, coverage and the number of
    facts checked stay; ``document=True`` leaves omissions to coverage as
    :func:`document_fidelity` does.
    """
    counted = [f for f in findings if not (document and f.kind in _COVERAGE_KINDS)]
    facts = fact_score(counted, fidelity.facts_checked)
    overall = overall_score(facts, fidelity.coverage, fidelity.chrf, surface_weight=surface_weight)
    return attrs.evolve(fidelity, facts=facts, overall=overall)
