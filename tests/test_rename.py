"""`briefings rename-briefing OLD NEW`: id, file name and redirect_from in one step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from generator.ingest import ingest
from generator.project import Project
from generator.yamlio import load_yaml
from tests.conftest import Result
from tests.test_ingest import fake_extract, snapshot
from tests.test_register import write_record


def test_rename_moves_the_file_and_redirects_the_published_url(
    project: Path, run: Callable[..., Result]
) -> None:
    """A published briefing renamed: new file and id, old id redirected, check passes."""
    write_record(
        project,
        "iraq-talks",
        status="published",
        summary="S.",
        body="B.",
        source={"name": "Wire", "url": None},
    )
    write_record(project, "other")
    (project / "briefings" / ".published.txt").write_text("iraq-talks\n", "utf-8")
    result = run("--root", project, "rename-briefing", "iraq-talks", "iraq-and-syria-talk")
    assert (result.code, result.out) == (
        0,
        "briefings/iraq-talks.yaml -> briefings/iraq-and-syria-talk.yaml"
        " (redirect_from: iraq-talks)\n",
    )
    assert not (project / "briefings" / "iraq-talks.yaml").exists()
    path = project / "briefings" / "iraq-and-syria-talk.yaml"
    data = load_yaml(path.read_text("utf-8"), path.name).data
    assert (data["id"], data["redirect_from"]) == ("iraq-and-syria-talk", ["iraq-talks"])
    checked = run("--root", project, "check")
    assert (checked.code, checked.out) == (0, "")


def test_renaming_back_drops_the_redirect_to_itself(
    project: Path, run: Callable[..., Result]
) -> None:
    """a -> b -> a leaves a record 'a' that redirects from 'b' only."""
    write_record(project, "a")
    run("--root", project, "rename-briefing", "a", "b")
    run("--root", project, "rename-briefing", "b", "a")
    path = project / "briefings" / "a.yaml"
    data = load_yaml(path.read_text("utf-8"), path.name).data
    assert (data["id"], data["redirect_from"]) == ("a", ["b"])
    assert run("--root", project, "check").code == 0


def test_rename_refusals_say_why_and_write_nothing(
    project: Path, run: Callable[..., Result]
) -> None:
    """A missing record, a taken id, a bad id, another's old id or a conflict: exit 2, no write."""
    write_record(project, "a")
    write_record(project, "b", redirect_from=["c"])
    (project / "briefings" / ".proposed").mkdir()
    (project / "briefings" / ".proposed" / "b.yaml").write_text("id: b\n", "utf-8")
    before = snapshot(project / "briefings")
    cases = {
        ("x", "y"): "no record briefings/x.yaml",
        ("a", "b"): "briefings/b.yaml exists already",
        ("a", "Bad Id"): "'Bad Id' is not a valid id: use lower-case a-z, 0-9 and single hyphens",
        ("a", "c"): "'c' is an earlier id of briefings/b.yaml; it redirects there",
        ("b", "d"): "briefings/b.yaml has an unsettled ingest conflict; settle it first with"
        " 'briefings resolve b --keep-mine' or '--take-theirs'",
        ("a", "a"): "the briefing is called 'a' already",
    }
    for (old, new), message in cases.items():
        result = run("--root", project, "rename-briefing", old, new)
        assert (result.code, result.err) == (2, f"briefings: {message}\n")
    assert snapshot(project / "briefings") == before


def test_ingest_after_a_rename_keeps_the_renamed_record(
    project: Path, run: Callable[..., Result]
) -> None:
    """The seed of a renamed record is not made again: ingest keeps it, naming the rename."""
    (project / "seeds" / "0.txt").write_text("Talks in Baghdad\n\nThey met today.\n", "utf-8")

    def run_ingest() -> list[str]:
        outcomes = ingest(
            Project(project),
            [project / "seeds"],
            today=dt.date(2025, 3, 16),
            extractor=fake_extract,
        )
        return [str(o) for o in outcomes]

    assert run_ingest() == ["seeds/0.txt: created briefings/talks-in-baghdad.yaml"]
    run("--root", project, "rename-briefing", "talks-in-baghdad", "baghdad-talks")
    renamed = (project / "briefings" / "baghdad-talks.yaml").read_bytes()
    assert run_ingest() == [
        "seeds/0.txt: kept briefings/baghdad-talks.yaml (renamed from talks-in-baghdad)"
    ]
    assert (project / "briefings" / "baghdad-talks.yaml").read_bytes() == renamed
    assert not (project / "briefings" / "talks-in-baghdad.yaml").exists()
