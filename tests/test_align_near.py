"""Near anchors: a wrong figure or date still aligns a sentence with its cross-script statement."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from xcheck._types import Sentence, Statement
from xcheck.align import Alignment, align
from xcheck.align._anchors import near_anchors, round_significant


def sentences_of(texts: list[str]) -> list[Sentence]:
    """Sentences with exact offsets in the texts joined by single spaces."""
    out, pos = [], 0
    for i, text in enumerate(texts):
        out.append(Sentence(i, pos, pos + len(text), text, "claim"))
        pos += len(text) + 1
    return out


def pairs(alignment: Alignment) -> set[tuple[int, str]]:
    return {(i, sid) for link in alignment.links for i in link.translation for sid in link.references}


def test_round_significant() -> None:
    assert round_significant(28_500) == 29_000
    assert round_significant(28_499) == 28_000
    assert round_significant(4_500) == 4_500
    assert round_significant(1.52e12) == 1.5e12
    assert round_significant(-2_850) == -2_900
    assert round_significant(0) == 0


def test_near_anchor_rules() -> None:
    near = near_anchors({"number:28500", "number:29000", "date:05-23", "date:2024-05"})
    assert near == {"~number:29000", "~date:05"}
    # small numbers and years give none: 25 % and 26 % are different facts
    assert near_anchors({"number:25", "number:26", "number:2025", "year:2025"}) == set()
    # the exact figure carries its near anchor too, so exact always shares more than near
    assert near_anchors({"number:4500"}) == {"~number:4500"}


REFS = [
    Statement("Z1", "据《华尔街日报》5月22日报道，五角大楼正考虑从韩国撤出约4500名美军。", lang="zh"),
    Statement("Z2", "驻韩美军约有2.85万人。", lang="zh"),
    Statement("K1", "국방부는 5월 23일 주한미군 감축에 대해 논의한 바 없다고 밝혔다.", lang="ko"),
]
TRANSLATION = [
    "The Wall Street Journal reported on May 22 that the Pentagon is considering pulling about 4,500 "
    "troops from South Korea.",
    "About 29,000 US troops are stationed in South Korea.",
    "The ministry said on May 24 that there had been no discussion of cutting USFK.",
]


def test_wrong_figure_and_date_link_across_scripts() -> None:
    result = align(sentences_of(TRANSLATION), REFS)
    assert pairs(result) == {(0, "Z1"), (1, "Z2"), (2, "K1")}
    assert not result.unrendered
    assert not result.unsupported
    by_sentence = {link.translation: link for link in result.links}
    assert "~number:29000" in by_sentence[(1,)].evidence
    assert "~date:05" in by_sentence[(2,)].evidence


def test_exact_figure_beats_near_figure_across_scripts() -> None:
    sents = sentences_of(["About 29,000 US troops are stationed in South Korea."])
    refs = [
        Statement("A", "驻韩美军约有2.85万人。", lang="zh"),
        Statement("B", "驻韩美军约有2.9万人。", lang="zh"),
    ]
    assert pairs(align(sents, refs)) == {(0, "B")}
    sents = sentences_of(["About 28,500 US troops are stationed in South Korea."])
    assert pairs(align(sents, refs)) == {(0, "A")}


def _far(value: int, others: list[int]) -> bool:
    """Whether ``value`` is more than 30 % away from every value of ``others``."""
    return all(max(value, o) > 1.3 * min(value, o) for o in others)


@settings(max_examples=25, deadline=None)
@given(
    value=st.integers(1_000, 990_000).filter(lambda v: round_significant(v) != v),
    others=st.lists(st.integers(1_000, 990_000), min_size=1, max_size=3),
    lang=st.sampled_from(["zh", "ko"]),
)
def test_rounded_wrong_figure_links_to_its_statement(value: int, others: list[int], lang: str) -> None:
    """The translation gives the figure at two significant figures (a wrong, rounded figure):
    it still links to the statement with the precise figure, not to one with another figure."""
    others = [o for o in others if _far(o, [value])]
    others = [o for k, o in enumerate(others) if _far(o, others[:k])]
    unit = "人" if lang == "zh" else "명"
    refs = [Statement("T", f"{value}{unit}", lang=lang)]
    refs += [Statement(f"D{k}", f"{o}{unit}", lang=lang) for k, o in enumerate(others)]
    wrong = int(round_significant(value))
    sents = sentences_of([f"About {wrong:,} people were there."])
    result = align(sents, refs)
    assert pairs(result) == {(0, "T")}


@settings(max_examples=25, deadline=None)
@given(
    month=st.integers(1, 12),
    day=st.integers(1, 27),
    shift=st.sampled_from([-1, 1]),
    other_month=st.integers(1, 12),
    lang=st.sampled_from(["zh", "ko"]),
)
def test_wrong_day_links_to_the_statement_of_that_month(
    month: int, day: int, shift: int, other_month: int, lang: str
) -> None:
    """A date with the wrong day still links to the statement dated in that month, not to one
    dated in another month, when both name the same entity."""
    if other_month == month:
        other_month = month % 12 + 1
    if lang == "zh":
        refs = [
            Statement("A", f"{month}月{day + 1}日，驻韩美军发表声明。", lang="zh"),
            Statement("B", f"{other_month}月{day + 1}日，驻韩美军发表声明。", lang="zh"),
        ]
    else:
        refs = [
            Statement("A", f"{month}월 {day + 1}일 주한미군은 성명을 발표했다.", lang="ko"),
            Statement("B", f"{other_month}월 {day + 1}일 주한미군은 성명을 발표했다.", lang="ko"),
        ]
    months = "January February March April May June July August September October November December".split()
    sents = sentences_of([f"USFK issued a statement on {months[month - 1]} {day + 1 + shift}."])
    result = align(sents, refs)
    assert pairs(result) == {(0, "A")}
    assert result.unrendered == ("B",)


def test_latin_name_inside_a_cjk_statement_keeps_scores_in_range() -> None:
    """Across scripts name anchors count neither in the totals nor in what is shared."""
    sents = sentences_of(["Trump said about 29,000 US troops are stationed in South Korea."])
    refs = [Statement("Z", "Trump表示，驻韩美军约有2.85万人。", lang="zh")]
    result = align(sents, refs)
    assert pairs(result) == {(0, "Z")}
    assert all(0.0 <= link.score <= 1.0 for link in result.links)


def test_a_wrong_figure_does_not_join_a_statement_that_shares_only_that_figure() -> None:
    """ "2,000 times" for 1,000배 matches another statement's 2000여채, which shares no word or name
    with the sentence: that statement stays unrendered, and the figure is a number finding."""
    import xcheck

    text = (
        "The mammoth computer is 2,000 times more powerful than Deep Blue, which beat Garry Kasparov in 1997."
    )
    statements = [
        Statement(
            "S1",
            "이 거대한 컴퓨터는 1997년에 개리 카스파로프를 물리쳤던 Deep Blue보다 1,000배나 더 강력한 것이다.",
            lang="ko",
        ),
        Statement("S2", "당국은 태풍으로 인한 홍수로 가옥 2000여채가 피해를 입었다고 밝혔다.", lang="ko"),
    ]
    report = xcheck.check(text, statements, lang="en")
    assert [(link.translation, link.references) for link in report.links] == [((0,), ("S1",))]
    (number,) = [f for f in report.findings if f.kind == "number"]
    assert number.severity == "major"
    assert number.translation is not None
    assert text[number.translation.start : number.translation.end].startswith("2,000")
    assert any(f.kind == "omission" and "S2" in f.message for f in report.findings)
