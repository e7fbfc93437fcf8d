"""The one split rule of every evaluation set: a tune half and a check half.

Items are sorted by their identifier (file name, document index, story id);
positions 0, 2, 4, ... form the tune half and 1, 3, 5, ... the check half.
Errors may be studied on the tune half only; the check half is read as an
aggregate figure, to see that the tune figure does not come from fitting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

TUNE = "tune"
CHECK = "check"
HALVES = (TUNE, CHECK)


def split(items: Iterable[T], key: Callable[[T], str | int]) -> dict[str, list[T]]:
    """{"tune": [...], "check": [...]}: sorted by `key`, even positions tune, odd check."""
    ordered = sorted(items, key=key)
    return {TUNE: ordered[0::2], CHECK: ordered[1::2]}
