"""The command line's input options and the reading they drive, kept out of :mod:`xcheck.cli`:
``--input-format``, ``--glossary``/``--glossary-only``, ``--lang``/``--reference-lang``,
``--strict``, ``--config``/``--no-config``, and ``xcheck pairs --translation T --reference R``.
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Iterable, Iterator

from xcheck import _inputs
from xcheck._check import check_options
from xcheck._inputs import DEFAULT_MAX_STATEMENTS, Warnings
from xcheck._io import Pair, open_lines, read_translation
from xcheck._pairs_stream import PairFeed, count_lines
from xcheck._types import Statement
from xcheck._validate import script_warning
from xcheck.errors import OptionError, ReferenceFormatError, TranslationError
from xcheck.facts.names import Glossary

__all__ = ["add_config_options", "add_input_options", "read_check_inputs", "read_pairs_inputs"]


def _tolerance(text: str) -> float:
    """An argparse type: a relative difference from 0 up to (not including) 1."""
    try:
        value = float(text)
    except ValueError:
        msg = f"not a number: {text!r}"
        raise argparse.ArgumentTypeError(msg) from None
    if not 0 <= value < 1:
        msg = f"must be from 0 up to (not including) 1, not {value}"
        raise argparse.ArgumentTypeError(msg)
    return value


def positive_int(text: str) -> int:
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


def add_config_options(p: argparse.ArgumentParser) -> None:
    """``--glossary-only``, ``--tolerance``, ``--config PATH`` and ``--no-config`` (see
    :mod:`xcheck._config`)."""
    p.add_argument(
        "--tolerance",
        type=_tolerance,
        default=0.05,
        metavar="X",
        help="largest relative difference of an approximate number that is a minor finding (default: 0.05)",
    )
    p.add_argument(
        "--glossary-only",
        action="store_true",
        help="use the --glossary file instead of the bundled glossary (by default it extends it)",
    )
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--config", metavar="PATH", help="read settings from this xcheck.toml or pyproject.toml"
    )
    group.add_argument(
        "--no-config", action="store_true", help="read no configuration file (default: the nearest one)"
    )


def add_input_options(p: argparse.ArgumentParser, *, formats: tuple[str, ...]) -> None:
    """The options that say how to read the inputs of ``check`` or ``pairs``."""
    p.add_argument(
        "--input-format",
        choices=formats,
        metavar="FORMAT",
        help=f"input format: {', '.join(formats)} (default: from the extension; see docs/formats.md)",
    )
    if "txt" in formats:  # the references of check (pairs have --max-chars a pair instead)
        p.add_argument(
            "--max-statements",
            type=positive_int,
            default=DEFAULT_MAX_STATEMENTS,
            metavar="N",
            help=f"refuse a references file with more statements (default: {DEFAULT_MAX_STATEMENTS:,})",
        )
    p.add_argument(
        "--reference-lang",
        metavar="LANG",
        help="language of a reference that does not name one (default: English; for pairs: --lang)",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="make warnings about the inputs errors (unknown fields, language codes, scripts)",
    )


def _glossary(args: argparse.Namespace) -> Glossary | None:
    if args.glossary_only and not args.glossary:
        msg = "--glossary-only needs --glossary FILE (the glossary to use instead of the bundled one)"
        raise OptionError(msg)
    if not args.glossary:
        return None
    return _inputs.load_glossary(args.glossary, only=args.glossary_only)


def _languages(args: argparse.Namespace, warn: Warnings) -> tuple[str, str | None]:
    lang = _inputs.check_language(args.lang, option="--lang", warn=warn)
    reference_lang = args.reference_lang
    if reference_lang is not None:
        reference_lang = _inputs.check_language(reference_lang, option="--reference-lang", warn=warn)
    check_options(lang=lang, glossary=None, rates=None, reference_lang=reference_lang)
    return lang, reference_lang


def read_check_inputs(
    args: argparse.Namespace, warn: Warnings
) -> tuple[str, tuple[Statement, ...], Glossary | None]:
    """The translation, the statements and the glossary of ``xcheck check`` (or ``demo``)."""
    if args.translation == "-" and args.references == "-":
        msg = "the translation and the references cannot both be standard input (-): give one as a file"
        raise OptionError(msg)
    input_format = getattr(args, "input_format", None)
    _inputs.detect_format(args.references, input_format, allowed=_inputs.REFERENCE_FORMATS)
    lang, reference_lang = _languages(args, warn)
    glossary = _glossary(args)
    max_chars = getattr(args, "max_chars", None)
    translation = read_translation(args.translation, max_chars=max_chars)
    name = "<stdin>" if args.translation == "-" else args.translation
    mismatch = script_warning(translation, lang)
    if mismatch is not None:
        warn(TranslationError(f"{mismatch}; give its language with --lang", path=name))
    statements = _inputs.read_references_file(
        args.references,
        input_format=input_format,
        reference_lang=reference_lang,
        warn=warn,
        max_chars=max_chars,
        max_statements=getattr(args, "max_statements", None),
    )
    args.lang = lang
    return translation, statements, glossary


def read_pairs_inputs(
    args: argparse.Namespace, warn: Warnings
) -> tuple[str, list[Pair | ReferenceFormatError], Glossary | None, str | None]:
    """The display name, the pairs (or their errors, in place), the glossary and the reference
    language of ``xcheck pairs``: from PAIRS or from ``--translation`` and ``--reference``."""
    aligned = (args.translation, args.reference)
    if args.pairs is not None and any(aligned):
        msg = "give PAIRS or --translation and --reference, not both"
        raise OptionError(msg)
    if args.pairs is None and not all(aligned):
        missing = "--reference" if args.translation else "--translation" if args.reference else "PAIRS"
        msg = f"missing {missing}: give a pairs file, or line-aligned --translation and --reference files"
        raise OptionError(msg)
    lang, reference_lang = _languages(args, warn)
    glossary = _glossary(args)
    if args.pairs is None:
        if args.input_format is not None:
            msg = "--input-format is for PAIRS: --translation and --reference are plain text, one pair a line"
            raise OptionError(msg)
        items = _inputs.read_aligned_pairs(
            args.translation,
            args.reference,
            lang=lang,
            reference_lang=reference_lang,
            warn=warn,
            max_chars=args.max_chars,
        )
        return ("<stdin>" if args.translation == "-" else args.translation), items, glossary, reference_lang
    name = "<stdin>" if args.pairs == "-" else args.pairs
    items = _inputs.read_pairs_file(
        args.pairs,
        input_format=args.input_format,
        lang=lang,
        reference_lang=reference_lang,
        warn=warn,
        max_chars=args.max_chars,
    )
    return name, items, glossary, reference_lang


def pairs_feed(
    args: argparse.Namespace, warn: Warnings, *, keep_raw: bool
) -> tuple[PairFeed, int, Glossary | None, str | None]:
    """The pairs of ``xcheck pairs`` as a feed, how many lines or records it holds (for a progress
    bar; 0 for standard input), the glossary and the reference language. A JSON Lines file (or
    standard input) is read a line at a time, so memory does not grow with the file; the other
    formats are read whole by :func:`read_pairs_inputs`."""
    jsonl = args.pairs is not None and not (args.translation or args.reference)
    if (
        jsonl
        and _inputs.detect_format(args.pairs, args.input_format, allowed=_inputs.PAIR_FORMATS) == "jsonl"
    ):
        lang, reference_lang = _languages(args, warn)
        glossary = _glossary(args)
        name = "<stdin>" if args.pairs == "-" else args.pairs

        def parse(lines: Iterable[str]) -> Iterator[Pair | ReferenceFormatError]:
            return _inputs.iter_jsonl_pairs(
                lines, name, lang=lang, reference_lang=reference_lang, warn=warn, max_chars=args.max_chars
            )

        max_line = _inputs.pair_line_bytes(args.max_chars)
        feed = PairFeed(
            open_lines(args.pairs, max_line=max_line),
            path=name,
            keep_raw=keep_raw,
            parse=parse,
            max_chars=args.max_chars,
        )
        # Counted only for a regular file: a pipe given by name (<(...)) can be read only once.
        total = count_lines(open_lines(args.pairs, max_line=max_line)) if _regular_file(args.pairs) else 0
        return feed, total, glossary, reference_lang
    name, items, glossary, reference_lang = read_pairs_inputs(args, warn)
    return PairFeed.of_items(items, path=name, keep_raw=keep_raw), len(items), glossary, reference_lang


def _regular_file(path: str) -> bool:
    try:
        return path != "-" and stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def warnings(args: argparse.Namespace) -> Warnings:
    """The warning sink of a run: printed on standard error, or raised under ``--strict``."""
    return Warnings(strict=bool(getattr(args, "strict", False)), stream=sys.stderr)
