"""English against Korean alignment: leftover pairs and names written by sound (issue 13).

The sentences are written for these tests (none comes from a benchmark set).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import xcheck
from xcheck._types import Sentence, Statement
from xcheck.align import align
from xcheck.align._index import Profile
from xcheck.align._rescue import BLIND_NOTE, FIGURE_NOTE, LEFTOVER_NOTE, MOVED_NOTE, reassign_cross
from xcheck.lexicon import _bilingual
from xcheck.lexicon._ko_en import glosses_ko

#: A loose rendering: the Korean says what the police believe of the hotel fire and adds what
#: they are checking; the English adds the night of questioning and the spokesman. Three words meet
#: (police, hotel, fire), too few of either side to reach min_score.
FIRE_EN = (
    "Police, who spent the whole night questioning staff and guests, now believe the fire at the "
    "old hotel was started deliberately, a spokesman told local television."
)
FIRE_KO = (
    "경찰은 호텔 화재가 방화였던 것으로 보고 주변 상인들의 진술을 확보하고 있으며 보험 관계도 살피고 있다."
)
#: A loose rendering with an age: the words meet little (star, film, life), and a wrong age (44 for
#: 34) left the pair below the leftover floor, an addition and an omission (issue 13).
STAR_EN = (
    "Though in his case the armour and the mask are only metaphors, the 44-year-old star of the new "
    "film likes to keep his personal life as shadowy as the story of a superhero."
)
STAR_KO = "영화 속 복장과 가면이 비유하듯 새 영화의 스타인 베일(34)도 자신의 사생활을 감추고 싶어한다."
RAIN_EN = "Heavy rain flooded several roads in the capital."
RAIN_KO = "수도에서 폭우로 도로 여러 곳이 물에 잠겼다."


def _sentences(texts: list[str]) -> list[Sentence]:
    out, start = [], 0
    for i, text in enumerate(texts):
        out.append(Sentence(i, start, start + len(text), text))
        start += len(text) + 1
    return out


def test_a_leftover_pair_each_side_matches_best_is_linked() -> None:
    # before: the fire sentence was an addition and its statement an omission
    result = align(
        _sentences([FIRE_EN, RAIN_EN]),
        [Statement("K2", RAIN_KO, lang="ko"), Statement("K1", FIRE_KO, lang="ko")],
    )
    assert {(link.translation, link.references) for link in result.links} == {
        ((0,), ("K1",)),
        ((1,), ("K2",)),
    }
    fire = next(link for link in result.links if link.translation == (0,))
    assert fire.score < 0.2
    assert LEFTOVER_NOTE in fire.evidence
    assert FIGURE_NOTE not in fire.evidence
    assert result.unsupported == ()
    assert result.unrendered == ()


def test_a_leftover_pair_meeting_in_one_word_stays_apart() -> None:
    # "valley" is all they share: the sentence stays an addition, the statement an omission
    result = align(
        _sentences(["Rescue teams reached the valley on Monday."]),
        [Statement("K1", "계곡 주민들은 정부의 늑장 대응에 분노하고 있다.", lang="ko")],
    )
    assert result.links == ()
    assert result.unsupported == (0,)
    assert result.unrendered == ("K1",)


def test_a_name_with_an_inner_capital_is_one_word() -> None:
    # McCain is one name, read by its sound mkn as 매케인 is; before, "Mc" and "Cain" were read apart
    en = {k for _, _, keys in _bilingual.romanised_en("McCain and DeLay spoke.") for k in keys}
    ko = {k for _, _, keys in _bilingual.romanised_ko("매케인이 말했다") for k in keys}
    assert "~mkn" in en & ko
    assert "mccain" in en
    # two ordinary capitalised words are still two words
    words = [keys for _, _, keys in _bilingual.romanised_en("Fu Kunbao met Hai Qing.")]
    assert frozenset({"haiqing"}) in words


def test_a_stem_that_is_also_a_noun_keeps_both_senses_before_a_particle() -> None:
    # 배우 is the noun "actor" and the stem of 배우다 "learn"; before 는 or 로 it may be either
    def keys(text: str) -> set[str]:
        return {k for _, _, found in glosses_ko(text) for k in found}

    assert {"actor", "learn"} <= keys("그 배우는 상을 받았다")
    assert "actor" in keys("그는 배우로 데뷔했다")
    # before a verb ending (배우고: "learning and") it is the verb only
    assert "actor" not in keys("학생들은 영어를 배우고 있다")
    assert "learn" in keys("학생들은 영어를 배우고 있다")


def _langs(*langs: str) -> list[Profile]:
    return [cast(Profile, SimpleNamespace(lang=lang)) for lang in langs]


def test_everyones_second_choice_moves_to_the_statement_nobody_renders() -> None:
    # sentences 0 and 1 (English) both took K0 (Korean, position 0), sentence 0 with the higher
    # score; K1 (position 1) is unrendered and sentence 1 is its best sentence: 1 moves to K1
    def run(score_1_k1: float, best_k1: float) -> tuple[dict[int, list[int]], dict[tuple[int, int], str]]:
        taken = {0: [0], 1: [0]}
        scores = {(0, 0): 0.8, (1, 0): 0.5}
        by_sentence = {0: [(0.8, 0)], 1: [(0.5, 0), (score_1_k1, 1)]}
        moved = reassign_cross(
            taken, scores, by_sentence, _langs("en", "en"), _langs("ko", "ko"), 0.1, [0.8, best_k1]
        )
        return taken, moved

    taken, moved = run(0.3, 0.3)
    assert taken == {0: [0], 1: [1]}
    assert moved == {(1, 1): MOVED_NOTE}
    # K1 has a better sentence elsewhere: sentence 1 keeps K0
    assert run(0.3, 0.4)[0] == {0: [0], 1: [0]}
    # K1 scores under half of what sentence 1 scores K0: it keeps K0
    assert run(0.2, 0.2)[0] == {0: [0], 1: [0]}


def test_the_best_home_of_a_statement_keeps_it() -> None:
    taken = {0: [0], 1: [0]}
    scores = {(0, 0): 0.8, (1, 0): 0.5}
    by_sentence = {0: [(0.8, 0), (0.7, 1)], 1: [(0.5, 0)]}
    moved = reassign_cross(
        taken, scores, by_sentence, _langs("en", "en"), _langs("ko", "ko"), 0.1, [0.8, 0.7]
    )
    assert moved == {}
    assert taken == {0: [0], 1: [0]}
    # and in one script nothing moves (the surface decides there)
    taken = {0: [0], 1: [0]}
    by_sentence = {0: [(0.8, 0)], 1: [(0.5, 0), (0.4, 1)]}
    assert (
        reassign_cross(taken, scores, by_sentence, _langs("en", "en"), _langs("en", "en"), 0.1, [0.8, 0.4])
        == {}
    )


def _check(en: str, ko: str) -> list[tuple[str, str]]:
    statements = [Statement("K2", RAIN_KO, lang="ko"), Statement("K1", ko, lang="ko")]
    result = xcheck.check(en + "\n" + RAIN_EN, statements, lang="en", mode="claims")
    return [(f.kind, f.message) for f in result.findings]


def test_a_leftover_pair_with_a_wrong_age_links_and_the_age_is_a_number_finding() -> None:
    # before: an addition and an omission; the wrong age is what must be reported
    result = align(
        _sentences([STAR_EN, RAIN_EN]),
        [Statement("K2", RAIN_KO, lang="ko"), Statement("K1", STAR_KO, lang="ko")],
    )
    star = next(link for link in result.links if link.translation == (0,))
    assert star.references == ("K1",)
    assert BLIND_NOTE in star.evidence
    assert star.score < 0.1  # the link reports its own score, not the one with the figures aside
    assert _check(STAR_EN, STAR_KO) == [("number", "expected 34 years, found 44 years: value differs by 29%")]
    # the right age: linked, nothing to report
    assert _check(STAR_EN.replace("44", "34"), STAR_KO) == []


def test_an_unrelated_pair_with_an_age_each_stays_apart() -> None:
    # an age each side and the word for years of age is not a rendering
    for en, ko in [
        (STAR_EN, "34세 남성이 교통사고로 숨졌다."),
        ("The 36-year-old woman tried to open a cabin door.", "26살의 여성이 복권에 당첨됐다."),
    ]:
        kinds = sorted(kind for kind, _ in _check(en, ko))
        assert kinds == ["addition", "omission"], (en, ko)
