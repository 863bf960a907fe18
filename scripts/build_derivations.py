"""Derive ``src/xcheck/data/derivations_en.tsv.gz``: English words and their derivational relatives.

The cross-script aligner meets a Korean or Chinese word with an English one through the English
keys its dictionary gives (폭발 "explode", 부상 "injury", 사망 "death"); an English text says
"explosions", "injured", "die". Lemmas and six-letter stems join inflections; they do not join
"explode" and "explosion", or "injury" and "injure". Open English WordNet
(https://github.com/globalwordnet/english-wordnet, CC BY 4.0, derived from Princeton WordNet 3.1
under the WordNet licence) links senses that are derivationally related ("explode" /
"explosion", "injure" / "injury", "die" / "death", "elect" / "election"); this script keeps those
links between single lower-case words, both ways, and the pertainym links of adjectives
("economic" / "economy").

One line a word: the word, a tab, then its relatives separated by spaces, sorted, so a rebuild
from the same snapshot is byte-identical. ``xcheck.lexicon._derivations`` reads it on first use. Only
this script needs the WordNet sources and PyYAML (the snapshot used: commit d94538ad0df3 of
english-wordnet, see ``derivations_en.NOTICE``)::

    git clone https://github.com/globalwordnet/english-wordnet   # any checkout or export
    python scripts/build_derivations.py english-wordnet/src/yaml
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

from _wordnet import senses, write_table

OUT = Path(__file__).resolve().parents[1] / "src" / "xcheck" / "data" / "derivations_en.tsv.gz"
_WORD_RE = re.compile(r"[a-z]{3,}")
_RELATIONS = ("derivation", "pertainym")


def _lemma(sense_id: str) -> str:
    """The lemma of a sense id (``explosion%1:04:00::`` -> ``explosion``)."""
    return sense_id.split("%", 1)[0]


def build(yaml_dir: Path) -> dict[str, set[str]]:
    """Word -> its derivational relatives (both directions), single lower-case words only."""
    related: dict[str, set[str]] = defaultdict(set)
    for lemma, _, sense in senses(yaml_dir):
        if not _WORD_RE.fullmatch(lemma):
            continue
        for relation in _RELATIONS:
            for target in sense.get(relation) or ():
                other = _lemma(str(target))
                if other != lemma and _WORD_RE.fullmatch(other):
                    related[lemma].add(other)
                    related[other].add(lemma)
    return related


def main() -> None:
    """Build the table from an Open English WordNet ``src/yaml`` folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("yaml_dir", type=Path, help="the src/yaml folder of english-wordnet")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    related = build(args.yaml_dir)
    words = write_table(args.out, ((w, sorted(others)) for w, others in sorted(related.items())))
    print(f"{words} words, {sum(len(o) for o in related.values())} links -> {args.out}")


if __name__ == "__main__":
    main()
