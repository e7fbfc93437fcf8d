"""Holding off Python's cycle collector while the generator builds its data.

Loading 5,000 records and the site model around them leaves millions of
objects alive, and the collector walks all of them on every full collection,
which it runs more often the more objects survive: a third of a build's own
time went to it. Records, the model and the pages are trees without cycles,
so reference counting frees them as usual while the collector waits.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable automatic cycle collection inside the block (nesting is fine)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
