"""``python -m xcheck``: the same as the ``xcheck`` command."""

import sys

from xcheck.cli import main

sys.exit(main())
