"""Cross-script alignment by bilingual glosses: English sentences against Chinese statements.

The fixtures are news-like sentence pairs written for this test (none comes from a benchmark set).
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import xcheck
from xcheck._types import Sentence, Statement
from xcheck.align import align
from xcheck.lexicon import _bilingual

PAIRS = [
    (
        "美国国防部7月26日宣布，将从德国撤出约1.2万名士兵。",
        "The US Department of Defense announced on July 26 that it would withdraw about 12,000 soldiers "
        "from Germany.",
    ),
    (
        "今年上半年，全国铁路共发送旅客8.6亿人次。",
        "In the first half of this year, the national railways carried 860 million passengers.",
    ),
    (
        "受台风影响，浙江省已紧急转移群众3.5万人。",
        "Because of the typhoon, Zhejiang Province has urgently evacuated 35,000 people.",
    ),
    (
        "该公司第二季度净利润增长23%，达到45亿元。",
        "The company's net profit grew by 23% in the second quarter, reaching 4.5 billion yuan.",
    ),
    (
        "这座新建的大桥全长1650米，历时四年建成。",
        "The newly built bridge is 1,650 meters long and took four years to build.",
    ),
    (
        "警方说，大火烧毁了120多栋房屋，造成5人受伤。",
        "Police said the fire destroyed more than 120 houses and injured 5 people.",
    ),
    (
        "世界卫生组织报告，全球新增确诊病例超过28万例。",
        "The World Health Organization reported more than 280,000 new confirmed cases worldwide.",
    ),
    (
        "这所学校今年招收了2400名新生，比去年多300名。",
        "The school enrolled 2,400 new students this year, 300 more than last year.",
    ),
]

IDS = [f"Z{n}" for n in range(len(PAIRS))]


def _document(english: list[str]) -> tuple[str, list[Statement]]:
    statements = [Statement(sid, zh, lang="zh") for sid, (zh, _) in zip(IDS, PAIRS, strict=True)]
    return " ".join(english), list(reversed(statements))


def test_every_sentence_links_its_own_statement() -> None:
    sentences = []
    start = 0
    for i, (_, en) in enumerate(PAIRS):
        sentences.append(Sentence(i, start, start + len(en), en))
        start += len(en) + 1
    _, statements = _document([en for _, en in PAIRS])
    result = align(sentences, statements)
    assert {(link.translation, link.references) for link in result.links} == {
        ((i,), (IDS[i],)) for i in range(len(PAIRS))
    }
    assert any("glosses" in e for link in result.links for e in link.evidence)


def test_parallel_mode_pairs_lines_across_scripts() -> None:
    sentences = []
    start = 0
    for i, (_, en) in enumerate(PAIRS):
        sentences.append(Sentence(i, start, start + len(en), en))
        start += len(en) + 1
    statements = [Statement(sid, zh, lang="zh") for sid, (zh, _) in zip(IDS, PAIRS, strict=True)]
    result = align(sentences, statements, mode="parallel")
    assert [(link.translation, link.references) for link in result.links] == [
        ((i,), (IDS[i],)) for i in range(len(PAIRS))
    ]


def test_an_unrelated_sentence_links_nothing() -> None:
    sentences = [Sentence(0, 0, 44, "The orchestra played a new symphony tonight.")]
    _, statements = _document([])
    result = align(sentences, statements)
    assert result.links == ()
    assert result.unsupported == (0,)


def test_glosses_meet_english_lemmas() -> None:
    found = {PAIRS[0][0][a:b]: k for a, b, k in _bilingual.glosses_zh(PAIRS[0][0])}
    assert "soldier" in found["士兵"]
    english = [k for _, _, k in _bilingual.english_keys("The soldiers said they withdrew.")]
    assert any("soldier" in k for k in english)
    assert any("withdraw" in k for k in english)


def test_korean_glosses_and_romanisation_are_registered() -> None:
    assert _bilingual.glosser("ko") is _bilingual.glosses_ko
    assert _bilingual.ROMANISERS["ko"] is _bilingual.romanised_ko


def test_a_korean_name_written_by_sound_meets_its_english_spelling() -> None:
    # 오바마 and Obama share a romanisation; 맨체스터 and Manchester a sound key (mncst)
    ko = {k for _, _, keys in _bilingual.romanised_ko("오바마가 맨체스터로 갔다") for k in keys}
    en = {k for _, _, keys in _bilingual.romanised_en("Obama flew to Manchester.") for k in keys}
    assert "obama" in ko & en
    assert "~mncst" in ko & en
    # a dictionary word with its particle is no name: 정부는 (the government) gives no unit
    assert _bilingual.romanised_ko("정부는") == []


def test_a_gloss_meets_the_english_word_derived_from_it() -> None:
    # koen dev 263: 폭발 is glossed "explode", 부상 "injury", 사망 "die"; the English says
    # "explosions", "injured", "killed". WordNet's derivation links (explode / explosion, injure /
    # injury) and the figures 2 and 6 (in words on the English side) link the pair; before, nothing did.
    en = "Two people were killed and six injured in those explosions."
    statements = [
        Statement("K1", "이 폭발로 2명이 사망하고 6명이 부상했다.", lang="ko"),
        Statement("K2", "그는 이 일을 끝까지 최선을 다할 것이라고 말했다.", lang="ko"),
    ]
    result = align([Sentence(0, 0, len(en), en)], statements)
    assert [(link.translation, link.references) for link in result.links] == [((0,), ("K1",))]
    keys = {k for _, _, keys in _bilingual.glosses_ko("폭발") for k in keys}
    assert "explode" in keys
    from xcheck.align._lexical import _expand

    assert "explosion" in _expand("explode")
    assert {"injure", "injury"} <= _expand("injury")


def test_a_demonym_or_abbreviation_meets_the_korean_name_of_its_place() -> None:
    # "Iraqi" speaks of 이라크 (iraq), "Korean" of 한국 and "U.S." of 미국 (their place family)
    english = [k for _, _, k in _bilingual.english_keys("U.S. and Iraqi officials met Korean envoys.")]
    korean = [k for _, _, k in _bilingual.glosses_ko("미국과 이라크 관리들이 한국 특사를 만났다")]
    met = [any(e & k for k in korean) for e in english]
    assert met == [True, True, True, True, True], (english, korean)


def test_romanised_ko_reads_glosses_once_when_given() -> None:
    text = "오바마가 정부는 맨체스터로"
    glossed = _bilingual.glosses_ko(text)
    assert _bilingual.romanised_ko(text, glossed=glossed) == _bilingual.romanised_ko(text)
    # what it is given is what it skips: with no glosses the dictionary word 정부는 is a name too
    assert len(_bilingual.romanised_ko(text, glossed=[])) == len(_bilingual.romanised_ko(text)) + 1


_NUMBER = re.compile(r"(?<!July )(?<![\d,.])\d[\d,]*(?:\.\d+)?")  # a figure, not the day of a date


def _changed(token: str, factor: int) -> str:
    value = float(token.replace(",", ""))
    new = value * factor + (1 if value * factor == value else 0)
    # thousands separated, so that 2100 is not read as a year
    return f"{new:,.1f}".removesuffix(".0") if "." in token else f"{int(new):,}"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pair=st.integers(0, len(PAIRS) - 1), which=st.integers(0, 5), factor=st.sampled_from([2, 3, 7]))
def test_one_wrong_number_keeps_the_link_and_is_flagged(pair: int, which: int, factor: int) -> None:
    english = [en for _, en in PAIRS]
    numbers = list(_NUMBER.finditer(english[pair]))
    hit = numbers[which % len(numbers)]
    new = _changed(hit.group(), factor)
    english[pair] = english[pair][: hit.start()] + new + english[pair][hit.end() :]
    translation, statements = _document(english)
    report = xcheck.check(translation, statements)
    start = translation.index(english[pair])
    index = next(s.index for s in report.sentences if s.start == start)
    link = next(link for link in report.links if index in link.translation)
    assert IDS[pair] in link.references
    at = start + hit.start()
    flagged = [
        f
        for f in report.findings
        if f.kind in ("number", "date")
        and f.translation is not None
        and f.translation.start <= at < f.translation.end
    ]
    assert flagged, (english[pair], [(f.kind, f.message) for f in report.findings])
