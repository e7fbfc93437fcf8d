"""Header lines of news sites: writer over job, reading times, desks before names, sign-offs."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.bylines import byline_paragraph
from generator.datelines import find_dateline
from tests.extract.test_furniture_stamps import LEAD
from tests.extract.test_seeds import seed_from

MORE = "The board meets again next month, when parents will be able to speak."


def test_a_name_over_a_writers_job_is_the_writer(tmp_path: Path) -> None:
    """ "Kate Vell" on the line over "Court reporter" is the writer; neither line is story."""
    header = "Kelby Gazette\n\n4 Mar, 2023 05:00 AM\n\nKate Vell\n\nCourt reporter"
    seed = seed_from(tmp_path, f"Vote delayed\n\n{header}\n\n{LEAD}\n\n{MORE}\n")
    assert seed.authors == ("Kate Vell",)
    assert seed.article is not None and seed.article[0] == LEAD.strip()


@pytest.mark.parametrize("line", ["2 mins to read", "5 min read", "Reading time: 4 minutes"])
def test_a_reading_time_above_the_story_is_no_story(tmp_path: Path, line: str) -> None:
    """A page's reading-time line between stamp and byline does not open the story."""
    header = f"4 Mar, 2023 05:00 AM\n\n{line}\n\nBy Kate Vell"
    seed = seed_from(tmp_path, f"Vote delayed\n\n{header}\n\n{LEAD}\n\n{MORE}\n")
    assert seed.authors == ("Kate Vell",)
    assert seed.article is not None and seed.article[0] == LEAD.strip()


def test_a_desk_before_the_writers_name_is_a_byline() -> None:
    """ "By regional affairs reporter Kate Vell" names the writer after the desk."""
    byline = byline_paragraph("By regional affairs reporter Kate Vell")
    assert byline is not None and byline.authors == ("Kate Vell",)
    assert byline_paragraph("By reporter standards the season was a long one.") is None


def test_a_sign_off_in_capitals_names_the_publication_we_know(tmp_path: Path) -> None:
    """ "SOURCE: AL JAZEERA AND NEWS AGENCIES" gives the source "Al Jazeera"."""
    trailer = "SOURCE: AL JAZEERA AND NEWS AGENCIES"
    seed = seed_from(tmp_path, f"Vote delayed\n\n{LEAD}\n\n{MORE}\n\n{trailer}\n")
    assert seed.source_name == "Al Jazeera"
    seed = seed_from(tmp_path, f"Vote delayed\n\n{LEAD}\n\n{MORE}\n\nSource: Kelby Gazette\n")
    assert seed.source_name == "Kelby Gazette"


def test_a_papers_name_without_its_article_is_the_source(tmp_path: Path) -> None:
    """A label "Irish Times" above the headline gives the source "The Irish Times"."""
    seed = seed_from(
        tmp_path, f"Irish Times\n\nSchool board delays its vote\n\n4 Mar 2023\n\n{LEAD}\n\n{MORE}\n"
    )
    assert (seed.title, seed.source_name) == ("School board delays its vote", "The Irish Times")


def test_an_editors_note_above_the_headline_hides_no_header(tmp_path: Path) -> None:
    """An editor's note over the headline leaves the headline, writer and stamp readable."""
    note = "Editor's note: This story was changed after the board replied."
    header = "Kate Vell\nReporter\nPublished 5:47 p.m. CT Sept. 12, 2022 | Updated 8:02 p.m. CT"
    text = f"{note}\n\nSchool board delays its vote\n\n{header}\n\n{LEAD}\n\n{MORE}\n"
    seed = seed_from(tmp_path, text)
    assert (seed.title, seed.authors) == ("School board delays its vote", ("Kate Vell",))
    assert seed.dateline_date == "2022-09-12"
    assert seed.article is not None and seed.article[0] == LEAD.strip()


