"""Hypothesis strategy for perturbations: a translation with exactly one fact changed.

:func:`perturbations` draws a sentence family and its facts, changes one fact in one of the ways of
:data:`CHANGES` (figure, scale, unit, currency, % vs points, bound, date, time, name, title, negated
quote) and returns a :class:`Perturbation` with the finding kind xcheck must report and the exact
span of the changed fact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal

import attrs
from hypothesis import assume, reject
from hypothesis import strategies as st

from xcheck._types import FindingKind, Span
from xcheck.strategies._fact_strategies import _pick
from xcheck.strategies._facts import DateFact, Fact, Lang, PersonFact, QuantityFact, QuoteFact, TimeFact
from xcheck.strategies._pools import _PEOPLE
from xcheck.strategies._render import Rendering, _options, _qualifier_words, render
from xcheck.strategies._render_names import _title_styles
from xcheck.strategies._render_numbers import _is_int
from xcheck.strategies._sentences import (
    FactSentence,
    Families,
    SentenceFamily,
    _drawn_facts,
    _Maker,
    _pool,
    _rendered,
)

# The qualifier a "bound" perturbation puts instead: the opposite bound.
_OPPOSITE_BOUNDS: Mapping[str, str] = {"gt": "le", "ge": "le", "le": "ge"}


# A unit swap that changes the fact while keeping the number (the "unit" perturbation).
_UNIT_SWAPS: Mapping[str, str] = {
    "km": "kg",
    "kg": "km",
    "GW": "GWh",
    "GWh": "GW",
    "mAh": "GWh",
    "nm": "km",
    "°C": "days",
    "days": "km",
}


#: The changes :func:`perturbations` makes, and the finding kind each must produce.
CHANGES: Mapping[str, FindingKind] = {
    "figure": "number",
    "scale": "number",
    "unit": "number",
    "currency": "number",
    "percent-points": "number",
    "bound": "number",
    "date": "date",
    "time": "date",
    "name": "name",
    "title": "title",
    "negation": "quote",
}


@attrs.frozen
class Perturbation:
    """A reference sentence and a translation of it with one fact changed.

    ``change`` is one of :data:`CHANGES`; ``kind`` the finding xcheck must report; ``slot`` the name
    of the changed slot; ``span`` the exact span of the changed fact in ``translation.text``;
    ``expected`` and ``found`` the fact before and after.
    """

    reference: FactSentence
    translation: FactSentence
    change: str
    kind: FindingKind
    slot: str
    expected: Fact
    found: Fact

    @property
    def span(self) -> Span:
        """Where the changed fact sits in the translation."""
        return self.translation.slot(self.slot).span


def _changed_values(fact: QuantityFact, change: str) -> list[QuantityFact]:
    """Candidate changed facts for one change, most typical first (may be empty)."""
    v = fact.value
    if fact.high is not None:  # a range: move its top (figure) or both ends (scale)
        top = fact.high
        if change == "figure":
            return [attrs.evolve(fact, high=(top * m).normalize()) for m in (2, 3)]
        if change == "scale":
            return [
                attrs.evolve(fact, value=(v * m).normalize(), high=(top * m).normalize()) for m in (1000, 10)
            ]
        return []
    if change == "figure":
        # Changes a reader would notice (a different leading figure), never a rounding: 7 -> 8,
        # 28,500 -> 57,000, 2.1% -> 4.2%.
        if fact.unit == "°C":
            steps = [v - 10, v + 10]
        else:
            steps = [v * 2, v * 3, v * Decimal("1.5")]
            if v < 1000 and _is_int(v) and fact.qualifier is None:  # "about 101" may be "about 100"
                steps.insert(0, v + 1)
        return [attrs.evolve(fact, value=new.normalize()) for new in steps if new != v]
    if change == "scale":
        if fact.kind not in ("count", "money"):
            return []
        return [attrs.evolve(fact, value=(v * m).normalize()) for m in (1000, 10, 10**4)]
    if change == "unit":
        return [attrs.evolve(fact, unit=_UNIT_SWAPS[fact.unit])] if fact.kind == "measure" else []
    if change == "currency":
        if fact.kind != "money":
            return []
        return [attrs.evolve(fact, unit=code) for code in ("EUR", "USD", "JPY") if code != fact.unit]
    if change == "bound":
        opposite = _OPPOSITE_BOUNDS.get(fact.qualifier or "")
        return [attrs.evolve(fact, qualifier=opposite)] if opposite else []
    if change == "percent-points":
        if fact.kind == "percent":
            return [QuantityFact("points", v, "pp")]
        if fact.kind == "points":
            return [QuantityFact("percent", v, "%")]
    return []


def _changed(
    draw: st.DrawFn, fact: Fact, change: str, rendering: Rendering, reference_lang: Lang
) -> Rendering | None:
    """The changed fact rendered in the original form if possible, else in any form of the language."""
    candidates: list[Fact] = []
    if isinstance(fact, QuantityFact):
        candidates = list(_changed_values(fact, change))
    elif isinstance(fact, DateFact) and change == "date":
        days = _pick(draw, [1, -1, 7, 31, -30])
        candidates = [DateFact(fact.date + dt.timedelta(days=days))]
    elif isinstance(fact, TimeFact) and change == "time":
        candidates = [
            TimeFact((fact.hour + 12) % 24 or 12, fact.minute),
            TimeFact(fact.hour % 23 + 1, fact.minute),
        ]
    elif isinstance(fact, QuoteFact) and change == "negation":
        candidates = [attrs.evolve(fact, negative=not fact.negative)]
    elif isinstance(fact, PersonFact):
        if change == "name":
            mine = {fact.family, *fact.family_variants}
            others = [
                p
                for p in _PEOPLE
                if not mine & {p.family, *p.family_variants}
                # written in both languages, so a checker can tell the two apart across scripts
                and all(lang == "en" or p.native_name(lang) for lang in (rendering.lang, reference_lang))
            ]
            candidates = [attrs.evolve(_pick(draw, others), title=fact.title)]
        elif change == "title" and fact.title is not None and fact.wrong_titles:
            candidates = [attrs.evolve(fact, title=_pick(draw, fact.wrong_titles))]
    for new in candidates:
        # The same form, style and qualifier word when they can write the new fact.
        same = _qualifier_words(new, rendering.lang)
        word = rendering.qualifier if rendering.qualifier in same else same[0]
        text = render(new, rendering.lang, rendering.form, rendering.style, qualifier=word)
        if text is None and isinstance(new, PersonFact):
            styles = _title_styles(new)
            text = render(new, rendering.lang, rendering.form, styles[0])
            if text is not None:
                return Rendering(new, text, rendering.lang, rendering.form, styles[0])
        if text is not None and text != rendering.text:
            return Rendering(new, text, rendering.lang, rendering.form, rendering.style, word or "")
    for new in candidates:
        try:
            options = [r for r in _options(new, (rendering.lang,)) if r.text != rendering.text]
        except ValueError:  # no form of the new fact in this language
            continue
        if options:
            return _pick(draw, options)
    return None


def _can_take(family: SentenceFamily, changes: Sequence[str], lang: Lang, ref_lang: Lang) -> bool:
    """Whether a fact of ``family`` may undergo one of ``changes`` in this language pair (slots of
    your own families, whose facts are unknown until drawn, may)."""
    if lang not in family.templates or ref_lang not in family.templates:
        return False
    wanted = set(changes) - ({"title"} if (lang, ref_lang) != ("en", "en") else set())
    return any(not isinstance(make, _Maker) or make.changes & wanted for make in family.slots.values())


def _applicable(fact: Fact, change: str) -> bool:
    if isinstance(fact, QuantityFact):
        return bool(_changed_values(fact, change))
    if isinstance(fact, DateFact):
        return change == "date"
    if isinstance(fact, TimeFact):
        return change == "time"
    if isinstance(fact, QuoteFact):
        return change == "negation"
    if isinstance(fact, PersonFact):
        return change == "name" or (change == "title" and fact.title is not None and bool(fact.wrong_titles))
    return False


def perturbations(
    langs: Sequence[Lang] = ("en",),
    reference_langs: Sequence[Lang] | None = None,
    *,
    changes: Sequence[str] = tuple(CHANGES),
    families: Families = None,
    vary_forms: bool = True,
) -> st.SearchStrategy[Perturbation]:
    """A reference sentence and a translation with exactly one fact changed by one of ``changes``
    (see :data:`CHANGES`). With ``vary_forms`` the other facts are written in independently drawn
    forms (only the change may produce a finding); without it, the translation writes them as the
    reference does (same language only).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(perturbations(changes=["scale"]))
    ... def test(p):
    ...     assert p.kind == "number" and p.translation.text[p.span.start : p.span.end] == p.span.text
    >>> test()
    """
    unknown = sorted(set(changes) - set(CHANGES))
    if unknown or not changes:
        msg = f"unknown changes {unknown}; expected some of {', '.join(CHANGES)}"
        raise ValueError(msg)

    pool = _pool(families)
    # The language pairs and, for each, the families whose slots can take one of the changes.
    plans = [
        (lang, ref_lang, fams)
        for lang in langs
        for ref_lang in (reference_langs or (lang,))
        if (fams := [f for f in pool if _can_take(f, changes, lang, ref_lang)])
    ]
    if not plans:
        refs = ", ".join(reference_langs or langs)
        msg = f"no sentence family in {', '.join(langs)} (references in {refs}) can take {', '.join(changes)}"
        raise ValueError(msg)

    @st.composite
    def build(draw: st.DrawFn) -> Perturbation:
        lang, ref_lang, fams = _pick(draw, plans)
        options: list[tuple[str, str]] = []
        for _attempt in range(3):  # facts that cannot take the change (an unqualified count): draw again
            family = _pick(draw, fams)
            facts_ = _drawn_facts(draw, family)
            options = [(name, c) for name, fact in facts_.items() for c in changes if _applicable(fact, c)]
            if (lang, ref_lang) != ("en", "en"):  # titles are written in English only
                options = [(name, c) for name, c in options if c != "title"]
            if options:
                break
        assume(bool(options))
        name, change = _pick(draw, options)
        r_values = _rendered(draw, facts_, ref_lang)
        t_values = _rendered(draw, facts_, lang) if vary_forms or lang != ref_lang else dict(r_values)
        new = _changed(draw, facts_[name], change, t_values[name], ref_lang)
        if new is None:
            reject()
        t_values[name] = new
        translation = FactSentence.build(lang, family.templates[lang], t_values, family=family.name)
        reference = FactSentence.build(ref_lang, family.templates[ref_lang], r_values, family=family.name)
        return Perturbation(reference, translation, change, CHANGES[change], name, facts_[name], new.fact)

    return build()
