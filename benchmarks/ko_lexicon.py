"""Korean-English lexical evidence (``xcheck.lexicon._ko_en.glosses_ko``) on Korean-English news.

On the first N (500) line pairs of the koen_news dev set (Korean news and its English counterpart):

- **glossed**: Korean words the table glosses, per Hangul eojeol of the Korean lines;
- **met**: the share of glossed Korean words whose keys meet the lemmas of their English line's words
  (how often a gloss is evidence the translation bears out; loose pairs pull it down);
- **top-1**: each Korean line scored against all N English lines by IDF-weighted gloss overlap (a
  glossed word counts once, with the highest IDF among the English lemmas its keys meet; IDF over the
  N English lines); the share of Korean lines whose own English line scores highest, ties lost.

Data is read from ``../shared/benchmarks/koen_news`` (``XCHECK_SHARED`` overrides the ``shared``
directory); the script prints ``skipped: ... not found`` and exits 0 when it is absent. Run from the
repository root::

    XCHECK_SHARED=/path/to/shared .venv/bin/python benchmarks/ko_lexicon.py [--n 500] [--kiwi] [--show 5]
"""

from __future__ import annotations

import argparse
import collections
import math
import os
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from xcheck.lexicon._ko_en import glosses_ko  # noqa: E402
from xcheck.lexicon._lemmas import lemmas  # noqa: E402


def shared_dir() -> Path:
    """The ``shared`` directory next to the repository (or ``$XCHECK_SHARED``)."""
    env = os.environ.get("XCHECK_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def english_lemmas(line: str) -> frozenset[str]:
    """Every lemma of every word of an English line."""
    return frozenset(lem for w in re.findall(r"[a-z]+", line.lower()) for lem in lemmas(w))


def main() -> None:
    """Print coverage, met share and top-1."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--kiwi", action="store_true", help="cut Korean with Kiwi (kiwipiepy)")
    parser.add_argument("--show", type=int, default=0, help="print this many unmet glosses")
    args = parser.parse_args()
    base = shared_dir() / "benchmarks" / "koen_news" / "korean-english-park.dev"
    ko_path, en_path = base.with_suffix(".dev.ko"), base.with_suffix(".dev.en")
    if not ko_path.is_file() or not en_path.is_file():
        print(f"skipped: {ko_path} not found")
        return
    pairs = list(
        zip(
            ko_path.read_text(encoding="utf-8").splitlines(),
            en_path.read_text(encoding="utf-8").splitlines(),
            strict=True,
        )
    )[: args.n]
    t0 = time.perf_counter()
    glosses = [glosses_ko(ko, kiwi=args.kiwi) for ko, _ in pairs]
    elapsed = time.perf_counter() - t0
    english = [english_lemmas(en) for _, en in pairs]
    eojeols = sum(len(re.findall("[가-힣]+", ko)) for ko, _ in pairs)
    n_glossed = sum(len(g) for g in glosses)
    met = 0
    unmet: collections.Counter[str] = collections.Counter()
    for (ko, _), found, en in zip(pairs, glosses, english, strict=True):
        for s, e, keys in found:
            if keys & en:
                met += 1
            else:
                unmet[f"{ko[s:e]} {sorted(keys)[:4]}"] += 1
    df = collections.Counter(lem for en in english for lem in en)
    idf = {lem: math.log(len(english) / c) for lem, c in df.items()}
    right = 0
    for i, found in enumerate(glosses):
        scores = [
            sum(max((idf[k] for k in keys & en), default=0.0) for _, _, keys in found) for en in english
        ]
        own = scores[i]
        if own > 0 and all(s < own for j, s in enumerate(scores) if j != i):
            right += 1
    mode = "kiwi" if args.kiwi else "prefix"
    print(f"koen_news, first {len(pairs)} pairs, {mode} cut ({elapsed:.2f} s to gloss)")
    print(f"glossed: {n_glossed} Korean words in {eojeols} eojeols ({n_glossed / max(eojeols, 1):.1%})")
    print(f"met: {met / max(n_glossed, 1):.1%} of glossed words meet their English line")
    print(f"top-1: {right / len(pairs):.1%} ({right}/{len(pairs)}) own English line ranks first")
    for text, count in unmet.most_common(args.show):
        print(f"  unmet {count:3d}  {text}")


if __name__ == "__main__":
    main()
