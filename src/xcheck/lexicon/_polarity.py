"""Polarity words: negations, and direction words with their opposite ("rise"/"fall").

Data only: :mod:`xcheck.facts._polarity` reads polarity from these tables, for quotes and for
aligned sentences (:mod:`xcheck.facts.polarity`). Direction words are lemmas (base forms: "rise",
not "rose"); the checkers lemmatise each word before they look it up, so inflections need no entry
of their own. Each direction word lies on one or more *axes* with a sign: ``+1`` for the
"more / yes / open" end, ``-1`` for its opposite. Two quotes read in opposite directions when the
words one has and the other lacks lie at opposite ends of one axis.

Kept short on purpose: a word here must mean the same end of its axis in nearly every sentence it
appears in. Words that are often something else ("end" of July, "back" home, "up"/"down" in
phrasal verbs, "good"/"bad") are left out.
"""

from __future__ import annotations

__all__ = [
    "CHANGED",
    "DIRECTIONS",
    "EN_LITOTES",
    "IMPLICIT_NEGATIONS",
    "KO_NEGATIONS",
    "KO_NEGATION_WORD",
    "KO_NEGATIVE_SENSE",
    "KO_NOT_NEGATING",
    "NEGATING_VERBS",
    "NEGATIONS",
    "NEGATION_PREFIXES",
    "NOT_NEGATING",
    "STEADY",
    "STEADY_VERBS",
    "SWAPS",
    "ZH_NEGATIONS",
    "ZH_NEGATIVE_SENSE",
    "ZH_NOT_NEGATING",
]

#: Words that negate what they stand in. Contractions are listed as the checker folds them
#: (apostrophes dropped: "don't" -> "dont"). "fail" negates only before "to" (see NEGATION_PREFIXES).
NEGATIONS: frozenset[str] = frozenset(
    """
    not no never none nobody nothing neither nor nowhere cannot without hardly barely scarcely
    unable impossible
    nt dont doesnt didnt isnt arent wasnt werent wont wouldnt cant couldnt shouldnt hasnt havent
    hadnt mustnt neednt aint
    """.split()
)

#: Verbs that negate what follows them, as lemmas ("we had to avoid scratching them" / "we are not
#: allowed to scratch them"; "to prevent further spread" / "to avoid a further spreading").
NEGATING_VERBS: frozenset[str] = frozenset({"avoid", "prevent", "refrain", "lack"})

#: Two-word negations: a lemma followed by a word ("failed to", "refuses to" stay verbs otherwise).
NEGATION_PREFIXES: frozenset[tuple[str, str]] = frozenset({("fail", "to")})

#: Word runs that hold a negation word but do not negate the claim ("not only X but also Y",
#: "no doubt", "nothing but"). Matched on folded words before negations are counted.
NOT_NEGATING: tuple[tuple[str, ...], ...] = (
    ("not", "only"),
    ("not", "just"),
    ("not", "merely"),
    ("not", "simply"),
    ("not", "least"),
    ("not", "the", "only"),
    ("no", "doubt"),
    ("without", "doubt"),
    ("without", "a", "doubt"),
    ("without", "any", "doubt"),
    ("no", "wonder"),
    ("no", "matter"),
    ("nothing", "but"),
    ("never", "ending"),
    ("none", "other", "than"),
    ("not", "far"),
    ("no", "later", "than"),
    ("no", "less", "than"),
    ("no", "more", "than"),
)

# Axis name -> (words at the + end, words at the - end), as lemmas.
_AXES: dict[str, tuple[str, str]] = {
    # How much, how high, how fast.
    "amount": (
        "rise increase grow growth climb gain expand raise boost surge soar jump high more intensify "
        "escalate heighten elevate mount accelerate swell rocket double triple quadruple twice",
        "fall decrease decline drop shrink reduce lower low less fewer ease subside diminish dwindle "
        "plunge slump sink contract slow lose loss decelerate plummet tumble shrank deflate shrinkage "
        "halve",
    ),
    # Strength of a thing, or how well it goes.
    "strength": (
        "strengthen strong stronger bolster reinforce improve better enhance",
        "weaken weak weaker undermine erode worsen worse deteriorate impair",
    ),
    # Assent: saying yes or no to something.
    "assent": (
        "approve support accept agree endorse favour favor allow permit authorise authorize legalise "
        "legalize welcome",
        "reject oppose refuse disagree ban forbid prohibit veto outlaw condemn",
    ),
    # Outcome of a contest.
    "outcome": ("win won victory success succeed", "lose lost defeat failure"),
    # Open or closed, going or stopped.
    "open": ("open reopen start begin resume launch", "close shut stop halt suspend cease"),
    # Whether a claim holds.
    "truth": ("true correct confirm", "false incorrect deny"),
    # Safety and legality.
    "safe": ("safe legal", "dangerous unsafe illegal"),
    # Expectation.
    "outlook": ("optimistic", "pessimistic"),
}


