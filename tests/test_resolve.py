"""Settling a conflict: a seed changed under a record an editor changed, and no work is lost."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from generator.store import load_manifest
from tests.conftest import Result
from tests.test_ingest import SEED, run_ingest, write_seed

RID = "iraq-and-syria-talk-security"
MORE = SEED + "\nThey agreed to patrol the border.\n"


def _conflict(project: Path) -> tuple[Path, Path, str]:
    """A record edited by hand, then its seed changed: (record, proposal, edited text)."""
    seed = write_seed(project, "a.txt", SEED)
    run_ingest(project)
    record = project / "briefings" / f"{RID}.yaml"
    edited = record.read_text("utf-8").replace("status: draft", "status: published")
    record.write_text(edited, "utf-8")
    seed.write_text(MORE, "utf-8")
    assert [o.action for o in run_ingest(project)] == ["conflict"]
    return record, project / "briefings" / ".proposed" / f"{RID}.yaml", edited


def test_conflict_message_names_the_cause_and_the_way_out(project: Path) -> None:
    """The conflict line says what happened first, then where the proposal is and how to settle."""
    write_seed(project, "a.txt", SEED)
    run_ingest(project)
    record = project / "briefings" / f"{RID}.yaml"
    record.write_text(record.read_text("utf-8").replace("draft", "published"), "utf-8")
    write_seed(project, "a.txt", MORE)
    assert [str(o) for o in run_ingest(project)] == [
        f"seeds/a.txt: conflict briefings/{RID}.yaml (the seed changed after an editor changed "
        f"the record; the editor's file is kept, the new proposal is briefings/.proposed/{RID}"
        f".yaml: settle with 'briefings resolve {RID} --keep-mine' or '--take-theirs')"
    ]


def test_keep_mine_settles_the_conflict_and_keeps_the_edit(
    project: Path, run: Callable[..., Result]
) -> None:
    """--keep-mine: the editor's file stays whole and the next ingest keeps it quietly."""
    record, proposal, edited = _conflict(project)
    result = run("--root", project, "resolve", RID, "--keep-mine")
    assert (result.code, result.out) == (
        0,
        f"briefings/{RID}.yaml: kept yours; it now stands for the changed seed\n",
    )
    assert record.read_text("utf-8") == edited
    assert not proposal.exists()
    assert [str(o) for o in run_ingest(project)] == [
        f"seeds/a.txt: kept briefings/{RID}.yaml (edited)"
    ]


def test_take_theirs_replaces_the_record_with_the_proposal(
    project: Path, run: Callable[..., Result]
) -> None:
    """--take-theirs: the proposal becomes the record, and later seed changes update it again."""
    record, proposal, _ = _conflict(project)
    proposed = proposal.read_bytes()
    result = run("--root", project, "resolve", RID, "--take-theirs")
    assert (result.code, result.out) == (
        0,
        f"briefings/{RID}.yaml: replaced by the proposed record\n",
    )
    assert record.read_bytes() == proposed
    assert not (project / "briefings" / ".proposed").exists()
    assert [o.action for o in run_ingest(project)] == ["unchanged"]
    write_seed(project, "a.txt", MORE + "\nA third paragraph.\n")
    assert [o.action for o in run_ingest(project)] == ["updated"]


def test_resolve_without_a_conflict_is_a_usage_error(
    project: Path, run: Callable[..., Result]
) -> None:
    """Resolving a record that has no proposal says so and changes nothing."""
    write_seed(project, "a.txt", SEED)
    run_ingest(project)
    result = run("--root", project, "resolve", RID, "--keep-mine")
    assert result.code == 2
    assert result.err == (
        f"briefings: briefings/{RID}.yaml: no conflict to settle (briefings/.proposed/{RID}.yaml"
        " does not exist; 'briefings ingest' writes it when a seed changes under an edited"
        " record)\n"
    )


def test_resolve_needs_one_side(project: Path, run: Callable[..., Result]) -> None:
    """Neither --keep-mine nor --take-theirs is a usage error."""
    assert run("--root", project, "resolve", RID).code == 2


def test_copying_the_proposal_over_the_record_settles_the_conflict(project: Path) -> None:
    """An editor who copies the proposed record over theirs has settled it: no conflict after."""
    record, proposal, _ = _conflict(project)
    shutil.copy(proposal, record)
    assert [str(o) for o in run_ingest(project)] == [
        f"seeds/a.txt: kept briefings/{RID}.yaml (edited; conflict settled: the proposed record"
        " was copied over it)"
    ]
    assert not proposal.exists()
    assert [o.action for o in run_ingest(project)] == ["unchanged"]


def test_merging_the_new_text_by_hand_settles_the_conflict(project: Path) -> None:
    """A record whose body holds the changed seed's text is no longer in conflict."""
    record, _, edited = _conflict(project)
    merged = edited.replace(
        "body: The ministers met in Baghdad.\n",
        "body: The ministers met in Baghdad.\n\n  They agreed to patrol the border.\n",
    )
    record.write_text(merged, "utf-8")
    outcomes = run_ingest(project)
    assert [(o.action, o.detail) for o in outcomes] == [
        ("kept", "edited; conflict settled: its body is the new seed's text")
    ]
    assert record.read_text("utf-8") == merged
    assert [o.action for o in run_ingest(project)] == ["kept"]


def test_a_renamed_record_is_found_by_its_seed_path(project: Path) -> None:
    """A record renamed as the README says is kept under its new name, not reported deleted."""
    write_seed(project, "a.txt", SEED)
    run_ingest(project)
    old = project / "briefings" / f"{RID}.yaml"
    new = project / "briefings" / "border-talks.yaml"
    text = old.read_text("utf-8").replace(f"id: {RID}", "id: border-talks")
    new.write_text(text + f"redirect_from:\n- {RID}\n", "utf-8")
    old.unlink()
    assert [str(o) for o in run_ingest(project)] == [
        f"seeds/a.txt: kept briefings/border-talks.yaml (renamed from {RID})"
    ]
    assert set(load_manifest(project / "briefings").entries) == {"border-talks"}
    write_seed(project, "a.txt", MORE)
    assert [(o.action, o.record) for o in run_ingest(project)] == [
        ("conflict", "briefings/border-talks.yaml")
    ]


def test_proposals_are_ignored_by_git() -> None:
    """briefings/.proposed/ is in .gitignore, so 'git add briefings/' never commits it."""
    from tests.conftest import ROOT

    assert "briefings/.proposed/" in (ROOT / ".gitignore").read_text("utf-8").splitlines()
