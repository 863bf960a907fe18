"""Property tests of the quantity engine: exact spans, round trips through every surface form,
no finding for two forms of one value, a finding for every change, linear time."""

from __future__ import annotations

import re
import time
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from xcheck.facts.quantities import compare_quantities, extract_quantities
from xcheck.lexicon._numbers import parse_cjk_composite, parse_english_words, render_english_words

# --------------------------------------------------------------------------- renderers


def digits_plain(n: int) -> str:
    return str(n)


def digits_commas(n: int) -> str:
    return f"{n:,}"


def digits_spaces(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")


def english_words(n: int) -> str:
    return render_english_words(n)


def _dec(x: Decimal) -> str:
    s = f"{x:f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def scale_words(n: int) -> str:
    """28500 -> '28.5 thousand', 1519200000000 -> '1.5192 trillion'."""
    for name, scale in (("trillion", 10**12), ("billion", 10**9), ("million", 10**6)):
        if n >= scale:
            return _dec(Decimal(n) / scale) + " " + name
    if n >= 1000:
        return _dec(Decimal(n) / 1000) + " thousand"
    return str(n)


def _groups(n: int) -> list[tuple[int, str]]:
    out = []
    for scale, name in ((10**12, "兆"), (10**8, "亿"), (10**4, "万"), (1, "")):
        q, n = divmod(n, scale)
        if q:
            out.append((q, name))
    return out


def chinese_mixed(n: int) -> str:
    """28500 -> '2万8500', 1519200000000 -> '1万5192亿' (digits with 万/亿)."""
    if n < 10**4:
        return str(n)
    parts = []
    for q, name in _groups(n):
        if name == "兆":
            parts.append(f"{q}万亿")
            continue
        parts.append(f"{q}{name}")
    return "".join(parts)


def chinese_decimal(n: int) -> str:
    """28500 -> '2.85万', 1520000000000 -> '1.52万亿'."""
    for scale, name in ((10**12, "万亿"), (10**8, "亿"), (10**4, "万")):
        if n >= scale:
            return _dec(Decimal(n) / scale) + name
    return str(n)


_CN = "零一二三四五六七八九"


def _cn_below_10000(n: int) -> str:
    out = ""
    zero = False
    for scale, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        q, n = divmod(n, scale)
        if q:
            if zero and out:
                out += "零"
            out += _CN[q] + name
            zero = False
        else:
            zero = True
    return out


def chinese_numerals(n: int) -> str:
    """28500 -> '二万八千五百'."""
    if n == 0:
        return "零"
    out = ""
    prev_scale = None
    for scale, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        q, n = divmod(n, scale)
        if q:
            if prev_scale is not None and q < 1000:
                out += "零"
            out += _cn_below_10000(q) + name
            prev_scale = scale
        elif out:
            prev_scale = scale
    return out


def korean_mixed(n: int) -> str:
    """28500 -> '2만8500', 1519200000000 -> '1조5192억'."""
    if n < 10**4:
        return str(n)
    names = {"兆": "조", "亿": "억", "万": "만", "": ""}
    return "".join(f"{q}{names[name]}" for q, name in _groups(n))


def korean_thousands(n: int) -> str:
    """28500 -> '2만8천500' (천 inside the last group)."""
    if n < 10**4:
        return str(n)
    head, rest = divmod(n, 10**4)
    out = korean_mixed(head * 10**4)
    if rest >= 1000:
        out += f"{rest // 1000}천" + (str(rest % 1000) if rest % 1000 else "")
    elif rest:
        out += str(rest)
    return out


RENDERERS = {
    "plain": (digits_plain, "en", "{} troops"),
    "commas": (digits_commas, "en", "{} troops"),
    "nbsp": (digits_spaces, "en", "{} troops"),
    "words": (english_words, "en", "{} troops"),
    "scale": (scale_words, "en", "{} troops"),
    "zh-mixed": (chinese_mixed, "zh", "{}人"),
    "zh-decimal": (chinese_decimal, "zh", "{}人"),
    "zh-numerals": (chinese_numerals, "zh", "{}人"),
    "ko-mixed": (korean_mixed, "ko", "{}명"),
    "ko-thousands": (korean_thousands, "ko", "{}명"),
}

values = st.one_of(
    st.integers(min_value=2, max_value=10**6),
    st.integers(min_value=2, max_value=10**13),
    st.builds(lambda m, k: m * 10**k, st.integers(2, 999), st.integers(2, 10)),
)


def render(kind: str, n: int) -> tuple[str, str]:
    fn, lang, template = RENDERERS[kind]
    return template.format(fn(n)), lang


# --------------------------------------------------------------------------- oracles


@pytest.mark.parametrize(
    ("n", "words"),
    [(4500, "four thousand five hundred"), (29, "twenty-nine"), (1_000_001, "one million one")],
)
def test_render_english_words_examples(n: int, words: str) -> None:
    assert render_english_words(n) == words


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=10**14))
def test_english_words_round_trip(n: int) -> None:
    assert parse_english_words(render_english_words(n)) == n


