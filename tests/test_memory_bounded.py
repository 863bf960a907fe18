"""Memory does not grow with the number of texts checked: every memo of the package is bounded.

The long version is ``benchmarks/memory_flat.py`` (20,000 distinct pairs of 5,000 characters, peak
RSS within 1.5x of its value after 2,000); here the same run is made short by shrinking the budgets.
"""

from __future__ import annotations

import gc
import importlib.util
import inspect
import sys
import threading
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import xcheck
from memo_support import clear_text_memos, package_memos
from xcheck._cache import TextCache, text_cache
from xcheck.scoring import _sacrebleu


def _benchmark() -> ModuleType:
    path = Path(__file__).parents[1] / "benchmarks" / "memory_flat.py"
    spec = importlib.util.spec_from_file_location("memory_flat", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("memory_flat", module)
    spec.loader.exec_module(module)
    return module


news_pair = _benchmark().news_pair


def test_every_memo_has_a_bound() -> None:
    """A memo without a size is only for a function without parameters (a table loaded once)."""
    memos = package_memos()
    assert len(memos) > 40
    unbounded = [
        name
        for name, memo in memos.items()
        if memo.cache_info().maxsize is None and inspect.signature(memo.__wrapped__).parameters
    ]
    assert unbounded == []


def test_whole_texts_are_memoised_by_their_characters() -> None:
    """Memos of whole texts bound the characters they keep, not only their entries."""
    from xcheck.facts.names._runs import _tokens
    from xcheck.facts.names._view import _view

    for memo in (_tokens, _view):
        assert isinstance(memo, TextCache)
        assert memo.max_chars <= 2_000_000


@pytest.fixture
def small_budgets() -> Iterator[None]:
    """Every text memo and sacrebleu's tokenizer memos shrunk to 30,000 characters."""
    memos = [m for m in package_memos().values() if isinstance(m, TextCache)]
    saved = [m.max_chars for m in memos]
    saved_tokenizer = _sacrebleu.TOKENIZER_MEMO_CHARS
    for memo in memos:
        memo.max_chars = 30_000
    _sacrebleu.TOKENIZER_MEMO_CHARS = 30_000
    clear_text_memos()
    try:
        yield
    finally:
        for memo, size in zip(memos, saved, strict=True):
            memo.max_chars = size
        _sacrebleu.TOKENIZER_MEMO_CHARS = saved_tokenizer
        clear_text_memos()


@pytest.mark.usefixtures("small_budgets")
def test_memos_stay_within_their_bounds() -> None:
    for i in range(40):
        xcheck.check_pair(*news_pair(i, 1_500))
    for name, memo in package_memos().items():
        info = memo.cache_info()
        if info.maxsize is not None:
            assert info.currsize <= info.maxsize, name
        if isinstance(memo, TextCache):
            assert info.chars <= info.max_chars, name


@pytest.mark.usefixtures("small_budgets")
def test_memory_is_flat_over_many_distinct_pairs() -> None:
    """The memory held after 150 distinct pairs is within 1.5x of what it was after 30 (the text
    memos fill in about 10 pairs here). The pairs share one cast, so the word and name memos
    (bounded by entries, small, slow to fill) stay as they are and the text memos are measured."""
    xcheck.check_pair(*news_pair(10**6, 1_500, cast_of=0))  # load the lexicons before tracing
    tracemalloc.start()
    try:
        held = []
        for i in range(150):
            xcheck.check_pair(*news_pair(i, 1_500, cast_of=0))
            if i + 1 in (30, 150):
                gc.collect()
                held.append(tracemalloc.get_traced_memory()[0])
    finally:
        tracemalloc.stop()
    assert held[1] <= 1.5 * held[0], [f"{h / 1e6:.1f} MB" for h in held]


def test_text_cache_evicts_least_recently_used_by_characters() -> None:
    calls: list[str] = []

    @text_cache(maxsize=10, max_chars=12)
    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert upper("aaaa") == "AAAA"  # 5 characters with the entry
    assert upper("bbbb") == "BBBB"  # 10
    assert upper("aaaa") == "AAAA"  # a hit: "aaaa" is now the most recent
    assert upper("cccc") == "CCCC"  # 15 > 12: "bbbb", the least recent, goes
    assert upper("aaaa") == "AAAA"
    assert upper("bbbb") == "BBBB"
    assert calls == ["aaaa", "bbbb", "cccc", "bbbb"]
    assert upper("x" * 50) == "X" * 50  # longer than the budget: computed, not kept
    info = upper.cache_info()
    assert info.chars <= 12
    assert info.currsize == 2
    upper.cache_clear()
    assert upper.cache_info().currsize == 0


def test_text_cache_counts_entries_and_keyword_arguments() -> None:
    @text_cache(maxsize=2)
    def pair(text: str, *, times: int = 1) -> str:
        return text * times

    assert pair("a", times=2) == "aa"
    assert pair("a") == "a"
    assert pair("b") == "b"
    assert pair.cache_info().currsize == 2


def test_text_cache_is_safe_from_threads() -> None:
    @text_cache(maxsize=50, max_chars=400)
    def length(text: str) -> int:
        return len(text)

    failures: list[BaseException] = []

    def hammer(seed: int) -> None:
        try:
            for i in range(3_000):
                text = "x" * ((seed * 7 + i) % 60)
                assert length(text) == len(text)
        except BaseException as exc:
            failures.append(exc)

    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=hammer, args=(n,)) for n in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(switch)
    assert failures == []
    info = length.cache_info()
    assert info.currsize <= 50
    assert info.chars <= 400
