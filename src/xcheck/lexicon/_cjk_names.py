"""Word tables for reading person names in Chinese and Korean text (private).

General knowledge of the two languages, not of any text: the common family names (with the
readings a family name takes where the character has several), the Hong Kong (Cantonese) and
Taiwan spellings of common Chinese family names, and the title and speech words that show a
word next to them names a person. Romanisation itself comes from libraries (pypinyin, hanja)
and from the Hangul syllable algorithm in :mod:`xcheck.text._romanize`.
"""

from __future__ import annotations

from collections.abc import Mapping

#: The most common Chinese family names (single characters, simplified and traditional forms).
CHINESE_SURNAMES: frozenset[str] = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳"
    "甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶"
    "解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟"
    "邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习"
    "朴河禹具玄奇庆慶延卢盧玉琴魏"
    "張劉陳楊黃趙吳許韓馮鄧蕭葉蘇呂盧陸鍾譚賈鄒閆雷龔萬錢嚴戴莊聶魯齊顏龐倪關蘭喬塗駱藍饒農"
    "項褚竇衛臧閔鄔欒隋鞏鄺習"
)

#: Chinese family names of two characters.
CHINESE_COMPOUND_SURNAMES: frozenset[str] = frozenset(
    "欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 夏侯 东方 東方 慕容 皇甫 尉迟 尉遲 公孙 公孫 令狐 长孙 長孫 "
    "司徒 端木".split()
)

#: The reading of a character when it is a family name, where its common reading differs.
SURNAME_READINGS: Mapping[str, str] = {
    "曾": "zeng",
    "单": "shan",
    "單": "shan",
    "仇": "qiu",
    "解": "xie",
    "朴": "piao",
    "区": "ou",
    "區": "ou",
    "查": "zha",
    "乐": "yue",
    "樂": "yue",
    "覃": "qin",
    "盖": "ge",
    "蓋": "ge",
    "缪": "miao",
    "繆": "miao",
    "翟": "zhai",
    "种": "chong",
    "尉迟": "yuchi",
    "尉遲": "yuchi",
    "长孙": "zhangsun",
    "長孫": "zhangsun",
    "万": "wan",
    "秘": "bi",
    "员": "yun",
    "那": "na",
    "柏": "bai",
    "宿": "su",
    "燕": "yan",
    "葛": "ge",
    "任": "ren",
    "华": "hua",
    "華": "hua",
}

#: Hong Kong (Cantonese) and Taiwan (Wade-Giles) spellings of common family names, by pinyin
#: reading: what an English text may write for a family name the pinyin does not predict.
SURNAME_SPELLINGS: Mapping[str, frozenset[str]] = {
    reading: frozenset(spellings.split())
    for reading, spellings in {
        "chen": "chan chun tan chin",
        "wang": "wong ong",
        "huang": "wong hwang ng",
        "zhang": "cheung chang chong teo",
        "liang": "leung",
        "liu": "lau lao lew",
        "lin": "lam lim",
        "wu": "ng woo goh",
        "zeng": "tsang tseng",
        "yang": "yeung yeo",
        "zhou": "chow chau chou",
        "xie": "tse hsieh",
        "guo": "kwok kuo",
        "feng": "fung",
        "mai": "mak",
        "deng": "tang teng",
        "guan": "kwan kuan",
        "he": "ho",
        "li": "lee lei lai",
        "hu": "woo",
        "luo": "law lo",
        "cai": "choi tsai choy",
        "xu": "hui hsu tsui",
        "zheng": "cheng",
        "ye": "yip yeh",
        "su": "so",
        "lu": "lo",
        "pan": "poon",
        "peng": "pang",
        "xiao": "siu hsiao",
        "jiang": "kong chiang",
        "shi": "shih sze",
        "zhu": "chu",
        "qiu": "yau chiu",
        "cao": "tso tsao",
        "song": "sung",
        "ma": "mah",
        "tang": "tong",
        "jin": "kam chin",
        "zhao": "chiu chao",
        "gao": "ko kao",
        "du": "to tu",
        "han": "hon",
        "tian": "tin tien",
        "ke": "ko",
        "hou": "hau",
        "lai": "lai",
        "you": "yu",
    }.items()
}

