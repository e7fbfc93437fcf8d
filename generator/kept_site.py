"""The last build's site, linked file by file into the next one while the render runs.

A build by the piece keeps every file of the old site that it does not make
again (generator.incremental). Linking some 26,000 files and 20,000 folders
at 10,000 briefings costs over a second, which the build's waiting process
spends while the render works: a thread links every file of the old site but
its search index into a folder of its own. Once MkDocs is done, what it built
is moved over the links (a rename: the old site's files, shared by the links,
are never written) and the pages of docs files that are gone are removed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from pathlib import Path

from generator.incremental import SEARCH_FOLDER, DocsFiles, SiteState


class KeptSite:
    """The old site's files, linked into ``folder`` by a thread started at once."""

    def __init__(self, old_site: Path, folder: Path, previous: SiteState) -> None:
        self.folder = folder
        #: site path -> size of each file linked (the old site's, as the state records it)
        self.files: dict[str, int] = {
            rel: size
            for rel, size in previous.site.items()
            if rel.split("/", 1)[0] != SEARCH_FOLDER
        }
        #: Files of the old site left as they were, once ``finish`` is done
        self.kept = 0
        self._error: BaseException | None = None
        shutil.rmtree(folder, ignore_errors=True)
        self._thread = threading.Thread(
            target=self._link, args=(old_site,), name="briefings-keep", daemon=True
        )
        self._thread.start()

    def _link(self, old_site: Path) -> None:
        try:
            link_tree(old_site, self.folder, list(self.files))
        except BaseException as error:  # raised by the caller's thread, in finish
            self._error = error

    def finish(self, built: Path, previous: SiteState, docs: DocsFiles) -> dict[str, int]:
        """Put what MkDocs built into ``built`` in place of the links, and remove the pages
        of the docs files that are gone. Returns every file of the site but its search
        index, with its size; ``built`` is left empty."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        files = self.files
        made = _moved_into(built, self.folder)
        gone = {dest for path, (_, dest) in previous.docs.items() if path not in docs}
        for rel in sorted(gone - made.keys()):
            if files.pop(rel, None) is not None:
                _remove_file(self.folder, rel)
        self.kept = len(files.keys() - made.keys())
        files.update(made)
        return files

    def discard(self) -> None:
        """The build failed: wait for the thread and remove the folder."""
        self._thread.join()
        shutil.rmtree(self.folder, ignore_errors=True)


def link_tree(source: Path, target: Path, paths: list[str]) -> None:
    """Hard links at ``target`` to the files ``paths`` of ``source`` (copies where the file
    system has no hard links). One mkdir per folder, not per file."""
    made = {""}
    old, new = f"{source}{os.sep}", f"{target}{os.sep}"
    os.makedirs(target, exist_ok=True)
    for rel in paths:
        folder = rel.rpartition("/")[0]
        if folder not in made:
            os.makedirs(new + folder, exist_ok=True)
            made.add(folder)
        try:
            os.link(old + rel, new + rel)
        except OSError:
            shutil.copy2(old + rel, new + rel)


def _moved_into(built: Path, folder: Path) -> dict[str, int]:
    """Move every file of ``built`` to the same path in ``folder``, over what is there."""
    moved: dict[str, int] = {}
    root = str(built)
    for here, _, names in os.walk(built, topdown=False):
        rel_folder = os.path.relpath(here, root).replace(os.sep, "/")
        prefix = "" if rel_folder == "." else rel_folder + "/"
        if names:
            os.makedirs(folder / prefix, exist_ok=True)
        for name in names:
            rel = prefix + name
            moved[rel] = os.stat(os.path.join(here, name)).st_size
            os.replace(os.path.join(here, name), folder / rel)
    return moved


def _remove_file(folder: Path, rel: str) -> None:
    """Remove ``rel`` from ``folder``, and the folders it leaves empty."""
    with contextlib.suppress(FileNotFoundError):
        (folder / rel).unlink()
    with contextlib.suppress(OSError):  # stops at the first folder that still holds files
        for parent in Path(rel).parents:
            if str(parent) != ".":
                (folder / parent).rmdir()
