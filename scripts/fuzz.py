"""A long fuzzing run (``make fuzz``): by default a million inputs across the targets of
``tests/fuzz_targets.py`` (the public functions, the file readers, the renderers, the command line).

The inputs come from a seeded ``random.Random`` generator (the same run for the same ``--seed``),
built like the Hypothesis strategies of ``tests/test_fuzz.py`` but much cheaper to draw: news-like
pieces (numbers, dates, CJK and Hangul numerals, quote marks, titles, capitalised words), runs of one
piece repeated, arbitrary characters (lone surrogates included where the Python API takes a str),
JSON values, and files made of them. The targets take turns in proportion to their share, so a run
stopped early (``--minutes``) has covered all of them.

A failure is any exception other than ``XcheckError`` (or a CLI exit status other than 0, 1 and 2,
or a traceback on its standard error), and an input running longer than ``--timeout`` seconds. Each
distinct failure (target, exception type, innermost xcheck frame) is shrunk to a small reproducer
and printed at the end, with the inputs run per target and the slowest input of each. The exit
status is 1 when anything failed, else 0. Run from the repository root::

    .venv/bin/python scripts/fuzz.py [--inputs 1000000] [--seed 0] [--minutes M] [--target NAME]
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import fuzz_targets as ft

#: Share of the inputs each target gets (the cheap readers more, the whole pipeline and the CLI less).
SHARES = {
    "extract": 500,
    "compare": 100,
    "check_pair": 80,
    "check": 40,
    "check+render": 8,
    "check_pairs": 30,
    "references": 60,
    "pairs": 80,
    "glossary": 60,
    "suppressions": 120,
    "read_files": 15,
    "config": 5,
    "cli": 2,
}

QUOTES = "\"'“”‘’「」『』《》«»"
DIGITS = "0123456789,.-:%/ "


class Hang(BaseException):
    """An input ran longer than the timeout (a BaseException, so no ``except Exception`` swallows it)."""


# --- inputs --------------------------------------------------------------------------------------


def _char(rng: random.Random, surrogates: bool) -> str:
    roll = rng.random()
    if roll < 0.3:
        return chr(rng.randint(0x20, 0x7E))
    if roll < 0.45:
        return chr(rng.randint(0x4E00, 0x9FFF))
    if roll < 0.6:
        return chr(rng.randint(0xAC00, 0xD7A3))
    if roll < 0.65 and surrogates:
        return chr(rng.randint(0xD800, 0xDFFF))
    code = rng.randint(0, 0x10FFFF)
    return chr(code) if surrogates or not 0xD800 <= code <= 0xDFFF else "\ufffd"


def _piece(rng: random.Random, surrogates: bool) -> str:
    roll = rng.random()
    if roll < 0.5:
        return rng.choice(ft.TOKENS)
    if roll < 0.6:
        return str(rng.randint(-(10**6), 10 ** rng.randint(1, 16)))
    if roll < 0.68:
        return "".join(rng.choice(DIGITS) for _ in range(rng.randint(1, 12)))
    if roll < 0.76:
        return chr(rng.randint(65, 90)) + "".join(chr(rng.randint(97, 122)) for _ in range(rng.randint(0, 8)))
    if roll < 0.82:
        return "".join(rng.choice(QUOTES) for _ in range(rng.randint(1, 3)))
    if roll < 0.86:  # a run of one piece: where a reader can go quadratic
        return rng.choice(ft.TOKENS) * rng.randint(2, 60)
    return "".join(_char(rng, surrogates) for _ in range(rng.randint(1, 4)))


def text(rng: random.Random, *, surrogates: bool = False, pieces: int = 40) -> str:
    """News-like text: pieces joined by spaces, newlines and punctuation; now and then plain characters."""
    if rng.random() < 0.1:
        return "".join(_char(rng, surrogates) for _ in range(rng.randint(0, 60)))
    count = rng.randint(0, pieces)
    return "".join(_piece(rng, surrogates) + rng.choice(ft.SEPARATORS) for _ in range(count))


def texts(rng: random.Random) -> ft.Texts:
    """Two texts and the options of a call."""
    reference_lang = rng.choice((None, *ft.LANGS))
    return ft.Texts(
        text(rng, surrogates=rng.random() < 0.2),
        text(rng),
        rng.choice(ft.LANGS),
        reference_lang,
        rng.choice(ft.MODES),
    )


def scalar(rng: random.Random) -> Any:
    """A JSON leaf (and now and then a float JSON cannot write strictly)."""
    roll = rng.randint(0, 8)
    choices: list[Callable[[], Any]] = [
        lambda: None,
        lambda: rng.random() < 0.5,
        lambda: rng.randint(-(10**20), 10**20),
        lambda: rng.choice((0.5, -1e308, 1e400, float("nan"), 3.0, -0.0)),
        lambda: text(rng, pieces=6, surrogates=rng.random() < 0.05),
        lambda: rng.choice(("", " ", "en", "ko", "zh", "2020-05-22", "2020-02-30", "person", "org", "R1")),
        lambda: "".join(_char(rng, False) for _ in range(rng.randint(0, 8))),
        lambda: str(rng.randint(0, 99)),
        lambda: rng.choice(ft.TOKENS),
    ]
    return choices[roll]()


def value(rng: random.Random, depth: int = 0) -> Any:
    """A JSON value: a leaf, a list or an object (keys often the fields the readers know)."""
    roll = rng.random()
    if depth > 3 or roll < 0.5:
        return scalar(rng)
    if roll < 0.7:
        return [value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    keys = [
        rng.choice(ft.FIELDS) if rng.random() < 0.8 else text(rng, pieces=2) for _ in range(rng.randint(0, 5))
    ]
    return {k: value(rng, depth + 1) for k in keys}


def record(rng: random.Random) -> dict[str, Any]:
    """An object with an id and some of the known fields: past the shape checks, into the texts."""
    out: dict[str, Any] = {"id": rng.choice((str(rng.randint(0, 9)), rng.randint(0, 9), text(rng, pieces=1)))}
    for field in rng.sample(ft.FIELDS[1:], rng.randint(1, 6)):
        out[field] = text(rng, pieces=12) if rng.random() < 0.7 else value(rng, 1)
    return out


def values(rng: random.Random) -> list[Any]:
    """A list of records and JSON values."""
    return [record(rng) if rng.random() < 0.6 else value(rng) for _ in range(rng.randint(0, 6))]


def file(rng: random.Random) -> ft.File:
    """A file of one kind (raw bytes, text, JSON, a table, TOML, PO, XLIFF, TMX) with an extension."""
    kind = rng.choice(ft.FILE_KINDS)
    text_list = [text(rng, pieces=10) for _ in range(rng.randint(0, 6))]
    raw = rng.randbytes(rng.randint(0, 200))
    data = ft.file_bytes(kind, text_list, values(rng), raw)
    other = ft.file_bytes(rng.choice(("text", "raw")), text_list[::-1], [], rng.randbytes(rng.randint(0, 50)))
    return ft.File(data, "in" + rng.choice(ft.FILE_NAMES), other)


def draw(target: str, rng: random.Random) -> Any:
    """One input for ``target``."""
    if target in ft.TEXT_TARGETS:
        return texts(rng)
    if target in ft.VALUE_TARGETS:
        return values(rng)
    return file(rng)


# --- running and shrinking -----------------------------------------------------------------------


def warm_up(folder: Path) -> None:
    """Load what is loaded on first use (the Chinese and Korean taggers, the lexicons), so that
    one-time loading is not reported as the slowest input."""
    for lang in ("en", "zh", "ko"):
        data = ft.Texts(
            "문재인 대통령은 3만 명을 만났다. 習近平说 5万人。", "Moon met 30,000 people on May 5.", lang
        )
        for target in ft.TEXT_TARGETS:
            attempt(target, data, folder, 600)


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang


def attempt(target: str, data: Any, folder: Path, timeout: float) -> BaseException | None:
    """None when ``target`` keeps the contract on ``data``, else what it raised."""
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        ft.run(target, data, folder)
    except (Exception, Hang) as exc:
        return exc
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return None


def signature(target: str, exc: BaseException) -> str:
    """The target, the exception type and the innermost frame in xcheck: one bug, however reached."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "xcheck" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno} in {frames[-1].name}" if frames else "?"
    return f"{target}: {type(exc).__name__} at {where}"


