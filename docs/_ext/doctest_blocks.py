"""A griffe extension for the docs site: docstrings written for Sphinx-minded readers render well.

xcheck's docstrings carry runnable ``>>>`` examples (checked by the test suite). Left as they are,
Markdown reads ``>>>`` as nested block quotes and a printed list as a link reference. This
extension wraps each run of example lines (a ``>>>`` line, its ``...`` continuations and its
output, up to a blank line) in a fenced ``pycon`` block, and turns Sphinx roles such as
``:func:`xcheck.check``` into plain code spans, before mkdocstrings renders them.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:mod|func|class|meth|attr|data|exc|obj|const):`~?([^`]+)`")


def fence_doctests(text: str) -> str:
    """Return ``text`` with every doctest example run inside a fenced code block."""
    out: list[str] = []
    in_block = False
    indent = ""
    for line in text.splitlines():
        stripped = line.lstrip()
        if not in_block and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
            in_block = True
        elif in_block and not stripped:
            out.append(f"{indent}```")
            in_block = False
        out.append(line if in_block else _ROLE.sub(r"`\1`", line))
    if in_block:
        out.append(f"{indent}```")
    return "\n".join(out)


def _fence(obj: griffe.Object, seen: set[int]) -> None:
    if id(obj) in seen:
        return
    seen.add(id(obj))
    doc = obj.docstring
    if doc is not None and "```pycon" not in doc.value:
        doc.value = fence_doctests(doc.value)
    for member in obj.members.values():
        if not member.is_alias:
            _fence(member, seen)  # type: ignore[arg-type]


class DoctestBlocks(griffe.Extension):
    """Fence the doctest examples of every docstring in the loaded package."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Rewrite the docstrings of ``pkg`` and all its members, once, after loading."""
        _fence(pkg, set())
