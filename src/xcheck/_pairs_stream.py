"""``xcheck pairs`` as a stream: read a pairs file a line at a time, check, and write each row as soon as
it and every earlier one are ready, so memory does not grow with the file.

A :class:`PairFeed` reads the lines and hands the valid pairs to a checking engine (:func:`xcheck.check_pairs`
in this process or a pool, or a Dask cluster: :mod:`xcheck.dask`); what it read (each pair, each bad line,
with the line's original bytes in filter mode) waits in a queue until its result comes back, so bad lines keep
their place among the results. Only the pairs in flight are held: the engine's read-ahead, not the file.
The one thing that grows with the file is the set of ids seen (duplicate ids are an error, as before).

Filter mode (``--keep`` / ``--drop``) copies each input record, byte for byte, to the keep file when its
pair has no fact finding at or above the threshold, else to the drop file (see :func:`is_flagged`).
"""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

import attrs

from xcheck import render
from xcheck._io import LongLine, Pair, parse_pairs
from xcheck._types import PairResult, severity_rank
from xcheck.errors import PairError, ReferenceFormatError, XcheckError

__all__ = ["FACT_KINDS", "Engine", "PairFeed", "PairsOutput", "count_lines", "is_flagged", "run_pairs"]

#: What checks the pairs: given them lazily, yields one result each, in input order.
Engine = Callable[[Iterator[Pair]], Iterator["PairResult | PairError"]]

#: The finding kinds that make a pair "flagged" in filter mode: a fact that differs, is missing or is
#: added. (``omission`` and ``addition`` are sentence-level kinds of a document check, not of a pair.)
FACT_KINDS = frozenset({"number", "date", "name", "title", "quote", "polarity"})

_Item = Pair | XcheckError


class PairFeed:
    """The pairs of a stream of JSONL lines (bytes), parsed as they are pulled.

    :meth:`pairs` yields the valid pairs for an engine; everything read (pairs and bad lines, in input
    order, each with its line's bytes when ``keep_raw``) is queued in :attr:`events` until it is taken.
    A line that is not UTF-8 is a bad line, like a line that is not JSON.
    """

    def __init__(
        self,
        lines: Iterable[bytes],
        *,
        path: str,
        keep_raw: bool = False,
        parse: Callable[[Iterable[str]], Iterator[_Item]] | None = None,
        max_chars: int | None = None,
    ) -> None:
        self.path = path
        self.max_chars = max_chars
        self.keep_raw = keep_raw
        self.events: deque[tuple[_Item, bytes | None]] = deque()
        self._lines = lines
        self._parse = parse
        self._raw: dict[int, bytes] = {}
        self._items: Iterable[_Item] | None = None

    @classmethod
    def of_items(cls, items: Iterable[_Item], *, path: str, keep_raw: bool = False) -> PairFeed:
        """A feed of pairs and errors read already by another reader (a TSV, CSV or line-aligned file),
        lazily. In filter mode a pair's record is written as a JSON line ``{id, translation, reference,
        lang}``, since its original is not a JSON line; an error has no record to write (it is counted)."""
        feed = cls((), path=path, keep_raw=keep_raw)
        feed._items = items
        return feed

    def _text_lines(self) -> Iterator[str]:
        offset = 0
        for number, raw in enumerate(self._lines, start=1):
            if isinstance(raw, LongLine):  # not read into memory: longer than any pair of the limit
                offset += raw.size
                self.events.append((self._long_line(raw.size, number), None))
                yield ""
                continue
            start, offset = offset, offset + len(raw) + 1
            body = raw[:-1] if raw.endswith(b"\r") else raw
            try:
                text = body.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                msg = (
                    f"not UTF-8: byte 0x{body[exc.start]:02x} at offset {start + exc.start} cannot be decoded"
                )
                self.events.append((ReferenceFormatError(msg, path=self.path, line=number), raw))
                yield ""  # keeps the line numbers of parse_pairs; a blank line is skipped there
                continue
            if self.keep_raw and text.strip():
                self._raw[number] = raw
            yield text

    def _long_line(self, size: int, number: int) -> ReferenceFormatError:
        limit = f"{self.max_chars:,} characters a side" if self.max_chars is not None else "the limit"
        msg = (
            f"the line holds {size:,} bytes, more than a pair of at most {limit} (--max-chars) "
            "can need: it was skipped unread; split the pair, or raise the limit (--max-chars N)"
        )
        return ReferenceFormatError(msg, path=self.path, line=number)

    def pairs(self) -> Iterator[Pair]:
        """The valid pairs, read lazily; each one (and each bad line before it) is queued first."""
        if self._items is not None:
            for item in self._items:
                self.events.append((item, _record(item) if self.keep_raw else None))
                if isinstance(item, Pair):
                    yield item
            return
        parse = self._parse or (lambda lines: parse_pairs(lines, path=self.path))
        for item in parse(self._text_lines()):
            raw = self._raw.pop(item.line, None) if self.keep_raw and item.line is not None else None
            self.events.append((item, raw))
            if isinstance(item, Pair):
                yield item

    def close(self) -> None:
        """Close the lines being read (a file), if they can be closed."""
        close = getattr(self._lines, "close", None)
        if close is not None:
            close()


