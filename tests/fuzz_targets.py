"""What the fuzz tests (``tests/test_fuzz.py``) and ``make fuzz`` (``scripts/fuzz.py``) feed xcheck.

Each target takes one drawn input and calls public functions and file readers with it. The property
is the same for all: a result, or an :class:`~xcheck.errors.XcheckError` (the project's error, with
file, line and reason), never another exception; the command line exits 0, 1 or 2 and never prints a
traceback. A target returns normally or raises ``XcheckError``; anything else is a crash.

Three kinds of input, each drawn by a Hypothesis strategy in the tests and by a seeded
``random.Random`` generator in the script (for throughput):

- ``Texts``: a translation, a reference, a language and a mode (the Python API with str arguments;
  lone surrogates are allowed there, since no JSON layer has rejected them);
- ``Values``: a list of JSON values (the JSON readers, and the API given them as Python objects);
- ``File``: bytes written to a file with a given extension, and the readers of that file.

``TOKENS`` are the pieces news text is made of and the readers look for: digits with separators,
scale and unit words, dates, CJK and Hangul numerals, quote marks, titles, capitalised words.
Joining a few dozen at random reaches far more reader paths than uniformly random characters.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs

import xcheck
from xcheck import _config, _inputs, _io, render, suppress
from xcheck.errors import PairError, XcheckError
from xcheck.facts.names import Glossary

TOKENS = (
    # numbers and separators
    "0", "1", "5", "12", "1,000", "28,500", "3.5", "0.5", "1.234,5", "1 000", "1e5", "½", "-", "–", "—",
    "+", "%", "per cent", "percent", "$", "€", "£", "¥", "₩", "USD", "billion", "million", "thousand",
    "bn", "m", "km", "miles", "kg", "°C", "times", "half", "twice", "dozens", "about", "some", "more than",
    "nearly", "at least", "up to", "from", "to", "between", "and", "or", "not", "no", "never", "x",
    "5-6 to 7-8", "1-2-", "5:", "5%", "10:30", "3rd", "1990s", "No. 1", "#1", "(", ")", "[", "]", "/",
    # dates
    "May", "June", "2020", "May 22", "22 May 2020", "2020-05-22", "05/22/2020", "Monday", "yesterday",
    "last year", "Q3", "FY2020", "2019년", "5월", "22일", "2020年", "5月", "22日", "上午",
    # CJK and Hangul numerals, units, names
    "一", "二", "三", "十", "百", "千", "万", "亿", "兆", "两", "半", "三万", "一亿五千万", "百分之五",
    "元", "美元", "人", "名", "公里", "约", "近", "多", "習近平", "习近平", "北京", "中国", "说", "。", "，",
    "만", "억", "조", "천", "3만", "1억 5천만", "원", "달러", "명", "약", "김정은", "서울", "문재인", "대통령",
    "했다", "은", "는", "이", "가", "를", "에서", "을", "。", "、",
    # quote marks and punctuation
    '"', "'", "“", "”", "‘", "’", "«", "»", "「", "」", "『", "』", "《", "》", "〈", "〉", "‹", "›", "„",
    "O'", "...", "…", ".", ",", ";", ":", "!", "?", "·", "\u200b", "\u00a0", "\ufeff", "\u202e", "\x00",
    # titles and capitalised words
    "Mr.", "Mrs.", "Dr.", "Prof.", "Gen.", "President", "Minister", "Secretary of State", "CEO", "the",
    "A", "I", "U.S.", "UN", "EU", "NATO", "Trump", "Biden", "Moon Jae-in", "Kim Jong Un", "Xi Jinping",
    "Seoul", "Washington", "North Korea", "Pentagon", "Samsung", "O'Brien", "McDonald", "van der Berg",
    "Smith", "said", "told", "reported", "Reuters", "By", "Photo:", "Copyright", "AP",
)  # fmt: skip
TOKENS = tuple(dict.fromkeys(TOKENS))
SEPARATORS = (" ", " ", " ", "", "\n", "\n\n", ". ", ", ", "\t", "\r\n")
LANGS = ("en", "zh", "ko", "de", "EN", "zh-Hant", "xx")
MODES = ("claims", "parallel")

#: The fields the readers know, so drawn records often reach past the "unknown field" checks.
FIELDS = (
    "id", "text", "source", "date", "lang", "url", "translation", "reference", "name", "kind",
    "aliases", "country", "roles", "title", "start", "end", "holder", "entities", "reason",
)  # fmt: skip

#: Formats and the extensions the file readers take them by.
REFERENCE_EXTENSIONS = (".jsonl", ".json", ".csv", ".tsv", ".txt")
PAIR_EXTENSIONS = (".jsonl", ".json", ".csv", ".tsv", ".po", ".xliff", ".tmx")
REPORT_FORMATS = ("markdown", "text", "json", "html", "sarif", "junit", "csv", "github", "claimreview")


@attrs.frozen
class Texts:
    """Two texts and the options of a call."""

    translation: str
    reference: str
    lang: str = "en"
    reference_lang: str | None = None
    mode: str = "claims"


@attrs.frozen
class File:
    """Bytes to write to a file named ``name`` (its extension chooses the format), and a second file's."""

    data: bytes
    name: str
    other: bytes = b""


