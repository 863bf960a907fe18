"""Person names of a Chinese source against their English rendering: golden rows from WMT21 zh-en.

Each row is a pair whose English writes a native Chinese name garbled (a sound-alike of
``benchmarks/names_cross.py``) or substituted, which must be a name finding on that name, and its
neighbour, the faithful English of the same source, which must give no name finding.
"""

from __future__ import annotations

import pytest

import xcheck
from xcheck.text._romanize import umlaut_spellings

XINHUA_HU = "新华社北京7月26日电(记者胡璐)26日，长江2020年第3号洪水形成。"
XINHUA_HU_EN = "Beijing, July 26 (Xinhua, {}) On July 26, the Yangtze River’s third flood of 2020 formed."
XINHUA_TENG = "新华社上海7月25日电（记者滕佳妮）24日，30个重点电竞项目落地上海浦东新区。"
XINHUA_TENG_EN = (
    "Shanghai, July 25 (Xinhua, {}) On July 24, 30 major E-sports projects were launched in Pudong."
)
URUMQI = (
    "中新网乌鲁木齐7月26日电 (记者 孙亭文 赵雅敏)乌鲁木齐市卫健委主任张卫26日在通报乌鲁木齐市最新疫情时称，"
    "目前检测工作已基本完成。"
)
URUMQI_EN = (
    "URUMQI, July 26 (Ecns.cn, by Sun Tingwen, Zhao Yaomin): {}, director of the Municipal Health "
    "Commission of Urumqi, reported on the latest outbreak on the 26th, saying that testing work has "
    "been basically completed."
)
SHENZHEN = (
    "新华社深圳7月26日电（记者毛思倩、白瑜）鼓励居民勤做体检。日前《深圳经济特区健康条例》正式发布，"
    "深圳居民将有自己的“健康法”。"
)
SHENZHEN_EN = (
    "SHENZHEN, July 26, 2020 (Xinhua, by {} and Bai Yu) Residents are encouraged to perform physical "
    "examinations. Recently, the Health Regulations of Shenzhen Special Economic Zone were published, "
    "and residents will have their own “Health Law”."
)
WILDLIFE = "北京市园林绿化局野生动植物和湿地保护处处长张志明介绍，北京陆生脊椎野生动物已从1994年的461种增加到500多种。"
WILDLIFE_EN = (
    "{}, Director of the Wildlife and Wetland Protection Department of the Beijing Gardening and "
    "Greening Bureau, said that terrestrial vertebrate wildlife in Beijing has increased from 461 "
    "species in 1994 to more than 500 species."
)
ZHOU = "周竞帆说，他从小就有个从军梦，通过这次抗洪更加坚定了他投身军营的决心。"
ZHOU_EN = "{} said the fight against the flooding further solidified his childhood dream to become a soldier."
LV = "银川市湿地保护中心副主任吕金虎告诉记者，湿地保护增加了生物多样性。"
LV_EN = "Deputy director of the Yinchuan Wetland Conservation Center {} said wetland protection has increased biodiversity."

VENEZUELA = "委内瑞拉副总统罗德里格斯、主管北美事务的外交部副部长卡洛斯·隆等政府官员也纷纷转发李宝荣的推文。"
VENEZUELA_EN = (
    "Li Baorong’s tweet was also retweeted by Venezuelan Vice President {}, Deputy Foreign Minister "
    "Carlos Long, and other government officials."
)
NAVY = "俄海军总司令叶夫梅诺夫日前在接受俄国防部机关报《红星报》采访时说，俄建造舰艇的计划得到了有效落实。"
NAVY_EN = (
    "{}, commander-in-chief of the Russian Navy, said in an interview with Russian Defense Ministry "
    "newspaper “Red Star” that Russia’s plan to construct new ships has been effectively carried out."
)

