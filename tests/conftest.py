"""Shared fixtures: throw-away projects and a way to run the CLI."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"

# Builds made in several ways are compared byte for byte: give them all one date, as make
# does, when pytest runs on its own (a build would otherwise date itself by the clock).
os.environ.setdefault("SOURCE_DATE_EPOCH", "1735689600")


@dataclass
class Result:
    """Exit code and output of one CLI run."""

    code: int
    out: str
    err: str


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """An empty project: mkdocs.yml, templates/, and empty seeds/ and briefings/."""
    root = tmp_path / "project"
    root.mkdir()
    if (ROOT / "mkdocs.yml").is_file():
        shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    else:
        (root / "mkdocs.yml").write_text("site_name: Test\n", "utf-8")
    if (ROOT / "templates").is_dir():
        shutil.copytree(ROOT / "templates", root / "templates")
    if (ROOT / "overrides").is_dir():
        shutil.copytree(ROOT / "overrides", root / "overrides")
    (root / "seeds").mkdir()
    (root / "briefings").mkdir()
    return root


@pytest.fixture
def run() -> Callable[..., Result]:
    """Run `briefings` with arguments; capture exit code, stdout and stderr."""

    def _run(*args: str | Path) -> Result:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = main([str(a) for a in args])
        return Result(code, out.getvalue(), err.getvalue())

    return _run
