"""xcheck: check translated news against what the original sources said.

>>> import xcheck
>>> report = xcheck.check("About 29,000 troops are stationed there.",
...                       [{"id": "R1", "text": "Some 28,500 troops are stationed there."}])
>>> [(f.kind, f.severity) for f in report.findings] == [("number", "minor")]
True

The pipeline, one package per stage: ``text`` (segmentation) → ``align`` → ``facts`` (quantities,
names, quotes) → ``findings`` → ``scoring`` → ``render``. See docs/design.md.
"""

from typing import TYPE_CHECKING, Any

from xcheck._check import check, check_pair
from xcheck._io import parse_references, read_references, read_translation
from xcheck._types import (
    Discrepancy,
    Fidelity,
    Finding,
    Link,
    PairResult,
    RefSpan,
    Report,
    Sentence,
    Span,
    Statement,
)
from xcheck._version import __version__
from xcheck.align import Alignment, align, format_alignment
from xcheck.batch import check_pairs
from xcheck.errors import (
    ArgumentTypeError,
    DuplicateIdError,
    GlossaryError,
    InputError,
    OptionError,
    ReferenceFormatError,
    ResourceError,
    SuppressionError,
    TranslationError,
    XcheckError,
)
from xcheck.facts.names import Glossary, Mention, compare_entities, default_glossary, extract_mentions
from xcheck.facts.quantities import Quantity, compare_quantities, extract_quantities, format_value
from xcheck.facts.quotes import Quote, compare_quotes, extract_quotes
from xcheck.text._segment import segment

if TYPE_CHECKING:
    from xcheck import render as render
    from xcheck import testing as testing
    from xcheck.render._records import to_dataframe, to_records

__all__ = [
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


#: The public functions whose arguments are checked against their annotations at the call
#: (:func:`xcheck._args.checked`): a wrong type is an ArgumentTypeError naming the parameter,
#: not an error from deep inside. The pipeline calls the unwrapped functions. The checking functions
#: and the record renderers check their own arguments (some lazily, as a batch is read), so theirs
#: are checked against the annotations only when they fail otherwise (_CHECKED_AFTER).
_CHECKED = (
    "align",
    "compare_entities",
    "compare_quantities",
    "compare_quotes",
    "extract_mentions",
    "extract_quantities",
    "extract_quotes",
    "format_alignment",
    "format_value",
    "parse_references",
    "read_references",
    "read_translation",
    "segment",
)

_CHECKED_AFTER = ("check", "check_pair", "check_pairs", "to_dataframe", "to_records")


def _check_arguments() -> None:
    from xcheck._args import checked

    for names, upfront in ((_CHECKED, True), (_CHECKED_AFTER, False)):
        for name in names:
            member = globals().get(name)  # None: a name of _LAZY, checked when first read
            if member is not None and not hasattr(member, "__wrapped__"):
                globals()[name] = checked(member, upfront=upfront)


_check_arguments()


def _present_publicly() -> None:
    """Give every public name the module users import it from (as httpx does), so ``repr``, tracebacks,
    pickles and the API docs say ``xcheck.Finding``, never a private path such as ``xcheck._types``."""
    for name in __all__:
        member = globals().get(name)  # None: a name of _LAZY, marked when first read
        if getattr(member, "__module__", "").startswith("xcheck."):
            member.__module__ = "xcheck"


_present_publicly()

#: Names imported on first use (PEP 562) rather than by ``import xcheck``: the subpackages
#: ``render`` and ``testing`` (``xcheck.render.to_html(report)`` works after ``import xcheck``
#: alone) and the record renderers, with the module each comes from. The renderers and the
#: test helpers are not needed to check a text, and importing them cost a fifth of the import.
_LAZY = {
    "render": "xcheck.render",
    "testing": "xcheck.testing",
    "to_dataframe": "xcheck.render._records",
    "to_records": "xcheck.render._records",
}


def __getattr__(name: str) -> Any:
    where = _LAZY.get(name)
    if where is None:
        message = f"module 'xcheck' has no attribute {name!r}"
        raise AttributeError(message)
    import importlib

    module = importlib.import_module(where)
    member = module if where == f"xcheck.{name}" else getattr(module, name)
    globals()[name] = member
    _check_arguments()
    _present_publicly()
    return globals()[name]


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
