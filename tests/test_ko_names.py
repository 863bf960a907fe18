"""Korean person names against their English rendering: where a name read in Korean text ends.

A proper noun next to a name is no part of it when it is a place or a body (에르도간 터키 총리,
양제츠 중국외교부장, 다나 페리노 백악관 대변인); a name whose syllables read no Chinese characters
(양제츠) is a foreign name written by sound, not a Korean one; a determiner that starts a sentence
("Both John McCain and ...") does not hide the full name after it. Each golden row has its neighbour
where a different name must still be flagged.
"""

from __future__ import annotations

import pytest

import xcheck
from xcheck.facts.names._cjk_read import source_names

pytest.importorskip("kiwipiepy")


def _names(translation: str, reference: str) -> list[str]:
    result = xcheck.check_pair(translation, reference, lang="en", reference_lang="ko")
    return [f.message for f in result.findings if f.kind == "name"]


ERDOGAN = "레젭 타입 에르도간 터키 총리는 월요일 이스탄불에서 열린 희생자 장례식에 참석했다."
PERINO = "다나 페리노 백악관 대변인은 모든 당사자가 테러를 규탄해야 한다고 말했다."
YANG = "양제츠 중국외교부장은 이번 회담이 매우 중대했다고 밝혔다."
HILL = "6자회담 미국 수석대표인 크리스토퍼힐 차관보는 22일 오후 북한이 검증체계를 완수할 것이라고 밝혔다."
MCCAIN = (
    "공화당 대선후보인 존 매케인 상원의원과 민주당 대선후보인 버락 오바마 상원의원 모두 할당제에 반대한다."
)


@pytest.mark.parametrize(
    ("reference", "names"),
    [
        (ERDOGAN, ["에르도간"]),
        (PERINO, ["다나 페리노"]),
        (YANG, ["양제츠"]),
        ("이스라엘의 에후드 올메르트 총리는 말했다.", ["에후드 올메르트"]),
    ],
)
def test_a_name_stops_before_a_place_or_body(reference: str, names: list[str]) -> None:
    read = [n.span.text for n in source_names(reference, "ko") if n.confirmed]
    assert read == names


def test_a_place_alone_is_no_person() -> None:
    # 백악관 starts with the family name 백: it is still the White House, not Baek Ak-gwan.
    assert all(n.span.text != "백악관" for n in source_names(PERINO, "ko"))


def test_a_korean_name_reads_chinese_characters() -> None:
    (yang,) = source_names(YANG, "ko")
    assert not yang.native  # 츠 reads no character: the sound of Yang Jiechi
    (lee,) = source_names("이재명 대통령은 기자들을 만났다.", "ko")
    assert lee.native


@pytest.mark.parametrize(
    ("faithful", "changed", "reference"),
    [
        (
            "Turkish Prime Minister Recep Tayyip Erdogan attended the funerals in Istanbul on Monday.",
            "Turkish Prime Minister Daniel Novak attended the funerals in Istanbul on Monday.",
            ERDOGAN,
        ),
        (
            "White House spokeswoman Dana Perino said all parties must condemn terrorism.",
            "White House spokeswoman Dana Pekiko said all parties must condemn terrorism.",
            PERINO,
        ),
        (
            "Chinese Foreign Minister Yang Jiechi described the talks as quite significant.",
            "Chinese Foreign Minister Olivia Grant described the talks as quite significant.",
            YANG,
        ),
        (
            # A key of four consonants with one of another class (hnsk for hnsn) is another name.
            "Cambodian Prime Minister Hun Sen's ruling party has claimed a landslide victory.",
            "Cambodian Prime Minister Hun Sek's ruling party has claimed a landslide victory.",
            "캄보디아 총선에서 훈센 총리가 이끄는 캄보디아국민당(CPP)이 압승을 거뒀다.",
        ),
        (
            # One word in the source (Kiwi keeps 크리스토퍼힐 whole): after Christopher, its Hill
            # must be rendered too.
            "U.S. envoy Christopher Hill said on Tuesday that the North would hand over the plan.",
            "U.S. envoy Christopher Hikk said on Tuesday that the North would hand over the plan.",
            HILL,
        ),
        (
            "(CNN) Both John McCain and Barack Obama say equal opportunity should not be based on quotas.",
            "(CNN) Both John McCain and Richard Coleman say equal opportunity should not be based on quotas.",
            MCCAIN,
        ),
    ],
)
def test_a_changed_name_is_flagged_and_the_faithful_one_is_not(
    faithful: str, changed: str, reference: str
) -> None:
    assert _names(faithful, reference) == []
    assert _names(changed, reference)
