"""The ``xcheck`` command line.

::

    xcheck check TRANSLATION REFERENCES [--format markdown|text|json|html|sarif|junit|csv|github|claimreview]
                 [--output PATH] [--fail-on SEVERITY] [--accepted FILE] [--glossary FILE] [--rates FILE]
                 [--mode claims|parallel]
    xcheck pairs PAIRS [--format jsonl|markdown] [--output PATH] [--fail-on SEVERITY] [--jobs N]
                 [--engine local|dask] [--scheduler ADDRESS] [--keep CLEAN] [--drop FLAGGED]
    xcheck compare PAIRS_A PAIRS_B [--samples N] [--seed N] [--format text|json] [--fail-on ...]
    xcheck demo [--format ...]
    xcheck schema report|pair|glossary

Exit status: 0 when it ran; 1 when ``--fail-on`` is given and a finding at or above that severity
exists; 2 for bad input or usage, with a one-line message on standard error naming the file, the line
and the reason. It never shows a traceback for bad input. In filter mode (``pairs --keep/--drop``),
``--fail-on`` is the threshold for dropping a pair and the status is 0 or 2 (docs/corpora.md).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn

from xcheck import _atomic, _cli_help, _cli_inputs, _config, render, suppress
from xcheck import scoring as score
from xcheck._check import DEFAULT_MAX_CHARS, check
from xcheck._cli_output import REPORT_FORMATS, choose_format, comparison_json, load_rates, render_report
from xcheck._fixtures import observer_network
from xcheck._inputs import DEFAULT_MAX_PAIR_CHARS, PAIR_FORMATS, REFERENCE_FORMATS, Warnings, read_pairs_file
from xcheck._io import Pair
from xcheck._pairs_stream import Engine, PairsOutput, run_pairs
from xcheck._schemas import SCHEMA_FILES, schema_text
from xcheck._types import SEVERITIES, PairResult, severity_rank
from xcheck._version import __version__
from xcheck.batch import check_pairs
from xcheck.errors import OptionError, PairError, ReferenceFormatError, ResourceError, XcheckError
from xcheck.facts.names import Glossary

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: usage error: {message} (see '{self.prog} --help')\n")


def _command(sub: Any, name: str) -> argparse.ArgumentParser:
    """Subcommand ``name``, whose --help shows its description, examples and exit status as written
    in :mod:`xcheck._cli_help`."""
    summary, description, epilog = _cli_help.COMMANDS[name]
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        help=summary,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="xcheck",
        description=_cli_help.MAIN,
        epilog=_cli_help.MAIN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"xcheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def report_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--format",
            choices=REPORT_FORMATS,
            default=None,
            help="report format (default: from the -o extension; else text to a terminal (check), markdown)",
        )
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
        p.add_argument(
            "--rates",
            metavar="FILE",
            help='currency rates, JSON {"USD/KRW": 1380.5}; without one, amounts in different '
            "currencies are reported as not comparable",
        )
        p.add_argument("--mode", choices=("claims", "parallel"), default="claims", help="alignment mode")
        p.add_argument("--lang", default="en", help="language of the translation (default: en)")
        p.add_argument(
            "--max-chars",
            type=_cli_inputs.positive_int,
            default=DEFAULT_MAX_CHARS,
            metavar="N",
            help=f"refuse a longer translation (default: {DEFAULT_MAX_CHARS:,})",
        )
        _cli_inputs.add_config_options(p)

    p_check = _command(sub, "check")
    p_check.add_argument("translation", metavar="TRANSLATION", help="UTF-8 text file, or - for stdin")
    p_check.add_argument(
        "references", metavar="REFERENCES", help="JSONL, JSON, CSV, TSV or text (see docs/formats.md)"
    )
    report_options(p_check)
    _cli_inputs.add_input_options(p_check, formats=REFERENCE_FORMATS)

    p_demo = _command(sub, "demo")
    report_options(p_demo)
    p_demo.set_defaults(reference_lang=None, strict=False, input_format=None)

    _pairs_options(_command(sub, "pairs"))
    p_compare = _command(sub, "compare")
    _compare_options(p_compare)
    p_schema = _command(sub, "schema")
    p_schema.add_argument("name", choices=tuple(SCHEMA_FILES), metavar="report|pair|glossary")
    return parser


def _pairs_options(p: argparse.ArgumentParser) -> None:
    """The arguments and options of ``xcheck pairs``."""
    p.add_argument(
        "pairs",
        metavar="PAIRS",
        nargs="?",
        help="JSONL, JSON, CSV, TSV, PO, XLIFF or TMX file, or - for stdin",
    )
    p.add_argument("--translation", metavar="FILE", help="translations, one a line (with --reference)")
    p.add_argument("--reference", metavar="FILE", help="references, line-aligned with --translation")
    p.add_argument("--lang", default="en", help="language of a pair that names none (default: en)")
    p.add_argument("--format", choices=("jsonl", "markdown"), default="jsonl")
    p.add_argument("--output", "-o", metavar="PATH", help="write here (default: stdout)")
    p.add_argument("--fail-on", choices=SEVERITIES, metavar="SEVERITY")
    p.add_argument("--glossary", metavar="FILE", help="a glossary file extending the bundled one")
    _max_pair_chars(p)
    _cli_inputs.add_input_options(p, formats=PAIR_FORMATS)
    _cli_inputs.add_config_options(p)
    p.add_argument(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (default: 1; 0: every core); with --engine dask, local cluster workers",
    )
    p.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="check here (default) or on a Dask cluster (pip install 'xcheck-news[dask]'; docs/corpora.md)",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the scheduler of a running cluster (default: start a local one)",
    )
    p.add_argument(
        "--keep", metavar="FILE", help="filter mode: write the pairs with no fact finding here, unchanged"
    )
    p.add_argument(
        "--drop",
        metavar="FILE",
        help="filter mode: write the pairs with a fact finding (at or above --fail-on) or an error here",
    )
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: only when stderr is a terminal)",
    )


def _max_pair_chars(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--max-chars",
        type=_cli_inputs.positive_int,
        default=DEFAULT_MAX_PAIR_CHARS,
        metavar="N",
        help=f"refuse a pair whose translation or reference is longer (default: {DEFAULT_MAX_PAIR_CHARS:,})",
    )


def _compare_options(p: argparse.ArgumentParser) -> None:
    """The arguments and options of ``xcheck compare``."""
    p.add_argument("system_a", metavar="PAIRS_A", help="pairs of system A (any pairs format)")
    p.add_argument("system_b", metavar="PAIRS_B", help="JSONL pairs of system B (same ids and references)")
    p.add_argument(
        "--samples",
        type=int,
        default=1000,
        help=f"bootstrap resamples, 1 to {MAX_SAMPLES:,} (default: 1000)",
    )
    p.add_argument("--seed", type=int, default=12345, help="random seed, 0 to 2**32-1 (default: 12345)")
    _max_pair_chars(p)
    p.add_argument("--format", choices=("text", "json"), default="text", help="default: text")
    p.add_argument("--output", "-o", metavar="PATH", help="write here (default: stdout)")
    p.add_argument(
        "--fail-on",
        choices=("regression", *SEVERITIES),
        metavar="regression|SEVERITY",
        help="exit 1 when PAIRS_B is significantly less faithful (regression) or has a finding this severe",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    _utf8_streams()
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        args = _config.apply(parser, argv, args)
        if args.command == "pairs":
            return _run_pairs(args)
        if args.command == "compare":
            return _run_compare(args)
        if args.command == "schema":
            _write(schema_text(args.name), None)
            return 0
        if args.command == "demo":
            translation_path, references_path = observer_network()
            args.translation, args.references = str(translation_path), str(references_path)
        return _run_check(args)
    except XcheckError as exc:
        _say(f"xcheck: error: {exc}")
        return 2
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        _say("xcheck: interrupted")
        return 130


def _silence_stdout() -> None:
    """Point a broken or closed standard output at the null device, so the interpreter's last
    flush does not print a traceback."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _utf8_streams() -> None:
    """Write UTF-8 whatever the locale says (an ASCII or Latin-1 console would fail on the first
    '–' of a report); characters a terminal cannot show are its to render."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding and encoding != "utf8" and reconfigure is not None:
            reconfigure(encoding="utf-8")


def _say(line: str) -> None:
    """One line on standard error (nothing when it is closed)."""
    if sys.stderr is not None:
        sys.stderr.write(line.replace("\n", " ") + "\n")
        sys.stderr.flush()


def _run_check(args: argparse.Namespace) -> int:
    warn = _cli_inputs.warnings(args)
    translation, statements, glossary = _cli_inputs.read_check_inputs(args, warn)
    warn.close()
    rates = load_rates(args.rates) if args.rates else None
    fmt = choose_format(
        args.format, args.output, terminal_default="text" if args.command == "check" else "markdown"
    )
    report = check(
        translation,
        statements,
        lang=args.lang,
        mode=args.mode,
        glossary=glossary,
        translation_name=_display_name(args.translation),
        references_name=_display_name(args.references),
        max_chars=args.max_chars,
        rates=rates,
        tolerance=args.tolerance,
    )
    if args.accepted:
        report = suppress.apply(report, suppress.load(args.accepted))
    paths = {
        "translation_path": _display_path(args.translation),
        "references_path": _display_path(args.references),
    }
    color = args.output is None and fmt == "text" and render.use_color(sys.stdout)
    _write(render_report(report, fmt, color=color, **paths), args.output)
    if args.write_accepted:
        _write(suppress.format_suppressions(report.findings), args.write_accepted)
    return _status((f.severity for f in report.findings), args.fail_on)


def _display_name(path: str) -> str:
    return "<stdin>" if path == "-" else Path(path).name


def _display_path(path: str) -> str:
    """A path as line-oriented outputs name it: as given when relative (so CI tools find the file
    from the working folder), else relative to the working folder when inside it, else its name."""
    if path == "-":
        return "<stdin>"
    p = Path(path)
    if not p.is_absolute():
        return p.as_posix()
    try:
        return p.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return p.name


def _write(text: str, output: str | None) -> None:
    if not text.endswith("\n"):
        text += "\n"
    if output is None:
        if sys.stdout is None:
            raise BrokenPipeError  # standard output closed: nothing to write to, end quietly
        _Stdout(sys.stdout).write(text)
        return
    _atomic.write_atomic(output, text)


class _Stdout:
    """Standard output for the results: a closed pipe or descriptor (EPIPE, EBADF) ends the run
    quietly (:class:`BrokenPipeError`), any other failure (a full disk: ``> /dev/full``) is a
    :class:`ResourceError`; each written text is flushed."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            written = self.stream.write(text)
            self.stream.flush()
        except OSError as exc:
            _silence_stdout()  # what is left in the buffer would fail again at exit
            if isinstance(exc, BrokenPipeError) or exc.errno == errno.EBADF:
                raise BrokenPipeError from exc
            msg = f"cannot write: {exc.strerror or exc}"
            raise ResourceError(msg, path="<stdout>") from None
        return written

    def flush(self) -> None:
        self.write("")


