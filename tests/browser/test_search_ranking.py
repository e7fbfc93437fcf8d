"""Search ranks a briefing that names an entity above one that only uses the word,
also when the two are indexed in different Pagefind bundles and merged by the page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.conftest import reindex_in_batches, serve_folder, wait_for_loaded_results
from tests.site.helpers import build, make_record, named, person

NAME = "Abu Musab al-Zarqawi"


def _records() -> list[dict[str, Any]]:
    mentions = " ".join(["Officials again mentioned Zarqawi and the Maliki network."] * 4)
    return [
        # Newer, and the word three times more often, but only in the text.
        make_record(
            "word-in-the-text",
            "2025-05-01",
            title="Border talks resume",
            body=f"{mentions}\n\nTalks on the border resumed.\n",
        ),
        make_record(
            "entity-named",
            "2025-01-01",
            title="Profile of a militant leader",
            people=[person(NAME, "militant leader", "Zarqawi")],
            organizations=[named("Maliki Network", "Maliki")],
            body="A profile.\n\nHe was named once here: Zarqawi.\n",
        ),
    ]


@pytest.fixture(scope="module", params=["one bundle", "one bundle each"])
def ranking_site(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The two records built locally (indexed together, or each in its own bundle), served."""
    built = build(_records(), tmp_path_factory.mktemp("ranking"))
    if request.param == "one bundle each":
        reindex_in_batches(built.site, 1)
    with serve_folder(built.site) as base:
        yield base


@pytest.mark.parametrize("query", ["Zarqawi", "Maliki"])
def test_entity_names_rank_above_words_of_the_text(
    browser: Any, ranking_site: str, query: str
) -> None:
    """The briefing naming the person (or organization) comes first, the other after it."""
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        page.goto(f"{ranking_site}/search/?q={query}")
        page.locator(".pagefind-ui__result").nth(1).wait_for(timeout=10_000)
        wait_for_loaded_results(page)
        titles = [t.strip() for t in page.locator(".pagefind-ui__result-title").all_inner_texts()]
    finally:
        page.close()
    assert titles == ["Profile of a militant leader", "Border talks resume"], titles
    assert errors == []
