"""`briefings check`: every problem of every record, collected in one run."""

from __future__ import annotations

from collections.abc import Callable

from generator.entities_file import read_entities
from generator.problems import Problem
from generator.project import Project
from generator.published import check_published
from generator.record import THREAD_OUT, Record
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


def check_thread_pins(files: list[RecordFile]) -> list[Problem]:
    """A ``thread`` pin must name a thread that will exist: another briefing, in threads."""
    valid = {f.record["id"]: f.record for f in files if f.record is not None}
    renamed = {old: rid for rid, r in valid.items() for old in r.get("redirect_from") or ()}
    present = _ids_of_invalid(files)
    problems = []
    for file in files:
        record = file.record
        pin = record.get("thread") if record is not None else None
        if record is None or pin is None or pin == THREAD_OUT or pin in present:
            continue
        target = valid.get(renamed.get(pin, pin))
        if target is None:
            message = (
                f"no briefing has the id '{pin}': pin to the id of a briefing of the story"
                f" (a thread's address /threads/<id>/ names its first), or write '{THREAD_OUT}'"
            )
        elif target["id"] == record["id"]:
            message = "a briefing cannot pin itself: name another briefing of the story"
        elif target.get("thread") == THREAD_OUT:
            message = (
                f"'{pin}' is kept out of every thread (its thread: {THREAD_OUT}),"
                " so this thread would not exist"
            )
        elif record["status"] == "published" and target["status"] == "draft":
            message = (
                f"'{pin}' is a draft: the published site leaves it out, so this thread would"
                " not exist there; publish it or pin to a published briefing"
            )
        else:
            continue
        problems.append(Problem(file.rel, file.loaded.line_of("thread"), "thread", message))
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
    problems += check_thread_pins(files)
    problems += read_entities(project.briefings)[1]
    # A published id whose record is only invalid is reported as that record's problem.
    problems += check_published(project.briefings, records, _ids_of_invalid(files))
    return records, sorted(problems)
