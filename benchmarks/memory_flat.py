"""Memory of a long run: does ``xcheck.check_pair`` keep a flat peak over many distinct long pairs?

xcheck memoises what it reads from a text (quantities, names, quotes, word forms), so a pipeline that
meets one sentence several times reads it once. A memo that keeps every text it ever saw grows
without end in a long-running process (a server, a batch over a corpus): issue 17 measured 1.7 GB
after 6,000 distinct pairs of 5,400 characters, still growing. Every memo is bounded now
(``xcheck._cache``); this script shows it.

It checks ``--pairs`` distinct pairs (default 20,000) of about 5,000 characters each, generated
deterministically (:func:`news_pair`): news-like English with people, places, organisations, titles,
numbers, amounts, dates and quotes, every pair with its own invented names and numbers (so no memo
entry is ever reused across pairs, the worst case for memory), the translation a retelling of the
reference with a few facts changed. It prints the process's peak resident memory (``ru_maxrss``)
after the first ``--first`` pairs (default 2,000) and at the end, and their ratio (the target: at
most 1.5). Run from the repository root (some 20 minutes of CPU at 20,000 pairs)::

    PYTHONPATH=src .venv/bin/python benchmarks/memory_flat.py [--pairs 20000] [--first 2000]

``tests/test_memory_bounded.py`` runs a short version of the same measurement with tracemalloc.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time

SEED = 17
_SYLLABLES = (
    "ka lo mer tin sa vik ro den la bert ha gen mi ra son el dor fa nu wen "
    "ste fan jo ach ul ri ke mar ta bo ris an ton ze lin gor da vo li ne"
).split()
_TITLES = (
    "mayor",
    "police spokesman",
    "health minister",
    "chief executive",
    "district administrator",
    "fire chief",
    "head of the local council",
    "economy minister",
)
_KINDS = ("Council", "Police", "University", "Chamber of Commerce", "Hospital", "Football Club", "Bank")
_EVENTS = ("accident", "fire", "flood", "strike", "election", "outbreak", "protest", "storm")
_VERBS = ("injured", "evacuated", "tested", "questioned", "hired", "rescued", "vaccinated", "counted")
_UNITS = ("people", "workers", "residents", "students", "cars", "homes", "patients", "tonnes of grain")
_MONTHS = ("January February March April May June July August September October November December").split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_NOUNS = ("future", "safety", "people", "families", "economy", "schools", "region", "workers")
_SAY = ("done", "tried", "promised", "planned", "spent", "wanted")


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _person(rng: random.Random) -> str:
    return f"{_word(rng, 2)} {_word(rng, rng.randint(2, 3))}"


def _place(rng: random.Random) -> str:
    return _word(rng, 2) + rng.choice(("burg", "ville", "ton", "stadt", "field", "dorf", "ow"))


def _sentence(rng: random.Random, cast: dict[str, list[str]]) -> str:
    """One news sentence about the pair's people and places, with its own numbers."""
    person, org = rng.choice(cast["people"]), rng.choice(cast["orgs"])
    place, other = rng.sample(cast["places"], 2)
    n, year = rng.randint(2, 98_000), rng.randint(1990, 2030)
    month, day = rng.choice(_MONTHS), rng.randint(1, 28)
    noun = rng.choice(_NOUNS)
    templates = (
        f"{person}, the {rng.choice(_TITLES)} of {place}, said on {rng.choice(_DAYS)} that {n:,} "
        f"{rng.choice(_UNITS)} had been {rng.choice(_VERBS)} after the {rng.choice(_EVENTS)}.",
        f"According to the {org}, about {n:,} {rng.choice(_UNITS)} were {rng.choice(_VERBS)} between "
        f"{month} {day} and {month} {day + rng.randint(1, 3)}, {year}.",
        f'"We have {rng.choice(_SAY)} everything we could for the {noun} of {place}," {person} told '
        f"reporters in {other}.",
        f"The {org} expects costs of ${rng.randint(2, 900)}.{rng.randint(1, 9)} million by {year}, "
        f"up {rng.randint(2, 60)} percent on last year.",
        f"Temperatures reached {rng.randint(-20, 41)} degrees Celsius in {place} on {month} {day}.",
        f"{person} did not confirm the report, and the {org} declined to comment on the {noun}.",
        f"Some {rng.randint(3, 400)} kilometres of road between {place} and {other} will stay closed "
        f"until {month} {year}.",
        f"In {year}, {person} founded the {org} with {rng.randint(3, 90)} colleagues from {other}.",
    )
    return rng.choice(templates)


