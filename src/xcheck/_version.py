"""The version of xcheck, read by hatchling and by the report signature."""

__version__ = "0.1.0"