def test_a_stations_call_sign_in_the_dateline_is_the_source(tmp_path: Path) -> None:
    """ "KELBY CITY (KVLB) — The ..." is a dateline, and the station the source."""
    seed = seed_from(tmp_path, f"Vote delayed\n\nKELBY CITY (KVLB) \u2014 {LEAD}\n\n{MORE}\n")
    assert (seed.dateline_place, seed.source_name) == ("Kelby City", "KVLB")
    assert find_dateline("LONDON (XYZ) - Police are looking for a man seen on Monday.") is None


def test_a_standfirst_over_the_header_leaves_the_header_readable(tmp_path: Path) -> None:
    """A standfirst over the header: the stamp dates the story and the story starts at its lead."""
    # A standfirst without a stop under the headline, then writer, handle and stamp.
    standfirst = "Parents had asked for a year of talks before any change to the school day"
    header = "Kate Vell Education correspondent\n@katevell\nFri 9 Jul 2021 13.45 BST"
    text = f"Vote delayed\n\n{standfirst}\n\n{header}\n\n{LEAD}\n\n{MORE}\n"
    seed = seed_from(tmp_path, text)
    assert seed.dateline_date == "2021-07-09"
    assert seed.article is not None and seed.article[0] == LEAD.strip()


def test_a_row_of_buttons_above_the_headline_is_no_headline(tmp_path: Path) -> None:
    """A row of buttons under the stamp is no headline or paragraph: the headline under it is."""
    # "E-mail this to a friend Printable version".
    stamp = "Last Updated: Wednesday, 12 March 2008, 11:41 GMT"
    buttons = "E-mail this to a friend Printable version"
    seed = seed_from(tmp_path, f"{stamp}\n\n{buttons}\n\nBoard puts off its vote\n\n{LEAD}\n")
    assert seed.title == "Board puts off its vote"
    assert buttons not in seed.paragraphs


def test_a_closing_story_from_credit_names_the_source(tmp_path: Path) -> None:
    """ "Story from BBC NEWS:" with the page's address, stamp and notice gives the source."""
    footer = (
        "Story from BBC NEWS:\nhttp://news.bbc.co.uk/1/hi/education/1234.stm\n\n"
        "Published: 2008/03/12 11:41:05 GMT\n\n\u00a9 BBC MMVIII"
    )
    seed = seed_from(tmp_path, f"Vote delayed\n\n{LEAD}\n\n{MORE}\n\n{footer}\n")
    assert seed.source_name == "BBC News"


def test_a_sponsors_label_over_the_headline_is_no_headline(tmp_path: Path) -> None:
    """ "Supported by" and "SKIP ADVERTISEMENT" above the headline leave it the title."""
    # A player's and a share button's lines are no paragraphs.
    top = "Supported by\n\nSKIP ADVERTISEMENT\n\nSchool Board Puts Off Its Vote on Start Times"
    buttons = "Listen to this article \u00b7 6:12 min Learn more\n\nShare full article"
    seed = seed_from(tmp_path, f"{top}\n\n{buttons}\n\nBy Kate Vell\n\n{LEAD}\n\n{MORE}\n")
    assert seed.title == "School Board Puts Off Its Vote on Start Times"
    assert seed.paragraphs[:2] == ("By Kate Vell", LEAD.strip())


def test_closing_notes_on_the_writer_and_the_print_edition_are_no_story(tmp_path: Path) -> None:
    """Closing notes on the writer and on the print edition are left out of what is read."""
    # "Kate Vell covers schools for the Metro desk." and "A version of this article appears in print
    # ..." after the story.
    closing = (
        "Kate Vell covers schools for the Metro desk.\n\n"
        "A version of this article appears in print on Jan. 6, 2024, Section A, Page 18."
    )
    seed = seed_from(tmp_path, f"Vote delayed\n\nBy Kate Vell\n\n{LEAD}\n\n{MORE}\n\n{closing}\n")
    assert seed.article == (LEAD.strip(), MORE)
