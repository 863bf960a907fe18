"""Candidate retrieval is sparse (issue 16) and returns exactly what the dense computation did.

The dense oracle below is the retrieval before issue 16: every query's score against every target
(one ``bincount`` over a query x target block), the ``k`` best positive scores by (-score,
position). The sparse index must give the same lists on random documents, same script and across
scripts, with small and large ``k`` and ``max_df`` cuts that bite.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from xcheck.align import read_text
from xcheck.align._index import Index, Profile, build_profiles

WORDS = (
    "troops Korea Seoul withdraw Pentagon said May June 22 4,500 28,500 Hegseth bank rates rose fell "
    "percent company shares profit quarter minister talks Beijing 美国 军队 韩国 撤出 银行 利率"
).split()


def _dense(index: Index, queries: list[Profile], *, k: int, cross: bool) -> list[list[int]]:
    m = index.size
    out = []
    inv_norm = index.cross_inv_norm if cross and index.bridge is not None else index.inv_norm
    for q in queries:
        kids = q.key_ids
        if cross and len(kids):
            keep = index.is_anchor[kids]
            if index.bridge is not None:
                keep |= index.bridge[kids]
            kids = kids[keep]
        elif index.bridge is not None and len(kids):
            kids = kids[~index.bridge[kids]]
        cells, weights = [], []
        for kid in kids.tolist():
            posting = index.flat[index.offsets[kid] : index.offsets[kid + 1]]
            cells.append(posting)
            weights.append(np.full(len(posting), index.key_weight[kid]))
        if not cells or not sum(len(c) for c in cells):
            out.append([])
            continue
        acc = np.bincount(np.concatenate(cells), weights=np.concatenate(weights), minlength=m)
        scores = acc * inv_norm
        ranked = sorted((-s, j) for j, s in enumerate(scores.tolist()) if s > 0)
        out.append([j for _, j in ranked[:k]])
    return out


def _texts(rng: random.Random, n: int, langs: tuple[str, ...]) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        lang = rng.choice(langs)
        pool = [w for w in WORDS if (w.isascii()) == (lang == "en")] + ["4,500", "22", "28,500"]
        words = [rng.choice(pool) for _ in range(rng.randint(1, 9))]
        out.append((" ".join(words) if lang == "en" else "".join(words), lang))
    return out


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize(("k", "max_df"), [(1, 3), (3, 100), (8, 5)])
def test_sparse_retrieval_equals_dense(seed: int, k: int, max_df: int) -> None:
    rng = random.Random(seed)
    langs = ("en", "zh") if seed % 2 else ("en",)
    texts = _texts(rng, 60, langs)
    profiles, weights = build_profiles(texts, [read_text(t, lang) for t, lang in texts], anchor_weight=3.0)
    queries, targets = profiles[:25], profiles[25:]
    for lang in sorted({p.lang for p in targets}):
        group = [p for p in targets if p.lang == lang]
        index = Index(group, weights, max_df=max_df)
        for q_lang in sorted({p.lang for p in queries}):
            qs = [p for p in queries if p.lang == q_lang]
            cross = q_lang != lang
            assert index.query_many(qs, k=k, cross=cross, block=7) == _dense(index, qs, k=k, cross=cross)
