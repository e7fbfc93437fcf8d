"""Pages and work that must not grow with the number of briefings (issue 7).

The timeline is split by year (and a big year by month), a big A-Z index by
letter, a person's quote ledger is capped, and related briefings are not
counted through huge hubs; every briefing stays linked from somewhere a reader
reaches.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import docswriter, record
from generator.sitemodel import hubs, indexes, refs, related, timeline
from tests.site.helpers import make_record, named, person
from tests.site.helpers import render as render_records


def _months(*dates: str) -> list[tuple[str, list[record.Record]]]:
    records = [make_record(f"r{i}", date) for i, date in enumerate(dates)]
    return timeline.by_month(records)


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file's bytes but the stat cache's, which holds the files' times by design."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and p.name != docswriter.STATS
    }


def _ids(year: timeline.TimelineYear) -> list[str]:
    return [r["id"] for m in year.months for r in m.records]


# --- timeline ---------------------------------------------------------------------------


def test_timeline_has_a_page_per_year_newest_first() -> None:
    """Each year is a page of its own, newest first, holding that year's briefings only."""
    years = timeline.timeline_years(_months("2025-03-01", "2024-12-31", "2025-01-02", "2023-06-06"))
    assert [(y.year, y.path, _ids(y)) for y in years] == [
        ("2025", "timeline/2025.md", ["r0", "r2"]),
        ("2024", "timeline/2024.md", ["r1"]),
        ("2023", "timeline/2023.md", ["r3"]),
    ]


def test_timeline_years_link_newer_and_older() -> None:
    """Year pages chain to their neighbours; the newest has no newer, the oldest no older."""
    years = timeline.timeline_years(_months("2025-03-01", "2024-12-31", "2023-06-06"))
    assert [(y.newer, y.older) for y in years] == [
        (None, refs.Ref("2024", "timeline/2024.md")),
        (refs.Ref("2025", "timeline/2025.md"), refs.Ref("2023", "timeline/2023.md")),
        (refs.Ref("2024", "timeline/2024.md"), None),
    ]


def test_small_year_lists_its_months_under_headings() -> None:
    """A year within the size limit lists its months itself, each under a heading anchor."""
    (year,) = timeline.timeline_years(_months("2025-03-01", "2025-01-02"), year_size=2)
    assert not year.split
    assert [m.ref for m in year.months] == [
        refs.Ref("March 2025", "timeline/2025.md", "march-2025"),
        refs.Ref("January 2025", "timeline/2025.md", "january-2025"),
    ]


def test_big_year_gets_a_page_per_month_chained_across_years() -> None:
    """A year over the size limit links a page per month; months chain across years."""
    dates = ("2025-03-01", "2025-03-02", "2025-01-02", "2024-12-31")
    big, small = timeline.timeline_years(_months(*dates), year_size=2)
    assert big.split and not small.split
    assert [m.path for m in big.months] == ["timeline/2025/03.md", "timeline/2025/01.md"]
    january = big.months[1]
    assert january.newer == refs.Ref("March 2025", "timeline/2025/03.md")
    assert january.older == refs.Ref("December 2024", "timeline/2024.md", "december-2024")
    assert [ref.label for ref in january.nav] == [
        "Newer: March 2025",
        "Older: December 2024",
        "All of 2025",
        "All years",
    ]


def test_timeline_keeps_every_briefing_once() -> None:
    """However the timeline is split, each briefing is listed on exactly one of its pages."""
    dates = [f"20{20 + i % 6}-{i % 12 + 1:02d}-{i % 28 + 1:02d}" for i in range(90)]
    for size in (1, 10, 1000):
        years = timeline.timeline_years(_months(*dates), year_size=size)
        listed = [i for y in years for i in _ids(y)]
        assert sorted(listed) == sorted(f"r{i}" for i in range(90))


