"""Builds after a change (issue 16): one corrected record, and nothing changed, against clean.

Measured right after the clean builds of bench/run.py, on the same project:

- *nothing changed*: `briefings build --strict` again (run.py's "rebuild");
- *one-record edit*: the headline of one published record is corrected (the title
  shows on its page, the hubs, timeline and feeds that list it), then built; the
  record is put back and built again, which leaves the project as it was;

each as a ratio of the clean build of the same run. What the build said of its
phases (``phases: ...``) is kept in results.json.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.procmon import Measured, measure

Result = dict[str, Any]
_TITLE = re.compile(r"^title: (.*)$", re.MULTILINE)


def _said(run: Measured, start: str) -> str:
    lines = [line for line in run.stderr.splitlines() if line.startswith(start)]
    return lines[-1] if lines else ""


def _edited_record(root: Path) -> Path:
    """A published record in the middle of the desk (the same one at every run)."""
    records = sorted((root / "briefings").glob("*.yaml"))
    for path in records[len(records) // 2 :] + records:
        if re.search(r"^status: published$", path.read_text("utf-8"), re.MULTILINE):
            return path
    return records[len(records) // 2]


def edit_scenario(
    root: Path,
    command: list[str],
    env: dict[str, str],
    timeout: float,
    say: Callable[[str], None],
) -> Result:
    """One record's headline corrected, built, put back, built again."""
    path = _edited_record(root)
    original = path.read_text("utf-8")
    corrected = _TITLE.sub(lambda m: f"title: {m.group(1).rstrip()} (corrected)", original, 1)
    result: Result = {"record": path.name}
    try:
        path.write_text(corrected, "utf-8")
        say(f"one-record edit: {path.name}")
        edit = measure(command, env=env, timeout=timeout)
    finally:
        path.write_text(original, "utf-8")
    say("one-record edit undone")
    undo = measure(command, env=env, timeout=timeout)
    result.update(
        ok=edit.ok and undo.ok,
        edit_s=edit.seconds,
        edit_peak_rss_mb=edit.max_rss_mb,
        edit_tree_rss_mb=edit.tree_rss_mb,
        undo_s=undo.seconds,
        by_piece=_said(edit, "building what changed") != "",
        said=[_said(edit, start) for start in ("clean build", "MkDocs built", "search:")],
        phases=_said(edit, "phases:"),
    )
    if not result["ok"]:
        result["error"] = (edit.stderr + undo.stderr)[-2000:]
    return result


def rows(row: Callable[[str, str, Callable[[Result], str]], None]) -> None:
    """The table's rows of the builds after a change."""
    row("clean build (the CI case), s", "≤ 150 at 10,000", lambda r: f"{r['build_s']:.1f}")
    row(
        "one-record edit, s (× clean)",
        "≤ 0.10× and < 20 s at 10,000",
        lambda r: f"{r['edit']['edit_s']:.1f} ({r['edit']['edit_s'] / r['build_s']:.3f}×)",
    )
    row(
        "nothing changed, s (× clean)",
        "≤ 0.05× and < 10 s at 10,000",
        lambda r: f"{r['rebuild_s']:.1f} ({r['rebuild_s'] / r['build_s']:.3f}×)",
    )
    row("one-record edit: peak RSS, MB", "", lambda r: f"{r['edit']['edit_peak_rss_mb']:.0f}")
    row("one-record edit: what was built", "", lambda r: "; ".join(filter(None, r["edit"]["said"])))
