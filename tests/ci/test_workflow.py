"""The CI workflow: what it runs, where its steps come from, and when it publishes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"
MAKEFILE = ROOT / "Makefile"
CI_RUN = ROOT / ".ci" / "run"
ON_MAIN = "github.event_name == 'push' && github.ref == 'refs/heads/main'"
# `make lint`, `make -s source-date-epoch`: the target is the first word not an option.
MAKE_CALL = re.compile(r"\bmake\s+(?:-\S+\s+)*([A-Za-z0-9_.-]+)")
PR_TARGETS = ["install", "lint", "test", "check", "build-strict", "sitecheck"]


def load_workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    # YAML 1.1 reads the bare key `on` as the boolean True.
    found = workflow.get("on", workflow.get(True))
    assert isinstance(found, dict)
    return found


def steps(job: str) -> list[dict[str, Any]]:
    found = load_workflow()["jobs"][job]["steps"]
    assert isinstance(found, list)
    return found


def make_calls(step_list: list[dict[str, Any]]) -> list[str]:
    return [target for step in step_list for target in MAKE_CALL.findall(step.get("run", ""))]


def makefile_targets() -> set[str]:
    text = MAKEFILE.read_text("utf-8")
    return set(re.findall(r"^([A-Za-z0-9_.-]+)\s*:(?!=)", text, re.MULTILINE))


def uses(step: dict[str, Any]) -> str:
    return str(step.get("uses", "")).split("@")[0]


def test_runs_on_pull_requests_and_pushes_to_main() -> None:
    """The workflow runs on every pull request and on pushes to main only."""
    on = triggers(load_workflow())
    assert "pull_request" in on
    assert on["push"] == {"branches": ["main"]}


def test_pull_request_steps_are_make_targets_in_order() -> None:
    """The build job calls make install, lint, test, check, build-strict, sitecheck in order."""
    calls = make_calls(steps("build"))
    assert [c for c in calls if c in PR_TARGETS] == PR_TARGETS
    assert "publish-build" in calls


def test_every_make_target_called_exists() -> None:
    """Each `make X` the workflow or .ci/run calls is a target of the Makefile."""
    called = set(make_calls(steps("build"))) | set(MAKE_CALL.findall(CI_RUN.read_text("utf-8")))
    assert called - makefile_targets() == set()


def test_every_run_step_is_a_make_call() -> None:
    """No step runs a command of its own: all work is in the Makefile, so it runs locally."""
    for step in steps("build"):
        if "run" in step:
            assert MAKE_CALL.search(step["run"]), step


def test_python_and_pip_cache_keyed_on_the_lock_file() -> None:
    """The build runs in Debian's Python 3.11 image with a pip cache keyed on requirements.lock."""
    workflow = load_workflow()
    assert workflow["jobs"]["build"]["container"] == "python:3.11-bookworm"
    cache = [s for s in steps("build") if uses(s) == "actions/cache"]
    pip = [s for s in cache if s["with"]["path"] == "~/.cache/pip"]
    assert len(pip) == 1
    assert "hashFiles('requirements.lock')" in pip[0]["with"]["key"]


BUILD_INPUTS = ("requirements.lock", "mkdocs.yml", "templates/**", "overrides/**", "generator/**")


def _build_state_cache(job: str, action: str) -> dict[str, Any]:
    found = [s for s in steps(job) if uses(s) == action and "build" in s["with"]["path"]]
    assert len(found) == 1, job
    return found[0]


def test_the_build_state_is_kept_between_runs_keyed_on_its_inputs() -> None:
    """build/ and site/ are cached, keyed on the build's inputs, restored before any Python step."""
    # The key covers the lock file, templates, overrides, mkdocs.yml and the generator's code
    # (a change starts clean).
    cache = _build_state_cache("build", "actions/cache")
    assert cache["with"]["path"].split() == ["build", "site"]
    key, restore = cache["with"]["key"], cache["with"]["restore-keys"]
    hashed = re.search(r"hashFiles\(([^)]*)\)", key)
    assert hashed is not None
    assert [name.strip(" '") for name in hashed.group(1).split(",")] == list(BUILD_INPUTS)
    # Saved anew by every run (a cache key is written once), found by its inputs' prefix.
    assert key.endswith("-${{ github.run_id }}")
    assert restore == key.removesuffix("${{ github.run_id }}")
    build = steps("build")
    python_steps = [i for i, s in enumerate(build) if "make install" in s.get("run", "")]
    assert build.index(cache) < python_steps[0]


def test_a_weekly_job_checks_the_kept_state_against_a_clean_build() -> None:
    """Only on a schedule: restore the kept state, `make site-drift`; other jobs skip schedules."""
    workflow = load_workflow()
    assert triggers(workflow)["schedule"][0]["cron"].split()[4] in (
        "0",
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
    )
    jobs = workflow["jobs"]
    assert jobs["drift"]["if"] == "github.event_name == 'schedule'"
    assert jobs["build"]["if"] == jobs["properdocs"]["if"] == "github.event_name != 'schedule'"
    restore = _build_state_cache("drift", "actions/cache/restore")
    kept = _build_state_cache("build", "actions/cache")
    assert restore["with"] == kept["with"]
    assert make_calls(steps("drift"))[-1] == "site-drift"
    assert "site-drift" in makefile_targets()


