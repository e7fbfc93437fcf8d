"""A reader's visit in chromium: search, hubs, feeds, hostile text, screenshots."""

from __future__ import annotations

import contextlib
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

import pytest

from tests.browser.conftest import (
    ARTIFACTS,
    Reader,
    playwright_api,
    serve_folder,
    wait_for_loaded_results,
)
from tests.site.helpers import HOSTILE_ID, SAMPLE_ID, Built

SAMPLE_TITLE = "Syria's interim foreign minister visits Baghdad"
# Elements a record could inject; Material's own inline scripts live outside
# the article and are counted separately against a benign page.
INJECTED = "script, iframe, object, embed, img, [onerror], [onload], [onmouseover], [onclick]"
HANDLERS = "[onerror], [onload], [onmouseover], [onclick], [onfocus], iframe, object, embed"


def _scripts(reader: Reader) -> int:
    return int(reader.page.locator("script").count())


RESULT = ".pagefind-ui__result"


def _search(reader: Reader, query: str) -> None:
    """Search as a reader does: the header's search box, Enter, then the search page."""
    field = reader.page.locator("header input[name=q]")
    field.fill(query)
    field.press("Enter")
    reader.page.wait_for_url(re.compile(r"/search/\?q="))
    reader.page.locator(RESULT).first.wait_for()
    reader.page.wait_for_load_state("networkidle")


def _result_titles(reader: Reader) -> list[str]:
    wait_for_loaded_results(reader.page)
    titles = reader.page.locator(f"{RESULT} .pagefind-ui__result-title").all_inner_texts()
    return [t.strip() for t in titles]


def _filter_names(reader: Reader, expected: int, query: str) -> list[str]:
    """The filter panel's group names once ``expected`` are shown, after one more search if needed.

    Pagefind renders the groups as their data arrives, after the results. On a busy machine the
    first search can finish while only some filter chunks have loaded; Pagefind UI then shows
    those groups alone until the next search, as a reader sees on a slow link. The test searches
    once more, as that reader would, before it reports the groups.
    """
    names = ".pagefind-ui__filter-name"
    shown = f"document.querySelectorAll('{names}').length >= {expected}"
    # On a timeout the caller's assertion shows which groups are missing.
    with contextlib.suppress(playwright_api.TimeoutError):
        reader.page.wait_for_function(shown, timeout=15_000)
    if reader.page.locator(names).count() < expected:
        box = reader.page.locator(".pagefind-ui__search-input")
        box.fill("")
        box.fill(query)
        with contextlib.suppress(playwright_api.TimeoutError):
            reader.page.wait_for_function(shown, timeout=30_000)
    return [n.strip() for n in reader.page.locator(names).all_inner_texts()]


def _results_message(reader: Reader) -> str:
    return str(reader.page.locator(".pagefind-ui__message").inner_text())


def test_search_daesh_lists_the_briefing_and_opens_it(searcher: Reader) -> None:
    """Searching the alias 'Daesh' lists the sample briefing; clicking it opens the page."""
    searcher.open("/")
    _search(searcher, "Daesh")
    titles = _result_titles(searcher)
    assert any(SAMPLE_TITLE in t for t in titles), titles
    searcher.page.locator(RESULT, has_text=SAMPLE_TITLE).first.locator("a").first.click()
    searcher.page.wait_for_url(re.compile(f"/briefings/{SAMPLE_ID}/"))
    assert SAMPLE_TITLE in searcher.page.locator("article h1").inner_text()


@pytest.mark.parametrize(
    "query", ["Shaibani", "Sudani", "Baghdad", "Islamic State", "Alawites", "borderless"]
)
def test_search_finds_the_briefing_by_entity_alias_place_or_word(
    searcher: Reader, query: str
) -> None:
    """A person's alias, a place, an organization, a group or a body word finds the briefing."""
    searcher.open("/")
    _search(searcher, query)
    titles = _result_titles(searcher)
    assert any(SAMPLE_TITLE in t for t in titles), (query, titles)


def test_search_is_in_every_header_and_searches_as_you_type(searcher: Reader) -> None:
    """Every header's box leads to results; the search page's own box updates them while typing."""
    for path in (f"/briefings/{SAMPLE_ID}/", "/countries/iq/", "/search/"):
        searcher.open(path)
        _search(searcher, "Sudani")
        assert any(SAMPLE_TITLE in t for t in _result_titles(searcher)), path
    box = searcher.page.locator(".pagefind-ui__search-input")
    box.fill("")
    box.press_sequentially("Alawite", delay=20)
    searcher.page.wait_for_function(
        "document.querySelector('.pagefind-ui__message')?.textContent.includes('Alawite')"
    )
    assert any(SAMPLE_TITLE in t for t in _result_titles(searcher))


def test_search_filters_by_country_topic_and_year(searcher: Reader) -> None:
    """The filter panel offers country, topic and year; choosing a country narrows results."""
    searcher.open("/")
    _search(searcher, "Iraq")
    before = _result_titles(searcher)
    assert len(before) >= 3 and "3 results" in _results_message(searcher), before
    assert _filter_names(searcher, 3, "Iraq") == ["Country", "Topic", "Year"]
    searcher.page.locator(".pagefind-ui__filter-name", has_text="Country").click()
    searcher.page.locator(".pagefind-ui__filter-label", has_text=re.compile(r"^Iran\b")).click()
    searcher.page.wait_for_function(
        "document.querySelector('.pagefind-ui__message')?.textContent.startsWith('2 results')"
    )
    after = _result_titles(searcher)
    assert any(SAMPLE_TITLE in t for t in after), after
    assert not any("Iraq arrests Syrians" in t for t in after), after
    searcher.page.locator(".pagefind-ui__filter-name", has_text="Year").click()
    assert searcher.page.locator(".pagefind-ui__filter-label", has_text="2025").count() == 1


