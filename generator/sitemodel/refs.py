"""Links between generated pages, and the chains of newer/older pages that walk a series."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar


@dataclass(frozen=True)
class Ref:
    """A link to another page (and a heading on it), with the text to show."""

    label: str
    path: str
    anchor: str = ""


def heading_id(text: str) -> str:
    """The id MkDocs' toc gives a heading of plain words and digits (``March 2025``)."""
    return "-".join(text.lower().split())


def neighbours(newer: Ref | None, older: Ref | None) -> list[Ref]:
    """The Newer/Older links of a page in a series, those it has."""
    found = [("Newer", newer), ("Older", older)]
    return [Ref(f"{word}: {ref.label}", ref.path, ref.anchor) for word, ref in found if ref]


class _Linked(Protocol):
    newer: Ref | None
    older: Ref | None


_L = TypeVar("_L", bound=_Linked)


def chain(items: list[_L], ref: Callable[[_L], Ref]) -> None:
    """Link each of ``items`` (newest first) to its newer and older neighbour."""
    # Newest first: the item before is newer, the one after older.
    for newer, older in itertools.pairwise(items):
        newer.older, older.newer = ref(older), ref(newer)