def _directions() -> dict[str, tuple[tuple[str, int], ...]]:
    out: dict[str, list[tuple[str, int]]] = {}
    for axis, (plus, minus) in _AXES.items():
        for words, sign in ((plus, 1), (minus, -1)):
            for word in words.split():
                out.setdefault(word, []).append((axis, sign))
    return {word: tuple(marks) for word, marks in out.items()}


#: Lemma -> the (axis, sign) marks it carries ("lose": amount -1 and outcome -1).
DIRECTIONS: dict[str, tuple[tuple[str, int], ...]] = _directions()


#: Lemmas that negate or withhold by themselves, with no negation word ("stopped working",
#: "declined to comment", "denied"): a negation on the other side of a pair may restate them, so
#: the sentence check stays silent when one of these faces it. Words at the "-" end of a
#: direction axis count too (see the checker).
IMPLICIT_NEGATIONS: frozenset[str] = frozenset(
    """
    stop cease quit decline refuse deny reject lack absent absence avoid prevent refrain fail
    failure miss little few rarely seldom only merely just free exempt skip omit abandon drop
    dismiss doubt neither nor no not never without longer anymore halt end cancel scrap
    postpone disregard disagree disapprove disallow ignore neglect overlook rare
    """.split()
)


def _swaps(*pairs: str) -> frozenset[tuple[str, str]]:
    return frozenset(tuple(p.split("/")) for p in pairs)  # type: ignore[misc]


#: Antonym lemmas that reverse a claim when one replaces the other *in the same place* of two
#: aligned sentences (the sentence check reads these only for one word against one word; the
#: quote check does not read them). Each pair is read both ways.
SWAPS: frozenset[tuple[str, str]] = _swaps(
    "positive/negative",
    "before/after",
    "first/last",
    "buy/sell",
    "above/below",
    "over/under",
    "profit/loss",
    "surplus/deficit",
    "include/exclude",
    "inclusion/exclusion",
    "same/different",
    "early/late",
    "earlier/later",
    "best/worst",
    "large/small",
    "largest/smallest",
    "maximum/minimum",
    "majority/minority",
    "import/export",
    "importer/exporter",
    "upgrade/downgrade",
    "bullish/bearish",
    "internal/external",
    "full/empty",
    "arrive/depart",
    "guilty/innocent",
    "friend/enemy",
    "ally/enemy",
    "always/never",
    "all/none",
    "everyone/nobody",
    "everything/nothing",
    "acquire/divest",
    "hire/fire",
    "inflow/outflow",
    "upward/downward",
    "upside/downside",
    "higher/lower",
    "highest/lowest",
    "increase/decrease",
    "expansion/contraction",
    "gain/loss",
    "profitable/unprofitable",
    "likely/unlikely",
    "possible/impossible",
    "able/unable",
    "strong/weak",
    "rich/poor",
    "old/new",
    "young/old",
    "ancient/modern",
    "private/public",
    "domestic/foreign",
    "north/south",
    "east/west",
    "win/lose",
    "victory/defeat",
    "accept/reject",
    "allow/forbid",
    "pass/fail",
    "success/failure",
    "start/end",
    "begin/end",
    "open/close",
    "opening/closing",
    "entry/exit",
    "enter/leave",
    "rise/fall",
    "more/less",
    "more/fewer",
    "most/least",
    "many/few",
    "much/little",
    "increasingly/decreasingly",
    "ahead/behind",
    "forward/backward",
    "attack/defend",
    "offensive/defensive",
    "lend/borrow",
    "lender/borrower",
    "creditor/debtor",
    "buyer/seller",
    "winner/loser",
    "long/short",
    "heavy/light",
    "hot/cold",
    "wet/dry",
    "easy/difficult",
    "easy/hard",
    "simple/complex",
    "cheap/expensive",
    "fast/slow",
    "quickly/slowly",
    "true/false",
    "legal/illegal",
    "visible/invisible",
    "present/absent",
    "accelerate/decelerate",
    "add/remove",
    "add/subtract",
    "maximize/minimize",
    "overestimate/underestimate",
    "outperform/underperform",
    "overweight/underweight",
    "above/beneath",
    "top/bottom",
    "support/oppose",
    "agree/disagree",
    "approve/disapprove",
    "confirm/deny",
    "safe/dangerous",
    "peace/war",
    "love/hate",
    "like/dislike",
    "happy/sad",
    "optimistic/pessimistic",
    "optimism/pessimism",
    "favorable/unfavorable",
    "favourable/unfavourable",
    "improve/worsen",
    "improvement/deterioration",
    "expand/shrink",
    "increased/reduced",
    "raise/cut",
    "hike/cut",
    "boost/cut",
    "tighten/loosen",
    "tighten/ease",
    "strengthen/weaken",
    "appreciate/depreciate",
    "inflation/deflation",
    "surge/plunge",
    "outside/inside",
    "mandatory/voluntary",
    "permanent/temporary",
    "yes/no",
    "with/without",
    "full/partial",
    "complete/incomplete",
    "near/far",
    "nearby/distant",
    "add/reduce",
    "add/cut",
    "struggle/thrive",
    "troubled/thriving",
    "convict/acquit",
    "arrest/release",
    "specific/generic",
    "specific/general",
    "forward/backward",
    "ahead/backwards",
    "keep/delete",
    "attack/defend",
    "success/fail",
    "rise/decline",
    "grow/decline",
    "growth/decline",
    # News and earnings pairs read in SummEdits misses (2026-12-05) that WordNet does not link.
    "earn/lose",
    "earnings/loss",
    "earnings/losses",
    "income/loss",
    "secretly/publicly",
    "secretly/openly",
    "covertly/openly",
    "secret/public",
    "spur/hinder",
    "spur/hamper",
    "spur/curb",
    "spur/slow",
    "boost/hinder",
    "boost/hamper",
    "help/hinder",
    "help/hamper",
    "twice/half",
    "double/half",
    "double/halve",
    "accelerate/delay",
    "accelerate/defer",
    "accelerate/postpone",
    "expedite/delay",
    "increase/cut",
    "pre/post",
    "prior/later",
    "prior/subsequent",
    "previous/next",
    "previous/following",
    "exceed/below",
    "exceed/miss",
    "beat/miss",
    "surpass/miss",
    "expect/unlikely",
    "arrest/acquit",
    "charge/acquit",
    "indict/acquit",
    "defend/surrender",
    "resist/surrender",
    "fight/surrender",
    "remove/keep",
    "remove/retain",
    "remove/install",
    "install/uninstall",
    "despite/because",
    "despite/due",
    "despite/thanks",
    "reveal/conceal",
    "reveal/hide",
    "unveil/hide",
    "unveil/conceal",
    "disclose/conceal",
    "disclose/hide",
    "bright/dark",
)

