"""Build state that is safe to lose, in files that say what made them (build/'s caches).

A sealed file is a line naming what made it (the generator's code digest, a parser's or
Python's version, the file's format), a checksum of the rest, then the value (marshal). A
file whose line is another (other code, another format) reads as absent without being
unpacked, and so does one whose checksum does not match its bytes (damaged, cut short).
"""

from __future__ import annotations

import marshal
import zlib
from pathlib import Path
from typing import Any

from generator.atomic import write_atomic

_CHECK_SIZE = 4


def seal(*made_by: object) -> bytes:
    """The first line of a sealed file made by ``made_by`` (values with a faithful repr)."""
    return repr(made_by).encode("utf-8", "surrogatepass") + b"\n"


def _checksum(payload: bytes) -> bytes:
    """A CRC-32: it catches damage (not forgery) at some 4 GB/s, where a cryptographic
    digest of the 80 MB of records at 10,000 briefings took 0.1 s of every build."""
    return zlib.crc32(payload).to_bytes(_CHECK_SIZE, "big")


def read_sealed(path: Path, line: bytes) -> Any:
    """The value of the sealed file ``path`` made under ``line``; None when there is no
    such file, or it was made otherwise, or it is damaged."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    if not raw.startswith(line):
        return None
    rest = raw[len(line) :]
    check, payload = rest[:_CHECK_SIZE], rest[_CHECK_SIZE:]
    if check != _checksum(payload):
        return None
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None


def write_sealed(path: Path, line: bytes, value: Any) -> None:
    """Write ``value`` sealed under ``line``; remove the file if marshal cannot hold it
    (no cache rather than a wrong one)."""
    try:
        payload = marshal.dumps(value)
    except ValueError:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, line + _checksum(payload) + payload, durable=False)
