"""Story threads in chromium at desktop and phone widths: the "This story so far" box, the
thread told in order, and the Stories index reached from the site's navigation."""

from __future__ import annotations

import re
from typing import Any

from tests.browser.conftest import shot
from tests.site.helpers import SAMPLE_ID, Built

#: The fixture records' story: the sample briefing starts it, two more follow.
THREAD = f"/threads/{SAMPLE_ID}/"
NEXT_ID = "iraq-arrests-syrians-after-attacks-on-workers"


def _fits(page: Any) -> bool:
    """Nothing on the page is wider than the window (no sideways scrolling on a phone)."""
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def test_story_box_walks_the_thread(tab: tuple[Any, str], served: tuple[str, Built]) -> None:
    """A briefing's box names its story and place in it; Next and Previous walk the thread."""
    page, width = tab
    page.goto(f"{served[0]}/briefings/{SAMPLE_ID}/")
    box = page.locator(".briefing-story")
    box.scroll_into_view_if_needed()
    assert box.is_visible()
    text = re.sub(r"\s+", " ", box.inner_text())
    assert "This story so far" in text and "Briefing 1 of 3 in the story" in text
    assert "Previous" not in text
    shot(page, f"thread-box-first-{width}", box)
    box.get_by_role("link", name=re.compile("Iraq arrests Syrians")).click()
    page.wait_for_url(re.compile(f"/briefings/{NEXT_ID}/$"))
    box = page.locator(".briefing-story")
    box.scroll_into_view_if_needed()
    assert "Briefing 2 of 3" in box.inner_text()
    shot(page, f"thread-box-middle-{width}", box)
    box.get_by_role("link", name=re.compile("interim foreign minister")).click()
    page.wait_for_url(re.compile(f"/briefings/{SAMPLE_ID}/$"))
    assert _fits(page)


def test_thread_page_tells_the_story_in_order(
    tab: tuple[Any, str], served: tuple[str, Built]
) -> None:
    """The thread page lists its briefings oldest first, each dated, with what it adds."""
    page, width = tab
    page.goto(f"{served[0]}{THREAD}")
    steps = page.locator(".thread-step")
    assert steps.count() == 3
    dates = [steps.nth(n).locator(".thread-step__date").inner_text() for n in range(3)]
    assert [d.split(". ", 1)[0] for d in dates] == ["1", "2", "3"]
    assert "Where the story starts." in steps.nth(0).inner_text()
    for n in (1, 2):
        assert re.search(r"New in this briefing: \w|No new names", steps.nth(n).inner_text())
    assert _fits(page)
    shot(page, f"thread-page-{width}")
    steps.nth(1).get_by_role("link").first.click()
    page.wait_for_url(re.compile(r"/briefings/[a-z0-9-]+/$"))
    assert page.locator(".briefing-story").is_visible()


def test_stories_index_is_in_the_navigation(
    tab: tuple[Any, str], served: tuple[str, Built]
) -> None:
    """A reader finds Stories in the header tabs (desktop) or the menu (phone)."""
    page, width = tab
    page.goto(f"{served[0]}/")
    if width == "desktop":
        page.locator(".md-tabs").get_by_role("link", name="Stories").click()
    else:
        page.locator("label.md-header__button[for='__drawer']").click()
        page.locator(".md-nav--primary").get_by_role("link", name="Stories").click()
    page.wait_for_url(re.compile(r"/threads/$"))
    stories = page.locator("article li a")
    assert stories.count() == 1
    assert stories.first.get_attribute("href") == f"{SAMPLE_ID}/"
    assert _fits(page)
    shot(page, f"threads-index-{width}")
