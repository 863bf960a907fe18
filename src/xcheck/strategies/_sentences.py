"""Hypothesis strategies for news sentences that remember where each fact sits.

A :class:`SentenceFamily` is one news sentence written in several languages with typed ``{slot}``
placeholders (:data:`FAMILIES` are the bundled ones); :func:`fact_sentences` fills one with drawn
facts into a :class:`FactSentence` whose :class:`Slot` objects keep each fact's exact span, and
:func:`equivalent_pairs` writes the same facts twice in independently drawn forms, a pair on which
no finding is due.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeAlias

import attrs
from hypothesis import strategies as st

from xcheck._types import Span
from xcheck.strategies._fact_strategies import (
    _NATIVE_PEOPLE,
    _pick,
    date_facts,
    org_facts,
    person_facts,
    quantity_facts,
    quote_facts,
    time_facts,
)
from xcheck.strategies._facts import Fact, Lang, QuantityKind
from xcheck.strategies._render import Rendering, _options


@attrs.frozen
class Slot:
    """Where a fact sits in a sentence: the slot ``name``, the :class:`Rendering` and its exact
    ``span`` (``sentence.text[span.start:span.end] == span.text``)."""

    name: str
    rendering: Rendering
    span: Span

    @property
    def fact(self) -> Fact:
        """The fact in this slot."""
        return self.rendering.fact


@attrs.frozen
class FactSentence:
    """A generated news sentence and the facts it states, with their spans.

    >>> from decimal import Decimal
    >>> from xcheck.strategies import QuantityFact
    >>> share = Rendering(QuantityFact("percent", Decimal(3), "%"), "3%", "en", "digits", "sign")
    >>> s = FactSentence.build("en", "Exports rose {share}.", {"share": share})
    >>> s.text, s.slots[0].span
    ('Exports rose 3%.', Span(start=13, end=15, text='3%'))
    """

    text: str
    lang: Lang
    slots: tuple[Slot, ...]
    family: str = ""

    @classmethod
    def build(
        cls, lang: Lang, template: str, values: Mapping[str, Rendering], *, family: str = ""
    ) -> FactSentence:
        """Fill ``{name}`` placeholders of ``template`` with renderings, recording exact spans."""
        text = ""
        slots: list[Slot] = []
        rest = template
        while "{" in rest:
            before, _, after = rest.partition("{")
            name, _, rest = after.partition("}")
            text += before
            rendering = values[name]
            slots.append(
                Slot(name, rendering, Span(len(text), len(text) + len(rendering.text), rendering.text))
            )
            text += rendering.text
        text += rest
        return cls(text, lang, tuple(slots), family)

    def slot(self, name: str) -> Slot:
        """The slot called ``name``."""
        for slot in self.slots:
            if slot.name == name:
                return slot
        msg = f"no slot {name!r} in {self.text!r}"
        raise KeyError(msg)


@attrs.frozen
class SentenceFamily:
    """One news sentence written in several languages: ``templates`` maps a language to a template
    with ``{slot}`` placeholders; ``slots`` maps each slot to a function returning the strategy its
    fact is drawn from. :data:`FAMILIES` lists the bundled ones; pass your own to
    :func:`fact_sentences`, :func:`equivalent_pairs` and :func:`perturbations` by name."""

    name: str
    slots: Mapping[str, Callable[[], st.SearchStrategy[Fact]]]
    templates: Mapping[Lang, str]


#: The qualifiers the sentence strategies draw for counts and amounts (none first: it shrinks there).
SENTENCE_QUALIFIERS: tuple[str | None, ...] = (None, "approx", "gt", "ge", "le")


@attrs.frozen
class _Maker:
    """A slot's fact strategy, with the changes its facts can undergo (so that perturbations pick a
    sentence family that can take the changes asked for instead of filtering examples away)."""

    make: Callable[[], st.SearchStrategy[Fact]]
    changes: frozenset[str]

    def __call__(self) -> st.SearchStrategy[Fact]:
        return self.make()


_KIND_CHANGES: Mapping[QuantityKind, frozenset[str]] = {
    "count": frozenset({"figure", "scale", "bound"}),
    "money": frozenset({"figure", "scale", "currency", "bound"}),
    "percent": frozenset({"figure", "percent-points"}),
    "points": frozenset({"figure", "percent-points"}),
    "multiplier": frozenset({"figure"}),
    "measure": frozenset({"figure", "unit"}),
}


def _q(kind: QuantityKind) -> _Maker:
    return _Maker(
        lambda: quantity_facts([kind], qualifiers=SENTENCE_QUALIFIERS, ranges=True), _KIND_CHANGES[kind]
    )


_DATES = _Maker(date_facts, frozenset({"date"}))
_TIMES = _Maker(time_facts, frozenset({"time"}))
_PEOPLE_SLOT = _Maker(person_facts, frozenset({"name", "title"}))
_NATIVE_PEOPLE_SLOT = _Maker(lambda: _NATIVE_PEOPLE, frozenset({"name", "title"}))
_ORGS_SLOT = _Maker(org_facts, frozenset())
_QUOTES_SLOT = _Maker(quote_facts, frozenset({"negation"}))


#: Sentence families: the same sentence in each language it is written in, with typed slots.
FAMILIES: tuple[SentenceFamily, ...] = (
    SentenceFamily(
        "deployment",
        {"count": _q("count"), "date": _DATES},
        {
            "en": "Officials said {count} would be deployed to the region by {date}.",
            "zh": "官员表示，{date}前将向该地区部署{count}。",
            "ko": "당국자들은 {date}까지 {count}이 이 지역에 배치될 것이라고 밝혔다.",
        },
    ),
    SentenceFamily(
        "budget",
        {"money": _q("money"), "date": _DATES},
        {
            "en": "The cabinet approved a budget of {money} on {date}.",
            "zh": "内阁于{date}批准了{money}的预算。",
            "ko": "내각은 {date} {money} 규모의 예산을 승인했다.",
        },
    ),
    SentenceFamily(
        "growth",
        {"share": _q("percent")},
        {
            "en": "Exports rose {share} from a year earlier.",
            "zh": "出口同比增长{share}。",
            "ko": "수출은 전년 대비 {share} 증가했다.",
        },
    ),
    SentenceFamily(
        "rate",
        {"points": _q("points")},
        {
            "en": "The jobless rate fell {points} last quarter.",
            "zh": "上季度失业率下降了{points}。",
            "ko": "지난 분기 실업률은 {points} 하락했다.",
        },
    ),
    SentenceFamily(
        "multiple",
        {"times": _q("multiplier")},
        {
            "en": "Imports were {times} higher than a year earlier.",
            "zh": "进口额是去年同期的{times}。",
            "ko": "수입은 전년의 {times}에 달했다.",
        },
    ),
    SentenceFamily(
        "measure",
        {"measure": _q("measure"), "date": _DATES},
        {
            "en": "The agency recorded {measure} on {date}.",
            "zh": "该机构于{date}记录到{measure}。",
            "ko": "이 기관은 {date} {measure}의 수치를 기록했다.",
        },
    ),
    SentenceFamily(
        "briefing",
        {"person": _PEOPLE_SLOT, "time": _TIMES, "date": _DATES},
        {"en": "{person} will brief reporters at {time} on {date}."},
    ),
    SentenceFamily(
        "statement",
        {"person": _NATIVE_PEOPLE_SLOT, "count": _q("count")},
        {
            "en": "{person} said {count} had taken part in the exercise.",
            "zh": "{person}表示，已有{count}参加了演习。",
            "ko": "{person}에 따르면 {count}이 훈련에 참가했다.",
        },
    ),
    SentenceFamily(
        "funding",
        {"org": _ORGS_SLOT, "money": _q("money")},
        {"en": "The {org} pledged {money} in new funding."},
    ),
    SentenceFamily(
        "remarks",
        {"person": _PEOPLE_SLOT, "quote": _QUOTES_SLOT},
        {"en": "{person} told reporters: {quote}"},
    ),
)


Families: TypeAlias = "Sequence[str | SentenceFamily] | None"
"""Sentence families to draw from: names of bundled :data:`FAMILIES`, your own
:class:`SentenceFamily` objects, or ``None`` for all bundled ones."""


def _pool(families: Families) -> tuple[SentenceFamily, ...]:
    """The families asked for; unknown names are refused when the strategy is built."""
    if families is None:
        return FAMILIES
    by_name = {f.name: f for f in FAMILIES}
    out: list[SentenceFamily] = []
    for item in families:
        if isinstance(item, SentenceFamily):
            out.append(item)
        elif item in by_name:
            out.append(by_name[item])
        else:
            msg = (
                f"unknown sentence family {item!r}; expected a SentenceFamily or one of {', '.join(by_name)}"
            )
            raise ValueError(msg)
    return tuple(out)


def _families(langs: Sequence[Lang], pool: Sequence[SentenceFamily]) -> list[SentenceFamily]:
    chosen = [f for f in pool if all(lang in f.templates for lang in langs)]
    if not chosen:
        msg = f"no sentence family is written in {', '.join(langs)} ({', '.join(f.name for f in pool)})"
        raise ValueError(msg)
    return chosen


def _drawn_facts(draw: st.DrawFn, family: SentenceFamily) -> dict[str, Fact]:
    return {name: draw(make()) for name, make in family.slots.items()}


def _rendered(draw: st.DrawFn, facts_: Mapping[str, Fact], lang: Lang) -> dict[str, Rendering]:
    return {name: _pick(draw, _options(fact, (lang,))) for name, fact in facts_.items()}


def fact_sentences(
    langs: Sequence[Lang] = ("en",), *, families: Families = None
) -> st.SearchStrategy[FactSentence]:
    """News sentences in one of ``langs`` with their facts and exact spans.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(fact_sentences(["en", "zh", "ko"]))
    ... def test(s):
    ...     assert all(s.text[x.span.start : x.span.end] == x.span.text for x in s.slots)
    >>> test()
    """

    pool = _pool(families)

    @st.composite
    def build(draw: st.DrawFn) -> FactSentence:
        lang = _pick(draw, list(langs))
        family = _pick(draw, _families([lang], pool))
        values = _rendered(draw, _drawn_facts(draw, family), lang)
        return FactSentence.build(lang, family.templates[lang], values, family=family.name)

    return build()


def equivalent_pairs(
    langs: Sequence[Lang] = ("en",),
    reference_langs: Sequence[Lang] | None = None,
    *,
    families: Families = None,
) -> st.SearchStrategy[tuple[FactSentence, FactSentence]]:
    """``(translation, reference)``: one sentence stating the same facts twice, each fact written in
    a form drawn independently (``28,500 troops`` against ``2만8천500명의 병력``). xcheck must report
    no finding on such a pair.

    The translation is in one of ``langs``, the reference in one of ``reference_langs`` (default: the
    same language as the translation).

    >>> from hypothesis import given, settings
    >>> from xcheck._check import check_pair
    >>> @settings(max_examples=10, deadline=None)
    ... @given(equivalent_pairs(["en"], ["zh", "ko"], families=["growth", "deployment"]))
    ... def test(pair):
    ...     translation, reference = pair
    ...     assert check_pair(translation.text, reference.text, reference_lang=reference.lang).findings == ()
    >>> test()
    """

    pool = _pool(families)

    @st.composite
    def build(draw: st.DrawFn) -> tuple[FactSentence, FactSentence]:
        lang = _pick(draw, list(langs))
        ref_lang = _pick(draw, list(reference_langs)) if reference_langs else lang
        family = _pick(draw, _families([lang, ref_lang], pool))
        facts_ = _drawn_facts(draw, family)
        t_values = _rendered(draw, facts_, lang)
        r_values = _rendered(draw, facts_, ref_lang)
        translation = FactSentence.build(lang, family.templates[lang], t_values, family=family.name)
        reference = FactSentence.build(ref_lang, family.templates[ref_lang], r_values, family=family.name)
        return translation, reference

    return build()
