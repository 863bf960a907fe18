"""What inputs declare is checked: language codes, fields, the script of a text, standard input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xcheck._validate import language_error, language_warning, script_warning
from xcheck.cli import main

ENGLISH = "Defense Secretary Hegseth said 4,500 troops would leave South Korea on May 22.\n"
KOREAN = "헤그세스 국방장관은 5월 22일 주한미군 4,500명이 한국을 떠날 것이라고 말했다.\n"


@pytest.mark.parametrize("code", ["en", "ko", "zh-Hant", "pt_BR", "sr-Latn-RS", "yue", "EN", "kr", "fr"])
def test_language_codes_accepted(code: str) -> None:
    assert language_error(code) is None


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("xx", "'xx' is not an ISO 639 code"),
        ("jp", "Japanese is 'ja'"),
        ("cn", "Chinese is 'zh'"),
        ("korean", "is not a language code: give an ISO 639-1 code"),
        ("kor", "'kor' is not an ISO 639 code"),
        ("iw", "Hebrew is 'he'"),
        ("", "must be a non-empty string"),
        ("en--US", "is not a language code"),
    ],
)
def test_language_codes_refused(code: str, reason: str) -> None:
    found = language_error(code)
    assert found is not None
    assert reason in found


def test_likely_country_codes_warn() -> None:
    assert (
        language_warning("kr")
        == "'kr' is the code of Kanuri, not Korean ('ko'; KR is South Korea's country code)"
    )
    assert language_warning("ko") is None
    assert language_warning("se-FI") is not None


@pytest.mark.parametrize(
    ("text", "lang", "fails"),
    [
        (ENGLISH, "ko", True),
        (ENGLISH, "zh", True),
        (ENGLISH, "ru", True),
        (KOREAN, "en", True),
        (KOREAN, "ko", False),
        (ENGLISH, "en", False),
        (ENGLISH, "de", False),  # same script: not judged
        ("USFK 28,500", "ko", False),  # too few letters to judge
        (
            "주한미군 사령관 Xavier Brunson 대장은 Camp Humphreys에서 USFK 병력 28,500명에 대해 말했다.",
            "ko",
            False,
        ),
        (ENGLISH, "uz", False),  # written in more than one script
    ],
)
def test_script_check(text: str, lang: str, fails: bool) -> None:
    assert (script_warning(text, lang) is not None) is fails


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def files(tmp_path: Path) -> tuple[str, str]:
    translation = write(tmp_path / "t.txt", ENGLISH)
    references = write(tmp_path / "r.jsonl", json.dumps({"id": "R1", "text": ENGLISH.strip()}) + "\n")
    return translation, references


def test_unknown_lang_option_is_an_error(files: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", *files, "--lang", "xx", "--no-config"]) == 2
    assert capsys.readouterr().err.startswith("xcheck: error: --lang: 'xx' is not a language code")


def test_translation_in_another_script_warns_or_fails_when_strict(
    files: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", *files, "--lang", "ko", "--no-config"]) == 0
    captured = capsys.readouterr()
    assert f"xcheck: warning: {files[0]}: the text is not written in Korean (lang ko)" in captured.err
    assert captured.out
    assert main(["check", *files, "--lang", "ko", "--strict", "--no-config"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"xcheck: error: {files[0]}: the text is not written in Korean")


def test_statement_lang(tmp_path: Path, files: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        {"id": "R1", "text": ENGLISH.strip()},
        {"id": "R2", "text": "Troops would leave.", "lang": "kr"},
    ]
    refs = write(tmp_path / "kr.jsonl", "".join(json.dumps(x) + "\n" for x in lines))
    assert main(["check", files[0], refs, "--no-config"]) == 0
    err = capsys.readouterr().err
    assert f"xcheck: warning: {refs}:2: field 'lang': 'kr' is the code of Kanuri, not Korean" in err
    assert main(["check", files[0], refs, "--strict", "--no-config"]) == 2
    assert capsys.readouterr().err.startswith(
        f"xcheck: error: {refs}:2: field 'lang': 'kr' is the code of Kanuri"
    )
    lines[1]["lang"] = "korean"
    refs = write(tmp_path / "bad.jsonl", "".join(json.dumps(x) + "\n" for x in lines))
    assert main(["check", files[0], refs, "--no-config"]) == 2
    assert capsys.readouterr().err.startswith(
        f"xcheck: error: {refs}:2: field 'lang': 'korean' is not a language code"
    )


def test_korean_statement_without_lang_warns(
    tmp_path: Path, files: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    refs = write(tmp_path / "r.jsonl", json.dumps({"id": "R1", "text": KOREAN.strip()}) + "\n")
    assert main(["check", files[0], refs, "--no-config"]) == 0
    err = capsys.readouterr().err
    assert f"{refs}:1: the text is not written in English (lang en): no Latin letter" in err
    assert "('lang' not given, so en)" in err
    assert main(["check", files[0], refs, "--reference-lang", "ko", "--no-config"]) == 0
    assert capsys.readouterr().err == ""


def test_misspelt_reference_field_warns_and_metadata_does_not(
    tmp_path: Path, files: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [{"id": "R1", "text": ENGLISH.strip(), "langauge": "en", "verified": True, "paragraph": 1}]
    refs = write(tmp_path / "r.jsonl", "".join(json.dumps(x) + "\n" for x in rows))
    assert main(["check", files[0], refs, "--no-config"]) == 0
    err = capsys.readouterr().err
    assert (
        err
        == f"xcheck: warning: {refs}:1: unknown field 'langauge' (did you mean 'lang'?) (--strict makes this an error)\n"
    )
    assert main(["check", files[0], refs, "--strict", "--no-config"]) == 2


def test_unknown_pair_field_warns_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {
            "id": f"p{i}",
            "translation": "It costs $12 billion.",
            "reference": "It costs $12 billion.",
            "system": "A",
        }
        for i in range(3)
    ]
    pairs = write(tmp_path / "p.jsonl", "".join(json.dumps(x) + "\n" for x in rows))
    assert main(["pairs", pairs, "--no-config"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 3
    assert captured.err == (
        f"xcheck: warning: {pairs}:1: unknown field 'system' is not used "
        "(the fields are id, translation, reference, lang) (--strict makes this an error)\n"
    )
    assert main(["pairs", pairs, "--strict", "--no-config"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"xcheck: error: {pairs}:1: unknown field 'system'")


def test_pairs_lang_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hyp = write(tmp_path / "hyp.txt", "주한미군 4,500명이 한국을 떠날 것이라고 국방부가 밝혔다.\n")
    ref = write(tmp_path / "ref.txt", "The Pentagon said 4,500 US troops would leave South Korea.\n")
    # The reference is English but, with no --reference-lang, taken to be in --lang: a warning.
    assert main(["pairs", "--translation", hyp, "--reference", ref, "--lang", "ko", "--no-config"]) == 0
    assert (
        f"xcheck: warning: {hyp}:1: the reference: the text is not written in Korean"
        in capsys.readouterr().err
    )
    code = main(
        ["pairs", "--translation", hyp, "--reference", ref, "--lang", "ko", "--strict", "--no-config"]
    )
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.startswith(
        f"xcheck: error: {hyp}:1: the reference: the text is not written in Korean"
    )
    code = main(
        [
            "pairs",
            "--translation",
            hyp,
            "--reference",
            ref,
            "--lang",
            "ko",
            "--reference-lang",
            "en",
            "--strict",
            "--no-config",
        ]
    )
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, "")
    assert json.loads(captured.out)["id"] == "L1"
