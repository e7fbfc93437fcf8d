"""Page furniture: stamps after the lead, labels and buttons, highlights, old wire datelines,
credits run into the last paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.datelines import find_dateline, is_date_line
from generator.extract import nlp_text
from generator.extract.dates import date_of
from tests.extract.test_seeds import seed_from

LEAD = "A school board on Wednesday put off a vote on later start times for its pupils."


@pytest.mark.parametrize(
    "stamp",
    [
        "Published 6:12 p.m. ET Oct. 6, 2021 | Updated 8:01 p.m. ET Oct. 6, 2021",
        "Updated 1:42 a.m. EST, Wed October 6, 2021",
        "First published on Wed 6 Oct 2021 10.00 BST",
        "October 6, 2021 7:05 PM UTC Updated ago",  # a scrape that lost "2 hours"
    ],
)
def test_a_stamp_after_the_lead_gives_the_date(tmp_path: Path, stamp: str) -> None:
    """A date stamp printed after the lead paragraph still dates the article and is not read."""
    text = f"Vote delayed\n\n{LEAD}\n\n{stamp}\n\nThe board meets again soon.\n"
    seed = seed_from(tmp_path, text)
    assert date_of(seed) == ("2021-10-06", "dateline")
    assert "2021" not in nlp_text(seed)


def test_a_date_alone_deep_in_the_story_is_no_stamp(tmp_path: Path) -> None:
    """A date on its own line far down heads a timeline; it does not date the article."""
    body = "\n\n".join([LEAD] + [f"Parents spoke at meeting number {n}." for n in range(6)])
    seed = seed_from(tmp_path, f"Vote delayed\n\n{body}\n\nMarch 4, 2015\n\nThe school opened.\n")
    assert date_of(seed)[0] != "2015-03-04"


@pytest.mark.parametrize(
    "line",
    [
        "Page last updated at 14:22 GMT, Wednesday, 5 March 2008 14:22 UK",
        "Thursday 04 March 2021 08:00, UK",
        "4 March 2021 \u2022 7:00am",
        "March 4, 2021 / 7:00 AM / Updated 2 hours ago",
        "Originally published March 4, 2021",
    ],
)
def test_stamps_of_more_pages_are_date_lines(line: str) -> None:
    """Stamps as BBC, Sky, Telegraph and Reuters pages print them are date lines."""
    assert is_date_line(line)


@pytest.mark.parametrize(
    "sentence", ["UK sales fell on 5 March 2008.", "Two days ago, on March 4, 2021, it rained."]
)
def test_sentences_with_stamp_words_are_no_date_lines(sentence: str) -> None:
    """A sentence that holds a date and a stamp's words is still text."""
    assert not is_date_line(sentence)


@pytest.mark.parametrize("label", ["Printable version", "Comments (12)", "Politics", "UK News"])
def test_a_short_label_before_the_lead_is_not_read(tmp_path: Path, label: str) -> None:
    """A button's or section's label above the lead does not run into its first sentence."""
    seed = seed_from(tmp_path, f"Vote delayed\n\n{label}\n\n{LEAD}\n\nThe board meets again.\n")
    assert nlp_text(seed).startswith(LEAD)


def test_a_short_line_after_the_lead_is_kept(tmp_path: Path) -> None:
    """Labels are only read off above the lead: a short line in the story stays."""
    seed = seed_from(tmp_path, f"Vote delayed\n\n{LEAD}\n\nNo comment\n\nThe board meets again.\n")
    assert "No comment" in nlp_text(seed)


@pytest.mark.parametrize(
    "chrome",
    [
        "E-mail this to a friend",
        "Bookmark with:",
        "What are these?",
        "Add to My Stories",
        "Print Sponsor",
        "Have your say",
    ],
)
def test_page_buttons_are_not_read(tmp_path: Path, chrome: str) -> None:
    """Share, print and bookmark buttons of news pages are not story text, wherever they stand."""
    seed = seed_from(tmp_path, f"Vote delayed\n\n{LEAD}\n\n{chrome}\n\nThe board meets again.\n")
    assert chrome not in nlp_text(seed) and chrome not in seed.text


def test_an_old_ap_dateline_with_an_underscore_dash() -> None:
    """Old AP wire copy types the dateline's long dash as "_": "NEW YORK (AP) _ The ..."."""
    assert find_dateline("NEW YORK (AP) _ State inspectors found cracks") == (
        "NEW YORK (AP) _",
        "New York",
        None,
    )
    assert find_dateline("NATO _ the alliance said") is None


