"""Units of measure, percent words and counters: what may follow a number and give it a
dimension.

Data only: :mod:`xcheck.facts.quantities` builds the unit, percent and counter patterns from
these tables. Durations are in seconds (:data:`YEAR` is the Julian year of 365.25 days).
"""

from __future__ import annotations

__all__ = [
    "ATTACHED_ONLY_UNITS",
    "CJK_ORDINAL_SUFFIXES",
    "CN_CLASSIFIERS",
    "CN_RANK_CLASSIFIERS",
    "DAY",
    "FAHRENHEIT_CONTEXT",
    "HOUR",
    "KO_COUNTERS",
    "KO_NATIVE_UNITS",
    "KO_TALKS_AFTER",
    "MINUTE",
    "NOT_NOUNS",
    "PERCENT_WORDS",
    "PERSON_COUNTERS",
    "SECOND",
    "SPEED_BEFORE",
    "UNINFLECTED_PLURALS",
    "UNITS",
    "UNIT_NOT_BEFORE",
    "YEAR",
]

#: Units: surface -> (canonical unit, dimension, factor to the base unit of the dimension).
#: Temperature is converted by :func:`xcheck.facts.quantities._extract._to_base`, not by a factor.
UNITS: dict[str, tuple[str, str, float]] = {}


def _units(dimension: str, unit: str, factor: float, *surfaces: str) -> None:
    for s in surfaces:
        UNITS[s] = (unit, dimension, factor)


