"""Each text is read once per check: alignment and comparison share one reading of every
distinct (text, language), and a pair's result does not depend on the document around it."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

import xcheck
from xcheck._fixtures import observer_network
from xcheck.facts import names as names_pkg
from xcheck.facts import quantities as quantities_pkg
from xcheck.facts._read import Reader, reading_lang
from xcheck.facts.names import _extract as names_extract
from xcheck.facts.quantities import _extract as quantities_extract


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> tuple[Counter[Any], Counter[Any]]:
    """Count every real parse (the readers below the memo) after emptying the memos."""
    quantities_pkg.clear_cache()
    names_pkg._clear_caches()
    q_reads: Counter[Any] = Counter()
    n_reads: Counter[Any] = Counter()
    real_q, real_n = quantities_extract._extract, names_extract._extract

    def read_quantities(text: str, language: str) -> Any:
        # Counted under the language the text is really read under: two parses of one text under
        # "en" and under None (its script's language) would be the same reading made twice.
        q_reads[text, reading_lang(text, language)] += 1
        return real_q(text, language)

    def read_mentions(text: str, lang: str | None, glossary: Any, backend: Any) -> Any:
        n_reads[text, id(glossary)] += 1
        return real_n(text, lang, glossary, backend)

    monkeypatch.setattr(quantities_extract, "_extract", read_quantities)
    monkeypatch.setattr(names_extract, "_extract", read_mentions)
    yield q_reads, n_reads
    quantities_pkg.clear_cache()
    names_pkg._clear_caches()


def test_the_fixture_reads_each_text_once(counted: tuple[Counter[Any], Counter[Any]]) -> None:
    translation_path, references_path = observer_network()
    translation = xcheck.read_translation(translation_path)
    statements = xcheck.read_references(references_path)
    report = xcheck.check(translation, statements)
    q_reads, n_reads = counted
    assert report.findings  # the check did its work
    repeated = {key: n for key, n in {**q_reads, **n_reads}.items() if n > 1}
    assert repeated == {}
    # Every claim sentence and every statement was read (for alignment), under its own language.
    for sentence in report.sentences:
        if sentence.role == "claim":
            assert (sentence.text, reading_lang(sentence.text, "en")) in q_reads
    for statement in statements:
        assert (statement.text, reading_lang(statement.text, statement.lang)) in q_reads


def test_a_text_asked_for_under_its_scripts_language_and_under_none_is_one_reading() -> None:
    read = Reader()
    assert read("撤出4500名美军", "zh") is read("撤出4500名美军", None)
    assert read("Sales rose 2%.", "en-GB") is read("Sales rose 2%.", "en")
    assert read("Es sind 2,5 Millionen.", "de-AT") is read("Es sind 2,5 Millionen.", "de")
    assert len(read) == 3
    # A regional tag reads under its language's conventions: 2,5 is 2.5 in German.
    assert [q.value for q in read("Es sind 2,5 Millionen.", "de-AT").quantities] == [2_500_000]
