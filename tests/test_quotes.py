"""Golden cases and properties of :mod:`xcheck.facts.quotes`."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from xcheck.facts import quotes
from xcheck.facts.names import extract_mentions
from xcheck.facts.names._text import fold_word
from xcheck.facts.quotes import Quote, compare_quotes, extract_quotes, quote_similarity
from xcheck.lexicon._names import SPELLING_PAIRS

DATA = Path(__file__).parent / "data" / "names"


def _cases(name: str) -> list[dict[str, Any]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("case", _cases("quotes-en.jsonl"), ids=lambda c: c["id"])
def test_golden_quotes(case: dict[str, Any]) -> None:
    found = compare_quotes(case["translation"], case["reference"])
    got = sorted(
        (d.severity, d.found.text if d.found else None, d.expected.text if d.expected else None)
        for d in found
    )
    want = sorted((e["severity"], e["found"], e["expected"]) for e in case["expect"])
    assert got == want, [d.message for d in found]
    for d in found:
        assert d.kind == "quote"
        assert d.found is not None
        assert d.expected is not None
        assert case["translation"][d.found.start : d.found.end] == d.found.text
        assert case["reference"][d.expected.start : d.expected.end] == d.expected.text


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "no comment" and left.', ["no comment"]),
        ("He said “no comment” and left.", ["no comment"]),
        ("Er sagte „kein Kommentar“ und ging.", ["kein Kommentar"]),
        ("Il a dit « pas de commentaire » et est parti.", ["pas de commentaire"]),
        ("他说「无可奉告」然后离开了。", ["无可奉告"]),
        ("他说『无可奉告』然后离开了。", ["无可奉告"]),
        ("Trump’s aide called it ‘a money machine’ again.", ["a money machine"]),
        ("Trump's aide called it 'a money machine' again.", ["a money machine"]),
        ("The '90s were the students' best years, don't you think?", []),
        ("She said \"it was a 'big' deal\" twice.", ["it was a 'big' deal"]),
        ('"First," he said, "second."', ["First,", "second."]),
        ('An unclosed "quote runs on', []),
        ("“Line one\nline two”", ["Line one\nline two"]),
    ],
)
def test_extract_quotes(text: str, quoted: list[str]) -> None:
    quotes = extract_quotes(text)
    assert [q.span.text for q in quotes] == quoted
    for q in quotes:
        assert text[q.span.start : q.span.end] == q.span.text
        assert text[q.marks.start : q.marks.end] == q.marks.text
        assert q.marks.start < q.span.start
        assert q.span.end < q.marks.end


def test_speaker_before_and_after() -> None:
    [q] = extract_quotes('Hegseth said the US would "truly prioritize" the region.')
    assert q.speaker is not None
    assert q.speaker.text == "Hegseth"
    [q] = extract_quotes('"We will defend our allies," Brunson said.')
    assert q.speaker is not None
    assert q.speaker.text == "Brunson"
    [q] = extract_quotes('He said "no".')
    assert q.speaker is None


def test_other_script_reference_is_not_compared() -> None:
    assert compare_quotes('He said "we will win".', "他说「我们会赢」。") == []


def test_similarity_is_symmetric_on_examples() -> None:
    a = "essentially, this would undermine our ability to win in a conflict."
    b = "inherently... would reduce our ability to prevail in conflict."
    assert quote_similarity(a, b) == quote_similarity(b, a)
    assert quote_similarity(a, a) == 100.0


# ---------------------------------------------------------------------------------------------
# Properties

_WORD = st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu")), min_size=1, max_size=8)
_PHRASE = st.lists(_WORD, min_size=1, max_size=6).map(" ".join)
_MARKS = st.sampled_from(
    [('"', '"'), ("“", "”"), ("‘", "’"), ("«", "»"), ("「", "」"), ("『", "』"), ("„", "“")]
)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_spans_are_exact_on_any_text(text: str) -> None:
    for q in extract_quotes(text):
        assert isinstance(q, Quote)
        assert text[q.span.start : q.span.end] == q.span.text
        assert text[q.marks.start : q.marks.end] == q.marks.text
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text


@settings(max_examples=150, deadline=None)
@given(_PHRASE, _PHRASE, _PHRASE, _MARKS)
def test_a_quoted_phrase_is_found_in_any_mark_style(
    before: str, inside: str, after: str, marks: tuple[str, str]
) -> None:
    text = f"{before} said {marks[0]}{inside}{marks[1]} and {after}."
    assert [q.span.text for q in extract_quotes(text)] == [inside]


@settings(max_examples=100, deadline=None)
@given(_PHRASE, _PHRASE)
def test_a_quote_always_matches_itself(inside: str, context: str) -> None:
    text = f'{context} said "{inside}".'
    assert compare_quotes(text, text) == []


@settings(max_examples=100, deadline=None)
@given(st.lists(_WORD, min_size=4, max_size=10), st.integers(min_value=0, max_value=3))
def test_a_part_of_the_source_quote_is_fine(words: list[str], cut: int) -> None:
    source = " ".join(words)
    part = " ".join(words[cut : cut + 3])
    assert compare_quotes(f'He said "{part}".', f'He said "{source}".') == []


def test_fixture_sweep_finds_only_the_answer_key_quotes() -> None:
    """Every fixture paragraph against every statement: only the answer key's quote drift.

    Paparo's re-translated quote ("undermine our ability to win" for "reduce our ability to
    prevail") keeps the source's sense and direction: no finding."""
    base = Path(__file__).resolve().parents[1] / "fixtures" / "observer-network"
    text = (base / "observer-network-2025-05-23.en.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in text.splitlines() if p.strip()]
    refs = [json.loads(x) for x in (base / "references.jsonl").read_text().splitlines() if x.strip()]
    found = {
        (ref["id"], d.severity, d.found.text if d.found else None)
        for ref in refs
        for p in paragraphs
        for d in compare_quotes(p, ref["text"])
    }
    assert found == {("R14", "minor", "deter")}


_NAMES = st.sampled_from(["Russia", "China", "North Korea", "İstanbul", "Brunson", "Seoul"])


@settings(max_examples=100, deadline=None)
@given(_PHRASE, _PHRASE, st.lists(_NAMES, min_size=1, max_size=3), st.lists(_NAMES, min_size=1, max_size=3))
def test_discrepancy_spans_are_exact(verb: str, other: str, t_names: list[str], r_names: list[str]) -> None:
    t = f'İn short, he said it would "{verb}" {", ".join(t_names)}, and more.'
    r = f'He said it would "{other}" and keep {verb}ing {" and ".join(r_names)}.'
    for d in compare_quotes(t, r):
        assert d.found is not None
        assert t[d.found.start : d.found.end] == d.found.text
        if d.expected is not None:
            assert r[d.expected.start : d.expected.end] == d.expected.text


# ---------------------------------------------------------------------------------------------
# The fast paths against their plain definitions (differential properties)

_TRICKY = "aAzZ09_ -.,\x1f'`’ʼ‘“”\"\n\t\u00a0\u3000‐‑–—éÉüßİıﬁﬃ¨´¸ǰΣσς²½三北ᏸᏰ㎏⑽\x00\u0301\u0308ſK"
_FOLD_WORDS = [
    *SPELLING_PAIRS,
    "Defence,",
    "organised",
    "RAISED",
    "isation",
    "ised",
    "U.S.",
    "don't",
    "re-establish",
    "co-operate",
    "naïve",
    "café",
]
_TRICKY_TEXT = st.one_of(
    st.text(alphabet=st.sampled_from(_TRICKY), max_size=30),
    st.text(max_size=30),
    st.lists(
        st.one_of(st.sampled_from(_FOLD_WORDS), st.text(alphabet=st.sampled_from(_TRICKY), max_size=4)),
        max_size=6,
    ).map(" ".join),
)


def _squash_oracle(text: str) -> str:
    t = fold_word(text) if " " not in text else " ".join(fold_word(w) for w in text.split())
    t = re.sub(r"[\-‐‑]", "", t)
    t = re.sub(r"[^\w]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


@settings(max_examples=300, deadline=None)
@given(_TRICKY_TEXT)
def test_squash_is_the_word_by_word_fold(text: str) -> None:
    assert quotes._squash(text) == _squash_oracle(text)


@pytest.mark.parametrize(
    "text",
    [
        *_FOLD_WORDS,
        "the Defence centre",
        "colour\ncentre",
        "x¨ised z",
        "a ¨ b",
        "ﬃ organisation",
        "two\u00a0words here",
        "nul\x00 byte",
        "Cherokee ᏸ Ᏸ",
    ],
)
def test_squash_examples(text: str) -> None:
    assert quotes._squash(text) == _squash_oracle(text)


def _latin_oracle(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if ord(c) < 0x2E80) >= 0.8 * len(letters)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=30), st.text(alphabet=st.sampled_from("ab 1三北한ᏸ²"), max_size=30)))
def test_latin_is_its_definition(text: str) -> None:
    assert quotes._latin(text) == _latin_oracle(text)


