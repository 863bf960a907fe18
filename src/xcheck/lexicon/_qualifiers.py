"""Qualifier words: what makes a number approximate or a bound ("about", "more than",
"up to", "or more", 以上, 이상), with the qualifier each stands for.

Data only: :mod:`xcheck.facts.quantities` builds its qualifier patterns from these tables. A
qualifier is ``"approx"``, ``"odd"`` (a rough "-odd", no bound), ``"gt"``, ``"ge"``, ``"lt"`` or ``"le"``.
"""

from __future__ import annotations

__all__ = ["COMPARATIVES", "MARK_NOUNS", "POST_QUALIFIERS", "QUALIFIERS_BEFORE", "QUALIFIERS_THROUGH_ARTICLE"]

#: Qualifiers before a number.
QUALIFIERS_BEFORE: dict[str, str] = {
    "about": "approx",
    "approximately": "approx",
    "approx.": "approx",
    "approx": "approx",
    "roughly": "approx",
    "around": "approx",
    "nearly": "approx",
    "almost": "approx",
    "some": "approx",
    "circa": "approx",
    "ca.": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "close to": "approx",
    "just under": "approx",
    "just over": "approx",
    "exceeding": "gt",
    "surpass": "gt",
    "surpasses": "gt",
    "exceed": "gt",
    "exceeds": "gt",
    "exceeded": "gt",
    "surpassing": "gt",
    "surpassed": "gt",
    "topping": "gt",
    "topped": "gt",
    "greater than": "gt",
    "higher than": "gt",
    "beyond": "gt",
    "north of": "gt",
    "south of": "lt",
    "not more than": "le",
    "not exceeding": "le",
    "not exceed": "le",
    "a little over": "gt",
    "slightly over": "gt",
    "slightly more than": "gt",
    "slightly less than": "lt",
    "lower than": "lt",
    "shy of": "lt",
    "short of": "lt",
    "more or less": "approx",
    "upward of": "gt",
    "more than": "gt",
    # English typos and abbreviations of writers of other languages (more then = more than)
    "more then": "gt",
    "less then": "lt",
    "ca": "approx",
    "not less than": "ge",
    "not fewer than": "ge",
    "over": "gt",
    "above": "gt",
    "upwards of": "gt",
    "in excess of": "gt",
    "well over": "gt",
    "at least": "ge",
    "no fewer than": "ge",
    "no less than": "ge",
    "a minimum of": "ge",
    "up to": "le",
    "as many as": "le",
    "as much as": "le",
    "as high as": "le",
    "at most": "le",
    "no more than": "le",
    "a maximum of": "le",
    "less than": "lt",
    "fewer than": "lt",
    "under": "lt",
    "below": "lt",
    "rund": "approx",
    "etwa": "approx",
    "ungefähr": "approx",
    "knapp": "approx",
    "fast": "approx",
    "mehr als": "gt",
    "über": "gt",
    "mindestens": "ge",
    "bis zu": "le",
    "weniger als": "lt",
    "约": "approx",
    "约合": "approx",
    "折合": "approx",
    "相当于": "approx",
    "約": "approx",
    "大约": "approx",
    "大約": "approx",
    "大概": "approx",
    "近": "approx",
    "将近": "approx",
    "將近": "approx",
    "接近": "approx",
    "超过": "gt",
    "超過": "gt",
    "逾": "gt",
    # a bound written with one character or a verb of crossing: 人口超32万, 病例过8万 (not
    # 经过/通过/度过: the look-behind of the pattern leaves those), 突破3000万, 升破7.0, 跌破6
    "超": "gt",
    "过": "gt",
    "過": "gt",
    "突破": "gt",
    "升破": "gt",
    "跌破": "lt",
    "高于": "gt",
    "高於": "gt",
    "多于": "gt",
    "大于": "gt",
    "低于": "lt",
    "低於": "lt",
    "少于": "lt",
    "小于": "lt",
    "不超过": "le",
    "不低于": "ge",
    "不少于": "ge",
    "最多": "le",
    "最大": "le",
    "至少": "ge",
    "不到": "lt",
    "不足": "lt",
    "약": "approx",
    "대략": "approx",
    "최대": "le",
    "최소": "ge",
    "최소한": "ge",
    "적어도": "ge",
}

#: Qualifiers of :data:`QUALIFIERS_BEFORE` that still bound a number with an article between
#: them: "more than a 100-point lead", "after more than a two-year battle", "nearly a 10% cut".
#: Not the prepositions ("about a 10% cut" is a cut spoken of, "over a two-year period" a span):
#: only the comparatives and the adverbs of approximation, which have no other reading there.
QUALIFIERS_THROUGH_ARTICLE: frozenset[str] = frozenset(
    {
        *(k for k in QUALIFIERS_BEFORE if k.endswith((" than", " then"))),
        "nearly",
        "almost",
        "roughly",
        "approximately",
        "at least",
        "at most",
        "well over",
        "just over",
        "just under",
    }
)

#: Qualifiers after a number.
POST_QUALIFIERS: dict[str, str] = {
    "or more": "ge",
    "or so": "approx",
    "or less": "le",
    "or fewer": "le",
    "or above": "ge",
    "or over": "ge",
    "and up": "ge",
    "이상": "ge",
    "이하": "le",
    "미만": "lt",
    "초과": "gt",
    "가량": "approx",
    "정도": "approx",
    "쯤": "approx",
    "남짓": "approx",
    "안팎": "approx",
    "내외": "approx",
    "以上": "ge",
    "以下": "le",
    # within: 控制在50人以内, 30%以内, 10분 이내
    "以内": "le",
    "以內": "le",
    "이내": "le",
    "左右": "approx",
    "上下": "approx",
    "之多": "ge",
    # a rough "-odd" (60多吨: sixty-some tonnes), no bound: dropping it is no error
    "有余": "odd",
    "多": "odd",
}


#: Nouns a number names a mark by ("crossed the 7,000 threshold", "the 100-point mark"): the
#: verb, not a qualifier, says whether it was passed, so "over 7,000" states the same.
MARK_NOUNS = frozenset({"threshold", "mark", "barrier", "milestone", "hurdle", "limit"})


#: Qualifiers that are comparisons of something else when a point in time follows ("20 percent
#: lower than one year ago" compares the pollution, not the year).
COMPARATIVES: frozenset[str] = frozenset(
    {"greater than", "higher than", "lower than", "bigger than", "larger than", "smaller than"}
)

#: Korean verb stems after a number and its particle that bound it, as "more than" / "less than"
#: do in English: 200명을 넘어설 (surpass 200), 30%를 웃돌고 (above 30%), 1km에도 못 미치는
#: (short of 1 km). Matched as stems, so every ending (넘는, 넘게, 넘었다, 웃도는) is read.
KO_BOUND_VERBS: dict[str, str] = {
    "넘": "gt",
    "웃돌": "gt",
    "상회": "gt",
    "초과하": "gt",
    "밑돌": "lt",
    "하회": "lt",
    "못 미치": "lt",
    "못미치": "lt",
    "미치지 못": "lt",
    "미치지못": "lt",
}
