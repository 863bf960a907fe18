"""Titles of an English translation against a Korean or Chinese source, through the title table
(``data/titles.tsv``): golden findings and non-findings, the table's integrity, and exact spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import xcheck
from xcheck.facts.names import compare_titles_across
from xcheck.facts.names._cross_titles import _known, _rendering, _renders, source_titles
from xcheck.facts.names._text import parse_title
from xcheck.lexicon._titles import title_offices

# (English translation, source, source language, English title flagged, source title it misses)
FINDINGS = [
    (
        "Vice Chairman Lee Jae-yong attended the event.",
        "이재용 회장이 행사에 참석했다.",
        "ko",
        "Vice Chairman",
        "회장",
    ),
    (
        "Chairman Lee Jae-yong attended the event.",
        "이재용 부회장이 행사에 참석했다.",
        "ko",
        "Chairman",
        "부회장",
    ),
    (
        "Floor leader Kim said the party would vote.",
        "김 수석대변인은 당이 표결할 것이라고 말했다.",
        "ko",
        "Floor leader",
        "수석대변인",
    ),
    (
        "Vice Defence Minister Jeon Ha-kyu said the drills would continue.",
        "전하규 대변인은 훈련이 계속될 것이라고 말했다.",
        "ko",
        "Vice Defence Minister",
        "대변인",
    ),
    (
        "Unification Minister Kim met the delegation.",
        "김 외교부 장관이 대표단을 만났다.",
        "ko",
        "Unification Minister",
        "외교부 장관",
    ),
    (
        "Foreign Minister Mao Ning said China opposes it.",
        "外交部发言人毛宁表示，中方反对。",
        "zh",
        "Foreign Minister",
        "发言人",
    ),
    ("Prime Minister Li met the visitors.", "国家主席李某会见了客人。", "zh", "Prime Minister", "国家主席"),
    ("Vice Chairman Wang Li spoke.", "董事长王力发言。", "zh", "Vice Chairman", "董事长"),
    # a title in apposition after the name
    (
        "Li Li, assistant general manager of the travel company, said it sold out.",
        "旅游公司副总经理李莉说，产品售罄。",
        "zh",
        "assistant general manager",
        "副总经理",
    ),
    (
        "Ambassador Park Jin said the talks went well.",
        "박진 대변인은 회담이 잘 진행됐다고 말했다.",
        "ko",
        "Ambassador",
        "대변인",
    ),
]

# Correct renderings and cases without evidence: no title finding.
SILENT = [
    ("Chairman Lee Jae-yong attended the event.", "이재용 회장이 행사에 참석했다.", "ko"),
    ("Samsung Electronics Chairman Lee Jae-yong attended.", "이재용 삼성전자 회장이 참석했다.", "ko"),
    (
        "Chief spokesperson Kim said the party would vote.",
        "김 수석대변인은 당이 표결할 것이라고 말했다.",
        "ko",
    ),
    ("Spokesperson Kim said the party would vote.", "김 수석대변인은 당이 표결할 것이라고 말했다.", "ko"),
    ("Floor leader Park said so.", "박 원내대표가 그렇게 말했다.", "ko"),
    ("Defense Ministry spokesperson Jeon Ha-kyu said so.", "전하규 국방부 대변인은 그렇게 말했다.", "ko"),
    ("Defense Minister Shin Won-sik met him.", "신원식 국방장관이 그를 만났다.", "ko"),
    ("Defense Secretary Hegseth met him.", "헤그세스 국방장관이 그를 만났다.", "ko"),
    ("Minister Shin met him.", "신원식 국방부 장관이 그를 만났다.", "ko"),
    ("Unification Minister Kim met the delegation.", "김 통일부 장관이 대표단을 만났다.", "ko"),
    (
        "Foreign Ministry spokesperson Mao Ning said China opposes it.",
        "外交部发言人毛宁表示，中方反对。",
        "zh",
    ),
    ("Defense Minister Dong Jun met him.", "国防部长董军会见了他。", "zh"),
    ("President Xi Jinping met him.", "习近平总书记会见了他。", "zh"),
    ("Secretary of State Rubio met him.", "美国国务卿鲁比奥会见了他。", "zh"),
    ("Premier Li Qiang met him.", "国务院总理李强会见了他。", "zh"),
    ("Vice Premier He met him.", "副总理何某会见了他。", "zh"),
    # lawmaker and spokesperson can both hold: a status word is no evidence
    ("Lawmaker Kim said so.", "김 대변인은 그렇게 말했다.", "ko"),
    (
        "Li Li, deputy general manager of the travel company, said it sold out.",
        "旅游公司副总经理李莉说，产品售罄。",
        "zh",
    ),
    # an unknown English title says nothing
    ("Inspector Kim said so.", "김 대변인은 그렇게 말했다.", "ko"),
    # a former office is not compared with a present one
    ("Former Foreign Minister Ban met him.", "반기문 전 유엔 사무총장이 그를 만났다.", "ko"),
    # two titles on one side, one on the other: no slot
    ("Vice Chairman Lee met the minister.", "이재용 회장이 장관과 대변인을 만났다.", "ko"),
    # 대사관 is an embassy, 외교통상부장관 the foreign minister (the 부 ends the ministry's name)
    ("Ambassador Kim spoke at the embassy.", "김 대사가 대사관에서 말했다.", "ko"),
    ("Foreign Minister Yu said so.", "유명환 외교통상부장관은 그렇게 말했다.", "ko"),
]


@pytest.mark.parametrize(("translation", "source", "lang", "found", "expected"), FINDINGS)
def test_title_findings(translation: str, source: str, lang: str, found: str, expected: str) -> None:
    result = xcheck.check_pair(translation, source, lang="en", reference_lang=lang)
    titles = [f for f in result.findings if f.kind == "title"]
    assert [(f.found, f.expected) for f in titles] == [(found, expected)]
    f = titles[0]
    assert f.severity == "major"
    assert f.translation is not None
    assert translation[f.translation.start : f.translation.end] == f.translation.text == found
    assert f.reference is not None
    assert source[f.reference.start : f.reference.end] == f.reference.text == expected


@pytest.mark.parametrize(("translation", "source", "lang"), SILENT)
def test_title_non_findings(translation: str, source: str, lang: str) -> None:
    result = xcheck.check_pair(translation, source, lang="en", reference_lang=lang)
    assert [f.message for f in result.findings if f.kind == "title"] == []


def test_only_an_english_translation_of_chinese_or_korean_is_read() -> None:
    source = "이재용 회장이 행사에 참석했다."
    result = xcheck.check_pair("Vice Chairman Lee attended.", source, lang="en", reference_lang="ja")
    assert [f for f in result.findings if f.kind == "title"] == []


def test_the_table_is_well_formed() -> None:
    offices = title_offices()
    ids = [o.id for o in offices]
    assert len(ids) == len(set(ids)) >= 40
    for office in offices:
        assert office.english, office.id
        assert office.surfaces, office.id
        for rendering in office.english:
            parts = parse_title(rendering)
            if parts is not None:  # "chief delegate": no head the title reader knows
                assert _renders(_rendering(parts), office), (office.id, rendering)
        for word in office.not_titles:
            assert any(s.replace(" ", "") in word for s in office.surfaces), (office.id, word)


def test_bare_heads_of_many_offices_are_no_evidence() -> None:
    for title in ("leader", "chief", "head", "lawmaker", "senator"):
        parts = parse_title(title)
        assert parts is not None
        assert not _known(_rendering(parts)), title
    for title in ("floor leader", "vice chairman", "spokesperson", "defense minister"):
        parts = parse_title(title)
        assert parts is not None
        assert _known(_rendering(parts)), title


def test_source_titles_prefer_the_longest_surface() -> None:
    found = [(t.span.text, t.office.id) for t in source_titles("박 수석대변인과 이 부회장, 김 국방부 장관")]
    assert found == [
        ("수석대변인", "chief_spokesperson"),
        ("부회장", "vice_chairman"),
        ("국방부 장관", "defense_minister"),
    ]


_SURFACES = sorted({s for o in title_offices() for s in o.surfaces})


@given(st.lists(st.sampled_from([*_SURFACES, " ", "의", "이 ", "的", "。"]), max_size=12))
def test_source_title_spans_are_exact(parts: list[str]) -> None:
    text = "".join(parts)
    for t in source_titles(text):
        assert text[t.span.start : t.span.end] == t.span.text


@given(
    st.sampled_from(["Vice Chairman", "Floor leader", "Chairman", "Ambassador", "Defense Minister"]),
    st.sampled_from(["회장", "수석대변인", "대변인", "부회장", "国防部长", "发言人"]),
)
def test_finding_spans_are_exact(title: str, source_title: str) -> None:
    translation = f"{title} Kim attended the meeting."
    source = f"김 {source_title}이 회의에 참석했다."
    for d in compare_titles_across(translation, source, glossary=None):
        assert d.found is not None
        assert d.expected is not None
        assert translation[d.found.start : d.found.end] == d.found.text
        assert source[d.expected.start : d.expected.end] == d.expected.text
