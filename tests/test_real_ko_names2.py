"""Foreign names written in Hangul against their English rendering: what a transcription changes.

A Korean transcription merges r and l, p and f, b and v, and may write a consonant twice across
syllables (맥캔 for McCann); it does not write a consonant of an unrelated class for another. So
a family name that needs one (Pallekty for 팀 폴렌티, k for n) is garbled, a full name whose given
name renders no part of the source's must sound just like one of its parts by its family name
(Ingrid Larsen is not 실비오 베를루스코니), a name without consonants is compared by its vowels
(Oa is not 오에), and a Western name that only sounds like a Korean name by its given name
(Ignacio like 김한수) does not take it from the foreign name it renders. Each golden row has its
neighbour: the faithful name stays silent.
"""

from __future__ import annotations

import pytest

import xcheck
from xcheck.facts.names._cjk_read import name_key_hangul, source_names
from xcheck.facts.names._ko_match import substitutes, vowels_differ

pytest.importorskip("kiwipiepy")


def _names(translation: str, reference: str) -> list[str]:
    result = xcheck.check_pair(translation, reference, lang="en", reference_lang="ko")
    return [f.message for f in result.findings if f.kind == "name"]


BERLUSCONI = "이탈리아의 실비오 베를루스코니 총리는 의회 표결에서 이겼다고 밝혔다."
PAWLENTY = "미네소타주의 팀 폴렌티 주지사는 이번 붕괴를 역사적인 재앙이라고 말했다."
OE = "일본 노벨문학상 수상자 오에 겐자부로 씨는 군사적 야심에 우려를 표명했다."
# 베르세로 is not confirmed as a person (the title after it has a word after it): only a sound
# match, by the given name Ignacio, must not take 김한수 from the deputy minister.
KIM = (
    "김한수 외교통상부 차관이 이끄는 한국 협상단은 이그나시오 가르시아 베르세로 유럽 공동체 "
    "무역국장을 단장으로 하는 협상단과 만난다."
)
MCCANN = "케이트 맥캔 대변인은 경찰의 수사에 감사를 표했다."
# A tagger that does not read 하야티 야지시 (before 보좌관) leaves Erdogan the one source name.
YAZICI = "레젭 타입 에르도간 터키 총리의 하야티 야지시 보좌관은 150여명이 병원에 입원했다고 전했다."
OBAMA = "미국 민주당 대선후보인 버락 오바마 상원 의원이 요르단 수도 암만에 도착했지만 열광하는 분위기는 찾기 힘들었다."
# Kiwi reads 레젭 and 에르도간 apart (타입 is a common noun to it): 레젭 alone must not vouch for
# the whole English name by its given name.
ERDOGAN_CUT = "터키 이스탄불에서 레젭 타입 에르도간 터키 총리를 포함한 수천명이 장례식에 참석했다."
# "Singer Amy Winehouse" is not read as a person's name (a frequent word before it), yet it
# renders 에이미 와인하우스, which leaves the spokesman the one counterpart.
WINEHOUSE = "영국 팝가수 에이미 와인하우스가 런던의 병원에 입원했다고 트레시 밀러 대변인이 밝혔다."
MIDDLE_EAST = "오바마는 아직 중동국가에서 공화당 대선후보인 존 매케인 상원의원보다 우세하다."


@pytest.mark.parametrize(
    ("faithful", "changed", "reference"),
    [
        (
            "Italian Prime Minister Silvio Berlusconi said he had won the vote in parliament.",
            "Italian Prime Minister Ingrid Larsen said she had won the vote in parliament.",
            BERLUSCONI,
        ),
        (
            "Italian Prime Minister Silvio Berlusconi said he had won the vote in parliament.",
            "Italian Prime Minister Silvio Bekkusconi said he had won the vote in parliament.",
            BERLUSCONI,
        ),
        (
            "Governor Tim Pawlenty called the collapse a catastrophe of historic proportions.",
            "Governor Tim Pallekty called the collapse a catastrophe of historic proportions.",
            PAWLENTY,
        ),
        (
            "Nobel laureate Kenzaburo Oe expressed concern over military ambitions.",
            "Nobel laureate Kenzaburo Oa expressed concern over military ambitions.",
            OE,
        ),
        (
            "Deputy Minister Kim Han-soo will meet EU negotiators led by Ignacio Garcia Bercero.",
            "Deputy Minister Jang Woo-sung will meet EU negotiators led by Ignacio Garcia Bercero.",
            KIM,
        ),
        (
            "Spokeswoman Kate McCann thanked the police for their investigation.",
            "Spokeswoman Kate Mddann thanked the police for their investigation.",
            MCCANN,
        ),
        (
            "About 150 people were taken to hospitals, said Hayati Yazici, assistant to Prime Minister Erdogan.",
            "About 150 people were taken to hospitals, said Hayati Yazici, assistant to Prime Minister Daniel Novak.",
            YAZICI,
        ),
        (
            # "Obama-mania" is no second person beside the senator.
            'Sen. Barack Obama toured Amman, where the much talked about "Obama-mania" is not easy to find.',
            'Sen. Thomas Whitfield toured Amman, where the much talked about "Whitfield-mania" is not easy to find.',
            OBAMA,
        ),
        (
            # 중동 (the Middle East) names no one: Marchand does not render it.
            "Obama still fares better than John McCain in those countries.",
            "Obama still fares better than Sophie Marchand in those countries.",
            MIDDLE_EAST,
        ),
        (
            "Thousands were joined by Turkish Prime Minister Recep Tayyip Erdogan at the funerals.",
            "Thousands were joined by Turkish Prime Minister Recep Tayyip Ekbogan at the funerals.",
            ERDOGAN_CUT,
        ),
        (
            "Singer Amy Winehouse was rushed to a London hospital, said her publicist, Tracey Miller.",
            "Singer Amy Winehouse was rushed to a London hospital, said her publicist, Daniel Novak.",
            WINEHOUSE,
        ),
    ],
)
def test_a_changed_foreign_name_is_flagged_and_the_faithful_one_is_not(
    faithful: str, changed: str, reference: str
) -> None:
    assert _names(faithful, reference) == []
    assert _names(changed, reference)