class Crash(AssertionError):
    """A target broke its contract: an exception other than XcheckError, or a bad CLI outcome."""


# --- Texts ---------------------------------------------------------------------------------------


def _lang(t: Texts) -> str:
    return t.lang if t.lang in ("en", "zh", "ko") else "en"


def extract(t: Texts) -> None:
    """The stage functions on one text: segmentation and the fact readers."""
    xcheck.segment(t.translation)
    for q in xcheck.extract_quantities(t.translation, lang=t.lang):
        xcheck.format_value(q)
    xcheck.extract_mentions(t.translation, lang=t.lang)
    xcheck.extract_quotes(t.translation)


def compare(t: Texts) -> None:
    """The comparison functions on two texts."""
    xcheck.compare_quantities(t.translation, t.reference, lang=t.lang, reference_lang=t.reference_lang)
    xcheck.compare_entities(t.translation, t.reference, lang=t.lang, reference_lang=t.reference_lang)
    xcheck.compare_quotes(t.translation, t.reference)


def pair(t: Texts) -> None:
    """``check_pair`` and the record renderers of its result."""
    result = xcheck.check_pair(t.translation, t.reference, lang=t.lang, reference_lang=t.reference_lang)
    render.pair_to_dict("p1", result)
    render.to_records(result)


def pairs(t: Texts) -> None:
    """``check_pairs`` on the texts as a tuple and as a mapping: no pair may fail unexpectedly."""
    items: list[Any] = [
        (t.translation, t.reference),
        {"id": "p2", "translation": t.reference, "reference": t.translation, "lang": t.lang},
    ]
    _no_pair_error(xcheck.check_pairs(items, lang=_lang(t), reference_lang=t.reference_lang))


def _no_pair_error(results: Iterator[Any]) -> None:
    for result in results:
        if isinstance(result, PairError):
            raise Crash(result.reason)


