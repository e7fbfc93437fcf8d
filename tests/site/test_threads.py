"""Story threads: which briefings form one story, its name, what each adds, and the cost."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from generator import sitemodel
from generator.sitemodel import stories, threads
from tests.site.helpers import make_record, named, person, place, render

#: An invented developing story: a dam on the (invented) Velmora river.
DAM_TEXT = (
    "Engineers on the Velmora dam project reported new cracks in the spillway wall, and the "
    "water ministry ordered inspections of the reservoir, the turbines and the spillway."
)


def dam(record_id: str, date: str, extra: str = "", **fields: Any) -> dict[str, Any]:
    """A briefing of the dam story: Ana Petrova, the Velmora Water Authority, Velmora."""
    values: dict[str, Any] = {
        "people": [person("Ana Petrova", "Water Minister")],
        "organizations": [named("Velmora Water Authority")],
        "places": [place("Velmora", "city", "PT")],
        "summary": f"{DAM_TEXT} {extra}",
        "key_points": [DAM_TEXT, extra or "The inspections continue."],
        "body": f"{DAM_TEXT}\n\n{extra}\n",
    }
    values.update(fields)
    return make_record(record_id, date, **values)


def other(record_id: str, date: str, **fields: Any) -> dict[str, Any]:
    """A briefing of another story that shares only a country with the dam."""
    text = "A football club won the national cup after a penalty shoot-out in the final."
    values: dict[str, Any] = {
        "people": [person("Rui Lobo", "Coach")],
        "places": [place("Portugal", "country", "PT")],
        "summary": text,
        "key_points": [text],
        "body": text + "\n",
    }
    values.update(fields)
    return make_record(record_id, date, **values)


def desk() -> list[dict[str, Any]]:
    """Three dam briefings a few days apart, one much later, and unrelated news."""
    return [
        dam("dam-cracks-found", "2025-03-01"),
        dam("dam-inspections-begin", "2025-03-04", "Divers from the Harbour Guild joined them."),
        dam("dam-reservoir-lowered", "2025-03-09", "The reservoir was lowered by two metres."),
        dam("dam-a-year-on", "2026-03-01", "A year on, the spillway was rebuilt."),
        other("cup-final-won", "2025-03-05"),
        other("cup-parade", "2025-03-06"),
    ]


def _ids(found: list[stories.Thread]) -> list[list[str]]:
    return [[e.record["id"] for e in thread.entries] for thread in found]


def test_briefings_of_one_story_close_in_time_form_one_thread() -> None:
    """Shared people, organizations and places, similar text and close dates make a thread."""
    found = stories.build_threads(desk())
    assert _ids(found) == [
        ["dam-cracks-found", "dam-inspections-begin", "dam-reservoir-lowered"],
        ["cup-final-won", "cup-parade"],
    ]


def test_a_story_a_year_later_starts_again() -> None:
    """A briefing months after a thread's last one does not join it (the time window)."""
    found = stories.build_threads(desk())
    assert not any("dam-a-year-on" in ids for ids in _ids(found))


def test_sharing_only_a_country_and_words_is_not_a_story() -> None:
    """A briefing sharing a country with the dam story stays out of its thread."""
    records = [*desk()[:3], other("cup-final-won", "2025-03-05", body=DAM_TEXT + "\n")]
    found = stories.build_threads(records)
    assert _ids(found) == [["dam-cracks-found", "dam-inspections-begin", "dam-reservoir-lowered"]]


def test_thread_slug_name_and_what_is_new() -> None:
    """Slug: the first briefing's id; name: the shared names; each entry says what it adds."""
    thread = next(t for t in stories.build_threads(desk()) if t.slug.startswith("dam"))
    assert thread.slug == "dam-cracks-found"
    assert thread.path == "threads/dam-cracks-found.md"
    assert thread.name == "Ana Petrova, Velmora Water Authority and Velmora"
    first, second, third = thread.entries
    assert first.key_point == DAM_TEXT
    assert first.new_names == ()
    # The dam point was made by the first briefing: the second's own point is shown.
    assert second.key_point == "Divers from the Harbour Guild joined them."
    assert third.key_point == "The reservoir was lowered by two metres."


def test_new_names_are_those_no_earlier_briefing_named() -> None:
    """An entity first named in a later briefing is listed as new there, and only there."""
    records = desk()[:3]
    records[1]["organizations"].append(named("Harbour Guild"))
    records[2]["organizations"].append(named("Harbour Guild"))
    thread = stories.build_threads(records)[0]
    assert [e.new_names for e in thread.entries] == [(), ("Harbour Guild",), ()]


def test_repeated_points_are_not_shown_as_new() -> None:
    """A briefing that only repeats earlier points shows no key point of its own."""
    repeat = dam("dam-repeat", "2025-03-05", "Divers from the Harbour Guild joined.")
    records = [*desk()[:2], repeat]
    thread = stories.build_threads(records)[0]
    assert thread.entries[-1].key_point == ""


