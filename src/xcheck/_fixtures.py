"""Where the bundled fixtures live: package data in an installed wheel, ``fixtures/`` in a source tree."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from xcheck._types import Sentence
from xcheck.errors import ResourceError

__all__ = ["fixture_dir", "observer_network", "paragraph_labels"]

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


def paragraph_labels(text: str, sentences: Iterable[Sentence]) -> dict[int, object]:
    """The paragraph label of each sentence, as the fixture's ``references.jsonl`` writes it.

    Non-empty lines are paragraphs counted from 1; a line after a blank line is the photo caption
    (labelled ``"photo caption"``, not counted). Used by the alignment tests and benchmark as gold.
    """
    ordered = list(sentences)
    labels: dict[int, object] = {}
    pos, number, after_blank = 0, 0, False
    for line in text.split("\n"):
        if line.strip():
            label: object
            if after_blank:
                label = "photo caption"
            else:
                number += 1
                label = number
            for s in ordered:
                if pos <= s.start < pos + len(line) + 1:
                    labels[s.index] = label
            after_blank = False
        else:
            after_blank = True
        pos += len(line) + 1
    return labels
