"""Regions of a place ("eastern Taiwan" against 대만 중부): golden rows from real pairs, the
non-findings beside them, and exact spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import xcheck
from xcheck.facts.regions import compare_regions, read_regions_en


@pytest.mark.parametrize(
    ("translation", "reference", "found", "expected", "severity"),
    [
        # koen 244: the Korean puts Hualien in central Taiwan
        (
            "The storm was centered 180 miles southeast of Hualien in eastern Taiwan.",
            "태풍은 대만 중부 화련에서 남동쪽으로 289km 떨어진 지점에 위치했다.",
            "eastern Taiwan",
            "대만 중부",
            "minor",
        ),
        ("Floods hit northern China.", "中国南方发生洪水。", "northern China", "中国南方", "major"),
        (
            "It will hit western Taiwan.",
            "台风将袭击台湾中部和东部。",
            "western Taiwan",
            "台湾中部和东部",
            "major",
        ),
        (
            "It rained in northern Texas.",
            "得克萨斯州南部地区降雨。",
            "northern Texas",
            "得克萨斯州南部",
            "major",
        ),
        ("Fighting in western Yemen.", "也门东部发生冲突。", "western Yemen", "也门东部", "major"),
        (
            "Rockets hit southern Lebanon.",
            "로켓이 레바논 북부에 떨어졌다.",
            "southern Lebanon",
            "레바논 북부",
            "major",
        ),
        (
            "It rained in the north of Bangladesh.",
            "It rained in southern Bangladesh.",
            "the north of Bangladesh",
            "southern Bangladesh",
            "major",
        ),
    ],
)
def test_another_region_of_the_same_place_is_a_name_finding(
    translation: str, reference: str, found: str, expected: str, severity: str
) -> None:
    (d,) = compare_regions(translation, reference)
    assert (d.kind, d.severity) == ("name", severity)
    assert d.found is not None
    assert d.expected is not None
    assert translation[d.found.start : d.found.end] == found
    assert reference[d.expected.start : d.expected.end] == expected
    result = xcheck.check_pair(translation, reference)
    (f,) = [f for f in result.findings if f.kind == "name" and "another part" in f.message]
    assert f.translation is not None
    assert translation[f.translation.start : f.translation.end] == found


@pytest.mark.parametrize(
    ("translation", "reference"),
    [
        ("The storm hit eastern Taiwan.", "台风袭击台湾东部。"),
        ("It rained in the south of Bangladesh.", "It rained in southern Bangladesh."),
        ("Floods in southeastern China.", "중국 남부에 홍수가 났다."),  # south-east lies south
        ("Rain in eastern Lebanon.", "레바논 북동부에 비가 내렸다."),
        ("A quake rattled north-central Japan.", "일본 북부에서 강진이 발생했다."),
        # WMT21 zh-en 153: both regions of Texas, 得州 unglossed: the north agrees
        ("Rain in southern Texas and northern Texas.", "得州南部地区和得克萨斯州北部地区降雨。"),
        # another place: 浙江 is not Jiangxi, and its glosses name China too
        ("Floods in western Jiangxi.", "浙江中西部洪水。"),
        ("Floods in southern China.", "浙江北部洪水。"),
        # names, not regions
        ("He flew to Northern Ireland.", "He flew to southern Ireland."),
        ("He visited Central America.", "He visited northern America."),
        ("Rain in eastern Taiwan.", "비가 내렸다."),  # one side only
        # koen 243: coordinated regions of one place, on both sides
        ("It will hit central and eastern Taiwan.", "대만 중부와 동부지역을 강타할 것이다."),
        ("It will hit eastern Taiwan.", "대만 중부와 동부지역을 강타할 것이다."),
        ("It will hit eastern Taiwan.", "台风将袭击台湾中部和东部。"),
        ("It rained in eastern Taiwan.", "台湾中部和东西部下雨。"),  # 东西 is no region: no crash
    ],
)
def test_agreeing_other_or_one_sided_regions_are_not_findings(translation: str, reference: str) -> None:
    assert compare_regions(translation, reference) == []


@given(
    st.text(alphabet="abc ,.", max_size=20),
    st.sampled_from(
        ["northern Italy", "the south of Chad", "south-western France", "central and eastern Japan"]
    ),
    st.text(alphabet="abc ,.", max_size=20),
)
def test_spans_are_exact(before: str, phrase: str, after: str) -> None:
    text = f"{before} {phrase} {after}"
    (region,) = read_regions_en(text)
    assert text[region.span.start : region.span.end] == region.span.text == phrase
