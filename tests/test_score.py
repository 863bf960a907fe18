"""Fidelity scores: the properties of issue 6 (perfect copy 1.0, an added error never raises a
score, statement order never matters), agreement with sacrebleu, and the system comparison."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sacrebleu.metrics.bleu import BLEU
from sacrebleu.metrics.chrf import CHRF
from sacrebleu.metrics.ter import TER

from xcheck._types import FINDING_KINDS, SEVERITIES, Fidelity, Finding, Span
from xcheck.errors import OptionError, XcheckError
from xcheck.scoring import (
    FACT_PER_FACT,
    SEVERITY_WEIGHTS,
    SURFACE_WEIGHT,
    compare_pair_results,
    compare_systems,
    document_fidelity,
    fact_penalty,
    fact_score,
    overall_score,
    pair_fidelity,
    rescore,
    sacrebleu_signature,
)

PROPS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

words = st.sampled_from(
    "the a troops Korea U.S. withdraw Pentagon said May 22 4,500 28,500 Hegseth 観察 군 .".split()
)
sentences = st.lists(words, min_size=0, max_size=10).map(" ".join)
any_text = st.text(max_size=40)
findings_st = st.builds(
    Finding,
    id=st.text("abc0123", min_size=1, max_size=5).map(lambda s: f"XC-{s}"),
    kind=st.sampled_from(FINDING_KINDS),
    severity=st.sampled_from(SEVERITIES),
    message=st.just("m"),
    translation=st.none() | st.just(Span(0, 1, "x")),
    reference=st.none(),
    expected=st.none(),
    found=st.none(),
    confidence=st.floats(0.0, 1.0),
)
finding_lists = st.lists(findings_st, max_size=6)


def _check_ranges(fid: Fidelity) -> None:
    assert 0.0 <= fid.overall <= 1.0
    assert 0.0 <= fid.facts <= 1.0
    assert 0.0 <= fid.coverage <= 1.0
    assert 0.0 <= fid.chrf <= 100.0
    assert 0.0 <= fid.bleu <= 100.0
    assert fid.ter >= 0.0
    assert fid.overall <= fid.facts
    assert fid.overall <= fid.coverage


# -- perfect copy -------------------------------------------------------------------------------


@PROPS
@given(any_text, st.integers(0, 20))
def test_perfect_copy_scores_one(text: str, facts: int) -> None:
    fid = pair_fidelity(text, text, [], facts_checked=facts)
    assert fid.overall == 1.0
    assert (fid.chrf, fid.bleu, fid.ter, fid.facts, fid.coverage) == (100.0, 100.0, 0.0, 1.0, 1.0)


@PROPS
@given(st.lists(any_text, min_size=1, max_size=6))
def test_perfect_document_scores_one(texts: list[str]) -> None:
    pairs = [(t, t) for t in texts]
    fid = document_fidelity(
        pairs, [], facts_checked=3, statements_total=len(texts), statements_covered=len(texts)
    )
    assert fid.overall == 1.0


# -- an added error never raises a score --------------------------------------------------------


@PROPS
@given(sentences, sentences, finding_lists, findings_st, st.integers(0, 10))
def test_adding_a_finding_never_raises_pair_scores(
    hyp: str, ref: str, findings: list[Finding], extra: Finding, facts: int
) -> None:
    before = pair_fidelity(hyp, ref, findings, facts_checked=facts)
    after = pair_fidelity(hyp, ref, [*findings, extra], facts_checked=facts)
    _check_ranges(before)
    _check_ranges(after)
    assert after.facts <= before.facts
    assert after.overall <= before.overall
    assert (after.chrf, after.bleu, after.ter) == (before.chrf, before.bleu, before.ter)


@PROPS
@given(
    st.lists(st.tuples(sentences, sentences), max_size=5),
    finding_lists,
    findings_st,
    st.integers(0, 10),
    st.integers(0, 6),
    st.data(),
)
def test_adding_a_finding_never_raises_document_scores(
    pairs: list[tuple[str, str]],
    findings: list[Finding],
    extra: Finding,
    facts: int,
    total: int,
    data: st.DataObject,
) -> None:
    covered = data.draw(st.integers(0, total))
    kw = {"facts_checked": facts, "statements_total": total, "statements_covered": covered}
    before = document_fidelity(pairs, findings, **kw)
    after = document_fidelity(pairs, [*findings, extra], **kw)
    _check_ranges(before)
    _check_ranges(after)
    assert after.facts <= before.facts
    assert after.overall <= before.overall
    # One statement fewer covered (an omission) never raises a score either.
    if covered:
        less = document_fidelity(pairs, findings, **{**kw, "statements_covered": covered - 1})
        assert less.overall <= before.overall
        assert less.coverage <= before.coverage


@PROPS
@given(finding_lists, findings_st, st.integers(0, 30))
def test_fact_score_is_monotone(findings: list[Finding], extra: Finding, facts: int) -> None:
    base = fact_score(findings, facts)
    assert 0.0 <= base <= 1.0
    assert fact_score([*findings, extra], facts) <= base
    # Checking more facts with the same findings never lowers the score.
    assert fact_score(findings, facts + 1) >= base


def test_fact_score_formula() -> None:
    def finding(sev: str, conf: float = 1.0) -> Finding:
        return Finding("x", "number", sev, "m", None, None, confidence=conf)  # type: ignore[arg-type]

    assert fact_score([], 0) == 1.0
    assert fact_score([finding("minor")], 1) == pytest.approx(1 - 1 / FACT_PER_FACT)
    assert fact_score([finding("major")], 1) == 0.0
    assert fact_score([finding("critical")], 4) == pytest.approx(1 - 10 / (4 * FACT_PER_FACT))
    assert fact_score([finding("major", 0.5)], 2) == pytest.approx(1 - 2.5 / 10)
    assert fact_score([finding("major", 0.0)], 2) == 1.0
    assert fact_penalty([finding("minor"), finding("major")]) == 6.0
    assert SEVERITY_WEIGHTS == {"minor": 1.0, "major": 5.0, "critical": 10.0}


def test_overall_formula() -> None:
    assert overall_score(1.0, 1.0, 100.0) == 1.0
    assert overall_score(0.5, 0.8, 50.0) == pytest.approx(0.5 * 0.8 * (1 - SURFACE_WEIGHT * 0.5))
    assert overall_score(1.0, 1.0, 0.0) == pytest.approx(1 - SURFACE_WEIGHT)
    assert overall_score(1.0, 1.0, 0.0, surface_weight=0.0) == 1.0


def test_document_leaves_omissions_to_coverage() -> None:
    omission = Finding("o", "omission", "major", "m", None, None)
    pairs = [("a b c", "a b c")]
    kw = {"facts_checked": 2, "statements_total": 2, "statements_covered": 1}
    with_omission = document_fidelity(pairs, [omission], **kw)
    without = document_fidelity(pairs, [], **kw)
    assert with_omission == without
    assert with_omission.coverage == 0.5
    # A pair has no coverage of its own: there the omission costs facts.
    assert pair_fidelity("a", "a", [omission], facts_checked=2).facts < 1.0


# -- order never matters ------------------------------------------------------------------------


@PROPS
@given(
    st.lists(st.tuples(sentences, sentences), min_size=1, max_size=6),
    finding_lists,
    st.randoms(use_true_random=False),
)
def test_document_scores_ignore_order(
    pairs: list[tuple[str, str]], findings: list[Finding], rnd: random.Random
) -> None:
    kw = {"facts_checked": 7, "statements_total": len(pairs) + 1, "statements_covered": len(pairs)}
    a = document_fidelity(pairs, findings, **kw)
    shuffled_pairs, shuffled_findings = list(pairs), list(findings)
    rnd.shuffle(shuffled_pairs)
    rnd.shuffle(shuffled_findings)
    b = document_fidelity(shuffled_pairs, shuffled_findings, **kw)
    for field in ("overall", "chrf", "bleu", "ter", "facts", "coverage"):
        assert math.isclose(getattr(a, field), getattr(b, field), rel_tol=1e-12, abs_tol=1e-12)


# -- agreement with sacrebleu (the oracle) ------------------------------------------------------

ORACLE_CHRF = CHRF()
ORACLE_BLEU = BLEU(effective_order=True)
ORACLE_TER = TER()


@PROPS
@given(sentences, sentences)
def test_pair_scores_are_sacrebleus_sentence_scores(hyp: str, ref: str) -> None:
    fid = pair_fidelity(hyp, ref, [], facts_checked=0)
    if hyp == ref:
        return  # a perfect copy is 100/100/0 by definition, also for empty text
    assert fid.chrf == pytest.approx(ORACLE_CHRF.sentence_score(hyp, [ref]).score, abs=1e-9)
    assert fid.bleu == pytest.approx(min(100.0, ORACLE_BLEU.sentence_score(hyp, [ref]).score), abs=1e-9)
    assert fid.ter == pytest.approx(ORACLE_TER.sentence_score(hyp, [ref]).score, abs=1e-9)


@PROPS
@given(st.lists(st.tuples(sentences, sentences), min_size=1, max_size=6))
def test_document_scores_are_sacrebleus_corpus_scores(pairs: list[tuple[str, str]]) -> None:
    if all(h == r for h, r in pairs):
        return
    hyps = [h for h, _ in pairs]
    refs = [[r for _, r in pairs]]
    fid = document_fidelity(
        pairs, [], facts_checked=0, statements_total=len(pairs), statements_covered=len(pairs)
    )
    assert fid.chrf == pytest.approx(CHRF().corpus_score(hyps, refs).score, abs=1e-9)
    expected_bleu = BLEU(effective_order=True).corpus_score(hyps, refs).score
    assert fid.bleu == pytest.approx(min(100.0, expected_bleu), abs=1e-9)
    assert fid.ter == pytest.approx(TER().corpus_score(hyps, refs).score, abs=1e-9)


def test_empty_document_has_defined_scores() -> None:
    fid = document_fidelity([], [], facts_checked=0, statements_total=3, statements_covered=0)
    assert (fid.chrf, fid.bleu, fid.ter, fid.coverage, fid.overall) == (0.0, 0.0, 100.0, 0.0, 0.0)
    nothing = document_fidelity([], [], facts_checked=0, statements_total=0, statements_covered=0)
    assert nothing.coverage == 1.0


def test_signature_names_the_three_metrics() -> None:
    sig = sacrebleu_signature()
    assert sig.startswith("chrF2|nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:")
    assert "BLEU|nrefs:1|case:mixed|eff:yes|tok:13a|smooth:exp|version:" in sig
    assert "TER|nrefs:1|case:lc|tok:tercom" in sig
    assert sacrebleu_signature() == sig


@pytest.mark.parametrize(
    "kwargs",
    [
        {"facts_checked": -1, "statements_total": 1, "statements_covered": 1},
        {"facts_checked": 1, "statements_total": 1, "statements_covered": 2},
        {"facts_checked": 1, "statements_total": -1, "statements_covered": 0},
        {"facts_checked": 1.5, "statements_total": 1, "statements_covered": 1},
    ],
)
def test_bad_counts_raise_option_error(kwargs: dict[str, object]) -> None:
    with pytest.raises(OptionError) as info:
        document_fidelity([("a", "a")], [], **kwargs)  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, XcheckError)


def test_bad_severity_and_weight_raise_option_error() -> None:
    bad = Finding("x", "number", "fatal", "m", None, None)  # type: ignore[arg-type]
    with pytest.raises(OptionError, match="fatal"):
        fact_score([bad], 1)
    with pytest.raises(OptionError, match="surface_weight"):
        overall_score(1.0, 1.0, 50.0, surface_weight=1.5)


@PROPS
@given(finding_lists, st.integers(0, 10))
def test_rescore_matches_a_fresh_score(findings: list[Finding], facts: int) -> None:
    pairs = [("the troops said", "the troops said May 22")]
    kw = {"facts_checked": facts, "statements_total": 3, "statements_covered": 2}
    full = document_fidelity(pairs, findings, **kw)
    fewer = findings[: len(findings) // 2]
    assert rescore(full, fewer) == document_fidelity(pairs, fewer, **kw)
    pair = pair_fidelity(*pairs[0], findings, facts_checked=facts)
    assert rescore(pair, fewer, document=False) == pair_fidelity(*pairs[0], fewer, facts_checked=facts)


# -- system comparison --------------------------------------------------------------------------


def _systems(n: int = 40, seed: int = 3) -> tuple[list[str], list[str], list[str]]:
    rnd = random.Random(seed)
    vocab = "the a troops Korea US south withdraw Pentagon said May 22 of in to 4,500".split()
    refs = [" ".join(rnd.choice(vocab) for _ in range(rnd.randint(4, 12))) for _ in range(n)]

    def noisy(s: str, p: float) -> str:
        return " ".join(w if rnd.random() > p else rnd.choice(vocab) for w in s.split())

    return refs, [noisy(r, 0.5) for r in refs], [noisy(r, 0.05) for r in refs]


def test_the_better_system_wins() -> None:
    refs, bad, good = _systems()
    c = compare_systems(refs, bad, good, names=("bad", "good"), n_samples=300)
    assert c.winner == "b"
    assert c.primary == "chrf"
    chrf = c.metric("chrf")
    assert chrf.b > chrf.a
    assert chrf.delta_low > 0
    assert c.metric("ter").better == "b"  # lower TER is better
    assert "more faithful by chrf: good" in c.format()
    swapped = compare_systems(refs, good, bad, n_samples=300)
    assert swapped.winner == "a"


def test_identical_systems_tie() -> None:
    refs, bad, _ = _systems(20)
    c = compare_systems(refs, bad, list(bad), n_samples=200)
    assert c.winner == "tie"
    for m in c.metrics:
        assert m.delta == 0.0
        assert m.better == "tie"


def test_comparison_matches_sacrebleu_paired_bootstrap(monkeypatch: pytest.MonkeyPatch) -> None:
    from sacrebleu.significance import PairedTest

    refs, a, b = _systems(50, seed=9)
    b = [" ".join(w for w in s.split()[:-1]) or s for s in b]  # make it close to a contest
    c = compare_systems(refs, a, b, n_samples=500, seed=12345)
    monkeypatch.setenv("SACREBLEU_SEED", "12345")
    metrics = {"chrf": CHRF(), "bleu": BLEU(effective_order=True), "ter": TER()}
    test = PairedTest([("baseline", a), ("b", b)], metrics, references=[refs], test_type="bs", n_samples=500)
    _, results = test()
    for name in ("chrf", "bleu", "ter"):
        key = {"chrf": "chrF2", "bleu": "BLEU", "ter": "TER"}[name]
        base, system = results[key]
        m = c.metric(name)
        assert m.a == pytest.approx(base.score, abs=1e-6)
        assert m.b == pytest.approx(system.score, abs=1e-6)
        assert m.b_mean == pytest.approx(system.mean, abs=1e-3)
        assert m.b_ci == pytest.approx(system.ci, abs=1e-3)
        assert m.p_value == pytest.approx(system.p_value, abs=0.01)


def test_comparison_with_facts_uses_overall() -> None:
    refs, a, b = _systems(30)
    major = Finding("x", "number", "major", "m", None, None)
    facts_a = [([major], 2) if i % 2 else ([], 2) for i in range(30)]
    facts_b = [([], 2) for _ in range(30)]
    # b is also closer on the surface; a carries major errors in half of its pairs.
    c = compare_systems(refs, a, b, facts_a=facts_a, facts_b=facts_b, n_samples=300)
    assert c.primary == "overall"
    assert c.metric("facts").a == pytest.approx(1 - 15 * 5 / (5 * 60))
    assert c.metric("facts").b == 1.0
    assert c.winner == "b"


@pytest.mark.parametrize(
    ("args", "kwargs", "match"),
    [
        ((["a"], ["a", "b"], ["a"]), {}, "one segment per reference"),
        (([], [], []), {}, "zero segments"),
        ((["a"], ["a"], ["a"]), {"n_samples": 0}, "n_samples"),
        ((["a"], ["a"], ["a"]), {"alpha": 1.0}, "alpha"),
        ((["a"], ["a"], ["a"]), {"facts_a": [([], 1)]}, "both systems"),
        ((["a"], ["a"], ["a"]), {"facts_a": [], "facts_b": []}, "entries"),
    ],
)
def test_comparison_rejects_bad_input(
    args: tuple[list[str], list[str], list[str]], kwargs: dict[str, object], match: str
) -> None:
    with pytest.raises(OptionError, match=match):
        compare_systems(*args, **kwargs)  # type: ignore[arg-type]


def test_compare_pair_results_uses_each_pairs_findings() -> None:
    from xcheck._types import PairResult

    refs, bad, good = _systems(30, seed=5)
    major = Finding("x", "number", "major", "m", None, None)

    def results(texts: list[str], wrong: bool) -> list[PairResult]:
        out = []
        for t, r in zip(texts, refs, strict=True):
            findings = [major] if wrong else []
            fid = pair_fidelity(t, r, findings, facts_checked=1)
            out.append(PairResult(t, r, tuple(findings), fid))
        return out

    c = compare_pair_results(results(bad, True), results(good, False), n_samples=200)
    assert c.primary == "overall"
    assert c.winner == "b"
    assert c.metric("facts").a == 0.0
    with pytest.raises(OptionError, match="pairs"):
        compare_pair_results(results(bad, True)[:3], results(good, False), n_samples=10)
    shifted = results(good, False)
    shifted[0] = PairResult("x", "other reference", (), shifted[0].fidelity)
    with pytest.raises(OptionError, match="different references"):
        compare_pair_results(results(bad, True), shifted, n_samples=10)


def test_bootstrap_in_blocks_draws_the_same_resamples(monkeypatch: pytest.MonkeyPatch) -> None:
    from xcheck.scoring import _significance

    refs, a, b = _systems(25, seed=4)
    whole = compare_systems(refs, a, b, n_samples=120)
    monkeypatch.setattr(_significance, "_BOOTSTRAP_CELLS", 25 * 7)  # blocks of 7 resamples
    blocks = compare_systems(refs, a, b, n_samples=120)
    assert blocks == whole
