"""Stage 2: align translated sentences with the reference statements they render.

Two modes:

``claims`` (default, for news reports)
    The statements are a set, in any order, from several sources. Each claim sentence is linked
    with every statement it renders; consecutive sentences that together render one statement
    share one link. Statements no sentence renders are *unrendered* (omissions); claim sentences
    no statement supports are *unsupported* (additions). Boilerplate sentences (bylines,
    notices) are left out of both. The result does not depend on the order of the statements.

``parallel`` (for a document and its reference translation)
    Monotone alignment by dynamic programming with 1-1, 1-2, 2-1, 1-0 and 0-1 moves
    (Gale–Church, vecalign); see :mod:`xcheck.align._dp` for the costs.

Similarity joins surface similarity (IDF-weighted character 4-grams, a fast "chrF-ish" measure)
with language-independent anchors: numbers and dates (28,500 = 2.85万 = 2만8천500; 5월 22일 =
May 22), entities, acronyms and names. Numbers, dates and entities are read by the fact readers
the comparison stage uses (:func:`read_text`), the same way at every size of input; a caller that
has read the texts already passes its readings in (``read``). A statement written in another
script than the translation (Chinese against English) is compared by anchors and by bilingual
glosses (:mod:`xcheck.align._lexical`: the words of each side the other's dictionary words meet,
and romanised names); a script with no gloss function (Korean until its lexicon is merged,
Russian) by anchors only. A
number that differs between a sentence and its statement removes one shared anchor; it never
vetoes the link on its own, so the figure can be flagged later. A figure close to the other (the
same at two significant figures: 29,000 and 28,500) or a date in the same month still shares a
*near* anchor (``~number:29000``, ``~date:05``) worth half an exact one; the exact figure always
shares more.

Claims mode, step by step (docs/alignment.md has the details and measurements):

1. Candidates: each sentence retrieves its ``k`` best statements from an inverted index on
   anchors and word keys, and each statement its ``k`` best sentences (all pairs when the input
   is small, see ``exhaustive``).
2. Scores: ``(F1(P, R) + max(P, R)) / 2`` of the weighted shared features, ``P`` the share of
   the sentence, ``R`` the share of the statement (:mod:`xcheck.align._index`).
3. Each sentence takes its candidates best first (ties by id). A statement is taken when its
   score is at least ``min_score`` and at least ``ratio`` times the statement's own best score
   with any sentence; a second or further statement must also reach ``DEFAULT_EXTRA_RATIO``
   (0.9) of its best score, and at least ``min_gain`` of what it shares with the sentence must
   not be explained already by the statements taken before. That last rule keeps apart two
   statements that differ only in a figure or a name: the worse one adds nothing new and stays
   unrendered. A statement given twice (the same profile) goes to a later sentence that takes
   it while its copy is free, so a text said twice renders both copies. A sentence no statement
   took that a statement contains word for word is rendered by it, however short
   (:mod:`xcheck.align._contained`): the statement that is the sentence, or the one a
   neighbouring sentence links (the sentence joins that link); never a statement that merely
   holds its few words with no neighbour linking it. Then sentences and statements left over on
   both sides that are written in different scripts are linked best first down to half of
   ``min_score`` (``DEFAULT_CROSS_RESCUE``) when they share a figure (exact or near: compared by
   anchors only, a wrong figure leaves too little to reach ``min_score``, and the figure is what
   the comparison stage must flag) or are each other's best among the leftovers; last, a
   sentence that is everyone's second choice moves to the best statement nobody renders
   (:mod:`xcheck.align._rescue`).
4. Two consecutive claim sentences that take the same statement join one link when read together
   they match it better (by ``merge_gain``) than either does alone.

>>> from xcheck._types import Sentence, Statement
>>> sents = [Sentence(0, 0, 36, "About 28,500 US troops are in Korea."),
...          Sentence(1, 37, 69, "The weather was mild on Tuesday.")]
>>> refs = [Statement("R1", "About 28,500 U.S. troops are stationed in South Korea.")]
>>> result = align(sents, refs)
>>> [(link.translation, link.references) for link in result.links]
[((0,), ('R1',))]
>>> result.unsupported
(1,)
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Literal

import attrs

from xcheck._types import Link, Sentence, Statement
from xcheck.align._anchors import Reader, Reading, ReadText, read_text
from xcheck.align._contained import take_contained
from xcheck.align._dp import guide_points, monotone_align
from xcheck.align._index import (
    DEFAULT_MAX_DF,
    Profile,
    Weights,
    build_profiles,
    combine,
    combine_many,
    f1,
    precision_recall,
    retrieve,
    score_pairs,
    script_of,
)
from xcheck.align._lexical import can_gloss
from xcheck.align._rescue import BLIND_NOTE, figure_blind, figures_only, reassign_cross, rescue_cross
from xcheck.errors import DuplicateIdError, OptionError
from xcheck.facts.names import Glossary

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
else:  # numpy loads on first use, not with import xcheck
    from xcheck._lazynumpy import np

__all__ = [
    "DEFAULT_K",
    "DEFAULT_MIN_SCORE",
    "MODES",
    "AlignMode",
    "Alignment",
    "ReadText",
    "Reading",
    "align",
    "format_alignment",
    "read_text",
]

AlignMode = Literal["claims", "parallel"]
"""``claims``: statements are an unordered set; ``parallel``: both sides are in document order."""

MODES: tuple[AlignMode, ...] = ("claims", "parallel")

#: Pairs scoring below this are never linked (claims and parallel mode).
DEFAULT_MIN_SCORE = 0.20
#: Candidates retrieved per sentence and per statement before scoring.
DEFAULT_K = 8
#: Weight of an anchor relative to a surface gram of the same rarity.
DEFAULT_ANCHOR_WEIGHT = 3.0
#: A further statement must add this share of new matched content to a sentence's link.
DEFAULT_MIN_GAIN = 0.25
#: A link must score at least this share of its statement's best score with any sentence.
DEFAULT_RATIO = 0.6
#: A sentence's second or further statement must score this share of the statement's best.
DEFAULT_EXTRA_RATIO = 0.9
#: Joining two sentences (or statements) must raise the similarity by this much.
DEFAULT_MERGE_GAIN = 0.05
#: Up to this many sentence x statement pairs, every pair is scored (no retrieval).
DEFAULT_EXHAUSTIVE_PAIRS = 250_000
#: Retrieval ignores keys found in more than max(DEFAULT_MAX_DF, 2% of the targets).
DEFAULT_MAX_DF_SHARE = 0.02
#: Leftover cross-script pairs link from this share of min_score (see xcheck.align._rescue).
DEFAULT_CROSS_RESCUE = 0.5
#: Half-width of the dynamic-programming band in parallel mode (around the guide line).
DEFAULT_BAND = 20


@attrs.frozen
class Alignment:
    """The result of :func:`align`.

    ``links`` pair translated sentences (by index) with the statements (by id) they render, in
    the order of their first sentence; ``unrendered`` lists the statement ids no sentence
    renders (sorted), ``unsupported`` the claim sentence indices no statement supports (sorted).
    Every claim sentence is in exactly one link or in ``unsupported``; every statement in at
    least one link or in ``unrendered``. ``notes`` say what the reader should know (for
    example that some statements were compared by anchors only). ``anchors`` names the reading
    the anchors came from in :meth:`settings`: ``full``, the fact readers of :mod:`xcheck.facts`
    (the one reading there is, at every size).
    """

    links: tuple[Link, ...]
    unrendered: tuple[str, ...]
    unsupported: tuple[int, ...]
    mode: AlignMode = "claims"
    min_score: float = DEFAULT_MIN_SCORE
    k: int | None = DEFAULT_K
    lang: str = "en"
    notes: tuple[str, ...] = ()
    anchors: str = "full"

    def settings(self) -> str:
        """The options that shaped this alignment, for the report signature.

        >>> Alignment((), (), ()).settings()
        'mode:claims|min:0.20|k:8|lang:en|anchors:full'
        """
        k = "all" if self.k is None else str(self.k)
        return f"mode:{self.mode}|min:{self.min_score:.2f}|k:{k}|lang:{self.lang}|anchors:{self.anchors}"

    def link_of(self, sentence_index: int) -> Link | None:
        """Return the link that holds ``sentence_index``, or ``None``."""
        for link in self.links:
            if sentence_index in link.translation:
                return link
        return None


def _check_options(mode: str, min_score: float, k: int | None, ratio: float, min_gain: float) -> None:
    if mode not in MODES:
        msg = f"unknown alignment mode {mode!r}; expected one of {', '.join(MODES)}"
        raise OptionError(msg)
    for name, value in (("min_score", min_score), ("ratio", ratio), ("min_gain", min_gain)):
        if not (isinstance(value, (int, float)) and 0.0 <= value <= 1.0) or math.isnan(value):
            msg = f"{name} must be a number between 0 and 1, got {value!r}"
            raise OptionError(msg)
    if k is not None and (not isinstance(k, int) or isinstance(k, bool) or k < 1):
        msg = f"k must be a positive integer or None (score every pair), got {k!r}"
        raise OptionError(msg)


def _base_lang(lang: str | None) -> str:
    return (lang or "en").split("-")[0].split("_")[0].casefold() or "en"


def align(
    sentences: Sequence[Sentence],
    statements: Sequence[Statement],
    *,
    mode: AlignMode = "claims",
    min_score: float = DEFAULT_MIN_SCORE,
    k: int | None = DEFAULT_K,
    lang: str = "en",
    anchor_weight: float = DEFAULT_ANCHOR_WEIGHT,
    min_gain: float = DEFAULT_MIN_GAIN,
    ratio: float = DEFAULT_RATIO,
    merge_gain: float = DEFAULT_MERGE_GAIN,
    exhaustive: bool | None = None,
    band: int = DEFAULT_BAND,
    glossary: Glossary | None = None,
    read: ReadText | None = None,
) -> Alignment:
    """Align translated ``sentences`` with reference ``statements``.

    Only sentences with role ``claim`` take part; boilerplate is neither linked nor reported.
    ``lang`` is the language of the translation; statements in another script are compared by
    anchors (numbers, dates, entities) and, between English and a language with a gloss function
    (Chinese), by bilingual glosses (:mod:`xcheck.align._lexical`). ``k`` candidates per sentence
    and per statement are retrieved from an inverted index unless ``exhaustive`` (default: when
    there are at most 250,000 pairs, or ``k`` is ``None``), in which case every pair is scored.
    The other options are documented on the module and in docs/alignment.md.

    Numbers, dates and glossary entities are read as the comparison stage reads them
    (:func:`read_text`: :func:`xcheck.facts.quantities.extract_quantities` and
    :func:`xcheck.facts.names.extract_mentions`), at every size of input. ``glossary`` resolves
    names to entities (``None``: the bundled glossary; ``Glossary()`` for none). ``read``
    replaces that reading (and then ``glossary`` is not used): it is called once per distinct
    ``(text, language)``, each claim sentence with ``lang`` as given and each statement with
    its own :attr:`xcheck.Statement.lang`, and returns a :class:`Reading`. A caller that
    has read the texts already hands its readings over that way, for example
    ``read=lambda text, lang: readings[text, lang]``.

    Raises :class:`~xcheck.errors.OptionError` for an unknown mode or an option out of range,
    and :class:`~xcheck.errors.DuplicateIdError` when two statements share an id.
    """
    _check_options(mode, min_score, k, ratio, min_gain)
    seen: set[str] = set()
    for st in statements:
        if st.id in seen:
            msg = f"two statements share the id {st.id!r}"
            raise DuplicateIdError(msg)
        seen.add(st.id)
    base = _base_lang(lang)
    claims = sorted((s for s in sentences if s.role == "claim"), key=lambda s: s.index)
    if len({s.index for s in claims}) != len(claims):
        msg = "two sentences share an index"
        raise OptionError(msg)
    notes = _language_notes(statements, base)
    ordered = list(statements) if mode == "parallel" else sorted(statements, key=lambda st: st.id)
    asked = [(s.text, lang) for s in claims] + [(st.text, st.lang) for st in ordered]
    readings = _read_all(asked, read if read is not None else Reader(glossary))
    texts = [(text, _base_lang(text_lang)) for text, text_lang in asked]
    profiles, weights = build_profiles(texts, readings, anchor_weight=anchor_weight)
    s_prof, t_prof = profiles[: len(claims)], profiles[len(claims) :]
    if mode == "parallel":
        return _parallel(claims, ordered, s_prof, t_prof, weights, min_score, merge_gain, band, base, notes)
    if exhaustive is None:
        exhaustive = k is None or len(claims) * len(ordered) <= DEFAULT_EXHAUSTIVE_PAIRS
    return _claims(
        claims,
        ordered,
        s_prof,
        t_prof,
        weights,
        _ClaimsOptions(min_score, k, min_gain, ratio, merge_gain, exhaustive),
        base,
        notes,
    )


def _read_all(texts: Sequence[tuple[str, str]], read: ReadText) -> list[Reading]:
    """The reading of every ``(text, language)``, each distinct one read once."""
    memo: dict[tuple[str, str], Reading] = {}
    out = []
    for key in texts:
        found = memo.get(key)
        if found is None:
            found = memo[key] = read(*key)
            if not isinstance(found, Reading):
                msg = f"read must return a Reading, got {type(found).__name__} for {key[0][:40]!r}"
                raise OptionError(msg)
        out.append(found)
    return out


def _language_notes(statements: Sequence[Statement], lang: str) -> tuple[str, ...]:
    other: dict[str, list[str]] = defaultdict(list)
    for st in statements:
        st_lang = _base_lang(st.lang)
        if st_lang != lang:
            other[st_lang].append(st.id)
    notes = []
    for st_lang in sorted(other):
        ids = sorted(other[st_lang])
        shown = ", ".join(ids[:10]) + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")
        if script_of(st_lang) != script_of(lang) and can_gloss(lang, st_lang):
            how = "by anchors (numbers, dates, entities) and bilingual glosses (words, romanised names)"
        elif script_of(st_lang) != script_of(lang):
            how = "by language-independent anchors only (numbers, dates, entities)"
        else:
            how = f"by anchors and by the letters {st_lang} shares with {lang} (same script)"
        notes.append(f"{len(ids)} statement(s) in {st_lang} ({shown}) aligned {how}")
    return tuple(notes)


@attrs.frozen
class _ClaimsOptions:
    min_score: float
    k: int | None
    min_gain: float
    ratio: float
    merge_gain: float
    exhaustive: bool
    extra_ratio: float = DEFAULT_EXTRA_RATIO


@functools.cache
def _no_grams() -> npt.NDArray[np.int64]:
    """The empty gram array, one for the process (made on first use: numpy loads lazily)."""
    return np.zeros(0, dtype=np.int64)


def _matched(s: Profile, t: Profile) -> tuple[frozenset[str], npt.NDArray[np.int64]]:
    """What a sentence and a statement share: anchors and gram ids."""
    if s.lang != t.lang:
        return s.anchors & t.anchors, _no_grams()
    return s.anchors & t.anchors, np.intersect1d(s.grams, t.grams, assume_unique=True)


def _weight(anchor_set: frozenset[str] | set[str], grams: npt.NDArray[np.int64], weights: Weights) -> float:
    return sum(weights.anchor(a) for a in anchor_set) + weights.grams_weight(grams)


def _claims(
    claims: Sequence[Sentence],
    statements: Sequence[Statement],
    s_prof: Sequence[Profile],
    t_prof: Sequence[Profile],
    weights: Weights,
    opts: _ClaimsOptions,
    lang: str,
    notes: tuple[str, ...],
) -> Alignment:
    n, m = len(claims), len(statements)
    pairs = _candidates(s_prof, t_prof, weights, opts)
    scored = _Scored.of(s_prof, t_prof, weights, pairs, n, m)
    taken, scores = _take_statements(s_prof, t_prof, weights, opts, scored, _twins(t_prof))
    contained = take_contained(taken, claims, statements, scored.by_sentence)
    for i, j in contained.pairs:
        if (i, j) not in scored.pr:
            scored.pr[(i, j)] = precision_recall(s_prof[i], t_prof[j], weights)[:2]
        scores[(i, j)] = 1.0 if (i, j) in contained.equal else combine(*scored.pr[(i, j)])

    def score(i: int, j: int) -> float:
        if (i, j) not in scored.pr:
            scored.pr[(i, j)] = precision_recall(s_prof[i], t_prof[j], weights)[:2]
        return figure_blind(s_prof[i], t_prof[j], weights)

    floor = opts.min_score * DEFAULT_CROSS_RESCUE
    rescued = rescue_cross(taken, scores, scored.by_sentence, s_prof, t_prof, floor, scored.best_t, score)
    for (i, j), note in rescued.items():
        if note == BLIND_NOTE:  # ranked with its figures aside; the link reports its own score
            scores[(i, j)] = combine(*scored.pr[(i, j)])
    rescued.update(reassign_cross(taken, scores, scored.by_sentence, s_prof, t_prof, floor, scored.best_t))
    links = []
    groups = _join_consecutive(taken, scores, s_prof, t_prof, weights, opts.merge_gain, n, contained.joins)
    for members in groups:
        refs = sorted({j for i in members for j in taken[i]})
        link = _make_link(members, refs, claims, statements, s_prof, t_prof, weights, scores, scored.pr)
        for note in sorted({rescued[(i, j)] for i in members for j in refs if (i, j) in rescued}):
            link = attrs.evolve(link, evidence=(*link.evidence, note))
        if any((i, j) in contained.pairs for i in members for j in refs):
            note = "the statement contains a sentence of this link word for word"
            link = attrs.evolve(link, evidence=(*link.evidence, note))
        links.append(link)
    rendered = {j for js in taken.values() for j in js}
    unrendered = tuple(sorted(statements[j].id for j in range(m) if j not in rendered))
    unsupported = tuple(claims[i].index for i in range(n) if i not in taken)
    return Alignment(
        links=tuple(links),
        unrendered=unrendered,
        unsupported=unsupported,
        mode="claims",
        min_score=opts.min_score,
        k=None if opts.exhaustive else opts.k,
        lang=lang,
        notes=notes,
    )


def _candidates(
    s_prof: Sequence[Profile], t_prof: Sequence[Profile], weights: Weights, opts: _ClaimsOptions
) -> set[tuple[int, int]]:
    """Step 1: the (sentence, statement) pairs worth scoring: every pair when exhaustive, else each
    side's top ``k`` from the other's retrieval."""
    n, m = len(s_prof), len(t_prof)
    if opts.exhaustive:
        return {(i, j) for i in range(n) for j in range(m)}
    pairs: set[tuple[int, int]] = set()
    k = opts.k or DEFAULT_K
    # The cut grows with a large document (2% of its texts past 5,000): a fixed 100 lost the right
    # statement from a sentence's candidates for a seventh of the sentences at 20k (doc_scale.py).
    max_df = max(DEFAULT_MAX_DF, int(DEFAULT_MAX_DF_SHARE * m))
    for i, found in enumerate(retrieve(s_prof, t_prof, weights, k=k, max_df=max_df)):
        pairs.update((i, j) for j in found)
    max_df = max(DEFAULT_MAX_DF, int(DEFAULT_MAX_DF_SHARE * n))
    for j, found in enumerate(retrieve(t_prof, s_prof, weights, k=k, max_df=max_df)):
        pairs.update((i, j) for i in found)
    return pairs


@attrs.define
class _Scored:
    """Step 2: the positive scores of the candidate pairs, per sentence, with each statement's and
    each sentence's best score and each pair's precision and recall."""

    by_sentence: dict[int, list[tuple[float, int]]]
    best_t: list[float]
    best_s: list[float]
    pr: dict[tuple[int, int], tuple[float, float]]

    @classmethod
    def of(
        cls,
        s_prof: Sequence[Profile],
        t_prof: Sequence[Profile],
        weights: Weights,
        pairs: set[tuple[int, int]],
        n: int,
        m: int,
    ) -> _Scored:
        out = cls(defaultdict(list), [0.0] * m, [0.0] * n, {})
        best_t, best_s = out.best_t, out.best_s
        for i, (js, p, r) in score_pairs(s_prof, t_prof, weights, pairs).items():
            row = out.by_sentence[i]
            for j, score, pj, rj in zip(
                js.tolist(), combine_many(p, r).tolist(), p.tolist(), r.tolist(), strict=True
            ):
                if score <= 0.0:
                    continue
                row.append((score, j))
                out.pr[(i, j)] = (pj, rj)
                if score > best_t[j]:
                    best_t[j] = score
                if score > best_s[i]:
                    best_s[i] = score
        return out


def _take_statements(
    s_prof: Sequence[Profile],
    t_prof: Sequence[Profile],
    weights: Weights,
    opts: _ClaimsOptions,
    scored: _Scored,
    twins: dict[int, list[int]],
) -> tuple[dict[int, list[int]], dict[tuple[int, int], float]]:
    """Step 3: each sentence takes its statements, best first: a statement it scores near that
    statement's best, and a further one only when it explains enough the first does not.

    A statement given more than once (``twins``) scores the same with every
    sentence; a sentence that takes one an earlier sentence took takes a twin nobody took yet,
    so a text said twice renders both copies."""
    taken: dict[int, list[int]] = {}
    scores: dict[tuple[int, int], float] = {}
    best_t = scored.best_t
    used: set[int] = set()
    for i in range(len(s_prof)):
        cands = sorted(scored.by_sentence.get(i, ()), key=lambda c: (-c[0], c[1]))
        chosen: list[int] = []
        covered_anchors: set[str] = set()
        covered_grams = _no_grams()
        for score, j in cands:
            if score < opts.min_score:
                break
            if score < opts.ratio * best_t[j]:
                continue
            if chosen:
                if score < opts.extra_ratio * best_t[j]:
                    continue  # a further statement must be (nearly) at its best in this sentence
                if len(chosen) == 1:
                    # what the first statement explains matters only once a second one comes
                    first_anchors, covered_grams = _matched(s_prof[i], t_prof[chosen[0]])
                    covered_anchors = set(first_anchors)
                m_anchors, m_grams = _matched(s_prof[i], t_prof[j])
                if figures_only(s_prof[i], t_prof[j], m_anchors):
                    continue  # a wrong figure elsewhere would find a home here (see figures_only)
                total = _weight(m_anchors, m_grams, weights)
                new = _weight(
                    m_anchors - covered_anchors,
                    np.setdiff1d(m_grams, covered_grams, assume_unique=True),
                    weights,
                )
                if total <= 0.0 or new / total < opts.min_gain:
                    continue
                covered_anchors |= m_anchors
                covered_grams = np.union1d(covered_grams, m_grams)
            if j in used:
                free = next((t for t in twins.get(j, ()) if t not in used and t not in chosen), j)
                scored.pr.setdefault((i, free), scored.pr[(i, j)])
                j = free
            if j in chosen:
                continue
            chosen.append(j)
            scores[(i, j)] = score
        if chosen:
            taken[i] = chosen
            used.update(chosen)
    return taken, scores


def _twins(t_prof: Sequence[Profile]) -> dict[int, list[int]]:
    """For each statement given more than once (the same profile: the same words and anchors in
    the same script, so the same score with every sentence), the positions of all its copies, in
    id order."""
    copies: dict[tuple[bytes, frozenset[str], str], list[int]] = defaultdict(list)
    for j, p in enumerate(t_prof):
        copies[(p.grams.tobytes(), p.anchors, p.lang)].append(j)
    return {j: group for group in copies.values() if len(group) > 1 for j in group}


def _join_consecutive(
    taken: dict[int, list[int]],
    scores: dict[tuple[int, int], float],
    s_prof: Sequence[Profile],
    t_prof: Sequence[Profile],
    weights: Weights,
    merge_gain: float,
    n: int,
    joins: Collection[int] = (),
) -> list[list[int]]:
    """Step 4: consecutive sentences that render a statement better together join one link; the
    groups of sentences, in order. ``i`` in ``joins``: sentences ``i`` and ``i + 1`` join anyway
    (a sentence their statement contains word for word, see :mod:`xcheck.align._contained`)."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(n - 1):
        if i in joins:
            parent[find(i + 1)] = find(i)
            continue
        shared = set(taken.get(i, ())) & set(taken.get(i + 1, ()))
        for j in sorted(shared):
            both = Profile.merged((s_prof[i], s_prof[i + 1]), weights)
            together = combine(*precision_recall(both, t_prof[j], weights)[:2])
            if together >= max(scores[(i, j)], scores[(i + 1, j)]) + merge_gain:
                parent[find(i + 1)] = find(i)
                break
    groups: dict[int, list[int]] = defaultdict(list)
    for i in sorted(taken):
        groups[find(i)].append(i)
    return sorted(groups.values())


