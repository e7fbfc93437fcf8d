"""The search index by the piece: Pagefind runs only for the batches whose pages changed.

A batch's bundle (generator.search_index) depends only on its number and the
bytes of its pages, and the batches are a function of the set of indexed pages
alone (``search_index.batches``). So the state of a build records each indexed
page's digest and a key per batch (its number, pages and their digests); the
next build indexes again only the batches whose key changed, and links the
bundles of the others from the old site. The result is the bytes a full run
would write. An edit, an added or a removed briefing changes its own batch
only, until the number of batches changes (once in ``size`` briefings added).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.incremental import SEARCH_FOLDER, digest_bytes, link_file
from generator.search_index import (
    BATCH_DIR,
    MANIFEST,
    batch_pages,
    batches,
    bundle_folder,
    index_batch,
    indexed_pages,
    pagefind_binary,
    run_pagefind,
    write_batch_list,
)


@dataclass
class SearchState:
    """The search index of a built site: batch size, indexed pages' digests, batch keys."""

    size: int
    pages: dict[str, str]
    keys: list[str]

    def to_json(self) -> dict[str, object]:
        return {"size": self.size, "pages": self.pages, "keys": self.keys}

    @classmethod
    def from_json(cls, saved: dict[str, object]) -> SearchState | None:
        try:
            pages, keys, size = saved["pages"], saved["keys"], saved["size"]
            assert isinstance(pages, dict) and isinstance(keys, list) and isinstance(size, int)
            return cls(size, {str(k): str(v) for k, v in pages.items()}, [str(k) for k in keys])
        except (KeyError, AssertionError):
            return None


def _keys(groups: list[list[str]], pages: dict[str, str]) -> list[str]:
    return [
        digest_bytes(repr((number, [(page, pages[page]) for page in group])).encode())
        for number, group in enumerate(groups)
    ]


def state_of(site: Path) -> SearchState:
    """The search state of a site indexed whole (a clean build)."""
    size = batch_pages()
    pages = {page: digest_bytes((site / page).read_bytes()) for page in indexed_pages(site)}
    return SearchState(size, pages, _keys(batches(list(pages), size), pages))


def index_changed(
    site: Path, old_site: Path, previous: SearchState | None, rebuilt: Iterable[str]
) -> tuple[SearchState, int, int]:
    """Index ``site`` (the new site, whole) reusing ``old_site``'s bundles where still right.

    ``rebuilt``: the site files this build made again; every other indexed page
    is as ``previous`` recorded it. Returns the new state, the batches indexed
    and the batches in all.
    """
    size = batch_pages()
    bundle = site / SEARCH_FOLDER
    if previous is None or previous.size != size:
        run_pagefind(site)
        state = state_of(site)
        return state, len(state.keys), len(state.keys)
    fresh = set(rebuilt)
    pages = {
        page: digest
        for page, digest in previous.pages.items()
        if page not in fresh and (site / page).is_file()
    }
    for page in sorted(fresh & set(indexed_pages(site, among=fresh))):
        pages[page] = digest_bytes((site / page).read_bytes())
    groups = batches(list(pages), size)
    if not groups:
        run_pagefind(site)  # the few pages of a site without briefings
        return SearchState(size, {}, []), 1, 1
    keys = _keys(groups, pages)
    shutil.rmtree(bundle, ignore_errors=True)
    binary = pagefind_binary()
    indexed = 0
    for number, group in enumerate(groups):
        if number < len(previous.keys) and previous.keys[number] == keys[number]:
            _keep_bundle(old_site / SEARCH_FOLDER, bundle, number)
        else:
            index_batch(binary, site, bundle, number, group)
            indexed += 1
    write_batch_list(bundle, len(groups))
    return SearchState(size, pages, keys), indexed, len(groups)


def _keep_bundle(old: Path, new: Path, number: int) -> None:
    """Link batch ``number``'s bundle from the old index into the new one."""
    source = bundle_folder(old, number)
    target = bundle_folder(new, number)
    for folder, subfolders, names in os.walk(source):
        here = Path(folder)
        if number == 0 and here == source:
            # The first bundle's folder holds the others' and the list of them.
            subfolders[:] = [name for name in subfolders if name != BATCH_DIR]
            names = [name for name in names if name != MANIFEST]
        for name in names:
            link_file(here / name, target / (here / name).relative_to(source))
