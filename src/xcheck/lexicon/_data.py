"""The bundled gzipped word tables (``xcheck/data/*.tsv.gz``), read the one way every table reader
needs: decompressed, decoded as UTF-8, split into lines."""

from __future__ import annotations

import gzip
from importlib import resources

__all__ = ["data_lines"]


def data_lines(name: str) -> list[str]:
    """The lines of the bundled gzipped table ``xcheck/data/<name>``."""
    raw = resources.files("xcheck").joinpath(f"data/{name}").read_bytes()
    return gzip.decompress(raw).decode("utf-8").splitlines()