def test_story_highlights_above_the_dateline_are_not_read(tmp_path: Path) -> None:
    """ "STORY HIGHLIGHTS" lines are not story; the CNN dateline after them names the source."""
    text = (
        "Storm cuts power\n\nSTORY HIGHLIGHTS\n\nNEW: Power firm says 40,000 homes still dark\n\n"
        "Winds of 80 mph brought down trees\n\n"
        "(CNN) -- More than 100,000 homes lost power on Sunday as a storm swept the coast.\n"
    )
    seed = seed_from(tmp_path, text)
    assert seed.source_name == "CNN"
    assert nlp_text(seed).startswith("More than 100,000 homes lost power")


@pytest.mark.parametrize(
    "credit",
    [
        "CNN's Jo Ames contributed to this report.",
        "-- CNN's Jo Ames and Ann Vell contributed to this report .",
        "Ann Vell reported this story from Kelby, and Jo Ames wrote it in Atlanta.",
    ],
)
def test_a_credit_run_into_the_last_paragraph_is_not_read(tmp_path: Path, credit: str) -> None:
    """Flattened CNN copy ends its one paragraph with the credits: their writers are no people."""
    last = "Police said he had been climbing alone."
    seed = seed_from(tmp_path, f"Climber found\n\n{LEAD} {last} {credit}\n")
    assert nlp_text(seed).endswith(last)
    assert credit in seed.text


def test_a_sentence_on_reporting_from_a_place_is_read(tmp_path: Path) -> None:
    """ "She reported from Kabul for years." at the end is story, not a credit."""
    last = "She reported from Kabul for ten years."
    seed = seed_from(tmp_path, f"Reporter honoured\n\n{LEAD} {last}\n")
    assert nlp_text(seed).endswith(last)


@pytest.mark.parametrize("quote", ["«We will not give up.»", "« We will not give up. »"])
def test_a_paragraph_that_ends_with_a_guillemet_is_no_caption(tmp_path: Path, quote: str) -> None:
    """A speech in «guillemets» ends its sentence with "»": it is story, not a caption."""
    story = [LEAD, "The union leader spoke to the crowd outside the gates of the plant.", quote]
    story += ["Talks between the two sides are due to resume later in the week."]
    text = "Strike goes on\n\n" + "\n\n".join(story) + "\n"
    seed = seed_from(tmp_path, text)
    assert "We will not give up." in nlp_text(seed)


@pytest.mark.parametrize(("line", "source"), [("PARIS (AFP) -", "AFP"), ("(CNN) --", "CNN")])
def test_a_dateline_alone_is_no_label(tmp_path: Path, line: str, source: str) -> None:
    """A short dateline alone above the lead is read as the dateline, not dropped as a label."""
    seed = seed_from(tmp_path, f"Vote delayed\n\n{line}\n\n{LEAD}\n\nThe board meets again.\n")
    assert seed.source_name == source
    assert nlp_text(seed).startswith(LEAD)


def test_a_byline_over_a_job_under_a_caption_is_split(tmp_path: Path) -> None:
    """ "By Kate Vell" over "Health correspondent" after a caption gives the writer alone."""
    text = (
        "Clinic to close\n\nPublished\n2 hours ago\n\n"
        "Image caption,\nThe clinic has served the valley since the war and patients worry\n\n"
        f"By Kate Vell\nHealth correspondent\n\n{LEAD}\n"
    )
    seed = seed_from(tmp_path, text)
    assert seed.authors == ("Kate Vell",)
    assert nlp_text(seed).startswith("A school board")


@pytest.mark.parametrize(
    ("notice", "source"),
    [
        ("Copyright 2023 NPR. To see more, visit the site.", "NPR"),
        ("\u00a9 2024 The Associated Press. All rights reserved.", "Associated Press"),
        ("\u00a9 Getty Images", None),  # a picture library is no source
    ],
)
def test_a_closing_copyright_notice_names_the_source(
    tmp_path: Path, notice: str, source: str | None
) -> None:
    """The owner a closing copyright notice names is the source, when we know it."""
    seed = seed_from(
        tmp_path, f"Vote delayed\n\n{LEAD}\n\nThe board meets again soon.\n\n{notice}\n"
    )
    assert seed.source_name == source
    assert "Copyright" not in nlp_text(seed) and "\u00a9" not in nlp_text(seed)


def test_highlights_heading_on_the_first_line_is_no_headline(tmp_path: Path) -> None:
    """A page opening "Story highlights" has no headline: the title comes from the lead."""
    # Never from the heading or a highlight.
    text = (
        "Story highlights\n"
        "Two hikers were found alive after four days\n"
        "(CNN) -- Two hikers missing for four days in a national park were found alive on "
        "Monday, rangers said.\n"
        "Both were taken to hospital.\n"
    )
    seed = seed_from(tmp_path, text)
    assert seed.title is None
    assert seed.source_name == "CNN"
    assert nlp_text(seed).startswith("Two hikers missing for four days")
