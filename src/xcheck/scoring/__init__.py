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

from xcheck.scoring._fidelity import (
    FACT_PER_FACT,
    SEVERITY_WEIGHTS,
    SURFACE_WEIGHT,
    PairStats,
    document_fidelity,
    fact_penalty,
    fact_score,
    overall_score,
    pair_fidelity,
    pair_stats,
    rescore,
)
from xcheck.scoring._sacrebleu import sacrebleu_signature
from xcheck.scoring._significance import Better as Better
from xcheck.scoring._significance import FactInput as FactInput
from xcheck.scoring._significance import (
    MetricComparison,
    SystemComparison,
    compare_pair_results,
    compare_systems,
)

__all__ = [
    "FACT_PER_FACT",
    "SEVERITY_WEIGHTS",
    "SURFACE_WEIGHT",
    "MetricComparison",
    "PairStats",
    "SystemComparison",
    "compare_pair_results",
    "compare_systems",
    "document_fidelity",
    "fact_penalty",
    "fact_score",
    "overall_score",
    "pair_fidelity",
    "pair_stats",
    "rescore",
    "sacrebleu_signature",
]
