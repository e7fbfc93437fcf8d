"""BRIEFINGS_ENGINE picks MkDocs (the default) or ProperDocs for every later `mkdocs` import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.mkdocs import compat, engine
from tests.site.helpers import ROOT

# Prints which module `import mkdocs` gave, where it lives, and that Material's theme and
# the engine's own submodules load through it: what a build in that process would use.
PROBE = """
import generator.mkdocs
import mkdocs
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from generator.mkdocs import compat
config = load_config(config_file=%r, docs_dir=%r)
print(generator.mkdocs.ENGINE, mkdocs.__name__, mkdocs.__file__, MkDocsConfig.__module__,
      config.theme.name, type(config).__module__, compat.KNOWN)
"""


def probe(engine_name: str | None, docs: Path) -> list[str]:
    """What PROBE prints in a fresh interpreter with BRIEFINGS_ENGINE set to ``engine_name``."""
    env = {key: value for key, value in os.environ.items() if key != engine.VARIABLE}
    if engine_name is not None:
        env[engine.VARIABLE] = engine_name
    done = subprocess.run(
        [sys.executable, "-c", PROBE % (str(ROOT / "mkdocs.yml"), str(docs))],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "MkDocs 2.0" not in done.stderr and "end of life" not in done.stderr
    return done.stdout.split()


def test_properdocs_answers_every_mkdocs_import(tmp_path: Path) -> None:
    """With BRIEFINGS_ENGINE=properdocs, mkdocs.* is ProperDocs and Material loads on it."""
    name, module, path, config_module, theme, config_type, known = probe("properdocs", tmp_path)
    assert (name, module) == ("properdocs", "properdocs")
    assert Path(path).parent.name == "properdocs"
    assert config_module == config_type == "properdocs.config.defaults"
    assert theme == "material"
    assert known == "True"


def test_mkdocs_is_the_default_engine(tmp_path: Path) -> None:
    """Without the variable, mkdocs.* is MkDocs itself."""
    name, module, path, config_module, theme, _, known = probe(None, tmp_path)
    assert (name, module) == ("mkdocs", "mkdocs")
    assert Path(path).parent.name == "mkdocs"
    assert config_module == "mkdocs.config.defaults"
    assert (theme, known) == ("material", "True")


def test_an_unknown_engine_is_a_one_line_usage_error(tmp_path: Path) -> None:
    """`briefings build` with a misspelt engine says so in one line, exits 2 and builds nothing."""
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\n", "utf-8")
    env = {**os.environ, engine.VARIABLE: "mkdoc"}
    done = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(tmp_path), "build"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "briefings: BRIEFINGS_ENGINE='mkdoc' is no engine: use mkdocs (the default) or properdocs"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mkdocs.yml"]


def test_properdocs_after_mkdocs_was_imported_is_refused() -> None:
    """Choosing ProperDocs once MkDocs itself is loaded fails plainly instead of mixing the two."""
    code = "import mkdocs, generator.mkdocs"
    env = {**os.environ, engine.VARIABLE: "properdocs"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert "EngineError: BRIEFINGS_ENGINE=properdocs, but MkDocs was imported first" in done.stderr


@pytest.mark.parametrize("value", ["", "MkDocs", " properdocs "])
def test_engine_names_ignore_case_and_blanks(value: str) -> None:
    """An empty variable is the default; names are read without case or surrounding blanks."""
    want = value.strip().lower() or engine.DEFAULT
    assert engine.chosen({engine.VARIABLE: value}) == want


def test_compat_knows_both_engines_at_1_6_only() -> None:
    """Engine internals are trusted for MkDocs and ProperDocs 1.6, not for 2.0 or another engine."""
    assert compat.known("mkdocs", "1.6.1")
    assert compat.known("properdocs", "1.6.7")
    assert not compat.known("mkdocs", "2.0.0")
    assert not compat.known("properdocs", "1.7.0")
    assert not compat.known("zensical", "1.6.0")


def test_ci_runs_the_site_tests_on_properdocs() -> None:
    """A CI job calls `make test-properdocs`, and that target sets BRIEFINGS_ENGINE=properdocs."""
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text("utf-8"))
    runs = [step.get("run", "") for step in workflow["jobs"]["properdocs"]["steps"]]
    assert "make test-properdocs" in runs
    makefile = (ROOT / "Makefile").read_text("utf-8")
    recipe = makefile.split("\ntest-properdocs:", 1)[1].split("\n\n", 1)[0]
    assert "BRIEFINGS_ENGINE=properdocs" in recipe and "tests/site" in recipe
