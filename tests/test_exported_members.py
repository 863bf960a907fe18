"""The public API is pinned: a change to it is a decision, not an accident (as httpx does)."""

from __future__ import annotations

import xcheck

EXPECTED = [
    "Alignment",
    "ArgumentTypeError",
    "Discrepancy",
    "DuplicateIdError",
    "Fidelity",
    "Finding",
    "Glossary",
    "GlossaryError",
    "InputError",
    "Link",
    "Mention",
    "OptionError",
    "PairResult",
    "Quantity",
    "Quote",
    "RefSpan",
    "ReferenceFormatError",
    "Report",
    "ResourceError",
    "Sentence",
    "Span",
    "Statement",
    "SuppressionError",
    "TranslationError",
    "XcheckError",
    "__version__",
    "align",
    "check",
    "check_pair",
    "check_pairs",
    "compare_entities",
    "compare_quantities",
    "compare_quotes",
    "default_glossary",
    "extract_mentions",
    "extract_quantities",
    "extract_quotes",
    "format_alignment",
    "format_value",
    "parse_references",
    "read_references",
    "read_translation",
    "segment",
    "to_dataframe",
    "to_records",
]


def test_all_is_pinned_and_sorted() -> None:
    assert xcheck.__all__ == EXPECTED
    assert sorted(xcheck.__all__) == xcheck.__all__


def test_every_exported_name_exists_and_is_documented() -> None:
    for name in xcheck.__all__:
        member = getattr(xcheck, name)
        if name != "__version__":
            assert (member.__doc__ or "").strip(), name


def test_errors_inherit_builtins() -> None:
    assert issubclass(xcheck.InputError, ValueError)
    assert issubclass(xcheck.ReferenceFormatError, xcheck.XcheckError)
    assert issubclass(xcheck.ResourceError, FileNotFoundError)


def test_public_names_report_the_public_module() -> None:
    for name in xcheck.__all__:
        member = getattr(xcheck, name)
        if hasattr(member, "__module__"):
            assert member.__module__ == "xcheck", name
    assert repr(xcheck.Span(0, 1, "a")).startswith("Span(")
    assert xcheck.Finding.__module__ == "xcheck"
