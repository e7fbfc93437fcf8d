"""What building the site model worked out, kept under build/ for the next build.

A build after a one-record edit asks the same questions of the model as the build before:
the words of 10,000 briefings, their text vectors, which thread each joins, the related box
of each. Each answer is kept with exactly the inputs it was worked out from (a digest of a
briefing's text, the sequence a grouping saw, the candidates of a related box), and is
taken again only when those inputs are the same; anything else is worked out as if nothing
were kept. So what is kept changes how long a build takes, never what it makes.

``build/model.cache`` holds the sections in a sealed file (generator.sealed) made under the
generator's code digest, the Python version and byte order and this format's version: a
file of other code, another format, or that is damaged or cut short is ignored whole. It
is safe to lose.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.incremental import code_digest
from generator.sealed import read_sealed, seal, write_sealed

CACHE_NAME = "model.cache"
_VERSION = 2


class ModelMemory:
    """Sections an earlier build of the model kept (``recall``) and those this build keeps
    (``keep``); ``save`` writes the latter."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # The byte order too: vectors are kept as the machine's doubles.
        self.line = seal(_VERSION, code_digest(), sys.version_info[:3], sys.byteorder)
        kept = read_sealed(path, self.line)
        self.saved: dict[str, Any] = kept if isinstance(kept, dict) else {}
        self.now: dict[str, Any] = {}

    def recall(self, section: str) -> Any:
        """What the earlier build kept under ``section`` (None if nothing)."""
        return self.saved.get(section)

    def keep(self, section: str, value: Any) -> None:
        """Keep ``value`` (marshal-able) under ``section`` for the next build."""
        self.now[section] = value

    def save(self) -> None:
        """Write what this build kept, unless it is what the file holds already; then let go
        of both (at 10,000 briefings they weigh some 100 MB)."""
        now, saved, self.now, self.saved = self.now, self.saved, {}, {}
        if now != saved:
            write_sealed(self.path, self.line, now)


#: The memory of the build under way (see ``kept_in``).
_CURRENT: ModelMemory | None = None


@contextlib.contextmanager
def kept_in(build_dir: Path) -> Iterator[ModelMemory]:
    """Within it, building the site model reads and saves its memory in ``build_dir``."""
    global _CURRENT
    outer = _CURRENT
    _CURRENT = ModelMemory(build_dir / CACHE_NAME)
    try:
        yield _CURRENT
    finally:
        _CURRENT = outer


def current() -> ModelMemory | None:
    """The memory of the build under way; None outside ``kept_in`` (nothing is kept)."""
    return _CURRENT
