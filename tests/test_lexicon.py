"""The lexicon is the one home of each word list (as dateparser keeps each language's data in one
module and tests its integrity): its tables are well formed, and no module outside ``lexicon/``
writes a month name, a scale word, a currency word or a CJK script range of its own."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from xcheck.lexicon import _calendar, _money, _numbers, _scripts

PACKAGE = Path(_calendar.__file__).resolve().parents[1]

#: What a copy of a lexicon entry looks like inside a string literal of another module.
_MONTH_RE = re.compile(r"\b(?:" + "|".join(m for m in _calendar.MONTH_NAMES if m != "May") + r")\b", re.I)
_SCALE_RE = re.compile(r"\b(?:thousand|million|billion|trillion)\b", re.I)
_CURRENCY_RE = re.compile(
    "|".join(
        re.escape(w)
        for word in _money.CURRENCY_NAMES.values()
        for w in word
        if len(w) > 1 and not w.isascii()
    )
    + r"|\b(?:dollars?|yuan|euros?)\b",
    re.I,
)
#: A CJK range written out: the first character of a block followed by a dash, in source text or
#: as the character itself.
_RANGE_RE = re.compile(
    r"(?:\\u(?:4e00|ac00|3040|2e80|3400|1100|3000)|[\u4e00\uac00\u3040\u2e80\u3400\u1100])-", re.I
)

CHECKS = {
    "month name": _MONTH_RE,
    "scale word": _SCALE_RE,
    "currency word": _CURRENCY_RE,
    "CJK script range": _RANGE_RE,
}


def _literals(path: Path) -> Iterator[tuple[int, str]]:
    """Every string literal of a module but its docstrings, as written in the source (so a raw
    regex keeps its backslashes)."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    lines = source.splitlines()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, _segment(lines, node) + "\n" + node.value


def _segment(lines: list[str], node: ast.expr) -> str:
    """The source text of ``node`` (what ``ast.get_source_segment`` gives, without its rescan of the
    whole file for every literal). Column offsets count UTF-8 bytes."""
    end_line = node.end_lineno or node.lineno
    end_col = node.end_col_offset if node.end_col_offset is not None else None
    chunk = [line.encode() for line in lines[node.lineno - 1 : end_line]]
    if len(chunk) == 1:
        return chunk[0][node.col_offset : end_col].decode()
    chunk[0] = chunk[0][node.col_offset :]
    chunk[-1] = chunk[-1][:end_col]
    return b"\n".join(chunk).decode()


def _modules_outside_lexicon() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "lexicon" not in p.relative_to(PACKAGE).parts)


@pytest.mark.parametrize("what", sorted(CHECKS))
def test_no_module_outside_the_lexicon_keeps_its_own_copy(what: str) -> None:
    pattern = CHECKS[what]
    copies = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in _modules_outside_lexicon()
        for line, text in _literals(path)
        if pattern.search(text)
    ]
    assert copies == [], f"{what} written outside xcheck/lexicon: take it from the lexicon instead"


def test_the_scan_finds_a_copy() -> None:
    """The check above can fail: a literal of each kind is caught."""
    samples = {
        "month name": '"September"',
        "scale word": '"(?:million|billion)"',
        "currency word": '"美元"',
        "CJK script range": r'"[\u4e00-\u9fff]"',
    }
    for what, sample in samples.items():
        assert CHECKS[what].search(sample), what


def test_calendar_tables_agree() -> None:
    assert [_calendar.MONTHS[m.lower()] for m in _calendar.MONTH_NAMES] == list(range(1, 13))
    assert set(_calendar.MONTHS_EN) <= set(_calendar.MONTHS)
    assert set(_calendar.WEEKDAY_NAMES) <= _calendar.WEEKDAYS_EN <= _calendar.WEEKDAYS
    assert all(key == key.lower() for key in _calendar.MONTHS)


def test_money_tables_agree() -> None:
    codes = set(_money.CURRENCY_AFTER.values()) | set(_money.CURRENCY_BEFORE.values())
    assert set(_money.CURRENCY_NAMES) <= codes
    for code, words in _money.CURRENCY_NAMES.items():
        # every currency the strategies write is one the reader knows by at least one of its words
        # ("pounds" alone may be a weight: the reader tells it by context, "英镑" is money)
        assert any(_money.CURRENCY_AFTER.get(w) == code for w in words), code
    assert all(len(code) == 3 and code.isupper() for code in _money.CURRENCY_CODES)


def test_scale_words_are_powers_of_ten() -> None:
    for word, value in _numbers.SCALE_WORDS.items():
        assert value >= 100, word
        assert str(value).rstrip("0") == "1", word


def test_the_cjk_class_covers_the_scripts() -> None:
    for ch in "中한かカ漢":
        assert _scripts.CJK.match(ch), ch
    for ch in "a1-é":
        assert not _scripts.CJK.match(ch), ch
