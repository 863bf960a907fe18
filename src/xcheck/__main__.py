"""``python -m xcheck``: the same as the ``xcheck`` command."""

import sys

from xcheck.cli import main

if __name__ == "__main__":  # not when a spawned worker process (Dask's) imports it
    sys.exit(main())
