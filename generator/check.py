"""`briefings check`: every problem of every record, collected in one run."""

from __future__ import annotations

from collections.abc import Callable

from generator.entities_file import read_entities
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


#: What a reader of a published briefing cannot do without: field -> what to write there.
_PUBLISHED_NEEDS = {
    "summary": "a summary",
    "body": "the article text",
    "source.name": "the name of its source",
}


def check_publishable(files: list[RecordFile]) -> list[Problem]:
    """A ``published`` record needs a summary, a body and its source's name (drafts may wait)."""
    problems = []
    for file in files:
        record = file.record
        if record is None or record.get("status") != "published":
            continue
        source = record.get("source")
        values = {
            "summary": record.get("summary"),
            "body": record.get("body"),
            "source.name": source.get("name") if isinstance(source, dict) else None,
        }
        for field, value in values.items():
            if not (isinstance(value, str) and value.strip()):
                line = file.loaded.line_of(field) or file.loaded.line_of("status")
                problems.append(
                    Problem(
                        file.rel,
                        line,
                        field,
                        f"a published briefing needs {_PUBLISHED_NEEDS[field]}; fill it in or set"
                        " status: draft",
                    )
                )
    return problems


def _ids_of_invalid(files: list[RecordFile]) -> set[str]:
    """Ids of record files that exist but have problems: their URLs are not gone."""
    ids = set()
    for file in files:
        data = file.loaded.data
        if file.record is None:
            ids.add(file.path.stem)
            if isinstance(data, dict) and isinstance(data.get("id"), str):
                ids.add(data["id"])
    return ids


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
    problems += check_publishable(files)
    problems += read_entities(project.briefings)[1]
    # A published id whose record is only invalid is reported as that record's problem.
    problems += check_published(project.briefings, records, _ids_of_invalid(files))
    return records, sorted(problems)
