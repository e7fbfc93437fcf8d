"""The build's date, the same for every build of one commit, whatever the clock says.

MkDocs dates the sitemap (and gzip headers) by ``SOURCE_DATE_EPOCH`` when it is set,
else by the clock. ``briefings build`` sets it when the caller did not: to the time of
the project's last git commit, or, outside git, to midnight UTC of the newest record's
``date`` (the records are the build's only input), so two builds of one tree are byte-
identical on any day, with or without make.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
from pathlib import Path

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
    for path in record_paths(root / "briefings"):
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


def ensure_source_date_epoch(root: Path) -> str | None:
    """Set ``SOURCE_DATE_EPOCH`` for this process and its children when unset or empty.

    Returns a note saying where the date came from when it was not from git, else None.
    """
    if os.environ.get(ENV, "").strip():
        return None
    commit = last_commit_time(root)
    if commit is not None:
        os.environ[ENV] = str(commit)
        return None
    newest = newest_record_date(root)
    os.environ[ENV] = str(newest or 0)
    if newest is None:
        return f"{ENV} unset and no git history or dated record: the build is dated 1970-01-01"
    day = dt.datetime.fromtimestamp(newest, dt.UTC).date().isoformat()
    return f"{ENV} unset and no git history: the build is dated by the newest record, {day}"
