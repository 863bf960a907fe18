"""Test-wide settings.

Hypothesis explores new random examples on every local run. Under CI (the ``CI`` environment variable
is set) it runs derandomized, so a submission's result does not depend on the luck of the draw; a
property that fails locally is fixed, and its example stays in the local database for the next run.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
