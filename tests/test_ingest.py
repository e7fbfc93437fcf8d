"""`briefings ingest`: records from seeds, and an editor's edit is never lost.

These tests use a stand-in extractor (titles and bodies only) so that they
test the safety rules of ingest, not the language model.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from generator.atomic import LockTimeout, project_lock
from generator.ingest import Outcome, extract_records, ingest
from generator.project import Project
from generator.seeds import Seed
from generator.store import load_manifest

DAY = dt.date(2025, 3, 16)


def fake_extract(seeds: Sequence[Seed]) -> list[dict[str, Any]]:
    """Fields a real extractor would give, made from the seed alone."""
    return [
        {
            "title": seed.title or "Untitled briefing",
            "date": seed.front_matter.get("date"),
            **({"date_source": "front matter"} if seed.front_matter.get("date") else {}),
            "source": {"name": seed.source_name, "url": seed.source_url},
            "summary": seed.paragraphs[0] if seed.paragraphs else "",
            "key_points": list(seed.paragraphs[:3]),
            "people": [],
            "organizations": [],
            "places": [],
            "groups": [],
            "quotes": [],
            "topics": [],
            "body": seed.text,
        }
        for seed in seeds
    ]


def run_ingest(root: Path, *, force: bool = False, today: dt.date = DAY) -> list[Outcome]:
    return ingest(Project(root), [root / "seeds"], force=force, today=today, extractor=fake_extract)


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and modification time."""
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def write_seed(project: Path, name: str, text: str) -> Path:
    path = project / "seeds" / name
    path.write_text(text, "utf-8")
    return path


def actions(outcomes: list[Outcome]) -> list[tuple[str, str]]:
    return [(o.seed, o.action) for o in outcomes]


SEED = "Iraq and Syria talk security\n\nThe ministers met in Baghdad.\n"


