"""Page furniture of more outlets: reading times, agency lines, button rows, bylines that
name a publication or a desk, and writers named in the page's own credits."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.bylines import byline_paragraph, parse_byline
from generator.datelines import find_date, find_dateline, is_date_line
from generator.extract import extract, nlp_text
from generator.extract.dates import date_of
from generator.web_chrome import drop_boilerplate
from tests.extract.test_furniture_stamps import LEAD
from tests.extract.test_seeds import seed_from

MORE = "The board meets again next month, when parents will be able to speak."


def test_a_stamp_with_a_reading_time_is_a_date_line() -> None:
    """ "Sun, March 3, 2024, 7:12 AM EST·3 min read" is a stamp; a sentence on reading is not."""
    assert is_date_line("Sun, March 3, 2024, 7:12 AM EST\u00b73 min read")
    assert not is_date_line("On March 3, 2024 she said the book was a 3 min read at most.")


def test_an_agency_before_its_stamp_gives_source_and_date(tmp_path: Path) -> None:
    """A line "AFP Sun, March 3, 2024, 7:12 AM" above the lead gives the source and the date."""
    stamp = "AFP Sun, March 3, 2024, 7:12 AM EST\u00b73 min read"
    seed = seed_from(tmp_path, f"Vote delayed\n\n{stamp}\n\n{LEAD}\n\n{MORE}\n")
    assert seed.source_name == "AFP"
    assert date_of(seed) == ("2024-03-03", "dateline")
    assert nlp_text(seed).startswith(LEAD)


@pytest.mark.parametrize(
    "chrome",
    [
        "Comment\nGift Article\nShare",
        "Listen to this article | 4 mins",
        "close\nVideo\nParents pack school board meeting",
    ],
)
def test_button_rows_do_not_hide_the_dateline(tmp_path: Path, chrome: str) -> None:
    """Rows of page buttons and a video player's title above the dateline are not read."""
    text = f"Vote delayed\n\n{chrome}\n\nKELBY, Ohio \u2014 {LEAD}\n\n{MORE}\n"
    seed = seed_from(tmp_path, text)
    assert seed.dateline_place == "Kelby, Ohio"
    assert nlp_text(seed).startswith(LEAD)


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        ("By Jo Dale | Fox News", "Fox News"),
        ("By Jo Dale, The Guardian", "The Guardian"),
        ("By JO DALE FOR THE DAILY MAIL", "Daily Mail"),
    ],
)
def test_a_byline_that_names_a_publication_gives_the_source(
    tmp_path: Path, byline: str, source: str
) -> None:
    """A byline's publication, as written or in capitals, is the source if the seed names none."""
    seed = seed_from(tmp_path, f"Vote delayed\n\n{byline}\n\n{LEAD}\n\n{MORE}\n")
    assert seed.source_name == source
    assert seed.authors == ("Jo Dale",)


@pytest.mark.parametrize("byline", ["By DAILY MAIL REPORTER", "By DAILY MAIL"])
def test_a_desk_byline_in_capitals_gives_the_source_and_no_writer(
    tmp_path: Path, byline: str
) -> None:
    """A byline in capitals that is only a publication's desk names the source, no writer."""
    seed = seed_from(tmp_path, f"Vote delayed\n\n{byline}\n\n{LEAD}\n\n{MORE}\n")
    assert seed.source_name == "Daily Mail"
    assert seed.authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Kate Vell, Transport Correspondent", ("Kate Vell",)),
        ("KATE VELL, Home Affairs Editor", ("Kate Vell",)),
        ("Kate Vell and Tom Dale, Political Correspondents", ("Kate Vell", "Tom Dale")),
    ],
)
def test_a_desk_credit_without_by_is_a_byline(line: str, authors: tuple[str, ...]) -> None:
    """A line of writers and their desk ("Kate Vell, Transport Correspondent") is a byline."""
    byline = byline_paragraph(line)
    assert byline is not None and byline.authors == authors


@pytest.mark.parametrize(
    "line", ["Tom Dale, chief executive", "The mayor, a former reporter", "Kate Vell, aged 41"]
)
def test_a_name_and_a_job_outside_the_newsroom_is_no_byline(line: str) -> None:
    """A name with a job that is not a writer's desk is not read as a byline."""
    assert byline_paragraph(line) is None


