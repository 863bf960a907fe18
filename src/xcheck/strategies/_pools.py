"""The bundled people, organisations and quotes that the fact strategies draw from.

Public figures of Korean-peninsula and US news (and one invented minister), each with the title
news gives them, titles they do not hold, other romanisations of the family name and the native
names the bundled glossary knows; organisations with their acronyms; claims with their negations.
Nothing here needs hypothesis.
"""

from __future__ import annotations

from xcheck.strategies._facts import OrgFact, PersonFact, QuoteFact, TitleFact

_SECRETARY_DEFENSE = TitleFact("Secretary", "Defense")
_PEOPLE: tuple[PersonFact, ...] = (
    PersonFact(
        ("Pete",),
        "Hegseth",
        _SECRETARY_DEFENSE,
        wrong_titles=(TitleFact("Deputy Secretary", "Defense"), TitleFact("Secretary", "State")),
        native=(("zh", "赫格塞思"), ("ko", "헤그세스")),
    ),
    PersonFact(
        ("Marco",),
        "Rubio",
        TitleFact("Secretary", "State"),
        wrong_titles=(_SECRETARY_DEFENSE, TitleFact("Secretary", "Commerce")),
    ),
    PersonFact(
        ("Samuel",),
        "Paparo",
        TitleFact("Admiral", abbreviation="Adm."),
        wrong_titles=(TitleFact("General", abbreviation="Gen."),),
        native=(("zh", "帕帕罗"), ("ko", "파파로")),
    ),
    PersonFact(
        ("Xavier",),
        "Brunson",
        TitleFact("General", abbreviation="Gen."),
        wrong_titles=(TitleFact("Admiral", abbreviation="Adm."),),
        native=(("zh", "布伦森"), ("ko", "브런슨")),
    ),
    PersonFact(
        ("Jae", "Myung"),
        "Lee",
        TitleFact("President"),
        family_first=True,
        syllabic=True,
        wrong_titles=(TitleFact("Prime Minister"),),
        family_variants=("Rhee", "Yi"),
        native=(("zh", "李在明"), ("ko", "이재명")),
    ),
    PersonFact(
        ("Sang", "Mok"),
        "Choi",
        TitleFact("Minister", "Finance"),
        family_first=True,
        syllabic=True,
        wrong_titles=(TitleFact("Prime Minister"),),
        family_variants=("Choe",),
    ),
    PersonFact(
        ("Dong", "Young"),
        "Chung",
        TitleFact("Minister", "Unification"),
        family_first=True,
        syllabic=True,
        wrong_titles=(TitleFact("Minister", "Foreign", of_domain="Foreign Affairs"),),
        family_variants=("Jeong",),
    ),
    PersonFact(
        ("Duck", "Soo"),
        "Han",
        TitleFact("Prime Minister"),
        family_first=True,
        syllabic=True,
        wrong_titles=(TitleFact("President"),),
        native=(("zh", "韩德洙"), ("ko", "한덕수")),
    ),
    PersonFact(
        ("Jong", "Un"),
        "Kim",
        None,
        family_first=True,
        syllabic=True,
        native=(("zh", "金正恩"), ("ko", "김정은")),
    ),
    PersonFact(
        ("Gen",),
        "Nakatani",
        TitleFact("Minister", "Defense"),
        family_first=True,
        order_free=True,
        wrong_titles=(TitleFact("Minister", "Foreign", of_domain="Foreign Affairs"),),
    ),
    PersonFact(
        ("Shigeru",),
        "Ishiba",
        TitleFact("Prime Minister"),
        family_first=True,
        order_free=True,
        wrong_titles=(TitleFact("Minister", "Finance"),),
    ),
    PersonFact(
        ("Elena",),
        "Marchetti",
        TitleFact("Minister", "Finance"),
        wrong_titles=(TitleFact("Minister", "Defense"),),
    ),
)

_ORGS: tuple[OrgFact, ...] = (
    OrgFact("United Nations", ("UN",)),
    OrgFact("U.S. Forces Korea", ("USFK",)),
    OrgFact("US Department of Defense", ("Pentagon",)),
    OrgFact("National Security Council", ("NSC",)),
    OrgFact("International Monetary Fund", ("IMF",)),
    OrgFact("World Health Organization", ("WHO",)),
)


_QUOTES: tuple[QuoteFact, ...] = (
    QuoteFact(
        "We will withdraw our troops from the peninsula.",
        "We will not withdraw our troops from the peninsula.",
    ),
    QuoteFact(
        "The alliance is ready to respond to any provocation.",
        "The alliance is not ready to respond to any provocation.",
    ),
    QuoteFact(
        "Washington will reduce its forces in Korea.", "Washington will not reduce its forces in Korea."
    ),
    QuoteFact("Seoul should pay more for the deployment.", "Seoul should not pay more for the deployment."),
    QuoteFact(
        "The talks have produced an agreement on tariffs.",
        "The talks have not produced an agreement on tariffs.",
    ),
    QuoteFact(
        "The exercise was a rehearsal for an invasion.", "The exercise was not a rehearsal for an invasion."
    ),
)