# source, English template, the name written wrong, a faithful name (or names)
ROWS = [
    # Sound-alikes the English reader reads as no person's name (bylines, a frequent word).
    (XINHUA_HU, XINHUA_HU_EN, "Hun La", ["Hu Lu"]),
    ("（记者李俐）", "(Journalist: {})", "Lin Le", ["Li Li", "Lee Li"]),
    (XINHUA_TENG, XINHUA_TENG_EN, "Ten Jiane", ["Teng Jiani", "Jiani Teng"]),
    ("（记者邱伟）", "(Journalist: {})", "Qiun Wee", ["Qiu Wei", "Chiu Wei"]),
    # A near miss of a Chinese name is its counterpart, not a word its consonants sound like
    # (从军 cong-jun).
    (ZHOU, ZHOU_EN, "Zhoun Jingfon", ["Zhou Jingfan", "Jingfan Zhou", "Chou Ching-fan"]),
    # A near miss of an unconfirmed name in a byline renders it: Xu Jiahui is then the only
    # name left facing 张卫.
    (URUMQI, URUMQI_EN, "Xu Jiahui", ["Zhang Wei"]),
    # "Health Law": a frequent word alone is no family name (罗 Law).
    (SHENZHEN, SHENZHEN_EN, "Huang Xiaoming", ["Mao Siqian"]),
    # Guo Peng renders no word 陆生 lu-sheng whose family name it does not write.
    (WILDLIFE, WILDLIFE_EN, "Guo Peng", ["Zhang Zhiming"]),
    # Another family name is no spelling of this one, though romanisations fold it with it.
    (ZHOU, ZHOU_EN, "Zhu Jingfan", ["Chow Jingfan"]),
    ("卢晓明表示。", "{} said so.", "Luo Xiaoming", ["Lu Xiaoming", "Lo Hsiao-ming"]),
    ("单晓明表示。", "{} said so.", "Zhan Xiaoming", ["Shan Xiaoming"]),
    # Foreign names: "Carlos Long" is no person by its words ("Long"), but it renders 卡洛斯·隆,
    # which is then no counterpart; a quoted name (the newspaper “Red Star”) is a title.
    (VENEZUELA, VENEZUELA_EN, "Robkiguez", ["Rodriguez"]),
    (NAVY, NAVY_EN, "Nikolai Yemmekov", ["Nikolai Yevmenov"]),
    # A Hong Kong family name (Leung) goes with a Cantonese given name, which is not judged; a
    # pinyin one with a pinyin given name, which is.
    ("梁振英表示。", "{} said so.", "Liang Zhenyin", ["Leung Chun-ying", "Liang Zhenying"]),
    ("李登辉表示。", "{} said so.", "Li Denghuo", ["Lee Teng-hui", "Li Denghui"]),
    # ü is written u, v or yu: Lu Jinhu renders 吕金虎, Le Jinhu does not.
    (LV, LV_EN, "Le Jinhu", ["Lu Jinhu", "Lv Jinhu", "Lyu Jinhu"]),
]


def _name_findings(translation: str, reference: str) -> list[xcheck.Finding]:
    result = xcheck.check_pair(translation, reference, lang="en", reference_lang="zh")
    return [f for f in result.findings if f.kind == "name"]


@pytest.mark.parametrize(("reference", "template", "wrong", "faithful"), ROWS, ids=[r[2] for r in ROWS])
def test_a_wrong_chinese_name_is_a_name_finding_on_it(
    reference: str, template: str, wrong: str, faithful: list[str]
) -> None:
    translation = template.format(wrong)
    found = _name_findings(translation, reference)
    assert len(found) == 1, [f.message for f in found]
    (f,) = found
    assert f.translation is not None
    assert translation[f.translation.start : f.translation.end] == wrong
    assert f.reference is not None
    assert f.reference.text in f.message


@pytest.mark.parametrize(("reference", "template", "wrong", "faithful"), ROWS, ids=[r[2] for r in ROWS])
def test_the_faithful_neighbour_gives_no_name_finding(
    reference: str, template: str, wrong: str, faithful: list[str]
) -> None:
    for name in faithful:
        translation = template.format(name)
        assert [f.message for f in _name_findings(translation, reference)] == [], name


def test_a_garbled_given_name_is_a_near_miss_and_minor() -> None:
    (f,) = _name_findings("(Journalist: Qiu Wee)", "（记者邱伟）")
    assert f.severity == "minor"
    assert "Qiu Wei" in f.message


def test_umlaut_spellings() -> None:
    assert umlaut_spellings("lv") == ("lv", "lu", "lyu")
    assert umlaut_spellings("xu") == ("xu",)