#: Chinese words that, right before or after a name, show it names a person: titles (written
#: before the name: 国防部长赫格塞思) and honorifics, and verbs of speech written after it.
CHINESE_PERSON_TITLES: tuple[str, ...] = tuple(
    """
    部长 总统 總統 总理 總理 主席 副主席 发言人 發言人 先生 女士 议员 議員 教授 记者 記者 市长 市長 省长 省長
    书记 書記 外长 外長 大使 主任 局长 局長 院长 院長 董事长 董事長 总裁 總裁 经理 經理 将军 將軍 司令 国务卿
    國務卿 首相 委员 委員 厅长 廳長 校长 校長 博士 医生 醫生 导演 導演 演员 演員 教练 教練 队长 隊長 选手 選手
    总经理 總經理 主持人 创始人 創始人 负责人 負責人 研究员 研究員 秘书长 秘書長 领导人 領導人
    总书记 總書記 指挥家 指揮家 专家 專家 作家 歌手 队员 隊員 球员 球員 主帅 主帥 行政长官 行政長官
    特首 委员长 委員長 副总理 副總理 副总统 副總統 副部长 副部長 副市长 副市長
    """.split()
)

#: Honorifics and titles written after a Chinese name (陈志远先生, 王建国教授).
CHINESE_HONORIFICS: tuple[str, ...] = tuple("先生 女士 教授 博士 医生 醫生 老师 老師 同志".split())

#: Chinese verbs of speech and report: a name right before one is a person (陈志远表示).
CHINESE_SPEECH_VERBS: tuple[str, ...] = tuple(
    "说 說 表示 指出 称 稱 强调 強調 透露 介绍 介紹 认为 認為 告诉 告訴 回应 回應 宣布".split()
)

#: Korean words that, after a name (정동영 통일부 장관, 하민석 교수) or right before it, show it
#: names a person.
KOREAN_PERSON_TITLES: tuple[str, ...] = tuple(
    """
    장관 대통령 총리 의원 대변인 위원장 대표 교수 씨 회장 사장 감독 선수 기자 부장관 차관 국무장관
    국방장관 원내대표 총장 청장 장군 사령관 대사 시장 지사 후보 당선인 당선자 비서실장 실장 국장 부장
    원장 이사장 박사 판사 검사 검찰총장 변호사 주석 국왕 여왕 왕세자 작가 배우 가수 코치 단장 총재
    부총리 수석 특보 지도자 총서기 서기장 국무위원장 위원 연구원 주지사 상원의원 하원의원
    대행 의장 부의장 군수 구청장 교육감 경감 경위 경사 총경 소장 중장 대장 준장 대령
    """.split()
)

#: Korean family names (Hangul) of one syllable; two-syllable family names are listed apart.
KOREAN_SURNAMES: frozenset[str] = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부황"
)
KOREAN_COMPOUND_SURNAMES: frozenset[str] = frozenset("남궁 황보 제갈 선우 독고 사공 서문".split())

#: Endings of the name of a body written between a person's name and title (통일부 장관).
KOREAN_BODY_ENDINGS: tuple[str, ...] = tuple("부 처 청 원 당 위원회 장관실".split())

#: Places and bodies Korean news writes next to a person's name (에르도간 터키 총리, 다나 페리노
#: 백악관 대변인) that the places table lacks (CLDR writes 튀르키예, and has no 중동 for the Middle
#: East nor the short 중남미, 동남아 of news): a name stops before them, and alone they name no one.
KOREAN_NAME_STOPS: frozenset[str] = frozenset("터키 백악관 크렘린 유엔 중동 중남미 동남아".split())

#: Last characters of the name of a body, not a person, that a tagger may read as a name or
#: that starts with a family name (민주당 the Democratic Party, 顾问团 an advisory group, 宣传部 a
#: publicity department): a "name" ending so is none. Kept short: given names rarely end so.
KOREAN_BODY_NAME_ENDINGS: frozenset[str] = frozenset("당 부 처 청".split())
CHINESE_BODY_NAME_ENDINGS: frozenset[str] = frozenset("部团委局厅党处署办社")

#: Second words of an English compound adjective or noun that a capitalised run may take for a
#: name ("Oscar-winning", "Seoul-based", "Obama-mania"): a mention with one is not a person's name.
COMPOUND_TAILS: frozenset[str] = frozenset(
    "winning based led born backed owned run made style era like wide bound funded linked mania".split()
)
