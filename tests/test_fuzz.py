"""Fuzzing: arbitrary text, JSON values and bytes into every public function, reader, renderer and
the command line. The contract (``tests/fuzz_targets.py``): a result or an ``XcheckError``, never
another exception; the CLI exits 0, 1 or 2 without a traceback.

The number of examples per test is small in CI (the whole file runs in well under 30 s);
``XCHECK_FUZZ_EXAMPLES=N`` raises it, and ``make fuzz`` runs a million inputs (``scripts/fuzz.py``).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fuzz_targets as ft

EXAMPLES = int(os.environ.get("XCHECK_FUZZ_EXAMPLES", "0")) or None


def fuzz_settings(ci_examples: int) -> settings:
    """``ci_examples`` examples in CI, or ``$XCHECK_FUZZ_EXAMPLES``; no deadline (the machine is shared)."""
    return settings(
        max_examples=EXAMPLES or ci_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


# --- strategies ----------------------------------------------------------------------------------

#: Any character, lone surrogates included (the Python API takes any str).
any_char = st.characters(codec=None, exclude_categories=())
#: Characters UTF-8 can encode (what a file or a JSON string can hold).
utf8_char = st.characters(codec="utf-8")
cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
hangul = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
lone_surrogate = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)

pieces = st.one_of(
    st.sampled_from(ft.TOKENS),
    st.sampled_from(ft.TOKENS),
    st.integers(-(10**12), 10**15).map(str),
    st.text(st.sampled_from("0123456789,.-:%/ "), min_size=1, max_size=12),
    st.from_regex(r"[A-Z][a-z]{0,8}(['-][A-Z][a-z]{1,5})?", fullmatch=True),
    st.text(cjk, min_size=1, max_size=4),
    st.text(hangul, min_size=1, max_size=4),
    st.text(st.sampled_from("\"'“”‘’「」『』《》«»"), min_size=1, max_size=3),
    st.text(utf8_char, max_size=4),
)


def news_text(*, surrogates: bool = False, max_pieces: int = 40) -> st.SearchStrategy[str]:
    """Text built from news-like pieces joined by spaces, newlines and punctuation, or plain text;
    with ``surrogates``, lone surrogates among the pieces and the characters."""
    some = st.one_of(pieces, lone_surrogate) if surrogates else pieces
    joined = st.lists(st.tuples(some, st.sampled_from(ft.SEPARATORS)), max_size=max_pieces).map(
        lambda parts: "".join(p + s for p, s in parts)
    )
    return st.one_of(joined, joined, joined, st.text(any_char if surrogates else utf8_char, max_size=60))


texts = st.builds(
    ft.Texts,
    translation=st.one_of(news_text(), news_text(surrogates=True)),
    reference=news_text(),
    lang=st.sampled_from(ft.LANGS),
    reference_lang=st.one_of(st.none(), st.sampled_from(ft.LANGS)),
    mode=st.sampled_from(ft.MODES),
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(any_char, max_size=10),
    news_text(surrogates=True, max_pieces=4),
    news_text(max_pieces=8),
    st.sampled_from(["", " ", "en", "ko", "zh", "2020-05-22", "2020-02-30", "person", "org", "R1"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(ft.FIELDS), st.text(max_size=5)), inner, max_size=5),
    ),
    max_leaves=12,
)
#: Records with the fields the readers know, so most get past the shape checks.
records = st.fixed_dictionaries(
    {"id": st.one_of(st.text(min_size=1, max_size=4), st.integers())},
    optional={field: json_values for field in ft.FIELDS if field != "id"},
)
values = st.lists(st.one_of(records, records, json_values), max_size=6)


@st.composite
def files(draw: st.DrawFn) -> ft.File:
    kind = draw(st.sampled_from(ft.FILE_KINDS))
    text_list = draw(st.lists(news_text(max_pieces=10), max_size=6))
    data = ft.file_bytes(kind, text_list, draw(values), draw(st.binary(max_size=200)))
    other = ft.file_bytes(
        draw(st.sampled_from(("text", "raw"))), text_list[::-1], [], draw(st.binary(max_size=50))
    )
    return ft.File(data, "in" + draw(st.sampled_from(ft.FILE_NAMES)), other)


# --- tests ---------------------------------------------------------------------------------------


def _run(target: str, data: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        ft.run(target, data, Path(folder))


EXAMPLES_PER_TARGET = {"extract": 150, "compare": 120, "check_pair": 80, "check_pairs": 40, "check": 60}


@pytest.mark.parametrize("target", sorted(ft.TEXT_TARGETS))
def test_text_into_the_python_api(target: str) -> None:
    @fuzz_settings(EXAMPLES_PER_TARGET.get(target, 40))
    @given(texts)
    def run(data: ft.Texts) -> None:
        _run(target, data)

    run()


@pytest.mark.parametrize("target", sorted(ft.VALUE_TARGETS))
def test_json_values_into_the_readers(target: str) -> None:
    @fuzz_settings(50)
    @given(values)
    def run(data: list[Any]) -> None:
        _run(target, data)

    run()


@pytest.mark.parametrize("target", sorted(ft.FILE_TARGETS))
def test_files_into_the_readers_and_the_cli(target: str) -> None:
    @fuzz_settings(20 if target == "cli" else 50)
    @given(files())
    def run(data: ft.File) -> None:
        _run(target, data)

    run()


def test_a_lone_surrogate_in_korean_source_text_reaches_no_tagger() -> None:
    """Found by fuzzing: Kiwi reads UTF-16 and raised UnicodeDecodeError on a lone surrogate in a
    Korean source; it is read with a replacement character in its place (offsets unchanged)."""
    import xcheck

    assert xcheck.check_pair("B N", "\x00쐥\udffeS").findings == ()
    result = xcheck.check_pair("Kim Min-jun said", "김민준\udfff 씨가 말했다")
    assert all(f.kind != "error" for f in result.findings)


def test_a_lone_surrogate_in_the_translation_gets_a_finding_id() -> None:
    """Found by fuzzing: a finding's id hashed its texts as strict UTF-8, so ``check`` raised
    UnicodeEncodeError on a str holding a lone surrogate (the API takes any str)."""
    import xcheck

    report = xcheck.check("\ud800 5", [{"id": "R1", "text": "6 \udc00"}])
    assert {f.kind for f in report.findings} == {"addition", "omission"}
    assert all(f.id.startswith("XC-") for f in report.findings)
