"""Output files written whole or not at all: a report goes to a temporary file beside its
destination and is renamed into place once complete, so a failure (a full disk, an interrupted
run, an input error half way) leaves no partial report and an earlier report stays intact.

A destination that exists and is no regular file (a terminal, a pipe, ``/dev/null``, ``/dev/full``)
is written directly: renaming over it would replace the device.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import IO, Any

from xcheck.errors import XcheckError

__all__ = ["commit", "discard", "open_atomic", "write_atomic"]

#: Open handles of temporary files -> (temporary path, destination).
_PENDING: dict[int, tuple[str, str]] = {}


def _direct(path: str) -> bool:
    """Whether ``path`` is written in place: it exists and is no regular file."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _fail(exc: OSError, path: str) -> XcheckError:
    return XcheckError(f"cannot write: {exc.strerror or exc}", path=path)


def open_atomic(path: str, *, binary: bool = False) -> IO[Any]:
    """A handle to write ``path`` through: :func:`commit` puts the file in place, :func:`discard`
    drops it. Errors are :class:`~xcheck.errors.XcheckError` naming ``path``."""
    mode = "wb" if binary else "w"
    encoding = None if binary else "utf-8"
    try:
        if _direct(path):
            return open(path, mode, encoding=encoding)
        folder = os.path.dirname(os.path.abspath(path))
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{Path(path).name}.", suffix=".part")
        handle = os.fdopen(fd, mode, encoding=encoding)
    except OSError as exc:
        raise _fail(exc, path) from None
    _PENDING[id(handle)] = (tmp, path)
    return handle


def commit(handle: IO[Any]) -> None:
    """Close ``handle`` and put its file in place (a write error is an XcheckError)."""
    tmp, path = _PENDING.pop(id(handle), (None, None))
    try:
        handle.close()
        if tmp is not None and path is not None:
            os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise _fail(exc, path or str(getattr(handle, "name", "?"))) from None


def discard(handle: IO[Any]) -> None:
    """Close ``handle`` and remove its temporary file: the destination is left as it was."""
    tmp, _ = _PENDING.pop(id(handle), (None, None))
    with contextlib.suppress(OSError):
        handle.close()
    if tmp is not None:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def write_atomic(path: str, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` whole or not at all."""
    handle = open_atomic(path)
    try:
        handle.write(text)
    except OSError as exc:
        discard(handle)
        raise _fail(exc, path) from None
    commit(handle)
