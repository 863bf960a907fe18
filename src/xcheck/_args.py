"""Arguments of the public functions checked against their annotations, at the package's door.

``xcheck.segment(None)`` used to fail deep inside with ``AttributeError: 'NoneType' object has no
attribute 'splitlines'``. :func:`checked` wraps a public function so that an argument of the wrong
type is refused at the call with :class:`~xcheck.errors.ArgumentTypeError` (an
:class:`~xcheck.errors.OptionError` that is also a ``TypeError``) naming the function, the parameter
and what it must be. ``xcheck/__init__.py`` wraps the functions it exports; the pipeline calls the
unwrapped ones, so checking costs nothing inside a check.

What is checked, from the annotation: classes (``str``, ``int`` but not ``bool``, ``float`` also from
an ``int``, a value type, :class:`~xcheck.Glossary`), ``None``, unions, ``Literal`` choices, and the
shape and elements of ``Sequence``, ``tuple`` and ``Mapping`` arguments, and that an ``Iterable`` is
one and not a string, with its elements when it is a list or a tuple (an iterator is the function's
to check as it reads it: reading it here would use it up).
Anything else (callables, protocols, ``Any``) is left to the function.
Ranges and formats (an empty language code, a negative limit) are the function's own checks.
"""

from __future__ import annotations

import collections.abc as abc
import functools
import inspect
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

from xcheck.errors import ArgumentTypeError, XcheckError

__all__ = ["checked"]

F = TypeVar("F", bound=Callable[..., Any])

#: An annotation made a check: the value, and where it sits (for the message) -> a complaint or None.
_Check = Callable[[object, str], "str | None"]


def _describe(kind: type) -> str:
    names = {str: "a str", int: "an int", float: "a number", bool: "True or False", type(None): "None"}
    return names.get(kind, f"a {kind.__name__}")


def _text(annotation: Any) -> str:
    """An annotation in words, for messages."""
    if isinstance(annotation, type) and typing.get_origin(annotation) is None:
        return _describe(annotation)
    origin = typing.get_origin(annotation)
    words: dict[Any, str] = {abc.Mapping: "a mapping", dict: "a mapping", abc.Sequence: "a sequence"}
    words |= {list: "a sequence", tuple: "a tuple", abc.Iterable: "an iterable"}
    if origin is typing.Literal:
        return "one of " + ", ".join(map(repr, typing.get_args(annotation)))
    return words.get(origin, str(annotation))


def _iterable_check(element: _Check | None) -> _Check:
    """Any iterable but a string or a mapping (an iterable of characters or of keys is never what a
    parameter wants); the elements of a list or tuple checked too (an iterator is left alone:
    reading it would use it up)."""

    def check(value: object, where: str) -> str | None:
        if not isinstance(value, abc.Iterable) or isinstance(value, (str, bytes, abc.Mapping)):
            return f"{where} must be an iterable (a list, a tuple, ...), not {type(value).__name__}"
        if element is not None and isinstance(value, (list, tuple)):
            for i, v in enumerate(value):
                problem = element(v, f"{where}[{i}]")
                if problem:
                    return problem
        return None

    return check


def _class_check(kind: type) -> _Check:
    if kind is float:
        kinds: tuple[type, ...] = (int, float)
    else:
        kinds = (kind,)

    def check(value: object, where: str) -> str | None:
        if isinstance(value, kinds) and (kind is bool or not isinstance(value, bool)):
            return None
        return f"{where} must be {_describe(kind)}, not {type(value).__name__}"

    return check


def _union_check(parts: list[_Check], text: str) -> _Check:
    def check(value: object, where: str) -> str | None:
        if any(part(value, where) is None for part in parts):
            return None
        return f"{where} must be {text}, not {type(value).__name__}"

    return check


def _literal_check(choices: tuple[Any, ...]) -> _Check:
    def check(value: object, where: str) -> str | None:
        if any(type(value) is type(c) and value == c for c in choices):
            return None
        return f"{where} must be one of {', '.join(map(repr, choices))}, not {value!r}"

    return check


def _items_check(shape: type, element: _Check | None, key: _Check | None = None) -> _Check:
    """A ``Sequence``/``tuple`` (``key`` None) or ``Mapping`` of elements that pass ``element``."""

    def check(value: object, where: str) -> str | None:
        if not isinstance(value, shape) or isinstance(value, (str, bytes)):
            return f"{where} must be a {shape.__name__.lower()}, not {type(value).__name__}"
        if isinstance(value, abc.Mapping):
            for k, v in value.items():
                problem = (key(k, f"a key of {where}") if key else None) or (
                    element(v, f"{where}[{k!r}]") if element else None
                )
                if problem:
                    return problem
        elif element is not None:
            for i, v in enumerate(value):  # type: ignore[arg-type]
                problem = element(v, f"{where}[{i}]")
                if problem:
                    return problem
        return None

    return check


