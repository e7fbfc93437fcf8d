"""URL stability: the committed list of briefings that were ever published.

``briefings/.published.txt`` holds one id a line. A published URL may move but
never vanish: every listed id must still be a record's id or be named in some
record's ``redirect_from``. Builds add newly published ids; editors commit the
file with the records.
"""

from __future__ import annotations

from pathlib import Path

from generator import layout
from generator.layout import PUBLISHED_FILE, PUBLISHED_NAME
from generator.problems import Problem
from generator.record import Record
from generator.store import write_atomic


def read_published(folder: Path) -> list[str]:
    """Ids listed as published, in file order."""
    try:
        text = (folder / PUBLISHED_NAME).read_text("utf-8")
    except FileNotFoundError:
        return []
    return [line.strip() for line in text.splitlines()]


def check_published(
    folder: Path, records: list[Record], present: set[str] | None = None
) -> list[Problem]:
    """A problem for every published id that neither exists nor redirects.

    ``present``: ids of record files that exist but are invalid, reported on their own.
    """
    live = {r["id"] for r in records} | (present or set())
    redirected = {old: r["id"] for r in records for old in r.get("redirect_from") or []}
    problems = []
    for number, rid in enumerate(read_published(folder), start=1):
        if not rid or rid.startswith("#") or rid in live or rid in redirected:
            continue
        url = "/" + layout.page_folder(layout.briefing_path(rid))
        problems.append(
            Problem(
                PUBLISHED_FILE,
                number,
                "id",
                f"briefing '{rid}' was published at {url} and no record has that id now;"
                f" add 'redirect_from: [{rid}]' to the record that replaced it",
            )
        )
    return problems


def record_published(folder: Path, records: list[Record]) -> bool:
    """Add the ids of published records not yet listed; True if the file changed."""
    listed = read_published(folder)
    known = set(listed)
    new = sorted(r["id"] for r in records if r["status"] == "published" and r["id"] not in known)
    if not new:
        return False
    text = "".join(f"{rid}\n" for rid in [*listed, *new] if rid)
    return write_atomic(folder / PUBLISHED_NAME, text.encode("utf-8"))
