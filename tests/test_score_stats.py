"""The fast chrF and TER statistics against sacrebleu's (the oracle), on generated text:
short and long segments (past TER's beam of 25 words), shifted blocks, punctuation, CJK. sacrebleu's own
statistics come through xcheck.scoring._sacrebleu, the one module that reaches sacrebleu's private methods."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xcheck.scoring._sacrebleu import sacrebleu_segment_stats, ter_tokenize
from xcheck.scoring._stats import chrf_stats, ter_stats, translation_edit_rate

PROPS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

vocab = st.sampled_from(
    ["the", "a", "troops", "Korea", "U.S.", "said", "May", "22", "4,500", ",", ".", '"', "of",
     "in", "to", "Hegseth", "観察者", "주한미군", "-", "(", ")", "$10", "billion"]
)  # fmt: skip


@st.composite
def edited_pairs(draw: st.DrawFn, sizes: tuple[int, ...] = (8, 30, 60)) -> tuple[str, str]:
    """A reference and a hypothesis made from it by substitutions, insertions, deletions and
    block moves (the edits TER's shifts exist for), or an unrelated hypothesis."""
    ref = draw(st.lists(vocab, min_size=0, max_size=draw(st.sampled_from(sizes))))
    if draw(st.integers(0, 9)) == 0:
        hyp = draw(st.lists(vocab, max_size=70))
    else:
        hyp = list(ref)
        for _ in range(draw(st.integers(0, 8))):
            op = draw(st.sampled_from(["sub", "ins", "del", "move"]))
            if op == "ins" or not hyp:
                hyp.insert(draw(st.integers(0, len(hyp))), draw(vocab))
            elif op == "sub":
                hyp[draw(st.integers(0, len(hyp) - 1))] = draw(vocab)
            elif op == "del":
                del hyp[draw(st.integers(0, len(hyp) - 1))]
            else:
                i = draw(st.integers(0, len(hyp) - 1))
                block = hyp[i : i + draw(st.integers(1, 5))]
                del hyp[i : i + len(block)]
                j = draw(st.integers(0, len(hyp)))
                hyp[j:j] = block
    sep = draw(st.sampled_from([" ", "  ", " \t"]))
    return sep.join(hyp), " ".join(ref)


@PROPS
@given(edited_pairs())
def test_ter_stats_equal_sacrebleus(pair: tuple[str, str]) -> None:
    hyp, ref = pair
    expected = sacrebleu_segment_stats("ter", hyp, ref)
    assert ter_stats(hyp, ref, ter_tokenize) == expected


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_pairs(sizes=(150, 250)))
def test_ter_stats_equal_sacrebleus_on_long_segments(pair: tuple[str, str]) -> None:
    """Past the shift distance of 50 words, where only the occurrences of a word near a position
    are visited (issue 18): the same statistics as sacrebleu's."""
    hyp, ref = pair
    assert ter_stats(hyp, ref, ter_tokenize) == sacrebleu_segment_stats("ter", hyp, ref)


@PROPS
@given(edited_pairs())
def test_chrf_stats_equal_sacrebleus(pair: tuple[str, str]) -> None:
    hyp, ref = pair
    assert chrf_stats(hyp, ref) == sacrebleu_segment_stats("chrf", hyp, ref)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_chrf_stats_equal_sacrebleus_on_any_text(hyp: str, ref: str) -> None:
    assert chrf_stats(hyp, ref) == sacrebleu_segment_stats("chrf", hyp, ref)


@pytest.mark.parametrize(
    ("hyp", "ref", "edits"),
    [
        ([], [], 0),
        (["a"], [], 1),
        ([], ["a", "b"], 2),
        (["a", "b", "c"], ["a", "b", "c"], 0),
        (["c", "a", "b"], ["a", "b", "c"], 1),  # one shift
    ],
)
def test_translation_edit_rate_small_cases(hyp: list[str], ref: list[str], edits: int) -> None:
    assert translation_edit_rate(hyp, ref) == (edits, len(ref))
