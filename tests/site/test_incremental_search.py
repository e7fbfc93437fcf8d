"""The search index by the piece: which page changes leave a batch's bundle as it is."""

from __future__ import annotations

from pathlib import Path

from generator.incremental_search import same_search_text

_PAGE = """<!doctype html><html><head><title>Story</title></head><body>
<div data-pagefind-body><h1 id="story">Story</h1><p>{text}</p>
<div class="briefing-related" data-pagefind-ignore="index"><h2>{heading}</h2>
<ul><li><a href="../x/">{related}</a></li></ul></div>
<div hidden data-pagefind-ignore="index"><span data-pagefind-filter="year">{year}</span></div>
</div></body></html>"""


def _page(
    text: str = "Harbour strike ends.",
    related: str = "Rail talks resume",
    year: str = "2025",
    heading: str = "Related briefings",
) -> bytes:
    return _PAGE.format(text=text, related=related, year=year, heading=heading).encode()


def _same(tmp_path: Path, old: bytes, new: bytes) -> bool:
    page = tmp_path / "index.html"
    page.write_bytes(old)
    return same_search_text(page, new)


def test_a_change_inside_ignored_markup_keeps_the_bundle(tmp_path: Path) -> None:
    """A related briefing's new headline is not read by Pagefind: the page indexes alike."""
    assert _same(tmp_path, _page(), _page(related="Rail talks collapse"))


def test_a_change_of_indexed_text_indexes_again(tmp_path: Path) -> None:
    """The briefing's own text changed: the batch is indexed again."""
    assert not _same(tmp_path, _page(), _page(text="Harbour strike goes on."))


def test_a_filter_inside_ignored_markup_indexes_again(tmp_path: Path) -> None:
    """Pagefind reads filters even inside an ignored element: such an element is kept whole."""
    assert not _same(tmp_path, _page(), _page(year="2026"))


def test_an_anchor_inside_ignored_markup_indexes_again(tmp_path: Path) -> None:
    """An element with an id inside a removed element keeps its text (it may be an anchor)."""
    old = _page().replace(b"<h2>", b'<h2 id="related">')
    new = _page(heading="See also").replace(b"<h2>", b'<h2 id="related">')
    assert not _same(tmp_path, old, new)


def test_a_missing_old_page_indexes_again(tmp_path: Path) -> None:
    """Without the old page nothing is proven: the batch is indexed again."""
    assert not same_search_text(tmp_path / "gone.html", _page())