def test_site_drift_builds_by_the_piece_then_clean_and_compares() -> None:
    """make site-drift: a build from the kept state, then one without it, then a byte diff."""
    text = MAKEFILE.read_text("utf-8")
    recipe = text.split("\nsite-drift:", 1)[1].split("\n\n", 1)[0]
    lines = [line.strip() for line in recipe.splitlines()[1:]]
    assert lines[0] == "$(BIN)/briefings build --strict"
    assert "rm -f build/site-state.json" in lines
    assert lines.index("rm -f build/site-state.json") < lines.index(
        "$(BIN)/briefings build --strict", 1
    )
    assert any(line.startswith("diff -r ") for line in lines)


def test_install_uses_the_hashed_lock_file() -> None:
    """`make install` installs with --require-hashes from requirements.lock."""
    text = MAKEFILE.read_text("utf-8")
    assert "install: $(STAMP)" in text
    assert "--require-hashes -r requirements.lock" in text


def test_publishing_happens_only_on_push_to_main() -> None:
    """configure-pages, the production build and upload-pages-artifact run only on main."""
    build = steps("build")
    publishing = [
        s
        for s in build
        if uses(s) in ("actions/configure-pages", "actions/upload-pages-artifact")
        or "publish-build" in s.get("run", "")
    ]
    assert len(publishing) == 3
    assert all(s.get("if") == ON_MAIN for s in publishing)
    # Everything before them runs on pull requests too.
    first = build.index(publishing[0])
    assert all("if" not in s for s in build[:first])
    upload = [s for s in build if uses(s) == "actions/upload-pages-artifact"]
    assert upload[0]["with"]["path"] == "site"


def test_deploy_job_deploys_with_pages_permissions() -> None:
    """deploy needs build, runs only on main, and alone may write to Pages (id-token too)."""
    workflow = load_workflow()
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["if"] == ON_MAIN
    assert [uses(s) for s in deploy["steps"]] == ["actions/deploy-pages"]
    assert deploy["permissions"]["pages"] == "write"
    assert deploy["permissions"]["id-token"] == "write"
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert workflow["permissions"] == {"contents": "read"}
    assert "permissions" not in workflow["jobs"]["build"]


def test_deploy_actions_appear_nowhere_else() -> None:
    """deploy-pages is used only by the deploy job, upload-pages-artifact only by build."""
    jobs = load_workflow()["jobs"]
    found = {(name, uses(s)) for name, job in jobs.items() for s in job["steps"]}
    assert {j for j, u in found if u == "actions/deploy-pages"} == {"deploy"}
    assert {j for j, u in found if u == "actions/upload-pages-artifact"} == {"build"}


def test_actions_are_pinned_to_a_version() -> None:
    """Every action is used at an explicit version tag, never a branch."""
    jobs = load_workflow()["jobs"]
    for job in jobs.values():
        for step in job["steps"]:
            if "uses" in step:
                assert re.search(r"@v\d+$", step["uses"]), step["uses"]


def test_source_date_epoch_set_from_the_last_commit() -> None:
    """A step writes SOURCE_DATE_EPOCH (from make source-date-epoch) before anything builds."""
    build = steps("build")
    runs = [s.get("run", "") for s in build]
    index = next(i for i, r in enumerate(runs) if "SOURCE_DATE_EPOCH" in r)
    assert "make -s source-date-epoch" in runs[index] and "GITHUB_ENV" in runs[index]
    assert index < next(i for i, r in enumerate(runs) if "make build-strict" in r)
    checkout = next(s for s in build if uses(s) == "actions/checkout")
    assert checkout["with"]["fetch-depth"] >= 1
    assert "log -1 --format=%ct" in MAKEFILE.read_text("utf-8")


@pytest.mark.skipif(shutil.which("git") is None or shutil.which("make") is None, reason="no git")
def test_make_source_date_epoch_prints_the_commit_time() -> None:
    """`make -s source-date-epoch` prints the committer time of HEAD, unless the env sets one."""
    env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "MAKEFLAGS")}
    head = subprocess.run(
        ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True, env=env
    )
    if head.returncode != 0:
        pytest.skip(f"not a git checkout: {head.stderr.strip()}")
    made = subprocess.run(
        ["make", "-s", "source-date-epoch"], cwd=ROOT, capture_output=True, text=True, env=env
    )
    assert made.stdout.strip() == head.stdout.strip()
    env["SOURCE_DATE_EPOCH"] = "1234567890"
    made = subprocess.run(
        ["make", "-s", "source-date-epoch"], cwd=ROOT, capture_output=True, text=True, env=env
    )
    assert made.stdout.strip() == "1234567890"


def test_ci_run_calls_make_test() -> None:
    """.ci/run is executable, stops on the first error and runs `make test`."""
    text = CI_RUN.read_text("utf-8")
    commands = [line.strip() for line in text.splitlines() if not line.lstrip().startswith("#")]
    assert "make test" in commands
    assert "set -euo pipefail" in commands
    assert os.access(CI_RUN, os.X_OK)


def test_makefile_help_lists_the_ci_targets() -> None:
    """The new CI targets carry a `##` description, so `make help` lists them."""
    text = MAKEFILE.read_text("utf-8")
    targets = (
        "build-strict",
        "sitecheck",
        "publish-build",
        "source-date-epoch",
        "ci",
        "site-drift",
    )
    for target in targets:
        assert re.search(rf"^{re.escape(target)}:.*## ", text, re.MULTILINE), target