_units("length", "m", 1.0, "m", "metre", "metres", "meter", "meters", "米", "미터")
_units("length", "km", 1000.0, "km", "kilometre", "kilometres", "kilometer", "kilometers")
_units("length", "km", 1000.0, "公里", "千米", "킬로미터", "킬로")
_units(
    "length",
    "cm",
    0.01,
    "cm",
    "centimetre",
    "centimetres",
    "centimeter",
    "centimeters",
    "厘米",
    "公分",
    "센티미터",
    "센티",
)
_units(
    "length",
    "mm",
    0.001,
    "mm",
    "millimetre",
    "millimetres",
    "millimeter",
    "millimeters",
    "毫米",
    "밀리미터",
    "밀리",
)
_units("length", "mi", 1609.344, "mile", "miles", "mi", "英里", "마일")
_units("length", "nmi", 1852.0, "nautical mile", "nautical miles", "海里", "해리")
_units("length", "ft", 0.3048, "ft", "foot", "feet", "英尺", "피트")
_units("length", "in", 0.0254, "inch", "inches", "英寸", "인치")
_units("length", "yd", 0.9144, "yard", "yards")
_units("mass", "kg", 1.0, "kg", "kilogram", "kilograms", "kilo", "kilos", "公斤", "千克", "킬로그램")
_units("mass", "g", 0.001, "gram", "grams", "克", "그램")
_units("mass", "jin", 0.5, "斤", "jin")
_units("mass", "t", 1000.0, "tonne", "tonnes", "metric ton", "metric tons", "ton", "tons", "吨", "톤")
_units("mass", "lb", 0.45359237, "lb", "lbs", "pound", "pounds", "磅", "파운드 무게")
_units("temperature", "degC", 1.0, "°C", "° C", "℃", "degrees Celsius", "degree Celsius")
_units("temperature", "degC", 1.0, "degrees centigrade", "C", "摄氏度", "攝氏度", "도")
_units("temperature", "degF", 1.0, "°F", "° F", "℉", "degrees Fahrenheit", "degree Fahrenheit", "F")
_units("temperature", "K", 1.0, "kelvin")
_units("temperature", "deg", 1.0, "degrees", "degree", "°", "度")
_units("energy", "Wh", 1.0, "Wh", "watt-hours", "watt hours")
_units("energy", "kWh", 1e3, "kWh", "kwh", "kilowatt-hours", "kilowatt hours", "千瓦时", "度电")
_units("energy", "MJ", 1e6 / 3600, "MJ", "megajoule", "megajoules", "兆焦", "兆焦耳", "메가줄")
_units("energy", "MWh", 1e6, "MWh", "megawatt-hours", "megawatt hours")
_units("energy", "GWh", 1e9, "GWh", "gigawatt-hours", "gigawatt hours")
_units("energy", "TWh", 1e12, "TWh", "terawatt-hours", "terawatt hours")
_units("energy", "Wh", 1.0, "瓦时", "瓦時", "와트시")
_units("energy", "kWh", 1e3, "千瓦時", "킬로와트시")
_units("energy", "MWh", 1e6, "兆瓦时", "兆瓦時", "메가와트시")
_units("energy", "GWh", 1e9, "吉瓦时", "吉瓦時", "기가와트시")
_units("energy", "TWh", 1e12, "太瓦时", "太瓦時", "테라와트시")
_units("power", "W", 1.0, "W", "watt", "watts", "瓦")
_units("power", "kW", 1e3, "kW", "kw", "kilowatt", "kilowatts", "千瓦")
_units("power", "MW", 1e6, "MW", "megawatt", "megawatts", "兆瓦")
_units("power", "GW", 1e9, "GW", "gigawatt", "gigawatts", "吉瓦", "기가와트")
_units("power", "TW", 1e12, "TW", "terawatt", "terawatts", "太瓦", "테라와트")
_units("power", "MW", 1e6, "메가와트")
_units("power", "kW", 1e3, "킬로와트")
_units("speed", "km/h", 1.0, "km/h", "kph", "kmh", "km per hour", "kilometres per hour")
_units("speed", "km/h", 1.0, "kilometers per hour", "公里/小时", "킬로미터/시")
_units("speed", "mph", 1.609344, "mph", "miles per hour", "miles an hour")
_units("speed", "kn", 1.852, "knots", "knot", "节")
_units("speed", "m/s", 3.6, "m/s", "metres per second", "meters per second", "米/秒", "米每秒", "미터/초")
_units(
    "pressure",
    "hPa",
    100.0,
    "hPa",
    "hectopascal",
    "hectopascals",
    "mbar",
    "millibar",
    "millibars",
    "百帕",
    "헥토파스칼",
)
_units("pressure", "kPa", 1000.0, "kPa", "kilopascal", "kilopascals", "千帕", "킬로파스칼")
_units("pressure", "Pa", 1.0, "Pa", "pascal", "pascals", "帕")
_units("capacity", "mAh", 1.0, "mAh", "毫安时", "毫安")
_units("capacity", "Ah", 1000.0, "Ah")
_units("node", "nm", 1.0, "nm", "nanometre", "nanometres", "nanometer", "nanometers", "纳米", "나노")
_units("node", "nm", 1.0, "나노미터")
# Unit signs of the CJK Compatibility block, as Korean (and some Chinese) news writes them: 120㎜,
# 시속 100㎞, 3만3천㎡, 950㍱.
_units("length", "mm", 0.001, "㎜")
_units("length", "cm", 0.01, "㎝")
_units("length", "km", 1000.0, "㎞")
_units("mass", "kg", 1.0, "㎏")
_units("area", "m2", 1.0, "㎡")
_units("area", "km2", 1e6, "㎢")
_units("area", "ha", 1e4, "㏊")
_units("volume", "m3", 1000.0, "㎥")
_units("volume", "l", 1.0, "ℓ", "L")
_units("power", "kW", 1e3, "㎾")
_units("power", "MW", 1e6, "㎿")
_units("energy", "kWh", 1e3, "㎾h")
_units("energy", "MWh", 1e6, "㎿h")
_units("speed", "m/s", 3.6, "㎧")
_units("speed", "km/h", 1.0, "㎞/h", "㎞/시")
_units("pressure", "hPa", 100.0, "㍱")
_units("pressure", "kPa", 1000.0, "㎪")
# 평 (pyeong), the Korean floor-area unit: 400/121 m², about 3.3 m² (25평 is about 83 m²).
_units("area", "pyeong", 400 / 121, "평", "pyeong", "pyeongs", "pyung", "pyong")
#: Speed words written before a number in Chinese and Korean: 每秒40米 / 초속 40m (40 m/s),
#: 时速300公里 / 시속 300㎞ (300 km/h). Word -> the time unit ("s" or "h") the length is per.
SPEED_BEFORE: dict[str, str] = {
    "초속": "s",
    "每秒": "s",
    "秒速": "s",
    "시속": "h",
    "时速": "h",
    "時速": "h",
    "每小时": "h",
    "每小時": "h",
}
_units("speed", "km/s", 3600.0, "km/s", "㎞/s")
SECOND, MINUTE, HOUR, DAY = 1.0, 60.0, 3600.0, 86400.0
YEAR = 365.25 * DAY
_units("duration", "s", SECOND, "second", "seconds", "sec", "secs", "秒", "초")
_units("duration", "min", MINUTE, "minute", "minutes", "min", "mins", "分钟", "分鐘", "분")
_units("duration", "h", HOUR, "hour", "hours", "hr", "hrs", "小时", "小時", "个小时", "시간")
_units(
    "duration",
    "d",
    DAY,
    "day",
    "days",
    "天",
    "日间",
    "일간",
    "일 동안",
    "일 간",
    "일짜리",
    "일 앞",
    "일 만에",
    "일만에",
)
_units("duration", "wk", 7 * DAY, "week", "weeks", "周", "星期", "个星期", "주일")
_units("duration", "mo", YEAR / 12, "month", "months", "个月", "個月", "개월", "달")
_units("duration", "yr", YEAR, "year", "years", "年", "년", "해")
# ages: 39岁 is what "39-year-old" says (a duration in years, as the English reads it)
_units("duration", "yr", YEAR, "岁", "歲", "周岁", "週歲", "세", "살")
_units("duration", "decade", 10 * YEAR, "decade", "decades")
_units("duration", "yr", YEAR, "Jahr", "Jahre", "Jahren", "Jahres")
_units("length", "km", 1000.0, "Kilometer", "Kilometern", "Kilometers")
_units("length", "m", 1.0, "Meter", "Metern", "Meters")
_units("length", "cm", 0.01, "Zentimeter", "Zentimetern")
_units("area", "km2", 1e6, "Quadratkilometer", "Quadratkilometern")
_units("area", "ha", 1e4, "Hektar")
_units("mass", "kg", 1.0, "Kilogramm")
_units("mass", "t", 1000.0, "Tonnen", "Tonne")
_units("duration", "h", HOUR, "Stunde", "Stunden")
_units("duration", "min", MINUTE, "Minute", "Minuten")
_units("duration", "wk", 7 * DAY, "Woche", "Wochen")
_units("temperature", "deg", 1.0, "Grad")
_units("duration", "mo", YEAR / 12, "Monat", "Monate", "Monaten")
_units("duration", "d", DAY, "Tag", "Tage", "Tagen")
_units("area", "km2", 1e6, "km2", "km²", "square kilometres", "square kilometers", "sq km")
_units("area", "km2", 1e6, "square kilometre", "square kilometer", "square-kilometre", "square-kilometer")
_units("area", "km2", 1e6, "平方公里", "제곱킬로미터")
_units("area", "mi2", 2589988.110336, "square miles", "square mile", "sq mi")
_units("area", "mi2", 2589988.110336, "square-mile", "평방마일", "제곱마일")
_units(
    "area",
    "ft2",
    0.09290304,
    "square feet",
    "square foot",
    "square-foot",
    "sq ft",
    "ft²",
    "평방피트",
    "제곱피트",
)
_units("area", "ac", 4046.8564224, "acre", "acres", "에이커", "英亩")
_units("area", "m2", 1.0, "평방미터")
_units("area", "km2", 1e6, "평방킬로미터")
_units("area", "ha", 1e4, "hectare", "hectares", "ha", "公顷", "헥타르")
_units("area", "m2", 1.0, "m2", "m²", "square metres", "square meters", "sq m", "平方米", "제곱미터")
_units("area", "m2", 1.0, "square metre", "square meter", "square-metre", "square-meter")
_units("area", "mu", 10000 / 15, "亩", "畝", "mu")
_units("volume", "l", 1.0, "litre", "litres", "liter", "liters", "升", "리터")
_units("volume", "m3", 1000.0, "m3", "m³", "cubic metres", "cubic meters", "立方米", "세제곱미터")
_units("volume", "bbl", 158.987294928, "barrel", "barrels", "桶", "배럴")

