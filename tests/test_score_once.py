"""Per-link statistics are computed once (issue 16): the document score sums the statistics the
link scores computed, and gives exactly what recomputing every pair from its texts gave."""

from __future__ import annotations

import math
import random

import pytest

import xcheck
from xcheck._fixtures import observer_network
from xcheck._io import read_references, read_translation
from xcheck.errors import OptionError
from xcheck.scoring import document_fidelity, pair_fidelity, pair_stats
from xcheck.scoring._sacrebleu import METRICS, score_from_stats, segment_stats

KW = {"facts_checked": 3, "statements_total": 5, "statements_covered": 4}


def _old_surface(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    """The computation before issue 16: every pair's statistics recomputed from its texts."""
    if not pairs:
        return 0.0, 0.0, 100.0
    if all(h == r for h, r in pairs):
        return 100.0, 100.0, 0.0
    scores = []
    for metric in METRICS:
        rows = [segment_stats(metric, h, r) for h, r in pairs]
        total = [float(x) for x in rows[0]]
        for row in rows[1:]:
            for i, x in enumerate(row):
                total[i] += x
        scores.append(score_from_stats(metric, total))
    chrf, bleu, ter = scores
    chrf = 0.0 if math.isnan(chrf) else min(100.0, max(0.0, chrf))
    bleu = 0.0 if math.isnan(bleu) else min(100.0, max(0.0, bleu))
    return chrf, bleu, max(0.0, ter)


def _assert_same(pairs: list[tuple[str, str]]) -> None:
    fid = document_fidelity(pairs, [], stats=[pair_stats(t, r) for t, r in pairs], **KW)
    assert (fid.chrf, fid.bleu, fid.ter) == _old_surface(pairs)
    assert fid == document_fidelity(pairs, [], **KW)
    for t, r in pairs:
        one = pair_fidelity(t, r, [], facts_checked=1, stats=pair_stats(t, r))
        assert (one.chrf, one.bleu, one.ter) == _old_surface([(t, r)])


def test_fixture_document_score_is_the_old_computation() -> None:
    translation_path, references_path = observer_network()
    report = xcheck.check(read_translation(translation_path), read_references(references_path))
    by_id = {st.id: st.text for st in report.statements}
    pairs = [
        (
            " ".join(report.sentences[i].text for i in link.translation),
            " ".join(by_id[sid] for sid in link.references),
        )
        for link in report.links
    ]
    assert len(pairs) > 10
    _assert_same(pairs)
    assert (report.fidelity.chrf, report.fidelity.bleu, report.fidelity.ter) == _old_surface(pairs)


@pytest.mark.parametrize("seed", range(12))
def test_random_documents_score_as_before(seed: int) -> None:
    rng = random.Random(seed)
    vocab = "the a troops Korea U.S. withdraw said May 22 4,500 28,500 , . 観察 군 -- $12".split()
    pairs = []
    for _ in range(rng.randint(0, 12)):
        t = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 14)))
        r = t if rng.random() < 0.3 else " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 14)))
        pairs.append((t, r))
    _assert_same(pairs)


def test_stats_must_match_the_pairs() -> None:
    with pytest.raises(OptionError):
        document_fidelity([("a", "b")], [], stats=[], **KW)