def _references(t: Texts) -> list[dict[str, str]]:
    half = t.reference[: len(t.reference) // 2]
    return [{"id": "R1", "text": t.reference}, {"id": "R2", "text": half + t.translation[:20]}]


def check(t: Texts) -> None:
    """``check`` with the reference (and a mix of it and the translation) as statements."""
    refs = _references(t)
    mode = t.mode if t.mode in MODES else "claims"
    xcheck.check(t.translation, refs, lang=t.lang, mode=mode)  # type: ignore[arg-type]


def check_render(t: Texts) -> None:
    """``check``, then every renderer of a report, the alignment and the places of the findings."""
    report = xcheck.check(t.translation, _references(t), lang=t.lang, mode="parallel")
    render_all(report)
    sentences = [s for s in report.sentences if s.role == "claim"]
    xcheck.format_alignment(xcheck.align(sentences, list(report.statements), lang=_lang(t)))


def render_all(report: xcheck.Report) -> None:
    """Every public renderer of ``report``."""
    paths = {"translation_path": "t.txt", "references_path": "r.jsonl"}
    for to_text in (render.to_markdown, render.to_csv, render.to_json, render.to_html):
        to_text(report)
    for located in (render.to_text, render.to_github, render.to_sarif, render.to_junit):
        located(report, **paths)  # type: ignore[operator]
    render.to_claimreview(report, url="https://example.org/r")
    render.to_records(report)
    for finding in report.findings:
        render.locate(report, finding, **paths)
    accepted = suppress.parse_suppressions(suppress.format_suppressions(report.findings))
    suppress.suppress_report(report, accepted)


TEXT_TARGETS: dict[str, Callable[[Texts], None]] = {
    "extract": extract,
    "compare": compare,
    "check_pair": pair,
    "check_pairs": pairs,
    "check": check,
    "check+render": check_render,
}


# --- Values --------------------------------------------------------------------------------------


def _lines(values: list[Any]) -> list[str]:
    return [json.dumps(v, ensure_ascii=False, allow_nan=True) for v in values]


def references(values: list[Any]) -> None:
    """The values as a references JSONL stream, and as the references of ``check`` (objects)."""
    with contextlib.suppress(XcheckError):
        xcheck.parse_references(_lines(values), path="refs.jsonl")
    xcheck.check("It cost $5 on May 2, Mr. Kim said.", values)


def pairs_values(values: list[Any]) -> None:
    """The values as pairs: a JSONL stream (both readers) and objects given to ``check_pairs``."""
    for item in _io.parse_pairs(_lines(values), path="p.jsonl"):
        assert isinstance(item, (_io.Pair, XcheckError))
    for item in _inputs.iter_jsonl_pairs(_lines(values), "p.jsonl"):
        assert isinstance(item, (_io.Pair, XcheckError))
    _no_pair_error(xcheck.check_pairs(values))


def glossary(values: list[Any]) -> None:
    """The values as a glossary (JSON, JSON Lines, parsed data), then used to read and compare."""
    loaded = []
    for build in (
        lambda: Glossary.loads(json.dumps({"entities": values}, ensure_ascii=False)),
        lambda: Glossary.loads("\n".join(_lines(values))),
        lambda: Glossary.from_data(values[0] if values else {}),
    ):
        with contextlib.suppress(XcheckError):
            loaded.append(build())
    for g in loaded:
        words = " ".join(str(v)[:40] for v in values)
        xcheck.extract_mentions(words, glossary=g)
        xcheck.compare_entities(words, "Kim Jong Un met Moon Jae-in in Seoul.", glossary=g)
        _inputs.extend_glossary(xcheck.default_glossary(), g)


def suppressions(values: list[Any]) -> None:
    """The values as accepted-findings lines (JSON lines, and each value's text as a plain line)."""
    with contextlib.suppress(XcheckError):
        suppress.parse_suppressions("\n".join(_lines(values)), path="accepted.txt")
    suppress.parse_suppressions([str(v) for v in values])


VALUE_TARGETS: dict[str, Callable[[list[Any]], None]] = {
    "references": references,
    "pairs": pairs_values,
    "glossary": glossary,
    "suppressions": suppressions,
}


# --- Files ---------------------------------------------------------------------------------------


def _write(folder: Path, f: File) -> tuple[str, str]:
    path, other = folder / f.name, folder / ("other" + Path(f.name).suffix)
    path.write_bytes(f.data)
    other.write_bytes(f.other)
    return str(path), str(other)


def _each(calls: list[Callable[[], object]]) -> None:
    """Run every call; an XcheckError of one does not stop the others (the first is re-raised)."""
    first: XcheckError | None = None
    for call in calls:
        try:
            call()
        except XcheckError as exc:
            first = first or exc
    if first is not None:
        raise first


def read_files(f: File, folder: Path) -> None:
    """Every reader of references, pairs, translations, glossaries and accepted findings."""
    path, other = _write(folder, f)
    suffix = Path(f.name).suffix
    calls: list[Callable[[], object]] = [
        lambda: xcheck.read_translation(path),
        lambda: xcheck.read_references(path),
        lambda: _inputs.read_aligned_pairs(path, other),
        lambda: Glossary.load(path),
        lambda: _inputs.load_glossary(path),
        lambda: suppress.load_suppressions(path),
    ]
    if suffix in REFERENCE_EXTENSIONS:
        calls.append(lambda: _inputs.read_references_file(path))
    if suffix in PAIR_EXTENSIONS:
        calls.append(lambda: _inputs.read_pairs_file(path, lang="en"))
    _each(calls)


def config(f: File, folder: Path) -> None:
    """The bytes as ``xcheck.toml`` and as ``pyproject.toml``, loaded for every command."""
    for name in ("xcheck.toml", "pyproject.toml"):
        path = folder / name
        path.write_bytes(f.data)
        _each([lambda c=command, p=path: _config.load(p, c) for command in _config.COMMANDS])  # type: ignore[misc]
        (folder / name).unlink()


def cli(f: File, folder: Path) -> None:
    """``xcheck check`` and ``xcheck pairs`` on the files (as inputs, and as the glossary, accepted
    findings, rates and configuration files): exit 0, 1 or 2, never a traceback."""
    path, other = _write(folder, f)
    fmt = REPORT_FORMATS[len(f.data) % len(REPORT_FORMATS)]
    runs = [
        ["check", other, path, "--no-config", "--format", fmt, "--fail-on", "major"],
        ["check", path, other, "--no-config", "--format", "json", "--mode", "parallel"],
        ["pairs", path, "--no-config", "--no-progress", "--fail-on", "minor"],
        ["pairs", "--translation", path, "--reference", other, "--no-config", "--format", "markdown"],
    ]
    refs = folder / "refs.jsonl"  # a good references file, for the option files' runs
    refs.write_text('{"id": "R1", "text": "Mr. Kim paid $5 on May 2."}\n', encoding="utf-8")
    for option in ("--glossary", "--accepted", "--rates"):
        runs.append(["check", other, str(refs), "--no-config", "--format", "text", option, path])
    config_file = folder / "xcheck.toml"
    config_file.write_bytes(f.data)
    runs.append(["check", other, other, "--config", str(config_file)])
    for argv in runs:
        status, err = run_cli(argv)
        if status not in (0, 1, 2) or "Traceback" in err:
            message = f"xcheck {' '.join(argv)}: exit {status}: {err[-2000:]}"
            raise Crash(message)
    config_file.unlink()


def run_cli(argv: list[str]) -> tuple[object, str]:
    """The exit status (``SystemExit`` included) and standard error of ``xcheck.cli.main(argv)``."""
    from xcheck.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status: object = main(argv)
        except SystemExit as exc:
            status = exc.code
    return status, err.getvalue()


FILE_TARGETS: dict[str, Callable[[File, Path], None]] = {
    "read_files": read_files,
    "config": config,
    "cli": cli,
}


def file_bytes(kind: str, texts: list[str], values: list[Any], raw: bytes) -> bytes:
    """A file's bytes of one ``kind``, made of drawn texts, JSON values and raw bytes."""
    first = texts[0] if texts else ""
    if kind == "raw":
        return raw
    if kind == "text":
        return "\n".join(texts).encode("utf-8", "surrogatepass")
    if kind == "jsonl":
        return "\n".join(_lines(values)).encode("utf-8", "surrogatepass")
    if kind == "json":
        return json.dumps(values, ensure_ascii=False).encode("utf-8", "surrogatepass")
    if kind == "records":  # records with the known fields: past the shape checks, into the texts
        rows = [{"id": f"r{i}", "text": t, "translation": t, "reference": first} for i, t in enumerate(texts)]
        return "\n".join(_lines(rows)).encode("utf-8", "surrogatepass")
    if kind == "table":
        rows = ["id,text,translation,reference", *(f'{i},"{t}",{t},{first}' for i, t in enumerate(texts))]
        return "\n".join(rows).encode("utf-8", "surrogatepass")
    if kind == "toml":
        lines = [
            f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in zip(_TOML_KEYS, values, strict=False)
        ]
        return "\n".join(["[tool.xcheck]", *lines, "[tool.xcheck.pairs]", *texts[:2]]).encode(
            "utf-8", "surrogatepass"
        )
    return _bilingual(kind, texts).encode("utf-8", "surrogatepass")


_TOML_KEYS = ("lang", "fail-on", "format", "max_chars", "tolerance", "strict", "mode", "glossary", "accepted")


def _bilingual(kind: str, texts: list[str]) -> str:
    """A PO, XLIFF or TMX file whose units hold the texts (escaped or not, to reach both paths)."""
    pairs = list(zip(texts[::2], texts[1::2], strict=False))
    if kind == "po":
        units = "".join(f'\nmsgctxt "{i}"\nmsgid "{s}"\nmsgstr "{t}"\n' for i, (s, t) in enumerate(pairs))
        return 'msgid ""\nmsgstr ""\n"Language: ko\\n"\n' + units
    if kind == "xliff":
        units = "".join(
            f'<trans-unit id="{i}"><source>{s}</source><target>{t}</target></trans-unit>'
            for i, (s, t) in enumerate(pairs)
        )
        return (
            '<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="zh" '
            f'datatype="plaintext" original="x"><body>{units}</body></file></xliff>'
        )
    units = "".join(
        f'<tu tuid="{i}"><tuv xml:lang="en"><seg>{s}</seg></tuv><tuv xml:lang="ko"><seg>{t}</seg></tuv></tu>'
        for i, (s, t) in enumerate(pairs)
    )
    return f'<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>{units}</body></tmx>'


FILE_KINDS = ("raw", "text", "jsonl", "json", "records", "table", "toml", "po", "xliff", "tmx")
FILE_NAMES = (*REFERENCE_EXTENSIONS, *PAIR_EXTENSIONS[4:], ".toml", ".md")


def run(target: str, data: Any, folder: Path) -> None:
    """Run ``target`` on ``data``; raise :class:`Crash` (or the exception) when it breaks the contract."""
    try:
        if target in TEXT_TARGETS:
            TEXT_TARGETS[target](data)
        elif target in VALUE_TARGETS:
            VALUE_TARGETS[target](data)
        else:
            FILE_TARGETS[target](data, folder)
    except XcheckError:
        pass