#: Lemmas that say a quantity stayed where it was: one of these against a word of change on the
#: amount or strength axis of DIRECTIONS in the same place ("is expected to increase" / "is
#: expected to remain the same") is a change read as no change. "same" counts only beside "remain",
#: "stay" or "hold" ("remain the same"; "the same period" is no claim of change).
STEADY: frozenset[str] = frozenset(
    "unchanged flat stagnant stagnate steady stable unaltered constant".split()
)
STEADY_VERBS: frozenset[str] = frozenset("remain stay hold".split())

#: Lemmas of change with no direction ("is different from the prior guidance", "was revised"): read
#: against a word of STEADY like the amount and strength words of DIRECTIONS ("is unchanged from").
CHANGED: frozenset[str] = frozenset("change alter differ different revise modify".split())


# ---------------------------------------------------------------------------------------------
# Negation in Chinese and Korean quotes (read against an English rendering of the quote).

#: Characters and words that negate in a Chinese quote: 不, 没(有), 未, 别, 无, 非, 勿, 莫, 毋, 甭.
ZH_NEGATIONS: tuple[str, ...] = ("不", "没", "未", "别", "无", "非", "勿", "莫", "毋", "甭")

#: Words holding a Chinese negation character that do not negate the claim: connectives (不仅
#: "not only", 不过 "but", 无论 "whatever"), double negations (不得不 "must"), words whose English
#: has no negation (不断 "continuously", 不少 "many", 非常 "very", 未来 "future", 特别 "especially",
#: 无人机 "drone"), and set phrases news renders positively (坚定不移 "firmly", 不遗余力 "every
#: effort"). Matched before the negation characters are looked for.
ZH_NOT_NEGATING: tuple[str, ...] = tuple(
    """
    不仅 不但 不光 不只 不止 不单 不过 不论 不管 无论 不得不 不能不 不可不 无不 不无 非得 非要
    不断 不少 不久 不同 不乏 不禁 不妨 不如 不错 差不多 了不起 不得了 不懈 不折不扣 义不容辞
    不可分割 不约而同 不计其数 不可或缺 不遗余力 坚定不移 毫不犹豫 不可避免 不时 不定期 不动产
    不良 不利 不满 不安 不足 不平 不幸 不法 不公 不当 不明 不详 不言而喻 不可思议 不屈不挠
    不辞辛劳 不负 不忘 不甘示弱 不由得 层出不穷 络绎不绝 源源不断 接连不断 持续不断 经久不衰
    一丝不苟 迫不及待 不知不觉 不可替代 不可估量 要不 不然 不外乎 不亦乐乎 不可多得 不容置疑
    无比 无疑 无数 无限 无人机 无线 无偿 无辜 无私 无畏 无穷 无尽 无与伦比 无微不至 毫无疑问
    无时无刻 无所不 无一例外 非常 非法 非洲 非遗 除非 是非 非凡 莫斯科 莫过于 莫名 未来 没收
    淹没 埋没 出没 沉没 吞没 湮没 特别 分别 区别 个别 告别 级别 类别 性别 识别 差别 辨别 别墅
    别人 别的 派别 判别 鉴别 离别 送别 道别 惜别 久别 别具 别致 别名 别称 别处 别说
    """.split()
)

