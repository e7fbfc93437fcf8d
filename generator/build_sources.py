"""What a build reads besides its inputs (the records, the files beside mkdocs.yml, the
options and variables), and one digest of it all: a build that finds it unchanged has
nothing to do (generator.incremental_build).

Reading 10,000 record files twice a build costs about a second: a file whose stat is
as when a build last read it (docswriter.FileStat: any write changes its ctime) is
taken by the digest that build recorded (SiteState.read).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from pathlib import Path

from generator import layout
from generator.docswriter import FileStat
from generator.incremental import digest_bytes, file_digest

#: path -> (stat, digest) of each source file read by this process or, as the last build
#: recorded (``trust_sources_read``), by the last build: read again only if its stat changed.
_SOURCES_READ: dict[str, tuple[FileStat, str]] = {}
#: The source files this process looked at (a deleted one drops out of the state).
_LOOKED_AT: set[str] = set()
#: A file changed this recently may change again within one tick of its ctime: not remembered.
_SETTLED_NS = 2_000_000_000


def _source_digest(path: str) -> str:
    _LOOKED_AT.add(path)
    try:
        found = os.stat(path)
    except OSError:
        return "absent"
    stat = (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino)
    known = _SOURCES_READ.get(path)
    if known is not None and known[0] == stat:
        return known[1]
    digest = file_digest(Path(path))
    if found.st_ctime_ns < time.time_ns() - _SETTLED_NS:
        _SOURCES_READ[path] = (stat, digest)
    return digest


def sources_read(root: Path) -> dict[str, tuple[FileStat, str]]:
    """Each source file of ``root`` this process read and may trust by its stat, by its
    path in ``root``: the state keeps them for the next build."""
    base = f"{root}{os.sep}"
    return {
        path[len(base) :].replace(os.sep, "/"): known
        for path, known in _SOURCES_READ.items()
        if path.startswith(base) and path in _LOOKED_AT
    }


def trust_sources_read(root: Path, read: dict[str, tuple[FileStat, str]]) -> None:
    """Take the source files an earlier build read (``sources_read``) as this process's own."""
    for rel, known in read.items():
        _SOURCES_READ.setdefault(os.path.join(root, *rel.split("/")), known)


def _files_under(folder: str, prefix: str) -> Iterable[tuple[str, str]]:
    """(prefix + path relative to ``folder``, full path) of each file under ``folder``."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_file():
                yield prefix + entry.name, entry.path
            elif entry.is_dir() and not entry.is_symlink():
                yield from _files_under(entry.path, f"{prefix}{entry.name}/")


def sources(root: Path, *, production: bool) -> dict[str, str]:
    """Everything the render reads besides the inputs, each with its digest: a build
    that finds all of it unchanged has nothing to do.

    Every file under briefings/ (records, the register, the list of published
    URLs), every file directly in the project's folder (about.md beside
    mkdocs.yml), the options, the build's date and the BRIEFINGS_ variables.
    """
    found = {
        entry.name: _source_digest(entry.path) for entry in os.scandir(root) if entry.is_file()
    }
    records = root / layout.RECORDS_FOLDER
    if records.is_dir():
        for rel, path in _files_under(str(records), layout.RECORDS_FOLDER + "/"):
            found[rel] = _source_digest(path)
    for name, value in os.environ.items():
        if name.startswith("BRIEFINGS_") or name == "SOURCE_DATE_EPOCH":
            found[f"${name}"] = value
    found["production"] = repr(production)
    return found


def sources_after(before: dict[str, str], root: Path, *, production: bool) -> str:
    """The digest of the sources a build was made from, taken once it is done.

    The build adds newly published URLs to the published lists (layout.PUBLISHED_FILE and
    PUBLISHED_HUBS_FILE, the sources the build writes): that change is the build's own.
    Any other change during the build (a record saved meanwhile) leaves the digest from
    before, so the next build does not skip it.
    """
    after = sources(root, production=production)
    own = (layout.PUBLISHED_FILE, layout.PUBLISHED_HUBS_FILE)
    others_before = {k: v for k, v in before.items() if k not in own}
    others_after = {k: v for k, v in after.items() if k not in own}
    return sources_key(after if others_before == others_after else before)


def sources_key(found: dict[str, str]) -> str:
    """One digest of ``sources``."""
    return digest_bytes(repr(sorted(found.items())).encode("utf-8", "surrogatepass"))
