"""The JSON Schemas of xcheck's files: package data in an installed wheel, ``docs/schema`` in a
source tree (the wheel copies that folder to ``xcheck/_schema``; see pyproject.toml)."""

from __future__ import annotations

from pathlib import Path

from xcheck.errors import ResourceError

__all__ = ["SCHEMA_FILES", "schema_path", "schema_text"]

#: The schema of each name ``xcheck schema NAME`` takes.
SCHEMA_FILES = {
    "report": "xcheck.report-1.json",
    "pair": "xcheck.pair-1.json",
    "glossary": "glossary-1.json",
}

_PACKAGED = Path(__file__).resolve().parent / "_schema"
_SOURCE_TREE = Path(__file__).resolve().parents[2] / "docs" / "schema"


def schema_path(name: str) -> Path:
    """The file of schema ``name`` (``report``, ``pair`` or ``glossary``)."""
    file = SCHEMA_FILES[name]
    for root in (_PACKAGED, _SOURCE_TREE):
        if (root / file).is_file():
            return root / file
    msg = f"the JSON Schema {file!r} is not installed (looked in the package data and the source tree)"
    raise ResourceError(msg)


def schema_text(name: str) -> str:
    """The text of schema ``name``."""
    return schema_path(name).read_text(encoding="utf-8")