def _evidence(
    s: Profile,
    t: Profile,
    weights: Weights,
    statements: Sequence[Statement],
    refs: Sequence[int],
    known: tuple[float, float] | None = None,
) -> tuple[str, ...]:
    shared = sorted(s.anchors & t.anchors, key=lambda a: (-weights.anchor(a), a))
    out = list(shared[:8])
    if len(shared) > 8:
        out.append(f"{len(shared) - 8} more shared anchors")
    if known is not None:
        (p, r), anchors_only = known, s.lang != t.lang
    else:
        p, r, anchors_only = precision_recall(s, t, weights)
    if anchors_only:
        langs = sorted({_base_lang(statements[j].lang) for j in refs})
        glossed = len(s.lex_weight) > 0 and len(t.lex_weight) > 0
        how = "anchors and bilingual glosses" if glossed else "anchors only"
        out.append(f"{how} (statement in {', '.join(langs)}): P {p:.2f}, R {r:.2f}")
    else:
        out.append(
            f"chrF-ish similarity {f1(p, r):.2f} (P {p:.2f} of the sentence, R {r:.2f} of the statement)"
        )
    return tuple(out)


def _make_link(
    members: Sequence[int],
    refs: Sequence[int],
    claims: Sequence[Sentence],
    statements: Sequence[Statement],
    s_prof: Sequence[Profile],
    t_prof: Sequence[Profile],
    weights: Weights,
    scores: dict[tuple[int, int], float],
    pr: dict[tuple[int, int], tuple[float, float]],
) -> Link:
    known = None
    if len(members) == 1 and len(refs) == 1:
        s, t = s_prof[members[0]], t_prof[refs[0]]
        score = scores[(members[0], refs[0])]
        known = pr[(members[0], refs[0])]
    else:
        s = Profile.merged((s_prof[i] for i in members), weights)
        same = [t_prof[j] for j in refs if t_prof[j].lang == s.lang]
        t = Profile.merged(same or [t_prof[j] for j in refs], weights)
        score = combine(*precision_recall(s, t, weights)[:2])
        score = max(score, max(scores.get((i, j), 0.0) for i in members for j in refs))
    evidence = _evidence(s, t, weights, statements, refs, known)
    ids = [statements[j].id for j in refs]
    return Link(
        translation=tuple(claims[i].index for i in members),
        references=tuple(ids),
        score=round(score, 4),
        evidence=evidence,
    )


