"""The pre-commit configuration runs the record check and the linters."""

from __future__ import annotations

import yaml

from tests.conftest import ROOT


def test_precommit_runs_check_and_linters() -> None:
    """Hooks call `briefings check`, ruff (lint and format) and mypy --strict."""
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text("utf-8"))
    entries = [hook["entry"] for repo in config["repos"] for hook in repo["hooks"]]
    assert any(e.endswith("briefings check") for e in entries)
    assert any("ruff check" in e for e in entries)
    assert any("ruff format --check" in e for e in entries)
    assert any("mypy --strict generator" in e for e in entries)
