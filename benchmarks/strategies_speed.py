"""How long generating and checking 1,000 examples of xcheck.strategies takes.

Generates perturbation examples (a reference sentence and a translation with one fact changed, random
facts in random forms, English, Chinese and Korean, same- and cross-language) with hypothesis, checks
each pair with ``xcheck.check_pair`` (with the bundled glossary, so names are compared across
languages), and times sacrebleu's ``sentence_chrf`` on the same pairs in the same process as the
baseline. Also reports how many perturbations were caught with the expected kind on the changed span.
Needs no benchmark data.

    .venv/bin/python benchmarks/strategies_speed.py [--examples 1000] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
import time

import sacrebleu
from hypothesis import HealthCheck, Phase, given, seed, settings

from xcheck._check import check_pair
from xcheck._types import PairResult
from xcheck.facts.names import default_glossary
from xcheck.strategies import Perturbation, perturbations


def generate(count: int, rng_seed: int) -> list[Perturbation]:
    """``count`` perturbation examples, one language setting after another (same language, cross-language)."""
    out: list[Perturbation] = []
    plans = [
        (["en"], None),
        (["zh"], None),
        (["ko"], None),
        (["en"], ["zh", "ko"]),
        (["zh", "ko"], ["en"]),
    ]
    share = -(-count // len(plans))
    for langs, reference_langs in plans:
        wanted = min(share, count - len(out))

        @seed(rng_seed)
        @settings(
            max_examples=wanted,
            database=None,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(perturbations(langs, reference_langs))  # type: ignore[arg-type]
        def collect(p: Perturbation) -> None:
            out.append(p)

        collect()
    return out[:count]


def caught(p: Perturbation, findings: tuple[object, ...]) -> bool:
    span = p.span
    for f in findings:
        t = getattr(f, "translation", None)
        if getattr(f, "kind", None) == p.kind and t is not None and t.start < span.end and span.start < t.end:
            return True
    return False


def check_example(p: Perturbation) -> PairResult:
    """check_pair on one example, with the bundled glossary (so names are compared across languages)."""
    return check_pair(
        p.translation.text,
        p.reference.text,
        lang=p.translation.lang,
        reference_lang=p.reference.lang,
        glossary=default_glossary(),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    random.seed(args.seed)

    check_pair("warm-up: 3 troops on May 2.", "warm-up: 4 troops on May 2.")  # imports, glossary, regexes
    sacrebleu.sentence_chrf("warm-up", ["warm-up"])

    t0 = time.perf_counter()
    examples = generate(args.examples, args.seed)
    t1 = time.perf_counter()
    results = [check_example(p) for p in examples]
    t2 = time.perf_counter()
    for p in examples:
        sacrebleu.sentence_chrf(p.translation.text, [p.reference.text])
    t3 = time.perf_counter()

    n = len(examples)
    gen, check, chrf = t1 - t0, t2 - t1, t3 - t2
    hits = sum(caught(p, r.findings) for p, r in zip(examples, results, strict=True))
    print(f"examples: {n} perturbations (en, zh, ko, en->zh|ko, zh|ko->en), seed {args.seed}")
    print(f"generate (hypothesis + xcheck.strategies): {gen:.2f} s ({1000 * gen / n:.2f} ms/example)")
    print(f"check_pair:                                {check:.2f} s ({1000 * check / n:.2f} ms/pair)")
    print(f"generate + check:                          {gen + check:.2f} s")
    print(f"sacrebleu sentence_chrf (baseline):        {chrf:.2f} s ({1000 * chrf / n:.2f} ms/pair)")
    print(f"ratio check_pair / chrF:                   {check / chrf:.1f}x")
    print(f"ratio (generate + check) / chrF:           {(gen + check) / chrf:.1f}x")
    share = f"{100 * hits / n:.1f}%"
    print(f"perturbations caught with kind and span:   {hits}/{n} ({share}, known parser gaps included)")


if __name__ == "__main__":
    main()
