"""Derive ``src/xcheck/data/lemmas_en.tsv.gz``: every English word form whose lemma differs from it.

The polarity reader compares words by lemma ("rose", "risen" and "rising" are "rise"; "got" is "get").
LemmInflect (https://github.com/bjascob/LemmInflect, MIT; its lemma tables come from the Automatically
Generated Inflection Database, AGID, and the English Wiktionary) holds those lemmas, but loading its
tables takes about a second, once per process, and xcheck needs only the look-up, not its tagger. This
script writes the look-up as a small gzipped table (one line a form: the form, a tab, its lemmas
separated by spaces), which ``xcheck.lexicon._lemmas`` reads on first use. LemmInflect is needed only to
run this script, never by xcheck::

    pip install lemminflect   # into any environment
    python scripts/build_lemmas.py
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "xcheck" / "data" / "lemmas_en.tsv.gz"


def main() -> None:
    """Write the table (sorted, so a rebuild with the same LemmInflect is byte-identical)."""
    from lemminflect import getAllLemmas
    from lemminflect.core.Lemmatizer import Lemmatizer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    lines = []
    # Every lower-case form of its dictionary (what getAllLemmas looks up), answered by getAllLemmas
    # itself, so its overrides apply: xcheck looks up lower-cased words only.
    for form in sorted(f for f in Lemmatizer()._getLemmaDict() if f == f.lower()):
        lemmas = sorted({lemma for by_pos in getAllLemmas(form).values() for lemma in by_pos} - {form})
        if lemmas and form.isascii() and " " not in form:
            lines.append(f"{form}\t{' '.join(lemmas)}\n")
    with gzip.GzipFile(args.out, "wb", mtime=0) as fh:  # mtime 0: the same bytes on every rebuild
        fh.write("".join(lines).encode())
    print(f"{len(lines)} forms -> {args.out}")


if __name__ == "__main__":
    main()