#: What negates in a Korean quote: -지 않다, 못, 없다, 아니다, 안 (a word of its own before a
#: verb), -지 말라.
KO_NEGATIONS: tuple[str, ...] = ("않", "못", "없", "아니", "지 말", "지 마")
#: 안 negates as a word of its own before another word (안 된다); elsewhere it is "inside" or a
#: syllable of another word (안보, 대안).
KO_NEGATION_WORD = "안"

#: Korean words holding a negation that do not negate the claim: 뿐만 아니라 ("not only"), 못지않다
#: ("no less than"), 않을 수 없다 and 수밖에 없다 (double negations: "must"), adverbs of 없이 whose
#: English has no negation (끊임없이 "constantly", 틀림없이 "surely"), 잘못 ("wrongly"), 없애다
#: ("remove"), 아니면 ("or else").
KO_NOT_NEGATING: tuple[str, ...] = (
    "뿐만 아니라",
    "뿐 아니라",
    "다름 아닌",
    "않을 수 없",
    "않을수 없",
    "않으면 안",
    "아니면 안",
    "수밖에 없",
    "밖에 없",
    "쉴 새 없",
    "없지 않",
    *"""
    못지않 못지 마지않 끊임없 어김없 틀림없 빠짐없 거침없 상관없 관계없 여지없 변함없 아낌없 끝없
    한없 더없 다름없 없지않 아니면 잘못 없애 없앴 없앨 없어지 유례없 전례없
    """.split(),
)

#: Anything that may carry a negative sense in a Chinese or Korean quote, set phrases included:
#: an English negation with none of these on the source side is a negation the source lacks.
ZH_NEGATIVE_SENSE: tuple[str, ...] = (*ZH_NEGATIONS, *"否拒禁停止免反避防难缺失少零岂休罢撤消终减降跌")
KO_NEGATIVE_SENSE: tuple[str, ...] = (
    *KO_NEGATIONS,
    *(
        "안 말라 말고 말아 마라 불가 불법 불허 불응 불참 불발 불리 불확실 불안 불만 미정 미흡 미완 미달 "
        "비핵 비공개 비판 무산 무효 무관 무시 무죄 막다 막았 막을 막기 막아 금지 거부 반대 중단 중지 취소 "
        "피하 피해 거절 부인 부정 실패 결코 전혀 절대 아무 조차 밖에 뿐 그만 멈 끊 빼 제외 줄 감소 "
        "하락 떨어 낮 모르 몰라 몰랐 모른 모를"
    ).split(),
)

#: English negations that render a positive Chinese or Korean word (litotes): "will not back down"
#: for 坚持到底 ("persist to the end"), "never forget" for 牢记 ("keep firmly in mind"), "not stop"
#: for 继续 ("continue"). An English quote negated only by one of these is not read as negated
#: against a source without a negation. Folded words, as :func:`xcheck.facts._polarity.tokens` gives.
EN_LITOTES: tuple[tuple[str, ...], ...] = (
    ("not", "back", "down"),
    ("never", "back", "down"),
    ("wont", "back", "down"),
    ("not", "give", "up"),
    ("never", "give", "up"),
    ("wont", "give", "up"),
    ("not", "forget"),
    ("never", "forget"),
    ("not", "hesitate"),
    ("wont", "hesitate"),
    ("not", "stop"),
    ("never", "stop"),
    ("wont", "stop"),
    ("no", "longer"),
    ("not", "until"),
    ("not", "waver"),
    ("never", "waver"),
    ("not", "relent"),
    ("no", "stone", "unturned"),
)
