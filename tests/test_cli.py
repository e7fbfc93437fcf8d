"""The `briefings` command line: exit codes, plain messages, help, `new`, `schema`."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.cli import build_parser
from generator.record import json_schema
from tests.conftest import ROOT, Result


def test_unknown_command_is_a_usage_error(run: Callable[..., Result]) -> None:
    """A wrong command exits 2 with a one-line message, no traceback."""
    result = run("publish")
    assert result.code == 2
    assert result.err.startswith("briefings: argument COMMAND: invalid choice: 'publish'")
    assert "Traceback" not in result.err


def test_debug_shows_the_traceback_of_an_unexpected_error(
    project: Path, run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected error is one line; with --debug its traceback comes first."""

    def broken(_project: object) -> int:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("generator.commands.cmd_check", broken)
    plain = run("--root", project, "check")
    assert (plain.code, plain.err) == (1, "briefings: error: disk on fire\n")
    debug = run("--debug", "--root", project, "check")
    assert debug.code == 1
    assert debug.err.startswith("Traceback") and debug.err.endswith(
        "briefings: error: disk on fire\n"
    )


def test_outside_a_project(tmp_path: Path, run: Callable[..., Result]) -> None:
    """--root pointing at a folder without mkdocs.yml is a usage error naming it."""
    result = run("--root", tmp_path, "check")
    assert (result.code, result.err) == (
        2,
        f"briefings: {tmp_path}: no mkdocs.yml there; is it a briefings project?\n",
    )


def test_every_command_has_help_and_an_example() -> None:
    """Each subcommand documents itself with a description and an example."""
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    choices = sub.choices  # type: ignore[attr-defined]
    assert set(choices) == {
        "ingest",
        "extract",
        "render",
        "check",
        "build",
        "serve",
        "new",
        "schema",
        "resolve",
        "entities",
        "merge",
        "rename-briefing",
    }
    for name, command in choices.items():
        text = command.format_help()
        assert "example:" in text and f"briefings {name}" in text, name


def test_new_scaffolds_a_valid_record(project: Path, run: Callable[..., Result]) -> None:
    """`new` writes a draft record named after the title that passes check."""
    result = run("--root", project, "new", "Border talks resume in Baghdad")
    assert (result.code, result.out) == (0, "briefings/border-talks-resume-in-baghdad.yaml\n")
    text = (project / "briefings" / "border-talks-resume-in-baghdad.yaml").read_text("utf-8")
    assert "status: draft\n" in text and "seed: null\n" in text
    assert run("--root", project, "check").code == 0


def test_new_refuses_an_existing_id(project: Path, run: Callable[..., Result]) -> None:
    """`new --id` never overwrites a record."""
    run("--root", project, "new", "Talks", "--id", "talks")
    result = run("--root", project, "new", "Talks again", "--id", "talks")
    assert (result.code, result.err) == (2, "briefings: briefings/talks.yaml exists already\n")


@pytest.mark.parametrize(
    "bad", ["../etc/passwd", "/abs", "con", "lpt1", "Upper", "caf\u00e9", "a--b"]
)
def test_new_refuses_a_bad_id(bad: str, project: Path, run: Callable[..., Result]) -> None:
    """Ids that are not slugs (paths, capitals, non-ASCII) are refused before any write."""
    result = run("--root", project, "new", "Talks", "--id", bad)
    assert result.code == 2
    assert "is not a valid id" in result.err
    assert list((project / "briefings").iterdir()) == []


def test_shipped_schema_is_the_generated_one() -> None:
    """generator/schema/briefing.schema.json matches the record definition."""
    shipped = json.loads((ROOT / "generator/schema/briefing.schema.json").read_text("utf-8"))
    assert shipped == json_schema()


def test_schema_accepts_a_valid_record_and_rejects_unknown_fields() -> None:
    """The JSON Schema agrees with the validator on a valid and an invalid record."""
    jsonschema = pytest.importorskip("jsonschema")
    from generator.yamlio import load_yaml

    text = (ROOT / "tests/fixtures/check/valid.yaml").read_text("utf-8")
    record = load_yaml(text, "valid.yaml").data
    jsonschema.validate(record, json_schema())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**record, "peple": []}, json_schema())


def _make_site(tmp_path: Path, ingest_exit: int) -> subprocess.CompletedProcess[str]:
    """`make site` with a stand-in `briefings` whose ingest skips one seed; logs its calls."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "briefings"
    fake.write_text(
        "#!/bin/sh\n"
        'echo "$*" >> calls.txt\n'
        'if [ "$1" = ingest ]; then\n'
        "  echo 'seeds/a.txt: created briefings/a.yaml'\n"
        "  echo 'seeds/bad file.txt: skipped (not text: binary data)'\n"
        f"  exit {ingest_exit}\n"
        "fi\n",
        "utf-8",
    )
    fake.chmod(0o755)
    for name in ("pyproject.toml", "requirements.lock", "stamp"):
        (tmp_path / name).write_text("", "utf-8")
    # Run as a top-level make even under `make test`, so its messages say "make:", not "make[1]:".
    env = {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
    return subprocess.run(
        ["make", "-s", "-f", str(ROOT / "Makefile"), "site", f"BIN={bin_dir}", "STAMP=stamp"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_make_site_builds_the_good_records_then_names_the_skipped_seeds(tmp_path: Path) -> None:
    """One bad seed: the site is still built, the seed is listed at the end, and make fails."""
    result = _make_site(tmp_path, ingest_exit=1)
    assert (tmp_path / "calls.txt").read_text("utf-8") == "ingest\nbuild --strict\n"
    assert result.returncode != 0
    assert result.stderr.startswith(
        "make site: site/ is built from every good record; ingest left these seeds out:\n"
        "seeds/bad file.txt: skipped (not text: binary data)\nmake: *** "
    )


def test_make_site_stops_when_ingest_fails_as_a_whole(tmp_path: Path) -> None:
    """An ingest that could not run (exit 2) builds nothing."""
    result = _make_site(tmp_path, ingest_exit=2)
    assert (tmp_path / "calls.txt").read_text("utf-8") == "ingest\n"
    assert result.returncode != 0
