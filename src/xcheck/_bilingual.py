"""Pairs from bilingual files: PO (gettext), XLIFF and TMX, read with translate-toolkit.

translate-toolkit is GPL-2.0-or-later, so it is an optional extra (``pip install 'xcheck-news[formats]'``)
imported only here and only when such a file is read; without it, reading one is an error that
says how to install it. Each translation unit is a pair: its target is the translation, its source
the reference. Its id is the XLIFF ``id``, the TMX ``tuid`` or the PO ``msgctxt``, else ``L`` and
the line the unit starts on. The target language the file declares (PO ``Language``, XLIFF
``target-language``, the language of a TMX unit's second variant) is the pair's ``lang``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from xcheck.errors import InputError, ReferenceFormatError, XcheckError

__all__ = ["Unit", "read_units", "records"]

_INSTALL = "pip install 'xcheck-news[formats]' (or: pip install translate-toolkit)"


@attrs.frozen
class Unit:
    """One translation unit: its id (may be empty), texts, target language and line."""

    id: str
    source: str
    target: str | None
    lang: str | None
    line: int | None


def _store_class(fmt: str) -> Any:
    try:
        if fmt == "po":
            from translate.storage import po

            return po.pofile
        if fmt == "xliff":
            from translate.storage import xliff

            return xliff.xlifffile
        from translate.storage import tmx

        return tmx.tmxfile
    except ImportError:
        msg = f"reading {fmt.upper()} files needs translate-toolkit, which is not installed: {_INSTALL}"
        raise XcheckError(msg) from None


def read_units(data: bytes, fmt: str, path: str) -> list[Unit]:
    """The translation units of a PO, XLIFF or TMX file's bytes (header and obsolete units left out)."""
    store_class = _store_class(fmt)
    if not data.strip():
        msg = "no pairs (the file is empty)"
        raise ReferenceFormatError(msg, path=path)
    try:
        store = store_class.parsestring(data)
    except UnicodeDecodeError as exc:
        where = data.count(b"\n", 0, exc.start) + 1
        msg = f"cannot be decoded: byte 0x{data[exc.start]:02x} at offset {exc.start} is not {exc.encoding}"
        raise ReferenceFormatError(msg, path=path, line=where) from None
    except Exception as exc:  # translate-toolkit and lxml raise many kinds; each is bad input here
        lineno = getattr(exc, "lineno", None)
        if lineno is None and (m := re.search(r"\bon line (\d+)", str(exc))):
            lineno = int(m.group(1))
        reason = str(exc).split("\n", 1)[0]
        msg = f"not a valid {fmt.upper()} file: {reason}"
        raise ReferenceFormatError(msg, path=path, line=lineno if isinstance(lineno, int) else None) from None
    target_lang = _target_lang(store)
    units: list[Unit] = []
    for unit in store.units:
        if unit.isheader() or (hasattr(unit, "isobsolete") and unit.isobsolete()):
            continue
        units.append(_unit(unit, fmt, target_lang))
    return units


def _target_lang(store: Any) -> str | None:
    try:
        lang = store.gettargetlanguage()
    except Exception:  # a store without the notion answers None, not an error
        return None
    return lang if isinstance(lang, str) and lang.strip() else None


def _unit(unit: Any, fmt: str, target_lang: str | None) -> Unit:
    element = getattr(unit, "xmlelement", None)
    line: int | None = None
    ident = ""
    lang = target_lang
    if element is not None:
        line = element.sourceline
        ident = element.get("id" if fmt == "xliff" else "tuid") or ""
        if fmt == "tmx":
            variants = [
                v.get("{http://www.w3.org/XML/1998/namespace}lang") or v.get("lang")
                for v in element
                if isinstance(v.tag, str) and v.tag.endswith("tuv")
            ]
            lang = lang or (variants[1] if len(variants) > 1 else None)
    else:
        line = getattr(unit, "line_number", None)  # where the unit starts, counted from 1
        ident = unit.getcontext() or ""
    source = unit.source if isinstance(unit.source, str) else ""
    target = unit.target if isinstance(unit.target, str) and unit.target != "" else None
    return Unit(ident, source, target, lang, line if isinstance(line, int) else None)


def records(
    units: list[Unit], path: str, warn: Callable[[XcheckError], None]
) -> Iterator[tuple[int, Mapping[str, Any]] | InputError]:
    """Each unit as a pair record with its line; an untranslated unit is warned about (not checked)."""
    for index, unit in enumerate(units, start=1):
        line = unit.line or index
        ident = unit.id or f"L{line}"
        if unit.target is None:
            msg = f"unit {ident!r} has no translation; it is not checked"
            warn(ReferenceFormatError(msg, path=path, line=line))
            continue
        record: dict[str, Any] = {"id": ident, "translation": unit.target, "reference": unit.source}
        if unit.lang:
            record["lang"] = unit.lang
        yield line, record
