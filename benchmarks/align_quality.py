"""Alignment quality: link precision and recall on synthetic corpora and on the fixture.

Synthetic corpora are built from the public SummEdits data (news and earnings-call documents and
their summaries, English) in ``../shared/benchmarks/summedits`` (``XCHECK_SHARED`` overrides the
``shared`` directory). Statements are real sentences and, to reach large sizes, sentences whose
halves come from two different real sentences. The "translation" of each statement is a noisy
rewrite (dropped, replaced and swapped words; now and then a figure drifted by rounding, which
must still link), and the document is then edited:

- ``drop``: a statement is not rendered at all (gold: unrendered),
- ``split``: a statement is rendered as two sentences (gold: both sentences link to it),
- ``merge``: two consecutive statements are rendered as one sentence (gold: both),
- ``add``: a sentence from outside the statements is inserted (gold: unsupported),
- ``distractor``: a copy of a statement with one figure or one name changed is added to the
  statements (gold: unrendered; the sentence must link to the original).

Statements are shuffled and given random ids. Gold links are (sentence, statement) pairs;
precision and recall are over those pairs. The fixture's gold is the ``paragraph`` of each
reference statement: a link is right when its sentence is in that paragraph.

Run from the repository root::

    .venv/bin/python benchmarks/align_quality.py [--sizes 1000,5000] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from xcheck._fixtures import paragraph_labels  # noqa: E402
from xcheck._types import Sentence, Statement  # noqa: E402
from xcheck.align import Alignment, align  # noqa: E402
from xcheck.text._segment import segment  # noqa: E402


def shared_dir() -> Path:
    """The ``shared`` directory next to the repository (or ``$XCHECK_SHARED``)."""
    env = os.environ.get("XCHECK_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared"


def summedits_dir() -> Path | None:
    """The SummEdits data directory, or None when it is absent."""
    path = shared_dir() / "benchmarks" / "summedits" / "data"
    return path if path.is_dir() else None


def load_pool() -> tuple[list[str], list[str]]:
    """Distinct sentences of the SummEdits documents and summaries: (documents, summaries)."""
    data = summedits_dir()
    if data is None:
        return [], []
    docs: set[str] = set()
    sums: set[str] = set()
    for path in sorted(data.glob("summedits_*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            docs.add(item["doc"])
            sums.add(item["original_summary"])
    doc_sents: set[str] = set()
    sum_sents: set[str] = set()
    for target, texts in ((doc_sents, docs), (sum_sents, sums)):
        for text in sorted(texts):
            for s in segment(text):
                t = " ".join(s.text.split())
                if s.role == "claim" and 40 <= len(t) <= 320 and len(t.split()) >= 7:
                    target.add(t)
    return sorted(doc_sents), sorted(sum_sents - doc_sents)


_CLAUSE = re.compile(r",\s+|;\s+|\s+(?:and|but|while|which|as|after|because)\s+")
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
_CAP = re.compile(r"(?<=\s)[A-Z][a-z]{2,}")


def halves(text: str) -> tuple[str, str] | None:
    """Split a sentence at the clause boundary nearest its middle (five words a side at least)."""
    cuts = [
        m
        for m in _CLAUSE.finditer(text)
        if len(text[: m.start()].split()) >= 5 and len(text[m.end() :].split()) >= 5
    ]
    if not cuts:
        return None
    m = min(cuts, key=lambda m: abs(m.start() - len(text) / 2))
    return text[: m.start()].rstrip(",;"), text[m.end() :]


def make_statements(pool: Sequence[str], n: int, rng: random.Random) -> list[str]:
    """``n`` distinct statements: real sentences first, then two-sentence hybrids.

    Hybrids (only when ``n`` exceeds the pool, for the speed benchmark) share halves with other
    statements, so their gold is ambiguous: quality is reported on real sentences only.
    """
    out: list[str] = []
    seen: set[str] = set()
    base = list(pool)
    rng.shuffle(base)
    for text in base[:n]:
        out.append(text)
        seen.add(text)
    splittable = [h for h in (halves(t) for t in pool) if h is not None]
    attempts = 0
    while len(out) < n and splittable and attempts < 50 * n:
        attempts += 1
        a, b = rng.choice(splittable), rng.choice(splittable)
        text = f"{a[0]}, {b[1][0].lower()}{b[1][1:]}"
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


def noisy(text: str, vocab: Sequence[str], rng: random.Random, *, noise: float) -> str:
    """A rewrite of ``text``: some words dropped, replaced or swapped; figures and names kept."""
    words = text.split()
    out: list[str] = []
    for w in words:
        keep = bool(_NUM.search(w)) or w[:1].isupper()
        r = rng.random()
        if not keep and r < noise:
            continue
        if not keep and r < 2 * noise:
            out.append(rng.choice(vocab))
            continue
        out.append(w)
    for i in range(len(out) - 1):
        if rng.random() < noise / 2:
            out[i], out[i + 1] = out[i + 1], out[i]
    return " ".join(out)


def drift_figure(text: str, rng: random.Random) -> str:
    """Change one figure by rounding it (29,000 for 28,500): the link must survive."""
    nums = [
        m
        for m in _NUM.finditer(text)
        if len(m.group().replace(",", "")) >= 3 and not re.fullmatch(r"1[89]\d\d|20\d\d", m.group())
    ]
    if not nums:
        return text
    m = rng.choice(nums)
    digits = m.group().replace(",", "").split(".")[0]
    value = int(digits)
    step = 10 ** max(1, len(digits) - 2)
    rounded = (value // step + 1) * step
    shown = f"{rounded:,}" if "," in m.group() else str(rounded)
    return text[: m.start()] + shown + text[m.end() :]


def distractor(text: str, names: Sequence[str], rng: random.Random) -> str | None:
    """A copy of ``text`` with one figure or one name changed, or None if it has neither."""
    nums = list(_NUM.finditer(text))
    caps = list(_CAP.finditer(text))
    if nums and (not caps or rng.random() < 0.5):
        m = rng.choice(nums)
        digits = m.group()
        new = "".join(str((int(c) + rng.randint(1, 8)) % 10) if c.isdigit() else c for c in digits)
        return text[: m.start()] + new + text[m.end() :]
    if caps:
        m = rng.choice(caps)
        other = rng.choice([x for x in names if x != m.group()] or ["Smith"])
        return text[: m.start()] + other + text[m.end() :]
    return None


@dataclass
class Corpus:
    """A synthetic alignment problem with its gold links."""

    sentences: list[Sentence]
    statements: list[Statement]
    gold: set[tuple[int, str]]
    counts: dict[str, int] = field(default_factory=dict)


def build_corpus(
    n: int,
    *,
    seed: int = 1,
    pool: tuple[list[str], list[str]] | None = None,
    noise: float = 0.08,
    p_drop: float = 0.08,
    p_split: float = 0.08,
    p_merge: float = 0.08,
    p_add: float = 0.05,
    p_distractor: float = 0.08,
    p_drift: float = 0.05,
) -> Corpus:
    """Build a corpus of about ``n`` statements (see the module docstring)."""
    rng = random.Random(seed)
    docs, sums = pool if pool is not None else load_pool()
    everything = docs + sums
    rng.shuffle(everything)
    held_out = everything[: max(20, len(everything) // 10)]
    texts = make_statements(everything[len(held_out) :], n, rng)
    vocab = sorted({w for t in texts[:2000] for w in t.split() if w.isalpha() and w.islower()})
    names = sorted({m.group() for t in texts[:2000] for m in _CAP.finditer(t)})
    ids: list[str] = []
    used: set[str] = set()
    while len(ids) < len(texts):
        sid = f"S{rng.randrange(16**7):07x}"
        if sid not in used:
            used.add(sid)
            ids.append(sid)
    counts = dict.fromkeys(("drop", "split", "merge", "add", "distractor", "drift"), 0)
    # Each unit: (sentence texts, statement ids they render).
    units: list[tuple[list[str], list[str]]] = []
    i = 0
    while i < len(texts):
        r = rng.random()
        text, sid = texts[i], ids[i]
        if r < p_drop:
            counts["drop"] += 1
            i += 1
            continue
        rendered = noisy(text, vocab, rng, noise=noise)
        if rng.random() < p_drift:
            drifted = drift_figure(rendered, rng)
            counts["drift"] += drifted != rendered
            rendered = drifted
        r = rng.random()
        parts = halves(rendered)
        if r < p_split and parts is not None:
            counts["split"] += 1
            units.append(([parts[0] + ".", parts[1][0].upper() + parts[1][1:]], [sid]))
        elif r < p_split + p_merge and i + 1 < len(texts):
            counts["merge"] += 1
            second = noisy(texts[i + 1], vocab, rng, noise=noise)
            joined = rendered.rstrip(".") + ", and " + second[0].lower() + second[1:]
            units.append(([joined], [sid, ids[i + 1]]))
            i += 1
        else:
            units.append(([rendered], [sid]))
        if rng.random() < p_add:
            counts["add"] += 1
            units.append(([noisy(rng.choice(held_out), vocab, rng, noise=noise)], []))
        i += 1
    statements = [Statement(sid, text) for sid, text in zip(ids, texts, strict=True)]
    for text in texts:
        if rng.random() < p_distractor:
            fake = distractor(text, names, rng)
            if fake is not None and fake not in texts:
                counts["distractor"] += 1
                sid = f"D{rng.randrange(16**7):07x}"
                statements.append(Statement(sid, fake))
    rng.shuffle(statements)
    sentences: list[Sentence] = []
    gold: set[tuple[int, str]] = set()
    pos = 0
    for sent_texts, sids in units:
        for t in sent_texts:
            idx = len(sentences)
            sentences.append(Sentence(idx, pos, pos + len(t), t))
            pos += len(t) + 1
            gold.update((idx, sid) for sid in sids)
    return Corpus(sentences, statements, gold, counts)


def link_pairs(alignment: Alignment) -> set[tuple[int, str]]:
    """Every (sentence index, statement id) pair the alignment links."""
    return {(i, sid) for link in alignment.links for i in link.translation for sid in link.references}


def prf(got: set[tuple[int, str]], gold: set[tuple[int, str]]) -> tuple[float, float, float]:
    """Precision, recall and F1 of predicted pairs against gold pairs."""
    tp = len(got & gold)
    p = tp / len(got) if got else 1.0
    r = tp / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def flag_scores(alignment: Alignment, corpus: Corpus) -> tuple[tuple[float, float], tuple[float, float]]:
    """Precision/recall of the unrendered and unsupported flags against gold."""
    linked_ids = {sid for _, sid in corpus.gold}
    gold_unrendered = {st.id for st in corpus.statements} - linked_ids
    linked_sents = {i for i, _ in corpus.gold}
    gold_unsupported = {s.index for s in corpus.sentences} - linked_sents
    out = []
    for got, gold in (
        (set(alignment.unrendered), gold_unrendered),
        (set(alignment.unsupported), gold_unsupported),
    ):
        tp = len(got & gold)
        out.append((tp / len(got) if got else 1.0, tp / len(gold) if gold else 1.0))
    return out[0], out[1]


def fixture_problem() -> tuple[list[Sentence], list[Statement], set[tuple[int, str]]]:
    """The Observer Network fixture with paragraph-level gold links."""
    fixture = REPO / "fixtures" / "observer-network"
    text = (fixture / "observer-network-2025-05-23.en.txt").read_text(encoding="utf-8")
    rows = [
        json.loads(line) for line in (fixture / "references.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    statements = [Statement(r["id"], r["text"], lang=r["lang"]) for r in rows]
    sentences = list(segment(text))
    labels = paragraph_labels(text, sentences)
    claims = {s.index for s in sentences if s.role == "claim"}
    gold = {(i, r["id"]) for i, lab in labels.items() if i in claims for r in rows if r["paragraph"] == lab}
    return sentences, statements, gold


def report_fixture() -> None:
    """Print link precision/recall on the fixture (paragraph-level gold)."""
    sentences, statements, gold = fixture_problem()
    result = align(sentences, statements)
    got = link_pairs(result)
    p, r, f = prf(got, gold)
    covered = {sid for _, sid in got}
    stmt_recall = len(covered & {sid for _, sid in gold}) / len({sid for _, sid in gold})
    claims = [s.index for s in sentences if s.role == "claim"]
    sent_ok = sum(1 for i in claims if any((i, sid) in gold for (j, sid) in got if j == i)) / len(claims)
    print(
        f"fixture observer-network: {len(claims)} claim sentences x {len(statements)} statements: "
        f"link precision {p:.3f} recall {r:.3f} F1 {f:.3f}; statements linked somewhere right "
        f"{stmt_recall:.3f}; sentences with a right link {sent_ok:.3f}; "
        f"unrendered {len(result.unrendered)}, unsupported {len(result.unsupported)}"
    )


def bbh_problem() -> tuple[list[Sentence], list[Statement], set[tuple[int, str]]] | None:
    """BIG-Bench salient translation pairs: German sources as statements (``lang="de"``) and
    their English translations (each with one injected error) as sentences, shuffled."""
    path = shared_dir() / "benchmarks" / "bbh_salient_translation" / "data"
    path = path / "salient_translation_error_detection.json"
    if not path.is_file():
        return None
    items = json.loads(path.read_text(encoding="utf-8"))["examples"]
    pairs = []
    for item in items:
        m = re.search(r"Source:\s*(.*?)\s*\nTranslation:\s*(.*?)\s*\n", item["input"], re.S)
        if m:
            pairs.append((m.group(1), m.group(2)))
    rng = random.Random(3)
    order = list(range(len(pairs)))
    rng.shuffle(order)
    statements = [Statement(f"B{i:03d}", pairs[i][0], lang="de") for i in range(len(pairs))]
    sentences = []
    pos = 0
    gold = set()
    for idx, i in enumerate(order):
        text = pairs[i][1]
        sentences.append(Sentence(idx, pos, pos + len(text), text))
        pos += len(text) + 1
        gold.add((idx, f"B{i:03d}"))
    return sentences, statements, gold


def report_bbh() -> None:
    """Print link precision/recall on the German-English BIG-Bench pairs."""
    problem = bbh_problem()
    if problem is None:
        print(f"skipped: BIG-Bench salient translation data not found under {shared_dir()}")
        return
    sentences, statements, gold = problem
    for mode in ("claims", "parallel"):
        if mode == "parallel":
            # parallel mode needs both sides in document order: keep the sentence order
            by_id = {st.id: st for st in statements}
            statements = [by_id[sid] for _, sid in sorted(gold)]
        result = align(sentences, statements, mode=mode)  # type: ignore[arg-type]
        p, r, f = prf(link_pairs(result), gold)
        print(
            f"bbh de->en ({mode}): {len(sentences)} English sentences x "
            f"{len(statements)} German statements: link precision {p:.3f} recall {r:.3f} F1 {f:.3f}; "
            f"unrendered {len(result.unrendered)}, unsupported {len(result.unsupported)}"
        )


def report_synthetic(sizes: Iterable[int], seed: int, modes: Sequence[str] = ("claims",)) -> None:
    """Print precision/recall on synthetic corpora of the given sizes."""
    pool = load_pool()
    if not pool[0]:
        print(f"skipped: SummEdits data not found under {shared_dir()}")
        return
    for n in sizes:
        corpus = build_corpus(n, seed=seed, pool=pool)
        t0 = time.perf_counter()
        result = align(corpus.sentences, corpus.statements)
        elapsed = time.perf_counter() - t0
        p, r, f = prf(link_pairs(result), corpus.gold)
        (urp, urr), (usp, usr) = flag_scores(result, corpus)
        edits = ", ".join(f"{k} {v}" for k, v in corpus.counts.items())
        print(
            f"synthetic n={n} seed={seed}: {len(corpus.sentences)} sentences x "
            f"{len(corpus.statements)} statements ({edits}): link precision {p:.3f} recall {r:.3f} "
            f"F1 {f:.3f}; unrendered P {urp:.3f} R {urr:.3f}; unsupported P {usp:.3f} R {usr:.3f}; "
            f"{elapsed:.2f} s ({result.settings()})"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="300,650", help="comma-separated corpus sizes")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    report_fixture()
    report_bbh()
    report_synthetic([int(x) for x in args.sizes.split(",") if x], args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
