"""Fidelity scores: sacrebleu's chrF, BLEU and TER, a fact score, coverage and one overall figure.

The model (the formulas are in ``docs/scoring.md``):

* ``chrf``, ``bleu`` and ``ter`` are sacrebleu's, on its 0-100 scale (TER: lower is better).
  Pairs use sentence-level scores with effective-order BLEU; documents use corpus-level scores
  over the linked pairs (sacrebleu's sufficient statistics summed over the pairs, so the order of
  the pairs never matters).
* ``facts`` is an MQM-style fact score: every finding costs its severity weight (minor 1, major 5,
  critical 10) times its confidence, and the penalty is spread over the facts checked::

      facts = max(0, 1 - penalty / (per_fact * max(1, facts_checked)))

  with ``per_fact`` = 5 (one major error on every checked fact scores 0).
* ``coverage`` is the share of reference statements the translation renders (1.0 for a pair).
* ``overall = coverage * facts * (1 - surface_weight * (1 - chrf / 100))`` with
  ``surface_weight`` = 0.2: facts and coverage dominate, surface similarity only nudges.

A perfect copy scores 1.0 overall; adding a finding never raises a score; nothing depends on the
order of statements or pairs.

>>> fid = pair_fidelity("Troops: 28,500.", "Troops: 28,500.", [], facts_checked=1)
>>> fid.overall, fid.chrf, fid.ter
(1.0, 100.0, 0.0)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

import attrs
from sacrebleu.metrics.bleu import BLEU
from sacrebleu.metrics.chrf import CHRF
from sacrebleu.metrics.ter import TER

from xcheck._types import Fidelity, Finding, PairResult
from xcheck.errors import OptionError
from xcheck.scoring._stats import chrf_stats, ter_stats

__all__ = [
    "FACT_PER_FACT",
    "SEVERITY_WEIGHTS",
    "SURFACE_WEIGHT",
    "MetricComparison",
    "SystemComparison",
    "compare_pair_results",
    "compare_systems",
    "document_fidelity",
    "fact_penalty",
    "fact_score",
    "overall_score",
    "pair_fidelity",
    "rescore",
    "sacrebleu_signature",
]

#: MQM severity weights (MQM-DQF convention): what one finding of each severity costs.
SEVERITY_WEIGHTS: Mapping[str, float] = {"minor": 1.0, "major": 5.0, "critical": 10.0}

#: The penalty that uses up one checked fact: one major error on every fact scores 0.
FACT_PER_FACT: float = 5.0

#: How much surface similarity (chrF) can take off the overall score, in [0, 1].
SURFACE_WEIGHT: float = 0.2

#: Finding kinds that the document-level fact score leaves to ``coverage`` (counted once).
_COVERAGE_KINDS = frozenset({"omission"})


# One metric object of each kind for the whole process: creating sacrebleu metrics is costly
# (BLEU builds its tokenizer, TER its normaliser), and the batch mode scores thousands of pairs.
_CHRF: Any = CHRF()
_BLEU: Any = BLEU(effective_order=True)
_TER: Any = TER()
for _metric in (_CHRF, _BLEU, _TER):
    # xcheck always scores against exactly one reference; sacrebleu learns this while scoring,
    # and the signature needs it before the first score.
    _metric.num_refs = 1


def _segment_stats(metric: Any, hypothesis: str, reference: str) -> list[Any]:
    """Sufficient statistics of one segment, equal to what sacrebleu's ``sentence_score`` uses.

    chrF and TER come from :mod:`xcheck.scoring._stats` (the same numbers, computed faster; the
    tests compare them with sacrebleu), BLEU from sacrebleu itself.
    """
    if metric is _CHRF:
        return chrf_stats(hypothesis, reference)
    if metric is _TER:
        return ter_stats(hypothesis, reference, _TER._preprocess_segment)
    stats: list[list[Any]] = metric._extract_corpus_statistics([hypothesis], [[reference]])
    return stats[0]


def _sum_stats(rows: Iterable[Sequence[float]]) -> list[float]:
    total: list[float] = []
    for row in rows:
        if not total:
            total = [float(x) for x in row]
        else:
            for i, x in enumerate(row):
                total[i] += x
    return total


def _surface(hypotheses: Sequence[str], references: Sequence[str]) -> tuple[float, float, float]:
    """chrF, BLEU and TER of aligned segment lists, from summed sacrebleu statistics."""
    if not hypotheses:
        return 0.0, 0.0, 100.0
    if all(h == r for h, r in zip(hypotheses, references, strict=True)):
        # A perfect copy is perfect, also where sacrebleu has nothing to count (empty or
        # whitespace-only text scores chrF 0 there).
        return 100.0, 100.0, 0.0
    scores: list[float] = []
    for metric in (_CHRF, _BLEU, _TER):
        rows = [_segment_stats(metric, h, r) for h, r in zip(hypotheses, references, strict=True)]
        scores.append(float(metric._compute_score_from_stats(_sum_stats(rows)).score))
    chrf, bleu, ter = scores
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
) -> Fidelity:
    """Score one translated text against one reference text.

    Sentence-level chrF, effective-order BLEU and TER from sacrebleu (0-100), the fact score of
    ``findings`` (every kind counts, omissions too: a pair has no coverage of its own), coverage
    1.0, and the overall figure.

    >>> fid = pair_fidelity("4,500 troops", "4,500 troops", [], facts_checked=1)
    >>> fid.overall, fid.facts, fid.coverage
    (1.0, 1.0, 1.0)
    """
    _check_count("facts_checked", facts_checked)
    chrf, bleu, ter = _surface([translation], [reference])
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
) -> Fidelity:
    """Score a whole translation from its linked ``(translation, reference)`` text pairs.

    chrF, BLEU and TER are corpus-level over the pairs (sacrebleu statistics summed, so the order
    of the pairs does not matter). The fact score counts every finding except omissions, which
    ``coverage = statements_covered / statements_total`` already counts (1.0 when there are no
    statements). With no pairs the surface scores are chrF 0, BLEU 0, TER 100.

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
    chrf, bleu, ter = _surface([p[0] for p in pairs], [p[1] for p in pairs])
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