def test_new_seed_creates_a_draft_record(project: Path) -> None:
    """A new seed gives a draft record named after its title, with the seed's hash."""
    write_seed(project, "a.txt", SEED)
    outcomes = run_ingest(project)
    assert [str(o) for o in outcomes] == [
        "seeds/a.txt: created briefings/iraq-and-syria-talk-security.yaml"
    ]
    text = (project / "briefings" / "iraq-and-syria-talk-security.yaml").read_text("utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    assert "status: draft\n" in text
    assert "date: '2025-03-16'\ndate_source: ingest\n" in text
    assert "path: seeds/a.txt\n" in text


def test_extract_prints_the_record_as_ingest_dated_and_named_it(project: Path) -> None:
    """`extract` of an ingested seed keeps the record's first day and its renamed id."""
    write_seed(project, "a.txt", SEED)
    run_ingest(project)
    folder = project / "briefings"
    old = folder / "iraq-and-syria-talk-security.yaml"
    renamed = old.read_text("utf-8").replace(
        "id: iraq-and-syria-talk-security", "id: border-security-talks"
    )
    (folder / "border-security-talks.yaml").write_text(renamed, "utf-8")
    old.unlink()
    later = DAY + dt.timedelta(days=30)
    records, problems = extract_records(
        Project(project), [project / "seeds"], extractor=fake_extract, today=later
    )
    assert problems == []
    assert [(r["id"], r["date"]) for r in records] == [("border-security-talks", "2025-03-16")]


def test_rerun_with_no_changes_writes_nothing(project: Path) -> None:
    """A second ingest of the same seeds touches no file, not even the manifest."""
    write_seed(project, "a.txt", SEED)
    run_ingest(project)
    before = snapshot(project / "briefings")
    outcomes = run_ingest(project, today=DAY + dt.timedelta(days=3))
    assert actions(outcomes) == [("seeds/a.txt", "unchanged")]
    assert snapshot(project / "briefings") == before


def test_edited_record_is_kept_whole(project: Path) -> None:
    """An editor's change survives a re-ingest byte for byte."""
    write_seed(project, "a.txt", SEED)
    run_ingest(project)
    record = project / "briefings" / "iraq-and-syria-talk-security.yaml"
    edited = record.read_text("utf-8").replace("status: draft", "status: published")
    record.write_text(edited, "utf-8")
    outcomes = run_ingest(project)
    assert [str(o) for o in outcomes] == [
        "seeds/a.txt: kept briefings/iraq-and-syria-talk-security.yaml (edited)"
    ]
    assert record.read_text("utf-8") == edited


def test_changed_seed_of_edited_record_is_a_conflict(project: Path) -> None:
    """Seed and record both changed: the editor's file stays, a proposal is written beside it."""
    seed = write_seed(project, "a.txt", SEED)
    run_ingest(project)
    record = project / "briefings" / "iraq-and-syria-talk-security.yaml"
    edited = record.read_text("utf-8").replace("The ministers met", "The two ministers met")
    record.write_text(edited, "utf-8")
    seed.write_text(SEED + "\nThey agreed to patrol the border.\n", "utf-8")
    outcomes = run_ingest(project)
    assert [(o.action, o.is_problem) for o in outcomes] == [("conflict", True)]
    assert record.read_text("utf-8") == edited
    proposal = project / "briefings" / ".proposed" / "iraq-and-syria-talk-security.yaml"
    assert "They agreed to patrol the border." in proposal.read_text("utf-8")


def test_changed_seed_of_untouched_record_updates_it(project: Path) -> None:
    """A record nobody edited follows its seed, and keeps its first date."""
    seed = write_seed(project, "a.txt", SEED)
    run_ingest(project)
    seed.write_text(SEED + "\nThey agreed to patrol the border.\n", "utf-8")
    outcomes = run_ingest(project, today=DAY + dt.timedelta(days=10))
    assert actions(outcomes) == [("seeds/a.txt", "updated")]
    text = (project / "briefings" / "iraq-and-syria-talk-security.yaml").read_text("utf-8")
    assert "They agreed to patrol the border." in text
    assert "date: '2025-03-16'\n" in text


def test_force_overwrites_an_edit(project: Path) -> None:
    """--force is the one way to replace an edited record."""
    write_seed(project, "a.txt", SEED)
    run_ingest(project)
    record = project / "briefings" / "iraq-and-syria-talk-security.yaml"
    original = record.read_text("utf-8")
    record.write_text(original.replace("status: draft", "status: published"), "utf-8")
    run_ingest(project, force=True)
    assert record.read_text("utf-8") == original


def test_removing_a_seed_keeps_its_record(project: Path) -> None:
    """Deleting a seed never deletes the record made from it."""
    seed = write_seed(project, "a.txt", SEED)
    run_ingest(project)
    seed.unlink()
    assert run_ingest(project) == []
    assert (project / "briefings" / "iraq-and-syria-talk-security.yaml").is_file()


def test_deleted_record_is_not_recreated(project: Path) -> None:
    """A record an editor deleted stays deleted until --force."""
    write_seed(project, "a.txt", SEED)
    run_ingest(project)
    (project / "briefings" / "iraq-and-syria-talk-security.yaml").unlink()
    assert [str(o) for o in run_ingest(project)] == [
        "seeds/a.txt: kept briefings/iraq-and-syria-talk-security.yaml (deleted by an editor;"
        " --force makes it again)"
    ]


def test_same_title_gets_a_numbered_id(project: Path) -> None:
    """Two seeds with one title get id and id-2, in seed order."""
    write_seed(project, "a.txt", SEED)
    write_seed(project, "b.txt", SEED + "\nAnother paragraph.\n")
    outcomes = run_ingest(project)
    assert [o.record for o in outcomes] == [
        "briefings/iraq-and-syria-talk-security.yaml",
        "briefings/iraq-and-syria-talk-security-2.yaml",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"  \n\t\n", "file is empty"),
        (b"\x00\x01\x02\xff\xfe" * 20, "looks like a binary file (NUL bytes), not text"),
    ],
)
def test_unreadable_seed_is_skipped_and_others_go_on(
    project: Path, content: bytes, message: str
) -> None:
    """A broken seed is skipped with a reason; the good seed beside it still gives a record."""
    (project / "seeds" / "bad.txt").write_bytes(content)
    write_seed(project, "good.txt", SEED)
    outcomes = run_ingest(project)
    assert [str(o) for o in outcomes] == [
        f"seeds/bad.txt: skipped ({message})",
        "seeds/good.txt: created briefings/iraq-and-syria-talk-security.yaml",
    ]