#: Units that are only read when written right after the digits ("-18C", "5km"), never
#: after a space ("5 C" is more likely a grade or a name).
ATTACHED_ONLY_UNITS = frozenset({"C", "F", "L", "m", "W", "mi", "in", "도", "度", "°"})

#: A bare "F" glued to a number is Fahrenheit only near one of these words ("temperatures of
#: 95F", "a fever of 101F"); elsewhere it is a floor ("from 2F to 6F"), a grade or a code.
FAHRENHEIT_CONTEXT = (
    "°",
    "℉",
    "degree",
    "fahrenheit",
    "celsius",
    "temperature",
    "heat",
    "hot",
    "cold",
    "warm",
    "cool",
    "freez",
    "weather",
    "mercury",
    "thermometer",
    "fever",
    "frost",
    "chill",
    "climate",
    "forecast",
)

#: Percent and percentage-point words after a number: (dimension, factor to percent or points).
PERCENT_WORDS: dict[str, tuple[str, float]] = {
    "%": ("percent", 1.0),
    "percent": ("percent", 1.0),
    "per cent": ("percent", 1.0),
    "per-cent": ("percent", 1.0),
    "pct": ("percent", 1.0),
    "퍼센트": ("percent", 1.0),
    "프로": ("percent", 1.0),
    "prozent": ("percent", 1.0),
    "%p": ("points", 1.0),
    "%pt": ("points", 1.0),
    "%pts": ("points", 1.0),
    "%포인트": ("points", 1.0),
    "% 포인트": ("points", 1.0),
    "퍼센트포인트": ("points", 1.0),
    "퍼센트 포인트": ("points", 1.0),
    "percentage point": ("points", 1.0),
    "percentage points": ("points", 1.0),
    "percentage-point": ("points", 1.0),
    "pp": ("points", 1.0),
    "ppt": ("points", 1.0),
    "ppts": ("points", 1.0),
    "pct pts": ("points", 1.0),
    "个百分点": ("points", 1.0),
    "個百分點": ("points", 1.0),
    "百分点": ("points", 1.0),
    "个基点": ("points", 0.01),
    "個基點": ("points", 0.01),
    "基点": ("points", 0.01),
    "基點": ("points", 0.01),
    "个基本点": ("points", 0.01),
    "個基本點": ("points", 0.01),
    "基本点": ("points", 0.01),
    "基本點": ("points", 0.01),
    "prozentpunkte": ("points", 1.0),
    "prozentpunkten": ("points", 1.0),
    "basis points": ("points", 0.01),
    "basis point": ("points", 0.01),
    "basis-point": ("points", 0.01),
    "bps": ("points", 0.01),
    "bp": ("points", 0.01),
}