def _status(severities: Iterable[str], fail_on: str | None) -> int:
    """1 when ``fail_on`` is set and one of ``severities`` reaches it, else 0."""
    if fail_on is None:
        return 0
    bar = severity_rank(fail_on)
    return 1 if any(severity_rank(s) >= bar for s in severities) else 0


def _run_pairs(args: argparse.Namespace) -> int:
    warn = _cli_inputs.warnings(args)
    filtering = args.keep is not None or args.drop is not None
    # A bad glossary, option or file is an error before any output is made.
    _refuse_overwriting(args)
    feed, total, glossary, reference_lang = _cli_inputs.pairs_feed(args, warn, keep_raw=filtering)
    try:
        engine = _pairs_engine(args, glossary, reference_lang)
    except XcheckError:
        feed.close()
        raise
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    progress = _progress(total if show else 0, enabled=show)
    output = PairsOutput(None, args.format, args.fail_on, say=_say, step=progress.update)
    done = False
    try:
        if args.output is not None:
            output.out = _open_output(args.output)
        elif not filtering:
            if sys.stdout is None:
                raise BrokenPipeError  # standard output closed: nothing to write to, end quietly
            output.out = _Stdout(sys.stdout)  # type: ignore[assignment]
        output.keep = _open_output(args.keep, binary=True) if args.keep else None
        output.drop = _open_output(args.drop, binary=True) if args.drop else None
        status = run_pairs(feed, engine, output)
        done = True
    finally:
        feed.close()
        progress.close()
        for handle in (output.out, output.keep, output.drop):
            if handle is None:
                continue
            if isinstance(handle, _Stdout):
                with contextlib.suppress(XcheckError, BrokenPipeError):
                    handle.flush()
            else:
                # whole files or none: a run that fails half way leaves the earlier outputs as they were
                _atomic.commit(handle) if done else _atomic.discard(handle)
    warn.close()
    if not output.rows:
        _say(f"xcheck: warning: {feed.path}: no pairs (the input is empty)")
    if filtering:
        _say(f"xcheck: kept {output.kept} pairs, dropped {output.dropped} (see --keep/--drop)")
    return status


