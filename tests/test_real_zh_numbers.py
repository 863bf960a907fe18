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
    # 조 after a law word, or before 항, numbers an article: 헌법 9조 is Article 9, not 9 trillion (koen 893)
    (
        "Japan's ruling party has been endeavoring to revise the article nine of the constitution.",
        "일본의 여당은 군사력 확대를 위해 헌법 9조를 개정하려는 시도를 해 왔다.",
        "ko",
        "scale error",
    ),
    ("Article 9, paragraph 2 of the constitution applies.", "헌법 제9조 2항이 적용된다.", "ko", "trillion"),
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
    # numerals inside words and names
    (
        "At 6 p.m., he began to move these items by tricycle.",
        "下午6点，他开始用三轮车运东西。",
        "zh",
        "missing 3",
    ),
    (
        "Images from areas near the Wudaoliang Conservation Station show about 40 antelopes.",
        "五道梁保护站附近的监控画面显示，大约40只藏羚羊。",
        "zh",
        "missing 5",
    ),
    (
        "Lukaku scored twice and Sanchez also contributed a goal.",
        "此役卢卡库梅开二度，桑切斯也贡献一球。",
        "zh",
        "2 times",
    ),
    ("She won it twice, in 2014 and 2016.", "2014年和2016年她曾两度斩获该奖项。", "zh", "2 times"),
    (
        'We must ensure that the "13th Five-Year Plan" is accomplished.',
        "确保“十三五”圆满收官。",
        "zh",
        "13th",
    ),
    ("The stage play Fourteen Days is in rehearsal.", "话剧《十四天》开始进入排练阶段。", "zh", "14 days"),
    (
        "The whole province united as one to fight the tough battles.",
        "全省上下坚持一盘棋，打好两场硬仗。",
        "zh",
        "expected 2",
    ),
    ('Avoid the problem of "double hardship" for the masses.', "避免群众“两头跑”。", "zh", "2 times"),
    # forms not read before
    ("They sold nearly 10,000 bottles of royal jelly.", "共计销售近一万瓶蜂王浆。", "zh", "10,000"),
    ("He quit his job with a salary over 10,000 yuan.", "他辞掉北京月薪上万的工作。", "zh", "10,000"),
    ("Tens of thousands of people demonstrated.", "上万人举行示威游行。", "zh", "10,000"),
    ("A Splendid 65 years", "六十五载璀璨历史", "zh", "65 years"),
    (
        "The rate fell 17 basis points to 6.9938.",
        "中间价下调17个基本点，报6.9938。",
        "zh",
        "percentage points",
    ),
    ("The highest temperature exceeded 33℃.", "最高气温都超过了33℃。", "zh", "qualifier added"),
    (
        "Tourists will visit them on their 2-day 1-night trip.",
        "在两天一夜的行程中，游客将领略这些景点。",
        "zh",
        "added 1",
    ),
    (
        "The response level was adjusted down to Level III from Level II.",
        "应急响应级别由二级调整为三级。",
        "zh",
        "missing 3",
    ),
    # wrong readings
    ("In the 1980's, Arthur Miller visited China.", "上世纪八十年代，阿瑟·米勒来到中国。", "zh", "80 years"),
    (
        "Based on the 2020 China Stocks Data Report, in the first half of the year, 20 companies had IPOs.",
        "2020上半年中概股数据报告显示，今年上半年，赴美IPO中国企业共计20家。",
        "zh",
        "6 months",
    ),
    (
        "The event in 2019 attracted 2.9 million people.",
        "2019年最后一天的跨年活动吸引了290万人参加。",
        "zh",
        "1 day",
    ),
    (
        '"Once your career succeeds, remember your primary inspirations."',
        "“当有一天事业有成时，不忘初心。”",
        "zh",
        "1 day",
    ),
    (
        "Viewers exceeded 30 million by 12 p.m. on July 25.",
        "截至25日晚12时，本场音乐会的在线播出点击量突破3000万。",
        "zh",
        "a.m./p.m.",
    ),
    # Korean
    (
        "Tokuda romances them all (sometimes more than one at a time).",
        "도쿠다는 때론 한번에 여러 명과도 연애한다.",
        "ko",
        "qualifier added",
    ),
    (
        "When Hadrian came to power in 117AD he inherited an empire.",
        "하드리아누스가 집권했던 AD 117년의 제국.",
        "ko",
        "117 years",
    ),
    # tenths, minutes, "the first", the Nth Congress, "these two"
    (
        "Telecommunication fraud crimes increase by 70% in the first half of the year.",
        "上半年电信网络诈骗犯罪上升七成。",
        "zh",
        "70%",
    ),
    ("Among fund holders, 60% are men.", "持有基金的用户中，6成是男性。", "zh", "60%"),
    ("He completed the registration in under two minutes.", "他不到两分钟就办完了登记。", "zh", "2 minutes"),
    (
        "During the 1st China International Import Expo in 2018, the alliance was founded.",
        "在2018年首届进博会期间，联盟成立。",
        "zh",
        "1st",
    ),
    ("The Party's 18th session didn't stop him.", "在党的十八大后不收敛、不收手。", "zh", "18th"),
    ("They don't have any deep-rooted bad habits.", "这两个人身上没有劣根性。", "zh", "missing 2"),
    # Korean day words, the Six-Party Talks, a digit 1 for "a"
    (
        "The talks will come 24 hours before a Wednesday deadline.",
        "선수 명단 제출을 하루 앞두고 전격적으로 이뤄졌다.",
        "ko",
        "24 hours",
    ),
    (
        "Members of the six-party talks took a two-day recess yesterday.",
        "6자 회담 참석자들은 어제 이틀간 휴회했다.",
        "ko",
        "2 days",
    ),
    (
        "Members of the talks took a two-day recess yesterday.",
        "6자 회담 참석자들은 어제 이틀간 휴회했다.",
        "ko",
        "missing 6",
    ),
    (
        "It was not immediately clear if the last person's life was spared.",
        "마지막 죄수 1명의 사형 집행 여부는 확실히 밝혀지지 않았다.",
        "ko",
        "1 person",
    ),
]

