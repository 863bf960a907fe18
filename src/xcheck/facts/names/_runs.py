"""The words of a text as a reader of names sees them: tokens with offsets, capitalised runs,
the part each word plays (rank, title head, connector, country, name), a run split into the
organisation, rank and office before a name, titles written before or after a name, and the
kind a name looks like. Amounts and units written in capitals ("USD 727", "12 GWh") are told
apart from names here too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from xcheck import _lazyre
from xcheck._cache import text_cache
from xcheck.facts.names._surface import _TOKEN_RE
from xcheck.facts.names._text import fold_word
from xcheck.lexicon._common import is_common_word
from xcheck.lexicon._names import (
    COMMON_STARTERS,
    COUNTRIES,
    CURRENCY_CODES,
    DOMAIN_WORDS,
    DOTTED_ABBREVIATIONS,
    FUNCTION_WORDS,
    MONTHS,
    ORG_WORDS,
    PLACE_WORDS,
    PLACES,
    RANK_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_SKIP,
    TITLE_TEMPORAL,
    WEEKDAYS,
)
from xcheck.lexicon._numbers import LARGE_SCALES_DOWN
from xcheck.lexicon._scripts import EAST_ASIAN

_CJK_RE = _lazyre.compile(f"[{EAST_ASIAN}]")
_CONNECTORS = frozenset(
    {"of", "for", "de", "da", "del", "van", "von", "der", "den", "al", "bin", "du", "la", "le"}
)
_ARTICLES = frozenset("the a an this that these those his her its their our my your".split())
_SENTENCE_END = ".!?:;\n。！？"
_OPENERS = "\"'“‘«「『([—–- \t"


class _Tok:
    """One word of a text with its offsets (a plain slotted class: made thousands of times)."""

    __slots__ = ("end", "is_allcaps", "is_cap", "low", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = fold_word(text)
        self.is_cap = text[:1].isupper()
        self.is_allcaps = text.isupper() and sum(c.isalpha() for c in text) >= 2

    def __repr__(self) -> str:
        return f"_Tok({self.start}, {self.end}, {self.text!r})"


@text_cache(max_chars=300_000)
def _tokens(text: str) -> tuple[_Tok, ...]:
    """The words of ``text`` with offsets (possessive ``'s`` cut, abbreviation and initial dots
    kept), memoised: the glossary and glossary-free readings of one text share them. The tokens
    are never changed after they are made."""
    out: list[_Tok] = []
    cjk = _CJK_RE.search(text) is not None
    n = len(text)
    for m in _TOKEN_RE.finditer(text):
        t = m.group(0)
        if cjk and _CJK_RE.search(t):
            continue
        s, e = m.span()
        if t[-1] in "s'’":
            if t.endswith(("'s", "’s")) and len(t) > 2:
                e -= 2
                t = t[:-2]
            elif t.endswith(("'", "’")):
                e -= 1
                t = t[:-1]
        if e < n and text[e] == ".":
            if t.lower().rstrip(".") in DOTTED_ABBREVIATIONS:
                e += 1
                t += "."
            elif len(t) == 1 and t.isupper():
                e += 1  # an initial: "J. Smith"
                t += "."
        out.append(_Tok(s, e, t))
    return tuple(out)


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        if text[i] == "\n":
            return True
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _gap(text: str, a: _Tok, b: _Tok) -> str:
    return text[a.end : b.start]


def _is_titleish(low: str) -> bool:
    return low in TITLE_HEADS or low in TITLE_MODIFIERS or low.rstrip(".") in RANK_WORDS


def _is_stopword_token(tok: _Tok) -> bool:
    if tok.is_allcaps:
        return False
    low = tok.low
    return low in FUNCTION_WORDS or low in MONTHS or low in WEEKDAYS


_COMMON_SUFFIXES = (
    "ly",
    "ing",
    "ed",
    "tion",
    "tions",
    "sion",
    "ment",
    "ments",
    "ness",
    "ity",
    "ities",
    "ance",
    "ence",
    "ers",
    "ors",
    "ists",
    "ians",
    "ies",
    "ives",
    "ous",
    "ful",
    "less",
    "able",
    "ible",
    "ship",
    "hood",
    "ism",
    "ward",
    "wards",
    "wise",
    "ic",
    "ics",
    "al",
    "ary",
    "ure",
    "age",
)


def _common_word_shape(low: str) -> bool:
    """Whether a sentence-initial capitalised word is more likely an ordinary word than a name.

    Function words, frequent sentence openers of news and earnings reports, frequent English
    words that are rare in other languages (names travel, "chicken" and "anyone" do not: see
    :mod:`xcheck.lexicon._common`), contractions of a function word ("We've", "I'm"), and words
    with the suffixes of English common nouns, adverbs and participles are ordinary; anything else
    ("Zelenskyy", "Huawei", "Biden") is kept as a possible name. Places, nationalities and
    organisation words are never ordinary here.
    """
    if low in FUNCTION_WORDS or low in MONTHS or low in WEEKDAYS or low in COMMON_STARTERS:
        return True
    if low in PLACES or low in COUNTRIES or low in ORG_WORDS:
        return False
    if is_common_word(low) or _slipped_function_word(low):
        return True
    if "-" in low:  # "Late-night", "Worst-off", "Long-term"
        parts = [p for p in low.split("-") if p]
        return bool(parts) and all(p in FUNCTION_WORDS or is_common_word(p) for p in parts)
    return len(low) > 4 and low.endswith(_COMMON_SUFFIXES)


_VOWELS = frozenset("aeiou")


def _slipped_function_word(low: str) -> bool:
    """A three-letter th-/wh- function word with its vowel mistyped ("Tha party's chairman"): an
    opener, not a name. Longer words are left alone ("Thom", "Theo" are names)."""
    if len(low) != 3 or not low.startswith(("th", "wh")):
        return False
    for w in FUNCTION_WORDS:
        if len(w) == len(low) and w[:2] == low[:2]:
            diff = [(a, b) for a, b in zip(w, low, strict=True) if a != b]
            if len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS:
                return True
    return False


_CONTRACTION_RE = _lazyre.compile(r"([^\W\d_]+)['’](?:ve|m|re|ll|d|t|s)", re.IGNORECASE)


def _contraction(word: str) -> bool:
    """A function word with a contraction ("We've", "I'm", "They'll", "Don't")."""
    m = _CONTRACTION_RE.fullmatch(word)
    return m is not None and (fold_word(m.group(1)) in FUNCTION_WORDS or m.group(1).lower() in {"don", "i"})


def _runs(text: str, toks: Sequence[_Tok]) -> list[list[_Tok]]:
    """Capitalised runs: names and titles written in capitals, joined by ``of``/``for``/...."""
    runs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        joinable = bool(cur) and _gap(text, cur[-1], tok) in (" ", "\u00a0")
        if tok.is_cap:
            if cur and (not joinable or (tok.low in WEEKDAYS and len(tok.low) > 3)):
                # a weekday after a name is a date ("Netanyahu Saturday night"), not a name part
                runs.append(cur)
                cur = []
            cur.append(tok)
            if text[tok.end : tok.end + 2] in ("'s", "’s") or text[tok.end : tok.end + 1] in "'’":
                runs.append(cur)
                cur = []
        elif (
            cur
            and joinable
            and tok.low in _CONNECTORS | {"the"}
            and i + 1 < len(toks)
            and toks[i + 1].is_cap
            and _gap(text, tok, toks[i + 1]) == " "
            and (tok.low != "the" or cur[-1].low in {"of", "for"})
        ):
            cur.append(tok)
        else:
            if cur:
                runs.append(cur)
            cur = []
        i += 1
    if cur:
        runs.append(cur)
    return runs


def _token_role(tok: _Tok) -> str:
    if capital_particle(tok):
        return "name"
    return _role(tok.low, tok.text.endswith("."))


def capital_particle(tok: _Tok) -> bool:
    """Whether a word is a name particle written with a capital, which starts a name rather than
    joining two ("Da Peng", "De Gaulle", "Van Gogh", "Le Pen"; "of" and "for" are no particles)."""
    return tok.is_cap and not tok.is_allcaps and tok.low in _CONNECTORS and tok.low not in FUNCTION_WORDS


@functools.lru_cache(maxsize=16384)
def _role(low: str, dotted: bool) -> str:
    if (
        low.rstrip(".") in RANK_WORDS
        and (dotted or low in RANK_WORDS)
        and (low not in TITLE_HEADS or low in {"admiral", "general"})
    ):
        return "rank"
    if low in TITLE_HEADS:
        return "head"
    if low in TITLE_MODIFIERS:
        return "modifier"
    if low in _CONNECTORS or low == "the":
        return "connector"
    if low in COUNTRIES or low in {"south", "north", "united", "states", "kingdom"}:
        return "country"
    if low in DOMAIN_WORDS:
        return "domain"
    return "name"


def _split_title_prefix(
    run: Sequence[_Tok],
) -> tuple[list[_Tok], list[_Tok], list[_Tok], list[_Tok]]:
    """Split a run into (entity before the title, rank tokens, office title tokens, name tokens).

    The name is the longest tail of name-like words ("US Secretary of Defense | Hackett",
    "Bank of Japan Governor | Kazuo Ueda"); the rest is a title when it has a title head or rank.
    An organisation written before the title is also returned on its own ("Bank of Japan"), as
    is one written right before a name with no title word ("National Security Council | Pete
    Nguyen" in "spokesperson for the National Security Council Pete Nguyen").
    """
    roles = [_token_role(t) for t in run]
    if len(run) > 1 and roles[-1] == "rank" and not run[-1].text.endswith("."):
        roles[-1] = "name"  # "Nakatani Gen": an undotted rank word after a name is a given name
    for i in range(1, len(run) - 1):
        if (
            roles[i] == "rank"
            and not run[i].text.endswith(".")
            and run[i].low not in TITLE_HEADS
            and roles[i - 1] in ("head", "domain")
        ):
            roles[i] = "name"  # "Defense Minister Gen Nakatani": a given name after an office
    j = len(run)
    while j > 0 and roles[j - 1] == "name":
        j -= 1
    prefix, name = list(run[:j]), list(run[j:])
    while prefix and roles[len(prefix) - 1] == "connector":
        prefix.pop()
        name = list(run[len(prefix) :])
    if not name or not prefix:
        return [], [], [], list(run)
    if not any(r in ("head", "rank") for r in roles[: len(prefix)]):
        lows = [t.low for t in prefix]
        if any(w in ORG_WORDS for w in lows) and len(name) <= 4 and all(t.is_cap for t in name):
            return prefix, [], [], name
        return [], [], [], list(run)
    first_title = next(i for i, r in enumerate(roles) if r in ("head", "modifier", "rank"))
    before = prefix[:first_title]
    while before and _token_role(before[-1]) == "connector":
        before.pop()
    pre = (
        before
        if before
        and _classify(before, titled=False) in ("org", "acronym")
        and not all(_token_role(t) == "country" for t in before)
        else []
    )
    ranks = [t for t, r in zip(prefix, roles, strict=False) if r == "rank"]
    office = [t for t, r in zip(prefix, roles, strict=False) if r != "rank"]
    # Ranks come last before the name ("INDOPACOM Commander Adm. Paparo"): keep office contiguous.
    if ranks and office and office[-1].start > ranks[0].start:
        office = [t for t in office if t.start < ranks[0].start]
    if office and not any(_token_role(t) == "head" for t in office):
        office = []
    return pre, ranks, office, name


_AMOUNT_AFTER_RE = _lazyre.compile(r"\s?[$€£¥₩]?\s?\d")
_AMOUNT_BEFORE_RE = _lazyre.compile(
    r"\d[\d,.]*\s?(?:" + "|".join(w for w, _ in LARGE_SCALES_DOWN) + r"|bn|m|k)?\s?$"
)


def _currency_like(text: str, tok: _Tok) -> bool:
    """An all-capital code written against an amount: ``USD 727``, ``US$3``, ``50 EUR``."""
    if not tok.is_allcaps or len(tok.text) > 4:
        return False
    if tok.text in CURRENCY_CODES:
        return True
    after = text[tok.end : tok.end + 6]
    before = text[max(0, tok.start - 20) : tok.start]
    amount_after = _AMOUNT_AFTER_RE.match(after)
    if amount_after is not None and not _YEAR_RE.match(after.strip(" $€£¥₩")):
        return True
    amount_before = _AMOUNT_BEFORE_RE.search(before)
    return amount_before is not None and not _YEAR_RE.fullmatch(amount_before.group(0).strip())


_UNIT_NAMES = frozenset(
    "celsius fahrenheit kelvin gwh mwh kwh twh gw mw kw tw mph kph km kg mg ml hz mhz ghz "
    "db bps mbps gbps tb gb mb kb pb".split()
)
_NUMBER_BEFORE_RE = _lazyre.compile(r"(\d[\d,.]*)\s?(?:degrees?\s)?$")


def _unit_like(text: str, tok: _Tok) -> bool:
    """A unit written after an amount ("12 GWh", "44 degrees Celsius"), not a name; a year
    before a name ("In 2024 NATO ...") is not an amount."""
    before = text[max(0, tok.start - 16) : tok.start]
    amount = _NUMBER_BEFORE_RE.search(before)
    if amount is None or _YEAR_RE.fullmatch(amount.group(1)):
        return False
    return tok.low in _UNIT_NAMES or (len(tok.text) <= 4 and not tok.text.istitle())


#: First words of a run that name a part of the world, never a given name.
_REGION_FIRST = frozenset("middle far near western eastern northern southern central".split())


def _classify(name_toks: Sequence[_Tok], *, titled: bool) -> str:
    lows = [t.low for t in name_toks]
    joined = " ".join(lows)
    if len(name_toks) == 1 and name_toks[0].is_allcaps and not titled:
        return "acronym"
    if any(w in ORG_WORDS for w in lows):
        return "org"
    if joined in PLACES or all(w in PLACES for w in lows) or joined in COUNTRIES:
        return "place"
    if lows[-1] in PLACE_WORDS or lows[0] in {"camp", "mount", "lake", "cape", "fort", "port"}:
        return "place"
    if titled:
        return "person"
    if len(lows) >= 2 and lows[0] in _REGION_FIRST:
        return "place"  # "Middle East", "Western Wall", "Eastern Europe": no given name
    if (
        len(name_toks) >= 2
        and all(t.is_cap and not t.is_allcaps for t in name_toks)
        and not any(w in DOMAIN_WORDS or w in _CONNECTORS for w in lows)
    ):
        return "person"
    return "other"


_PRE_TITLE_OK = {"head", "modifier", "domain", "country", "connector"}
# The most words a title before a name is read over ("Deputy Assistant Secretary of Defense for
# Indo-Pacific Security Affairs" has ten): a walk back over every title word and name of the text
# before each name ("minister Smith minister Smith ...") cost the square of its length.
_PRE_TITLE_MAX = 16


def _pre_title(text: str, toks: Sequence[_Tok], index: int) -> tuple[int, int] | None:
    """A title written before the name at token ``index`` ("INDOPACOM commander", "defense
    secretary, "): returns the (start, end) offsets or ``None``."""
    j = index - 1
    taken: list[_Tok] = []  # nearest first; reversed below
    comma_used = False
    nxt = toks[index]
    while j >= 0 and len(taken) < _PRE_TITLE_MAX:
        tok = toks[j]
        gap = _gap(text, tok, nxt)
        if gap == ", " and not taken and not comma_used:
            comma_used = True
        elif gap not in (" ", "\u00a0"):
            break
        role = _token_role(tok)
        if role in _PRE_TITLE_OK or (tok.is_cap and role == "name"):
            if role == "name" and tok.is_cap and not taken:
                break  # a capitalised name right before: part of another mention
            taken.append(tok)
            nxt = tok
            j -= 1
            continue
        break
    while taken and _token_role(taken[-1]) == "connector":
        taken.pop()
    taken.reverse()
    if not taken or not any(_token_role(t) == "head" for t in taken):
        return None
    # The phrase must end with its head or a domain word ("defense secretary", "NSC spokesman").
    if _token_role(taken[-1]) not in ("head", "domain", "modifier"):
        return None
    if comma_used and _token_role(taken[-1]) != "head":
        return None
    return taken[0].start, taken[-1].end


_POST_TITLE_RE = _lazyre.compile(r",\s+(?:(?:a|an|the)\s+)?")


def _post_title(text: str, toks: Sequence[_Tok], after: int, end: int) -> tuple[int, int] | None:
    """A title in apposition after the name (", spokesperson for the National Security
    Council,"): returns the (start, end) offsets or ``None``."""
    m = _POST_TITLE_RE.match(text, end)
    if not m:
        return None
    j = after
    while j < len(toks) and toks[j].start < m.end():
        j += 1
    taken: list[_Tok] = []
    prev_end = m.end()
    seen_head = False
    while j < len(toks):
        tok = toks[j]
        gap = text[prev_end : tok.start]
        if taken and gap not in (" ", "\u00a0"):
            break
        if not taken and tok.start != m.end():
            break
        role = _token_role(tok)
        low = tok.low
        if role == "head":
            seen_head = True
        elif (
            not seen_head
            and (low in TITLE_SKIP or low in TITLE_TEMPORAL or role in ("modifier", "domain", "country"))
        ) or (seen_head and (role != "name" or tok.is_cap or low in {"from", "at", "in", "on"})):
            pass
        else:
            break
        taken.append(tok)
        prev_end = tok.end
        j += 1
        if len(taken) > 12:
            break
    while taken and (taken[-1].low in TITLE_SKIP or taken[-1].low in {"from", "at", "in", "on"}):
        taken.pop()
    while taken and taken[0].low in TITLE_SKIP:
        taken.pop(0)
    if not taken or not any(_token_role(t) == "head" for t in taken):
        return None
    return taken[0].start, taken[-1].end


_YEAR_RE = _lazyre.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
