"""Hypothesis properties of name reading and comparison (issue 4).

- a name replaced by a different one from a pool is always flagged;
- a name rewritten as a listed variant (romanisation, hyphens, order, partial name, acronym,
  US/UK spelling, title word order) never is;
- spans are exact;
- the acronym reader agrees with a slow, obviously correct oracle.
"""

from __future__ import annotations

import itertools

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from xcheck.facts.names import compare_entities, default_glossary, extract_mentions
from xcheck.facts.names._text import initials_match, name_similarity, names_equivalent, phonetic_key

# Distinct people: no two are equivalent or near-identical spellings of each other.
PEOPLE = [
    "Pete Hegseth",
    "Pete Nguyen",
    "Samuel Paparo",
    "Xavier Brunson",
    "Paul LaCamera",
    "Elbridge Colby",
    "Lloyd Austin",
    "Marco Rubio",
    "Michael Waltz",
    "Antony Blinken",
    "Jake Sullivan",
    "Shigeru Ishiba",
    "Kim Moon-soo",
    "Han Duck-soo",
    "Cho Tae-yul",
    "Ahn Gyu-back",
    "Philip Goldberg",
    "Sean Parnell",
]

# Ways of writing one bearer that must never be flagged.
VARIANTS = [
    ("Kim Jong Un", "Kim Jong-un"),
    ("Kim Jong Un", "Kim Jongun"),
    ("Yoon Suk Yeol", "Yoon Suk-yeol"),
    ("Lee Jae-myung", "Rhee Jae-myung"),
    ("Lee Jae-myung", "Yi Jae-myung"),
    ("Choi Sang-mok", "Choe Sang-mok"),
    ("Jeong Dong-young", "Chung Dong-young"),
    ("Gen Nakatani", "Nakatani Gen"),
    ("Pete Hegseth", "Hegseth"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
    ("José Martínez", "Jose Martinez"),
]

ORG_VARIANTS = [
    ("the United Nations", "the UN"),
    ("U.S. Forces Korea", "USFK"),
    ("the Ministry of Defence", "the Ministry of Defense"),
    ("the US Indo-Pacific Command", "INDOPACOM"),
    ("the North Atlantic Treaty Organization", "NATO"),
]

TITLE_VARIANTS = [
    ("Secretary of Defense", "Defense Secretary"),
    ("Secretary of Defence", "Defense Secretary"),
    ("Minister of Foreign Affairs", "Foreign Affairs Minister"),
    ("spokesperson for the National Security Council", "National Security Council spokesman"),
]

TEMPLATES = [
    "On Monday, {x} met reporters in the capital and said talks would resume.",
    "The meeting with {x} was postponed until next week, officials said.",
    "Officials said {x} would travel to Seoul later this month for talks.",
]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(PEOPLE), st.sampled_from(TEMPLATES), st.booleans())
def test_a_different_person_is_always_flagged(a: str, b: str, template: str, use_glossary: bool) -> None:
    assume(a != b)
    glossary = default_glossary() if use_glossary else None
    translation, reference = template.format(x=a), template.format(x=b)
    found = compare_entities(translation, reference, glossary=glossary)
    names = [d for d in found if d.kind == "name"]
    assert names, (translation, reference)
    hit = [d for d in names if d.found is not None and d.found.text == a]
    assert hit
    assert hit[0].expected is not None
    assert hit[0].expected.text == b
    assert hit[0].severity == "major"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(VARIANTS), st.sampled_from(TEMPLATES), st.booleans(), st.booleans())
def test_a_listed_variant_is_never_flagged(
    pair: tuple[str, str], template: str, flip: bool, use_glossary: bool
) -> None:
    a, b = pair if not flip else pair[::-1]
    glossary = default_glossary() if use_glossary else None
    found = compare_entities(template.format(x=a), template.format(x=b), glossary=glossary)
    assert found == [], [d.message for d in found]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(ORG_VARIANTS), st.booleans(), st.booleans())
