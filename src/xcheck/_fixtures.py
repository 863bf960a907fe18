"""Where the bundled fixtures live: package data in an installed wheel, ``fixtures/`` in a source tree."""

from __future__ import annotations

from pathlib import Path

from xcheck.errors import ResourceError

__all__ = ["fixture_dir", "observer_network"]

_PACKAGED = Path(__file__).resolve().parent / "_fixtures"
_SOURCE_TREE = Path(__file__).resolve().parents[2] / "fixtures"


def fixture_dir(name: str) -> Path:
    """The folder of the bundled fixture ``name`` (``observer-network``)."""
    for root in (_PACKAGED, _SOURCE_TREE):
        candidate = root / name
        if candidate.is_dir():
            return candidate
    msg = f"bundled fixture {name!r} not found (looked in the package data and the source tree)"
    raise ResourceError(msg)


def observer_network() -> tuple[Path, Path]:
    """The translation and references files of the Observer Network fixture."""
    folder = fixture_dir("observer-network")
    return folder / "observer-network-2025-05-23.en.txt", folder / "references.jsonl"
