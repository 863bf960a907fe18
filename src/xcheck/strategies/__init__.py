"""Hypothesis strategies for property-testing translation pipelines with known facts.

People who build translation or summarisation systems want to know that numbers, dates and names
survive the trip, not only that BLEU is high. This module generates *facts* (a count, an amount of
money, a percentage, a date, a person with a title, a quote...), renders one fact in the many surface
forms news uses in English, Chinese and Korean (``28,500``, ``28.5 thousand``, ``2.85万``,
``2만8천500``; ``about $1.5bn``; ``May 22``, ``5月22日``; ``Kim Jong Un`` / ``Kim Jong-un`` /
``金正恩``), builds news sentences around them that remember where each fact sits, and *perturbs* a
fact (figure, scale, unit, currency, % vs points, bound, date, time, name, title, a negated quote)
with the finding xcheck must report attached.

It needs hypothesis (``pip install xcheck-news[strategies]``); the rest of xcheck never imports it.

Facts and renderings are plain values (frozen attrs classes) and :func:`render` is an ordinary
function, so a test can also list forms explicitly:

>>> from decimal import Decimal
>>> fact = QuantityFact("count", Decimal(28500), "troops")
>>> forms = [("en", "grouped"), ("en", "scale"), ("zh", "scale"), ("ko", "mixed")]
>>> [render(fact, lang, form) for lang, form in forms]
['28,500 troops', '28.5 thousand troops', '2.85万名士兵', '2만8천500명의 병력']

The strategies:

- facts: :func:`quantity_facts`, :func:`date_facts`, :func:`time_facts`, :func:`person_facts`,
  :func:`org_facts`, :func:`quote_facts`, and :func:`facts` for any of them;
- :func:`renderings` of one fact in the forms of one or more languages;
- :func:`fact_sentences`: a news sentence with its facts and their exact spans;
- :func:`equivalent_pairs`: two sentences stating the same facts in different forms (no finding due);
- :func:`perturbations`: a reference sentence and a translation with one fact changed, the expected
  finding kind and the exact span of the changed fact.

Every form generated here is one xcheck's extractors read back (the round-trip tests in
``tests/test_strategies.py`` hold this module to that).
"""

from __future__ import annotations

# hypothesis is imported first, so that without it ``import xcheck.strategies`` fails at once with
# ModuleNotFoundError, as it always has; the rest of xcheck never imports this package.
import hypothesis  # noqa: F401

from xcheck.strategies._fact_strategies import (
    date_facts,
    facts,
    org_facts,
    person_facts,
    quantity_facts,
    quote_facts,
    renderings,
    time_facts,
)
from xcheck.strategies._facts import (
    CURRENCIES,
    LANGS,
    QUALIFIER_READINGS,
    QUALIFIERS,
    QUANTITY_KINDS,
    RANGE_WORDS,
    DateFact,
    Fact,
    Lang,
    OrgFact,
    PersonFact,
    QuantityFact,
    QuantityKind,
    QuoteFact,
    TimeFact,
    TitleFact,
)
from xcheck.strategies._perturb import CHANGES, Perturbation, perturbations
from xcheck.strategies._render import Rendering, forms_of, render
from xcheck.strategies._render_dates import DATE_FORMS, TIME_FORMS
from xcheck.strategies._render_names import NAME_FORMS, ORG_FORMS, QUOTE_FORMS
from xcheck.strategies._render_numbers import NUMBER_FORMS, STYLES
from xcheck.strategies._sentences import (
    FAMILIES,
    SENTENCE_QUALIFIERS,
    FactSentence,
    Families,
    SentenceFamily,
    Slot,
    equivalent_pairs,
    fact_sentences,
)

__all__ = [
    "CHANGES",
    "CURRENCIES",
    "DATE_FORMS",
    "FAMILIES",
    "LANGS",
    "NAME_FORMS",
    "NUMBER_FORMS",
    "ORG_FORMS",
    "QUALIFIERS",
    "QUALIFIER_READINGS",
    "QUANTITY_KINDS",
    "QUOTE_FORMS",
    "RANGE_WORDS",
    "SENTENCE_QUALIFIERS",
    "STYLES",
    "TIME_FORMS",
    "DateFact",
    "Fact",
    "FactSentence",
    "Families",
    "Lang",
    "OrgFact",
    "PersonFact",
    "Perturbation",
    "QuantityFact",
    "QuantityKind",
    "QuoteFact",
    "Rendering",
    "SentenceFamily",
    "Slot",
    "TimeFact",
    "TitleFact",
    "date_facts",
    "equivalent_pairs",
    "fact_sentences",
    "facts",
    "forms_of",
    "org_facts",
    "person_facts",
    "perturbations",
    "quantity_facts",
    "quote_facts",
    "render",
    "renderings",
    "time_facts",
]