def _refuse_overwriting(args: argparse.Namespace) -> None:
    """The input is read while the outputs are written: none of them may be the input or one another."""
    inputs = [path for path in (args.pairs, args.translation, args.reference) if path not in (None, "-")]
    seen: dict[str, str] = {os.path.realpath(path): "an input" for path in inputs}
    for option, path in (("--output", args.output), ("--keep", args.keep), ("--drop", args.drop)):
        if path is None:
            continue
        other = seen.setdefault(os.path.realpath(path), option)
        if other != option:
            msg = f"{option} {path} is also {other}: it would be overwritten while it is in use"
            raise OptionError(msg)


def _pairs_engine(args: argparse.Namespace, glossary: Glossary | None, reference_lang: str | None) -> Engine:
    """What checks the pairs: worker processes here (``--jobs``), or a Dask cluster (``--engine dask``)."""
    if args.engine == "dask":
        from xcheck.dask import cluster_engine

        if args.glossary_only:
            msg = "--glossary-only is not available with --engine dask (workers extend the bundled glossary)"
            raise OptionError(msg)
        return cluster_engine(
            args.scheduler,
            glossary=args.glossary,
            workers=args.jobs,
            reference_lang=reference_lang,
            tolerance=args.tolerance,
        )
    if args.scheduler is not None:
        msg = "--scheduler needs --engine dask"
        raise OptionError(msg)
    jobs = _jobs(args.jobs)
    tolerance = args.tolerance
    return lambda pairs: check_pairs(
        pairs, jobs=jobs, glossary=glossary, reference_lang=reference_lang, tolerance=tolerance
    )