_ORACLE_MARK_RE = re.compile("[\n" + re.escape("".join(sorted(set(quotes._PAIRS) | quotes._CLOSERS))) + "]")


def _bounds_oracle(text: str) -> list[tuple[int, int, int, int]]:
    """Quote bounds by a regex scan of every mark (the reading before the str.find scan)."""
    stack: list[tuple[str, int]] = []
    found: list[tuple[int, int]] = []
    for mark in _ORACLE_MARK_RE.finditer(text):
        i, ch = mark.start(), mark.group(0)
        if ch == "\n":
            stack = [(c, p) for c, p in stack if c in "“„«「『"]
            continue
        closed = False
        if ch in quotes._CLOSERS and quotes._can_close(text, i):
            for depth in range(len(stack) - 1, -1, -1):
                opener, pos = stack[depth]
                if ch in quotes._PAIRS[opener] and i - pos <= quotes._MAX_QUOTE:
                    del stack[depth:]
                    if not stack:
                        found.append((pos, i))
                    closed = True
                    break
                if opener in '“„«‹「『"':
                    break
        if not closed and ch in quotes._PAIRS and quotes._can_open(text, i):
            stack.append((ch, i))
    out = []
    for open_at, close_at in found:
        inner = text[open_at + 1 : close_at]
        start = open_at + 1 + (len(inner) - len(inner.lstrip()))
        end = close_at - (len(inner) - len(inner.rstrip()))
        if start < end:
            out.append((start, end, open_at, close_at))
    return out


