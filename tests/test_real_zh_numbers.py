"""False alarms of Chinese and Korean number and date reading on real translations (WMT21 zh-en,
the Korean-English news set), each with a neighbour where a real change must still be found.

Each FAITHFUL row is a faithful English rendering of its source (cut from the real pair) and a
message fragment that must not appear among its fact findings; each CHANGED row changes the fact
and names a fragment of the finding that must appear.
"""

from __future__ import annotations

import pytest

import xcheck

FACT_KINDS = {"number", "date", "time"}

_AIRPORT_EN = (
    "On the 26th, Dalian Airport issued notices stating that negative nucleic acid tests results "
    "from within the last 7 days are required."
)
_AIRPORT_ZH = "大连机场25日发布通知，须持7日内核酸检测阴性证明。"
_GRADUATES_EN = (
    "This journalist learned that the art exhibition for 2020 graduates has 50 art works from 57 "
    "young artists at the Central Academy of Fine Arts, and the exhibition space extends from 2F to 6F."
)
_GRADUATES_ZH = "记者了解到，这场2020毕业生艺术展，征集了来自中央美术学院的57位青年艺术家的50件/组作品，展览空间从2层延伸至6层。"

# (English translation, source, source language, message fragment that must not appear)
FAITHFUL = [
    # 晚 before a clock time is the evening
    ("It airs at 7:30 p.m. on July 16 on Guangdong TV.", "于7月16日晚7:30登陆广东卫视。", "zh", "a.m./p.m."),
    ("It starts at 8 p.m.", "晚上8点开始。", "zh", "time differs"),
    ("The call came at 9 p.m.", "전화는 밤 9시에 왔다.", "ko", "time differs"),
    # a negated "more than" is "at most"; 以内 is "within"
    (
        "It limits public transport to a maximum of 20 passengers per bus.",
        "规定每辆公交车的乘客最多不能超过20人。",
        "zh",
        "opposite bound",
    ),
    ("Occupancy was strictly under 30%.", "上座率严控在30%以内。", "zh", "qualifier added"),
    # 一 with a measure word is the English "a"; 两者 are "the two"
    (
        "The price shall not be lower than the higher of the following two: the average price; "
        "the net asset value per share in the latest accounting year.",
        "价格不低于下列两者之中的较高者：平均价格；最近一个会计年度的每股净资产值。",
        "zh",
        "expected 1",
    ),
    # N日内 is a span of days, not a day of the month
    # (the real pair: its "26th" for 25日 is a real error, found below)
    (_AIRPORT_EN, _AIRPORT_ZH, "zh", "day 7"),
    (_AIRPORT_EN, _AIRPORT_ZH, "zh", "7 days"),
    # a year on one side, the same digits read as a count on the other
    (_GRADUATES_EN, _GRADUATES_ZH, "zh", "2,020"),
]

# (English translation, source, source language, message fragment that must appear)
CHANGED = [
    ("It airs at 7:30 a.m. on July 16 on Guangdong TV.", "于7月16日晚7:30登陆广东卫视。", "zh", "a.m./p.m."),
    ("It starts at 9 p.m.", "晚上8点开始。", "zh", "time differs"),
    ("The call came at 9 a.m.", "전화는 밤 9시에 왔다.", "ko", "a.m./p.m."),
    (
        "It limits public transport to more than 20 passengers per bus.",
        "规定每辆公交车的乘客最多不能超过20人。",
        "zh",
        "opposite bound",
    ),
    ("Occupancy was strictly over 30%.", "上座率严控在30%以内。", "zh", "opposite bound"),
    (
        "The price shall not be lower than the higher of the following three: the average price; "
        "the net asset value per share in the latest accounting year.",
        "价格不低于下列两者之中的较高者：平均价格；最近一个会计年度的每股净资产值。",
        "zh",
        "expected 2",
    ),
    (_AIRPORT_EN, _AIRPORT_ZH, "zh", "expected day 25, found day 26"),
    (_AIRPORT_EN.replace("7 days", "9 days"), _AIRPORT_ZH, "zh", "7 days"),
    (_GRADUATES_EN.replace("2020", "2021"), _GRADUATES_ZH, "zh", "2,021"),
]


def _fact_messages(translation: str, source: str, lang: str) -> list[str]:
    result = xcheck.check_pair(translation, source, lang="en", reference_lang=lang)
    return [f.message for f in result.findings if f.kind in FACT_KINDS]


@pytest.mark.parametrize(("translation", "source", "lang", "fragment"), FAITHFUL)
def test_faithful_rendering_has_no_such_finding(
    translation: str, source: str, lang: str, fragment: str
) -> None:
    messages = _fact_messages(translation, source, lang)
    assert not [m for m in messages if fragment in m], messages


@pytest.mark.parametrize(("translation", "source", "lang", "fragment"), CHANGED)
def test_changed_fact_is_still_found(translation: str, source: str, lang: str, fragment: str) -> None:
    messages = _fact_messages(translation, source, lang)
    assert [m for m in messages if fragment in m], messages
