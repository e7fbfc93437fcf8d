"""URL stability: the committed lists of briefings and hubs that were ever published.

``briefings/.published.txt`` holds one id a line. A published URL may move but
never vanish: every listed id must still be a record's id or be named in some
record's ``redirect_from``. ``briefings/.published-hubs.txt`` lists the hub addresses
published briefings gave (`PublishedHubs`), so that one whose name an edit later removed
still leads to the entity's hub. Builds add what is newly published; editors commit both
files with the records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator import layout
from generator.atomic import write_atomic
from generator.layout import (
    PUBLISHED_FILE,
    PUBLISHED_HUBS_FILE,
    PUBLISHED_HUBS_NAME,
    PUBLISHED_NAME,
)
from generator.problems import Problem
from generator.record import Record


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


# --- hub addresses ----------------------------------------------------------------------

#: Hub kinds whose addresses come from names that edits can change (countries go by ISO code,
#: topics by a fixed vocabulary).
NAMED_HUBS = ("people", "organizations", "groups", "places")


@dataclass
class PublishedHubs:
    """``briefings/.published-hubs.txt``: every hub address a published briefing gave a hub,
    with the names that hub went by when it was first listed.

    One address a line: ``people/ann-okafor``, a tab, then its names separated by tabs. An
    address that no live hub has leads, by those names, to the hub that goes by them now
    (generator.redirects); lines are never changed once written, new ones are added sorted at
    the end, and a line that is not of that shape (a comment) is kept and ignored.
    """

    addresses: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Addresses this build found live and not yet listed, with their names.
    new: dict[str, tuple[str, ...]] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    #: Listed addresses this build found neither live nor leading to one hub: a reader's 404.
    nowhere: list[str] = field(default_factory=list)

    def note(self, kind: str, slug: str, names: list[str]) -> None:
        """List a live hub's address, unless it is listed already."""
        address = f"{kind}/{slug}"
        if address not in self.addresses and address not in self.new:
            self.new[address] = tuple(_one_line(n) for n in dict.fromkeys(names) if n.strip())

    def save(self, folder: Path) -> bool:
        """Add the new addresses to the file (atomically); True if it changed."""
        if not self.new:
            return False
        added = [_line(a, names) for a, names in sorted(self.new.items())]
        text = "".join(f"{line}\n" for line in [*self.lines, *added])
        self.addresses.update(self.new)
        self.lines += added
        self.new = {}
        return write_atomic(folder / PUBLISHED_HUBS_NAME, text.encode("utf-8"))

    def warnings(self) -> list[str]:
        """One located line per listed address that leads nowhere, in file order."""
        lines = []
        for address in self.nowhere:
            number = next(
                i for i, line in enumerate(self.lines, 1) if line.split("\t")[0] == address
            )
            names = ", ".join(self.addresses[address])
            lines.append(
                f"{PUBLISHED_HUBS_FILE}:{number}: {address}: warning: this published hub address"
                f" leads nowhere: no one hub goes by {names}; name that entity so in"
                f" briefings/entities.yaml (an alias or a merge) and it redirects there"
            )
        return lines


def read_published_hubs(folder: Path) -> PublishedHubs:
    """The listed hub addresses; none when the file is missing or cannot be read."""
    try:
        text = (folder / PUBLISHED_HUBS_NAME).read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return PublishedHubs()
    hubs = PublishedHubs(lines=text.splitlines())
    for line in hubs.lines:
        address, *names = line.split("\t")
        kind, _, slug = address.partition("/")
        if kind in NAMED_HUBS and layout.is_slug(slug) and names:
            hubs.addresses.setdefault(address, tuple(names))
    return hubs


def _one_line(name: str) -> str:
    return " ".join(name.split())  # no tab or line break inside a name


def _line(address: str, names: tuple[str, ...]) -> str:
    return "\t".join([address, *names])
