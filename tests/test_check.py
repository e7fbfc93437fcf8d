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


def test_duplicate_key_in_a_published_record_is_reported_as_itself(
    project: Path, run: Callable[..., Result]
) -> None:
    """A published record with a duplicate key: the duplicate is the message, not a lost URL."""
    text = (FIXTURES / "check" / "valid.yaml").read_text("utf-8")
    text = text.replace("status: draft\n", "status: published\nstatus: published\n")
    (project / "briefings" / "valid.yaml").write_text(text, "utf-8")
    (project / "briefings" / ".published.txt").write_text("valid\n", "utf-8")
    result = run("--root", project, "check")
    assert result.code == 1
    assert ".published.txt" not in result.out
    assert result.out.startswith("briefings/valid.yaml:6: ")
    assert "duplicate key" in result.out.splitlines()[0]


def test_published_record_without_summary_body_or_source_is_refused(
    project: Path, run: Callable[..., Result]
) -> None:
    """A published record needs a summary, a body and its source's name: each is located."""
    text = (FIXTURES / "check" / "valid.yaml").read_text("utf-8")
    record = text.replace("status: draft", "status: published")
    record = record.replace("  name: The New Arab", "  name:")
    record = record.replace(
        "summary: Syria's interim foreign minister visited Baghdad.", "summary: ''"
    )
    body_at = record.index("\nbody:")
    seed_at = record.index("\nseed:")
    record = record[:body_at] + "\nbody: ''" + record[seed_at:]
    (project / "briefings" / "valid.yaml").write_text(record, "utf-8")
    lines = record.splitlines()
    body_line = lines.index("body: ''") + 1
    result = run("--root", project, "check")
    assert result.code == 1
    assert result.out == (
        "briefings/valid.yaml:7: source.name: a published briefing needs the name of its source;"
        " fill it in or set status: draft\n"
        "briefings/valid.yaml:9: summary: a published briefing needs a summary; fill it in or set"
        " status: draft\n"
        f"briefings/valid.yaml:{body_line}: body: a published briefing needs the article text;"
        " fill it in or set status: draft\n"
    )


def test_a_draft_may_wait_for_its_summary(project: Path, run: Callable[..., Result]) -> None:
    """An empty summary is fine while the record is a draft."""
    text = (FIXTURES / "check" / "valid.yaml").read_text("utf-8")
    text = text.replace("summary: Syria's interim foreign minister visited Baghdad.", "summary: ''")
    (project / "briefings" / "valid.yaml").write_text(text, "utf-8")
    assert run("--root", project, "check").code == 0