def _parallel(
    claims: Sequence[Sentence],
    statements: Sequence[Statement],
    s_prof: Sequence[Profile],
    t_prof: Sequence[Profile],
    weights: Weights,
    min_score: float,
    merge_gain: float,
    band: int,
    lang: str,
    notes: tuple[str, ...],
) -> Alignment:
    guide: list[tuple[int, int]] = []
    if len(s_prof) * len(t_prof) > (2 * band + 1) ** 2:
        # steer the band through mutual best matches (hunalign/Bleualign style)
        best_t = [found[0] if found else -1 for found in retrieve(s_prof, t_prof, weights, k=1)]
        best_s = [found[0] if found else -1 for found in retrieve(t_prof, s_prof, weights, k=1)]
        guide = guide_points(best_t, best_s)
    moves = monotone_align(
        s_prof,
        t_prof,
        weights,
        skip_cost=(1.0 - min_score) / 2.0,
        merge_gain=merge_gain,
        band=band if guide else max(band, abs(len(s_prof) - len(t_prof)) + 2),
        guide=guide,
    )
    links: list[Link] = []
    unrendered: list[str] = []
    unsupported: list[int] = []
    for si, ti, cost, sim in moves:
        if not ti:
            unsupported.extend(claims[i].index for i in si)
        elif not si:
            unrendered.extend(statements[j].id for j in ti)
        else:
            s = s_prof[si[0]] if len(si) == 1 else Profile.merged((s_prof[i] for i in si), weights)
            t = t_prof[ti[0]] if len(ti) == 1 else Profile.merged((t_prof[j] for j in ti), weights)
            evidence = (
                *_evidence(s, t, weights, statements, ti),
                f"move {len(si)}-{len(ti)}, cost {cost:.3f}",
            )
            links.append(
                Link(
                    translation=tuple(claims[i].index for i in si),
                    references=tuple(statements[j].id for j in ti),
                    score=round(sim, 4),
                    evidence=evidence,
                )
            )
    links, unsupported = _attach_repeats(links, unsupported, claims, statements)
    for i in list(unsupported):
        # a sentence without words to compare ("-") that an unrendered statement states verbatim
        own = next((c.text.strip() for c in claims if c.index == i), "")
        same = next((j for j in unrendered if own and own == _text_of(statements, j)), None)
        if same is not None:
            unsupported.remove(i)
            unrendered.remove(same)
            links.append(Link((i,), (same,), 1.0, ("the statement is the sentence, word for word",)))
    return Alignment(
        links=tuple(links),
        unrendered=tuple(sorted(unrendered)),
        unsupported=tuple(sorted(unsupported)),
        mode="parallel",
        min_score=min_score,
        k=None,
        lang=lang,
        notes=notes,
    )


