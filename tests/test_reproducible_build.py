"""`briefings build` is dated by the last commit (or the records), never the clock, without make."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.reproducible import ENV, source_date_epoch
from tests.conftest import FIXTURES

#: 2020-01-02 03:04:05 UTC: a commit time no test run's clock shows.
COMMIT_TIME = 1577934245

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _commit(root: Path) -> None:
    """Make ``root`` a git repository with one commit at COMMIT_TIME."""
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": f"@{COMMIT_TIME} +0000",
        "GIT_COMMITTER_DATE": f"@{COMMIT_TIME} +0000",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "records"]):
        subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


def _with_record(project: Path, date: str = "2025-03-16") -> None:
    text = (FIXTURES / "check" / "valid.yaml").read_text("utf-8")
    text = re.sub(r"^date: .*$", f"date: '{date}'", text, count=1, flags=re.MULTILINE)
    (project / "briefings" / "valid.yaml").write_text(text, "utf-8")


@needs_git
def test_unset_epoch_is_taken_from_the_last_commit(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without SOURCE_DATE_EPOCH the build uses the commit time of HEAD, quietly."""
    monkeypatch.delenv(ENV, raising=False)
    _with_record(project)
    _commit(project)
    notes: list[str] = []
    with source_date_epoch(project, notes.append):
        assert os.environ[ENV] == str(COMMIT_TIME)
    assert notes == []
    assert ENV not in os.environ


def test_outside_git_the_newest_record_dates_the_build(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside git the build is dated by the newest record's date, and says so."""
    monkeypatch.setenv(ENV, "")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(project.parent))
    _with_record(project, "2024-05-06")
    notes: list[str] = []
    with source_date_epoch(project, notes.append):
        assert os.environ[ENV] == "1714953600"
    assert notes == [
        f"{ENV} unset and no git history: the build is dated by the newest record, 2024-05-06"
    ]
    assert os.environ[ENV] == ""


def test_a_given_epoch_is_kept(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A SOURCE_DATE_EPOCH the caller set wins over git and the records."""
    monkeypatch.setenv(ENV, "1234567890")
    _with_record(project)
    with source_date_epoch(project, pytest.fail):
        assert os.environ[ENV] == "1234567890"


def _build(project: Path, env: dict[str, str]) -> str:
    args = [sys.executable, "-m", "generator", "--root", str(project), "build", "--strict"]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return (project / "site" / "sitemap.xml").read_text("utf-8")


@needs_git
@pytest.mark.slow
def test_two_builds_of_one_commit_have_one_sitemap(project: Path) -> None:
    """A build without the variable equals one given the commit time, dated the commit's day."""
    _with_record(project)
    _commit(project)
    env = {k: v for k, v in os.environ.items() if k != ENV}
    # The sitemap lists pages only for a site with an address.
    env["BRIEFINGS_SITE_URL"] = "https://briefings.example/"
    without = _build(project, env)
    shutil.rmtree(project / "site")
    given = _build(project, {**env, ENV: str(COMMIT_TIME), "TZ": "Pacific/Kiritimati"})
    assert without == given
    assert "<lastmod>2020-01-02</lastmod>" in without
