"""Regions of a place: "eastern Taiwan" against 대만 중부 (central Taiwan), "southern Texas" against
得州北部.

A translation can keep every name and still move an event to another part of the country. This
module reads a compass region written with a place, "northern Italy", "the south of Bangladesh",
이스라엘 남부, 台湾东部, 中国南方, and compares the regions the two texts give **the same place**.

A finding needs evidence on both sides: the other text names the same place (the same English
word, or a Korean or Chinese word whose dictionary glosses name that place and no other place) with
a region written right after it, and the two regions share no direction: "southeastern" and
"southern" agree (both lie south), "eastern" and "central" do not. Severity: opposite regions
(north against south, east against west) are *major*: the reader is sent to the other end of the
country; any other difference is *minor*.

Only a lowercase English region word is read ("Northern Ireland", "North Korea", "Central
America", "West Bank" are names), and a Korean or Chinese region only right after a place the
dictionaries know.

>>> [(d.found.text, d.expected.text, d.severity) for d in compare_regions(
...     "The storm hit eastern Taiwan.", "태풍은 대만 중부를 강타했다.")]
[('eastern Taiwan', '대만 중부', 'minor')]
>>> compare_regions("It rained in the south of Bangladesh.", "It rained in southern Bangladesh.")
[]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from xcheck import _lazyre
from xcheck._types import Discrepancy, Span
from xcheck.lexicon._bilingual import glosses_zh
from xcheck.lexicon._ko_en import glosses_ko, place_words
from xcheck.lexicon._scripts import CJK

__all__ = ["Region", "compare_regions", "read_regions_en"]

_EN_DIRS: dict[str, frozenset[str]] = {}
for _word, _dirs in {
    "north": "n",
    "south": "s",
    "east": "e",
    "west": "w",
    "northeast": "ne",
    "northwest": "nw",
    "southeast": "se",
    "southwest": "sw",
}.items():
    _EN_DIRS[_word] = _EN_DIRS[_word + "ern"] = frozenset(_dirs)
for _word in ("central", "centre", "center", "middle"):
    _EN_DIRS[_word] = frozenset("c")

_EN_ADJ = r"(?:north|south)(?:-?(?:east|west))?ern|eastern|western|(?:(?:north|south|east|west)-)?central"
_PLACE = r"[A-Z][\w'’-]*[a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*[a-z][\w'’-]*)?"
# Case-sensitive on purpose: "Northern Ireland", "Central America" are names, not regions.
_EN_REGION = _lazyre.compile(
    rf"(?<![\w-])(?P<dir>{_EN_ADJ})\s+(?P<place>{_PLACE})"
    rf"|(?<![\w-])the\s+(?P<dir2>(?:north|south)(?:-?(?:east|west))?|east|west|centre|center|middle)"
    rf"\s+of\s+(?:the\s+)?(?P<place2>{_PLACE})",
    0,
)
#: A region coordinated before another of the same place: "central and eastern Taiwan".
_EN_BEFORE = _lazyre.compile(rf"(?P<dir>{_EN_ADJ})\s*(?:,\s*|\s+(?:and|or)\s+|/)$", 0)
_KO_DIRS = {
    "북": "n",
    "남": "s",
    "동": "e",
    "서": "w",
    "중": "c",
    "북동": "ne",
    "동북": "ne",
    "북서": "nw",
    "서북": "nw",
    "남동": "se",
    "동남": "se",
    "남서": "sw",
    "서남": "sw",
    "중서": "cw",
    "중동": "ce",
    "중남": "cs",
    "중북": "cn",
}
_KO_REGION = _lazyre.compile(
    lambda: r"[ ]?(?P<dir>" + "|".join(sorted(_KO_DIRS, key=len, reverse=True)) + r")부",
    0,
)
_ZH_DIRS = {
    "北": "n",
    "南": "s",
    "东": "e",
    "東": "e",
    "西": "w",
    "中": "c",
    "东北": "ne",
    "東北": "ne",
    "西北": "nw",
    "东南": "se",
    "東南": "se",
    "西南": "sw",
    "中西": "cw",
}
_ZH_REGION = _lazyre.compile(
    lambda: r"(?P<dir>" + "|".join(sorted(_ZH_DIRS, key=len, reverse=True)) + r")部|(?P<side>[北南])方",
    0,
)
_AND_REGION = _lazyre.compile(
    r"(?:와|과|및|,|、|和|与|與|及)\s?(?P<dir>[북남동서중]{1,2}|[北南东東西中]{1,2})[부部]",
    0,
)
_OPPOSITE = ({"n", "s"}, {"e", "w"})
#: Gloss words of a dictionary entry that describes a place inside another ("... province, China").
_PART_OF = frozenset("province capital city county district prefecture region town river".split())


@attrs.frozen
class Region:
    """A compass region of a place: ``dirs`` holds n, s, e, w and c (central); ``place`` is the
    place's English word, lowercased; ``span`` covers the region and the place."""

    dirs: frozenset[str]
    place: str
    span: Span


