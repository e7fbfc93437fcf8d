"""`python -m generator` is `briefings`."""

import sys

from generator.cli import main

sys.exit(main())