def test_a_consonant_written_twice_across_syllables_counts_once() -> None:
    assert name_key_hangul("맥캔") == "mkn"
    assert name_key_hangul("베를루스코니") == "plskn"


@pytest.mark.parametrize(
    ("spelling", "hangul", "garbled"),
    [
        ("Pawlenty", "폴렌티", False),
        ("Pallekty", "폴렌티", True),  # k for n: another class
        ("Ronaldo", "호날두", False),  # the Portuguese r as h: weak for weak
        ("Altchek", "알프체크", False),  # a consonant added, not replaced
        ("Sarkozy", "사르코지", False),
        ("Sakkoby", "사르코지", True),
    ],
)
def test_an_unrelated_consonant_in_place_of_one_is_another_name(
    spelling: str, hangul: str, garbled: bool
) -> None:
    assert substitutes(spelling, name_key_hangul(hangul)) is garbled


def test_a_name_without_consonants_is_compared_by_its_vowels() -> None:
    assert not vowels_differ("Oe", "오에")
    assert vowels_differ("Oa", "오에")


PERINO_BUSH = (
    "다나 페리노 백악관 대변인은 테러 공격이 부시 대통령의 중동 평화 중재 노력을 가로막을 수 없다고 말했다."
)
OBAMA_SENATOR = "버락 오바마 상원의원은 이란의 핵무장이 중동 전체의 판도를 바꿀 것이라고 말했다."
TWO_SENATORS = "버락 오바마 상원의원과 존 매케인 상원의원은 이번 주 요르단을 방문했다."


@pytest.mark.parametrize(
    ("faithful", "changed", "reference"),
    [
        (
            # The Korean names Bush too; 대변인 says which of the two the spokeswoman is.
            "White House spokeswoman Dana Perino said terror attacks would not stop the peace effort.",
            "White House spokeswoman Thomas Whitfield said terror attacks would not stop the peace effort.",
            PERINO_BUSH,
        ),
        (
            # "Middle East" read as a person leaves two English names; Sen. is the 상원의원.
            "Sen. Barack Obama said a nuclear-armed Iran would change the whole Middle East.",
            "Sen. Richard Coleman said a nuclear-armed Iran would change the whole Middle East.",
            OBAMA_SENATOR,
        ),
    ],
)
def test_a_title_pairs_a_changed_name_with_the_office_holder(
    faithful: str, changed: str, reference: str
) -> None:
    assert _names(faithful, reference) == []
    assert _names(changed, reference)


def test_a_title_two_source_people_hold_pairs_with_neither() -> None:
    # Two senators in the source, one other senator in the English: no counterpart is identified.
    assert _names("Sen. Richard Coleman visited Jordan this week.", TWO_SENATORS) == []


def test_a_whole_name_of_the_tagger_stops_a_name_run() -> None:
    # Kiwi knows 알렉스 퍼거슨 as one name: the club after it is no part of it.
    names = source_names(
        "알렉스 퍼거슨 맨체스터 유나이티드 감독은 호날두에게 이적하지 말라고 경고했다.", "ko"
    )
    assert "알렉스 퍼거슨" in [n.span.text for n in names]
    # Parts the tagger reads one by one are still joined.
    (name,) = source_names("포르투갈의 루이즈 필리페 스콜라리 감독은 말했다.", "ko")[-1:]
    assert name.span.text == "루이즈 필리페 스콜라리"
