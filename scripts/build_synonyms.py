"""Derive ``src/xcheck/data/synonyms_en.tsv.gz``: English synonyms from Open English WordNet.

The sentence polarity check reads a negation added on one side against the word the other side
states in the same place. When both sides name the same word ("did not rise" / "rose") that is a
flip; when they name two words of one WordNet synset ("is not dealing with" / "is grappling
with", "may not be required" / "will be asked") it is one too, and only a synonym table tells
those apart from an unrelated word in the same place ("did not survive" / "died"). Two words are
kept as synonyms when some sense of each lies in one synset of a verb, an adjective (satellites
included) or an adverb; nouns are left out (a negated noun is read by its own stem: "no
improvement" / "improved"). Single lower-case words only, so a multi-word lemma ("deal with",
"hold back") never stands for one word.

One line a word: the word, a tab, then its synonyms separated by spaces, sorted, so a rebuild from
the same snapshot is byte-identical. ``xcheck.lexicon._synonyms`` reads it on first use and splits
a line only when the check asks for that word. Only this script needs the WordNet sources and
PyYAML (the snapshot used: commit d94538ad0df3 of english-wordnet, see ``synonyms_en.NOTICE``)::

    git clone https://github.com/globalwordnet/english-wordnet   # any checkout or export
    python scripts/build_synonyms.py english-wordnet/src/yaml
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from _wordnet import senses, write_table

OUT = Path(__file__).resolve().parents[1] / "src" / "xcheck" / "data" / "synonyms_en.tsv.gz"
_WORD_RE = re.compile(r"[a-z]+")
_KEPT_POS = frozenset("vasr")  # verb, adjective, adjective satellite, adverb


def synonyms(yaml_dir: Path) -> dict[str, set[str]]:
    """word -> the other single words sharing a verb, adjective or adverb synset with it."""
    members: dict[str, set[str]] = {}
    for lemma, pos, sense in senses(yaml_dir):
        if pos in _KEPT_POS and _WORD_RE.fullmatch(lemma):
            members.setdefault(str(sense["synset"]), set()).add(lemma)
    out: dict[str, set[str]] = {}
    for words in members.values():
        for word in words:
            others = words - {word}
            if others:
                out.setdefault(word, set()).update(others)
    return out


def main() -> None:
    """Write the table from the YAML sources of an Open English WordNet checkout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("yaml_dir", type=Path, help="the src/yaml folder of english-wordnet")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    table = synonyms(args.yaml_dir)
    write_table(args.out, ((w, sorted(table[w])) for w in sorted(table)))
    pairs = sum(len(v) for v in table.values())
    print(f"{len(table)} words, {pairs} ordered pairs -> {args.out}")


if __name__ == "__main__":
    main()