def sacrebleu_signature() -> str:
    """The sacrebleu signatures of the three metrics xcheck computes, in one string.

    >>> sacrebleu_signature().startswith("chrF2|nrefs:1|")
    True
    """
    parts = (
        ("chrF2", _CHRF),
        ("BLEU", _BLEU),
        ("TER", _TER),
    )
    return " + ".join(f"{name}|{metric.get_signature().format()}" for name, metric in parts)


# ---------------------------------------------------------------------------------------------
# System comparison: paired bootstrap resampling, as sacrebleu's ``--paired-bs`` does it.

Better = Literal["a", "b", "tie"]


@attrs.frozen
class MetricComparison:
    """One metric of a :class:`SystemComparison`.

    ``a`` and ``b`` are the scores on the whole test set; ``a_mean``/``a_ci`` (and ``b_``) the
    bootstrap mean and the half-width of its 95% interval (sacrebleu's ``μ ± 95% CI``);
    ``delta = b - a`` with ``delta_low``/``delta_high`` the 95% percentile interval of the
    resampled differences; ``p_value`` sacrebleu's paired bootstrap p-value for "no difference";
    ``better`` says which system is better on this metric at the chosen level, or ``tie``.
    """

    metric: str
    higher_is_better: bool
    a: float
    b: float
    a_mean: float
    a_ci: float
    b_mean: float
    b_ci: float
    delta: float
    delta_low: float
    delta_high: float
    p_value: float
    better: Better