def test_reporting_from_ends_the_writers_name() -> None:
    """ "By Jo Dale Reporting from Harlow, Ga." names Jo Dale, not "Jo Dale Reporting"."""
    assert parse_byline("By Jo Dale Reporting from Harlow, Ga. March 3, 2024").authors == (
        "Jo Dale",
    )


def test_a_writer_named_in_the_pages_own_credit_is_no_person(tmp_path: Path) -> None:
    """The byline's writer, named again in a video caption, is not a person of the story."""
    text = (
        f"Vote delayed\n\nBy Jo Dale\n\n{LEAD}\n\n"
        "Viewers can see Jo Dale on the evening bulletin at six.\n\n"
        "Parent Ann Vell said the board had let families down.\n"
    )
    people = [p["name"] for p in extract([seed_from(tmp_path, text)])[0]["people"]]
    assert "Ann Vell" in people and "Jo Dale" not in people


def test_a_writer_who_is_quoted_stays_a_person(tmp_path: Path) -> None:
    """A writer who speaks a quote in the story is a person of it."""
    text = f'Vote delayed\n\nBy Jo Dale\n\n{LEAD}\n\n"We waited all night," Jo Dale said.\n'
    fields = extract([seed_from(tmp_path, text)])[0]
    assert "Jo Dale" in [p["name"] for p in fields["people"]]
    assert [q["speaker"] for q in fields["quotes"]] == ["Jo Dale"]


@pytest.mark.parametrize(
    "header",
    [
        "Kate Vell\n@katevell\nSunday 3 March 2024 12:01 GMT",
        "Kate Vell\nSun 3 Mar 2024 12.01 GMT\nShare",
        "Kate Vell\nPublished March 3, 2024 12:01pm\nUpdated March 3, 2024 2:20pm",
        "By Jo Dale\nReporting from Harlow, Ga.\nMarch 3, 2024\nUpdated 5:02 p.m. ET",
        "Kate Vell\nPublished 6:02 p.m. ET March 3, 2024 | Updated 7:15 p.m. ET March 3, 2024",
        "by Jo Dale 3 Mar 2024",
        "By Jo Dale and Kate Vell - 03/03/24 06:00 AM EST",
        "By Jo Dale\nMarch 3, 2024 6:02 PM GMT+1Updated 2 hours ago",
        "Updated: March 3, 2024 / 6:02 PM EST / CBS News",
        "Posted on March 3, 2024 by Jo Dale",
    ],
)
def test_a_header_block_of_short_lines_is_read_line_by_line(tmp_path: Path, header: str) -> None:
    """A header of short lines, or a lower-case byline, dates the article and leaves the lead."""
    # A page's header copied as a block of short lines (name, handle, stamp, button; a stamp may be
    # long), or a byline in lower case or with a two-digit year, dates the article and does not run
    # into the lead.
    seed = seed_from(tmp_path, f"Vote delayed\n\n{header}\n\n{LEAD}\n\n{MORE}\n")
    assert date_of(seed) == ("2024-03-03", "dateline")
    assert nlp_text(seed).startswith(LEAD)


@pytest.mark.parametrize(
    ("wrapped", "lead"),
    [
        ("A school board on Wednesday put\noff a vote on later start times\nfor its pupils.", LEAD),
        (
            "Police in Kelby said on Monday that\nTom Vane had been held overnight.",
            "Police in Kelby said on Monday that Tom Vane had been held overnight.",
        ),
    ],
)
def test_a_hard_wrapped_lead_stays_one_paragraph(tmp_path: Path, wrapped: str, lead: str) -> None:
    """Short lines going on in lower case or after "that" are one hard-wrapped paragraph."""
    # Short lines that go on in lower case, or after a word no header line ends in ("that").
    seed = seed_from(tmp_path, f"Vote delayed\n\n{wrapped}\n\n{MORE}\n")
    assert nlp_text(seed).startswith(lead)


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("March 3, 20246:00 AM ET", "2024-03-03"),
        ("03/14/2024 06:00 AM EST", "2024-03-14"),
        ("14/03/2024 06:00 GMT", "2024-03-14"),
        ("03/03/2024 06:00 AM EST", "2024-03-03"),
        ("03/04/2024 06:00 AM EST", "2024-03-04"),
        ("10/04/2016 05:12 PM EDT", "2016-10-04"),
        ("03/04/2024 06:00", None),
        ("03/04/2024 06:00 GMT", None),
        ("10/04/16 05:12 PM EDT", "2016-10-04"),
        ("10/04/16 05:12", None),
        ("1/10/04/16 EDT", None),
        ("14.05.2024, 18:02", "2024-05-14"),
    ],
)
def test_numeric_and_glued_stamps(written: str, iso: str | None) -> None:
    """A year glued to its time is read; a numeric date when both orders agree or by a US zone."""
    # A numeric date is read when both orders agree, or in the American order beside an American
    # time zone.
    assert find_date(written) == iso


