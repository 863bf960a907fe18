"""JSON read safely: every problem of an input is a :class:`json.JSONDecodeError`, so each reader
turns it into its own error with file and line, never a traceback.

Beyond what :func:`json.loads` rejects: a value nested too deeply (a ``RecursionError`` in the
decoder), an integer with more digits than Python converts (a ``ValueError``), and a string that
holds a lone surrogate (``"\\ud800"``, valid JSON but no Unicode text: it could not be written out).
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["loads"]


def loads(text: str) -> Any:
    """:func:`json.loads`, with the problems above raised as :class:`json.JSONDecodeError`."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        msg = "values nested too deeply"
        raise json.JSONDecodeError(msg, text, 0) from None
    except ValueError:
        msg = "a number has too many digits"
        raise json.JSONDecodeError(msg, text, 0) from None
    _check_strings(value, text)
    return value


def _check_strings(value: Any, text: str) -> None:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            strings: list[str] = [item]
        elif isinstance(item, dict):
            strings = list(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
            continue
        else:
            continue
        for s in strings:
            try:
                s.encode("utf-8")
            except UnicodeEncodeError as exc:
                msg = f"a string holds a lone surrogate (U+{ord(s[exc.start]):04X}): not Unicode text"
                raise json.JSONDecodeError(msg, text, 0) from None
