"""The ``xcheck`` command line.

::

    xcheck check TRANSLATION REFERENCES [--format markdown|json|html|claimreview] [--output PATH]
                 [--fail-on SEVERITY] [--accepted FILE] [--glossary FILE] [--mode claims|parallel]
    xcheck pairs PAIRS [--format jsonl|markdown] [--output PATH] [--fail-on SEVERITY] [--jobs N]
                 [--engine local|dask] [--scheduler ADDRESS] [--keep CLEAN] [--drop FLAGGED]
    xcheck compare PAIRS_A PAIRS_B [--samples N] [--seed N]
    xcheck demo [--format ...]

Exit status: 0 when it ran; 1 when ``--fail-on`` is given and a finding at or above that severity
exists; 2 for bad input or usage, with a one-line message on standard error naming the file, the line
and the reason. It never shows a traceback for bad input. In filter mode (``pairs --keep/--drop``),
``--fail-on`` is the threshold for dropping a pair and the status is 0 or 2 (docs/corpora.md).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn

from xcheck import render, suppress
from xcheck import scoring as score
from xcheck._check import DEFAULT_MAX_CHARS, check
from xcheck._fixtures import observer_network
from xcheck._io import (
    Pair,
    decode,
    jsonl_lines,
    open_lines,
    parse_pairs,
    read_bytes,
    read_references,
    read_translation,
)
from xcheck._pairs_stream import Engine, PairFeed, PairsOutput, count_lines, run_pairs
from xcheck._types import SEVERITIES, PairResult, Report, severity_rank
from xcheck._version import __version__
from xcheck.batch import check_pairs
from xcheck.errors import OptionError, PairError, ReferenceFormatError, XcheckError
from xcheck.facts.names import Glossary

__all__ = ["main"]

_REPORT_FORMATS = ("markdown", "json", "html", "claimreview")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: usage error: {message} (see '{self.prog} --help')\n")


def _positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        msg = f"not a whole number: {text!r}"
        raise argparse.ArgumentTypeError(msg) from None
    if value < 1:
        msg = f"must be at least 1, not {value}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="xcheck", description="Check translated news against its reference statements.")
    parser.add_argument("--version", action="version", version=f"xcheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def report_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--format", choices=_REPORT_FORMATS, default="markdown", help="report format")
        p.add_argument("--output", "-o", metavar="PATH", help="write the report here (default: stdout)")
        p.add_argument(
            "--fail-on", choices=SEVERITIES, metavar="SEVERITY", help="exit 1 on a finding this severe"
        )
        p.add_argument(
            "--accepted", metavar="FILE", help="accepted findings to leave out (see docs/reports.md)"
        )
        p.add_argument(
            "--write-accepted",
            metavar="FILE",
            help="also write every finding of this run to FILE as accepted (a baseline for --accepted)",
        )
        p.add_argument("--glossary", metavar="FILE", help="a glossary file (see docs/glossary.md)")
        p.add_argument("--mode", choices=("claims", "parallel"), default="claims", help="alignment mode")
        p.add_argument("--lang", default="en", help="language of the translation (default: en)")
        p.add_argument(
            "--max-chars",
            type=_positive_int,
            default=DEFAULT_MAX_CHARS,
            metavar="N",
            help=f"refuse a longer translation (default: {DEFAULT_MAX_CHARS:,})",
        )

    p_check = sub.add_parser("check", help="check a translation against reference statements (JSONL)")
    p_check.add_argument("translation", metavar="TRANSLATION", help="UTF-8 text file, or - for stdin")
    p_check.add_argument("references", metavar="REFERENCES", help="JSONL: one {id, text, ...} a line")
    report_options(p_check)

    p_demo = sub.add_parser("demo", help="check the bundled Observer Network report")
    report_options(p_demo)

    p_pairs = sub.add_parser("pairs", help="check a JSONL file of {id, translation, reference} pairs")
    p_pairs.add_argument("pairs", metavar="PAIRS", help="JSONL file, or - for stdin")
    p_pairs.add_argument("--format", choices=("jsonl", "markdown"), default="jsonl")
    p_pairs.add_argument("--output", "-o", metavar="PATH", help="write here (default: stdout)")
    p_pairs.add_argument("--fail-on", choices=SEVERITIES, metavar="SEVERITY")
    p_pairs.add_argument("--glossary", metavar="FILE", help="a glossary file")
    p_compare = sub.add_parser(
        "compare", help="which of two systems' pair files is more faithful (paired bootstrap)"
    )
    p_compare.add_argument("system_a", metavar="PAIRS_A", help="JSONL pairs of system A")
    p_compare.add_argument(
        "system_b", metavar="PAIRS_B", help="JSONL pairs of system B (same ids and references)"
    )
    p_compare.add_argument("--samples", type=int, default=1000, help="bootstrap resamples (default: 1000)")
    p_compare.add_argument("--seed", type=int, default=12345, help="random seed (default: 12345)")

    p_pairs.add_argument(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (default: 1; 0: every core); with --engine dask, local cluster workers",
    )
    p_pairs.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="check here (default) or on a Dask cluster (pip install 'xcheck[dask]'; docs/corpora.md)",
    )
    p_pairs.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the scheduler of a running cluster (default: start a local one)",
    )
    p_pairs.add_argument(
        "--keep", metavar="FILE", help="filter mode: write the pairs with no fact finding here, unchanged"
    )
    p_pairs.add_argument(
        "--drop",
        metavar="FILE",
        help="filter mode: write the pairs with a fact finding (at or above --fail-on) or an error here",
    )
    p_pairs.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: only when stderr is a terminal)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "pairs":
            return _run_pairs(args)
        if args.command == "compare":
            return _run_compare(args)
        if args.command == "demo":
            translation_path, references_path = observer_network()
            args.translation, args.references = str(translation_path), str(references_path)
        return _run_check(args)
    except XcheckError as exc:
        _say(f"xcheck: error: {exc}")
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        _say("xcheck: interrupted")
        return 130


def _say(line: str) -> None:
    """One line on standard error."""
    sys.stderr.write(line.replace("\n", " ") + "\n")
    sys.stderr.flush()


def _run_check(args: argparse.Namespace) -> int:
    translation = read_translation(args.translation)
    statements = read_references(args.references)
    glossary = Glossary.load(args.glossary) if args.glossary else None
    report = check(
        translation,
        statements,
        lang=args.lang,
        mode=args.mode,
        glossary=glossary,
        translation_name=_display_name(args.translation),
        references_name=_display_name(args.references),
        max_chars=args.max_chars,
    )
    if args.accepted:
        report = suppress.apply(report, suppress.load(args.accepted))
    text = _render(report, args.format)
    _write(text, args.output)
    if args.write_accepted:
        _write(suppress.format_suppressions(report.findings), args.write_accepted)
    return _status((f.severity for f in report.findings), args.fail_on)


def _display_name(path: str) -> str:
    return "<stdin>" if path == "-" else Path(path).name


def _render(report: Report, fmt: str) -> str:
    if fmt == "json":
        return render.to_json(report)
    if fmt == "html":
        return render.to_html(report)
    if fmt == "claimreview":
        return render.to_claimreview(report)
    return render.to_markdown(report)


def _write(text: str, output: str | None) -> None:
    if not text.endswith("\n"):
        text += "\n"
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        msg = f"cannot write: {exc.strerror or exc}"
        raise XcheckError(msg, path=output) from None


def _status(severities: Iterable[str], fail_on: str | None) -> int:
    """1 when ``fail_on`` is set and one of ``severities`` reaches it, else 0."""
    if fail_on is None:
        return 0
    bar = severity_rank(fail_on)
    return 1 if any(severity_rank(s) >= bar for s in severities) else 0


def _run_pairs(args: argparse.Namespace) -> int:
    name = "<stdin>" if args.pairs == "-" else args.pairs
    # A bad glossary or option, or a missing file, is an error before any output is made.
    glossary = Glossary.load(args.glossary) if args.glossary else None
    engine = _pairs_engine(args, glossary)
    _refuse_overwriting(args)
    lines = open_lines(args.pairs)
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    total = count_lines(open_lines(args.pairs)) if show and args.pairs != "-" else 0
    progress = _Progress(total, enabled=show)
    filtering = args.keep is not None or args.drop is not None
    output = PairsOutput(None, args.format, args.fail_on, say=_say, step=progress.step)
    try:
        if args.output is not None:
            output.out = _open_output(args.output)
        elif not filtering:
            output.out = sys.stdout
        output.keep = _open_output(args.keep, binary=True) if args.keep else None
        output.drop = _open_output(args.drop, binary=True) if args.drop else None
        status = run_pairs(PairFeed(lines, path=name, keep_raw=filtering), engine, output)
    finally:
        lines.close()
        progress.close()
        for handle in (output.out, output.keep, output.drop):
            if handle is not None:
                handle.flush() if handle is sys.stdout else handle.close()
    if filtering:
        _say(f"xcheck: kept {output.kept} pairs, dropped {output.dropped} (see --keep/--drop)")
    return status


def _refuse_overwriting(args: argparse.Namespace) -> None:
    """The input is read while the outputs are written: none of them may be the input or one another."""
    seen: dict[str, str] = {} if args.pairs == "-" else {os.path.realpath(args.pairs): "the input"}
    for option, path in (("--output", args.output), ("--keep", args.keep), ("--drop", args.drop)):
        if path is None:
            continue
        other = seen.setdefault(os.path.realpath(path), option)
        if other != option:
            msg = f"{option} {path} is also {other}: it would be overwritten while it is in use"
            raise OptionError(msg)


def _pairs_engine(args: argparse.Namespace, glossary: Glossary | None) -> Engine:
    """What checks the pairs: worker processes here (``--jobs``), or a Dask cluster (``--engine dask``)."""
    if args.engine == "dask":
        from xcheck.dask import cluster_engine

        return cluster_engine(args.scheduler, glossary=args.glossary, workers=args.jobs)
    if args.scheduler is not None:
        msg = "--scheduler needs --engine dask"
        raise OptionError(msg)
    jobs = _jobs(args.jobs)
    return lambda pairs: check_pairs(pairs, jobs=jobs, glossary=glossary)


def _jobs(requested: int | None) -> int:
    """Worker processes for a pairs run: as asked (0: every core), else one (see docs/corpora.md)."""
    if requested is not None and requested < 0:
        msg = f"--jobs must be 0 (every core) or a positive number, not {requested}"
        raise OptionError(msg)
    if requested is None:
        return 1
    return (os.cpu_count() or 1) if requested == 0 else requested


def _read_pairs_strict(path: str) -> list[Pair]:
    name = "<stdin>" if path == "-" else path
    text = decode(read_bytes(path), path=name, error=ReferenceFormatError)
    pairs: list[Pair] = []
    for item in parse_pairs(jsonl_lines(text), path=name):
        if isinstance(item, XcheckError):
            raise item
        pairs.append(item)
    if not pairs:
        msg = "no pairs (the file is empty)"
        raise ReferenceFormatError(msg, path=name)
    return pairs


def _run_compare(args: argparse.Namespace) -> int:
    a = _read_pairs_strict(args.system_a)
    b = {p.id: p for p in _read_pairs_strict(args.system_b)}
    references: list[str] = []
    texts_a: list[str] = []
    texts_b: list[str] = []
    for pair in a:
        other = b.pop(pair.id, None)
        if other is None:
            msg = f"pair {pair.id!r} (line {pair.line}) has no pair with the same id in {args.system_b}"
            raise ReferenceFormatError(msg, path=args.system_a, line=pair.line)
        if other.reference != pair.reference:
            msg = f"pair {pair.id!r} has a different reference than in {args.system_a}"
            raise ReferenceFormatError(msg, path=args.system_b, line=other.line)
        references.append(pair.reference)
        texts_a.append(pair.translation)
        texts_b.append(other.translation)
    if b:
        extra = next(iter(b.values()))
        msg = f"pair {extra.id!r} is not in {args.system_a}"
        raise ReferenceFormatError(msg, path=args.system_b, line=extra.line)
    # The facts of every pair are part of the comparison (overall decides): check both systems first.
    result = score.compare_pair_results(
        _all_checked(check_pairs(zip(texts_a, references, strict=True)), a, args.system_a),
        _all_checked(check_pairs(zip(texts_b, references, strict=True)), a, args.system_b),
        names=(_display_name(args.system_a), _display_name(args.system_b)),
        n_samples=args.samples,
        seed=args.seed,
    )
    _write(result.format(), None)
    return 0


def _all_checked(
    results: Iterable[PairResult | PairError], pairs: Sequence[Pair], path: str
) -> list[PairResult]:
    """Every result, or the error of the first pair that could not be checked (a comparison needs all)."""
    out: list[PairResult] = []
    for result, pair in zip(results, pairs, strict=False):
        if isinstance(result, PairError):
            msg = f"pair {pair.id!r}: {result.reason}"
            raise XcheckError(msg, path=path, line=pair.line)
        out.append(result)
    return out


def _open_output(path: str, *, binary: bool = False) -> IO[Any]:
    try:
        if binary:
            return open(path, "wb")
        return open(path, "w", encoding="utf-8")  # closed in _run_pairs' finally
    except OSError as exc:
        msg = f"cannot write: {exc.strerror or exc}"
        raise XcheckError(msg, path=path) from None


class _Progress:
    """A one-line progress bar on standard error, only when it is a terminal."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total = max(total, 1)
        self.enabled = enabled and total >= 200
        self.done = 0
        self.last = 0.0

    def step(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.1 and self.done < self.total:
            return
        self.last = now
        width = 30
        filled = width * self.done // self.total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
