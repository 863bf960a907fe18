"""Checking many pairs: :func:`check_pairs`, :func:`xcheck.check_pair` over an iterable, in worker processes.

A test set of translated segments and their references is checked pair by pair; with ``jobs`` above 1
the pairs go to a pool of worker processes (forked where the platform allows, so what the caller has
already loaded is not loaded again), in chunks, and the results come back as an iterator in input order,
so a caller (``xcheck pairs`` among them) can write each result as soon as it and every earlier one
are done. A pair is a ``(translation, reference)`` tuple, a mapping with ``translation``,
``reference`` and an optional ``lang``, or a parsed line of a pairs file.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Mapping
from typing import Any, TypeAlias

from xcheck._check import check_options, check_pair
from xcheck._io import Pair
from xcheck._types import PairResult
from xcheck.errors import OptionError, PairError
from xcheck.facts.names import Glossary

__all__ = ["PairInput", "check_pairs"]

PairInput: TypeAlias = Pair | tuple[str, str] | Mapping[str, Any]
"""One pair: a ``(translation, reference)`` tuple, a mapping with ``translation``, ``reference`` and an
optional ``lang`` (other keys, such as ``id``, are ignored), or a parsed line of a pairs file."""

#: Pairs a worker takes at a time: large enough that sending them costs little next to checking them,
#: small enough that results stream and the last chunk does not leave the other workers idle.
CHUNKSIZE = 16

# What one pair becomes before it is checked: translation, reference, language of the translation,
# and its position in the input (from 1).
_Job: TypeAlias = tuple[str, str, str, int]


def check_pairs(
    pairs: Iterable[PairInput],
    *,
    jobs: int = 1,
    lang: str = "en",
    reference_lang: str | None = None,
    glossary: Glossary | None = None,
    rates: Mapping[tuple[str, str], float] | None = None,
    tolerance: float = 0.05,
) -> Generator[PairResult | PairError, None, None]:
    """Check each pair as :func:`xcheck.check_pair` does; yield the results in input order.

    ``lang`` is the language of a pair that does not name one (a tuple; a mapping without
    ``lang``); ``reference_lang``, ``glossary``, ``rates`` and ``tolerance`` apply to every pair as in
    :func:`xcheck.check_pair`. ``jobs`` is the number of worker processes: 1 (the default) checks
    in this process, 0 uses every core. Pairs are read lazily, and each result is yielded as soon
    as it and the ones before it are ready, so a long input streams; closing the generator early
    stops the workers. A pair of the wrong shape raises :class:`~xcheck.errors.OptionError`
    naming its position (from 1) when its result is reached. A pair whose checking fails
    unexpectedly does not stop the run: a :class:`~xcheck.errors.PairError` naming its position
    and the exception takes its place among the results, and the pairs after it are checked.

    >>> results = check_pairs([
    ...     ("It costs $12 billion.", "It costs $10 billion."),
    ...     {"id": "p2", "translation": "Troops: 28,500.", "reference": "Troops: 28,500."},
    ... ])
    >>> [[f.kind for f in r.findings] for r in results]
    [['number'], []]
    """
    workers = _workers(jobs)
    check_options(
        lang=lang, glossary=glossary, rates=rates, reference_lang=reference_lang, tolerance=tolerance
    )
    options = (reference_lang, glossary, rates, tolerance)
    todo = (_job(item, i, lang) for i, item in enumerate(pairs, start=1))
    if workers == 1:
        return (_check(job, options) for job in todo)
    return _pooled(todo, workers, options)


def _workers(jobs: int) -> int:
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        msg = f"jobs must be 0 (every core) or a positive number, not {jobs!r}"
        raise OptionError(msg)
    return jobs or os.cpu_count() or 1


def _job(item: PairInput, position: int, lang: str) -> _Job:
    """The translation, reference and language of one pair, or an OptionError naming it."""
    if isinstance(item, Pair):
        translation, reference, pair_lang = item.translation, item.reference, item.lang
    elif isinstance(item, tuple) and len(item) == 2:
        (translation, reference), pair_lang = item, lang
    elif isinstance(item, Mapping):
        if "translation" not in item or "reference" not in item:
            msg = f"pair {position} has no 'translation' or no 'reference'"
            raise OptionError(msg)
        translation, reference, pair_lang = item["translation"], item["reference"], item.get("lang") or lang
    else:
        msg = (
            f"pair {position} is a {type(item).__name__}, not a (translation, reference) tuple, "
            "a mapping or a Pair"
        )
        raise OptionError(msg)
    for name, value in (("translation", translation), ("reference", reference), ("lang", pair_lang)):
        if not isinstance(value, str):
            msg = f"pair {position}: the {name} must be a str, not {type(value).__name__}"
            raise OptionError(msg)
    return translation, reference, pair_lang, position


_Options: TypeAlias = tuple[str | None, Glossary | None, Mapping[tuple[str, str], float] | None, float]


def _check(job: _Job, options: _Options) -> PairResult | PairError:
    translation, reference, lang, position = job
    reference_lang, glossary, rates, tolerance = options
    try:
        return check_pair(
            translation,
            reference,
            lang=lang,
            reference_lang=reference_lang,
            glossary=glossary,
            rates=rates,
            tolerance=tolerance,
        )
    except Exception as exc:  # one pair's failure becomes its result; the batch goes on
        reason = f"checking pair {position} failed: {type(exc).__name__}: {exc}"
        return PairError(reason, position=position)


# The options of the pool's run, set once in each worker process by its initializer.
_WORKER_OPTIONS: list[_Options] = [(None, None, None, 0.05)]

#: Chunks sent ahead to each worker: enough that no worker waits for the next chunk, few enough that
#: a long (or endless) input is read only as fast as it is checked.
CHUNKS_AHEAD = 4


def _init_worker(options: _Options) -> None:
    _WORKER_OPTIONS[0] = options


def _check_chunk(chunk: list[_Job]) -> list[PairResult | PairError]:
    return _check_jobs(chunk, _WORKER_OPTIONS[0])


def _check_jobs(chunk: list[_Job], options: _Options) -> list[PairResult | PairError]:
    """The results of a chunk of jobs, each as :func:`check_pairs` gives it (for other engines too)."""
    return [_check(job, options) for job in chunk]


def _chunks(todo: Iterator[_Job]) -> Iterator[list[_Job]]:
    """``todo`` in lists of :data:`CHUNKSIZE`; when reading fails, the pairs before the failure
    come first as a last, shorter chunk, and the error is raised at the next chunk."""
    while True:
        chunk: list[_Job] = []
        try:
            chunk.extend(itertools.islice(todo, CHUNKSIZE))
        except Exception:
            if chunk:
                yield chunk
            raise
        if not chunk:
            return
        yield chunk


def _pooled(
    todo: Iterator[_Job], workers: int, options: _Options
) -> Generator[PairResult | PairError, None, None]:
    """The results of ``todo`` from a pool of ``workers`` processes, in input order.

    The pool starts at the first pair (none for an empty input) and ends when the generator ends or
    is closed. At most :data:`CHUNKS_AHEAD` chunks a worker are in flight; an error reading the
    input is raised after the results of the pairs before it.
    """
    chunks = _chunks(todo)
    first = next(chunks, None)
    if first is None:
        return
    import multiprocessing

    context = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork")
    pool = context.Pool(workers, initializer=_init_worker, initargs=(options,))
    try:
        pending = deque([pool.apply_async(_check_chunk, (first,))])
        failure: Exception | None = None
        more = True
        while pending:
            while more and len(pending) < workers * CHUNKS_AHEAD:
                try:
                    chunk = next(chunks, None)
                except Exception as exc:  # raised in order, after the pairs read before it
                    chunk, failure = None, exc
                more = chunk is not None
                if chunk is not None:
                    pending.append(pool.apply_async(_check_chunk, (chunk,)))
            yield from pending.popleft().get()
        if failure is not None:
            raise failure
    finally:
        pool.terminate()
