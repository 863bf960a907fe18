"""Units and counters of Chinese and Korean sources, checked through ``check_pair`` with an English
translation: a correct rendering gives no number finding, a wrong number gives one whose message
names the right unit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import xcheck
from xcheck.facts.quantities import extract_quantities

# (English translation, source, source language, unit the message must name)
RIGHT = [
    ("Rainfall reached 120 mm.", "降雨量达120毫米。", "zh"),
    ("The central pressure was 950 hectopascals.", "中心气压950百帕。", "zh"),
    ("Winds reached 45 meters per second.", "最大风速45米每秒。", "zh"),
    ("Winds reached 45 m/s.", "最大风速45米/秒。", "zh"),
    ("Winds reached 40 m/s.", "台风最大风速每秒40米。", "zh"),
    ("The train runs at 350 km/h.", "列车时速350公里。", "zh"),
    ("The farm covers 300 mu.", "农场占地300亩。", "zh"),
    ("The farm covers 20 hectares.", "农场占地300亩。", "zh"),
    ("The park covers 200 hectares.", "公园占地200公顷。", "zh"),
    ("The zone is 3.5 square kilometers.", "面积约3.5平方公里。", "zh"),
    ("The plant generated 10 million kWh.", "电站发电1000万千瓦时。", "zh"),
    ("The village used 500 kilowatt-hours.", "全村用电量达500度。", "zh"),
    ("Rainfall reached 120 mm.", "강수량이 120밀리미터에 달했다.", "ko"),
    ("Rainfall reached 120 mm.", "강수량이 120㎜에 달했다.", "ko"),
    ("The central pressure was 950 hPa.", "중심기압은 950헥토파스칼이다.", "ko"),
    ("The apartment is 25 pyeong.", "아파트는 25평이다.", "ko"),
    ("The apartment is 83 square meters.", "아파트는 25평이다.", "ko"),
    ("The park covers 10 hectares.", "공원은 10헥타르이다.", "ko"),
    ("The typhoon had winds of 40 m/s.", "태풍의 최대 풍속은 초속 40m이다.", "ko"),
    ("The train runs at 300 km/h.", "열차는 시속 300㎞로 달린다.", "ko"),
]

WRONG = [
    ("Rainfall reached 150 mm.", "降雨量达120毫米。", "zh", "120 mm"),
    ("The central pressure was 960 hPa.", "中心气压950百帕。", "zh", "950 hPa"),
    ("Winds reached 54 meters per second.", "最大风速45米每秒。", "zh", "45 m/s"),
    ("Winds reached 50 m/s.", "台风最大风速每秒40米。", "zh", "40 m/s"),
    ("The farm covers 30 hectares.", "农场占地300亩。", "zh", "300 mu"),
    ("The park covers 2,000 hectares.", "公园占地200公顷。", "zh", "200 ha"),
    ("The village used 800 kilowatt-hours.", "全村用电量达500度。", "zh", "500 kWh"),
    ("Rainfall reached 150 mm.", "강수량이 120㎜에 달했다.", "ko", "120 mm"),
    ("The central pressure was 960 hPa.", "중심기압은 950헥토파스칼이다.", "ko", "950 hPa"),
    ("The apartment is 35 pyeong.", "아파트는 25평이다.", "ko", "25 pyeong"),
    ("The park covers 100 hectares.", "공원은 10헥타르이다.", "ko", "10 ha"),
    ("The typhoon had winds of 45 m/s.", "태풍의 최대 풍속은 초속 40m이다.", "ko", "40 m/s"),
]


@pytest.mark.parametrize(("translation", "source", "lang"), RIGHT)
def test_right_rendering_has_no_number_finding(translation: str, source: str, lang: str) -> None:
    result = xcheck.check_pair(translation, source, lang="en", reference_lang=lang)
    assert [f.message for f in result.findings if f.kind == "number"] == []


@pytest.mark.parametrize(("translation", "source", "lang", "unit"), WRONG)
def test_wrong_number_names_the_unit(translation: str, source: str, lang: str, unit: str) -> None:
    result = xcheck.check_pair(translation, source, lang="en", reference_lang=lang)
    numbers = [f for f in result.findings if f.kind == "number"]
    assert len(numbers) == 1, [f.message for f in result.findings]
    assert numbers[0].severity in ("major", "critical")
    assert numbers[0].expected == unit
    assert unit in numbers[0].message
    assert numbers[0].translation is not None
    assert (
        translation[numbers[0].translation.start : numbers[0].translation.end] == numbers[0].translation.text
    )


@given(
    st.lists(
        st.sampled_from(
            [
                "120",
                "3만3천",
                "950",
                "40",
                " ",
                "초속 ",
                "시속 ",
                "每秒",
                "时速",
                "用电量",
                "평",
                "㎜",
                "㎡",
                "㍱",
                "㎞",
                "百帕",
                "米",
                "度",
                "평가",
            ]
        ),
        max_size=10,
    )
)
def test_unit_spans_are_exact(parts: list[str]) -> None:
    text = "".join(parts)
    for lang in ("zh", "ko"):
        for q in extract_quantities(text, lang=lang):
            assert text[q.span.start : q.span.end] == q.span.text
