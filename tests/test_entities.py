"""Golden cases and unit tests for :mod:`xcheck.facts.names` (names and titles).

The golden files under ``tests/data/names/`` document the behaviour: one JSON object a line with
the two texts, the mode and the expected findings (kind, severity, found and expected surfaces).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from xcheck.errors import GlossaryError, InputError, ResourceError
from xcheck.facts.names import (
    Glossary,
    GlossaryEntry,
    Mention,
    Role,
    SpacyBackend,
    check_office_holders,
    compare_entities,
    default_glossary,
    extract_mentions,
)

DATA = Path(__file__).parent / "data" / "names"
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "observer-network"


def _cases(name: str) -> list[dict[str, Any]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _none_first(row: tuple[str, str, str | None, str | None]) -> tuple[str, ...]:
    """A sort key for summary rows whose spans may be missing on either side."""
    return tuple("" if v is None else v for v in row)


def _summary(found: list[Any]) -> list[tuple[str, str, str | None, str | None]]:
    rows = [
        (
            d.kind,
            d.severity,
            d.found.text if d.found is not None else None,
            d.expected.text if d.expected is not None else None,
        )
        for d in found
    ]
    return sorted(rows, key=_none_first)


@pytest.mark.parametrize("case", _cases("en-en.jsonl"), ids=lambda c: c["id"])
def test_golden_en_en(case: dict[str, Any]) -> None:
    glossary = default_glossary() if case.get("glossary") else None
    pair = case["mode"] == "pair"
    date = dt.date.fromisoformat(case["date"]) if case.get("date") else None
    found = compare_entities(
        case["translation"],
        case["reference"],
        glossary=glossary,
        date=date,
        report_missing=pair,
        report_added=pair,
    )
    want = sorted(
        ((e["kind"], e["severity"], e["found"], e["expected"]) for e in case["expect"]), key=_none_first
    )
    assert _summary(found) == want, [d.message for d in found]
    for d, e in zip(
        sorted(found, key=lambda d: d.found.start if d.found else -1), case["expect"], strict=False
    ):
        if "message" in e:
            assert e["message"] in d.message or any(e["message"] in x.message for x in found)


@pytest.mark.parametrize("case", _cases("cross-script.jsonl"), ids=lambda c: c["id"])
def test_golden_cross_script(case: dict[str, Any]) -> None:
    # "lang" is the reference's language when the translation is English; a case may give both.
    lang = "en" if "reference_lang" not in case else case["lang"]
    reference_lang = case.get("reference_lang", case["lang"])
    found = compare_entities(
        case["translation"],
        case["reference"],
        glossary=default_glossary(),
        lang=lang,
        reference_lang=reference_lang,
    )
    want = sorted((e["kind"], e["severity"], e["found"], e["expected"]) for e in case["expect"])
    assert _summary(found) == want, [d.message for d in found]
    for e in case["expect"]:
        if "message" in e:
            assert any(e["message"] in d.message for d in found)


@pytest.mark.parametrize("case", _cases("extract-en.jsonl"), ids=lambda c: c["text"][:30])
def test_golden_extraction(case: dict[str, Any]) -> None:
    text = case["text"]
    mentions = extract_mentions(text)
    got = []
    for m in mentions:
        assert text[m.span.start : m.span.end] == m.span.text
        row: dict[str, Any] = {"surface": m.span.text, "kind": m.kind}
        if m.title is not None:
            assert text[m.title.start : m.title.end] == m.title.text
            row["title"] = m.title.text
        if m.rank is not None:
            row["rank"] = m.rank.text
        got.append(row)
    want = []
    for e in case["mentions"]:
        want.append({k: v for k, v in e.items() if k != "title_key"})
    assert got == want
    keys = {m.span.text: m.title_key for m in mentions}
    for e in case["mentions"]:
        if "title_key" in e:
            assert keys[e["surface"]] == e["title_key"]


def test_extract_resolves_glossary_aliases_in_any_script() -> None:
    g = default_glossary()
    text = "美国国防部长赫格塞思访问了驻韩美军。"
    mentions = extract_mentions(text, glossary=g)
    ids = [m.entity_id for m in mentions]
    assert "pete-hegseth" in ids
    assert "usfk" in ids
    for m in mentions:
        assert text[m.span.start : m.span.end] == m.span.text


def test_mention_names_are_canonical_when_resolved() -> None:
    [m] = [m for m in extract_mentions("Officials at the Pentagon said so.", glossary=default_glossary())]
    assert m.name == "US Department of Defense"
    assert m.entity_id == "us-dod"
    assert m.kind == "org"


def test_empty_text_has_no_mentions() -> None:
    assert extract_mentions("") == ()
    assert compare_entities("", "") == []


# ---------------------------------------------------------------------------------------------
# Office holders


def test_office_holder_flags_garbled_secretary_without_statement() -> None:
    text = "Earlier this year, US Secretary of Defense Hackett made his first official visit to Asia."
    found = check_office_holders(text, glossary=default_glossary(), date=dt.date(2025, 5, 23))
    assert len(found) == 1
    d = found[0]
    assert (d.kind, d.severity) == ("name", "major")
    assert d.found is not None
    assert d.found.text == "Hackett"
    assert d.expected_value == "Pete Hegseth"
    assert "garbled" in d.message
    assert "Secretary of Defense" in d.message


def test_office_holder_accepts_the_holder() -> None:
    text = "US Secretary of Defense Pete Hegseth visited Manila."
    assert check_office_holders(text, glossary=default_glossary(), date=dt.date(2025, 3, 28)) == []


def test_office_holder_uses_the_date() -> None:
    text = "Secretary of Defense Lloyd Austin visited Seoul."
    g = default_glossary()
    assert check_office_holders(text, glossary=g, date=dt.date(2023, 11, 13)) == []
    found = check_office_holders(
        "Secretary of Defense Austin visited Seoul.", glossary=g, date=dt.date(2025, 3, 1)
    )
    assert [d.kind for d in found] == ["title"]


def test_office_holder_title_from_an_earlier_post() -> None:
    text = "He tasked Deputy Assistant Secretary of Defense Elbridge Colby with formulating a strategy."
    found = check_office_holders(text, glossary=default_glossary(), date=dt.date(2025, 5, 3))
    assert [(d.kind, d.severity) for d in found] == [("title", "major")]
    assert found[0].found is not None
    assert found[0].found.text == "Deputy Assistant Secretary of Defense"
    assert "2017" in found[0].message


def test_office_holder_right_title_is_silent() -> None:
    text = "Under Secretary of Defense for Policy Elbridge Colby will write the strategy."
    assert check_office_holders(text, glossary=default_glossary(), date=dt.date(2025, 5, 3)) == []


def test_office_holder_former_is_not_checked() -> None:
    text = "Former Secretary of Defense Mark Esper criticised the plan."
    assert check_office_holders(text, glossary=default_glossary(), date=dt.date(2025, 5, 3)) == []


def test_office_holder_other_country_is_not_checked() -> None:
    text = "British Defence Secretary John Healey met his counterparts."
    assert check_office_holders(text, glossary=default_glossary(), date=dt.date(2025, 5, 3)) == []


# ---------------------------------------------------------------------------------------------
# The flagship fixture: the three expected name/title/quote findings, nothing on the rest


@pytest.fixture(scope="module")
def fixture_refs() -> dict[str, dict[str, Any]]:
    lines = (FIXTURE / "references.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["id"]: r for r in (json.loads(x) for x in lines if x.strip())}


def test_fixture_paragraphs_against_their_statements(fixture_refs: dict[str, dict[str, Any]]) -> None:
    text = (FIXTURE / "observer-network-2025-05-23.en.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in text.splitlines() if p.strip()]
    g = default_glossary()
    found: list[tuple[str, str, str]] = []
    for ref in fixture_refs.values():
        ref_words = set(ref["text"].lower().split())
        best = max(paragraphs, key=lambda p: len(ref_words & set(p.lower().split())))
        date = dt.date.fromisoformat(ref["date"]) if ref.get("date") else None
        for d in compare_entities(
            best, ref["text"], glossary=g, date=date, report_missing=False, report_added=False
        ):
            assert d.found is not None
            found.append((ref["id"], d.kind, d.found.text))
    # Each statement is compared with the paragraph that shares most words with it; the two
    # statements about Hegseth share one paragraph, so both may report the garbled name.
    assert {(kind, text) for _, kind, text in found} == {
        ("name", "Hackett"),
        ("title", "Deputy Assistant Secretary of Defense"),
    }


# ---------------------------------------------------------------------------------------------
# Glossary files


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_default_glossary_has_the_documented_entities() -> None:
    g = default_glossary()
    hegseth = g.get("pete-hegseth")
    assert hegseth is not None
    assert {"赫格塞思", "헤그세스"} <= set(hegseth.aliases)
    assert hegseth.roles[0].title == "Secretary of Defense"
    assert hegseth.roles[0].start == dt.date(2025, 1, 25)
    colby = g.get("elbridge-colby")
    assert colby is not None
    old = next(r for r in colby.roles if r.end is not None)
    assert (old.start, old.end) == (dt.date(2017, 5, 1), dt.date(2018, 12, 31))
    for alias in ("the Pentagon", "DoD", "USFK", "驻韩美军", "주한미군", "INDOPACOM", "NSC", "Yonhap"):
        assert g.resolve(alias) is not None, alias


def test_glossary_loads_json_and_jsonl(tmp_path: Path) -> None:
    entity = {
        "id": "x",
        "name": "Xavier Example",
        "kind": "person",
        "aliases": ["例子"],
        "roles": [{"title": "Minister of Examples", "from": "2020", "to": "2021-06"}],
    }
    j = _write(tmp_path, "g.json", json.dumps({"entities": [entity]}, indent=2))
    jl = _write(tmp_path, "g.jsonl", json.dumps(entity) + "\n")
    for path in (j, jl):
        g = Glossary.load(path)
        assert len(g) == 1
        [e] = list(g)
        assert e.roles[0] == Role("Minister of Examples", dt.date(2020, 1, 1), dt.date(2021, 6, 30))
        assert g.resolve("例子") is e
        assert g.resolve("Example") is e


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ('{"entities": [\n  {"id": "a", "name": "A"},\n  {"id": "b"}\n]}', 3, "'name'"),
        ('{"entities": [\n  {"id": "a", "name": "A", "kind": "robot"}\n]}', 2, "kind"),
        ('{"entities": [\n  {"id": "a", "name": "A"},\n  {"id": "a", "name": "B"}\n]}', 3, "duplicate"),
        (
            '{"entities": [\n {"id": "a", "name": "A",\n  "roles": [{"title": "President", "from": "2020-13"}]}\n]}',
            2,
            "calendar",
        ),
        (
            '{"entities": [\n {"id": "a", "name": "A", "roles": [{"title": "Boss", "from": "2020"}]}\n]}',
            2,
            "title word",
        ),
        ('{"entities": [\n {"id": "a", "name": "A", "alias": ["x"]}\n]}', 2, "unknown field"),
        ('{"entities": [\n {"id": "a", "name": "A"}\n  oops\n]}', 3, "not valid JSON"),
        ('{"id": "a", "name": "A"}\n{"id": "b", "name": "B", "aliases": "B"}\n', 2, "aliases"),
        ('{"id": "a", "name": "A"}\nnot json\n', 2, "not valid JSON"),
        (
            '{"id": "a", "name": "A", "roles": [{"title": "President", "from": "2021", "to": "2020"}]}\n',
            1,
            "ends before",
        ),
    ],
)
def test_glossary_errors_carry_path_line_and_reason(
    tmp_path: Path, text: str, line: int, reason: str
) -> None:
    suffix = ".json" if text.startswith('{"entities"') else ".jsonl"
    path = _write(tmp_path, "bad" + suffix, text)
    with pytest.raises(GlossaryError) as info:
        Glossary.load(path)
    err = info.value
    assert isinstance(err, InputError)
    assert isinstance(err, ValueError)
    assert err.path == str(path)
    assert err.line == line
    assert reason in err.reason
    assert f"{path}:{line}" in str(err)


def test_glossary_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ResourceError):
        Glossary.load(tmp_path / "nope.json")


def test_glossary_merged_prefers_the_second() -> None:
    a = Glossary([GlossaryEntry("x", "Old Name", "person")])
    b = Glossary([GlossaryEntry("x", "New Name", "person")])
    merged = a.merged(b)
    assert [e.name for e in merged] == ["New Name"]


def test_glossary_ambiguous_surname_does_not_resolve() -> None:
    g = default_glossary()
    assert g.resolve("Kim") is None  # Kim Moon-soo, Kim Jong Un
    assert g.resolve("Hegseth") is not None


# ---------------------------------------------------------------------------------------------
# Optional NER backend


class _Ent:
    def __init__(self, start: int, end: int, label: str) -> None:
        self.start_char, self.end_char, self.label_ = start, end, label


class _Doc:
    def __init__(self, ents: list[_Ent]) -> None:
        self.ents = ents


def test_spacy_backend_adapter_feeds_the_same_comparison() -> None:
    text = "Defense Secretary Hackett spoke."

    def nlp(t: str) -> _Doc:
        start = t.index("Hackett")
        return _Doc([_Ent(start, start + 7, "PERSON"), _Ent(0, 7, "NORP_IGNORED")])

    mentions = extract_mentions(text, backend=SpacyBackend(nlp))
    assert [(m.span.text, m.kind) for m in mentions] == [("Hackett", "person")]
    assert mentions[0].title is not None
    assert mentions[0].title.text == "Defense Secretary"
    assert isinstance(mentions[0], Mention)


def test_bundled_glossary_follows_the_published_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    root = Path(__file__).resolve().parents[1]
    schema = json.loads((root / "docs" / "schema" / "glossary-1.json").read_text(encoding="utf-8"))
    data = json.loads((root / "src" / "xcheck" / "data" / "glossary.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    bad = {"entities": [{"id": "a", "name": "A", "alias": ["x"]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    with pytest.raises(GlossaryError):
        Glossary.from_data(bad)


def test_office_holder_accepts_a_post_of_a_year_the_text_names() -> None:
    g = default_glossary()
    when = dt.date(2025, 5, 3)
    text = "In 2018, Deputy Assistant Secretary of Defense Elbridge Colby wrote the strategy."
    assert check_office_holders(text, glossary=g, date=when) == []
    assert check_office_holders("In 2023, Secretary of Defense Austin visited.", glossary=g, date=when) == []
    [d] = check_office_holders("In 2023, Secretary of Defense Ostin visited.", glossary=g, date=when)
    assert d.expected_value == "Lloyd Austin"


@pytest.mark.parametrize(
    "text",
    [
        "President Biden spoke to reporters.",  # a bare head names many offices
        "Prime Minister Justin Trudeau spoke to reporters.",
        "Moderna President Stephen Hoge spoke to reporters.",  # another organisation's president
        "Israeli Prime Minister Benjamin Netanyahu spoke to reporters.",  # another country
    ],
)
def test_office_holder_checks_only_titles_that_name_the_office(text: str) -> None:
    for date in (None, dt.date(2025, 5, 1)):
        assert check_office_holders(text, glossary=default_glossary(), date=date) == []


def test_office_holder_without_a_date_reports_only_garbled_names() -> None:
    g = default_glossary()
    assert check_office_holders("US Secretary of Defense Carter spoke.", glossary=g) == []
    [d] = check_office_holders("US Secretary of Defense Hackett spoke.", glossary=g)
    assert "garbled" in d.message


def test_chinese_name_swap_is_found_whatever_the_figures_are_written_as() -> None:
    # Found by the strategies toolkit: digits in one text and Chinese numerals (with 到 for 至) in the
    # other must not hide a changed name; the rest of the sentence is read outside quantities too.
    from xcheck.facts.names import compare_entities, default_glossary

    found = compare_entities(
        "帕帕罗表示，已有二千零一十一到四千零二十二人参加了演习。",
        "赫格塞思表示，已有2011至4022人参加了演习。",
        glossary=default_glossary(),
        lang="zh",
        reference_lang="zh",
        report_missing=False,
        report_added=False,
    )
    assert [(d.kind, d.found.text if d.found else None) for d in found] == [("name", "帕帕罗")]


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Bush began three days of Middle East diplomacy.", "Middle East", "place"),
        ("The rabbi who supervises Jerusalem's Western Wall spoke.", "Western Wall", "place"),
        ("Senator Western Smith said so.", "Western Smith", "person"),  # a title makes a person
    ],
)
def test_a_run_opening_with_a_region_word_is_a_place(text: str, surface: str, kind: str) -> None:
    """koen 302, 984: "Western Wall" and "Middle East" were read as persons, so each took a Korean
    person name as its counterpart."""
    (found,) = [m for m in extract_mentions(text) if m.span.text == surface]
    assert found.kind == kind