def _record(item: _Item) -> bytes | None:
    if not isinstance(item, Pair):
        return None
    fields = {"id": item.id, "translation": item.translation, "reference": item.reference, "lang": item.lang}
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def count_lines(lines: Iterable[bytes]) -> int:
    """How many lines (for a progress bar's total), read in one pass that holds one line at a time."""
    return sum(1 for _ in lines)


def is_flagged(row: dict[str, Any], fail_on: str | None) -> bool:
    """Whether a result row goes to the drop file: an error row (a bad line or a failed check), or a pair
    with a finding of a kind in :data:`FACT_KINDS` at or above ``fail_on`` (any severity when ``None``)."""
    if "error" in row:
        return True
    bar = severity_rank(fail_on) if fail_on is not None else 0
    return any(f["kind"] in FACT_KINDS and severity_rank(f["severity"]) >= bar for f in row["findings"])


@attrs.define
class PairsOutput:
    """Where the rows of a run go and how its exit status is decided.

    ``out`` receives the result rows (JSONL as they come; ``markdown`` at the end, which holds every
    row); ``None`` writes none. With ``keep`` or ``drop`` (binary files, either may be ``None``) the run
    is in filter mode: each input record goes to one of them, and ``fail_on`` is the threshold of
    :func:`is_flagged` rather than an exit status.
    """

    out: IO[str] | None
    fmt: str = "jsonl"
    fail_on: str | None = None
    keep: IO[bytes] | None = None
    drop: IO[bytes] | None = None
    say: Callable[[str], None] = lambda line: None
    step: Callable[[], None] = lambda: None
    kept: int = 0
    dropped: int = 0
    rows: int = 0

    @property
    def filtering(self) -> bool:
        """Whether this run splits its input into kept and dropped records."""
        return self.keep is not None or self.drop is not None


def run_pairs(feed: PairFeed, engine: Engine, output: PairsOutput) -> int:
    """Check every pair of ``feed`` with ``engine`` and write each row to ``output`` in input order.

    Returns the exit status of ``xcheck pairs``: 2 when a line was bad or a pair could not be checked
    (each said on stderr with its file and line, and written as an error row in its place); else, outside
    filter mode, 1 when ``fail_on`` is set and a finding reaches it; else 0.
    """
    bad = 0
    failing = False
    rows: list[dict[str, Any]] = []
    results = engine(feed.pairs())
    try:
        for row, raw in _rows(feed, results, output.say):
            output.step()
            output.rows += 1
            bad += "error" in row
            if not output.filtering and output.fail_on is not None and "findings" in row:
                bar = severity_rank(output.fail_on)
                failing = failing or any(severity_rank(f["severity"]) >= bar for f in row["findings"])
            if output.filtering:
                _split(output, row, raw)
            if output.out is not None and output.fmt == "jsonl":
                output.out.write(json.dumps(row, ensure_ascii=False) + "\n")
            elif output.out is not None:
                rows.append(row)
        if output.out is not None and output.fmt == "markdown":
            output.out.write(render.pairs_to_markdown(rows))
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()
    if bad:
        return 2
    return 1 if failing else 0


def _split(output: PairsOutput, row: dict[str, Any], raw: bytes | None) -> None:
    flagged = is_flagged(row, output.fail_on)
    target = output.drop if flagged else output.keep
    if flagged:
        output.dropped += 1
    else:
        output.kept += 1
    if target is not None and raw is not None:
        target.write(raw + b"\n")


def _rows(
    feed: PairFeed, results: Iterator[PairResult | PairError], say: Callable[[str], None]
) -> Iterator[tuple[dict[str, Any], bytes | None]]:
    """The row of each event of ``feed`` in input order: a pair's with its result, a bad line's error."""
    for result in results:
        while True:
            item, raw = feed.events.popleft()
            if isinstance(item, Pair):
                break
            yield _bad_line_row(item, say), raw
        yield pair_row(item, result, feed.path, say), raw
    while feed.events:  # bad lines after the last pair
        item, raw = feed.events.popleft()
        if not isinstance(item, Pair):
            yield _bad_line_row(item, say), raw


def _bad_line_row(error: XcheckError, say: Callable[[str], None]) -> dict[str, Any]:
    say(f"xcheck: error: {error}")
    ident = error.record_id if isinstance(error, ReferenceFormatError) else None
    return {"id": ident, "line": error.line, "error": error.reason}


def pair_row(
    pair: Pair, result: PairResult | PairError, path: str, say: Callable[[str], None]
) -> dict[str, Any]:
    """The JSONL row of one checked pair; an error row (said on stderr too) when checking it failed."""
    if isinstance(result, PairError):
        reason = f"pair {pair.id!r}: {result.reason}"
        say(f"xcheck: error: {XcheckError(reason, path=path, line=pair.line)}")
        return {"id": pair.id, "line": pair.line, "error": reason}
    return {
        "id": pair.id,
        "findings": [render.finding_to_dict(f) for f in result.findings],
        "fidelity": render.fidelity_to_dict(result.fidelity),
    }


def stderr_line(line: str) -> None:
    """One line on standard error."""
    sys.stderr.write(line.replace("\n", " ") + "\n")
    sys.stderr.flush()
