"""Renamed briefings keep their old URL working, and check insists on it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from generator.redirects import redirect_pages
from tests.conftest import FIXTURES, Result


def test_old_id_gets_a_redirect_page() -> None:
    """A record with redirect_from yields a page at the old URL pointing to the new one."""
    pages = redirect_pages([{"id": "new-id", "redirect_from": ["old-id"]}, {"id": "other"}])
    assert list(pages) == ["briefings/old-id/index.html"]
    assert (
        '<meta http-equiv="refresh" content="0; url=../new-id/">'
        in pages["briefings/old-id/index.html"]
    )


def published_project(project: Path) -> Path:
    shutil.copy(FIXTURES / "check" / "valid.yaml", project / "briefings" / "valid.yaml")
    (project / "briefings" / ".published.txt").write_text("valid\n", "utf-8")
    return project / "briefings" / "valid.yaml"


def test_renamed_published_record_without_redirect_fails_check(
    project: Path, run: Callable[..., Result]
) -> None:
    """Changing a published id without redirect_from is reported against the URL list."""
    record = published_project(project)
    text = record.read_text("utf-8").replace("id: valid", "id: renamed")
    record.unlink()
    (project / "briefings" / "renamed.yaml").write_text(text, "utf-8")
    result = run("--root", project, "check")
    assert (result.code, result.out) == (
        1,
        "briefings/.published.txt:1: id: briefing 'valid' was published at /briefings/valid/"
        " and no record has that id now; add 'redirect_from: [valid]' to the record that"
        " replaced it\n",
    )


def test_renamed_record_with_redirect_passes_check(
    project: Path, run: Callable[..., Result]
) -> None:
    """With redirect_from naming the old id, the rename is accepted."""
    record = published_project(project)
    text = record.read_text("utf-8").replace("id: valid", "id: renamed")
    text = text.replace("seed: null\n", "seed: null\nredirect_from:\n  - valid\n")
    record.unlink()
    (project / "briefings" / "renamed.yaml").write_text(text, "utf-8")
    assert run("--root", project, "check").code == 0


def test_redirect_may_not_shadow_a_live_record(project: Path, run: Callable[..., Result]) -> None:
    """redirect_from naming a live id is an error: the page would be overwritten."""
    text = (FIXTURES / "check" / "valid.yaml").read_text("utf-8")
    (project / "briefings" / "valid.yaml").write_text(text, "utf-8")
    other = text.replace("id: valid", "id: other") + "redirect_from:\n  - valid\n"
    (project / "briefings" / "other.yaml").write_text(other, "utf-8")
    result = run("--root", project, "check")
    assert (
        result.out
        == "briefings/other.yaml:39: redirect_from[0]: 'valid' is the id of a live record\n"
    )
