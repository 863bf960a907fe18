"""What surrounds a number: the prefix readers (currency symbol or code, sign, percent and
ordinal prefixes, fiscal year, qualifier words before it) and the suffix readers (scale,
percent, multiplier, currency word, unit, counted noun, qualifier after it), with the family
tables that let a number skip the suffix readers that cannot match after it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from xcheck.facts.quantities import _patterns as pat
from xcheck.facts.quantities._model import _BASE_UNITS, _Draft, _ReaderBase
from xcheck.lexicon._lemmas import lemmas
from xcheck.lexicon._money import CURRENCY_AFTER, CURRENCY_BEFORE
from xcheck.lexicon._names import MONTHS, WEEKDAYS
from xcheck.lexicon._numbers import CARDINALS, CURRENCY_ONLY_SCALES, SCALE_WORDS
from xcheck.lexicon._qualifiers import COMPARATIVES, POST_QUALIFIERS, QUALIFIERS_BEFORE
from xcheck.lexicon._units import (
    ATTACHED_ONLY_UNITS,
    NOT_NOUNS,
    PERCENT_WORDS,
    SPEED_BEFORE,
    UNINFLECTED_PLURALS,
    UNIT_NOT_BEFORE,
    UNITS,
    YEAR,
)

_OPENERS = "([{\"'“‘«—–-"
#: What may follow a number with nothing more to read: the end of the text (``""``) or a
#: character no counter, year mark, counted noun or unit can start with (a test checks it).
_ENDS_A_NUMBER = pat.STOP_AFTER_NUMBER | {""}


#: A point in time after a number: "one year ago", "two weeks earlier".
#: The bound a negated bound states: 不能超过 (may not exceed) is "at most".
_NEGATED_BOUND = {"gt": "le", "ge": "lt", "lt": "ge", "le": "gt"}
_AGO_AFTER = re.compile(r"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?(?:ago|earlier|before)\b", re.IGNORECASE)


class _PrefixReader(_ReaderBase):
    """Attaches what comes before a number: currency, sign, percent and ordinal prefixes,
    fiscal year, qualifier words."""

    def _prefixes(self, d: _Draft) -> None:
        # Each regex runs only when the last characters before the number make a match
        # possible: the gates keep the common case (no prefix) cheap.
        start = d.start
        w = self.t[max(0, start - 24) : start]
        tail = w.rstrip(" \u00a0")
        if tail[-1:] in pat.PREFIX_LAST_CHARS or w[-1:] in "-−–之下하":
            self._prefixes_slow(d, w, tail, None)
            return
        last = tail[tail.rfind(" ") + 1 :].lstrip(_OPENERS).lower()
        if last in pat.PREFIX_LAST_WORDS:
            self._prefixes_slow(d, w, tail, last)

    def _prefixes_slow(self, d: _Draft, w24: str, tail24: str, last24: str | None) -> None:
        """The prefix readers; ``w24`` is the text's last 24 characters before the number,
        ``tail24`` the same without trailing spaces, ``last24`` its last word when known."""
        t = self.t
        start = d.start
        if last24 == "no." and d.plain_digits:
            rank = pat.RANK_PREFIX.search(w24)
            if rank:  # "the former No. 1 in the world": a rank
                d.dimension = "ordinal"
                d.start -= len(w24) - rank.start()
                return
        # currency symbol or code before the number (w24 ends where t[start - 8 : start] does)
        w = w24[-8:]
        tail = w.rstrip(" \u00a0")
        if tail[-1:] in pat.CURRENCY_LAST_CHARS:
            c = pat.CURRENCY_PREFIX.search(w)
            if c and d.dimension == "count":
                d.dimension = "currency"
                d.unit = CURRENCY_BEFORE[c["cur"]]
                d.start -= len(w) - c.start()
                d.plain_digits = False
        # sign
        w = w24[-10:] if d.start == start else t[max(0, d.start - 10) : d.start]
        if self.ascii:
            # ASCII text: no other minus sign, no CJK sign word, percent or ordinal prefix
            if w[-1:] == "-" or w.rstrip().endswith(("minus", "negative")):
                sg = pat.SIGN_PREFIX.search(w)
                if sg:
                    d.negative = True
                    d.start -= len(w) - sg.start()
        else:
            if w[-1:] in "-−–" or w.rstrip().endswith(("minus", "negative", "영하", "零下")):
                sg = pat.SIGN_PREFIX.search(w)
                if sg:
                    d.negative = True
                    d.start -= len(w) - sg.start()
            # Chinese percent prefix and ordinal prefix
            w = t[max(0, d.start - 3) : d.start]
            if w.endswith("之"):
                pp = pat.PERCENT_PREFIX.search(w)
                if pp:
                    d.dimension = "percent"
                    d.unit = "%"
                    d.written_unit = "百分之"
                    d.start -= len(w) - pp.start()
            if w.rstrip()[-1:] in ("第", "제"):
                op = pat.ORDINAL_PREFIX.search(w)
                if op:
                    d.dimension = "ordinal"
                    d.start -= len(w) - op.start()
                    return
        if d.plain_digits and d.dec is not None and 1900 <= d.dec <= 2199:
            w = t[max(0, d.start - 18) : d.start]
            fy = pat.FISCAL_PREFIX.search(w)
            if fy:
                d.period = "FY"
                d.start -= len(w) - fy.start()
        # qualifier words
        if d.start == start:
            w, tail = w24, tail24
            last = tail[tail.rfind(" ") + 1 :].lstrip(_OPENERS).lower() if last24 is None else last24
        else:
            w = t[max(0, d.start - 24) : d.start]
            tail = w.rstrip(" \u00a0")
            last = tail[tail.rfind(" ") + 1 :].lstrip(_OPENERS).lower()
        if last in ("a", "an"):
            # "more than a 100-point lead": a comparative bounds the number through the article
            q = pat.ARTICLE_QUALIFIER_PREFIX.search(w)
            if q:
                d.qualifier = QUALIFIERS_BEFORE[" ".join(q["q"].lower().split())]
                d.start -= len(w) - q.start()
            return
        if (last in pat.QUALIFIER_LAST_WORDS or tail[-1:] in pat.QUALIFIER_LAST_CHARS) and (
            # an ASCII tail can only match a phrase it ends with ("rose to" is not "up to")
            not tail.isascii() or tail.lower().endswith(pat.QUALIFIER_ENDINGS)
        ):
            q = pat.QUALIFIER_PREFIX.search(w)
            if q:
                word = (q["q"] or q["qc"]).lower()
                if word in COMPARATIVES and _AGO_AFTER.match(t, d.end):
                    return  # "lower than one year ago": the comparison is of something else
                d.qualifier = QUALIFIERS_BEFORE[word]
                if q["qc"] and pat.CJK_NEGATION_BEFORE.search(w, 0, q.start()):
                    # 不能超过20人, 不得低于: a negated bound is the opposite one (at most 20)
                    d.qualifier = _NEGATED_BOUND.get(d.qualifier, d.qualifier)
                d.start -= len(w) - q.start()


class _SuffixReader(_ReaderBase):
    """Reads what comes after a number: scale, percent, multiplier, currency word, unit,
    counted noun, qualifier; and which of these readers can match at a position."""

    def _families(self, pos: int) -> frozenset[str]:
        """Which suffix readers can match at ``pos``, from the next character or word."""
        t = self.t
        nxt = t[pos : pos + 1]
        if not nxt or nxt in pat.STOP_AFTER_NUMBER:
            return pat.NO_FAMILIES
        if nxt >= "\u3000":
            return pat.ALL_FAMILIES
        m = pat.NEXT_TOKEN.match(t, pos)
        if m is None:
            return pat.NO_FAMILIES
        tok = m[1]
        if tok >= "\u3000":
            return pat.ALL_FAMILIES if self.lang in ("ko", "zh", "ja") else pat.CJK_FAMILIES
        if tok.isalpha():
            return pat.WORD_FAMILIES.get(tok.lower(), pat.NO_FAMILIES)
        return pat.SYMBOL_FAMILIES.get(tok, pat.NO_FAMILIES)

    def _may_have_suffix(self, pos: int) -> bool:
        """False when nothing after ``pos`` can be a scale, unit, currency, percent, range or
        qualifier word. Implied by an empty :meth:`_families` except before `` ×``; only the
        placement of an ambiguous ¥ still asks it (the suffix path resolves ¥, the plain
        path never did)."""
        nxt = self.t[pos : pos + 1]
        if not nxt or nxt in pat.STOP_AFTER_NUMBER:
            return False
        if nxt >= "\u3000" or nxt in pat.SUFFIX_SYMBOLS:
            return True
        m = pat.NEXT_WORD.match(self.t, pos)
        if m is None:
            return True
        return m[1].lower() in pat.SUFFIX_FIRST_WORDS

    def _noun(self, d: _Draft) -> None:
        if d.dimension == "count" and d.unit is None and self.t[d.end : d.end + 1] not in _ENDS_A_NUMBER:
            noun = pat.COUNT_NOUN.match(self.t, d.end)
            if noun and noun["noun"] not in NOT_NOUNS:
                word = noun["noun"]
                if word in CARDINALS:
                    return  # "three nine-foot pianos": another number, no noun
                if d.dec is not None and (d.high or d.dec) > 1 and not _plural(word):
                    # a count above one counts a plural: "two deadly explosions", "two early
                    # Christian texts" count the explosions and texts (the words before them
                    # modify them); "the 7,000 mark" keeps its singular noun, and an -ly word
                    # with no plural after it is no noun ("two early")
                    nxt = _NEXT_WORD.match(self.t, noun.end())
                    if nxt and nxt["w"] not in NOT_NOUNS and _plural(nxt["w"]):
                        word = nxt["w"]
                    elif word.endswith("ly"):
                        return
                d.noun = _lemma(word)

    def _resolve_yen(self, d: _Draft) -> str:
        window = self.t[max(0, d.start - 200) : d.end + 200]
        jp = bool(pat.JAPAN_CONTEXT.search(window)) or self.lang == "ja"
        cn = bool(pat.CHINA_CONTEXT.search(window)) or self.lang == "zh"
        if jp and not cn:
            return "JPY"
        if cn and not jp:
            return "CNY"
        return "CNY|JPY"

    def _pound_is_money(self, d: _Draft, hyphenated: bool) -> bool:
        """Whether "pounds" after an amount is money (GBP) rather than mass (lb).

        Like the ¥ rule, read from the text around it (120 characters each side): mass words
        (weighed, heavy, kg, tons, bombs, "pounds of"...) keep mass; otherwise money words
        (budget, cost, paid, sterling, a £ elsewhere...), a scale word (million, bn) or an
        amount of 100,000 or more make it money. With no clue, "200 pounds" is money (the
        news sense) and the adjectival "2,000-pound" is mass."""
        window = self.t[max(0, d.start - 120) : d.end + 120]
        if pat.POUND_MASS_CONTEXT.search(window):
            return False
        if d.scaled or (d.dec is not None and d.dec >= 100_000):
            return True
        return not hyphenated or pat.POUND_MONEY_CONTEXT.search(window) is not None

    def _scale(self, d: _Draft, s: re.Match[str]) -> bool:
        """Multiply by the scale word ``s`` after the number ("3.5 billion", "$5m", "2 Mio.")
        unless it is a letter that is a scale only after a currency; True when read."""
        word = s["scale"].lower()
        ok = word not in CURRENCY_ONLY_SCALES or d.unit is not None
        if s["scale"] in ("M", "B") and d.unit is None:
            ok = False
        if not ok or d.dec is None:
            return False
        d.dec *= SCALE_WORDS[word]
        d.end = s.end()
        d.scaled = True
        d.plain_digits = False
        return True

    def _percent(self, d: _Draft, pc: re.Match[str]) -> None:
        """Make the number a percentage or percentage points by the word ``pc`` after it
        ("12%", "2.1 percentage points"; basis points are hundredths of a point)."""
        dim, factor = PERCENT_WORDS[pc["pct"].lower()]
        d.dimension = dim
        d.unit = "%" if dim == "percent" else "pp"
        d.written_unit = pc["pct"]
        if factor != 1.0 and d.dec is not None:
            d.dec *= Decimal(str(factor))
            if d.high is not None:
                d.high *= Decimal(str(factor))
        d.end = pc.end()
        d.plain_digits = False

    def _currency_word(self, d: _Draft, c: re.Match[str]) -> bool:
        """Read the currency word ``c`` after a count ("10 billion won"), or after an amount
        when it names the amount's currency again ("$5 dollars"); True when read."""
        code = CURRENCY_AFTER[c["cur"].lower()]
        if d.dimension == "currency":
            if code != d.unit:
                return False
        else:
            d.dimension = "currency"
            d.unit = code
            d.plain_digits = False
        d.end = c.end()
        return True

    def _post_qualifier(self, d: _Draft, pq: re.Match[str]) -> None:
        """Read the qualifier ``pq`` after the number ("or more", "+", 이상, 左右)."""
        if pq["plus"]:
            d.qualifier = "gt"
        else:
            word = pq["pq"].lower()
            if word == "多" and self.lang not in ("zh", "ja"):
                word = ""
            if word:
                d.qualifier = POST_QUALIFIERS[word]
        if d.qualifier is not None:
            d.end = pq.end()

    def _generation(self, d: _Draft, core_start: int, core_end: int) -> bool:
        """90后, 00后: a generation (born in the 1990s, 2000s); 2차 세계대전 (World War II): part
        of a name; not a number."""
        t = self.t
        return (
            d.plain_digits
            and core_end - core_start == 2
            and t[core_start + 1] == "0"
            and t[d.end : d.end + 1] in ("后", "後")
        ) or (d.plain_digits and pat.CJK_NAME_NUMBER_SUFFIX.match(t, d.end) is not None)

    def _cjk_ordinal(self, d: _Draft) -> bool:
        """An ordinal word after the number: 65周年 (the 65th anniversary), 21세기, 37위."""
        if d.dimension != "count" or d.unit is not None or d.high is not None:
            return False
        o = pat.CJK_ORDINAL_SUFFIX.match(self.t, d.end)
        if o is None:
            return False
        d.end = o.end()
        d.dimension = "ordinal"
        return True

    def _unit(self, d: _Draft, core_end: int) -> None:
        u = pat.UNIT_SUFFIX.match(self.t, d.end)
        if u is None:
            return
        word = u["unit"]
        entry = UNITS.get(word) or UNITS.get(word.lower())
        if entry is None:
            for k, v in UNITS.items():
                if k.lower() == word.lower():
                    entry = v
                    break
        if entry is None:
            return
        unit, dimension, factor = entry
        nxt = self.t[u.end() : u.end() + 1]
        if nxt and nxt in UNIT_NOT_BEFORE.get(word, ""):
            return  # 21세기 (century), 3세대 (generation), 65周年 (anniversary)
        attached = u["sep"] == ""
        if (
            word in ATTACHED_ONLY_UNITS
            and not (attached and d.end == core_end)
            and not (d.end == core_end and _MEASURE_AFTER.match(self.t, u.end()))
        ):
            return  # "3.5 m" alone may be millions; "3.50 m wide" is metres
        if d.spelled and len(word) <= 2 and word.isascii():
            return
        if word == "F" and not pat.FAHRENHEIT_NEAR.search(self.t, max(0, d.start - 120), u.end() + 120):
            return  # "from 2F to 6F": floors, unless the text speaks of temperature
        if (
            dimension == "duration"
            and d.dec is not None
            and word in ("年", "년")
            and 1000 <= d.dec <= 2199
            and not (word == "년" and pat.KO_YEARS_AGO.match(self.t, u.start()))
        ):
            return  # a year, unless 년 전 makes it so many years ago
        if word.lower() in ("pound", "pounds") and self._pound_is_money(d, u["sep"] == "-"):
            d.dimension = "currency"
            d.unit = "GBP"
            d.end = u.end()
            d.plain_digits = False
            return
        if word == "度" and (
            (d.scaled and d.dec is not None and d.dec >= 10_000)
            or pat.ELECTRICITY_BEFORE.search(self.t, max(0, d.start - 12), d.start)
        ):
            # 700多万度: after ten thousand and more, 度 is the kilowatt-hour of electricity, and
            # so after a word of electricity (用电量达500度)
            unit, dimension, factor = UNITS["度电"]
        if dimension == "length" and unit in ("m", "km"):
            per = pat.SPEED_BEFORE.search(self.t, max(0, d.start - 8), d.start)
            if per is not None:
                # 每秒40米 / 초속 40m: metres per second; 时速300公里 / 시속 300㎞: km per hour
                speed = UNITS.get(f"{unit}/{SPEED_BEFORE[per['speed']]}")
                if speed is not None:
                    unit, dimension, factor = speed
        d.dimension = dimension
        d.unit = _BASE_UNITS[dimension]
        d.written_unit = unit
        d.factor = factor
        d.end = u.end()
        d.plain_digits = False
        if (
            self.t[d.end : d.end + 1] == "半"
            and dimension in ("duration", "length", "mass")
            and d.dec is not None
        ):
            d.dec += Decimal("0.5")  # 一年半: a year and a half
            d.end += 1
        old = pat.DURATION_OLD.match(self.t, d.end)
        if dimension == "duration" and old:
            d.end = old.end()
        below = _BELOW_ZERO.match(self.t, d.end) if dimension == "temperature" else None
        if below is not None and d.dec is not None and d.dec > 0:
            # "ten degrees below zero" is -10 (the zero is no number of its own)
            d.dec = -d.dec
            if d.high is not None:
                d.dec, d.high = -d.high, d.dec
            # "more than ten degrees below zero" is colder than -10
            d.qualifier = _FLIPPED.get(d.qualifier or "", d.qualifier)
            d.end = below.end()


