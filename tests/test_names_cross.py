"""Person names across scripts: an English translation checked against a Chinese or Korean source.

Golden findings and non-findings of ``xcheck.check_pair`` and ``compare_entities`` (with and without
the glossary), the romanisation and sound keys they rest on, and span exactness on generated names.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import xcheck
from xcheck._types import Discrepancy
from xcheck.facts.names import compare_entities, default_glossary
from xcheck.text._romanize import (
    hangul_syllables,
    loose_key,
    pinyin_syllables,
    sound_alike,
    sound_key_english,
    sound_key_hangul,
    sound_key_pinyin,
    sound_keys_english,
    sound_similarity,
    wade_giles,
)


def _names(translation: str, reference: str, lang: str, *, glossary: bool = True) -> list[str]:
    """The messages of the name findings: of the pipeline, or of the name check without glossary."""
    if glossary:
        result = xcheck.check_pair(translation, reference, lang="en", reference_lang=lang)
        return [f.message for f in result.findings if f.kind == "name"]
    return [d.message for d in _bare(translation, reference, lang)]


def _bare(translation: str, reference: str, lang: str) -> list[Discrepancy]:
    found = compare_entities(translation, reference, glossary=None, lang="en", reference_lang=lang)
    return [d for d in found if d.kind == "name"]


# --- no finding: correct renderings -------------------------------------------------------------

CORRECT = [
    ("US Defense Secretary Hegseth visited Manila.", "美国国防部长赫格塞思访问了马尼拉。", "zh"),
    ("Defense Secretary Hegseth criticised Hezbollah.", "헤그세스 국방장관은 헤즈볼라를 비난했다.", "ko"),
    ("South Korean President Park Jun-hyuk said so.", "韩国总统朴俊赫表示。", "zh"),
    ("President Lee Jae-myung met reporters.", "이재명 대통령은 기자들을 만났다.", "ko"),
    ("President Rhee Jae-myung met reporters.", "이재명 대통령은 기자들을 만났다.", "ko"),
    ("Professor Ha Min-seok met reporters.", "하민석 교수는 기자들을 만났다.", "ko"),
    ("Professor Ha Minseok met reporters.", "하민석 교수는 기자들을 만났다.", "ko"),
    ("Professor Ha Min Seok met reporters.", "하민석 교수는 기자들을 만났다.", "ko"),
    ("Professor Min-seok Ha met reporters.", "하민석 교수는 기자들을 만났다.", "ko"),
    ("Unification Minister Chung Dong-young spoke.", "정동영 통일부 장관은 말했다.", "ko"),
    ("Chen Zhiyuan said the plan would work.", "陈志远表示，该计划可行。", "zh"),
    ("Wang Jianguo said so.", "王建国说。", "zh"),
    ("Tsai Ing-wen said so.", "蔡英文表示。", "zh"),
    ("Chen Shui-bian said so.", "陈水扁表示。", "zh"),
    ("Hou Yu-ih said so.", "侯友宜表示。", "zh"),
    ("Trump met Biden.", "特朗普会见了拜登。", "zh"),
]


@pytest.mark.parametrize(("translation", "reference", "lang"), CORRECT)
@pytest.mark.parametrize("glossary", [True, False])
def test_correct_renderings_give_no_name_finding(
    translation: str, reference: str, lang: str, glossary: bool
) -> None:
    assert _names(translation, reference, lang, glossary=glossary) == []


# --- findings ----------------------------------------------------------------------------------

WRONG = [
    # translation, reference, lang, found surface, expected surface, severity, romanisation shown
    ("US Defense Secretary Hackett visited Manila.", "美国国防部长赫格塞思访问了马尼拉。", "zh", "Hackett", "赫格塞思", "major", "He-ge-sai-si"),
    ("Defense Secretary Hackett criticised Hezbollah.", "헤그세스 국방장관은 헤즈볼라를 비난했다.", "ko", "Hackett", "헤그세스", "major", "He-geu-se-seu"),
    ("Professor Han Min-seok met reporters.", "하민석 교수는 기자들을 만났다.", "ko", "Han Min-seok", "하민석", "minor", "Ha Min-seok"),
    ("Cheng Zhiyuan said the plan would work.", "陈志远表示，该计划可行。", "zh", "Cheng Zhiyuan", "陈志远", "minor", "Chen Zhiyuan"),
    ("Unification Minister Kim Tae-ho spoke.", "정동영 통일부 장관은 말했다.", "ko", "Kim Tae-ho", "정동영", "major", "Jeong Dong-yeong"),
    ("Zhang Wei said so.", "王建国说。", "zh", "Zhang Wei", "王建国", "major", "Wang Jianguo"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("translation", "reference", "lang", "found", "expected", "severity", "shown"), WRONG
)
def test_wrong_names_are_flagged_without_glossary(
    translation: str, reference: str, lang: str, found: str, expected: str, severity: str, shown: str
) -> None:
    (d,) = _bare(translation, reference, lang)
    assert d.found is not None
    assert d.expected is not None
    assert translation[d.found.start : d.found.end] == d.found.text == found
    assert reference[d.expected.start : d.expected.end] == d.expected.text == expected
    assert d.severity == severity
    assert expected in d.message
    assert shown in d.message


@pytest.mark.parametrize(
    ("translation", "reference", "lang", "found", "expected", "severity", "shown"), WRONG
)
def test_wrong_names_are_flagged_by_check_pair(
    translation: str, reference: str, lang: str, found: str, expected: str, severity: str, shown: str
) -> None:
    result = xcheck.check_pair(translation, reference, lang="en", reference_lang=lang)
    (f,) = [f for f in result.findings if f.kind == "name"]
    assert f.translation is not None
    assert translation[f.translation.start : f.translation.end] == found


def test_the_glossary_still_wins_where_it_knows_the_entity() -> None:
    (message,) = _names(
        "US Defense Secretary Hackett visited Manila.", "美国国防部长赫格塞思访问了马尼拉。", "zh"
    )
    assert "Pete Hegseth" in message


def test_no_counterpart_identified_says_nothing() -> None:
    # Two people in the source, one in the translation, and nothing alike: no counterpart.
    text = "Kim Tae-ho met reporters."
    source = "하민석 교수와 정동영 장관은 기자들을 만났다."
    assert _names(text, source, "ko", glossary=False) == []
    # A name the source writes with no title or verb of speech next to it is no counterpart.
    assert _names("Zhang Wei arrived.", "会见了陈志远。", "zh", glossary=False) == []


def test_a_near_miss_among_several_is_paired() -> None:
    source = "하민석 교수와 정동영 통일부 장관은 기자들을 만났다."
    found = _bare("Professor Han Min-seok and Minister Chung Dong-young met reporters.", source, "ko")
    assert [(d.found.text if d.found else None, d.severity) for d in found] == [("Han Min-seok", "minor")]


def test_words_that_are_not_people_are_left_alone() -> None:
    source = "블룸버그 시장은 말했다."
    assert _names("The First Amendment would protect you, he said.", source, "ko", glossary=False) == []
    assert _names("The Oscar-winning film was shown.", "허드슨 배우는 말했다.", "ko", glossary=False) == []


# --- the keys ----------------------------------------------------------------------------------


def test_hangul_romanisation_is_revised_romanization_syllable_by_syllable() -> None:
    assert hangul_syllables("하민석") == ("ha", "min", "seok")
    assert hangul_syllables("이재명") == ("i", "jae", "myeong")
    assert hangul_syllables("정동영") == ("jeong", "dong", "yeong")


def test_pinyin_reads_family_names_as_family_names() -> None:
    assert pinyin_syllables("曾国藩", surname_length=1)[0] == "zeng"
    assert pinyin_syllables("单雄信", surname_length=1)[0] == "shan"
    assert pinyin_syllables("陈志远") == ("chen", "zhi", "yuan")


def test_wade_giles() -> None:
    assert [wade_giles(s) for s in ("cai", "zhong", "xiong", "qing", "shui", "bian")] == [
        "tsai",
        "chung",
        "hsiung",
        "ching",
        "shui",
        "pien",
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Min-seok", "Minsuk"),
        ("Jae-myung", "jaemyeong"),
        ("Tsai Ing-wen", "cai ying wen"),
        ("Dong-young", "dongyeong"),
    ],
)
def test_loose_key_folds_romanisation_choices(a: str, b: str) -> None:
    assert loose_key(a) == loose_key(b)


def test_loose_key_keeps_different_names_apart() -> None:
    assert loose_key("Han") != loose_key("Ha")
    assert loose_key("Cheng") != loose_key("Chen")


def test_sound_keys() -> None:
    hegseth = sound_key_pinyin(pinyin_syllables("赫格塞思"))
    assert hegseth == sound_key_hangul("헤그세스") == sound_key_english("Hegseth") == "hkss"
    assert sound_similarity(sound_key_english("Hackett"), hegseth) < 0.75
    assert sound_similarity(sound_key_english("Trump"), sound_key_pinyin(pinyin_syllables("特朗普"))) >= 0.75
    assert sound_key_hangul("헤즈볼라") == sound_key_english("Hezbollah")


# --- spans ----------------------------------------------------------------------------------------

_GIVEN = st.sampled_from(["Min-seok", "Jae-myung", "Dong-young", "Tae-ho", "Ji-hoon", "Hye-won"])
_FAMILY = st.sampled_from(["Ha", "Han", "Kim", "Lee", "Park", "Choi", "Jeong", "Kang"])
_SOURCE = st.sampled_from(["하민석", "이재명", "정동영", "박준혁", "김태호"])
_LEAD = st.sampled_from(["", "On Monday, ", "Reporters said that ", "“Yes,” "])
_TITLE = st.sampled_from(["Professor ", "Minister ", "President ", ""])


@settings(max_examples=60, deadline=None)
@given(_LEAD, _TITLE, _FAMILY, _GIVEN, _SOURCE)
def test_finding_spans_are_exact(lead: str, title: str, family: str, given_name: str, source: str) -> None:
    translation = f"{lead}{title}{family} {given_name} met reporters."
    reference = f"{source} 교수는 기자들을 만났다."
    for d in compare_entities(
        translation, reference, glossary=default_glossary(), lang="en", reference_lang="ko"
    ):
        if d.found is not None:
            assert translation[d.found.start : d.found.end] == d.found.text
        if d.expected is not None:
            assert reference[d.expected.start : d.expected.end] == d.expected.text


def test_without_the_taggers_names_are_read_from_context(monkeypatch: pytest.MonkeyPatch) -> None:
    from xcheck.facts.names import _cjk_read

    monkeypatch.setattr(_cjk_read, "_kiwi", lambda: None)
    monkeypatch.setattr(_cjk_read, "_jieba_posseg", lambda: None)
    _cjk_read.source_names.cache_clear()
    try:
        names = _cjk_read.source_names("하민석 교수는 기자들을 만났다.", "ko")
        assert [(n.span.text, n.confirmed) for n in names] == [("하민석", True)]
        names = _cjk_read.source_names("陈志远表示，该计划可行。", "zh")
        assert [(n.span.text, n.confirmed) for n in names] == [("陈志远", True)]
    finally:
        _cjk_read.source_names.cache_clear()


def test_taggers_when_installed() -> None:
    pytest.importorskip("kiwipiepy")
    pytest.importorskip("jieba")
    from xcheck.facts.names._cjk_read import source_names

    assert [n.span.text for n in source_names("헤그세스 국방장관은 헤즈볼라를 비난했다.", "ko")][:1] == [
        "헤그세스"
    ]
    assert "赫格塞思" in [n.span.text for n in source_names("美国国防部长赫格塞思访问了马尼拉。", "zh")]


# --- counterparts among several names (each case gave no finding before) -----------------------

SUBSTITUTED_AMONG_OTHERS = [
    # A tagger ran the country into the name (셀소 아모림 브라질): "Brazil" renders the country,
    # not the minister.
    (
        "Brazil's Foreign Minister Daniel Novak told reporters an agreement had been reached.",
        "셀소 아모림 브라질 외무장관은 합의가 이루어졌다고 기자들에게 말했다.",
        "ko",
        "Daniel Novak",
    ),
    # A name written twice on each side is one counterpart, not two.
    (
        "Zhang Wei said the plan would work. Zhang Wei added that it was cheap.",
        "王建国表示，该计划可行。王建国还说，成本很低。",
        "zh",
        "Zhang Wei",
    ),
    (
        "Protesters gathered near Laura Fischer's home.",
        "抗议者聚集在内塔尼亚胡总理的住所附近，内塔尼亚胡总理表示理解。",
        "zh",
        "Laura Fischer",
    ),
    # Of two names the source does not render, only the Chinese-style one can be 刘鹤's.
    (
        "Vice Premier Guo Peng, who heads the team, will talk with Lighthizer.",
        "率领团队的刘鹤副总理将与赖海哲通话。",
        "zh",
        "Guo Peng",
    ),
    # 顾问团 (an advisory group) is a body, not a second person.
    (
        "Professor Michael Brennan said the country was in danger.",
        "瓦克斯曼教授说，国家处境危险。顾问团表示支持。",
        "zh",
        "Michael Brennan",
    ),
]


@pytest.mark.parametrize(("translation", "reference", "lang", "found"), SUBSTITUTED_AMONG_OTHERS)
def test_a_substituted_name_among_others_is_flagged(
    translation: str, reference: str, lang: str, found: str
) -> None:
    result = xcheck.check_pair(translation, reference, lang="en", reference_lang=lang)
    spans = [f.translation for f in result.findings if f.kind == "name" and f.translation is not None]
    assert [translation[s.start : s.end] for s in spans] == [found]


FAITHFUL_AMONG_OTHERS = [
    ("Brazil's Foreign Minister Celso Amorim told reporters an agreement had been reached.",
     "셀소 아모림 브라질 외무장관은 합의가 이루어졌다고 기자들에게 말했다.", "ko"),
    ("Wang Jianguo said the plan would work. Wang Jianguo added that it was cheap.",
     "王建国表示，该计划可行。王建国还说，成本很低。", "zh"),
    ("Protesters gathered near Netanyahu's home.",
     "抗议者聚集在内塔尼亚胡总理的住所附近，内塔尼亚胡总理表示理解。", "zh"),
    ("Vice Premier Liu He, who heads the team, will talk with Lighthizer.",
     "率领团队的刘鹤副总理将与赖海哲通话。", "zh"),
    ("Professor Eli Waxman said the country was in danger.",
     "瓦克斯曼教授说，国家处境危险。顾问团表示支持。", "zh"),
    # Nuri al-Maliki: the source's 말리키 이라크 (a tagger's run) is rendered by Maliki and Iraq.
    ("Sen. Barack Obama and Iraqi Prime Minister Nuri al-Maliki met in Iraq, al-Maliki's office said.",
     "버락 오바마 상원의원이 누리 알-말리키 이라크 총리와 만났다고 알-말리키 총리실이 밝혔다.", "ko"),
    # Mahmoud Abbas is 팔레스타인 마흐무드 아바스, though his 아바스 sounds like 부시 too.
    ("Bush met Israeli Prime Minister Ehud Olmert and Palestinian President Mahmoud Abbas in the Middle East.",
     "부시는 이스라엘 에후드 올메르트 총리와 팔레스타인 마흐무드 아바스 대통령을 중동에서 만났다.", "ko"),
]  # fmt: skip


@pytest.mark.parametrize(("translation", "reference", "lang"), FAITHFUL_AMONG_OTHERS)
def test_faithful_names_among_others_give_no_finding(translation: str, reference: str, lang: str) -> None:
    assert _names(translation, reference, lang) == []


def test_a_chinese_name_the_tagger_misses_is_still_written_in_the_source() -> None:
    from xcheck.facts.names._cjk import _written_in, _written_keys

    keys = _written_keys("记者于冬、钟南山说，电影上映了。", "zh")
    assert _written_in(["Yu", "Dong"], keys)
    assert _written_in(["Zhong", "Nanshan"], keys)
    assert not _written_in(["Tang", "Hao"], keys)
    keys = _written_keys("김한수 통상교섭본부 차관보는 말했다.", "ko")
    assert _written_in(["Kim", "Han", "soo"], keys)
    assert not _written_in(["Jang", "Woo", "sung"], keys)


def test_a_chinese_style_name_does_not_render_a_foreign_one_by_sound() -> None:
    from xcheck.facts.names._cjk import _matches
    from xcheck.facts.names._cjk_read import source_names

    (rachmaninoff,) = [
        n for n in source_names("他演奏了拉赫玛尼诺夫的作品。", "zh") if n.span.text == "拉赫玛尼诺夫"
    ]
    assert not _matches(["Hu", "Yunfei"], rachmaninoff)
    # A Chinese name whose family name is not a common one is still read by its pinyin.
    (hai_qing,) = [n for n in source_names("演员海清表示，她很高兴。", "zh") if n.span.text == "海清"]
    assert _matches(["Hai", "Qing"], hai_qing)


# --- how Chinese and Korean transcribe English spellings ------------------------------------------

TRANSCRIBED = [
    # An r after a vowel is not written (non-rhotic English): 샤키, 카터 / 卡特, 밀러 / 米勒, 버니.
    ("Sharkey", "샤키"), ("Carter", "카터"), ("Carter", "卡特"), ("Miller", "밀러"), ("Miller", "米勒"),
    ("Parker", "帕克"), ("Bernie", "버니"), ("Mark", "마크"), ("Gordon", "고든"),
    # Other languages' transcriptions write it: 알바르, 메르켈.
    ("Albar", "알바르"), ("Merkel", "메르켈"),
    # x is ks; kn, wr and gh after a vowel are silent; chr is kr.
    ("Max", "맥스"), ("Max", "马克斯"), ("Knight", "나이트"), ("Wright", "라이트"), ("Leigh", "리"),
    ("Christopher", "크리스토퍼"),
]  # fmt: skip


def _transcription_key(text: str) -> str:
    if "가" <= text[0] <= "힣":
        return sound_key_hangul(text)
    return sound_key_pinyin(pinyin_syllables(text))


@pytest.mark.parametrize(("english", "written"), TRANSCRIBED)
def test_sound_keys_follow_transcription_rules(english: str, written: str) -> None:
    assert sound_alike(english, _transcription_key(written)) >= 0.75


def test_an_r_after_a_vowel_is_a_variant() -> None:
    assert sound_keys_english("Carter") == ("kt", "kltl")
    assert sound_keys_english("Kerry") == ("kl",)  # an r before a vowel is sounded
    assert sound_key_english("Bowman") == "pmn"  # a w after a vowel is one


FULL_NAMES_RENDERED = [
    ("Former pop star Fergal Sharkey told the paper.", "전 팝스타 피어걸 샤키는 신문에 말했다.", "ko"),
    ("Spokesman Peter Gibson said the door would not retract.", "피터 깁슨 대변인은 말했다.", "ko"),
    ("Under secretary John Gordon called it the key.", "존 고든 차관은 말했다.", "ko"),
    ("Ambassador Hamid Albar said so.", "하미드 알바르 대사는 말했다.", "ko"),
    ("Laureate Kenzaburo Oe said so.", "오에 겐자부로 작가는 말했다.", "ko"),
    ("Judge Rob Murfitt listed the names.", "롭 머피트 판사는 이름들을 열거했다.", "ko"),
]


@pytest.mark.parametrize(("translation", "reference", "lang"), FULL_NAMES_RENDERED)
def test_full_names_transcribed_by_sound_are_rendered(translation: str, reference: str, lang: str) -> None:
    assert _names(translation, reference, lang, glossary=False) == []


KEPT_GIVEN_NAME = [
    # The given name is the source's; the family name only half sounds like the source's.
    ("Spokesman Peter Gilson said the door would not retract.", "피터 깁슨 대변인은 말했다.", "ko", "Peter Gilson"),
    ("Under secretary John Borden called it the key.", "존 고든 차관은 말했다.", "ko", "John Borden"),
    ("Judge Rob Mancini listed the names.", "롭 머피트 판사는 이름들을 열거했다.", "ko", "Rob Mancini"),
    ("Spokesman Steven Reeves said so.", "发言人史蒂文·里德表示。", "zh", "Steven Reeves"),
]  # fmt: skip


@pytest.mark.parametrize(("translation", "reference", "lang", "found"), KEPT_GIVEN_NAME)
def test_a_changed_family_name_is_flagged_when_the_given_name_is_kept(
    translation: str, reference: str, lang: str, found: str
) -> None:
    (d,) = _bare(translation, reference, lang)
    assert d.found is not None
    assert d.found.text == found