#: Korean and Chinese counters of people: the count's noun is "person".
PERSON_COUNTERS = frozenset({"명", "人", "名", "位"})
#: Words after a number that are not the noun it counts ("5 and", "2025 was").
NOT_NOUNS = frozenset(
    """
    and the for from with was were are has had have that this than into onto over under per
    but not nor yet its his her their our your who whom which what when where while also
    been being would could should will shall may might must can did does each every other
    about around nearly some more less most least only just than then there here after before
    since until till during between among against above below across through via year years
    percent times fold million billion trillion thousand hundred points point
    """.split()
)

#: Nouns that count more than one without a plural ending ("40 police", "200 staff"): after a
#: count above one, any other word that is not plural in form is no noun it counts ("two deadly
#: explosions" counts explosions).
UNINFLECTED_PLURALS = frozenset(
    """people police staff personnel aircraft sheep fish deer cattle crew livestock offspring series
    species""".split()
)

#: CJK units that are another word before these characters: 21세기 (the 21st century), 3세대
#: (generation), 5살배기 is still an age; 一个星期日 (a Sunday: 最后一个星期日) is no week.
UNIT_NOT_BEFORE: dict[str, str] = {
    "세": "기대",
    "周": "年",
    # 달 is a month, except at the start of 달러/달라 (dollars)
    "달": "러라",
    # 평 is a word of its own before these: 평가 (assessment), 평균 (average), 평화 (peace),
    # 평양 (Pyongyang), 평택, 평창, 평야 (plain), 평일 (weekday), 평등 (equality), 평소, 평생.
    "평": "가균화양택창야일등소생론면정판",
    "星期": "日天一二三四五六",
    "个星期": "日天一二三四五六",
}

