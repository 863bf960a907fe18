"""A pair is checked the same way alone and inside a large document.

Alignment used to read numbers and dates with a cheap scanner above 2,000 texts and with the fact
readers below, so one sentence-statement pair could link (and so be compared) differently
depending on the size of the document it sat in. Now every text is read the one way the
comparison stage reads it: a generated pair must give the same link and the same findings when
checked alone (``xcheck.check(sentence, [statement])``) and among 5,000 unrelated statements.
"""

from __future__ import annotations

import random
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import xcheck
from xcheck import Finding, Report, Statement

FILLER_SIZE = 5_000

# Unrelated, real-looking news sentences (weather, sport, markets, local news) with numbers
# from 10 to 99 and years from 1900 to 1949, so that no filler shares a figure with a pair below.
FILLER_TEMPLATES = [
    "Heavy rain flooded {a} streets in the old harbour district overnight, the fire brigade said.",
    "The home side won {a}-{b} after a late penalty in front of a sell-out crowd.",
    "Wheat futures closed {a} cents higher as dry weather hit the plains for a {b}th day.",
    "The museum reopened its east wing, closed since {y}, with {a} restored paintings.",
    "A {a}-year-old cyclist finished the mountain stage {b} seconds ahead of the pack.",
    "Bakers in the valley sold out of rye loaves by noon for the {a}th weekend running.",
    "The city council voted {a} to {b} to extend opening hours at public libraries.",
    "Ferry services to the islands were cancelled for {a} hours because of high winds.",
    "The orchestra played {a} concerts on its spring tour, ending with a charity gala.",
    "Snowfall of {a} centimetres closed the pass for the first time since {y}.",
    "The chess champion drew her {a}th game in a row after a marathon endgame.",
    "Volunteers planted {a} oak saplings along the river bank on a wet morning.",
    "The bridge, opened in {y}, will shut for {a} weeks of repairs to its deck.",
    "A pastry chef from the coast won the national baking prize with a {a}-layer cake.",
    "The marathon drew {a} runners despite temperatures close to {b} degrees.",
    "Local anglers reported {a} trout caught in the lake during the opening weekend.",
    "The zoo welcomed {a} penguin chicks this season, its best year since {y}.",
    "Tram line {a} will run every {b} minutes from next month, the operator said.",
    "The village fete raised {a} pounds for the roof of the parish hall.",
    "A retired teacher completed her {a}th crossword book, written since {y}.",
    "Organic milk prices rose {a} percent at farm gates over the winter months.",
    "The rowing club's eight beat its rivals by {a} lengths on the tidal river.",
    "The observatory counted {a} meteors an hour at the peak of the shower.",
    "A storm uprooted {a} trees in the botanical garden, which stays shut until Friday.",
    "The jazz festival filled its {a} food stalls within the first hour of opening.",
]


@cache
def filler() -> tuple[Statement, ...]:
    """5,000 distinct statements, built once per test session."""
    rng = random.Random(7)
    texts: dict[str, None] = {}
    while len(texts) < FILLER_SIZE:
        template = rng.choice(FILLER_TEMPLATES)
        texts[template.format(a=rng.randint(10, 99), b=rng.randint(10, 99), y=rng.randint(1900, 1949))] = None
    return tuple(Statement(f"F{i:04d}", text) for i, text in enumerate(texts))


# Pairs: (English sentence, statement, statement language). The statement says the same as the
# sentence, or (``changed``) with a figure, a date or a name changed.
MONTHS = ["March", "April", "May", "June", "July"]
NAMES = [("Pete Hegseth", "헤그세스", "赫格塞思"), ("Xavier Brunson", "브런슨", "布伦森")]


def korean_number(value: int) -> str:
    man, rest = divmod(value, 10_000)
    thousands, units = divmod(rest, 1000)
    return (
        (f"{man}만" if man else "") + (f"{thousands}천" if thousands else "") + (str(units) if units else "")
    )


