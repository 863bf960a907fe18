"""Person names across scripts: an English translation against its Chinese or Korean source.

Over the zh-en (WMT21: the professional English translation against its Chinese source) and
ko-en (``koen_news``: English news against its Korean counterpart) development pairs in
``../shared/benchmarks`` (or ``$XCHECK_SHARED``; the script prints a ``skipped:`` line and exits 0
without them), it takes the pairs whose English names a person that xcheck finds rendered by a
person name of the source (:func:`xcheck.facts.names._cjk.cjk_name_findings`; names the glossary
knows are the glossary's and left out), replaces that person's name in the English (every
occurrence of each of its words) and checks the pair with :func:`xcheck.check_pair`:

- **substituted**: by a different real-looking name from a pool of the same style (Korean,
  Chinese or Western, chosen by the source name), with another family name;
- **sound-alike**: two letters changed: for a Chinese or Korean name the family name moved to a
  near neighbour (``Ha`` -> ``Han``, ``Chen`` -> ``Cheng``, ``Kang`` -> ``Kan``) and one vowel of the
  given name changed; for a foreign name two consonants of the family name replaced by ones of
  another class (``Hegseth`` -> ``Hebmeth``).

It prints the share of each caught as a ``name`` finding on the replaced name, and the share of
the same pairs, unchanged, that get any ``name`` finding (and of all pairs, with ``--all``), and a
``name`` finding that pairs a translated name with a source name (what this check adds: the rest
are glossary entities one side does not name).

    PYTHONPATH=src .venv/bin/python benchmarks/names_cross.py [--all] [--show]
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

from quantities_accuracy import load_module  # benchmarks/ is on the path when run as a script

import xcheck
from xcheck.facts.names import default_glossary, extract_mentions
from xcheck.facts.names._cjk import _name_parts, _personal, cjk_name_findings
from xcheck.facts.names._cjk_read import SourceName, source_language, source_names
from xcheck.text._romanize import loose_key

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("XCHECK_SHARED", ROOT.parent / "shared")) / "benchmarks"

POOLS = {
    "ko": "Kim Tae-ho, Choi Young-mi, Yoon Sung-jin, Kang Hye-won, Song Ji-hoon, Hwang Dong-hyuk, "
    "Lim Soo-jung, Jang Woo-sung, Ahn Se-hoon, Shin Hyun-woo, Baek Seung-min, Nam Gi-young",
    "zh": "Zhang Wei, Liu Yang, Huang Xiaoming, Zhou Jianhua, Song Lihua, Guo Peng, Xu Jiahui, "
    "Lin Qiang, Hu Yunfei, Ma Dongmei, Tang Hao, Deng Rui",
    "foreign": "Richard Coleman, Laura Fischer, Daniel Novak, Sophie Marchand, Michael Brennan, "
    "Anna Kowalski, Thomas Whitfield, Olivia Grant, Pedro Alvarez, Ingrid Larsen",
}
_VOWEL_SHIFT = {"a": "o", "o": "a", "e": "a", "i": "e", "u": "a"}
_CONSONANT_SHIFT = {
    **dict.fromkeys("bpfv", "m"),
    **dict.fromkeys("dtsz", "b"),
    **dict.fromkeys("gkcqxj", "d"),
    **dict.fromkeys("lrnm", "k"),
    "h": "r",
    "w": "l",
    "y": "l",
}


def pairs() -> Iterator[dict[str, str]]:
    """The zh-en and ko-en development pairs, as their loaders yield them."""
    yield from load_module(SHARED / "wmt21_refs" / "load.py", "wmt21_load").pairs("zh-en")
    yield from load_module(SHARED / "koen_news" / "load.py", "koen_load").pairs()


def _pick(pool: str, seed: str, avoid: str) -> str:
    names = [n.strip() for n in POOLS[pool].split(",")]
    start = zlib.crc32(seed.encode())
    for i in range(len(names)):
        name = names[(start + i) % len(names)]
        if not {loose_key(w) for w in re.split(r"[\s-]", name)} & {
            loose_key(w) for w in re.split(r"[\s-]", avoid)
        }:
            return name
    return names[0]


def _family_first(source: SourceName) -> bool:
    return source.native


def substituted(surface: str, parts: list[str], source: SourceName, seed: str) -> tuple[str, str, str]:
    """(old family name, new family name, new full name): a different name of the source name's
    style, the family name alone when the English writes it alone."""
    pool = source.readings[0][0] if source.native else "foreign"
    new = _pick(pool, seed, surface)
    new_family = new.split()[0] if _family_first(source) else new.split()[-1]
    family = parts[0] if _family_first(source) else parts[-1]
    return family, new_family, new_family if len(parts) == 1 else new


def _near_family(word: str) -> str:
    low = word.lower()
    if low.endswith("ng"):
        return word[:-1]
    if low.endswith("n"):
        return word + "g"
    if low[-1:] in "aeiou":
        return word + "n"
    return word[:-1] + _CONSONANT_SHIFT.get(low[-1], "n")


def sound_alike(surface: str, parts: list[str], source: SourceName) -> tuple[str, str, str]:
    """(old family name, new family name, new full name) with two letters changed (see the
    module docstring)."""
    if source.native:
        family = parts[0]
        new_family = _near_family(family)
        rest = surface[len(family) :] if surface.startswith(family) else surface
        for i in range(len(rest) - 1, -1, -1):
            if rest[i].lower() in _VOWEL_SHIFT:
                rest = rest[:i] + _VOWEL_SHIFT[rest[i].lower()] + rest[i + 1 :]
                break
        return family, new_family, new_family + rest if surface.startswith(family) else rest
    family = parts[-1]
    letters, changed = list(family), 0
    for i in range(1, len(letters)):
        low = letters[i].lower()
        if low in _CONSONANT_SHIFT and changed < 2 and letters[i - 1].lower() != low:
            letters[i] = _CONSONANT_SHIFT[low]
            changed += 1
    if changed == 0:  # no consonant to change (Oe, Yu): change the last vowel, so the name differs
        for i in range(len(letters) - 1, -1, -1):
            if letters[i].lower() in _VOWEL_SHIFT:
                shifted = _VOWEL_SHIFT[letters[i].lower()]
                letters[i] = shifted.upper() if letters[i].isupper() else shifted
                break
    new_family = "".join(letters)
    return family, new_family, surface[: len(surface) - len(family)] + new_family


def _replace(text: str, surface: str, family: str, new_family: str, new_full: str) -> str:
    text = text.replace(surface, new_full)
    return re.sub(rf"(?<!\w){re.escape(family)}(?!\w)", new_family, text)


def _caught(result: xcheck.PairResult, new_full: str, text: str) -> bool:
    for f in result.findings:
        if f.kind == "name" and f.translation is not None:
            start, end = f.translation.start, f.translation.end
            for m in re.finditer(re.escape(new_full), text):
                if start < m.end() and m.start() < end:
                    return True
    return False


def _check(translation: str, *, reference: str, reference_lang: str) -> xcheck.PairResult:
    return xcheck.check_pair(translation, reference, lang="en", reference_lang=reference_lang)


def _named(result: xcheck.PairResult) -> bool:
    return any(f.kind == "name" for f in result.findings)


def candidates(pair: dict[str, str]) -> tuple[str, list[str], SourceName] | None:
    """The first English person name the source renders by a name xcheck reads there."""
    lang = source_language(pair["reference"])
    if lang is None:
        return None
    glossary = default_glossary()
    t_mentions = extract_mentions(pair["translation"], glossary=glossary)
    r_mentions = extract_mentions(pair["reference"], glossary=glossary)
    taken = [m.span for m in r_mentions if m.entity_id is not None]
    people = [m for m in t_mentions if m.kind == "person" and m.entity_id is None and _personal(m)]
    rendered, _ = cjk_name_findings(people, pair["reference"], taken)
    from xcheck.facts.names._cjk import _matches

    for m in people:
        if m.span in rendered:
            parts = _name_parts(m)
            start = m.span.text.find(parts[0])
            surface = m.span.text[start : m.span.text.rfind(parts[-1]) + len(parts[-1])]
            for name in source_names(pair["reference"], lang):
                if name.confirmed and _matches(parts, name) and name.span not in taken:
                    return surface, parts, name
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--all", action="store_true", help="also the name-finding rate of every pair, unchanged")
    ap.add_argument(
        "--show", action="store_true", help="list the pairs missed and the unchanged ones flagged"
    )
    args = ap.parse_args()
    if not (SHARED / "wmt21_refs").is_dir() or not (SHARED / "koen_news").is_dir():
        print(f"skipped: {SHARED} has no wmt21_refs/koen_news")
        return 0
    rows: dict[str, list[int]] = {}
    shown: list[str] = []
    for pair in pairs():
        lang = pair["lang"]
        row = rows.setdefault(lang, [0, 0, 0, 0, 0, 0, 0])
        check = functools.partial(_check, reference=pair["reference"], reference_lang=lang)
        if args.all:
            row[4] += 1
            row[5] += _named(check(pair["translation"]))
        found = candidates(pair)
        if found is None:
            continue
        surface, parts, source = found
        row[0] += 1
        before = check(pair["translation"])
        unchanged = _named(before)
        row[3] += unchanged
        row[6] += any(
            f.kind == "name" and f.translation is not None and f.reference is not None
            for f in before.findings
        )
        if unchanged and args.show:
            said = "; ".join(f.message for f in before.findings if f.kind == "name")
            shown.append(f"{pair['id']} unchanged flagged: {said}")
        for col, (family, new_family, new_full) in (
            (1, substituted(surface, parts, source, pair["id"])),
            (2, sound_alike(surface, parts, source)),
        ):
            text = _replace(pair["translation"], surface, family, new_family, new_full)
            hit = _caught(check(text), new_full, text)
            row[col] += hit
            if not hit and args.show:
                shown.append(
                    f"{pair['id']} missed {surface} -> {new_full} ({source.span.text}): {text[:200]}"
                )
    print(
        "| set | pairs with a person xcheck reads in the source | substituted, flagged |"
        " sound-alike, flagged |"
        " unchanged, any name finding | unchanged, a name paired with another |"
        + (" all pairs unchanged, any name finding |" if args.all else "")
    )
    print("|---|---:|---:|---:|---:|---:|" + ("---:|" if args.all else ""))
    for lang, (n, sub, alike, clean, total, flagged, paired) in rows.items():
        pct = lambda k, d: f"{100 * k / d:.1f}% ({k}/{d})" if d else "n/a"  # noqa: E731
        extra = f" {pct(flagged, total)} |" if args.all else ""
        cells = [str(n), pct(sub, n), pct(alike, n), pct(clean, n), pct(paired, n)]
        print(f"| {lang}-en | " + " | ".join(cells) + f" |{extra}")
    for line in shown:
        print(line)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "benchmarks"))
    raise SystemExit(main())
