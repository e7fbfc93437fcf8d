"""`briefings check`: every problem, located, with its exact message."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, Result

CASES = sorted(p.stem for p in (FIXTURES / "check").glob("*.yaml") if p.stem != "valid")


def test_valid_record_has_no_problems(project: Path, run: Callable[..., Result]) -> None:
    """A correct record passes check with exit code 0 and prints nothing on stdout."""
    shutil.copy(FIXTURES / "check" / "valid.yaml", project / "briefings" / "valid.yaml")
    result = run("--root", project, "check")
    assert (result.code, result.out) == (0, "")
    assert "1 record(s), no problems" in result.err


@pytest.mark.parametrize("case", CASES)
def test_problem_message(case: str, project: Path, run: Callable[..., Result]) -> None:
    """Each broken record gives exactly the messages in its .expected file, exit 1."""
    shutil.copy(FIXTURES / "check" / f"{case}.yaml", project / "briefings" / f"{case}.yaml")
    expected = (FIXTURES / "check" / f"{case}.expected").read_text("utf-8")
    result = run("--root", project, "check")
    assert result.code == 1
    assert result.out == expected


def test_all_problems_of_all_files_in_one_run(project: Path, run: Callable[..., Result]) -> None:
    """With many broken files, one run reports every problem, sorted by file and line."""
    expected = ""
    for case in CASES:
        shutil.copy(FIXTURES / "check" / f"{case}.yaml", project / "briefings" / f"{case}.yaml")
        expected += (FIXTURES / "check" / f"{case}.expected").read_text("utf-8")
    result = run("--root", project, "check")
    assert result.code == 1
    assert result.out == expected


def test_duplicate_ids_across_files(project: Path, run: Callable[..., Result]) -> None:
    """Two files claiming one id: the second is reported, naming the first."""
    text = (FIXTURES / "check" / "valid.yaml").read_text("utf-8")
    (project / "briefings" / "valid.yaml").write_text(text, "utf-8")
    (project / "briefings" / "z-copy.yaml").write_text(text, "utf-8")
    result = run("--root", project, "check")
    assert result.out == (
        "briefings/z-copy.yaml:2: id: 'valid' is also the id of briefings/valid.yaml\n"
        "briefings/z-copy.yaml:2: id: id 'valid' differs from the file name 'z-copy.yaml'\n"
    )


def test_non_utf8_record(project: Path, run: Callable[..., Result]) -> None:
    """A record saved in Latin-1 is reported with its line, not decoded by guesswork."""
    text = (FIXTURES / "check" / "valid.yaml").read_text("utf-8").replace("Baghdad.", "Bagdad é.")
    (project / "briefings" / "valid.yaml").write_bytes(text.encode("latin-1"))
    result = run("--root", project, "check")
    assert result.out == "briefings/valid.yaml:9: not valid UTF-8; save the file as UTF-8\n"


def test_oversized_record(project: Path, run: Callable[..., Result]) -> None:
    """A record over the size limit is refused before parsing."""
    (project / "briefings" / "big.yaml").write_text("body: " + "x" * 1_000_001, "utf-8")
    result = run("--root", project, "check")
    assert result.out == (
        "briefings/big.yaml:1: file is 1000007 bytes, over the limit of 1000000\n"
    )


def test_alias_bomb_is_refused(project: Path, run: Callable[..., Result]) -> None:
    """A billion-laughs document is refused at its first anchor, without expanding."""
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for n in range(1, 9):
        prev = chr(ord("a") + n - 1)
        name = chr(ord("a") + n)
        lines.append(f"{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]")
    (project / "briefings" / "bomb.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    result = run("--root", project, "check")
    assert result.out == (
        "briefings/bomb.yaml:1: YAML anchor '&a' is not allowed; write the value out\n"
    )


def test_unquoted_date_is_accepted(project: Path, run: Callable[..., Result]) -> None:
    """An editor's unquoted 2025-03-16 is a valid date, not a YAML timestamp error."""
    shutil.copy(FIXTURES / "records" / "unquoted-date.yaml", project / "briefings")
    assert run("--root", project, "check").code == 0
