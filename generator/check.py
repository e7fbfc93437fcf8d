"""`briefings check`: every problem of every record, collected in one run."""

from __future__ import annotations

from collections.abc import Callable

from generator.problems import Problem
from generator.project import Project
from generator.published import check_published
from generator.record import Record
from generator.store import RecordCache, RecordFile, read_records


def check_redirects(files: list[RecordFile]) -> list[Problem]:
    """An old id may redirect to one record only, and never shadow a live id."""
    valid = [(f, f.record) for f in files if f.record is not None]
    live = {record["id"] for _, record in valid}
    owner: dict[str, str] = {}
    problems = []
    for file, record in valid:
        for index, old in enumerate(record.get("redirect_from") or []):
            field = f"redirect_from[{index}]"
            line = file.loaded.line_of(field)
            if old in live:
                problems.append(
                    Problem(file.rel, line, field, f"'{old}' is the id of a live record")
                )
            elif owner.get(old, record["id"]) != record["id"]:
                problems.append(
                    Problem(file.rel, line, field, f"'{old}' already redirects to '{owner[old]}'")
                )
            owner.setdefault(old, record["id"])
    return problems


def check_project(
    project: Project,
    progress: Callable[[int, int], None] | None = None,
    cache: RecordCache | None = None,
) -> tuple[list[Record], list[Problem]]:
    """Valid records, and every problem in the project's records, sorted.

    The one validation of `check`, `build` and the preview; ``cache``: a preview's.
    """
    files = read_records(project.root, cache, progress=progress)
    records = [f.record for f in files if f.record is not None]
    problems = [p for f in files for p in f.problems]
    problems += check_redirects(files)
    problems += check_published(project.briefings, records)
    return records, sorted(problems)
