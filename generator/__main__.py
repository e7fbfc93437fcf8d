"""`python -m generator` is `briefings`."""

import sys

from generator.cli import main

if __name__ == "__main__":  # not when a spawned process imports it
    sys.exit(main())