@attrs.frozen
class SystemComparison:
    """Which of two translations of the same segments is more faithful, with bootstrap CIs.

    ``primary`` names the metric that decides ``winner`` (``overall`` when fact findings were
    given, else ``chrf``).
    """

    names: tuple[str, str]
    n_pairs: int
    n_samples: int
    seed: int
    alpha: float
    primary: str
    winner: Better
    metrics: tuple[MetricComparison, ...]
    signature: str

    def metric(self, name: str) -> MetricComparison:
        """Return the comparison of metric ``name`` (``chrf``, ``bleu``, ``ter``, ...)."""
        for m in self.metrics:
            if m.metric == name:
                return m
        msg = f"no metric {name!r} in this comparison"
        raise KeyError(msg)

    def format(self) -> str:
        """A plain-text table of the comparison, one metric a line."""
        a_name, b_name = self.names
        lines = [
            f"paired bootstrap: {self.n_pairs} pairs, {self.n_samples} resamples, "
            f"seed {self.seed}, alpha {self.alpha}",
            f"{'metric':<8} {a_name:>22} {b_name:>22} {'delta (b-a) 95% CI':>28} {'p':>7}",
        ]
        for m in self.metrics:
            a = f"{m.a:.4f} ({m.a_mean:.4f}±{m.a_ci:.4f})"
            b = f"{m.b:.4f} ({m.b_mean:.4f}±{m.b_ci:.4f})"
            d = f"{m.delta:+.4f} [{m.delta_low:+.4f}, {m.delta_high:+.4f}]"
            lines.append(f"{m.metric:<8} {a:>22} {b:>22} {d:>28} {m.p_value:>7.4f}")
        winner = {"a": a_name, "b": b_name, "tie": "neither (no significant difference)"}
        lines.append(f"more faithful by {self.primary}: {winner[self.winner]}")
        lines.append(f"signature: {self.signature}")
        return "\n".join(lines)


FactInput = tuple[Sequence[Finding], int]
"""Per pair: the findings of that pair and the number of facts checked in it."""


def _fact_rows(facts: Sequence[FactInput], n: int, label: str) -> list[list[float]]:
    if len(facts) != n:
        msg = f"{label} has {len(facts)} entries for {n} pairs"
        raise OptionError(msg)
    rows = []
    for findings, checked in facts:
        _check_count("facts checked", checked)
        rows.append([fact_penalty(findings), float(checked)])
    return rows