# (English translation, source, source language, message fragment that must appear)
CHANGED = [
    # 조 without a law word is still the scale: 9조 원 against "9 billion won" is a scale error
    ("The government spent 9 billion won.", "정부는 9조 원을 투입했다.", "ko", "scale error"),
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
    ("Three people came by tricycle.", "四个人骑三轮车来了。", "zh", "expected 4"),
    (
        "Images from areas near the conservation station show about 40 antelopes.",
        "五道梁保护站附近的监控画面显示，大约40只藏羚羊。",
        "zh",
        "missing 5",
    ),
    (
        "Lukaku scored three times and Sanchez also contributed a goal.",
        "此役卢卡库梅开二度，桑切斯也贡献一球。",
        "zh",
        "3 times",
    ),
    ("She won it three times, in 2014 and 2016.", "2014年和2016年她曾两度斩获该奖项。", "zh", "3 times"),
    (
        'We must ensure that the "14th Five-Year Plan" is accomplished.',
        "确保“十三五”圆满收官。",
        "zh",
        "ordinal differs",
    ),
    (
        "The whole province united as one to fight the three tough battles.",
        "全省上下坚持一盘棋，打好两场硬仗。",
        "zh",
        "expected 2",
    ),
    (
        "They sold nearly 20,000 bottles of royal jelly.",
        "共计销售近一万瓶蜂王浆。",
        "zh",
        "expected about 10,000",
    ),
    ("He quit his job with a salary over 100,000 yuan.", "他辞掉北京月薪上万的工作。", "zh", "100,000"),
    ("A Splendid 60 years", "六十五载璀璨历史", "zh", "65 years"),
    ("The rate fell 27 basis points to 6.9938.", "中间价下调17个基本点，报6.9938。", "zh", "0.17"),
    ("The highest temperature stayed below 33℃.", "最高气温都超过了33℃。", "zh", "opposite bound"),
    (
        "Tourists will visit them on their 3-day 2-night trip.",
        "在两天一夜的行程中，游客将领略这些景点。",
        "zh",
        "3 days",
    ),
    (
        "The response level was adjusted down to the fourth level from the second level.",
        "应急响应级别由二级调整为三级。",
        "zh",
        "ordinal differs",
    ),
    (
        "Based on the 2020 China Stocks Data Report, in the first half of the year, 21 companies had IPOs.",
        "2020上半年中概股数据报告显示，今年上半年，赴美IPO中国企业共计20家。",
        "zh",
        "expected 20",
    ),
    (
        "The event in 2019 attracted 3.9 million people.",
        "2019年最后一天的跨年活动吸引了290万人参加。",
        "zh",
        "expected 2.9 million",
    ),
    (
        "Viewers exceeded 30 million by 11 p.m. on July 25.",
        "截至25日晚12时，本场音乐会的在线播出点击量突破3000万。",
        "zh",
        "time differs",
    ),
    (
        "Tokuda romances them all (sometimes two at a time).",
        "도쿠다는 때론 한번에 세 명과도 연애한다.",
        "ko",
        "expected 3",
    ),
    (
        "Telecommunication fraud crimes increase by 80% in the first half of the year.",
        "上半年电信网络诈骗犯罪上升七成。",
        "zh",
        "expected 70%",
    ),
    (
        "He completed the registration in under three minutes.",
        "他不到两分钟就办完了登记。",
        "zh",
        "expected less than 2 minutes",
    ),
    (
        "During the 2nd China International Import Expo in 2018, the alliance was founded.",
        "在2018年首届进博会期间，联盟成立。",
        "zh",
        "ordinal differs",
    ),
    ("The Party's 19th session didn't stop him.", "在党的十八大后不收敛、不收手。", "zh", "ordinal differs"),
    ("The three of them don't have any deep-rooted bad habits.", "这两个人身上没有劣根性。", "zh", "2"),
    (
        "The talks will come 48 hours before a Wednesday deadline.",
        "선수 명단 제출을 하루 앞두고 전격적으로 이뤄졌다.",
        "ko",
        "expected 1 day",
    ),
    (
        "Members of the six-party talks took a three-day recess yesterday.",
        "6자 회담 참석자들은 어제 이틀간 휴회했다.",
        "ko",
        "expected 2 days",
    ),
    (
        "It was not immediately clear if the last two people's lives were spared.",
        "마지막 죄수 1명의 사형 집행 여부는 확실히 밝혀지지 않았다.",
        "ko",
        "expected 1",
    ),
    (
        "The ministers from countries involved in the six-party talks attended.",
        "북핵 6자 회담 관련국들이 포함된 10개국의 외무 장관들이 참석했다.",
        "ko",
        "missing 10",
    ),
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
