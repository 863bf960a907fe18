"""Derive ``src/xcheck/data/antonyms_en.tsv.gz``: English antonym pairs from Open English WordNet.

The sentence polarity check reads a word replaced by its antonym in the same place ("very high" /
"very low", "a roundabout route" / "a direct route") as a reversal. Open English WordNet
(https://github.com/globalwordnet/english-wordnet, CC BY 4.0, derived from Princeton WordNet 3.1
under the WordNet licence) records antonymy between *senses*; this script keeps two kinds of pair:

``d`` (direct)
    a sense of one lemma marked the antonym of a sense of another (adjectives, verbs, adverbs,
    nouns: "high" / "low", "allow" / "forbid", "buy" / "sell").
``s`` (through a satellite)
    an adjective whose synset is a satellite ("similar to") of a head synset, against the direct
    antonym of that head: "roundabout" is similar to "indirect", whose antonym is "direct". Only
    satellite against the *opposite head*, never satellite against satellite (too loose).
``y`` (synonyms)
    a member of one synset against a member of the synset of its antonym ("increase" / "lessen":
    "lessen" shares a synset with "decrease", the antonym of "increase").

Nouns for people are left out ("man" / "woman", "father" / "mother", "king" / "queen": another
person, not a reversed claim; the names check reads people). Single lower-case words only (no
multi-word lemmas, no capitalised names); a pair is kept once per
part of speech. One line a word: the word, a tab, then its antonyms separated by spaces, each as
``antonym/pos/kind`` with pos ``a`` (adjective, satellites included), ``v``, ``r`` (adverb) or ``n``;
sorted, so a rebuild from the same snapshot is byte-identical (one line a word lets the reader
split a line only when the sentence check asks for that word). ``xcheck.lexicon._antonyms``
reads it on first use. Only this script needs the WordNet sources and PyYAML (the snapshot used:
commit d94538ad0df3 of english-wordnet, see ``antonyms_en.NOTICE``)::

    git clone https://github.com/globalwordnet/english-wordnet   # any checkout or export
    python scripts/build_antonyms.py english-wordnet/src/yaml
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from _wordnet import load, senses, write_table

OUT = Path(__file__).resolve().parents[1] / "src" / "xcheck" / "data" / "antonyms_en.tsv.gz"
_WORD_RE = re.compile(r"[a-z]+")
_POS = {"a": "a", "s": "a", "v": "v", "r": "r", "n": "n"}


def _satellites(yaml_dir: Path) -> dict[str, list[str]]:
    """Head adjective synset -> the satellite synsets "similar" to it."""
    out: dict[str, list[str]] = {}
    for synset_id, synset in load(yaml_dir / "adj.all.yaml").items():
        if synset.get("partOfSpeech") == "s":
            for head in synset.get("similar", ()):
                out.setdefault(str(head), []).append(str(synset_id))
    return out


# Synset files whose antonyms name another entity rather than the opposite of a claim.
_LEFT_OUT = ("noun.person.yaml",)


def pairs(yaml_dir: Path) -> set[tuple[str, str, str, str]]:
    """Every (word, antonym, pos, kind) pair, both orders."""
    left_out = {str(s) for name in _LEFT_OUT for s in load(yaml_dir / name)}
    by_sense: dict[str, tuple[str, str, str]] = {}  # sense id -> (lemma, pos, synset)
    antonyms: list[tuple[str, str]] = []
    members: dict[str, set[str]] = {}  # synset -> its lemmas
    for lemma, pos, sense in senses(yaml_dir):
        by_sense[str(sense["id"])] = (lemma, pos, str(sense["synset"]))
        members.setdefault(str(sense["synset"]), set()).add(lemma)
        antonyms.extend((str(sense["id"]), str(other)) for other in sense.get("antonym", ()))
    satellites = _satellites(yaml_dir)
    found: set[tuple[str, str, str, str]] = set()

    def add(a: str, b: str, pos: str, kind: str) -> None:
        if a != b and _WORD_RE.fullmatch(a) and _WORD_RE.fullmatch(b):
            found.add((a, b, _POS[pos], kind))
            found.add((b, a, _POS[pos], kind))

    for sense_id, other_id in antonyms:
        if sense_id not in by_sense or other_id not in by_sense:
            continue
        (a, pos, synset), (b, _, other_synset) = by_sense[sense_id], by_sense[other_id]
        if synset in left_out or other_synset in left_out:
            continue
        add(a, b, pos, "d")
        for word in members.get(synset, ()):
            for other in members.get(other_synset, ()):
                add(word, other, pos, "y")
        if pos == "a":
            for satellite in satellites.get(synset, ()):
                for word in members.get(satellite, ()):
                    add(word, b, "a", "s")
    # A pair is kept once, as its closest link: direct, then through a satellite, then synonyms.
    rank = {"d": 0, "s": 1, "y": 2}
    best: dict[tuple[str, str, str], str] = {}
    for a, b, pos, kind in found:
        if rank[kind] < rank[best.get((a, b, pos), "y")] or (a, b, pos) not in best:
            best[(a, b, pos)] = kind
    return {(a, b, pos, kind) for (a, b, pos), kind in best.items()}


def main() -> None:
    """Write the table from the YAML sources of an Open English WordNet checkout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("yaml_dir", type=Path, help="the src/yaml folder of english-wordnet")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = sorted(pairs(args.yaml_dir))
    by_word: dict[str, list[str]] = {}
    for word, other, pos, kind in rows:
        by_word.setdefault(word, []).append(f"{other}/{pos}/{kind}")
    write_table(args.out, by_word.items())
    kinds = {k: sum(1 for r in rows if r[3] == k) for k in ("d", "s", "y")}
    print(f"{len(by_word)} words, {len(rows)} ordered pairs ({kinds}) -> {args.out}")


if __name__ == "__main__":
    main()
