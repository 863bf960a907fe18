"""The errors xcheck raises.

Every error is an :class:`XcheckError`; each subclass also inherits the builtin that fits,
so ``except ValueError`` keeps working::

    XcheckError (Exception)
    ├── InputError (ValueError)            bad input data, with file, line and reason
    │   ├── TranslationError               empty translation, undecodable bytes
    │   ├── ReferenceFormatError           a JSONL line that is not JSON, lacks id/text, bad field
    │   ├── DuplicateIdError               two statements (or pairs) share an id
    │   ├── GlossaryError                  a glossary file that does not follow the format
    │   └── SuppressionError               an accepted-findings file that does not follow the format
    ├── OptionError (ValueError)           an argument out of range or of the wrong kind
    │   └── ArgumentTypeError (TypeError)  an argument of a public function of the wrong type
    ├── PairError                          checking one pair of a batch failed (yielded, not raised)
    └── ResourceError (FileNotFoundError)  a file that cannot be found or read
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ArgumentTypeError",
    "DuplicateIdError",
    "GlossaryError",
    "InputError",
    "OptionError",
    "PairError",
    "ReferenceFormatError",
    "ResourceError",
    "SuppressionError",
    "TranslationError",
    "XcheckError",
]


class XcheckError(Exception):
    """The root of every error xcheck raises on purpose.

    ``path`` and ``line`` (1-based) say where the problem is when it comes from a file;
    ``reason`` says what is wrong in words a person can act on.
    """

    def __init__(self, reason: str, *, path: str | None = None, line: int | None = None) -> None:
        self.reason = reason
        self.path = path
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
        elif self.line is not None:
            where = f"line {self.line}"
        return f"{where}: {self.reason}" if where else self.reason


class InputError(XcheckError, ValueError):
    """Input data that xcheck cannot use as given."""


class TranslationError(InputError):
    """The translated text is empty or cannot be decoded."""


class ReferenceFormatError(InputError):
    """A reference (or pairs) JSONL line is not JSON, lacks a required field, or has a bad value.

    ``record_id`` is the id the bad record gives, when it gives a usable one (``None`` otherwise, and
    for a duplicate id, which names another record): ``xcheck pairs`` writes it in the record's error row.
    """

    record_id: str | None = None


class DuplicateIdError(InputError):
    """Two statements or pairs share an id."""


class GlossaryError(InputError):
    """A glossary file does not follow the documented format."""


class SuppressionError(InputError):
    """An accepted-findings (suppression) file does not follow the documented format."""


class OptionError(XcheckError, ValueError):
    """An option has a value out of range or of the wrong kind."""


class ArgumentTypeError(OptionError, TypeError):
    """An argument of a public function, or a field of a public value type, has the wrong type.

    Also a ``TypeError``, what Python raises for such a call, so ``except TypeError`` keeps working,
    and an :class:`OptionError`, so ``except ValueError`` does too.
    """


class PairError(XcheckError):
    """Checking one pair of a batch failed unexpectedly.

    :func:`xcheck.check_pairs` yields it in the failing pair's place (so one bad pair does not stop
    a batch); ``position`` is the pair's place in the input (from 1) and ``reason`` names the
    underlying exception.
    """

    def __init__(
        self, reason: str, *, position: int, path: str | None = None, line: int | None = None
    ) -> None:
        self.position = position
        super().__init__(reason, path=path, line=line)

    def __reduce__(self) -> tuple[Any, ...]:
        # Made in worker processes and sent back: keep position, path and line across pickling.
        return (_make_pair_error, (self.reason, self.position, self.path, self.line))


def _make_pair_error(reason: str, position: int, path: str | None, line: int | None) -> PairError:
    return PairError(reason, position=position, path=path, line=line)


class ResourceError(XcheckError, FileNotFoundError):
    """A file that xcheck was asked to read does not exist or cannot be read."""
