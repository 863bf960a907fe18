"""Korean-English lexical evidence (``xcheck.lexicon._ko_en``): exact spans, expected keys for known
words, particles and endings left out, native words not misread as Sino-Korean ones, and spans that
stay within the text without overlapping whatever the text."""

from __future__ import annotations

import importlib.util
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xcheck.lexicon._ko_en import _table, glosses_ko
from xcheck.lexicon._lemmas import lemmas

HAS_KIWI = importlib.util.find_spec("kiwipiepy") is not None
MODES = [False, pytest.param(True, marks=pytest.mark.skipif(not HAS_KIWI, reason="kiwipiepy absent"))]


def surfaces(text: str, kiwi: bool = False) -> dict[str, frozenset[str]]:
    return {text[s:e]: keys for s, e, keys in glosses_ko(text, kiwi=kiwi)}


@pytest.mark.parametrize("kiwi", MODES)
@pytest.mark.parametrize(
    ("text", "word", "key"),
    [
        ("정부의 연구학자들이", "정부", "government"),
        ("국방부는 성명을 냈다", "국방부", "defense"),
        ("대통령이 방문했다", "대통령", "president"),
        ("비축 핵무기를 유지하기", "핵무기", "weapon"),
        ("세계 경제가", "경제", "economy"),
        ("미국과 중국은", "중국", "china"),
        ("지하 핵실험을 중지시켰기", "중지", "suspend"),
        ("정보를 공개했다", "정보", "information"),
    ],
)
def test_known_words_give_their_keys(text: str, word: str, key: str, kiwi: bool) -> None:
    found = surfaces(text, kiwi)
    assert word in found, found
    assert key in found[word]


@pytest.mark.parametrize("kiwi", MODES)
@pytest.mark.parametrize("eojeol", ["정부", "정부는", "정부의", "정부가", "정부에서", "정부로부터", "정부와"])
def test_particles_are_left_out(eojeol: str, kiwi: bool) -> None:
    text = f"그러자 {eojeol} 답했다"
    spans = [(s, e) for s, e, keys in glosses_ko(text, kiwi=kiwi) if "government" in keys]
    assert spans == [(4, 6)]
    assert text[4:6] == "정부"


def test_a_hada_verb_is_found_through_its_contracted_forms() -> None:
    for text in ("발표했다", "발표한", "발표할", "발표하고", "발표합니다"):
        found = surfaces(text)
        assert list(found) == ["발표"], text
        assert found["발표"] >= surfaces("발표")["발표"] | {"announce"}, text  # the verb's keys join
    assert {"say", "speak"} <= surfaces("말했다")["말"]


def test_fused_verb_stems_and_passives() -> None:
    assert "reveal" in surfaces("밝혔다")["밝혔"]
    assert "reveal" in surfaces("밝히고")["밝히"]
    assert "die" in surfaces("숨졌다")["숨졌"]
    assert "open" in surfaces("공개됐다")["공개"]


@pytest.mark.parametrize("kiwi", MODES)
def test_a_noun_is_not_the_start_of_a_longer_word(kiwi: bool) -> None:
    # 대변인 (spokesman) is no table word: its first two syllables are not 大便 "excrement".
    assert not any("excrement" in keys for keys in surfaces("대변인은 말했다", kiwi).values())


def test_the_copula_after_a_noun() -> None:
    assert "government" in surfaces("정부인")["정부"]  # 인 closing the eojeol is the copula


def test_compounds_are_cut_into_table_words() -> None:
    text = "국방부장관이"
    assert [text[s:e] for s, e, _ in glosses_ko(text)] == ["국방부", "장관"]


def test_single_syllables_and_native_words_are_not_misread() -> None:
    # 이 (this), 은 (a particle standing alone in spaced text), 것 (a bound noun) are no nouns;
    # 하지만 is "but", not 夏至; 지난 is "last", not 至難; 위해 is "for", not 危害 "harm".
    text = "이 사람 은 것 하지만 지난 해 위해"
    found = glosses_ko(text)
    assert all(e - s > 1 for s, e, _ in found)
    keys = frozenset().union(*(k for _, _, k in found))
    assert not keys & {"summer", "solstice", "harm", "silver", "difficult"}