def test_cp1252_seed_is_decoded_with_a_warning(project: Path) -> None:
    """A Windows-1252 seed is read correctly, and the outcome names the guessed encoding."""
    text = "Caf\u00e9 owners protest \u201cunfair\u201d taxes\n\nThe owners of caf\u00e9s met.\n"
    (project / "seeds" / "w.txt").write_bytes(text.encode("cp1252"))
    (outcome,) = run_ingest(project)
    assert outcome.action == "created"
    assert outcome.detail.startswith("not UTF-8; decoded as cp125")
    record = (project / "briefings" / "cafe-owners-protest-unfair-taxes.yaml").read_text("utf-8")
    assert "title: Café owners protest “unfair” taxes\n" in record


def test_front_matter_id_and_date_win(project: Path) -> None:
    """Front matter names the record and dates it."""
    write_seed(project, "a.md", "---\nid: border-talks\ndate: 2024-12-01\n---\n# Talks\n\nText.\n")
    (outcome,) = run_ingest(project)
    assert outcome.record == "briefings/border-talks.yaml"
    text = (project / "briefings" / "border-talks.yaml").read_text("utf-8")
    assert "date: '2024-12-01'\ndate_source: front matter\n" in text


def test_manifest_records_what_was_written(project: Path) -> None:
    """The manifest maps each record to its file hash and seed."""
    write_seed(project, "a.txt", SEED)
    run_ingest(project)
    entry = load_manifest(project / "briefings").entries["iraq-and-syria-talk-security"]
    assert entry.seed_path == "seeds/a.txt"
    assert len(entry.record_sha256) == 64


def test_no_temporary_or_lock_files_are_left(project: Path) -> None:
    """After a run, briefings/ holds records and the manifest only."""
    write_seed(project, "a.txt", SEED)
    run_ingest(project)
    names = sorted(p.name for p in (project / "briefings").iterdir())
    assert names == [".manifest.json", "iraq-and-syria-talk-security.yaml"]


def _hold_lock(folder: str, ready: Any, release: Any) -> None:
    with project_lock(Path(folder)):
        ready.set()
        release.wait(10)


def test_second_run_waits_for_the_lock(tmp_path: Path) -> None:
    """While one process holds the lock, another cannot take it."""
    ctx = multiprocessing.get_context("fork")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(str(tmp_path), ready, release))
    holder.start()
    try:
        assert ready.wait(10)
        with pytest.raises(LockTimeout), project_lock(tmp_path, timeout=0.3):
            pass
    finally:
        release.set()
        holder.join(10)
    with project_lock(tmp_path, timeout=1):
        assert (tmp_path / ".lock").exists()
    assert not os.path.exists(tmp_path / ".lock")


def test_a_seed_in_another_language_is_marked(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The record of a Spanish seed says `language: es`, valid, and ingest says so."""
    from generator.extract import language
    from generator.record import validate
    from generator.yamlio import load_yaml

    def spanish_extract(seeds: Sequence[Seed]) -> list[dict[str, Any]]:
        return [{**fields, "language": "es"} for fields in fake_extract(seeds)]

    monkeypatch.setattr(language, "model_for", lambda code: None)
    write_seed(project, "es.txt", "Un plan de vivienda\n\nEl Gobierno presentó un plan.\n")
    outcomes = ingest(Project(project), [project / "seeds"], today=DAY, extractor=spanish_extract)
    assert [str(o) for o in outcomes] == [
        "seeds/es.txt: created briefings/un-plan-de-vivienda.yaml"
        " (language es: no model installed, draft without entities)"
    ]
    path = project / "briefings" / "un-plan-de-vivienda.yaml"
    text = path.read_text("utf-8")
    assert text.endswith("language: es\n")
    assert validate(load_yaml(text, path.name), path.name, path.stem) == []
    wrong = load_yaml(text.replace("language: es", "language: spanish"), path.name)
    assert [p.message for p in validate(wrong, path.name, path.stem)] == [
        "'spanish' is not an ISO 639-1 language code"
    ]


def test_english_records_have_no_language_line(project: Path) -> None:
    """An English record is written as before: no language field."""
    write_seed(project, "a.txt", SEED)
    run_ingest(project)
    text = (project / "briefings" / "iraq-and-syria-talk-security.yaml").read_text("utf-8")
    assert not any(line.startswith("language:") for line in text.splitlines())
