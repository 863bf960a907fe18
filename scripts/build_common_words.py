"""Derive ``src/xcheck/data/common_en.txt``: frequent English words that are not names.

A capitalised word at the start of a sentence ("Chicken wings.", "Entire villages are under water")
is a name or an ordinary word, and its letters alone do not tell. Word frequencies do, across
languages: a name travels ("London", "Trump", "Samsung" are about as frequent in German, French or
Spanish text as in English), an English common word does not ("chicken", "entire", "anyone"). A word
is listed when its English frequency is at least ``--min-zipf`` on the Zipf scale (about one in
``10**(9 - zipf)`` words) and at least ``--gap`` above its median frequency in fifteen other
languages (the median, not the highest: film subtitles lend English words to every language,
unevenly), and ``--gap - 0.2`` above the upper quartile. Places are the exception to "names
travel": exonyms ("Munich", "Prague") are English-only spellings, so the English names of CLDR's
territories and languages (from ``babel``) and the cities of the time-zone database are never listed.

The frequencies are those of the ``wordfreq`` package (https://github.com/rspeer/wordfreq), whose data
is licensed CC BY-SA 4.0 (Robyn Speer and contributors; sources include Wikipedia, OpenSubtitles,
SUBTLEX, NewsCrawl, GlobalVoices, Twitter and Reddit). The derived list is shared under the same
licence; ``src/xcheck/data/common_en.NOTICE`` says so next to it. ``wordfreq`` (57 MB) and ``babel`` are
needed only to run this script, never by xcheck::

    pip install wordfreq babel   # into any environment
    python scripts/build_common_words.py
"""

from __future__ import annotations

import argparse
import re
import statistics
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "xcheck" / "data" / "common_en.txt"
OTHERS = ("de", "fr", "es", "it", "nl", "pt", "pl", "sv", "cs", "da", "fi", "id", "tr", "hu", "ro")
#: Endings of the adjectives of peoples in language names ("Moroccan", "Scottish", "Swiss").
_PEOPLE = ("an", "ish", "ese", "ic", "i", "ss")
WORD = re.compile(r"[a-z][a-z'\-]*[a-z]")

HEADER = """\
# Frequent English words that are not names (derived by scripts/build_common_words.py).
# Data: wordfreq (Robyn Speer and contributors), CC BY-SA 4.0; this list is shared under the same
# licence. One lower-case word a line; a word is listed when it is frequent in English and much
# rarer (median) in {langs}.
"""


def _place_words() -> set[str]:
    """Lower-case words of English territory and language names (CLDR) and time-zone cities."""
    import zoneinfo

    from babel import Locale  # only this script needs babel

    english = Locale("en")
    names = [*english.territories.values()]
    names += [zone.rsplit("/", 1)[-1].replace("_", " ") for zone in zoneinfo.available_timezones()]
    out = {w for name in names for w in re.findall(r"[a-z][a-z'\-]*", name.lower())}
    languages = [re.findall(r"[a-z][a-z'\-]*", name.lower()) for name in english.languages.values()]
    single = {found[0] for found in languages if len(found) == 1}
    # A language name of several words qualifies a language by ordinary words ("Multiple
    # languages", "Old English", "Sign Language", "Modern Standard Arabic"): of those, only the
    # language names and the adjectives of peoples ("Moroccan Arabic", "Scottish Gaelic") are
    # place words, never "multiple", "old" or "sign".
    out |= single
    out |= {w for found in languages if len(found) > 1 for w in found if w in single or w.endswith(_PEOPLE)}
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-zipf", type=float, default=3.0, help="lowest English Zipf frequency")
    parser.add_argument("--gap", type=float, default=1.0, help="Zipf margin over every other language")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    from wordfreq import top_n_list, zipf_frequency  # only this script needs wordfreq

    places = _place_words()

    kept: list[str] = []
    for word in top_n_list("en", 200_000):
        en = zipf_frequency(word, "en")
        if en < args.min_zipf:
            break
        if not WORD.fullmatch(word):
            continue
        if word in places:
            continue
        other = sorted(zipf_frequency(word, lang) for lang in OTHERS)
        upper = other[len(other) * 3 // 4]
        if en - statistics.median(other) >= args.gap and en - upper >= args.gap - 0.2:
            kept.append(word)
    args.out.write_text(
        HEADER.format(langs=", ".join(OTHERS)) + "\n".join(sorted(set(kept))) + "\n", encoding="utf-8"
    )
    print(f"{len(kept)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
