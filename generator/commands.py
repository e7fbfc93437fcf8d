"""What each `briefings` command does; cli.py only parses arguments and calls these.

Every command returns its exit code: 0 success, 1 problems in the input.
Problems go to stdout as ``path:line: field: message``; chatter goes to stderr.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import layout
from generator.atomic import write_atomic
from generator.check import check_project
from generator.docswriter import Schedule
from generator.fetch import fetch_arguments
from generator.gcpause import collector_paused
from generator.ingest import Outcome, extract_records, ingest
from generator.problems import Problem, UsageError, format_problems
from generator.progress import Progress
from generator.project import Project
from generator.published import PublishedHubs, read_published_hubs, record_published
from generator.record import RECORD, Record, check_slug, json_schema, ordered
from generator.spec import ListOf, Mapping, Spec
from generator.store import new_id, record_paths
from generator.yamlio import dump_yaml

if TYPE_CHECKING:
    from generator.mkdocs.build import PageFeed


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _report(problems: list[Problem]) -> int:
    if problems:
        print(format_problems(problems))
        _say(f"{len(problems)} problem(s) found")
        return 1
    return 0


def cmd_ingest(project: Project, arguments: Sequence[str | Path], *, force: bool) -> int:
    """Seeds to records; one line per seed. A URL is fetched into seeds/web/ first."""
    paths, failed = fetch_arguments(arguments, project.seeds)
    outcomes = [Outcome(url, "skipped", detail=why) for url, why in failed]
    if paths or not arguments:
        progress = Progress("ingest")
        outcomes += ingest(project, paths or [project.seeds], force=force, progress=progress)
    for outcome in outcomes:
        print(outcome)
    problems = [o for o in outcomes if o.is_problem]
    counts: dict[str, int] = {}
    for outcome in outcomes:
        counts[outcome.action] = counts.get(outcome.action, 0) + 1
    _say(", ".join(f"{n} {action}" for action, n in sorted(counts.items())) or "no seeds found")
    return 1 if problems else 0


def cmd_extract(project: Project, paths: list[Path], *, output_format: str) -> int:
    """Print the records ingest would write; write nothing."""
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder")
    records, skipped = extract_records(project, paths)
    if output_format == "json":
        print(json.dumps(records, indent=2, ensure_ascii=False))
    else:
        print("\n---\n".join(dump_yaml(r, header="") for r in records), end="")
    for outcome in skipped:
        _say(str(outcome))
    return 1 if skipped else 0


def cmd_check(project: Project) -> int:
    """Validate every record."""
    with collector_paused():
        records, problems = check_project(project)
    if not problems:
        _say(f"{len(records)} record(s), no problems")
    _warn_suspects(project, records)
    return _report(problems)


def _warn_suspects(project: Project, records: list[Record]) -> None:
    """Suspected duplicate entities are a warning: they never fail `check`."""
    from generator.entities_file import read_entities
    from generator.register import build_register, suspect_lines

    editors, _ = read_entities(project.briefings)  # its problems are check's already
    suspects = suspect_lines(build_register(records, editors))
    if suspects:
        _say(
            f"warning: {len(suspects)} suspected duplicate or non-entity name(s);"
            " 'briefings entities --suspects' lists them"
        )


def _render(
    project: Project,
    out: Path,
    *,
    production: bool,
    schedule: Schedule | None = None,
    published_hubs: PublishedHubs | None = None,
) -> tuple[list[Record], int]:
    from generator.entities_file import read_entities
    from generator.incremental_records import SavedRecords
    from generator.render import TemplateFailed, render_site
    from generator.sitemodel.memory import kept_in

    started = time.monotonic()
    # What an earlier run parsed, and what its site model worked out, both under build/.
    with collector_paused(), kept_in(project.docs.parent):
        saved = SavedRecords(project.docs.parent)
        records, problems = check_project(project, Progress("reading records"), saved)
        if problems:
            return records, _report(problems)
        _say(f"rendering {len(records)} briefing(s)...")
        # Absolute links in feeds need the published address; CI knows it, local runs may not.
        site_url = os.environ.get("BRIEFINGS_SITE_URL") or None
        counted = _Counted(Progress("rendering pages and feeds"), schedule or Schedule())
        published_hubs = published_hubs or read_published_hubs(project.briefings)
        try:
            result = render_site(
                records,
                out,
                templates_dir=project.templates,
                production=production,
                site_url=site_url,
                schedule=counted,
                editors=read_entities(project.briefings)[0],  # its problems are check's
                published_hubs=published_hubs,
            )
        except TemplateFailed as error:
            return records, _report([error.problem])
    for warning in published_hubs.warnings():
        _say(warning)
    _say(
        f"rendered into {project.rel(out)}: {len(result.written)} written, "
        f"{result.unchanged} unchanged, {len(result.removed)} removed "
        f"in {time.monotonic() - started:.0f}s"
    )
    return records, 0


class _Counted(Schedule):
    """Shows the render's progress through its outputs, passing the schedule's calls on."""

    def __init__(self, progress: Callable[[int, int], None], inner: Schedule) -> None:
        self.progress = progress
        self.inner = inner
        self.total = 0
        self.done = 0

    def order(self, paths: list[str]) -> list[str]:
        self.total = len(paths)
        return self.inner.order(paths)

    def written(self, path: str) -> None:
        self.inner.written(path)
        self.done += 1
        self.progress(self.done, self.total)


def cmd_render(project: Project, out: Path | None, *, production: bool) -> int:
    """Write the Markdown pages, feeds and JSON the site is built from."""
    _, code = _render(project, out or project.docs, production=production)
    return code


def cmd_build(project: Project, *, strict: bool, production: bool) -> int:
    """`briefings build`, dated by the last commit when SOURCE_DATE_EPOCH is unset."""
    import generator.mkdocs  # noqa: F401  (chooses the engine: a wrong one is the first message)
    from generator.reproducible import source_date_epoch

    with source_date_epoch(project.root, _say):  # set before MkDocs' process inherits it
        return _build(project, strict=strict, production=production)


def _build(project: Project, *, strict: bool, production: bool) -> int:
    """Check and render the pages while MkDocs builds what changed (generator.incremental_build)."""
    from generator.incremental_build import build

    return build(project, strict=strict, production=production, render=_render_for_build, say=_say)


def _render_for_build(project: Project, production: bool, feed: PageFeed) -> int:
    """The render of `briefings build`, in its own process; tells MkDocs what it wrote."""
    hubs = read_published_hubs(project.briefings)
    records, code = _render(
        project, project.docs, production=production, schedule=feed, published_hubs=hubs
    )
    if code:
        return code
    feed.done()
    if record_published(project.briefings, records):
        _say(f"{layout.PUBLISHED_FILE} lists newly published briefings: commit it")
    if hubs.save(project.briefings):
        _say(f"{layout.PUBLISHED_HUBS_FILE} lists newly published hub addresses: commit it")
    return 0


def cmd_serve(project: Project, *, production: bool, dev_addr: str) -> int:
    """Live preview: re-renders when a record or template changes."""
    from generator.mkdocs.preview import serve

    serve(project.root, production=production, dev_addr=dev_addr)
    return 0


def _empty(spec: Spec) -> Any:
    """The emptiest value of ``spec``: null where allowed, else "", [] or a mapping of those."""
    if isinstance(spec, ListOf):
        return []
    if spec.nullable:
        return None
    if isinstance(spec, Mapping):
        return {name: _empty(s) for name, s in spec.fields.items() if name not in spec.optional}
    return ""


def scaffold(title: str, record_id: str, today: dt.date) -> Record:
    """An empty but valid record for a briefing written by hand (its fields: record.RECORD)."""
    record: Record = _empty(RECORD)
    record.update(id=record_id, title=title, date=today.isoformat(), status="draft")
    return ordered(record)


def cmd_new(project: Project, title: str, *, record_id: str | None, today: dt.date | None) -> int:
    """Scaffold a record for a briefing written by hand."""
    title = " ".join(title.split())
    if not title:
        raise UsageError('give the briefing a title: briefings new "Title"')
    taken = {p.stem for p in record_paths(project.briefings)}
    if record_id is not None and (message := check_slug(record_id)):
        raise UsageError(message)
    if record_id is not None and record_id in taken:
        raise UsageError(f"{layout.record_file(record_id)} exists already")
    rid = record_id or new_id(title, taken)
    record = scaffold(title, rid, today or dt.date.today())
    path = project.record_path(rid)
    write_atomic(path, dump_yaml(record).encode("utf-8"))
    print(project.rel(path))
    return 0


def cmd_resolve(project: Project, record_id: str, *, keep_mine: bool) -> int:
    """Settle an ingest conflict, keeping the editor's record or taking the proposal."""
    from generator.resolve import resolve

    print(resolve(project, record_id, keep_mine=keep_mine))
    return 0