def _smaller(data: Any) -> list[Any]:
    """Candidates one step smaller than ``data``: halves and chunks removed, parts simplified."""
    if isinstance(data, (str, bytes)):
        out = []
        n = len(data)
        size = n // 2
        while size >= 1:
            out.extend(data[:i] + data[i + size :] for i in range(0, n, size))
            size //= 2
        return out
    if isinstance(data, list):
        drops = [data[:i] + data[i + 1 :] for i in range(len(data))]
        return drops + [[*data[:i], s, *data[i + 1 :]] for i, v in enumerate(data) for s in _smaller(v)[:8]]
    if isinstance(data, dict):
        drops = [{k: v for k, v in data.items() if k != key} for key in data]
        return drops + [{**data, k: s} for k, v in data.items() for s in _smaller(v)[:8]]
    if isinstance(data, ft.Texts):
        out = [
            ft.Texts(s, data.reference, data.lang, data.reference_lang, data.mode)
            for s in _smaller(data.translation)
        ]
        out += [
            ft.Texts(data.translation, s, data.lang, data.reference_lang, data.mode)
            for s in _smaller(data.reference)
        ]
        return [ft.Texts(data.translation, data.reference), *out]
    if isinstance(data, ft.File):
        return [ft.File(s, data.name, data.other) for s in _smaller(data.data)] + [
            ft.File(data.data, data.name, s) for s in _smaller(data.other)
        ]
    return []


