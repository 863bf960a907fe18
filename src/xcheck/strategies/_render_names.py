"""People (with titles), organisations and quotes in their surface forms.

English names in full, by family name, in the other order, with spaced or hyphenated given names and
other romanisations (:data:`NAME_FORMS`), with a title before or after (``Defense Secretary`` /
``Secretary of Defense``, UK spellings, ranks and their abbreviations); organisations by name or alias
(:data:`ORG_FORMS`); quotes in straight or curly marks (:data:`QUOTE_FORMS`). Chinese and Korean
write only a person's native name. Nothing here needs hypothesis.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from xcheck.strategies._facts import OrgFact, PersonFact, TitleFact

#: (``Gen Nakatani`` for ``Nakatani Gen``), ``spaced`` (``Kim Jong Un`` for ``Kim Jong-un``), and
#: ``variant-0``, ``variant-1``... for other romanisations of the family name (``Rhee Jae-myung``);
#: with a title style ``title-first`` (``Defense Secretary``), ``title-of`` (``Secretary of
#: Defense``), ``title-first-uk`` / ``title-of-uk`` (``Defence``), ``rank`` / ``rank-abbreviated``
#: (``Admiral`` / ``Adm.``) or ``none``.
NAME_FORMS: tuple[str, ...] = ("full", "family", "reversed", "spaced")
# and, in Chinese and Korean, ``native`` (``赫格塞思``, ``헤그세스``: the name alone, without a title).

ORG_FORMS: tuple[str, ...] = ("name", "alias")

#: Quote forms (English only): ``straight`` (``"..."``) and ``curly`` (``“...”``) quotation marks.
QUOTE_FORMS: tuple[str, ...] = ("straight", "curly")


def _title_styles(person: PersonFact) -> tuple[str, ...]:
    title = person.title
    if title is None:
        return ("none",)
    if title.abbreviation is not None:
        return ("rank", "rank-abbreviated")
    if title.domain is None:
        return ("title-first",)
    if title.domain in _UK_SPELLINGS:
        return ("title-first", "title-of", "title-first-uk", "title-of-uk")
    return ("title-first", "title-of")


# US spellings of title words and their UK spelling (``Defense Secretary`` = ``Defence Secretary``).
_UK_SPELLINGS: Mapping[str, str] = {"Defense": "Defence"}


def _render_title(title: TitleFact, style: str) -> str | None:
    if style.endswith("-uk"):
        us = _render_title(title, style.removesuffix("-uk"))
        uk = _UK_SPELLINGS.get(title.domain or "")
        return None if us is None or uk is None else us.replace(title.domain or "", uk)
    if style == "rank":
        return title.head
    if style == "rank-abbreviated":
        return title.abbreviation
    if style == "title-first":
        return f"{title.domain} {title.head}" if title.domain else title.head
    if style == "title-of":
        return f"{title.head} of {title.after_of}" if title.domain else None
    return None


def _render_person(fact: PersonFact, form: str, style: str) -> str | None:
    if form == "full":
        name = fact.full_name
    elif form == "family":
        name = fact.family
    elif form == "reversed":
        if not fact.order_free:
            return None
        given = fact._given("hyphen")
        name = f"{given} {fact.family}" if fact.family_first else f"{fact.family} {given}"
    elif form == "spaced":
        if not (fact.syllabic and len(fact.given) > 1):
            return None
        given = fact._given("spaced")
        name = f"{fact.family} {given}" if fact.family_first else f"{given} {fact.family}"
    elif form.startswith("variant-") and form.removeprefix("variant-").isdigit():
        index = int(form.removeprefix("variant-"))
        if index >= len(fact.family_variants):
            return None
        name = attrs.evolve(fact, family=fact.family_variants[index]).full_name
    else:
        return None
    if style == "none":
        return name if fact.title is None else None
    if fact.title is None:
        return None
    title = _render_title(fact.title, style)
    return None if title is None else f"{title} {name}"


def _render_org(fact: OrgFact, form: str) -> str | None:
    if form == "name":
        return fact.name
    if form == "alias":
        return fact.aliases[0] if fact.aliases else None
    return None
