"""Derive ``src/xcheck/data/ko_en_places.tsv.gz``: Korean names of countries and cities with English keys.

Korean news writes countries and cities in Hangul (이라크, 이스라엘, 런던, 바그다드) where the English
writes Iraq, Israeli, London, Baghdad; neither Kengdic's 6,000 words nor CC-CEDICT read in Hangul
have most of them (이란 even reads as 離亂 "upheaval", 인도 as 引導 "guide"). The Unicode Common Locale
Data Repository (CLDR, Unicode License) names every territory and the exemplar city of every time
zone in both Korean and English; babel ships that data. Each line: the Korean name, kind ``N``,
``-`` (no Hanja), and its keys: the lower-case words of the English name (``iraq``; ``south
korea`` gives ``korea`` and ``south``) and, for a country, ``@`` and its family code
(:data:`xcheck.lexicon._places.FAMILIES`: ``@kr``), so "Korean" and "Seoul" meet 한국 through
the same family the names module uses. A few short forms Korean news uses in place of CLDR's
official ones (한국 for 대한민국, 미 for 미국 is left out: one syllable) are listed here by hand.

Needs, to run (never at xcheck's run time)::

    pip install --target /tmp/babel babel      # 2.19.0: CLDR 47
    PYTHONPATH=src:/tmp/babel python scripts/build_ko_places.py

Sorted and gzipped with mtime 0, so a rebuild from the same babel is byte-identical.
"""

from __future__ import annotations

import argparse
import gzip
import re
from pathlib import Path

from xcheck.lexicon._places import FAMILIES

OUT = Path(__file__).resolve().parents[1] / "src" / "xcheck" / "data" / "ko_en_places.tsv.gz"

#: Words of English place names that say nothing of the place by themselves.
_SKIP = frozenset("the of and islands island saint st city republic state states federation".split())
#: CLDR codes whose family the names module writes otherwise.
_CODE = {"gb": "uk"}
#: Short Korean forms news uses, with the CLDR territory they stand for.
SHORT: dict[str, str] = {"한국": "KR", "남한": "KR", "영국": "GB", "호주": "AU", "대만": "TW", "홍콩": "HK"}
#: Hangul only: a Korean name with Latin letters or spaces is no table word.
_HANGUL = re.compile("^[\uac00-\ud7a3]{2,}$")


def _keys(english: str, code: str | None) -> list[str]:
    words = [w for w in re.findall(r"[a-z]+", english.lower()) if w not in _SKIP and len(w) > 2]
    keys = set(words)
    if code is not None:
        keys.add("@" + _CODE.get(code.lower(), code.lower()))
        family = FAMILIES.get(english.lower())
        if family is not None:
            keys.add("@" + family)
    return sorted(keys)


def build() -> dict[str, set[str]]:
    """Korean name -> English keys, from babel's CLDR data."""
    from babel import Locale  # build only

    ko, en = Locale("ko"), Locale("en")
    table: dict[str, set[str]] = {}

    def add(korean: str, keys: list[str]) -> None:
        if _HANGUL.match(korean) and keys:
            table.setdefault(korean, set()).update(keys)

    for code, korean in ko.territories.items():
        if code.isalpha() and code in en.territories:  # countries, not regions like 001 (world)
            add(korean, _keys(en.territories[code], code))
    for korean, code in SHORT.items():
        add(korean, _keys(en.territories[code], code))
    for zone, names in ko.time_zones.items():
        city = names.get("city")
        english = en.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if city:
            add(city, _keys(english, None))
    return table


def main() -> None:
    """Write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    table = build()
    lines = [f"{korean}\tN\t-\t{' '.join(sorted(keys))}\n" for korean, keys in sorted(table.items())]
    args.out.write_bytes(gzip.compress("".join(lines).encode("utf-8"), mtime=0))
    print(f"{len(lines)} names -> {args.out.name}")


if __name__ == "__main__":
    main()
