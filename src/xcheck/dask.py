"""Checking corpora on a Dask cluster: a bag of pairs, JSONL shards in and result shards out, and the engine
of ``xcheck pairs --engine dask``.

Needs the optional extra ``xcheck-news[dask]`` (``dask[bag]`` and ``distributed``), imported only when one of
these functions runs. Each task checks a whole partition with :func:`xcheck.check_pairs` in one worker
process, so the lexicons are loaded once a worker (they are module-level caches) and a glossary file once a
worker (:func:`worker_glossary`), not once a pair. A glossary is passed by path: the workers must be able to
read it (always so on a local cluster; a shared file system for a remote one), and so must they the shards
of :func:`check_shards`. See docs/corpora.md.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from xcheck._io import Pair, open_lines
from xcheck._pairs_stream import Engine, PairFeed, PairsOutput, pair_row, run_pairs
from xcheck._types import PairResult
from xcheck.batch import PairInput, _check_jobs, _Job, _job, check_pairs
from xcheck.errors import OptionError, PairError, XcheckError
from xcheck.facts.names import Glossary

__all__ = ["check_bag", "check_shards", "cluster_engine", "worker_glossary"]

#: Pairs in one task of :func:`cluster_engine`: enough that a task's overhead (a few milliseconds on the
#: scheduler) is small next to checking it, few enough that results stream and workers share the tail.
PARTITION_SIZE = 128

#: Tasks in flight a worker thread: enough that no worker waits, few enough that memory stays bounded.
TASKS_AHEAD = 3

# What a worker needs besides the pairs: the reference language, the glossary's path, the rates and the
# tolerance.
_Settings = tuple[str | None, str | None, Mapping[tuple[str, str], float] | None, float]


def _modules() -> tuple[Any, Any]:
    try:
        import dask.bag
        import distributed
    except ImportError:
        msg = "the Dask engine needs dask and distributed: pip install 'xcheck-news[dask]'"
        raise OptionError(msg) from None
    return dask.bag, distributed


@functools.lru_cache(maxsize=8)
def _load_glossary(path: str, mtime_ns: int, size: int) -> Glossary:
    from xcheck._inputs import load_glossary  # a user glossary extends the bundled one, as on the CLI

    return load_glossary(path, only=False)


def worker_glossary(path: str | None) -> Glossary | None:
    """The glossary at ``path``, read once in this process (again only when the file changes).

    The tasks of this module call it in the workers, so a glossary is parsed once a worker, however many
    partitions the worker checks.
    """
    if path is None:
        return None
    try:
        info = os.stat(path)
    except OSError as exc:
        msg = f"cannot read the glossary on a Dask worker: {exc.strerror or exc}"
        raise XcheckError(msg, path=path) from None
    return _load_glossary(path, info.st_mtime_ns, info.st_size)


def _glossary_path(glossary: str | Path | None) -> str | None:
    """An absolute path the workers can open, after reading the file here so a bad one fails early."""
    if glossary is None:
        return None
    if not isinstance(glossary, (str, Path)):
        msg = f"glossary must be the path of a glossary file, not {type(glossary).__name__}"
        raise OptionError(msg)
    Glossary.load(glossary)
    return os.path.abspath(glossary)


def _check_on_worker(jobs: list[_Job], settings: _Settings) -> list[PairResult | PairError]:
    reference_lang, glossary, rates, tolerance = settings
    return _check_jobs(jobs, (reference_lang, worker_glossary(glossary), rates, tolerance))


def check_bag(
    bag: Any,
    *,
    lang: str = "en",
    reference_lang: str | None = None,
    glossary: str | Path | None = None,
    rates: Mapping[tuple[str, str], float] | None = None,
    tolerance: float = 0.05,
) -> Any:
    """Check a Dask bag of pairs, a partition a task: a bag of the result rows ``xcheck pairs`` writes.

    A pair is what :func:`xcheck.check_pairs` accepts (a mapping with ``id``, ``translation``,
    ``reference`` and an optional ``lang``; a tuple; a pair). Its row is ``{"id", "findings",
    "fidelity"}``, or ``{"id", "error"}`` when the pair has the wrong shape or its checking failed, so one
    bad element does not fail the partition. ``glossary`` is the path of a glossary file; ``rates`` and
    ``tolerance`` are as in :func:`xcheck.check_pair`.
    """
    _modules()
    settings: _Settings = (reference_lang, _glossary_path(glossary), rates, tolerance)
    return bag.map_partitions(_rows_of_partition, lang, settings)


def _rows_of_partition(
    partition: Iterable[PairInput], lang: str, settings: _Settings
) -> list[dict[str, Any]]:
    reference_lang, glossary, rates, tolerance = settings
    rows = []
    for item in partition:
        ident = item.id if isinstance(item, Pair) else item.get("id") if isinstance(item, Mapping) else None
        try:
            (result,) = check_pairs(
                [item],
                lang=lang,
                reference_lang=reference_lang,
                glossary=worker_glossary(glossary),
                rates=rates,
                tolerance=tolerance,
            )
        except XcheckError as exc:
            rows.append({"id": ident, "error": exc.reason})
            continue
        if isinstance(result, PairError):
            rows.append({"id": ident, "error": result.reason})
        else:
            rows.append(pair_row(Pair(str(ident), "", ""), result, "", _silent) | {"id": ident})
    return rows


def check_shards(
    shards: Sequence[str | Path],
    output_dir: str | Path,
    *,
    scheduler: Any = None,
    glossary: str | Path | None = None,
    split: bool = False,
    workers: int | None = None,
    retries: int = 2,
    tolerance: float = 0.05,
) -> list[dict[str, Any]]:
    """Check JSONL pairs shards on a Dask cluster; write each shard's result rows to ``output_dir``.

    The shards are a bag with one partition each; a task reads its shard a line at a time, checks it
    and writes ``output_dir/NAME`` (the shard's file name), the same lines as ``xcheck pairs SHARD``
    (bad lines and failed pairs are error rows). It writes a temporary file and renames it, so a task
    that is retried (``retries``, or because its worker died) leaves one complete file, and the temporary
    files of a task whose worker died are removed at the end. With ``split``
    the records also go to ``output_dir/keep/NAME`` or ``output_dir/drop/NAME`` as ``--keep`` and
    ``--drop`` split them. ``scheduler`` is a ``distributed.Client``, a scheduler address, or ``None``
    for a local cluster of ``workers`` processes. Returns, for each shard in order, ``{"shard",
    "output", "status", "kept", "dropped"}`` (``status`` as ``xcheck pairs`` exits). ``tolerance`` is
    as in :func:`xcheck.check_pair`.
    """
    bag_module, _ = _modules()
    names = [Path(s).name for s in shards]
    if len(set(names)) != len(names):
        msg = "two shards have the same file name; their results would overwrite each other"
        raise OptionError(msg)
    out = Path(output_dir)
    for folder in (out, out / "keep", out / "drop") if split else (out,):
        folder.mkdir(parents=True, exist_ok=True)
    settings: _Settings = (None, _glossary_path(glossary), None, tolerance)
    paths = [str(s) for s in shards]
    bag = bag_module.from_sequence(paths, npartitions=max(1, len(paths)))
    summaries = bag.map_partitions(_check_shard_partition, str(out.resolve()), settings, split)
    with _session(scheduler, workers) as client:
        done = list(client.compute(summaries, retries=retries).result())
    # A task whose worker died mid-shard left its temporary files; the task run again wrote the results.
    for folder in (out, out / "keep", out / "drop") if split else (out,):
        for name in names:
            for leftover in folder.glob(f".{name}.*.tmp"):
                leftover.unlink(missing_ok=True)
    return done


def _check_shard_partition(
    shards: Iterable[str], output_dir: str, settings: _Settings, split: bool
) -> list[dict[str, Any]]:
    return [_check_shard(shard, Path(output_dir), settings, split) for shard in shards]


def _check_shard(shard: str, output_dir: Path, settings: _Settings, split: bool) -> dict[str, Any]:
    name = Path(shard).name
    targets = [output_dir / name] + (
        [output_dir / "keep" / name, output_dir / "drop" / name] if split else []
    )
    temps = [t.with_name(f".{t.name}.{os.getpid()}.tmp") for t in targets]
    reference_lang, glossary, rates, tolerance = settings

    def engine(pairs: Iterator[Pair]) -> Iterator[PairResult | PairError]:
        return check_pairs(
            pairs,
            reference_lang=reference_lang,
            glossary=worker_glossary(glossary),
            rates=rates,
            tolerance=tolerance,
        )

    with contextlib.ExitStack() as stack:
        out = stack.enter_context(temps[0].open("w", encoding="utf-8"))
        output = PairsOutput(out)
        if split:
            output.keep = stack.enter_context(temps[1].open("wb"))
            output.drop = stack.enter_context(temps[2].open("wb"))
        status = run_pairs(PairFeed(open_lines(shard), path=shard, keep_raw=split), engine, output)
    for temp, target in zip(temps, targets, strict=True):
        os.replace(temp, target)
    return {
        "shard": shard,
        "output": str(targets[0]),
        "status": status,
        "kept": output.kept,
        "dropped": output.dropped,
    }


def cluster_engine(
    scheduler: Any = None,
    *,
    glossary: str | Path | None = None,
    workers: int | None = None,
    reference_lang: str | None = None,
    partition_size: int | None = None,
    retries: int = 2,
    tolerance: float = 0.05,
) -> Engine:
    """An engine for ``xcheck pairs``: the pairs go to a Dask cluster in tasks of ``partition_size``.

    ``scheduler`` is a ``distributed.Client``, a scheduler address (``tcp://host:8786``), or ``None`` to
    start a local cluster of ``workers`` processes (every core when ``None``) for the run. The results
    come back in input order, the same as :func:`xcheck.check_pairs` gives, with at most
    :data:`TASKS_AHEAD` tasks a worker thread in flight. A task whose worker dies is run again by the
    scheduler; one that raises is retried ``retries`` times, then the run stops with an
    :class:`~xcheck.errors.XcheckError`. ``tolerance`` is as in :func:`xcheck.check_pair`.
    """
    _modules()
    partition_size = PARTITION_SIZE if partition_size is None else partition_size
    if partition_size < 1:
        msg = f"partition_size must be at least 1, not {partition_size}"
        raise OptionError(msg)
    _check_workers(workers)
    settings: _Settings = (reference_lang, _glossary_path(glossary), None, tolerance)

    def engine(pairs: Iterator[Pair]) -> Iterator[PairResult | PairError]:
        with _session(scheduler, workers) as client:
            yield from _stream(client, pairs, settings, partition_size, retries)

    return engine


def _stream(
    client: Any, pairs: Iterator[Pair], settings: _Settings, size: int, retries: int
) -> Iterator[PairResult | PairError]:
    slots = max(1, sum(client.nthreads().values())) * TASKS_AHEAD
    pending: deque[Any] = deque()
    chunk: list[_Job] = []

    def results(future: Any) -> list[PairResult | PairError]:
        try:
            found: list[PairResult | PairError] = future.result()
        except Exception as exc:
            msg = f"a Dask task failed after {retries} retries: {type(exc).__name__}: {exc}"
            raise XcheckError(msg) from None
        return found

    for position, pair in enumerate(pairs, start=1):
        chunk.append(_job(pair, position, pair.lang))
        if len(chunk) == size:
            pending.append(client.submit(_check_on_worker, chunk, settings, retries=retries, pure=False))
            chunk = []
            while len(pending) >= slots:
                yield from results(pending.popleft())
    if chunk:
        pending.append(client.submit(_check_on_worker, chunk, settings, retries=retries, pure=False))
    while pending:
        yield from results(pending.popleft())


@contextlib.contextmanager
def _session(scheduler: Any, workers: int | None) -> Generator[Any, None, None]:
    """A client of ``scheduler`` (a client is used as it is), or of a local cluster, closed at the end."""
    _, distributed = _modules()
    if isinstance(scheduler, distributed.Client):
        yield scheduler
        return
    _check_workers(workers)
    with contextlib.ExitStack() as stack:
        if scheduler is None:
            cluster = distributed.LocalCluster(
                n_workers=workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # no fixed port: another cluster may hold 8787
                silence_logs=logging.ERROR,
            )
            stack.enter_context(cluster)
            scheduler = cluster
        try:
            client = stack.enter_context(distributed.Client(scheduler, timeout="20s"))
        except (OSError, TimeoutError) as exc:
            msg = f"cannot reach the Dask scheduler at {scheduler}: {exc}"
            raise XcheckError(msg) from None
        yield client


def _check_workers(workers: int | None) -> None:
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 0):
        msg = f"workers (--jobs) must be 0 (every core) or a positive number, not {workers!r}"
        raise OptionError(msg)


def _silent(line: str) -> None:
    """Say nothing: a bag's rows carry their errors."""