def read_regions_en(text: str) -> list[Region]:
    """The regions of places an English text writes ("northern Italy", "the south of Chad")."""
    if not any(
        w in text for w in ("north", "south", "east", "west", "central", "centre", "center", "middle")
    ):
        return []
    out = []
    for m in _EN_REGION.finditer(text):
        word = (m["dir"] or m["dir2"]).lower().replace("-", "")
        dirs = _en_dirs(word)
        start = m.start()
        while m["dir"] and (before := _EN_BEFORE.search(text, max(0, start - 40), start)):
            dirs |= _en_dirs(before["dir"].lower().replace("-", ""))
            start = before.start()
        place = m["place"] or m["place2"]
        out.append(Region(dirs, place.lower(), Span(start, m.end(), text[start : m.end()])))
    return out


def _en_dirs(word: str) -> frozenset[str]:
    return _EN_DIRS.get(word) or _EN_DIRS[word.removesuffix("central")] | {"c"}


def _source_regions(place: str, text: str) -> list[Region]:
    """The regions a Korean or Chinese ``text`` writes right after a word naming ``place``."""
    out = []
    for gloss, region, dirs in (
        (glosses_ko, _KO_REGION, _KO_DIRS),
        (glosses_zh, _ZH_REGION, _ZH_DIRS),
    ):
        for start, end, keys in gloss(text):
            if place not in keys or len(keys & place_words()) > 1 or keys & _PART_OF:
                continue  # a word glossed with several places, or as a part of one (浙江: "Zhejiang
                # province, China, capital Hangzhou")
            m = region.match(text, end)
            if m is None:
                continue
            found = set(dirs[m["dir"]] if m["dir"] else _ZH_DIRS[m["side"]])
            end = m.end()
            # 대만 중부와 동부, 台湾中部和东部: the regions coordinated after the first are the place's too
            known = True
            while more := _AND_REGION.match(text, end):
                extra = _KO_DIRS.get(more["dir"]) or _ZH_DIRS.get(more["dir"])
                if extra is None:
                    known = False  # 中部和东西部: a part no direction names; the region is unread
                    break
                found |= set(extra)
                end = more.end()
            if known:
                out.append(Region(frozenset(found), place, Span(start, end, text[start:end])))
    return out


def _other_regions(region: Region, other: str, other_en: Sequence[Region]) -> list[Region]:
    same = [r for r in other_en if r.place == region.place]
    if same or not CJK.search(other):
        return same
    return _source_regions(region.place, other)


def compare_regions(translation: str, reference: str) -> list[Discrepancy]:
    """Name findings where the two texts place something in different regions of one place (see
    the module docs). Spans index ``translation`` and ``reference``; one finding a place.

    Every region either text gives a place is weighed together: "southern and northern Texas"
    against 得克萨斯州北部 agree on the north.
    """
    t_en = read_regions_en(translation)
    r_en = read_regions_en(reference)
    out: list[Discrepancy] = []
    seen: set[str] = set()
    for mine, other, theirs, flip in ((t_en, reference, r_en, False), (r_en, translation, t_en, True)):
        for region in mine:
            if region.place in seen:
                continue
            seen.add(region.place)
            others = _other_regions(region, other, theirs)
            same = [r for r in mine if r.place == region.place]
            if not others or any(a.dirs & b.dirs for a in same for b in others):
                continue
            found, expected = (others[0], region) if flip else (region, others[0])
            out.append(_finding(found, expected))
    return out


def _opposite(a: Iterable[str], b: Iterable[str]) -> bool:
    a, b = set(a), set(b)
    return any(len(pair & a) == 1 and len(pair & b) == 1 and pair & a != pair & b for pair in _OPPOSITE)


def _describe(dirs: frozenset[str]) -> str:
    if dirs == {"c"}:
        return "central"
    names = {"n": "north", "s": "south", "e": "east", "w": "west"}
    words = [names[d] for d in "nsew" if d in dirs]
    if "c" in dirs:
        words.insert(0, "central")
    return "-".join(words) + ("ern" if len(words) == 1 and "c" not in dirs else "")


def _finding(found: Region, expected: Region) -> Discrepancy:
    major = _opposite(found.dirs, expected.dirs)
    place = found.place.title()
    said = f"{_describe(expected.dirs)} {place}"
    quoted = repr(expected.span.text) + ("" if expected.span.text.lower() == said.lower() else f" ({said})")
    return Discrepancy(
        kind="name",
        severity="major" if major else "minor",
        message=(
            f"the translation places it in {found.span.text!r}; the source says {quoted}: "
            f"another part of {place}"
        ),
        found=found.span,
        expected=expected.span,
        found_value=f"{_describe(found.dirs)} {place}",
        expected_value=f"{_describe(expected.dirs)} {place}",
        confidence=0.75,
    )