@settings(max_examples=200)
@given(st.integers(min_value=1, max_value=10**15))
def test_cjk_composite_against_oracle(n: int) -> None:
    for surface in (chinese_mixed(n), korean_mixed(n), korean_thousands(n), chinese_decimal(n)):
        assert parse_cjk_composite(surface) == n, surface
    if n < 10**12:
        assert parse_cjk_composite(chinese_numerals(n)) == n, chinese_numerals(n)


# --------------------------------------------------------------------------- round trips


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(RENDERERS)), values)
@example("zh-numerals", 28500)
@example("ko-thousands", 28500)
@example("scale", 1_519_200_000_000)
def test_round_trip(kind: str, n: int) -> None:
    assume(kind != "zh-numerals" or n < 10**12)
    text, lang = render(kind, n)
    qs = extract_quantities(text, lang=lang)
    assert len(qs) == 1, (text, qs)
    assert qs[0].value == n, text
    assert qs[0].key == f"n:{n}"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(RENDERERS)), st.sampled_from(sorted(RENDERERS)), values)
def test_two_forms_of_one_value_agree(kind_a: str, kind_b: str, n: int) -> None:
    assume("zh-numerals" not in (kind_a, kind_b) or n < 10**12)
    a, lang_a = render(kind_a, n)
    b, lang_b = render(kind_b, n)
    assert compare_quantities(a, b, lang=lang_a, reference_lang=lang_b) == []


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(sorted(RENDERERS)),
    st.sampled_from(sorted(RENDERERS)),
    values,
    st.one_of(st.integers(1, 50), st.sampled_from([10, 100, 1000])),
    st.booleans(),
)
def test_every_change_is_found(kind_a: str, kind_b: str, n: int, delta: int, scale: bool) -> None:
    m = n * delta if scale else n + delta
    assume(m != n and m <= 10**15)
    assume("zh-numerals" not in (kind_a, kind_b) or max(n, m) < 10**12)
    a, lang_a = render(kind_a, m)
    b, lang_b = render(kind_b, n)
    findings = compare_quantities(a, b, lang=lang_a, reference_lang=lang_b)
    assert findings
    assert all(f.kind == "number" for f in findings)


# --------------------------------------------------------------------------- exact spans

_PIECES = st.sampled_from(
    [
        "4,500",
        " US troops",
        "about ",
        "$",
        "10",
        " billion",
        "%",
        " percentage points",
        "May 22",
        ", 2025",
        "3 p.m.",
        "2.85万",
        "2만8천500명",
        "约",
        "1조5192억 원",
        " (",
        ")",
        "-",
        " to ",
        "between ",
        " and ",
        "nine times",
        "first",
        "a third of",
        "５",
        "％",
        "\u00a0",
        "5월 22일",
        "2025年5月22日",
        "Q3 2024",
        "-18C",
        "twenty-nine",
        " ",
        ".",
        "x",
        "km",
        "GWh",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=12).map("".join) | st.text(max_size=60))
def test_spans_are_exact_and_ordered(text: str) -> None:
    end = 0
    for q in extract_quantities(text):
        assert text[q.span.start : q.span.end] == q.span.text
        assert q.span.start >= end
        assert q.span.end > q.span.start
        end = q.span.end


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=10).map("".join), st.lists(_PIECES, max_size=10).map("".join))
def test_discrepancy_spans_index_their_texts(translation: str, reference: str) -> None:
    for d in compare_quantities(translation, reference):
        if d.found is not None:
            assert translation[d.found.start : d.found.end] == d.found.text
        if d.expected is not None:
            assert reference[d.expected.start : d.expected.end] == d.expected.text
        assert d.message


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=10).map("".join))
def test_a_text_agrees_with_itself(text: str) -> None:
    findings = compare_quantities(text, text)
    assert [f for f in findings if f.severity != "minor" or "not comparable" not in f.message] == []


# --------------------------------------------------------------------------- linear time


#: A quarter of the input must take more than 1/12 of the time: linear reading gives about 1/4, a
#: quadratic one 1/16. The margin absorbs a loaded machine (a CI runner sharing its cores).
_LINEAR = 12


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        extract_quantities(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("unit", ["7", " ", "\u00a0", "万"])
def test_one_megabyte_runs(unit: str) -> None:
    """1 MB of digits, of spaces and of separators is read in one pass: a quarter of the input
    takes about a quarter of the time (no regex backtracks over the run)."""
    big = unit * 1_000_000
    small = big[: len(big) // 4]
    t_big, t_small = _seconds(big), _seconds(small)
    assert t_big < 10.0
    assert t_big < _LINEAR * t_small + 0.05, (unit, t_small, t_big)


@pytest.mark.parametrize(
    "unit",
    ["1 ", "7,", "May ", "a ", "2만", "-", "1.", "$1 ", "about ", "30-", "between 1 and "],
)
def test_linear_time_on_dense_runs(unit: str) -> None:
    """Repeated pieces that each start a quantity: time grows linearly with the length."""
    big = unit * (16_000 // len(unit))
    small = big[: len(big) // 4]
    t_big, t_small = _seconds(big), _seconds(small)
    assert t_big < _LINEAR * t_small + 0.05, (unit, t_small, t_big)


def test_long_digit_runs_are_not_quantities() -> None:
    assert extract_quantities("7" * 100) == ()
    assert re.fullmatch(r"\d+", "7" * 100)
