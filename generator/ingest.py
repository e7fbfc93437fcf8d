"""`briefings ingest`: seeds -> records, without ever losing an editor's edit.

Plan first, then extract, then write: every seed is classified (new, changed,
unchanged, edited) before any language processing, so only the seeds that
need it go through the NLP pipeline, in one batch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import layout
from generator.atomic import project_lock, write_atomic
from generator.linking import LinkIndex, link_fields, project_index
from generator.project import Project
from generator.record import Record, check_slug, ordered
from generator.resolve import renamed_record, settled_by_hand
from generator.seeds import Seed, SeedError, SkippedItem, find_seeds, read_seeds
from generator.store import (
    Manifest,
    ManifestEntry,
    file_state,
    load_manifest,
    new_id,
    record_paths,
    save_manifest,
    sha256_bytes,
)
from generator.yamlio import dump_yaml, load_yaml

Extractor = Callable[[Sequence[Seed]], list[dict[str, Any]]]


@dataclass
class Outcome:
    """What ingest did with one seed; one line of its report."""

    seed: str
    action: str  # created, updated, unchanged, kept, conflict, skipped
    record: str = ""
    detail: str = ""

    @property
    def is_problem(self) -> bool:
        return self.action in ("skipped", "conflict")

    def __str__(self) -> str:
        text = f"{self.seed}: {self.action}"
        if self.record:
            text += f" {self.record}"
        if self.detail:
            text += f" ({self.detail})"
        return text


@dataclass
class _Job:
    """A seed that needs extraction, and where its record goes."""

    seed: Seed
    record_id: str
    kind: str  # created, updated, conflict


def _default_extractor(seeds: Sequence[Seed]) -> list[dict[str, Any]]:
    # Imported here: loading spaCy costs seconds, and most commands never need it.
    from generator.extract import extract

    return extract(seeds)


def ingest(
    project: Project,
    paths: list[Path],
    *,
    force: bool = False,
    today: dt.date | None = None,
    extractor: Extractor = _default_extractor,
    progress: Callable[[int, int], None] | None = None,
) -> list[Outcome]:
    """Turn seeds into records; returns one outcome per seed, in seed order."""
    today = today or dt.date.today()
    folder = project.briefings
    with project_lock(folder):
        manifest = load_manifest(folder)
        outcomes, jobs, taken = _plan(project, paths, manifest, force)
        extracted = _extract_all([job.seed for job in jobs], extractor, progress)
        # The register as the records stand before this run: read once, then O(1) per name.
        register = project_index(project) if jobs else LinkIndex()
        for job, fields in zip(jobs, extracted, strict=True):
            if isinstance(fields, str):
                outcomes[job.seed.path] = Outcome(job.seed.path, "skipped", detail=fields)
                continue
            if not job.record_id:
                # A new record is named after its title, known only after extraction.
                job.record_id = new_id(str(fields["title"]), taken)
                taken.add(job.record_id)
            fields, links = link_fields(fields, register)
            outcome = _write(project, manifest, job, fields, today)
            outcome.detail = "; ".join(n for n in (outcome.detail, *links) if n)
            outcomes[job.seed.path] = outcome
        save_manifest(folder, manifest)
    return list(outcomes.values())


def _plan(
    project: Project, paths: list[Path], manifest: Manifest, force: bool
) -> tuple[dict[str, Outcome], list[_Job], set[str]]:
    folder = project.briefings
    by_seed = manifest.by_seed()
    taken = {p.stem for p in record_paths(folder)} | set(manifest.entries)
    outcomes: dict[str, Outcome] = {}
    jobs: list[_Job] = []
    for seed in _read_all(project, paths, outcomes):
        outcomes[seed.path] = Outcome(seed.path, "pending")
        rid = by_seed.get(seed.path)
        if rid is None:
            wanted = _front_matter_id(seed, taken, outcomes)
            if wanted is None:
                continue
            if wanted:
                taken.add(wanted)
            jobs.append(_Job(seed, wanted, "created"))
            continue
        renamed_from = ""
        if not force and not project.record_path(rid).exists():
            # An editor renames a record by its file name and id; its seed.path stays.
            new_rid = renamed_record(folder, seed.path, manifest)
            if new_rid is not None:
                manifest.entries[new_rid] = manifest.entries.pop(rid)
                renamed_from, rid = rid, new_rid
        entry = manifest.entries[rid]
        record_rel = layout.record_file(rid)
        state = file_state(project.record_path(rid), manifest, rid)
        seed_changed = entry.seed_sha256 != seed.sha256
        why = f"renamed from {renamed_from}" if renamed_from else "edited"
        if force:
            jobs.append(_Job(seed, rid, "updated"))
        elif state == "generated" and not seed_changed:
            outcomes[seed.path] = Outcome(seed.path, "unchanged", record_rel)
        elif state == "generated":
            jobs.append(_Job(seed, rid, "updated"))
        elif seed_changed and state == "edited":
            settled = settled_by_hand(folder, rid, seed.sha256, seed.text, manifest)
            if settled is None:
                jobs.append(_Job(seed, rid, "conflict"))
            else:
                outcomes[seed.path] = Outcome(seed.path, "kept", record_rel, f"{why}; {settled}")
        elif state == "missing":
            outcomes[seed.path] = Outcome(
                seed.path, "kept", record_rel, "deleted by an editor; --force makes it again"
            )
        else:
            outcomes[seed.path] = Outcome(seed.path, "kept", record_rel, why)
    return outcomes, jobs, taken


def _read_all(project: Project, paths: list[Path], outcomes: dict[str, Outcome]) -> Iterator[Seed]:
    """Every usable seed under ``paths`` (a feed file gives one per item); the others
    become skipped outcomes."""
    for path in find_seeds(paths):
        yield from _read(project, path, project.rel(path), outcomes)


def _read(project: Project, path: Path, rel: str, outcomes: dict[str, Outcome]) -> list[Seed]:
    if path.is_symlink() and not path.resolve().is_relative_to(project.root):
        outcomes[rel] = Outcome(
            rel, "skipped", detail="symbolic link to a file outside the project"
        )
        return []
    try:
        read = read_seeds(path, project.root)
    except SeedError as error:
        outcomes[rel] = Outcome(rel, "skipped", detail=str(error))
        return []
    except OSError as error:
        outcomes[rel] = Outcome(rel, "skipped", detail=f"cannot read: {error.strerror}")
        return []
    seeds = []
    for entry in read:
        if isinstance(entry, SkippedItem):
            outcomes[entry.path] = Outcome(entry.path, "skipped", detail=entry.reason)
            continue
        seed, problems = entry
        if problems:
            outcomes[seed.path] = Outcome(
                seed.path, "skipped", detail=f"front matter: {problems[0]}"
            )
        else:
            seeds.append(seed)
    return seeds


def _front_matter_id(seed: Seed, taken: set[str], outcomes: dict[str, Outcome]) -> str | None:
    """The id asked for in front matter; "" when none (named later); None if refused."""
    wanted = seed.front_matter.get("id")
    if wanted is None:
        return ""
    message = check_slug(wanted) if isinstance(wanted, str) else "id must be text"
    if message is None and wanted in taken:
        message = f"id '{wanted}' is already taken by another record"
    if message:
        outcomes[seed.path] = Outcome(seed.path, "skipped", detail=f"front matter id: {message}")
        return None
    return str(wanted)


def _extract_all(
    seeds: list[Seed], extractor: Extractor, progress: Callable[[int, int], None] | None
) -> list[dict[str, Any] | str]:
    """Extract in batches; a seed that breaks the extractor becomes a message."""
    results: list[dict[str, Any] | str] = []
    batch = 64
    for start in range(0, len(seeds), batch):
        chunk = seeds[start : start + batch]
        try:
            results.extend(extractor(chunk))
        except Exception:
            for seed in chunk:
                try:
                    results.extend(extractor([seed]))
                except Exception as error:
                    results.append(f"extraction failed: {type(error).__name__}: {error}")
        if progress:
            progress(min(start + batch, len(seeds)), len(seeds))
    return results


def _existing_date(path: Path) -> str | None:
    try:
        loaded = load_yaml(path.read_text("utf-8"), path.name)
    except (OSError, UnicodeDecodeError):
        return None
    data = loaded.data
    date = data.get("date") if isinstance(data, dict) else None
    return date if isinstance(date, str) else None


def build_record(seed: Seed, fields: dict[str, Any], record_id: str, date: str) -> Record:
    """A complete record from extracted fields (new records are drafts).

    ``date`` is the text's own date when it has one, else the day the record
    was first made, and ``date_source`` says which.
    """
    record = {
        **fields,
        "id": record_id,
        "date": date,
        "date_source": fields.get("date_source") if fields.get("date") else "ingest",
        "status": "draft",
        "seed": {"path": seed.path, "sha256": seed.sha256},
    }
    return ordered(record)


def _write(
    project: Project, manifest: Manifest, job: _Job, fields: dict[str, Any], today: dt.date
) -> Outcome:
    target = project.record_path(job.record_id)
    date = fields.get("date") or _existing_date(target) or today.isoformat()
    record = build_record(job.seed, fields, job.record_id, date)
    data = dump_yaml(record).encode("utf-8")
    record_rel = layout.record_file(job.record_id)
    if job.kind == "conflict":
        write_atomic(project.proposal_path(job.record_id), data)
        return Outcome(
            job.seed.path,
            "conflict",
            record_rel,
            f"the seed changed after an editor changed the record; the editor's file is kept, "
            f"the new proposal is {layout.proposal_file(job.record_id)}: "
            f"settle with 'briefings resolve {job.record_id} --keep-mine' or '--take-theirs'",
        )
    written = write_atomic(target, data)
    manifest.entries[job.record_id] = ManifestEntry(
        sha256_bytes(data), job.seed.path, job.seed.sha256
    )
    action = job.kind if written or job.kind == "created" else "unchanged"
    notes = list(job.seed.warnings)
    if isinstance(record.get("language"), str):
        from generator.extract.language import language_note  # loaded with the extractor

        notes.append(language_note(record["language"]))
    return Outcome(job.seed.path, action, record_rel, "; ".join(notes))


def extract_records(
    project: Project,
    paths: list[Path],
    extractor: Extractor = _default_extractor,
    today: dt.date | None = None,
) -> tuple[list[Record], list[Outcome]]:
    """What ingest would write, without writing (``briefings extract``)."""
    today = today or dt.date.today()
    manifest = load_manifest(project.briefings)
    by_seed = manifest.by_seed()
    outcomes: dict[str, Outcome] = {}
    seeds = list(_read_all(project, paths, outcomes))
    taken = {p.stem for p in record_paths(project.briefings)} | set(manifest.entries)
    records: list[Record] = []
    register = project_index(project, save=False) if seeds else LinkIndex()
    for seed, fields in zip(seeds, _extract_all(seeds, extractor, None), strict=True):
        if isinstance(fields, str):
            outcomes[seed.path] = Outcome(seed.path, "skipped", detail=fields)
            continue
        fields, _ = link_fields(fields, register)
        rid = by_seed.get(seed.path)
        if rid is not None and not project.record_path(rid).exists():
            rid = renamed_record(project.briefings, seed.path, manifest) or rid
        rid = rid or _front_matter_id(seed, taken, outcomes)
        if rid is None:
            continue
        rid = rid or new_id(str(fields["title"]), taken)
        taken.add(rid)
        # Dated as ingest dates it: a record keeps the day it was first made.
        target = project.record_path(rid)
        date = fields.get("date") or _existing_date(target) or today.isoformat()
        records.append(build_record(seed, fields, rid, date))
    return records, [o for o in outcomes.values() if o.is_problem]