def test_other_scripts_are_left_alone() -> None:
    assert glosses_ko("") == []
    assert glosses_ko("The government said 42.") == []
    assert [(s, e) for s, e, _ in glosses_ko("ASCI 정부")] == [(5, 7)]


def test_the_tables_hold_content_words_in_base_forms() -> None:
    stop = {"be", "do", "have", "thing", "one", "the", "of", "and", "to", "a", "it", "that", "sth", "sb"}
    for kind, entries in _table().items():
        assert kind in {"N", "V", "F"}
        for surface, keys in entries.items():
            assert re.fullmatch("[가-힣]+", surface), surface
            assert keys, surface
            assert not keys & stop, (surface, keys)
            # a word, or the place family of a country (@de for 독일: see data/ko_en_places)
            assert all(re.fullmatch("@?[a-z]+", k) for k in keys), (surface, keys)
    assert len(_table()["N"]) > 10_000


def test_keys_meet_english_lemmas() -> None:
    """What the colleague's matching does: keys against the lemmas of English words."""
    keys = surfaces("정부 군대가 철수했다")
    english = {lemma for w in "government troops withdrew".split() for lemma in lemmas(w)}
    assert keys["정부"] & english
    assert keys["군대"] & english


HANGUL_WORDS = st.sampled_from(
    [
        "정부",
        "는",
        "국방부",
        "장관",
        "이",
        "말했다",
        "하지만",
        "핵",
        "무기",
        "를",
        "수퍼컴퓨터",
        "돌아왔다",
        "의",
    ]
)
TEXTS = st.lists(
    st.one_of(HANGUL_WORDS, st.sampled_from([" ", " ", ".", "A", "1", "省", "\n"]), st.text(max_size=3)),
    max_size=20,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_spans_are_within_the_text_and_do_not_overlap(text: str) -> None:
    found = glosses_ko(text)
    last = 0
    for start, end, keys in found:
        assert last <= start < end <= len(text)
        assert re.fullmatch("[가-힣]+", text[start:end])
        assert keys
        last = end


@pytest.mark.skipif(not HAS_KIWI, reason="kiwipiepy absent")
def test_kiwi_finds_native_verb_stems_and_keeps_spans_exact() -> None:
    text = "그는 불을 밝혔다. 정부는 국방부장관이 말했다고 전했다."
    found = glosses_ko(text, kiwi=True)
    last = 0
    for start, end, _ in found:
        assert last <= start < end <= len(text)
        last = end
    words = {text[s:e] for s, e, _ in found}
    assert {"정부", "국방부", "장관"} <= words
    assert any(w.startswith("밝") for w in words)


@pytest.mark.parametrize(
    ("text", "word", "key"),
    [
        ("이란 정부는 이스라엘을 비난했다", "이란", "iran"),  # not 離亂 "upheaval"
        ("인도 경찰은 용의자를 체포했다", "인도", "india"),  # not 引導 "guide"
        ("이라크에서 선거가 열렸다", "이라크", "iraq"),
        ("한국 정부는 바그다드에 대사를 보냈다", "바그다드", "baghdad"),
        ("총리는 런던에서 회담했다", "런던", "london"),
        ("한국과 일본은", "한국", "@kr"),
    ],
)
def test_countries_and_cities_give_their_english_names(text: str, word: str, key: str) -> None:
    found = surfaces(text)
    assert key in found[word], found
    if word in ("이란", "인도"):
        assert not found[word] & {"upheaval", "famine", "guide"}


def test_the_places_table_is_hangul_with_english_keys() -> None:
    nouns = _table()["N"]
    for word in ("이라크", "이스라엘", "런던", "한국"):
        assert word in nouns
        assert all(re.fullmatch(r"@?[a-z]+", key) for key in nouns[word]), nouns[word]