_QUOTY = st.text(alphabet=st.sampled_from("ab 9.,\n'\"“”‘’„«»‹›「」『』"), max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_QUOTY, st.text(max_size=40)))
def test_quote_bounds_match_a_regex_scan(text: str) -> None:
    assert quotes._quote_bounds(text) == _bounds_oracle(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abcde", min_size=1, max_size=8), min_size=1, max_size=6), st.data())
def test_related_counts_fuzzy_matches_as_defined(words: list[str], data: st.DataObject) -> None:
    other = data.draw(st.lists(st.text(alphabet="abcde", min_size=1, max_size=8), min_size=1, max_size=6))
    a, b = " ".join(words), " ".join(other)
    set_a, set_b = set(words), set(other)
    shared = sum(1 for w in set_a if any(w == v or fuzz.ratio(w, v) >= 85 for v in other))
    want = (
        0.5 <= len(words) / len(other) <= 2.0
        and shared >= min(2, len(set_a))
        and shared >= 0.3 * min(len(set_a), len(set_b))
    )
    assert quotes._related(a, b, words, other) == want


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(["Russia", "China", "North Korea", "the", "of", "US", "Kim", "said", "deter"]))
)
def test_rule_names_start_with_a_capital(words: list[str]) -> None:
    """The scope check reads no names in an ASCII clause without a capital letter: it relies on
    every name the rule reader finds (no glossary) starting with one."""
    text = " ".join(words) + "."
    for m in extract_mentions(text):
        assert text[m.span.start].isupper()


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("abAB _-.,'1"), min_size=1, max_size=4),
    st.one_of(st.text(alphabet=st.sampled_from("abAB _-.,'1ſK"), max_size=30), st.text(max_size=30)),
)
def test_word_start_is_the_regex_search(stem: str, text: str) -> None:
    hit = re.search(r"\b" + re.escape(stem), text, flags=re.IGNORECASE)
    assert quotes._word_start(stem, text) == (hit.start() if hit is not None else None)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        _TRICKY_TEXT,
        st.lists(
            st.sampled_from([*_FOLD_WORDS, "pris'ed", "Rock'n'roll", "it's", "A_b", "x-y", "U.S.", "9'5"]),
            max_size=6,
        ).map(" ".join),
    )
)
def test_words_are_fold_word_of_each_word(text: str) -> None:
    words_re = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
    assert quotes._words(text) == [fold_word(w) for w in words_re.findall(text.replace("‘", "'"))]