def _retell(rng: random.Random, sentence: str) -> str:
    """The sentence as a translation may render it: mostly the same, sometimes a fact changed."""
    roll = rng.random()
    words = sentence.split(" ")
    if roll < 0.08:  # a number changed
        spots = [i for i, w in enumerate(words) if any(c.isdigit() for c in w)]
        if spots:
            i = rng.choice(spots)
            words[i] = "".join(str((int(c) + 1) % 10) if c.isdigit() else c for c in words[i])
    elif roll < 0.12:  # a name respelled
        spots = [i for i, w in enumerate(words[1:], 1) if w[:1].isupper() and len(w) > 4]
        if spots:
            i = rng.choice(spots)
            words[i] = words[i][:2] + words[i][3:]
    elif roll < 0.15:  # a hedge added
        words.insert(min(len(words), 3), "reportedly")
    return " ".join(words)


def news_pair(
    index: int, length: int = 5_000, seed: int = SEED, cast_of: int | None = None
) -> tuple[str, str]:
    """Pair ``index`` of the deterministic corpus: (translation, reference) of about ``length`` chars.

    Every pair invents its own cast (people, places, organisations), so its texts share no name
    with any other pair; ``cast_of`` gives it the cast of that pair instead (distinct texts about
    the same people: the memos of names stop growing, those of texts do not). No sentence is left
    out: an omission makes TER search many word shifts (up to 47 s a pair at this length), which
    would measure TER rather than memory.
    """
    rng = random.Random(seed * 1_000_003 + index)
    who = rng if cast_of is None else random.Random(seed * 1_000_003 + cast_of)
    places = [_place(who) for _ in range(4)]
    cast = {
        "people": [_person(who) for _ in range(5)],
        "places": places,
        "orgs": [f"{who.choice(places)} {who.choice(_KINDS)}" for _ in range(3)],
    }
    reference: list[str] = []
    translation: list[str] = []
    size = 0
    while size < length:
        sentence = _sentence(rng, cast)
        reference.append(sentence)
        size += len(sentence) + 1
        translation.append(_retell(rng, sentence))
    return " ".join(translation), " ".join(reference)


def peak_mb() -> float:
    """The process's peak resident memory so far, in MB (``ru_maxrss`` is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pairs", type=int, default=20_000, help="distinct pairs to check")
    parser.add_argument("--first", type=int, default=2_000, help="the peak to compare against")
    parser.add_argument("--length", type=int, default=5_000, help="characters per text")
    parser.add_argument("--every", type=int, default=2_000, help="print progress every N pairs")
    args = parser.parse_args()
    import xcheck

    start = time.perf_counter()
    first = 0.0
    print(f"{'pairs':>7} {'peak MB':>8} {'seconds':>8}", flush=True)
    for i in range(args.pairs):
        translation, reference = news_pair(i, args.length)
        xcheck.check_pair(translation, reference)
        done = i + 1
        if done == args.first:
            first = peak_mb()
        if done % args.every == 0 or done == args.pairs:
            print(f"{done:7d} {peak_mb():8.1f} {time.perf_counter() - start:8.0f}", flush=True)
    last = peak_mb()
    ratio = last / first if first else float("nan")
    print(f"peak after {args.pairs} pairs / after {args.first}: {last:.1f} / {first:.1f} MB = {ratio:.2f}x")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