def shrink(target: str, data: Any, sig: str, folder: Path, timeout: float, budget: float = 60.0) -> Any:
    """A smaller input failing with the same signature (greedy, within ``budget`` seconds)."""
    end = time.monotonic() + budget
    improved = True
    while improved and time.monotonic() < end:
        improved = False
        for candidate in _smaller(data):
            if candidate == data or time.monotonic() > end:
                continue
            exc = attempt(target, candidate, folder, timeout)
            if exc is not None and signature(target, exc) == sig:
                data, improved = candidate, True
                break
    return data


def _share_order(targets: list[str], total: int) -> list[tuple[str, int]]:
    """Each target with its number of inputs, in proportion to ``SHARES``."""
    weight = sum(SHARES[t] for t in targets)
    return [(t, max(1, total * SHARES[t] // weight)) for t in targets]


def fuzz(
    targets: list[str], total: int, seed: int, minutes: float | None, timeout: float, slow: float
) -> int:
    """Run the fuzzer; print the summary; return the exit status."""
    plan = _share_order(targets, total)
    done = dict.fromkeys(targets, 0)
    spent = dict.fromkeys(targets, 0.0)
    slowest: dict[str, tuple[float, Any]] = {t: (0.0, None) for t in targets}
    failures: dict[str, tuple[int, Any, BaseException]] = {}
    rng = random.Random(seed)
    start = time.monotonic()
    deadline = start + minutes * 60 if minutes else None
    signal.signal(signal.SIGALRM, _on_alarm)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        warm_up(folder)
        start = time.monotonic()
        rounds = max(n for _, n in plan)
        for step in range(rounds):
            if deadline and time.monotonic() > deadline:
                break
            for target, n in plan:
                if step * n // rounds == (step + 1) * n // rounds:
                    continue  # this target's turns are spread evenly over the rounds
                data = draw(target, rng)
                began = time.perf_counter()
                exc = attempt(target, data, folder, timeout)
                took = time.perf_counter() - began
                done[target] += 1
                spent[target] += took
                if took > slowest[target][0]:
                    slowest[target] = (took, data)
                if took > slow:
                    print(f"SLOW {target} {took:.1f} s: {_show(data)[:3000]}", flush=True)
                if exc is not None:
                    sig = signature(target, exc)
                    count, first, first_exc = failures.get(sig, (0, data, exc))
                    failures[sig] = (count + 1, first, first_exc)
            if step % max(1, rounds // 100) == 0:
                print(f"  {sum(done.values()):,} inputs, {len(failures)} failures, "
                      f"{time.monotonic() - start:.0f} s", file=sys.stderr, flush=True)  # fmt: skip
        elapsed = time.monotonic() - start
        report(done, spent, slowest, elapsed, seed)
        for sig, (count, data, exc) in sorted(failures.items()):
            small = shrink(sig.split(":")[0], data, sig, folder, timeout)
            print(f"\nFAIL {sig} ({count} inputs)\n  {type(exc).__name__}: {str(exc)[:300]}")
            print(f"  reproducer: {sig.split(':')[0]} {_show(small)}")
    print(f"\n{len(failures)} distinct failures")
    return 1 if failures else 0


def _show(data: Any) -> str:
    return repr(data) if not isinstance(data, list) else json.dumps(data, ensure_ascii=True)[:2000]


def report(
    done: dict[str, int],
    spent: dict[str, float],
    slowest: dict[str, tuple[float, Any]],
    elapsed: float,
    seed: int,
) -> None:
    """The inputs run per target, their rate, and the slowest input of each target."""
    total = sum(done.values())
    print(f"seed {seed}: {total:,} inputs in {elapsed:.0f} s ({total / max(elapsed, 1e-9):,.0f} a second)")
    print(f"{'target':<14} {'inputs':>10} {'a second':>9} {'slowest':>9}  slowest input")
    for target, n in done.items():
        took, data = slowest[target]
        rate = n / max(spent[target], 1e-9)
        print(f"{target:<14} {n:>10,} {rate:>9,.0f} {took:>8.2f}s  {_show(data)[:100]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--inputs", type=int, default=1_000_000, help="inputs in all (default 1,000,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--minutes", type=float, help="stop after this long (the summary says how far it got)"
    )
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds one input may take (default 30)")
    parser.add_argument("--slow", type=float, default=5.0, help="print an input taking longer (default 5 s)")
    parser.add_argument("--target", action="append", choices=sorted(SHARES), help="only these (repeatable)")
    args = parser.parse_args(argv)
    return fuzz(args.target or list(SHARES), args.inputs, args.seed, args.minutes, args.timeout, args.slow)


if __name__ == "__main__":
    sys.exit(main())