def test_rendered_timeline_links_years_and_months(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The timeline's first page links each year and month; a big year's months get pages."""
    monkeypatch.setattr(timeline, "TIMELINE_YEAR_SIZE", 1)
    records = [
        make_record("a", "2025-03-01"),
        make_record("b", "2025-01-02"),
        make_record("c", "2024-12-31"),
    ]
    render_records(records, tmp_path)
    first = (tmp_path / "timeline.md").read_text("utf-8")
    assert "[All 2 briefings of 2025](timeline/2025.md)" in first
    assert "[March](timeline/2025/03.md) (1)" in first
    assert "[December](timeline/2024.md#december-2024) (1)" in first
    assert "briefings/a.md" not in first  # briefings are on the year and month pages
    year = (tmp_path / "timeline" / "2025.md").read_text("utf-8")
    assert "- [March 2025](2025/03.md): 1 briefing" in year
    month = (tmp_path / "timeline" / "2025" / "01.md").read_text("utf-8")
    assert "[Title of b](../../briefings/b.md)" in month
    assert "[Older: December 2024](../2024.md#december-2024)" in month
    assert "briefings/c.md" in (tmp_path / "timeline" / "2024.md").read_text("utf-8")


# --- A-Z indexes -------------------------------------------------------------------------


def _hubs(*names: str) -> list[hubs.Hub]:
    record = make_record("a", "2025-01-01", organizations=[named(n) for n in names])
    return hubs.build_hubs([record])["organizations"]


def test_small_index_is_one_page_with_anchors() -> None:
    """A kind with at most the page size of hubs is one A-Z page whose letters are anchors."""
    (page,) = indexes.hub_index_pages("organizations", _hubs("Alpha", "Beta", "Bravo"), size=3)
    assert page.path == "organizations/index.md" and not page.split
    assert [(e.letter, e.count, e.ref.anchor) for e in page.letters] == [
        ("A", 1, "a"),
        ("B", 2, "b"),
    ]
    assert [(letter, len(hubs)) for letter, hubs in page.sections] == [("A", 1), ("B", 2)]


def test_index_past_the_threshold_gets_a_page_per_letter() -> None:
    """Past the page size, the index lists letters with counts and each letter has a page."""
    first, *letters = indexes.hub_index_pages(
        "organizations", _hubs("Alpha", "Beta", "Bravo", "<>&"), size=3
    )
    assert first.split and first.sections == [] and first.path == "organizations/index.md"
    assert [(e.letter, e.count, e.ref.path) for e in first.letters] == [
        ("A", 1, "organizations/index/a.md"),
        ("B", 2, "organizations/index/b.md"),
        ("Other", 1, "organizations/index/other.md"),
    ]
    assert [(p.path, p.letter, [h.name for _, g in p.sections for h in g]) for p in letters] == [
        ("organizations/index/a.md", "A", ["Alpha"]),
        ("organizations/index/b.md", "B", ["Beta", "Bravo"]),
        ("organizations/index/other.md", "Other", ["<>&"]),
    ]


def test_big_letter_is_split_into_chained_pages() -> None:
    """A letter with more hubs than a page holds gets several pages, linked both ways."""
    names = [f"Name {i:02d}" for i in range(5)]
    _, *pages = indexes.hub_index_pages("organizations", _hubs(*names), size=2)
    assert [(p.path, p.number, p.count) for p in pages] == [
        ("organizations/index/n.md", 1, 3),
        ("organizations/index/n/page-2.md", 2, 3),
        ("organizations/index/n/page-3.md", 3, 3),
    ]
    assert pages[1].newer == refs.Ref("page 1", "organizations/index/n.md")
    assert pages[1].older == refs.Ref("page 3", "organizations/index/n/page-3.md")
    listed = [h.name for p in pages for _, group in p.sections for h in group]
    assert listed == names


def test_rendered_split_index_links_letter_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A split index's first page links every letter page; a letter page links back."""
    monkeypatch.setattr(indexes, "INDEX_PAGE_SIZE", 1)
    records = [make_record("a", "2025-01-01", people=[person("Ann"), person("Bob")])]
    render_records(records, tmp_path)
    first = (tmp_path / "people" / "index.md").read_text("utf-8")
    assert "- [A](index/a.md): 1" in first and "- [B](index/b.md): 1" in first
    letter = (tmp_path / "people" / "index" / "b.md").read_text("utf-8")
    assert "Jump to: [A](a.md) · **B**" in letter
    assert "- [Bob](../bob.md) (1)" in letter
    assert "[All people, A to Z](../index.md)" in letter


# --- a person's quote ledger ------------------------------------------------------------------


def _quoted(count: int) -> list[record.Record]:
    return [
        make_record(
            f"q{i:02d}",
            f"2025-01-{i + 1:02d}",
            people=[person("Fuad Hussein")],
            quotes=[{"text": f"Words {i}", "speaker": "Fuad Hussein"}],
        )
        for i in range(count)
    ]


def test_ledger_shows_only_the_newest_quotes() -> None:
    """A person's hub shows the newest LEDGER_SIZE quotes and counts the rest."""
    (hub,) = hubs.build_hubs(_quoted(hubs.LEDGER_SIZE + 5))["people"]
    assert len(hub.quotes) == hubs.LEDGER_SIZE + 5
    assert [q.record["id"] for q in hub.ledger][:2] == ["q24", "q23"]
    assert len(hub.ledger) == hubs.LEDGER_SIZE
    assert hub.older_quotes == 5
    # The newest quote left off (q04) is the 21st briefing: on the hub's second page.
    assert hub.older_quotes_page() == 2


def test_rendered_ledger_is_capped_and_points_to_the_rest(tmp_path: Path) -> None:
    """The hub page prints LEDGER_SIZE quotes and links the page where older ones start."""
    render_records(_quoted(hubs.LEDGER_SIZE + 5), tmp_path)
    page = (tmp_path / "people" / "fuad-hussein.md").read_text("utf-8")
    assert len(re.findall(r"^> Words \d+$", page, re.MULTILINE)) == hubs.LEDGER_SIZE
    assert "> Words 4\n" not in page
    assert "The newest 20 of 25 quotes. The 5 older ones" in page
    assert "[from page 2 of this hub](fuad-hussein/page-2.md)" in page


def test_short_ledger_has_no_note() -> None:
    """A person with few quotes shows them all and nothing is counted as left off."""
    (hub,) = hubs.build_hubs(_quoted(3))["people"]
    assert len(hub.ledger) == 3 and hub.older_quotes == 0 and hub.older_quotes_page() == 1


# --- hub pagination ------------------------------------------------------------------------


def test_page_bar_reaches_any_page_in_a_few_steps() -> None:
    """The page bar shows first, last, neighbours and every tenth page, not every page."""
    assert hubs.page_bar(1, 3) == [1, 2, 3]
    assert hubs.page_bar(40, 86) == [1, 10, 20, 30, 38, 39, 40, 41, 42, 50, 60, 70, 80, 86]
    assert len(hubs.page_bar(1, 86)) < 86 // 5


# --- related briefings ------------------------------------------------------------------------


def test_related_outranks_a_huge_entity_with_a_small_one() -> None:
    """A briefing sharing a person outranks many sharing only a much-named organization."""
    me = make_record("me", "2025-02-01", people=[person("P")], organizations=[named("UN")])
    small = make_record("small", "2020-01-01", people=[person("P")])
    crowd = [
        make_record(f"c{i}", f"2025-01-{i + 1:02d}", organizations=[named("UN")]) for i in range(9)
    ]
    index = related.RelatedIndex([me, small, *crowd], hub_max=5)
    assert [r.record["id"] for r in index.of(me, limit=1)] == ["small"]


def test_related_huge_entities_still_count_in_the_score() -> None:
    """A briefing sharing a person and a much-named organization beats one sharing the person."""
    me = make_record("me", "2025-02-01", people=[person("P")], organizations=[named("UN")])
    newer = make_record("newer", "2025-01-31", people=[person("P")])
    both = make_record("both", "2019-01-01", people=[person("P")], organizations=[named("UN")])
    crowd = [
        make_record(f"c{i}", f"2025-01-{i + 1:02d}", organizations=[named("UN")]) for i in range(9)
    ]
    index = related.RelatedIndex([me, newer, both, *crowd], hub_max=5)
    assert [r.record["id"] for r in index.of(me, limit=2)] == ["both", "newer"]


def test_related_takes_huge_entities_briefings_nearest_in_time() -> None:
    """With only much-named entities shared, their briefings nearest in time are offered."""
    records = [
        make_record(f"r{i:02d}", f"2025-01-{i + 1:02d}", organizations=[named("UN"), named("EU")])
        for i in range(20)
    ]
    index = related.RelatedIndex(records, hub_max=5)
    found = [r.record["id"] for r in index.of(records[10], limit=3)]
    assert found == ["r13", "r12", "r11"]  # the newest of the nearest, as all share as much


def test_related_needs_more_than_one_huge_entity() -> None:
    """One much-named organization alone, like one country, does not make briefings related."""
    records = [
        make_record(f"r{i:02d}", f"2025-01-{i + 1:02d}", organizations=[named("UN")])
        for i in range(20)
    ]
    assert related.RelatedIndex(records, hub_max=5).of(records[10]) == []


def test_related_never_counts_topics_however_many() -> None:
    """Briefings sharing only topics, however many, are not related."""
    records = [
        make_record(f"r{i:02d}", f"2025-01-{i + 1:02d}", topics=["politics", "economy"])
        for i in range(20)
    ]
    assert related.RelatedIndex(records, hub_max=5).of(records[10]) == []


def test_split_pages_are_deterministic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With every split forced, the same records in any order give byte-identical pages."""
    monkeypatch.setattr(timeline, "TIMELINE_YEAR_SIZE", 1)
    monkeypatch.setattr(indexes, "INDEX_PAGE_SIZE", 1)
    monkeypatch.setattr(related, "RELATED_HUB_MAX", 2)
    other = make_record("x", "2024-05-05", people=[person("Zed"), person("Fuad Hussein")])
    records = [*_quoted(hubs.LEDGER_SIZE + 3), other]
    render_records(records, tmp_path / "one")
    render_records(list(reversed(records)), tmp_path / "two")
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two")
    assert (tmp_path / "one" / "timeline" / "2025" / "01.md").is_file()
