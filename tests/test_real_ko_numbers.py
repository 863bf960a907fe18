"""False alarms of Korean number reading on the Korean-English news set (koen dev), each with a
neighbour where a real change must still be found.

Each FAITHFUL row is a faithful English rendering of its Korean source (cut from the real pair)
and a message fragment that must not appear among its fact findings; each CHANGED row changes
the fact and names a fragment of the finding that must appear.
"""

from __future__ import annotations

import pytest

import xcheck
from xcheck.facts.quantities import extract_quantities

FACT_KINDS = {"number", "date", "time"}

# (English translation, Korean source, message fragment that must not appear)
FAITHFUL = [
    # a verb after the number and its particle bounds it: 넘어설 is "surpass" (koen 261)
    (
        "Raghela said the number of injuries surpassed 200.",
        "라겔라는 부상자가 200명을 넘어설 수 있다고 주장했다.",
        "qualifier added",
    ),
    ("Prices stayed above 30%.", "가격은 30%를 웃돌고 있다.", "qualifier added"),
    ("More than 150 people were injured.", "150명이 넘는 사람이 다쳤다.", "qualifier added"),
    # a range with ~ carries the percent sign on both ends; a share in words with "about" is the
    # round percent it is rendered by (koen 317)
    (
        "They are known to decrease libido in about a third to a half of women.",
        "우울증 치료제는 30%~50% 여성들의 성욕을 감퇴하게 만든다.",
        "30%",
    ),
    # 2, 3년: a rough range of two or three years, "a couple years" (koen 56)
    (
        "A couple years ago it was just a piece of technology that nobody really cared about.",
        "2, 3년 전만해도 암호화는 아무도 관심을 두지 않는 단편적인 기술에 불과했습니다.",
        "years",
    ),
    # square feet, acres and the Korean 평방 units are areas (koen 369: 10,500 sq ft is 975 m²)
    (
        "Each summer, workers spread out a 10,500-square-foot reflector over the glacier.",
        "매년 여름이면 작업자들은 975 m²의 공간에 반사경을 설치하고 있다.",
        "10,500",
    ),
    ("The fire scorched 7,400 acres of forest.", "불은 숲 3,000헥타르를 태웠다.", "acre"),
    # a month and day before a noun naming an event is its date (koen 858, 601)
    (
        "The delegation will go to Pyongyang for the fifth anniversary June 15 of the summit, "
        "the two sides agreed.",
        "대표단이 6.15 남북공동선언 발표 5주년 기념식에 참석하기 위해 북한을 방문한다.",
        "6.15",
    ),
    (
        "The ads would be up during the seventh anniversary of the September 11 attacks.",
        "9/11 테러 사건 7주년 추모기간 동안 광고가 설치되어 있을 것이다.",
        "missing 9",
    ),
]

CHANGED = [
    # a bound against no bound is still a (minor) difference (koen 531), and the opposite one too
    (
        "At least 10 people were killed and more than 200 injured.",
        "최소 10명이 숨지고 200명이 다쳤다.",
        "qualifier added",
    ),
    ("The number of injuries fell short of 200.", "부상자가 200명을 넘어설 수 있다.", "opposite bound"),
    (
        "Raghela said the number of injuries surpassed 300.",
        "부상자가 200명을 넘어설 수 있다.",
        "value differs",
    ),
    (
        "Each summer, workers spread out a 12,500-square-foot reflector over the glacier.",
        "매년 여름이면 작업자들은 975 m²의 공간에 반사경을 설치하고 있다.",
        "value differs",
    ),
    ("The fire scorched 7,400 acres of forest.", "불은 숲 4,000헥타르를 태웠다.", "value differs"),
    # another range, or another share, is still found
    (
        "They are known to decrease libido in about a third to a half of women.",
        "우울증 치료제는 30%~60% 여성들의 성욕을 감퇴하게 만든다.",
        "range differs",
    ),
    ("It affects about a quarter of women.", "30%의 여성에게 영향을 준다.", "value differs"),
    ("It affects a third of women.", "30%의 여성에게 영향을 준다.", "rounded without 'about'"),
    (
        "Ten years ago it was just a piece of technology that nobody really cared about.",
        "2, 3년 전만해도 암호화는 아무도 관심을 두지 않는 단편적인 기술에 불과했습니다.",
        "outside the range",
    ),
    (
        "The ads would be up during the seventh anniversary of the September 12 attacks.",
        "9/11 테러 사건 7주년 추모기간 동안 광고가 설치되어 있을 것이다.",
        "day",
    ),
]

# (Korean text, the keys its quantities read as)
READINGS = [
    ("30%~50% 여성들의", ["%:30-50"]),
    ("2, 3명이 다쳤다", ["n:2-3"]),
    ("1, 2, 3명", ["n:1", "n:2", "n:3"]),  # a list, not a range
    ("2, 4년", ["n:2", "duration:4yr"]),  # not consecutive: two numbers
    ("규모 6.5 지진", ["n:6.5"]),  # a magnitude before a noun that names no event
    ("3명이 넘어졌다", ["n:3"]),  # 넘어지다 is "to fall", no bound
]


@pytest.mark.parametrize(("translation", "source", "fragment"), FAITHFUL)
def test_faithful_rendering_has_no_such_finding(translation: str, source: str, fragment: str) -> None:
    messages = _fact_messages(translation, source)
    assert not [m for m in messages if fragment in m], messages


@pytest.mark.parametrize(("translation", "source", "fragment"), CHANGED)
def test_changed_fact_is_still_found(translation: str, source: str, fragment: str) -> None:
    messages = _fact_messages(translation, source)
    assert [m for m in messages if fragment in m], messages


@pytest.mark.parametrize(("text", "keys"), READINGS)
def test_korean_reading(text: str, keys: list[str]) -> None:
    assert [q.key for q in extract_quantities(text, lang="ko")] == keys


def test_english_percent_range() -> None:
    assert [q.key for q in extract_quantities("30% to 50% of women")] == ["%:30-50"]
    assert [q.key for q in extract_quantities("30% to 50 people")] == ["%:30", "n:50"]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # "half" with a unit is half of it, "and a half" one and a half: no share of 50%
        # (koen 248: "a half-mile"; koen 540: "a week and a half ago")
        ("visibility was a half-mile in parts", ["length:804.672m"]),
        ("half a mile", ["length:804.672m"]),
        ("As recently as a week and a half ago", ["duration:907200s"]),
        ("two and a half years", ["duration:78894000s"]),
        ("half an hour and a half-year", ["duration:1800s", "duration:15778800s"]),
        ("half the votes", ["%:50"]),  # a share is still a share
    ],
)
def test_english_half_of_a_unit(text: str, keys: list[str]) -> None:
    assert [q.key for q in extract_quantities(text)] == keys


def _fact_messages(translation: str, source: str) -> list[str]:
    result = xcheck.check_pair(translation, source, lang="en", reference_lang="ko")
    return [f.message for f in result.findings if f.kind in FACT_KINDS]