def age_in_english(t: str, lang: str, d: _Draft, core_end: int) -> bool:
    """An English age written as a bare number: "age 44", "aged 44", "at the age of 44", and
    the news appositive "Gu Jincheng, 74, a resident ..." (a capitalised word, not a month or
    weekday, before the comma, and a comma after): the 34岁 of a Chinese source, an age in
    years. True when read."""
    if (
        lang != "en"
        or not d.plain_digits
        or d.dec is None
        or d.dec != int(d.dec)
        or not 1 <= d.dec <= 120
        or d.end != core_end
        or d.dimension != "count"
        or d.unit is not None
        or d.high is not None
    ):
        return False
    before = pat.EN_AGE_BEFORE.search(t, max(0, d.start - 24), d.start)
    if before is None:
        return False
    if before["name"] and (before["name"].lower() in _NOT_NAMES or not pat.EN_AGE_AFTER.match(t, d.end)):
        return False
    _age(d)
    return True


def age_in_parens(t: str, lang: str, d: _Draft, core_end: int) -> bool:
    """Korean news gives a person's age in parentheses after the name: 베일(34), 조앤(가명,
    26): the "34-year-old" of the English, an age in years. True when read."""
    if (
        lang != "ko"
        or not d.plain_digits
        or d.dec is None
        or not 1 <= d.dec <= 120
        or d.end != core_end
        or t[core_end : core_end + 1] != ")"
        or d.dimension != "count"
        or pat.KO_AGE_BEFORE.search(t[max(0, d.start - 12) : d.start]) is None
    ):
        return False
    _age(d)
    return True