#: Words after a number that make it an ordinal: 65周年 / 65주년 (the 65th anniversary),
#: 21世纪 / 21세기 (the 21st century), 37위 (ranked 37th), 2번째 / 두 번째 (the second).
CJK_ORDINAL_SUFFIXES = ("周年", "週年", "주년", "世纪", "世紀", "세기", "번째", "위")

#: Words after a number that make it part of a name the English writes its own way: 2차
#: 세계대전 / 2차대전 (World War II, whose numeral is no number). Not 6자회담: "six-party talks"
#: is read on the English side.
CJK_NAME_NUMBER_SUFFIXES = ("차 세계대전", "차세계대전", "차 대전", "차대전")
#: After a number, what makes it the name of a format of talks (6자회담: the Six-Party Talks):
#: read, so it pairs with "six-party", but one-sided it is a name, not reported.
KO_TALKS_AFTER = ("자회담", "자 회담", "자협의", "자 협의")

#: Korean "ago" after 년 (1600년 전: 1600 years ago), with the particles that may follow it; a
#: four-digit number before it counts years, it is no year. Not 전후 (around), 전쟁 (war).
KO_AGO_WORDS = ("전", "전에", "전의", "전부터", "전까지")

#: Chinese measure words (classifiers): after a numeral they make it a count (两只狗獾: two
#: badgers; 三处: three places; 一级保护动物: Level 1). A numeral before any other character is
#: part of a word (统一, 一带一路, 三峡) and not read. Left out on purpose: 国 (两国 is mostly
#: "bilateral", "Sino-US", "both countries"), 起 (一起: together), 带 and 线 (一带, 一线),
#: 度 (一度: at one time), 点 (一点: a bit).
CN_CLASSIFIERS = frozenset(
    "个個人名位只条條张張道处處种種类類项項件份套批例款部轮輪场場届屆支组組篇本首幅片块塊"
    "棵头頭匹群对對双雙副间間栋棟户戶节節段门門期层層级級趟声聲句笔筆颗顆艘架辆輛座所家次回"
    "遍枚台臺股宗桩樁盘盤局枪槍发發代瓶箱袋盒罐桶"
)

#: Korean counters after a number (digits or native numerals: 4개국, 네 명, 두 차례, 세 군데).
KO_COUNTERS = (
    "명",
    "사람",
    "개국",
    "개",
    "가지",
    "군데",
    "곳",
    "대",
    "척",
    "건",
    "채",
    "마리",
    "권",
    "회",
    "차례",
    "번",
    "그루",
    "벌",
    "켤레",
    "잔",
    "병",
    "쌍",
    "편",
    "팀",
    "발",
)

#: Units a Korean native numeral is read before (besides KO_COUNTERS): 한 시간, 두 달, 스무 살, and
#: the multiplier 배 (두 배: twice; 한 배 is "one boat", as in 한 배를 탄: the reader skips it).
KO_NATIVE_UNITS = ("시간", "달", "개월", "해", "주일", "살", "번째", "배")

#: Measure words of an order, after which 二 (not 两, the count) is an ordinal: 二次检测 (the
#: second test), 二级 (second-level), 二期 (phase two), 二轮 (the second round).
CN_RANK_CLASSIFIERS = frozenset("次级級等期轮輪代届屆")
