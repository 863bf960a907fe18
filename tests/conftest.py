"""Test-wide settings.

Hypothesis runs derandomized by default (``make test``, CI, a fresh clone): the same examples every
run, so a result never depends on the luck of the draw. ``make explore`` (``XCHECK_HYPOTHESIS=explore``)
draws new random examples on every run and keeps failing ones in the local database: that is how the
strategies find new parser gaps, each then fixed with a golden row, which keeps it covered in the
derandomized runs.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile("explore" if os.environ.get("XCHECK_HYPOTHESIS") == "explore" else "ci")
