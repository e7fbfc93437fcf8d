"""The search index by the piece: Pagefind runs only for the batches whose pages changed.

A batch's bundle (generator.search_index) depends only on its number and what
Pagefind reads of its pages, and the batches are a function of the set of indexed pages
alone (``search_index.batches``). So the state of a build records each indexed
page's digest and a key per batch (its number, pages and their digests); the
next build indexes again only the batches whose key changed (a page changed
only inside markup Pagefind ignores keeps its digest, see search_text), and links the
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

import lxml.html

from generator.incremental import SEARCH_FOLDER, digest_bytes
from generator.kept_site import link_tree
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
    folder = f"{site}{os.sep}"  # 10,000 pages: a Path each costs more than the stat
    pages = {
        page: digest
        for page, digest in previous.pages.items()
        if page not in fresh and os.path.isfile(folder + page)
    }
    for page in sorted(fresh & set(indexed_pages(site, among=fresh))):
        data = (site / page).read_bytes()
        digest, before = digest_bytes(data), previous.pages.get(page)
        # A page whose bytes changed only where Pagefind reads nothing (a related
        # briefing's new headline) keeps its key: its batch's bundle is the same.
        same = before is not None and before != digest and same_search_text(old_site / page, data)
        pages[page] = before if same and before is not None else digest
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
    paths = []
    for folder, subfolders, names in os.walk(source):
        here = os.path.relpath(folder, source).replace(os.sep, "/")
        prefix = "" if here == "." else here + "/"
        if number == 0 and not prefix:
            # The first bundle's folder holds the others' and the list of them.
            subfolders[:] = [name for name in subfolders if name != BATCH_DIR]
            names = [name for name in names if name != MANIFEST]
        paths += [prefix + name for name in names]
    link_tree(source, bundle_folder(new, number), paths)


#: Markup Pagefind reads even inside an ignored element: filters, metadata, sort keys.
_PAGEFIND_ATTRIBUTE = './/*[@*[starts-with(name(), "data-pagefind")]]'


def search_text(html: bytes) -> bytes | None:
    """The page with every element Pagefind leaves out of the index removed; None if unparsable.

    Conservative: an ignored element that holds any ``data-pagefind-*`` markup is
    kept whole, and of a removed one the tag, id and text of every element with
    an id stay (Pagefind may use those as anchors). Two pages with equal results
    are indexed alike; unequal results prove nothing and mean "index again".
    """
    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for element in root.xpath("//*[@data-pagefind-ignore]"):
        parent = element.getparent()
        if parent is None or element.xpath(_PAGEFIND_ATTRIBUTE):
            continue
        anchors = [(e.tag, e.get("id"), e.text_content()) for e in element.iter() if e.get("id")]
        kept = lxml.html.Element("ignored")
        kept.text = repr(anchors)
        kept.tail = element.tail
        parent.replace(element, kept)
    result: bytes = lxml.html.tostring(root, encoding="utf-8")
    return result


def same_search_text(old_page: Path, new_html: bytes) -> bool:
    """True if Pagefind reads the same of the old site's ``old_page`` as of ``new_html``."""
    try:
        old_html = old_page.read_bytes()
    except OSError:
        return False
    old_text = search_text(old_html)
    return old_text is not None and old_text == search_text(new_html)
