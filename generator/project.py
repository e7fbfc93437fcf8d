"""Where a project's folders are, found from the current directory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator import layout
from generator.problems import UsageError

CONFIG_NAME = "mkdocs.yml"


@dataclass(frozen=True)
class Project:
    """The folders of one briefing project (see DESIGN.md, Layout)."""

    root: Path

    @property
    def briefings(self) -> Path:
        return self.root / layout.RECORDS_FOLDER

    @property
    def seeds(self) -> Path:
        return self.root / layout.SEEDS_FOLDER

    @property
    def templates(self) -> Path:
        return self.root / layout.TEMPLATES_FOLDER

    @property
    def docs(self) -> Path:
        """Rendered Markdown pages: build output, never edited by hand."""
        return self.root / layout.DOCS_FOLDER

    @property
    def site(self) -> Path:
        return self.root / layout.SITE_FOLDER

    def record_path(self, record_id: str) -> Path:
        """The record file of ``record_id``, whether it exists or not."""
        return self.root / layout.record_file(record_id)

    def proposal_path(self, record_id: str) -> Path:
        """Ingest's proposal for the record ``record_id``, whether it exists or not."""
        return self.root / layout.proposal_file(record_id)

    def rel(self, path: Path) -> str:
        """``path`` relative to the project root, for messages."""
        # Resolve the folder only: a symlinked file is named where it stands.
        try:
            return (path.parent.resolve() / path.name).relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


def find_project(start: Path, explicit: Path | None = None) -> Project:
    """The project named by ``--root``, or the nearest folder upwards with mkdocs.yml."""
    if explicit is not None:
        if not (explicit / CONFIG_NAME).is_file():
            raise UsageError(f"{explicit}: no {CONFIG_NAME} there; is it a briefings project?")
        return Project(explicit.resolve())
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_NAME).is_file():
            return Project(folder)
    raise UsageError(
        f"no {CONFIG_NAME} in {here} or any folder above it; run inside a project or pass --root"
    )
