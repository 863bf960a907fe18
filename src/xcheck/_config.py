"""Project configuration: the options a project sets once, in ``xcheck.toml`` or the
``[tool.xcheck]`` table of ``pyproject.toml`` (see ``docs/formats.md``).

The file is found from the current directory upwards: in each directory, ``xcheck.toml`` first,
then a ``pyproject.toml`` that has a ``[tool.xcheck]`` table. ``--config PATH`` names the file,
``--no-config`` reads none. The command line overrides the file. Keys are written with ``-`` or
``_`` (``fail-on`` or ``fail_on``); paths are relative to the file's directory. An unknown key, or a
value of the wrong kind, is an error naming the file, the line and the key.

::

    [tool.xcheck]
    glossary = "desk-glossary.jsonl"   # extends the bundled glossary (glossary-only = true replaces it)
    lang = "en"
    fail-on = "major"
    accepted = "accepted.txt"
    format = "markdown"                # the report format of check and demo

    [tool.xcheck.pairs]                # what differs for `xcheck pairs`
    format = "jsonl"
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from xcheck._io import read_side_file
from xcheck.errors import OptionError, ResourceError, XcheckError

if sys.version_info >= (3, 11):  # pragma: no cover - one branch per Python version
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

__all__ = ["ConfigError", "Settings", "apply", "find_config", "load"]

#: The keys a configuration may set, with the kind of value each takes.
KEYS: dict[str, type] = {
    "glossary": Path,
    "glossary_only": bool,
    "lang": str,
    "reference_lang": str,
    "fail_on": str,
    "accepted": Path,
    "format": str,
    "input_format": str,
    "strict": bool,
    "mode": str,
    "max_chars": int,
    "max_statements": int,
    "tolerance": float,
}
#: Sub-tables holding the keys of one command, which override the top level for it.
COMMANDS = ("check", "demo", "pairs")
# Top-level keys that only some commands take from the top level (the rest set them in a sub-table):
# the demo's text is English whatever language the project's translations are in.
# max-chars limits a whole document for check and demo, one pair for pairs: set it for pairs in [pairs].
_TOP_ONLY_FOR = {"format": ("check", "demo"), "lang": ("check", "pairs"), "max_chars": ("check", "demo")}


class ConfigError(OptionError):
    """A configuration file that cannot be read or sets an unknown key or a bad value."""


Settings = dict[str, Any]


def find_config(start: Path) -> Path | None:
    """The configuration file for ``start`` (a directory): the nearest ``xcheck.toml``, or
    ``pyproject.toml`` with a ``[tool.xcheck]`` table, in it or a directory above it."""
    for folder in (start, *start.parents):
        own = folder / "xcheck.toml"
        if own.is_file():
            return own
        project = folder / "pyproject.toml"
        if project.is_file() and "xcheck" in _parse(project).get("tool", {}):
            return project
    return None


def _read(path: Path) -> str:
    """The text of a configuration file: UTF-8 with or without a byte-order mark, at most
    :data:`~xcheck._io.MAX_SIDE_FILE_BYTES`."""
    try:
        return read_side_file(path, error=ConfigError)
    except ResourceError as exc:
        msg = "configuration file not found" if exc.reason == "no such file" else exc.reason
        raise ConfigError(msg, path=str(path)) from None


def _parse(path: Path) -> dict[str, Any]:
    text = _read(path)
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        msg = f"not TOML: {exc}"
        raise ConfigError(msg, path=str(path), line=int(m.group(1)) if m else None) from None
    except RecursionError:  # tomllib parses nested arrays and tables recursively
        msg = "not TOML that xcheck reads: values nested too deeply"
        raise ConfigError(msg, path=str(path), line=_deepest_line(text)) from None
    except ValueError:  # an integer with more digits than Python converts (tomllib calls int())
        long_number = re.search(r"[0-9_]{4000,}", text)
        line = text.count("\n", 0, long_number.start()) + 1 if long_number else None
        msg = "not TOML that xcheck reads: a number has too many digits"
        raise ConfigError(msg, path=str(path), line=line) from None
    return data


def _deepest_line(text: str) -> int | None:
    """The line where the brackets of a TOML text are nested deepest (strings are not skipped: an
    error message's guess)."""
    depth = best = 0
    line = best_line = 1
    for char in text:
        if char in "[{":
            depth += 1
            if depth > best:
                best, best_line = depth, line
        elif char in "]}":
            depth -= 1
        elif char == "\n":
            line += 1
    return best_line if best else None


def load(path: Path, command: str) -> Settings:
    """The settings ``path`` gives ``command``, keyed by option name (``fail_on``), checked.

    In ``pyproject.toml`` the table is ``[tool.xcheck]``; a whole ``xcheck.toml`` is the table
    (a ``[tool.xcheck]`` table inside it is accepted too).
    """
    data = _parse(path)
    text = _read(path)
    table: Any = data.get("tool", {}).get("xcheck") if path.name == "pyproject.toml" else data
    if path.name != "pyproject.toml" and set(data) == {"tool"} and "xcheck" in data["tool"]:
        table = data["tool"]["xcheck"]
    if table is None:
        msg = "has no [tool.xcheck] table"
        raise ConfigError(msg, path=str(path))
    top = _check_table(table, path, text, "")
    settings = {k: v for k, v in top.items() if command in _TOP_ONLY_FOR.get(k, COMMANDS)}
    for name in COMMANDS:
        sub = table.get(name)
        if sub is None:
            continue
        if not isinstance(sub, Mapping):
            msg = f"{name!r} must be a table ([{name}]) of that command's settings"
            raise ConfigError(msg, path=str(path), line=_line(text, name))
        checked = _check_table(sub, path, text, f"{name}.")
        if name == command or (name == "check" and command == "demo"):
            # [check] applies to demo too, but for its language (see _TOP_ONLY_FOR).
            settings.update({k: v for k, v in checked.items() if not (command == "demo" and k == "lang")})
    return settings


def _check_table(table: Mapping[str, Any], path: Path, text: str, prefix: str) -> Settings:
    out: Settings = {}
    for raw_key, value in table.items():
        if not prefix and raw_key in COMMANDS:
            continue
        key = raw_key.replace("-", "_")
        kind = KEYS.get(key)
        if kind is None:
            known = ", ".join(k.replace("_", "-") for k in KEYS)
            tables = "" if prefix else f"; tables: {', '.join(COMMANDS)}"
            msg = f"unknown key {prefix + raw_key!r} (the keys are {known}{tables})"
            raise ConfigError(msg, path=str(path), line=_line(text, raw_key))
        if kind is Path:
            if not isinstance(value, str) or not value.strip():
                msg = f"{prefix}{raw_key} must be a path (a string), not {value!r}"
                raise ConfigError(msg, path=str(path), line=_line(text, raw_key))
            value = str(path.parent / value)
        elif kind is float:
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < 1:
                msg = f"{prefix}{raw_key} must be a number from 0 up to (not including) 1, not {value!r}"
                raise ConfigError(msg, path=str(path), line=_line(text, raw_key))
            value = float(value)
        elif kind is int:
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                msg = f"{prefix}{raw_key} must be a whole number of at least 1, not {value!r}"
                raise ConfigError(msg, path=str(path), line=_line(text, raw_key))
        elif not isinstance(value, kind):
            msg = f"{prefix}{raw_key} must be a {'boolean' if kind is bool else 'string'}, not {value!r}"
            raise ConfigError(msg, path=str(path), line=_line(text, raw_key))
        out[key] = value
    return out


def _line(text: str, key: str) -> int | None:
    """The line of the first ``key = ...`` in a TOML text (for the error message)."""
    pattern = re.compile(
        rf"^\s*(?:\[\s*(?:tool\.xcheck\.)?{re.escape(key)}\s*\]|[\"']?{re.escape(key)}[\"']?\s*=)"
    )
    # Split at "\n" only, as TOML does: a comment may hold U+2028 or U+0085, where splitlines() splits.
    for number, line in enumerate(text.split("\n"), start=1):
        if pattern.match(line):
            return number
    return None


def _subparser(parser: argparse.ArgumentParser, command: str) -> argparse.ArgumentParser:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found: argparse.ArgumentParser = action.choices[command]
            return found
    msg = f"no command {command!r}"  # pragma: no cover - the parser always has its commands
    raise XcheckError(msg)


def apply(parser: argparse.ArgumentParser, argv: Sequence[str] | None, args: argparse.Namespace) -> Any:
    """``args`` again, parsed with the defaults of the configuration file (``--config``, or the one
    found from the current directory; none with ``--no-config``). Values are checked against the
    command's options: a value the option would refuse is an error naming the file and key."""
    if getattr(args, "no_config", False) or not hasattr(args, "config"):
        return args
    path = Path(args.config) if args.config else find_config(Path.cwd())
    if path is None:
        return args
    settings = load(path, args.command)
    sub = _subparser(parser, args.command)
    dests = {a.dest: a for a in sub._actions}
    defaults: Settings = {}
    text = _read(path)
    for key, value in settings.items():
        action = dests.get(key)
        if action is None:
            continue  # an option of another command (accepted for pairs): not this run's
        if action.choices is not None and value not in action.choices:
            allowed = ", ".join(map(str, action.choices))
            msg = f"{key.replace('_', '-')} is {value!r}, not one of {allowed} (for xcheck {args.command})"
            raise ConfigError(
                msg, path=str(path), line=_line(text, key) or _line(text, key.replace("_", "-"))
            )
        defaults[key] = value
    sub.set_defaults(**defaults, config_file=str(path))
    return parser.parse_args(argv)
