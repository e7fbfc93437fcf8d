"""The build's date, the same for every build of one commit, whatever the clock says.

MkDocs dates the sitemap (and gzip headers) by ``SOURCE_DATE_EPOCH`` when it is set,
else by the clock. ``briefings build`` sets it when the caller did not: to the time of
the project's last git commit, or, outside git, to midnight UTC of the newest record's
``date`` (the records are the build's only input), so two builds of one tree are byte-
identical on any day, with or without make.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

from generator.layout import RECORDS_FOLDER
from generator.store import record_paths

ENV = "SOURCE_DATE_EPOCH"
_DATE_LINE = re.compile(rb"^date: ['\"]?(\d{4}-\d{2}-\d{2})['\"]?\s*$", re.MULTILINE)


def last_commit_time(root: Path) -> int | None:
    """The committer time of HEAD of the repository holding ``root``, or None outside git."""
    try:
        done = subprocess.run(
            # safe.directory: CI runs as root on a clone it may not own, where git refuses.
            ["git", "-c", f"safe.directory={root}", "log", "-1", "--format=%ct"],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    text = done.stdout.strip()
    return int(text) if done.returncode == 0 and text.isdigit() else None


def newest_record_date(root: Path) -> int | None:
    """Midnight UTC of the latest ``date`` among the records, or None without records."""
    newest: str | None = None
    for path in record_paths(root / RECORDS_FOLDER):
        try:
            found = _DATE_LINE.search(path.read_bytes())
        except OSError:
            continue
        if found is not None:
            value = found.group(1).decode()
            newest = value if newest is None else max(newest, value)
    if newest is None:
        return None
    try:
        day = dt.date.fromisoformat(newest)
    except ValueError:
        return None
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())


def epoch_for(root: Path) -> tuple[str, str | None]:
    """(SOURCE_DATE_EPOCH to use, a note when it is not from git) for the project ``root``."""
    commit = last_commit_time(root)
    if commit is not None:
        return str(commit), None
    newest = newest_record_date(root)
    if newest is None:
        return "0", f"{ENV} unset and no git history or dated record: the build is dated 1970-01-01"
    day = dt.datetime.fromtimestamp(newest, dt.UTC).date().isoformat()
    return str(
        newest
    ), f"{ENV} unset and no git history: the build is dated by the newest record, {day}"


@contextlib.contextmanager
def source_date_epoch(root: Path, say: Callable[[str], None]) -> Iterator[None]:
    """``SOURCE_DATE_EPOCH`` set (when unset or empty) for this process and its children
    while the block runs, then as it was."""
    if os.environ.get(ENV, "").strip():
        yield
        return
    before = os.environ.get(ENV)
    value, note = epoch_for(root)
    if note:
        say(note)
    os.environ[ENV] = value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = before
