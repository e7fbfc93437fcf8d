"""Atomic file writes, whole-folder swaps and the project lock: how every command writes.

A reader (or a crash) only ever sees a file or folder old or new, never half of each;
two runs that write records never run at once.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from generator.layout import LOCK_NAME

# --- atomic writes ------------------------------------------------------------------


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: The mode open() would give a new file, read once: umask is process-wide.
_FILE_MODE = 0o666 & ~_umask()


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> bool:
    """Write ``data`` to ``path`` unless it already holds exactly that; True if written.

    A temporary file in the same folder is renamed over the target, so a reader
    (or a crash) only ever sees the old or the new file whole. ``durable=False``
    skips the fsync, for build output that is regenerated from records anyway
    (an fsync per page would dominate rendering 10,000 briefings).
    """
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); a record or page is an ordinary file.
        os.fchmod(fd, _FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return True


def replace_folder(target: Path, new: Path) -> None:
    """Put ``new`` where ``target`` is, by renames: ``target`` is never half old, half new.

    A ``target`` that is a symlink (site/ -> a web server's folder) or a mount point
    stays one, and a ``target`` on another file system cannot be renamed onto: then
    the folder it stands for takes the new contents an entry at a time instead.
    """
    if target.is_symlink() or os.path.ismount(target):
        _replace_contents(target.resolve(), new)
        return
    old = new.with_name(new.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    try:
        if target.exists():
            os.replace(target, old)
        os.replace(new, target)
    except OSError as error:
        if error.errno not in (errno.EXDEV, errno.EBUSY):
            raise
        if old.exists() and not target.exists():
            os.replace(old, target)  # as it was, before the slower way
        _replace_contents(target, new)
        return
    shutil.rmtree(old, ignore_errors=True)


def _replace_contents(folder: Path, new: Path) -> None:
    """Move each entry of ``new`` into ``folder`` over the old one, then drop the rest."""
    folder.mkdir(parents=True, exist_ok=True)
    names = sorted(entry.name for entry in new.iterdir())
    for name in names:
        # The old entry steps aside under a hidden name first, so that a reader sees
        # either it or the new one, and a failed move can be undone by hand.
        aside = folder / f".{name}.old"
        _remove(aside)
        if (folder / name).exists() or (folder / name).is_symlink():
            os.replace(folder / name, aside)
        shutil.move(new / name, folder / name)
        _remove(aside)
    kept = set(names)
    for entry in folder.iterdir():
        if entry.name not in kept:
            _remove(entry)
    new.rmdir()


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


# --- the lock -------------------------------------------------------------------------


class LockTimeout(Exception):
    """Another run holds the lock for too long."""


@contextlib.contextmanager
def project_lock(folder: Path, timeout: float = 600.0) -> Iterator[None]:
    """Serialize runs that write records; the lock file is gone afterwards.

    Written by hand because filelock leaves its file behind, and DESIGN.md
    wants a run with nothing to do to leave the tree as it was. After taking
    the lock we check the file is still the one at the path: a run that
    released meanwhile has unlinked it, and we must retry on the new file.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_NAME
    deadline = time.monotonic() + timeout
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            os.close(fd)
            if error.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            if time.monotonic() > deadline:
                raise LockTimeout(f"{path}: another briefings run holds the lock") from error
            time.sleep(0.05)
            continue
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
