"""What the WordNet build scripts share: reading Open English WordNet's YAML sources, and writing a
word table (``scripts/build_antonyms.py``, ``build_synonyms.py``, ``build_derivations.py``).

A table is gzipped text, one line a word: the word, a tab, its entries separated by spaces; the
lines in the given order and the gzip header without a time, so a rebuild from the same snapshot
is byte-identical. Only the build scripts need PyYAML and the WordNet sources.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


def load(path: Path) -> dict[str, Any]:
    """One YAML file of the WordNet sources (an empty mapping for an empty file)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=loader)
    return data or {}


def senses(yaml_dir: Path) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(lemma, part of speech letter, sense) for every sense of every entry ("a-1", a homograph's
    part of speech, gives "a")."""
    for path in sorted(yaml_dir.glob("entries-*.yaml")):
        for lemma, by_pos in load(path).items():
            for pos, entry in (by_pos or {}).items():
                for sense in entry.get("sense") or ():
                    yield str(lemma), str(pos)[0], sense


def write_table(out: Path, rows: Iterable[tuple[str, Iterable[str]]]) -> int:
    """Write ``(word, entries)`` rows as a word table at ``out``; return the number of lines."""
    lines = [f"{word}\t{' '.join(entries)}\n" for word, entries in rows]
    with gzip.GzipFile(out, "wb", mtime=0) as fh:  # mtime 0: the same bytes on every rebuild
        fh.write("".join(lines).encode("utf-8"))
    return len(lines)
