"""What building the site model worked out, kept under build/ for the next build.

A build after a one-record edit asks the same questions of the model as the build before:
the words of 10,000 briefings, their text vectors, which thread each joins, the related box
of each. Each answer is kept with exactly the inputs it was worked out from (a digest of a
briefing's text, the sequence a grouping saw, the candidates of a related box), and is
taken again only when those inputs are the same; anything else is worked out as if nothing
were kept. So what is kept changes how long a build takes, never what it makes.

``build/model.cache`` holds a line naming the generator's code digest, the Python version and
this format's version, then a digest of the rest, then the sections (marshal): a file of
other code, another format, or that is damaged or cut short is ignored whole (and one of
other code is not even unpacked). It is safe to lose.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.atomic import write_atomic
from generator.incremental import code_digest

CACHE_NAME = "model.cache"
_VERSION = 1
_CHECK_SIZE = 32


def _checksum(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=_CHECK_SIZE).digest()


class ModelMemory:
    """Sections an earlier build of the model kept (``recall``) and those this build keeps
    (``keep``); ``save`` writes the latter."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # The byte order too: vectors are kept as the machine's doubles.
        told = (_VERSION, code_digest(), sys.version_info[:3], sys.byteorder)
        self.code = repr(told).encode() + b"\n"
        self.saved = self._load()
        self.now: dict[str, Any] = {}

    def _load(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except OSError:
            return {}
        if not raw.startswith(self.code):
            return {}
        rest = raw[len(self.code) :]
        check, payload = rest[:_CHECK_SIZE], rest[_CHECK_SIZE:]
        if check != _checksum(payload):
            return {}
        try:
            sections = marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return {}
        return sections if isinstance(sections, dict) else {}

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
        if now == saved:
            return
        try:
            payload = marshal.dumps(now)
        except ValueError:  # a value marshal cannot hold: no cache rather than a wrong one
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, self.code + _checksum(payload) + payload, durable=False)


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