def compare_systems(
    references: Sequence[str],
    system_a: Sequence[str],
    system_b: Sequence[str],
    *,
    facts_a: Sequence[FactInput] | None = None,
    facts_b: Sequence[FactInput] | None = None,
    names: tuple[str, str] = ("A", "B"),
    n_samples: int = 1000,
    seed: int = 12345,
    alpha: float = 0.05,
    surface_weight: float = SURFACE_WEIGHT,
) -> SystemComparison:
    """Compare two translations of the same segments against one reference per segment.

    Paired bootstrap resampling as in sacrebleu (and Koehn 2004): ``n_samples`` resamples of the
    segment indices (numpy's ``default_rng(seed)``, the same indices sacrebleu draws for the
    same seed) are scored for both systems from summed sacrebleu statistics. When ``facts_a``
    and ``facts_b`` give each pair's findings and facts checked (e.g.
    ``[(r.findings, r.fidelity.facts_checked) for r in results]``), the fact score and the
    overall figure are compared too, and ``overall`` decides the winner; otherwise chrF does.
    A system wins only when its metric is better with ``p_value < alpha`` and the 95% interval
    of the difference excludes 0.
    """
    import numpy as np  # sacrebleu depends on numpy; imported here to keep `import xcheck` light

    n = len(references)
    if len(system_a) != n or len(system_b) != n:
        msg = f"need one segment per reference: {n} references, {len(system_a)} and {len(system_b)}"
        raise OptionError(msg)
    if n == 0:
        msg = "cannot compare systems on zero segments"
        raise OptionError(msg)
    if n_samples < 1:
        msg = f"n_samples must be at least 1, got {n_samples!r}"
        raise OptionError(msg)
    if not 0.0 < alpha < 1.0:
        msg = f"alpha must be in (0, 1), got {alpha!r}"
        raise OptionError(msg)
    if (facts_a is None) != (facts_b is None):
        msg = "give facts for both systems or for neither"
        raise OptionError(msg)

    rows: dict[str, list[list[float]]] = {}
    for name, metric in (("chrf", _CHRF), ("bleu", _BLEU), ("ter", _TER)):
        for side, system in (("a", system_a), ("b", system_b)):
            rows[f"{name}_{side}"] = [
                _segment_stats(metric, h, r) for h, r in zip(system, references, strict=True)
            ]
    if facts_a is not None and facts_b is not None:
        rows["facts_a"] = _fact_rows(facts_a, n, "facts_a")
        rows["facts_b"] = _fact_rows(facts_b, n, "facts_b")
    sums = _resampled_sums(rows, n, n_samples, seed)

    results: list[MetricComparison] = []
    sample_scores: dict[str, tuple[Any, Any]] = {}
    actual: dict[str, tuple[float, float]] = {}
    for name, metric, higher in (
        ("chrf", _CHRF, True),
        ("bleu", _BLEU, True),
        ("ter", _TER, False),
    ):

        def score(total: Sequence[float], metric: Any = metric) -> float:
            return float(metric._compute_score_from_stats(list(total)).score)

        actual[name] = (
            score(_sum_stats(rows[f"{name}_a"])),
            score(_sum_stats(rows[f"{name}_b"])),
        )
        sa = np.array([score(row) for row in sums[f"{name}_a"].tolist()])
        sb = np.array([score(row) for row in sums[f"{name}_b"].tolist()])
        sample_scores[name] = (sa, sb)
        results.append(_compare(name, higher, actual[name], sa, sb, alpha))

    primary = "chrf"
    if "facts_a" in rows:

        def facts_of(total: Sequence[float]) -> float:
            return _facts_from_penalty(total[0], total[1], FACT_PER_FACT)

        facts_actual = (facts_of(_sum_stats(rows["facts_a"])), facts_of(_sum_stats(rows["facts_b"])))
        fsa = np.array([facts_of(row) for row in sums["facts_a"].tolist()])
        fsb = np.array([facts_of(row) for row in sums["facts_b"].tolist()])
        results.append(_compare("facts", True, facts_actual, fsa, fsb, alpha))

        ca, cb = sample_scores["chrf"]
        surface = 1.0 - surface_weight
        oa = fsa * (surface + surface_weight * np.clip(ca, 0.0, 100.0) / 100.0)
        ob = fsb * (surface + surface_weight * np.clip(cb, 0.0, 100.0) / 100.0)
        overall_actual = (
            overall_score(facts_actual[0], 1.0, actual["chrf"][0], surface_weight=surface_weight),
            overall_score(facts_actual[1], 1.0, actual["chrf"][1], surface_weight=surface_weight),
        )
        results.append(_compare("overall", True, overall_actual, oa, ob, alpha))
        primary = "overall"

    winner = next(m.better for m in results if m.metric == primary)
    return SystemComparison(
        names=names,
        n_pairs=n,
        n_samples=n_samples,
        seed=seed,
        alpha=alpha,
        primary=primary,
        winner=winner,
        metrics=tuple(results),
        signature=sacrebleu_signature() + f" + test:bs|n:{n_samples}|seed:{seed}",
    )


#: How many cells (resamples x segments) one block of the bootstrap's weight matrix may hold, so
#: that large test sets are resampled in blocks instead of one matrix of n_samples x n floats.
_BOOTSTRAP_CELLS = 4_000_000