def test_an_organisation_alias_or_acronym_is_never_flagged(
    pair: tuple[str, str], flip: bool, use_glossary: bool
) -> None:
    a, b = pair if not flip else pair[::-1]
    glossary = default_glossary() if use_glossary else None
    template = "A spokesperson for {x} said on Monday that there were no plans to announce."
    found = compare_entities(template.format(x=a), template.format(x=b), glossary=glossary)
    assert found == [], [d.message for d in found]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(TITLE_VARIANTS), st.sampled_from(PEOPLE), st.booleans())
def test_title_word_order_is_never_flagged(pair: tuple[str, str], person: str, flip: bool) -> None:
    a, b = pair if not flip else pair[::-1]
    t = f"On Monday, {a} {person} met reporters in the capital."
    r = f"On Monday, {b} {person} met reporters in the capital."
    found = compare_entities(t, r)
    assert found == [], [d.message for d in found]


_NAMEISH = st.sampled_from(
    [w for p in PEOPLE for w in p.split()]
    + ["Secretary", "of", "Defense", "the", "Adm.", "U.S.", "USFK", "赫格塞思", "주한미군"]
)
_FILLER = st.sampled_from(["said", "met", "and", "in", ",", ".", "\n", "“", "”", "'s", "-", "  ", "on May 2"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_NAMEISH, _FILLER, st.text(max_size=6)), max_size=25), st.booleans())
def test_spans_are_exact(tokens: list[str], use_glossary: bool) -> None:
    text = " ".join(tokens)
    glossary = default_glossary() if use_glossary else None
    for m in extract_mentions(text, glossary=glossary):
        assert text[m.span.start : m.span.end] == m.span.text
        assert m.span.text.strip() == m.span.text
        assert m.span.text
        assert m.kind in ("person", "org", "place", "acronym", "other")
        for extra in (m.title, m.rank):
            if extra is not None:
                assert text[extra.start : extra.end] == extra.text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.one_of(_NAMEISH, _FILLER), max_size=15), st.lists(st.one_of(_NAMEISH, _FILLER), max_size=15)
)
def test_discrepancy_spans_index_their_texts(a: list[str], b: list[str]) -> None:
    t, r = " ".join(a), " ".join(b)
    for d in compare_entities(t, r, glossary=default_glossary()):
        assert d.kind in ("name", "title")
        assert d.severity in ("minor", "major", "critical")
        if d.found is not None:
            assert t[d.found.start : d.found.end] == d.found.text
        if d.expected is not None:
            assert r[d.expected.start : d.expected.end] == d.expected.text


def test_the_same_text_never_has_findings() -> None:
    for template in TEMPLATES:
        for person in PEOPLE:
            text = template.format(x=person)
            assert compare_entities(text, text, glossary=default_glossary()) == []


# ---------------------------------------------------------------------------------------------
# Helpers against oracles


def _initials_oracle(acronym: str, words: list[str], optional: set[str]) -> bool:
    """Try every way of taking a prefix (possibly empty for optional words) of each word."""
    acr = acronym.lower()
    choices = []
    for w in words:
        lengths = list(range(1, len(w) + 1))
        if w in optional:
            lengths.insert(0, 0)
        choices.append([w[:k] for k in lengths])
    return any("".join(combo) == acr for combo in itertools.product(*choices))


_SHORT_WORD = st.text(alphabet="abcdu", min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SHORT_WORD, min_size=1, max_size=4), st.text(alphabet="abcdu", min_size=2, max_size=6))
def test_initials_match_agrees_with_the_oracle(expansion: list[str], acronym: str) -> None:
    optional = {"us", "the", "of"}
    expansion = [w for w in expansion if w]
    want = _initials_oracle(acronym, expansion, optional | {"for", "and", "on", "in", "&"})
    assert initials_match(acronym, expansion, optional=optional) == want


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(PEOPLE + [v for p in VARIANTS for v in p]),
    st.sampled_from(PEOPLE + [v for p in VARIANTS for v in p]),
)
def test_name_equivalence_is_symmetric_and_reflexive(a: str, b: str) -> None:
    assert names_equivalent(a, a)
    assert names_equivalent(a, b) == names_equivalent(b, a)
    sim = name_similarity(a, b)
    assert 0.0 <= sim.score <= 1.0


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüöäçñÉÜ", min_size=1, max_size=12)
)
def test_phonetic_key_ignores_case_and_doubled_letters(word: str) -> None:
    assert phonetic_key(word) == phonetic_key(word.upper()) == phonetic_key(word.lower())
    doubled = "".join(ch * 2 for ch in word)
    if word.isascii():
        assert phonetic_key(doubled)[1:] == phonetic_key(word)[1:]


