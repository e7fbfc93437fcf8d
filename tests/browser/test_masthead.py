"""The newsroom's site in chromium at desktop and phone widths: masthead, related, empty, search."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.conftest import serve_folder, shot, wait_for_loaded_results
from tests.site.helpers import ROOT, SAMPLE_ID, Built, build, make_record, person
from tests.site.test_masthead import VALLEY, build_with_config


def test_footer_makes_up_no_masthead(tab: tuple[Any, str], served: tuple[str, Built]) -> None:
    """No masthead: the footer names no publisher, licence or contact; it links the about page."""
    page, width = tab
    page.goto(f"{served[0]}/")
    footer = page.locator(".briefings-masthead__line")
    footer.scroll_into_view_if_needed()
    assert footer.is_visible()
    assert re.sub(r"\s+", " ", footer.inner_text()).strip() == "About Briefings"
    shot(page, f"masthead-home-{width}")
    footer.get_by_role("link", name="About Briefings").click()
    page.wait_for_url(re.compile(r"/about/$"))
    assert page.locator("article h1").inner_text().strip() == "About Briefings"
    assert "Licence" not in page.locator("article").inner_text()
    shot(page, f"masthead-about-{width}")


@pytest.fixture(scope="module")
def valley(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A site whose mkdocs.yml sets the masthead's publisher, contact and licence."""
    config = (ROOT / "mkdocs.yml").read_text("utf-8").replace("  masthead:\n", VALLEY)
    site = build_with_config(tmp_path_factory.mktemp("valley"), config)
    with serve_folder(site) as base:
        yield base


def test_footer_names_the_masthead_once_set(tab: tuple[Any, str], valley: str) -> None:
    """A masthead set in mkdocs.yml shows publisher, licence and contact in the footer."""
    page, width = tab
    page.goto(f"{valley}/")
    footer = page.locator(".briefings-masthead__line")
    footer.scroll_into_view_if_needed()
    text = re.sub(r"\s+", " ", footer.inner_text())
    assert "Published by Valley Press" in text and "CC BY-SA 4.0" in text
    assert "news@valley.example" in text
    assert footer.get_by_role("link", name="CC BY-SA 4.0").get_attribute("rel") == "license"
    shot(page, f"masthead-set-{width}")


def test_header_is_the_newsroom_s_colour_not_indigo(
    tab: tuple[Any, str], served: tuple[str, Built]
) -> None:
    """The header wears the masthead's ink, not Material's indigo, and shows the site's logo."""
    page, _ = tab
    page.goto(f"{served[0]}/")
    colour = page.locator("header.md-header").evaluate("e => getComputedStyle(e).backgroundColor")
    assert colour == "rgb(26, 43, 60)"
    assert page.locator("header .md-logo img").get_attribute("src") == "assets/logo.svg"


def test_related_briefings_say_what_they_share(
    tab: tuple[Any, str], served: tuple[str, Built]
) -> None:
    """A briefing's related briefings each say who or what they are also about."""
    page, width = tab
    page.goto(f"{served[0]}/briefings/{SAMPLE_ID}/")
    related = page.locator(".briefing-related li")
    assert related.count() >= 1
    first = related.first
    first.scroll_into_view_if_needed()
    assert re.search(r"also about \w", first.inner_text())
    shot(page, f"related-{width}")


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A site of 14 briefings that all name one person, and one with nothing in it."""
    records = [
        make_record(f"story-{i:02d}", f"2025-02-{i + 1:02d}", people=[person("Mara Quist")])
        for i in range(14)
    ]
    records.append(
        make_record("bare", "2025-03-01", source={"name": None, "url": None}, key_points=[])
    )
    built = build(records, tmp_path_factory.mktemp("many"))
    with serve_folder(built.site) as base:
        yield base


def test_search_shows_ten_results_before_load_more(tab: tuple[Any, str], many: str) -> None:
    """A search with 14 hits lists 10 of them before the 'Load more results' button."""
    page, width = tab
    page.goto(f"{many}/search/?q=Summary")
    page.locator(".pagefind-ui__result").first.wait_for()
    wait_for_loaded_results(page)
    assert page.locator(".pagefind-ui__result").count() == 10
    assert page.locator(".pagefind-ui__button").is_visible()
    shot(page, f"search-{width}")


def test_empty_sections_say_so(tab: tuple[Any, str], many: str) -> None:
    """A briefing with no source, people, quotes or kin says so in each section."""
    page, width = tab
    page.goto(f"{many}/briefings/bare/")
    article = page.locator("article").inner_text()
    for note in ("No source given", "No people named", "No direct quotes", "No other briefing"):
        assert note in article, note
    shot(page, f"empty-sections-{width}")