def chinese_number(value: int) -> str:
    man, rest = divmod(value, 10_000)
    return f"{man}万{rest}" if man and rest else (f"{man}万" if man else str(value))


_UNITS = "two three four five six seven eight nine".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def thousands_in_words(thousands: int) -> str:
    """``28`` -> ``twenty-eight thousand`` (20 to 99 thousand)."""
    tens, units = divmod(thousands, 10)
    word = _TENS[tens - 2] + (f"-{_UNITS[units - 2]}" if units >= 2 else "-one" if units == 1 else "")
    return f"{word} thousand"


@st.composite
def pairs(draw: st.DrawFn) -> tuple[str, Statement]:
    if draw(st.booleans()):
        return draw(figure_only_pairs())
    value = draw(st.integers(2_000, 90_000))
    month = draw(st.integers(0, len(MONTHS) - 1))
    day = draw(st.integers(1, 28))
    person = draw(st.sampled_from(NAMES))
    change = draw(st.sampled_from(["none", "figure", "day", "name"]))
    s_value = value if change != "figure" else value + draw(st.integers(1, 5)) * 1_000
    s_day = day if change != "day" else day % 28 + 1
    s_person = person if change != "name" else next(p for p in NAMES if p != person)
    lang = draw(st.sampled_from(["en", "ko", "zh"]))
    sentence = f"{person[0]} said {value:,} troops would stay at Camp Humphreys until {MONTHS[month]} {day}."
    if lang == "en":
        text = f"{s_person[0]} told reporters that {s_value:,} troops will remain at Camp Humphreys until {MONTHS[month]} {s_day}."
    elif lang == "ko":
        text = f"{s_person[1]} 장관은 {korean_number(s_value)}명의 병력이 {month + 3}월 {s_day}일까지 캠프 험프리스에 남는다고 말했다."
    else:
        text = (
            f"{s_person[2]}表示，{chinese_number(s_value)}名士兵将在汉弗莱斯营驻留至{month + 3}月{s_day}日。"
        )
    return sentence, Statement("R1", text, lang=lang)


@st.composite
def figure_only_pairs(draw: st.DrawFn) -> tuple[str, Statement]:
    """A sentence that shares nothing but a figure (spelled out) with a statement in another script."""
    thousands = draw(st.integers(20, 99))
    changed = draw(st.booleans())
    value = thousands * 1_000 + (200 if changed else 0)  # a drift that keeps the near figure
    sentence = f"Some {thousands_in_words(thousands)} soldiers remain in the country."
    if draw(st.booleans()):
        return sentence, Statement("R1", f"{korean_number(value)}명의 병력이 남아 있다.", lang="ko")
    return sentence, Statement("R1", f"{chinese_number(value)}名士兵仍留在该国。", lang="zh")


def outcome(report: Report) -> tuple[list[tuple[tuple[int, ...], tuple[str, ...]]], list[Finding]]:
    """The pair's links and findings (the filler's own omissions left out)."""
    links = [(link.translation, link.references) for link in report.links]
    findings = [f for f in report.findings if f.reference is None or not f.reference.id.startswith("F")]
    return links, findings


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs())
def test_pair_is_checked_alike_alone_and_among_5000_statements(pair: tuple[str, Statement]) -> None:
    sentence, statement = pair
    alone = xcheck.check(sentence, [statement])
    crowded = xcheck.check(sentence, [statement, *filler()])
    assert outcome(crowded) == outcome(alone)
    assert alone.links, "a generated pair always links"  # else the test would prove little


def test_filler_is_unrelated_and_distinct() -> None:
    texts = [st.text for st in filler()]
    assert len(texts) == len(set(texts)) == FILLER_SIZE
    sentence = "Pete Hegseth said 28,500 troops would stay at Camp Humphreys until May 22."
    crowded = xcheck.check(sentence, [Statement("R1", sentence), *filler()])
    assert [(link.translation, link.references) for link in crowded.links] == [((0,), ("R1",))]
    assert len(crowded.statements) == FILLER_SIZE + 1