def _jobs(requested: int | None) -> int:
    """Worker processes for a pairs run: as asked (0: every core), else one (see docs/corpora.md)."""
    if requested is not None and requested < 0:
        msg = f"--jobs must be 0 (every core) or a positive number, not {requested}"
        raise OptionError(msg)
    if requested is None:
        return 1
    return (os.cpu_count() or 1) if requested == 0 else requested


def _read_pairs_strict(path: str, max_chars: int) -> list[Pair]:
    pairs: list[Pair] = []
    for item in read_pairs_file(path, warn=Warnings(stream=sys.stderr), max_chars=max_chars):
        if isinstance(item, XcheckError):
            raise item
        pairs.append(item)
    return pairs


#: The most bootstrap resamples ``compare`` draws (each holds one index array of the pairs).
MAX_SAMPLES = 100_000


def _run_compare(args: argparse.Namespace) -> int:
    if not 1 <= args.samples <= MAX_SAMPLES:
        msg = f"--samples must be from 1 to {MAX_SAMPLES:,}, not {args.samples}"
        raise OptionError(msg)
    if not 0 <= args.seed < 2**32:
        msg = f"--seed must be from 0 to {2**32 - 1}, not {args.seed}"
        raise OptionError(msg)
    a = _read_pairs_strict(args.system_a, args.max_chars)
    b = {p.id: p for p in _read_pairs_strict(args.system_b, args.max_chars)}
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
    results_b = _all_checked(check_pairs(zip(texts_b, references, strict=True)), a, args.system_b)
    result = score.compare_pair_results(
        _all_checked(check_pairs(zip(texts_a, references, strict=True)), a, args.system_a),
        results_b,
        names=(_display_name(args.system_a), _display_name(args.system_b)),
        n_samples=args.samples,
        seed=args.seed,
    )
    _write(comparison_json(result) if args.format == "json" else result.format(), args.output)
    if args.fail_on == "regression":
        return 1 if result.winner == "a" else 0
    if args.fail_on is not None:
        return _status((f.severity for r in results_b for f in r.findings), args.fail_on)
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
    """A file written whole or not at all (committed or discarded in _run_pairs' finally)."""
    return _atomic.open_atomic(path, binary=binary)


def _progress(total: int, *, enabled: bool) -> Any:
    """A tqdm progress bar on standard error for a run of 200 pairs or more (disabled otherwise)."""
    from tqdm import tqdm  # imported late: only pairs runs need it

    return tqdm(total=total, disable=not enabled or total < 200, unit="pair", file=sys.stderr, leave=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