@pytest.mark.parametrize("dash", ["\u2015", "\u2014"])
def test_a_dateline_may_end_in_a_horizontal_bar(dash: str) -> None:
    """ "KELBY, Ohio \u2015 The ..." is a dateline, as with an em dash."""
    found = find_dateline(f"KELBY, Ohio {dash} {LEAD}")
    assert found is not None and found[1] == "Kelby, Ohio"


def test_a_time_alone_under_a_label_is_a_stamp() -> None:
    """ "Updated 5:02 p.m. ET" is a stamp; a sentence that goes on is not."""
    assert is_date_line("Updated 5:02 p.m. ET")
    assert not is_date_line("Updated 5:02 p.m. ET after the vote was taken")


def test_a_publication_under_the_byline_is_the_source(tmp_path: Path) -> None:
    """ "BBC News, Kelby" on the line under the byline names the source."""
    seed = seed_from(
        tmp_path, f"Vote delayed\n\nBy Kate Vell\nBBC News, Kelby\n\n{LEAD}\n\n{MORE}\n"
    )
    assert seed.source_name == "BBC News"
    assert seed.authors == ("Kate Vell",)
    assert nlp_text(seed).startswith(LEAD)


def test_a_desk_credit_may_end_in_a_handle() -> None:
    """ "Kate Vell, news reporter @katevell" is a byline."""
    byline = byline_paragraph("Kate Vell, news reporter @katevell")
    assert byline is not None and byline.authors == ("Kate Vell",)


def test_a_header_block_in_markdown_is_read_line_by_line(tmp_path: Path) -> None:
    """A Markdown seed's header lines (one paragraph with soft breaks) date the article."""
    header = "Kate Vell\n@katevell\nSunday 3 March 2024 12:01 GMT"
    seed = seed_from(tmp_path, f"# Vote delayed\n\n{header}\n\n{LEAD}\n\n{MORE}\n", "seed.md")
    assert date_of(seed) == ("2024-03-03", "dateline")
    assert nlp_text(seed).startswith(LEAD)


def test_a_feeds_footer_is_not_read(tmp_path: Path) -> None:
    """WordPress's "The post X appeared first on Y." under a feed item is not story."""
    footer = "The post Vote delayed appeared first on Kelby Courier."
    seed = seed_from(tmp_path, f"Vote delayed\n\n{LEAD}\n\n{MORE}\n\n{footer}\n")
    assert footer not in nlp_text(seed) and footer not in seed.text


def test_a_writer_named_like_a_publication_names_no_source(tmp_path: Path) -> None:
    """A writer whose given name is a paper's ("Dawn") does not make that paper the source."""
    # Neither in a byline nor on a line of their own.
    assert parse_byline("By Dawn Vell").agency is None
    seed = seed_from(tmp_path, f"Vote delayed\n\nDawn Vell\n\n{LEAD}\n\n{MORE}\n")
    assert seed.source_name is None


@pytest.mark.parametrize(
    "line",
    [
        "Follow Jo Dale on Twitter @jodale.",
        "This article has been updated to add a reply from the school board.",
        "This story was updated to correct the name of the school.",
        "Our Standards: The Kelby News Trust Principles.",
    ],
)
def test_follow_and_update_notes_are_not_story(line: str) -> None:
    """Follow, update and standards notes are page furniture; prose that starts alike is not."""
    # A note that asks readers to follow the writer, says the article was updated or points to the
    # agency's standards is page furniture.
    assert drop_boilerplate([line, "Follow the river to the old mill, which opened in 1820."]) == [
        "Follow the river to the old mill, which opened in 1820."
    ]


def test_a_name_over_a_publications_name_is_the_writer(tmp_path: Path) -> None:
    """ "Kate Vell" on the line over "USA TODAY" is the writer, and the paper the source."""
    header = "Kate Vell\nUSA TODAY\nPublished 6:02 p.m. ET March 3, 2024"
    seed = seed_from(tmp_path, f"Vote delayed\n\n{header}\n\n{LEAD}\n\n{MORE}\n")
    assert (seed.authors, seed.source_name) == (("Kate Vell",), "USA Today")
    assert date_of(seed) == ("2024-03-03", "dateline")