def _text_of(statements: Sequence[Statement], sid: str) -> str:
    """The stripped text of the statement ``sid``."""
    return next((st.text.strip() for st in statements if st.id == sid), "")


def _attach_repeats(
    links: list[Link], unsupported: list[int], claims: Sequence[Sentence], statements: Sequence[Statement]
) -> tuple[list[Link], list[int]]:
    """Join a skipped sentence to the link next to it when that link's statements contain the
    sentence word for word. Similarities count which words and n-grams occur, not how often, so
    a repeated sentence ("X said. X said." against one statement saying both) adds nothing to a
    2-1 merge and the path skips it, reporting a sentence the statement states as unsupported."""
    if not unsupported or not links:
        return links, unsupported
    text_of = {st.id: st.text for st in statements}
    sentence_of = {c.index: c.text.strip() for c in claims}
    left: list[int] = []
    for i in unsupported:
        own = sentence_of.get(i, "")
        for n, link in enumerate(links):
            near = min(link.translation) - 1 <= i <= max(link.translation) + 1
            if own and near and any(own in text_of[r] for r in link.references):
                links[n] = attrs.evolve(link, translation=tuple(sorted({*link.translation, i})))
                break
        else:
            left.append(i)
    return links, left


def format_alignment(alignment: Alignment) -> str:
    """Render an alignment for a person to read, one line per link.

    Each line reads ``[sentence indices]:[statement ids]:score`` (vecalign's ``[i]:[j,k]:cost``,
    with a similarity instead of a cost) followed by the evidence; omissions read ``[]:[R7]``
    and additions ``[4]:[]``.

    >>> from xcheck._types import Link
    >>> print(format_alignment(Alignment((Link((0, 1), ("R1",), 0.5, ("number:4500",)),), ("R2",), (2,))))
    # mode:claims|min:0.20|k:8|lang:en|anchors:full  links:1 unrendered:1 unsupported:1
    [0,1]:[R1]:0.500  number:4500
    []:[R2]  unrendered: no sentence renders this statement
    [2]:[]  unsupported: no statement supports this sentence
    """
    lines = [
        f"# {alignment.settings()}  links:{len(alignment.links)} "
        f"unrendered:{len(alignment.unrendered)} unsupported:{len(alignment.unsupported)}"
    ]
    lines.extend(f"# note: {note}" for note in alignment.notes)
    for link in alignment.links:
        left = ",".join(str(i) for i in link.translation)
        right = ",".join(link.references)
        why = "; ".join(link.evidence)
        lines.append(f"[{left}]:[{right}]:{link.score:.3f}  {why}".rstrip())
    lines.extend(
        f"[]:[{sid}]  unrendered: no sentence renders this statement" for sid in alignment.unrendered
    )
    lines.extend(f"[{i}]:[]  unsupported: no statement supports this sentence" for i in alignment.unsupported)
    return "\n".join(lines)
