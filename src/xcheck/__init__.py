"""xcheck: check translated news against what the original sources said."""

from xcheck._version import __version__

__all__ = ["__version__"]
