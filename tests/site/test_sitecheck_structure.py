"""generator.sitecheck on split pages: timeline, A-Z indexes and hubs reached by links."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.problems import Problem
from generator.sitecheck import check_built_site
from generator.sitemodel import indexes, timeline
from tests.ci.test_sitecheck import fragment, write_site
from tests.site.helpers import build, fixture_records

# One briefing "a" in hub people/x, a timeline split by year, a people index split by letter.
SITE: dict[str, str | bytes | None] = {
    "index.html": '<a href="briefings/a/">A</a><a href="timeline/">T</a><a href="people/">P</a>',
    "briefings/a/index.html": '<a href="../../people/x/">X</a>',
    "people/index.html": '<a href="index/x/">X</a>',
    "people/index/x/index.html": '<a href="../../x/">X</a>',
    "people/x/index.html": '<a href="page-2/">older</a>',
    "people/x/page-2/index.html": '<a href="../../../briefings/a/">A</a>',
    "timeline/index.html": '<a href="2025/">2025</a>',
    "timeline/2025/index.html": '<a href="03/">March</a>',
    "timeline/2025/03/index.html": '<a href="../../../briefings/a/">A</a>',
    "briefings.json": '{"version": 1, "briefings": [{"id": "a"}]}',
    "pagefind/pagefind-entry.json": "{}",
    "pagefind/batches.json": '{"merge": []}',
    "pagefind/fragment/en_a.pf_fragment": fragment("/briefings/a/"),
}
RECORDS = [{"id": "a", "status": "published"}]


def _check(tmp_path: Path, changes: dict[str, str | bytes | None]) -> list[Problem]:
    root = write_site(tmp_path / "site", {**SITE, **changes})
    return check_built_site(root, RECORDS, production=False)


def test_split_site_passes(tmp_path: Path) -> None:
    """Briefings on a month page and hubs on a letter page, all reached by links, pass."""
    assert _check(tmp_path, {}) == []


def test_briefing_missing_from_the_timeline(tmp_path: Path) -> None:
    """A briefing that no page reached from the timeline's first page lists is reported."""
    problems = _check(tmp_path, {"timeline/2025/index.html": "<p>no months</p>"})
    assert problems == [
        Problem("site/timeline/index.html", 0, "timeline", "briefing 'a' is on no timeline page")
    ]


def test_hub_missing_from_its_index(tmp_path: Path) -> None:
    """A hub that no page reached from its kind's index lists is reported."""
    problems = _check(tmp_path, {"people/index.html": "<p>no letters</p>"})
    assert problems == [
        Problem(
            "site/people/index.html",
            0,
            "index",
            "hub people/x/index.html is on no page of the index",
        )
    ]


def test_hub_page_listing_the_briefing_must_be_reachable(tmp_path: Path) -> None:
    """A hub's later page counts only when a reader gets there from the hub's first page."""
    problems = _check(tmp_path, {"people/x/index.html": "<p>no pages</p>"})
    assert problems == [
        Problem(
            "site/people/x/index.html",
            0,
            "hub",
            "does not link back to briefing 'a', which links to it",
        )
    ]


@pytest.mark.slow
def test_fixture_site_split_everywhere_passes_sitecheck(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fixture site built with every split forced (month pages, letter pages) passes."""
    monkeypatch.setattr(timeline, "TIMELINE_YEAR_SIZE", 1)
    monkeypatch.setattr(indexes, "INDEX_PAGE_SIZE", 1)
    records = fixture_records()
    built = build(records, tmp_path)
    assert (built.site / "timeline" / "2025" / "03" / "index.html").is_file()
    assert (built.site / "people" / "index" / "a" / "index.html").is_file()
    assert check_built_site(built.site, records, production=False) == []