def test_search_marks_a_draft_in_a_local_build(searcher: Reader) -> None:
    """The draft is found locally and its result says it is a draft."""
    searcher.open("/")
    _search(searcher, "Tehran")
    titles = _result_titles(searcher)
    assert "Draft: Fuad Hussein meets Iranian counterpart in Tehran" in titles, titles


def test_clicking_a_person_opens_their_hub(reader: Reader) -> None:
    """From the briefing, the person's link opens a hub that lists the briefing back."""
    reader.open(f"/briefings/{SAMPLE_ID}/")
    reader.page.get_by_role("link", name="Asaad al-Shaibani", exact=True).first.click()
    reader.page.wait_for_url(re.compile("/people/asaad-al-shaibani/$"))
    assert reader.page.locator("article h1").inner_text() == "Asaad al-Shaibani"
    assert reader.page.get_by_role("link", name=re.compile(SAMPLE_TITLE)).count() >= 1
    assert reader.page.locator("svg.hub-chart title").count() == 1


def test_feed_links_resolve_to_atom(reader: Reader) -> None:
    """The home page's feed link and a hub's feed link serve Atom that parses."""
    feeds = (("/", "Atom feed of all briefings"), ("/countries/iq/", "Atom feed for Iraq"))
    for path, name in feeds:
        reader.open(path)
        href = reader.page.get_by_role("link", name=name).get_attribute("href")
        assert href
        response = reader.page.request.get(urljoin(reader.page.url, href))
        assert response.status == 200
        root = ET.fromstring(response.body())
        assert root.tag == "{http://www.w3.org/2005/Atom}feed"


def test_hostile_record_runs_nothing(reader: Reader) -> None:
    """The hostile briefing opens with no dialog, no injected element and its text visible."""
    reader.open(f"/briefings/{SAMPLE_ID}/")
    benign_scripts = _scripts(reader)
    reader.open(f"/briefings/{HOSTILE_ID}/")
    page = reader.page
    page.locator("article").hover()
    assert page.evaluate("window.__xss") is None
    assert page.locator(f"article :is({INJECTED})").count() == 0
    assert page.locator(HANDLERS).count() == 0
    assert _scripts(reader) == benign_scripts
    assert "<script>window.__xss=1;alert('body')</script>" in page.locator("article").inner_text()
    assert "‹script›" in page.title()


def test_hostile_text_in_search_results_stays_text(searcher: Reader) -> None:
    """Searching for the hostile record shows its text in results without running it."""
    searcher.open("/")
    _search(searcher, "Mallory")
    wait_for_loaded_results(searcher.page)
    results = searcher.page.locator(".pagefind-ui__results")
    assert "Mallory <script>alert('person')</script>" in results.inner_text()
    assert searcher.page.locator(f".pagefind-ui :is({INJECTED})").count() == 0
    assert searcher.page.evaluate("window.__xss") is None


def test_hubs_and_timeline_render_hostile_names_as_text(reader: Reader) -> None:
    """Hub, A-Z and timeline pages show hostile names as text and run nothing."""
    for path in (
        "/people/",
        "/people/mallory-script-alert-person-script/",
        "/timeline/",
        "/timeline/2025/",  # the year page lists the briefings' titles
        "/groups/",
        "/organizations/evil-co-svg-onload-alert-1/",
    ):
        reader.open(path)
        assert reader.page.locator(f"article :is({INJECTED})").count() == 0, path
        assert reader.page.locator(HANDLERS).count() == 0, path
        assert reader.page.evaluate("window.__xss") is None, path


def test_screenshots_of_home_and_briefing(reader: Reader) -> None:
    """Full-page screenshots of home, a briefing and a hub are saved as test artifacts."""
    ARTIFACTS.mkdir(exist_ok=True)
    for name, path in (
        ("home", "/"),
        ("briefing", f"/briefings/{SAMPLE_ID}/"),
        ("hub", "/countries/iq/"),
        ("search", "/search/?q=Iraq"),
    ):
        reader.open(path)
        reader.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        assert (ARTIFACTS / f"{name}.png").stat().st_size > 10_000


@pytest.fixture(scope="module")
def served_without_list(
    served: tuple[str, Built], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Built]]:
    """The site as an older build left it: one bundle and no pagefind/batches.json."""
    built = served[1]
    site = tmp_path_factory.mktemp("unlisted") / "site"
    shutil.copytree(built.site, site)
    (site / "pagefind" / "batches.json").unlink()
    with serve_folder(site) as base:
        yield base, Built(built.docs, site, built.records)


def test_search_without_a_batch_list_still_searches_the_first_bundle(
    browser: Any, served_without_list: tuple[str, Built]
) -> None:
    """A missing pagefind/batches.json costs a warning, not the search page."""
    base = served_without_list[0]
    page = browser.new_page()
    errors: list[str] = []
    warnings: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: warnings.append(m.text) if m.type == "warning" else None)
    try:
        page.goto(f"{base}/search/?q=Daesh")
        page.locator(f"{RESULT} .pagefind-ui__result-title", has_text=SAMPLE_TITLE).wait_for()
    finally:
        page.close()
    assert errors == []
    assert any("batches.json" in w for w in warnings), warnings
