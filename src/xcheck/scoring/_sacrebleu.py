"""The one adapter between xcheck's scores and sacrebleu: segment statistics, scores, signature.

xcheck scores thousands of pairs and resamples whole test sets for the paired bootstrap, so it works
on sacrebleu's sufficient statistics rather than on its score objects: one segment's statistics
(:func:`segment_stats`; chrF and TER come from the faster :mod:`xcheck.scoring._stats`, BLEU from
sacrebleu), a score from summed statistics (:func:`score_from_stats`) and the signature of the three
metrics (:func:`sacrebleu_signature`). Reaching statistics means using sacrebleu's non-public
methods; this module is the only place in xcheck that does, so a sacrebleu release that changes them
breaks here and nowhere else. The private parts used are ``Metric._extract_corpus_statistics``
(BLEU's statistics of one segment, and the oracle :func:`sacrebleu_segment_stats` the tests compare
the fast statistics with), ``Metric._compute_score_from_stats``, ``TER._preprocess_segment`` (the
tercom tokenizer as TER applies it) and the ``num_refs`` attribute, set before the first score so
that ``get_signature`` works.

Versions: ``pyproject.toml`` pins ``sacrebleu>=2.3.2,<2.7``; tested with sacrebleu 2.6.0 (the test
suite checks every score against sacrebleu's own). The four internals exist with the same signatures
and meaning from 2.0.0 to 2.6.0. 2.2.0 is the first release that accepts an empty reference (a pairs
file may hold one; earlier ones raise "Empty or `None` reference sentence found"), and 2.3.2 the
first that gives TER 0, not 100, when hypothesis and reference are both empty after tokenisation. From
2.3.2 to 2.6.0 the chrF, BLEU and TER statistics, their tokenizers and the signature format did not
change (sacrebleu's history between the tags shows formatting, typing and an equivalent rewrite of
BLEU's precision set-up only), so every version in the range gives the same scores. The upper bound
is the next minor release: private methods may change in any release, so a new one is admitted after
the tests pass with it.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Mapping
from typing import Any, Literal

from xcheck.scoring._stats import chrf_stats, ter_stats

__all__ = [
    "METRICS",
    "TOKENIZER_MEMO_CHARS",
    "MetricName",
    "sacrebleu_segment_stats",
    "sacrebleu_signature",
    "score_from_stats",
    "segment_stats",
    "ter_tokenize",
]

MetricName = Literal["chrf", "bleu", "ter"]
"""The sacrebleu metrics xcheck computes."""

#: The metrics, in the order xcheck reports them.
METRICS: tuple[MetricName, ...] = ("chrf", "bleu", "ter")


@functools.cache
def _metrics() -> Mapping[MetricName, Any]:
    """One sacrebleu metric object of each kind for the whole process, by name, made on first use.

    Creating sacrebleu metrics is costly (BLEU builds its tokenizer, TER its normaliser), and the
    batch mode scores thousands of pairs; importing sacrebleu is too (about 50 ms), so
    ``import xcheck`` leaves it to the first score.
    """
    from sacrebleu.metrics.bleu import BLEU
    from sacrebleu.metrics.chrf import CHRF
    from sacrebleu.metrics.ter import TER

    by_name: dict[MetricName, Any] = {"chrf": CHRF(), "bleu": BLEU(effective_order=True), "ter": TER()}
    for metric in by_name.values():
        # xcheck always scores against exactly one reference; sacrebleu learns this while scoring,
        # and the signature needs it before the first score.
        metric.num_refs = 1
    return by_name


#: sacrebleu memoises every segment its tokenizers see (a ``functools.lru_cache`` of 65,536 entries on
#: each tokenizer class, whatever the segments' length): over a long run of long texts that is
#: gigabytes (three tokenizers, 65,536 texts of 5,000 characters each, input and output). xcheck
#: tokenizes a text once a metric, so the memos seldom help; they are emptied whenever this many
#: characters have been scored since the last time, which bounds them to a few tens of megabytes.
TOKENIZER_MEMO_CHARS = 2_000_000

_scored_chars = [0]  # characters scored since the tokenizer memos were last emptied


@functools.cache
def _tokenizer_memos() -> tuple[Callable[[], None], ...]:
    """The ``cache_clear`` of every memoised method of sacrebleu's tokenizer classes (loaded by
    :func:`_metrics`, whose tokenizers are the ones that fill)."""
    _metrics()
    found: list[Callable[[], None]] = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("sacrebleu.tokenizers.") or module is None:
            continue
        for cls in vars(module).values():
            if isinstance(cls, type) and cls.__module__ == name:
                found.extend(v.cache_clear for v in vars(cls).values() if hasattr(v, "cache_clear"))
    return tuple(found)


def _scored(*texts: str) -> None:
    """Count what the tokenizers are about to memoise; empty their memos past the budget."""
    _scored_chars[0] += sum(len(t) for t in texts)
    if _scored_chars[0] > TOKENIZER_MEMO_CHARS:
        _scored_chars[0] = 0
        for clear in _tokenizer_memos():
            clear()


def ter_tokenize(text: str) -> str:
    """TER's preprocessing of one segment (right-stripped, tercom-tokenized), as sacrebleu applies it."""
    _scored(text)
    result: str = _metrics()["ter"]._preprocess_segment(text)
    return result


def segment_stats(metric: MetricName, hypothesis: str, reference: str) -> list[Any]:
    """Sufficient statistics of one segment, equal to what sacrebleu's ``sentence_score`` uses.

    chrF and TER come from :mod:`xcheck.scoring._stats` (the same numbers, computed faster; the
    tests compare them with :func:`sacrebleu_segment_stats`), BLEU from sacrebleu itself.
    """
    if metric != "chrf":
        _scored(hypothesis, reference)
    if metric == "chrf":
        return chrf_stats(hypothesis, reference)
    if metric == "ter":
        return ter_stats(hypothesis, reference, _metrics()["ter"]._preprocess_segment)
    stats: list[list[Any]] = _metrics()["bleu"]._extract_corpus_statistics([hypothesis], [[reference]])
    return stats[0]


def sacrebleu_segment_stats(metric: MetricName, hypothesis: str, reference: str) -> list[Any]:
    """sacrebleu's own statistics of one segment, computed by sacrebleu (the tests' oracle)."""
    _scored(hypothesis, reference)
    stats: list[list[Any]] = _metrics()[metric]._extract_corpus_statistics([hypothesis], [[reference]])
    return stats[0]


def score_from_stats(metric: MetricName, stats: list[float]) -> float:
    """sacrebleu's score (0-100) of ``metric`` from statistics summed over segments."""
    return float(_metrics()[metric]._compute_score_from_stats(stats).score)


def sacrebleu_signature() -> str:
    """The sacrebleu signatures of the three metrics xcheck computes, in one string.

    >>> sacrebleu_signature().startswith("chrF2|nrefs:1|")
    True
    """
    metrics = _metrics()
    parts = (
        ("chrF2", metrics["chrf"]),
        ("BLEU", metrics["bleu"]),
        ("TER", metrics["ter"]),
    )
    return " + ".join(f"{name}|{metric.get_signature().format()}" for name, metric in parts)