def cmd_entities(project: Project, *, kind: str | None, suspects: bool) -> int:
    """List the desk's entities, or with ``suspects`` its likely duplicates and non-entities."""
    from generator.entities_file import read_entities
    from generator.register import build_register, entity_lines, suspect_lines
    from generator.store import load_records

    records, problems = load_records(project.root)
    editors, entity_problems = read_entities(project.briefings)
    if entity_problems:
        return _report(entity_problems)
    register = build_register(records, editors)
    for line in (suspect_lines if suspects else entity_lines)(register, kind):
        print(line)
    if problems:
        _say(f"{len(problems)} problem(s) in records; 'briefings check' lists them")
    return 0


def cmd_merge(project: Project, source: str, target: str, *, kind: str | None) -> int:
    """Merge one entity into another across every record, atomically."""
    from generator.merge import merge

    result = merge(project, source, target, kind)
    if result.problems:
        _say("nothing merged: fix these first")
        return _report(result.problems)
    for line in result.lines:
        print(line)
    _say(f"{len(result.lines)} file(s) changed" if result.lines else "nothing to change")
    return 0


def cmd_rename_briefing(project: Project, old: str, new: str) -> int:
    """Give a briefing a new id, file name and redirect from the old one, in one step."""
    from generator.rename import rename_briefing

    lines, problems = rename_briefing(project, old, new)
    for line in lines:
        print(line)
    return _report(problems)


def cmd_schema() -> int:
    """Print the record's JSON Schema."""
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0
