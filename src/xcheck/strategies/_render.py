"""One entry point for writing any fact: :func:`forms_of`, :func:`render` and :class:`Rendering`.

:func:`render` dispatches to the writers of quantities, dates and times, and names; :func:`forms_of`
lists the ``(form, style)`` choices that write a fact in a language, and the cached
:func:`_options` lists every :class:`Rendering` of a fact (qualifier and range words included),
which the strategies draw from. Nothing here needs hypothesis.
"""

from __future__ import annotations

import functools

import attrs

from xcheck.strategies._facts import (
    QUALIFIERS,
    RANGE_WORDS,
    DateFact,
    Fact,
    Lang,
    PersonFact,
    QuantityFact,
    QuoteFact,
    TimeFact,
)
from xcheck.strategies._render_dates import DATE_FORMS, TIME_FORMS, _render_date, _render_time
from xcheck.strategies._render_names import (
    NAME_FORMS,
    ORG_FORMS,
    QUOTE_FORMS,
    _render_org,
    _render_person,
    _title_styles,
)
from xcheck.strategies._render_numbers import _KIND_FORMS, NUMBER_FORMS, STYLES, _render_quantity


def forms_of(fact: Fact, lang: Lang = "en") -> tuple[tuple[str, str], ...]:
    """Every ``(form, style)`` this module can write ``fact`` in, in language ``lang``.

    >>> from decimal import Decimal
    >>> forms_of(QuantityFact("percent", Decimal("2.1"), "%"))
    (('digits', 'sign'), ('digits', 'percent'), ('digits', 'per-cent'))
    """
    out: list[tuple[str, str]] = []
    if isinstance(fact, QuantityFact):
        for form in NUMBER_FORMS[lang]:
            if form not in _KIND_FORMS[fact.kind]:
                continue
            for style in STYLES[fact.kind][lang]:
                if render(fact, lang, form, style) is not None:
                    out.append((form, style))
    elif isinstance(fact, DateFact):
        out = [(form, "") for form in DATE_FORMS[lang]]
    elif isinstance(fact, TimeFact):
        out = [(form, "") for form in TIME_FORMS[lang] if render(fact, lang, form, "") is not None]
    elif isinstance(fact, PersonFact):
        if lang != "en" and fact.native_name(lang) is not None:
            out = [("native", "none")]
        elif lang == "en":
            variants = tuple(f"variant-{i}" for i in range(len(fact.family_variants)))
            for form in (*NAME_FORMS, *variants):
                for style in _title_styles(fact):
                    if render(fact, lang, form, style) is not None:
                        out.append((form, style))
    elif isinstance(fact, QuoteFact):
        out = [(form, "") for form in QUOTE_FORMS] if lang == "en" else []
    elif lang == "en":
        out = [(form, "") for form in ORG_FORMS if render(fact, lang, form, "") is not None]
    return tuple(out)


def render(
    fact: Fact,
    lang: Lang = "en",
    form: str | None = None,
    style: str | None = None,
    *,
    qualifier: str | None = None,
) -> str | None:
    """Write ``fact`` in ``lang`` in one form (and unit or title style), or ``None`` when that form
    cannot write it (``words`` of ``2.5``; ``numeral`` in English). Without ``form``/``style``,
    the first ones :func:`forms_of` lists; ``qualifier`` picks the word of a qualified quantity
    (default: the first of :data:`QUALIFIERS`).

    >>> import datetime as dt
    >>> from decimal import Decimal
    >>> from xcheck.strategies import TitleFact
    >>> render(QuantityFact("money", Decimal("1.52E12"), "KRW"), "ko", "groups", "word")
    '1조5200억 원'
    >>> render(DateFact(dt.date(2025, 5, 22)), "zh", "month-day")
    '5月22日'
    >>> render(PersonFact(("Pete",), "Hegseth", TitleFact("Secretary", "Defense")), "en", "full", "title-of")
    'Secretary of Defense Pete Hegseth'
    """
    if form is None or style is None:
        options = forms_of(fact, lang)
        if not options:
            return None
        form = form if form is not None else options[0][0]
        style = style if style is not None else next((s for f, s in options if f == form), options[0][1])
    if isinstance(fact, QuantityFact):
        return _render_quantity(fact, lang, form, style, qualifier)
    if isinstance(fact, DateFact):
        return _render_date(fact, lang, form)
    if isinstance(fact, TimeFact):
        return _render_time(fact, lang, form)
    if isinstance(fact, PersonFact):
        if lang != "en":
            return fact.native_name(lang) if (form, style) == ("native", "none") else None
        return _render_person(fact, form, style)
    if isinstance(fact, QuoteFact):
        marks = {"straight": ('"', '"'), "curly": ("“", "”")}.get(form)
        return None if lang != "en" or marks is None else f"{marks[0]}{fact.words}{marks[1]}"
    return _render_org(fact, form) if lang == "en" else None


@attrs.frozen
class Rendering:
    """One fact written one way: the ``text``, and the ``lang``, ``form``, ``style`` and qualifier
    word used."""

    fact: Fact
    text: str
    lang: Lang
    form: str
    style: str = ""
    qualifier: str = ""


@functools.lru_cache(maxsize=4096)
def _options(fact: Fact, langs: tuple[Lang, ...]) -> tuple[Rendering, ...]:
    options = tuple(
        Rendering(fact, text, lang, form, style, word or "")
        for lang in langs
        for form, style in forms_of(fact, lang)
        for word in _qualifier_words(fact, lang)
        if (text := render(fact, lang, form, style, qualifier=word)) is not None
    )
    if not options:
        msg = f"no form of {fact!r} in {', '.join(langs)}"
        raise ValueError(msg)
    return options


def _qualifier_words(fact: Fact, lang: Lang) -> tuple[str | None, ...]:
    """The qualifier words (or range words) one fact can be written with."""
    if isinstance(fact, QuantityFact) and fact.high is not None:
        return RANGE_WORDS[lang]
    if isinstance(fact, QuantityFact) and fact.qualifier is not None:
        return QUALIFIERS[fact.qualifier][lang]
    return (None,)
