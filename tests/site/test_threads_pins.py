"""Editors' thread pins: `thread: <id>` puts a briefing in a story, `thread: none` keeps it
out, and `check` refuses a pin whose thread would not exist, located at its line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from generator.sitemodel import stories
from tests.conftest import Result
from tests.site.test_threads import dam, desk, other


def _ids(records: list[dict[str, Any]]) -> list[list[str]]:
    return [[e.record["id"] for e in t.entries] for t in stories.build_threads(records)]


def _with(records: list[dict[str, Any]], record_id: str, **fields: Any) -> list[dict[str, Any]]:
    for record in records:
        if record["id"] == record_id:
            record.update(fields)
    return records


def test_pin_puts_an_unrelated_briefing_into_a_thread() -> None:
    """A briefing pinned to a thread's briefing joins that thread, in date order."""
    records = _with(desk(), "cup-parade", thread="dam-inspections-begin")
    assert _ids(records)[0] == [
        "dam-cracks-found",
        "dam-inspections-begin",
        "cup-parade",
        "dam-reservoir-lowered",
    ]


def test_pin_to_a_thread_slug_joins_it() -> None:
    """A thread's slug (its first briefing's id) works as a pin: the year-later briefing joins."""
    records = _with(desk(), "dam-a-year-on", thread="dam-cracks-found")
    assert _ids(records)[0][-1] == "dam-a-year-on"
    assert stories.build_threads(records)[0].slug == "dam-cracks-found"


def test_two_lone_briefings_pinned_together_make_a_thread() -> None:
    """A pin to a briefing in no thread makes a thread of the two."""
    records = [dam("dam-cracks-found", "2025-03-01"), other("cup-final-won", "2026-01-01")]
    assert _ids(records) == []
    assert _ids(_with(records, "cup-final-won", thread="dam-cracks-found")) == [
        ["dam-cracks-found", "cup-final-won"]
    ]


def test_pin_out_keeps_a_briefing_out_of_every_thread() -> None:
    """`thread: none` takes a briefing out; a thread left with one briefing is no thread."""
    records = _with(desk(), "dam-inspections-begin", thread="none")
    assert _ids(records)[0] == ["dam-cracks-found", "dam-reservoir-lowered"]
    records = _with(records, "cup-parade", thread="none")
    assert all("cup-final-won" not in ids for ids in _ids(records))


def test_pin_follows_a_renamed_briefing() -> None:
    """A pin naming an earlier id of a briefing (its redirect_from) still finds it."""
    records = _with(desk(), "dam-cracks-found", redirect_from=["dam-old-id"])
    records = _with(records, "dam-a-year-on", thread="dam-old-id")
    assert _ids(records)[0][-1] == "dam-a-year-on"


def test_pins_check_refuses_cannot_change_threads() -> None:
    """A pin to no briefing, to itself, or to a pinned-out one changes nothing at build time."""
    expected = _ids(desk())
    for pin in ("no-such-briefing", "cup-parade"):
        assert _ids(_with(desk(), "cup-parade", thread=pin)) == expected
    records = _with(desk(), "cup-final-won", thread="none")
    records = _with(records, "cup-parade", thread="cup-final-won")
    assert _ids(records) == expected[:1]


def _write(project: Path, records: list[dict[str, Any]]) -> None:
    for record in records:
        text = yaml.safe_dump(record, sort_keys=False, allow_unicode=True)
        (project / "briefings" / f"{record['id']}.yaml").write_text(text, "utf-8")


def _line(project: Path, record_id: str) -> int:
    lines = (project / "briefings" / f"{record_id}.yaml").read_text("utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if line.startswith("thread:"))


def test_check_locates_each_pin_whose_thread_would_not_exist(
    project: Path, run: Callable[..., Result]
) -> None:
    """Unknown id, itself, a pinned-out briefing, a draft from a published one: one line each."""
    records = desk()
    records = _with(records, "dam-cracks-found", thread="no-such-briefing")
    records = _with(records, "dam-inspections-begin", thread="dam-inspections-begin")
    records = _with(records, "cup-final-won", thread="none")
    records = _with(records, "cup-parade", thread="cup-final-won")
    records = _with(records, "dam-reservoir-lowered", status="draft")
    records = _with(records, "dam-a-year-on", thread="dam-reservoir-lowered")
    _write(project, records)
    result = run("--root", project, "check")
    where = {
        rid: f"briefings/{rid}.yaml:{_line(project, rid)}: thread: "
        for rid in ("dam-a-year-on", "dam-cracks-found", "dam-inspections-begin", "cup-parade")
    }
    assert result.out.splitlines() == [
        where["cup-parade"] + "'cup-final-won' is kept out of every thread (its thread: none),"
        " so this thread would not exist",
        where["dam-a-year-on"] + "'dam-reservoir-lowered' is a draft: the published site leaves"
        " it out, so this thread would not exist there; publish it or pin to a published briefing",
        where["dam-cracks-found"] + "no briefing has the id 'no-such-briefing': pin to the id of"
        " a briefing of the story (a thread's address /threads/<id>/ names its first),"
        " or write 'none'",
        where["dam-inspections-begin"]
        + "a briefing cannot pin itself: name another briefing of the story",
    ]
    assert result.code == 1


def test_check_accepts_good_pins_and_refuses_a_pin_that_is_no_id(
    project: Path, run: Callable[..., Result]
) -> None:
    """Pins to a briefing and `none` pass; `thread: false` or a title are refused, located."""
    records = _with(desk(), "cup-parade", thread="dam-cracks-found")
    records = _with(records, "cup-final-won", thread="none")
    _write(project, records)
    assert run("--root", project, "check").out == ""
    _write(project, _with(records, "cup-final-won", thread=False))
    _write(project, _with(records, "cup-parade", thread="The Dam Story"))
    result = run("--root", project, "check")
    assert result.out.splitlines() == [
        f"briefings/cup-final-won.yaml:{_line(project, 'cup-final-won')}: thread:"
        " expected text, got true/false",
        f"briefings/cup-parade.yaml:{_line(project, 'cup-parade')}: thread: 'The Dam Story' is"
        " not a briefing id: write the id of another briefing of the story to pin this one into"
        " its thread, or 'none' to keep it out of every thread",
    ]