def test_garbled_versus_different() -> None:
    assert name_similarity("Hackett", "Pete Hegseth").score >= 0.6
    assert name_similarity("Hagerty", "Hegseth").score >= 0.6
    assert name_similarity("Honor", "Huawei").score < 0.6
    assert name_similarity("Kim Moon-soo", "Cha Se-hyeon").score < 0.6


_SURFACES = (
    PEOPLE
    + [v for p in VARIANTS for v in p]
    + [v for p in ORG_VARIANTS for v in p]
    + ["Tchaikovsky", "Chaikovsky", "NATO", "the Pentagon", "DoD", "Jongun Kim", "Kim Jongun"]
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_SURFACES), st.sampled_from(_SURFACES), st.booleans())
def test_the_cheap_prefilter_never_hides_a_match(a: str, b: str, use_glossary: bool) -> None:
    from xcheck.facts.names._compare import _may_be_same, _same_entity

    glossary = default_glossary() if use_glossary else None
    ma = extract_mentions(f"On Monday, {a} spoke.", glossary=glossary)
    mb = extract_mentions(f"On Monday, {b} spoke.", glossary=glossary)
    for x in ma:
        for y in mb:
            if _same_entity(x, y, glossary):
                assert _may_be_same(x, y), (x, y)


TITLED_TEMPLATES = [
    (
        "Earlier this year, US Secretary of Defense {x} made his first visit to Asia.",
        "On his first Indo-Pacific trip as defense secretary, {x} said in Manila that allies agreed.",
    ),
    (
        "{x}, spokesperson for the National Security Council, did not respond.",
        "National Security Council spokesman {x} did not address the withdrawal directly.",
    ),
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(PEOPLE), st.sampled_from(TITLED_TEMPLATES))
def test_claims_mode_flags_another_person_in_the_same_office(
    a: str, b: str, templates: tuple[str, str]
) -> None:
    """A retelling (not word-aligned) with the same office held by another name is flagged."""
    assume(a != b)
    translation, reference = templates[0].format(x=a), templates[1].format(x=b)
    found = compare_entities(translation, reference, report_missing=False, report_added=False)
    assert [(d.kind, d.found.text if d.found else None) for d in found] == [("name", a)]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(TITLED_TEMPLATES))
def test_claims_mode_is_silent_on_the_same_person(a: str, templates: tuple[str, str]) -> None:
    translation, reference = templates[0].format(x=a), templates[1].format(x=a)
    assert compare_entities(translation, reference, report_missing=False, report_added=False) == []


_CJK_PIECES = st.sampled_from(
    [
        "赫格塞思",
        "帕帕罗",
        "布伦森",
        "驻韩美军",
        "주한미군",
        "브런슨이",
        "表示",
        "，",
        "。",
        "已有4,500名士兵",
        "말했다",
    ]
)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.one_of(_NAMEISH, _FILLER), max_size=12),
    st.lists(_CJK_PIECES, max_size=10),
    st.booleans(),
    st.sampled_from([(None, None), ("en", "zh"), ("zh", "en"), ("zh", "zh")]),
)
def test_spans_are_exact_across_scripts(
    latin: list[str], cjk: list[str], flip: bool, langs: tuple[str | None, str | None]
) -> None:
    a, b = " ".join(latin), "".join(cjk)
    t, r = (b, a) if flip else (a, b)
    for d in compare_entities(t, r, glossary=default_glossary(), lang=langs[0], reference_lang=langs[1]):
        if d.found is not None:
            assert t[d.found.start : d.found.end] == d.found.text
        if d.expected is not None:
            assert r[d.expected.start : d.expected.end] == d.expected.text