def test_a_section_label_over_a_stamp_is_no_writer(tmp_path: Path) -> None:
    """A two-word label over a stamp ("Middle East") names no writer."""
    header = "Middle East\nPublished 6:02 p.m. ET March 3, 2024"
    seed = seed_from(tmp_path, f"Vote delayed\n\n{header}\n\n{LEAD}\n\n{MORE}\n")
    assert seed.authors == ()


def test_a_header_on_one_line_between_dots_is_read_part_by_part(tmp_path: Path) -> None:
    """ "Kate Vell · BBC News · Posted: Mar 3, 2024 5:00 AM EST" gives writer, source, date."""
    header = "Kate Vell \u00b7 BBC News \u00b7 Posted: Mar 3, 2024 5:00 AM EST"
    seed = seed_from(tmp_path, f"Vote delayed\n\n{header}\n\n{LEAD}\n\n{MORE}\n")
    assert (seed.authors, seed.source_name) == (("Kate Vell",), "BBC News")
    assert date_of(seed) == ("2024-03-03", "dateline")
    assert nlp_text(seed).startswith(LEAD)


def test_a_wires_note_of_first_publication_dates_and_sources_the_story(tmp_path: Path) -> None:
    """A wire's "first published" note is furniture that names the source and the date."""
    # "This report by The Canadian Press was first published Mar. 3, 2024."
    note = "This report by The Canadian Press was first published Mar. 3, 2024."
    seed = seed_from(tmp_path, f"Vote delayed\n\n{LEAD}\n\n{MORE}\n\n{note}\n")
    assert seed.source_name == "The Canadian Press"
    assert date_of(seed) == ("2024-03-03", "dateline")
    assert "first published" not in nlp_text(seed)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("Kyiv, Ukraine CNN \u2014 ", "Kyiv, Ukraine"),
        ("Washington CNN \u2014 ", "Washington"),
        ("London CNN Business \u2014 ", "London"),
        # every desk a bracketed tag may name: "(CNN Money)" is CNN, and so is the bare one
        ("New York CNN Money \u2014 ", "New York"),
    ],
)
def test_an_agency_printed_without_brackets_closes_a_dateline(
    tmp_path: Path, opening: str, place: str
) -> None:
    """ "Kyiv, Ukraine CNN \u2014": a page that prints the agency as a logo drops its brackets."""
    seed = seed_from(tmp_path, f"Vote delayed\n\n{opening}{LEAD}\n\n{MORE}\n")
    assert (seed.dateline_place, seed.source_name) == (place, "CNN")
    assert nlp_text(seed).startswith("A school board")


def test_a_name_before_a_dash_is_no_bare_agency_dateline() -> None:
    """ "Ann Vell \u2014 The singer ..." names no agency: no dateline."""
    assert find_dateline("Ann Vell \u2014 The singer said she would tour again next year.") is None


def test_a_wire_dateline_with_a_machine_date_dates_the_story(tmp_path: Path) -> None:
    """ "KELBY 1996-08-29" on its own line, as wire copy prints it: its town and its date."""
    seed = seed_from(tmp_path, f"Vote delayed\n\nKELBY 1996-08-29\n\n{LEAD}\n\n{MORE}\n")
    assert (seed.dateline_place, date_of(seed)[0]) == ("Kelby", "1996-08-29")
    assert nlp_text(seed).startswith("A school board")


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("KELBY, Vale 1996-08-29", "Kelby, Vale"),
        ("PORT ARDEN, New Cambria 1996-08-29", "Port Arden, New Cambria"),
        ("KELBY, D.C. 1996-08-29", "Kelby, D.C."),
    ],
)
def test_a_wire_dateline_may_name_the_towns_state_or_country(
    tmp_path: Path, dateline: str, place: str
) -> None:
    """ "KELBY, Vale 1996-08-29" then the story on the same line: town, its region and date."""
    seed = seed_from(tmp_path, f"Vote delayed\n\n{dateline} {LEAD} {MORE}\n")
    assert (seed.dateline_place, date_of(seed)[0]) == (place, "1996-08-29")
    assert nlp_text(seed).startswith("A school board")


def test_a_mixed_case_town_before_a_machine_date_is_no_wire_dateline() -> None:
    """A sentence may open with a place and a date; only a town in capitals marks a dateline."""
    assert find_dateline("Kelby, Vale 1996-08-29 was the day the vote was held.") is None
