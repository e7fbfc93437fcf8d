"""The subset of CBOR (RFC 8949) Pagefind writes its index files in: integers, byte and
text strings, arrays; definite lengths only."""

from __future__ import annotations


class CborError(ValueError):
    """Bytes outside the subset, or an item the subset cannot hold."""


def _head(major: int, value: int) -> bytes:
    if value < 24:
        return bytes([major << 5 | value])
    for extra, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if value < 1 << (8 * size):
            return bytes([major << 5 | extra]) + value.to_bytes(size, "big")
    raise CborError("integer too large")


def encode(item: object) -> bytes:
    if isinstance(item, bool) or item is None:
        raise CborError("unexpected simple value")
    if isinstance(item, int):
        return _head(0, item) if item >= 0 else _head(1, -1 - item)
    if isinstance(item, bytes):
        return _head(2, len(item)) + item
    if isinstance(item, str):
        data = item.encode("utf-8")
        return _head(3, len(data)) + data
    if isinstance(item, list):
        return _head(4, len(item)) + b"".join(encode(i) for i in item)
    raise CborError(f"cannot encode {type(item).__name__}")


def decode(data: bytes, at: int = 0) -> tuple[object, int]:
    """One item of the CBOR subset Pagefind writes: integers, strings, arrays."""
    if at >= len(data):
        raise CborError("truncated")
    major, info = data[at] >> 5, data[at] & 31
    at += 1
    if info < 24:
        value = info
    elif info <= 27:
        size = 1 << (info - 24)
        if at + size > len(data):
            raise CborError("truncated")
        value = int.from_bytes(data[at : at + size], "big")
        at += size
    else:
        raise CborError("indefinite length or reserved")
    if major == 0:
        return value, at
    if major == 1:
        return -1 - value, at
    if major in (2, 3):
        if at + value > len(data):
            raise CborError("truncated")
        raw = data[at : at + value]
        return (raw if major == 2 else raw.decode("utf-8")), at + value
    if major == 4:
        items = []
        for _ in range(value):
            item, at = decode(data, at)
            items.append(item)
        return items, at
    raise CborError(f"unexpected major type {major}")