#: After a temperature: "below zero", "below freezing" make it negative.
_BELOW_ZERO = re.compile(r"[ \u00a0]+below[ \u00a0]+(?:zero|freezing)\b")
_FLIPPED = {"gt": "lt", "lt": "gt", "ge": "le", "le": "ge"}
#: Capitalised words before "<word>, N," that are no person: "In March, 15, ..." is no age.
_NOT_NAMES = MONTHS | WEEKDAYS | frozenset("chapter article section page room no number verse".split())


def _age(d: _Draft) -> None:
    d.dimension = "duration"
    d.unit = _BASE_UNITS["duration"]
    d.written_unit = "yr"
    d.factor = YEAR
    d.plain_digits = False


#: An adjective of size after "N m": the "m" is metres ("3.50 m wide", "2 m high").
_MEASURE_AFTER = re.compile(r"[ \u00a0]{1,2}(?:wide|long|high|tall|deep|thick|across|away|in diameter)\b")


#: The next lower-case word, past at most one capitalised word ("two early Christian texts").
_NEXT_WORD = re.compile(r"(?:[ \u00a0]{1,2}[A-Z][a-z]{1,24})?[ \u00a0]{1,2}(?P<w>[a-z]{3,24})\b(?!['’]s)")


def _plural(word: str) -> bool:
    """Whether ``word`` (lower case) may be a plural noun: an inflected form in the lemma table
    ("explosions", "men"; not a verb form such as "crossed"), one of :data:`UNINFLECTED_PLURALS`, or
    an unknown word ending in -s."""
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return True
    if word.endswith(("ed", "ing")):
        return False
    return word in UNINFLECTED_PLURALS or len(lemmas(word)) > 1


def _lemma(noun: str) -> str:
    if noun in ("people", "persons"):
        return "person"
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return noun[:-1]
    return noun