def test_story_box_links_previous_and_next() -> None:
    """Each briefing of a thread knows its place and the briefings either side."""
    model = sitemodel.build_site_model(desk(), production=False)
    boxes = {page.record["id"]: page.story for page in model.briefings}
    middle = boxes["dam-inspections-begin"]
    assert middle is not None
    assert (middle.number, middle.count, middle.path) == (2, 3, "threads/dam-cracks-found.md")
    assert middle.previous is not None and middle.previous["id"] == "dam-cracks-found"
    assert middle.next is not None and middle.next["id"] == "dam-reservoir-lowered"
    last = boxes["dam-reservoir-lowered"]
    assert last is not None and last.next is None
    assert boxes["dam-a-year-on"] is None


def test_threads_index_pages_latest_story_first() -> None:
    """The index lists threads whose news is newest first, split into pages past a size."""
    found = stories.build_threads(desk())
    assert [t.slug for t in found] == ["dam-cracks-found", "cup-final-won"]
    pages = stories.thread_index_pages(found, size=1)
    assert [p.path for p in pages] == ["threads/index.md", "threads/index/page-2.md"]
    assert pages[0].older is not None and pages[0].older.path == "threads/index/page-2.md"
    assert stories.thread_index_pages([])[0].total == 0


def test_production_threads_leave_drafts_out() -> None:
    """A draft is in no thread of the production site, and its neighbours close ranks."""
    records = desk()
    records[1]["status"] = "draft"
    model = sitemodel.build_site_model(records, production=True)
    assert _ids(model.threads)[0] == ["dam-cracks-found", "dam-reservoir-lowered"]


def test_same_records_in_any_order_give_the_same_threads() -> None:
    """Threads, names and entries do not depend on the order records are read in."""
    records = desk() + [
        dam(f"dam-more-{n}", f"2025-03-1{n}", f"Day {n} of checks.") for n in range(5)
    ]
    expected = stories.build_threads(records)
    for seed in range(5):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)
        assert stories.build_threads(shuffled) == expected


def test_the_work_per_briefing_is_bounded() -> None:
    """The work per briefing is bounded at any size: no comparison of every pair."""
    # Each briefing reads at most POSTING_CAP briefings per entity and scores at most
    # THREAD_CANDIDATES threads.

    def one_day(size: int) -> threads.ThreadCounts:
        # The worst case: every briefing on one day names the same person.
        records = [
            make_record(
                f"b{n:05d}",
                "2025-01-01",
                people=[person("Ana Petrova"), person(f"Witness {n}")],
                summary=f"Statement number {n}.",
                body=f"Statement number {n}.\n",
            )
            for n in range(size)
        ]
        counts = threads.ThreadCounts()
        threads.group_threads(records, counts)
        return counts

    small, large = one_day(500), one_day(2000)
    for size, counts in ((500, small), (2000, large)):
        assert counts.candidates <= size * 2 * threads.POSTING_CAP
        assert counts.scored <= size * threads.THREAD_CANDIDATES
    # Four times the briefings, four times the work (all pairs would be sixteen).
    assert large.candidates <= 4.2 * small.candidates


def test_thread_pages_render_in_order_with_what_is_new(tmp_path: Path) -> None:
    """The thread page tells the story oldest first; the index and each briefing link to it."""
    records = desk()
    records[1]["organizations"].append(named("Harbour Guild"))
    render(records, tmp_path)
    page = (tmp_path / "threads" / "dam-cracks-found.md").read_text("utf-8")
    assert page.index("Title of dam-cracks-found") < page.index("Title of dam-inspections-begin")
    assert "Where the story starts." in page
    assert "New in this briefing: Harbour Guild" in page
    assert "[All stories](index.md)" in page
    index = (tmp_path / "threads" / "index.md").read_text("utf-8")
    assert "[Ana Petrova, Velmora Water Authority and Velmora](dam-cracks-found.md)" in index
    briefing = (tmp_path / "briefings" / "dam-inspections-begin.md").read_text("utf-8")
    assert "## This story so far" in briefing
    assert "Briefing 2 of 3 in the story" in briefing
    assert "- Previous: [Title of dam-cracks-found](dam-cracks-found.md)" in briefing
    assert "- Next: [Title of dam-reservoir-lowered](dam-reservoir-lowered.md)" in briefing
    assert "This story so far" not in (tmp_path / "briefings" / "dam-a-year-on.md").read_text()
    feed = (tmp_path / "threads" / "dam-cracks-found" / "feed.xml").read_text("utf-8")
    assert "[Atom feed of this story](dam-cracks-found/feed.xml)" in page
    assert feed.index("Title of dam-reservoir-lowered") < feed.index("Title of dam-cracks-found")


def test_a_desk_without_threads_says_so(tmp_path: Path) -> None:
    """With no story of two briefings, the index of stories says there are none yet."""
    render(desk()[3:5], tmp_path)
    assert "No stories yet" in (tmp_path / "threads" / "index.md").read_text("utf-8")
    assert sorted(p.name for p in (tmp_path / "threads").iterdir()) == ["index.md"]


def test_a_thread_of_thousands_is_grouped() -> None:
    """Pins chaining 3,000 briefings into one story make one thread (no recursion limit)."""
    records = [dam(f"dam-{n:05d}", "2025-03-01") for n in range(3000)]
    for at in range(2999):  # each pinned to the next: unions in the costliest order
        records[at]["thread"] = records[at + 1]["id"]
    (thread,) = threads.group_threads(records)
    assert len(thread) == 3000 and thread[0]["id"] == "dam-00000"
