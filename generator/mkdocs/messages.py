"""What the processes of a build tell each other over their pipes.

The render tells MkDocs which pages there are and which are written
(``Listed``, ``Ready``, ``Done``); MkDocs tells the waiting process how far it is,
when search may start, and how it ended (``Progress``, ``Indexable``, ``Outcome``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class Listed:
    """Every output the render will write, docs paths in the order MkDocs reads them."""

    paths: list[str]


@dataclass(frozen=True)
class Ready:
    """Outputs are written (or were right already) in the docs folder."""

    paths: tuple[str, ...]


@dataclass(frozen=True)
class Done:
    """Everything is written and stale files are removed."""


RenderMessage = Listed | Ready | Done


@dataclass(frozen=True)
class Progress:
    """MkDocs' steps done of its steps in all (two per page)."""

    done: int
    total: int


@dataclass(frozen=True)
class Indexable:
    """Every page search indexes is written: Pagefind may start beside MkDocs."""


@dataclass(frozen=True)
class Outcome:
    """How MkDocs ended, with its warnings and errors as logged."""

    state: Literal["built", "failed", "crashed"]
    messages: list[str] = field(default_factory=list)
    error: str = ""
    #: docs path -> the site path MkDocs made of it, for every listed docs file
    dests: dict[str, str] = field(default_factory=dict)
    #: A dirty build's: the docs files it built again, and each listed file's digest
    rebuilt: list[str] | None = None
    digests: dict[str, str] = field(default_factory=dict)


BuildMessage = Progress | Indexable | Outcome