def _resampled_sums(rows: dict[str, list[list[float]]], n: int, n_samples: int, seed: int) -> dict[str, Any]:
    """For each named statistics table (n rows), its column sums over each bootstrap resample.

    The resamples are numpy's ``default_rng(seed).choice(n, (n_samples, n))``, as in sacrebleu,
    drawn block by block from the same generator (the same indices as one draw). A resample's
    sums are its draw counts times the table: one matrix product per block for all tables.
    """
    import numpy as np

    names = list(rows)
    tables = [np.asarray(rows[k], dtype=np.float64).reshape(n, -1) for k in names]
    stacked = np.hstack(tables)
    out = np.empty((n_samples, stacked.shape[1]), dtype=np.float64)
    rng = np.random.default_rng(seed)
    block = max(1, _BOOTSTRAP_CELLS // n)
    for start in range(0, n_samples, block):
        size = min(block, n_samples - start)
        idxs = rng.choice(n, size=(size, n), replace=True)
        weights = np.zeros((size, n), dtype=np.float64)
        np.add.at(weights, (np.arange(size)[:, None], idxs), 1.0)
        out[start : start + size] = weights @ stacked
    sums: dict[str, Any] = {}
    col = 0
    for name, table in zip(names, tables, strict=True):
        width = table.shape[1]
        sums[name] = out[:, col : col + width]
        col += width
    return sums


def compare_pair_results(
    results_a: Sequence[PairResult],
    results_b: Sequence[PairResult],
    *,
    names: tuple[str, str] = ("A", "B"),
    n_samples: int = 1000,
    seed: int = 12345,
    alpha: float = 0.05,
) -> SystemComparison:
    """:func:`compare_systems` for two lists of :func:`xcheck.check_pair` results (e.g. two
    ``xcheck pairs`` runs of two MT systems on the same test set), facts included.

    The results must be for the same references, pair by pair.
    """
    if len(results_a) != len(results_b):
        msg = f"the two systems have {len(results_a)} and {len(results_b)} pairs"
        raise OptionError(msg)
    for i, (ra, rb) in enumerate(zip(results_a, results_b, strict=True), start=1):
        if ra.reference != rb.reference:
            msg = f"pair {i} has different references in the two systems"
            raise OptionError(msg)
    return compare_systems(
        [r.reference for r in results_a],
        [r.translation for r in results_a],
        [r.translation for r in results_b],
        facts_a=[(r.findings, r.fidelity.facts_checked) for r in results_a],
        facts_b=[(r.findings, r.fidelity.facts_checked) for r in results_b],
        names=names,
        n_samples=n_samples,
        seed=seed,
        alpha=alpha,
    )


def _mean_ci(scores: Any) -> tuple[float, float]:
    """sacrebleu's ``estimate_ci``: bootstrap mean and half-width of the 95% interval."""
    import numpy as np

    s = np.sort(scores)
    lower = len(s) // 40
    upper = len(s) - lower - 1
    return float(s.mean()), float(0.5 * (s[upper] - s[lower]))


def _compare(
    name: str,
    higher: bool,
    actual: tuple[float, float],
    sa: Any,
    sb: Any,
    alpha: float,
) -> MetricComparison:
    import numpy as np

    a_mean, a_ci = _mean_ci(sa)
    b_mean, b_ci = _mean_ci(sb)
    diffs = np.sort(sb - sa)
    lower = len(diffs) // 40
    delta_low, delta_high = float(diffs[lower]), float(diffs[len(diffs) - lower - 1])
    # sacrebleu's paired bootstrap p-value: centre the absolute resampled differences and count
    # how often they exceed the observed absolute difference.
    observed = abs(actual[1] - actual[0])
    abs_diffs = np.abs(sb - sa)
    centred = abs_diffs - abs_diffs.mean()
    p_value = (int(np.sum(centred > observed)) + 1) / (len(centred) + 1)
    delta = actual[1] - actual[0]
    better: Better = "tie"
    significant = p_value < alpha and not (delta_low <= 0.0 <= delta_high)
    if significant and delta != 0.0:
        b_better = delta > 0 if higher else delta < 0
        better = "b" if b_better else "a"
    return MetricComparison(
        metric=name,
        higher_is_better=higher,
        a=actual[0],
        b=actual[1],
        a_mean=a_mean,
        a_ci=a_ci,
        b_mean=b_mean,
        b_ci=b_ci,
        delta=delta,
        delta_low=delta_low,
        delta_high=delta_high,
        p_value=p_value,
        better=better,
    )