def test_fold_word_rewrites_whole_words_only_where_quotes_expects() -> None:
    """quotes._squash and quotes._words fold ASCII text in bulk (lower-case, drop apostrophes
    and dots) and go word by word only for words fold_word rewrites as a whole: a US/UK pair of
    SPELLING_PAIRS, ``-ised`` or ``-isation``. If fold_word gains another whole-word rule, this
    fails: teach quotes' checks (``_squash``, ``_squash_by_words``, ``_words``) the new rule."""
    base = Path(__file__).resolve().parents[1]
    texts = [(base / "fixtures" / "observer-network" / "observer-network-2025-05-23.en.txt").read_text()]
    texts += [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.jsonl"))]
    extra = "colours honours analysed travelled manoeuvre ageing paediatric organising centres realise"
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", " ".join([*texts, extra]))}
    assert len(words) > 500
    rewritten = {w for w in words if fold_word(w) != w}
    assert all(w in SPELLING_PAIRS or w.endswith(("ised", "isation")) for w in rewritten), sorted(rewritten)


def test_rule_names_start_with_a_capital_on_real_text() -> None:
    """The same reliance as above, on the fixture's paragraphs and statements."""
    base = Path(__file__).resolve().parents[1] / "fixtures" / "observer-network"
    texts = (base / "observer-network-2025-05-23.en.txt").read_text(encoding="utf-8").splitlines()
    texts += [
        json.loads(x)["text"] for x in (base / "references.jsonl").read_text().splitlines() if x.strip()
    ]
    for text in texts:
        for m in extract_mentions(text):
            assert text[m.span.start].isupper(), (text, m)


# ---------------------------------------------------------------------------------------------
# Reversed quotes: critical, and the CLI gate sees them


@pytest.mark.parametrize(
    ("translation", "reference"),
    [
        ('"Uncertainty remains very high," she said.', '"Uncertainty has largely eased," she said.'),
        ('He said demand was "very high in the north."', 'He said demand was "very low in the north."'),
        ('"Prices rose in May," he said.', '"Prices fell in May," he said.'),
        ('"We will not support the plan," she said.', '"We will support the plan," she said.'),
        (
            '"The council approved the new budget," he said.',
            '"The council rejected the new budget," he said.',
        ),
    ],
)
def test_a_reversed_quote_is_critical(translation: str, reference: str) -> None:
    [d] = compare_quotes(translation, reference)
    assert d.severity == "critical"
    assert "reverses" in d.message


@pytest.mark.parametrize(
    ("translation", "reference"),
    [
        ('"Prices rose in May," he said.', '"Prices went up in May," he said.'),
        ('"Prices rose in May," he said.', '"Prices did not fall in May," he said.'),
        ('"Uncertainty has not eased," she said.', '"Uncertainty remains high," she said.'),
        (
            '"It is not only costly but also unfair," she said.',
            '"It is not just costly, it is unfair too," she said.',
        ),
        ('"The team lost in the final," he said.', '"The team was defeated in the final," he said.'),
    ],
)
def test_a_faithful_paraphrase_is_silent(translation: str, reference: str) -> None:
    assert compare_quotes(translation, reference) == []


def test_fail_on_critical_catches_a_reversed_quote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from xcheck.cli import main

    translation = tmp_path / "t.txt"
    translation.write_text('Governor Ana Ruiz said "uncertainty about the outlook remains very high".\n')
    references = tmp_path / "r.jsonl"
    statement = 'Governor Ana Ruiz said "uncertainty about the outlook has largely eased".'
    references.write_text(json.dumps({"id": "R1", "text": statement}) + "\n")
    assert (
        main(["check", str(translation), str(references), "--format", "json", "--fail-on", "critical"]) == 1
    )
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["kind"], f["severity"]) for f in findings] == [("quote", "critical")]