def _tuple_check(args: tuple[Any, ...]) -> _Check | None:
    if len(args) == 2 and args[1] is Ellipsis:
        return _items_check(tuple, _make(args[0]))
    fixed = [_make(a) for a in args]

    def check(value: object, where: str) -> str | None:
        if not isinstance(value, tuple) or len(value) != len(fixed):
            return f"{where} must be a tuple of {len(fixed)}, not {type(value).__name__}"
        for i, (part, v) in enumerate(zip(fixed, value, strict=True)):
            problem = part(v, f"{where}[{i}]") if part else None
            if problem:
                return problem
        return None

    return check


def _make(annotation: Any) -> _Check | None:
    """The check of one annotation, or None when it is not checked here."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if annotation is None or annotation is type(None):
        return _class_check(type(None))
    if origin in (typing.Union, types.UnionType):
        parts = [_make(a) for a in args]
        if any(p is None for p in parts):
            return None
        return _union_check([p for p in parts if p is not None], " or ".join(map(_text, args)))
    if origin is typing.Literal:
        return _literal_check(args)
    if origin is tuple:
        return _tuple_check(args)
    if origin is abc.Iterable:
        return _iterable_check(_make(args[0]) if args else None)
    if origin in (abc.Sequence, list):
        return _items_check(abc.Sequence, _make(args[0]) if args else None)
    if origin is abc.Mapping or origin is dict:
        return _items_check(abc.Mapping, _make(args[1]) if args else None, _make(args[0]) if args else None)
    if isinstance(annotation, type) and origin is None and annotation not in (object, Any):
        if getattr(annotation, "_is_protocol", False):
            return None
        return _class_check(annotation)
    return None


def _checks(func: Callable[..., Any]) -> dict[str, _Check]:
    """The checks of ``func``'s parameters whose annotations resolve (``TYPE_CHECKING`` names do not)."""
    try:
        hints = typing.get_type_hints(func)
    except Exception:
        hints = {}
    out: dict[str, _Check] = {}
    for name, param in inspect.signature(func).parameters.items():
        if param.annotation is inspect.Parameter.empty:
            continue
        hint = hints[name] if name in hints else _resolve(param.annotation, func)
        check = _make(hint) if hint is not None else None
        if check is not None:
            out[name] = check
    return out


def _resolve(annotation: Any, func: Callable[..., Any]) -> Any:
    if not isinstance(annotation, str):
        return annotation
    try:
        return eval(annotation, {**vars(typing), **func.__globals__})
    except Exception:
        return None


def checked(func: F, *, upfront: bool = True) -> F:
    """``func`` with its arguments checked against its annotations first (see the module docs).

    With ``upfront=False`` the arguments are checked only when ``func`` fails with an error that is
    not xcheck's (for a function that checks its own arguments with messages of its own, and may
    check some lazily): a wrong argument then becomes an ArgumentTypeError naming it.

    >>> @checked
    ... def shout(text: str, *, times: int = 1) -> str:
    ...     return text.upper() * times
    >>> shout(None)
    Traceback (most recent call last):
    ...
    xcheck.ArgumentTypeError: shout: text must be a str, not NoneType
    """
    signature = inspect.signature(func)
    checks: dict[str, _Check] | None = None

    def complaint(args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
        nonlocal checks
        if checks is None:  # annotations resolved on the first call: after every module is imported
            checks = _checks(func)
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError as exc:
            return f"{func.__name__}: {exc}"
        for name, value in bound.arguments.items():
            check = checks.get(name)
            problem = check(value, name) if check is not None else None
            if problem:
                return f"{func.__name__}: {problem}"
        return None

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if upfront:
            problem = complaint(args, kwargs)
            if problem:
                raise ArgumentTypeError(problem)
            return func(*args, **kwargs)
        try:
            return func(*args, **kwargs)
        except XcheckError:
            raise
        except Exception as exc:
            problem = complaint(args, kwargs)
            if problem is None:
                raise
            if isinstance(exc, (TypeError, ValueError)):  # the function's own words, kept
                problem = f"{problem} ({exc})"
            raise ArgumentTypeError(problem) from exc

    return typing.cast("F", wrapper)
