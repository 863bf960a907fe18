"""Which of two systems is more faithful: paired bootstrap resampling, as sacrebleu's ``--paired-bs``.

:func:`compare_systems` scores two translations of the same segments against one reference per
segment: ``n_samples`` resamples of the segment indices (numpy's ``default_rng(seed)``, the indices
sacrebleu draws for the same seed) are scored from summed statistics, for chrF, BLEU and TER and,
when each pair's findings are given, the fact score and the overall figure. The result, a
:class:`SystemComparison` of :class:`MetricComparison` rows, carries bootstrap means, 95% intervals,
p-values and a winner. :func:`compare_pair_results` does the same for two lists of
:func:`xcheck.check_pair` results.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import attrs

from xcheck._types import Finding, PairResult
from xcheck.errors import OptionError
from xcheck.scoring._fidelity import (
    FACT_PER_FACT,
    SURFACE_WEIGHT,
    _check_count,
    _facts_from_penalty,
    _sum_stats,
    fact_penalty,
    overall_score,
)
from xcheck.scoring._sacrebleu import (
    METRICS,
    MetricName,
    sacrebleu_signature,
    score_from_stats,
    segment_stats,
)

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
    n = _check_comparison(references, system_a, system_b, facts_a, facts_b, n_samples, alpha)
    rows = _surface_rows(references, system_a, system_b)
    if facts_a is not None and facts_b is not None:
        rows["facts_a"] = _fact_rows(facts_a, n, "facts_a")
        rows["facts_b"] = _fact_rows(facts_b, n, "facts_b")
    sums = _resampled_sums(rows, n, n_samples, seed)

    results, chrf_actual, chrf_samples = _surface_comparisons(rows, sums, alpha)
    primary = "chrf"
    if "facts_a" in rows:
        results += _fact_comparisons(rows, sums, chrf_actual, chrf_samples, alpha, surface_weight)
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


def _check_comparison(
    references: Sequence[str],
    system_a: Sequence[str],
    system_b: Sequence[str],
    facts_a: Sequence[FactInput] | None,
    facts_b: Sequence[FactInput] | None,
    n_samples: int,
    alpha: float,
) -> int:
    """Refuse arguments :func:`compare_systems` cannot compare; return the number of segments."""
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
    return n


def _surface_rows(
    references: Sequence[str], system_a: Sequence[str], system_b: Sequence[str]
) -> dict[str, list[list[float]]]:
    """Each segment's sacrebleu statistics, per metric and system (``chrf_a``, ``chrf_b``, ...)."""
    rows: dict[str, list[list[float]]] = {}
    for name in METRICS:
        for side, system in (("a", system_a), ("b", system_b)):
            rows[f"{name}_{side}"] = [
                segment_stats(name, h, r) for h, r in zip(system, references, strict=True)
            ]
    return rows


#: Whether a higher score is better, for each sacrebleu metric (TER counts edits: lower is better).
_HIGHER_IS_BETTER: dict[MetricName, bool] = {"chrf": True, "bleu": True, "ter": False}


def _surface_comparisons(
    rows: dict[str, list[list[float]]], sums: dict[str, Any], alpha: float
) -> tuple[list[MetricComparison], tuple[float, float], tuple[Any, Any]]:
    """The chrF, BLEU and TER comparisons, with chrF's actual scores and resampled scores (the
    overall figure is built from them)."""
    import numpy as np

    results: list[MetricComparison] = []
    chrf_actual = (0.0, 0.0)
    chrf_samples: tuple[Any, Any] = (None, None)
    for name in METRICS:
        actual = (
            score_from_stats(name, _sum_stats(rows[f"{name}_a"])),
            score_from_stats(name, _sum_stats(rows[f"{name}_b"])),
        )
        sa = np.array([score_from_stats(name, row) for row in sums[f"{name}_a"].tolist()])
        sb = np.array([score_from_stats(name, row) for row in sums[f"{name}_b"].tolist()])
        if name == "chrf":
            chrf_actual, chrf_samples = actual, (sa, sb)
        results.append(_compare(name, _HIGHER_IS_BETTER[name], actual, sa, sb, alpha))
    return results, chrf_actual, chrf_samples


def _fact_comparisons(
    rows: dict[str, list[list[float]]],
    sums: dict[str, Any],
    chrf_actual: tuple[float, float],
    chrf_samples: tuple[Any, Any],
    alpha: float,
    surface_weight: float,
) -> list[MetricComparison]:
    """The fact score and overall-figure comparisons (pairs have coverage 1.0)."""
    import numpy as np

    def facts_of(total: Sequence[float]) -> float:
        return _facts_from_penalty(total[0], total[1], FACT_PER_FACT)

    facts_actual = (facts_of(_sum_stats(rows["facts_a"])), facts_of(_sum_stats(rows["facts_b"])))
    fsa = np.array([facts_of(row) for row in sums["facts_a"].tolist()])
    fsb = np.array([facts_of(row) for row in sums["facts_b"].tolist()])
    facts = _compare("facts", True, facts_actual, fsa, fsb, alpha)

    ca, cb = chrf_samples
    surface = 1.0 - surface_weight
    oa = fsa * (surface + surface_weight * np.clip(ca, 0.0, 100.0) / 100.0)
    ob = fsb * (surface + surface_weight * np.clip(cb, 0.0, 100.0) / 100.0)
    overall_actual = (
        overall_score(facts_actual[0], 1.0, chrf_actual[0], surface_weight=surface_weight),
        overall_score(facts_actual[1], 1.0, chrf_actual[1], surface_weight=surface_weight),
    )
    return [facts, _compare("overall", True, overall_actual, oa, ob, alpha)]


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
