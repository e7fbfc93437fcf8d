"""`briefings rename-briefing OLD NEW`: a briefing's id, file name and redirect in one step.

The record ``briefings/OLD.yaml`` becomes ``briefings/NEW.yaml`` with ``id: NEW`` and
OLD added to its ``redirect_from``, so a published URL keeps working (check's rule on
``.published.txt``); the rest of the file stays as the editor wrote it. The manifest
is left as it is: the next ingest finds the renamed record by its ``seed.path`` and
keeps it as an editor's, as for a rename by hand.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from generator.atomic import project_lock
from generator.layout import record_file, record_name
from generator.merge import rewrite_record, write_all
from generator.problems import Problem, UsageError
from generator.project import Project
from generator.record import check_slug, validate
from generator.resolve import proposal_path
from generator.store import read_records
from generator.yaml_edit import COMMENTS_LOST
from generator.yamlio import load_yaml


def rename_briefing(project: Project, old: str, new: str) -> tuple[list[str], list[Problem]]:
    """Lines saying what changed, or the problems that stop the rename."""
    if message := check_slug(new):
        raise UsageError(message)
    if old == new:
        raise UsageError(f"the briefing is called '{old}' already")
    folder = project.briefings
    with project_lock(folder):
        files = read_records(project.root)
        by_id = {f.path.stem: f for f in files}
        file = by_id.get(old)
        if file is None:
            raise UsageError(f"no record {record_file(old)}")
        if file.problems:
            return [], file.problems
        if new in by_id:
            raise UsageError(f"{record_file(new)} exists already")
        for other in files:
            if other is not file and new in ((other.record or {}).get("redirect_from") or []):
                raise UsageError(f"'{new}' is an earlier id of {other.rel}; it redirects there")
        if proposal_path(folder, old).exists():
            raise UsageError(
                f"{record_file(old)} has an unsettled ingest conflict; settle it first with"
                f" 'briefings resolve {old} --keep-mine' or '--take-theirs'"
            )
        record = dict(file.record or {})
        earlier = [rid for rid in record.get("redirect_from") or [] if rid != new]
        record["id"] = new
        record["redirect_from"] = [*earlier, old] if old not in earlier else earlier
        data, kept = rewrite_record(file.path, record)
        target = folder / record_name(new)
        rel = record_file(new)
        loaded = load_yaml(data.decode("utf-8"), rel)
        problems = loaded.problems + validate(loaded, rel, stem=new)
        if problems:
            return [], problems
        _move(file.path, target, data)
    lost = "" if kept else f"; {COMMENTS_LOST}"
    return [f"{file.rel} -> {rel} (redirect_from: {old}{lost})"], []


def _move(source: Path, target: Path, data: bytes) -> None:
    """Write ``target`` whole, then remove ``source``; if that fails, ``target`` goes again."""
    write_all({target: data})
    try:
        source.unlink()
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        raise
