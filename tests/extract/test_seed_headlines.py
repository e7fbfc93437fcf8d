"""Plain-text headlines: the first line, or a line standing alone under a stamp or byline."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.nlp import load_nlp
from generator.extract.title import headline_from
from generator.seeds import read_seed

LEAD = "A bakery chain is to close 40 shops after a fall in sales, it said on Monday.\n"


def _title(tmp_path: Path, text: str) -> str | None:
    path = tmp_path / "story.txt"
    path.write_text(text, "utf-8")
    seed, problems = read_seed(path, tmp_path)
    assert problems == []
    return seed.title


@pytest.mark.parametrize(
    "furniture",
    [
        "Last Updated: Tuesday, 4 October 2005, 14:22 GMT 15:22 UK\n\n",
        "Posted: Tue 4 Oct 2016\n\n",
        "By Nell Garvey\n\n14:05, 4 Oct 2016\n\n",
        "NEWS\n\n",  # a section's label
        "UK Politics\n\nPosted: Tue 4 Oct 2016\n\n",
        "Kelby Echo\nHome | News | Sport | Business\n\n",  # a site's name and its menu
        "News > Business > Retail\n\nPosted: Tue 4 Oct 2016\n\n",  # a breadcrumb trail
        "Home / News / Business\n\n",
        "Heard on Morning Edition\n\n",  # the programme the story was on
    ],
)
def test_a_headline_under_a_stamp_or_byline_is_the_title(tmp_path: Path, furniture: str) -> None:
    """A stamp or byline above the headline does not cost the story its headline."""
    text = furniture + "Bakery chain to shut 40 shops\n\n" + LEAD
    assert _title(tmp_path, text) == "Bakery chain to shut 40 shops"


@pytest.mark.parametrize(
    "text",
    [
        "Posted: Tue 4 Oct 2016\n\nBusiness\n\n" + LEAD,  # a section label is no headline
        "Posted: Tue 4 Oct 2016\n\n" + LEAD,  # the lead is no headline
        "Posted: Tue 4 Oct 2016\n\nBakery chain to shut 40 shops\n" + LEAD,  # not alone
        "KELBY (Reuters) - " + LEAD + "\nScroll down for the video\n\n" + LEAD,  # a dateline
    ],
)
def test_no_headline_under_a_stamp_without_one(tmp_path: Path, text: str) -> None:
    """A short label, a sentence or a line run into the lead under a stamp is no headline."""
    assert _title(tmp_path, text) is None


@pytest.mark.parametrize(
    "furniture", ["Posted: Tue 4 Oct 2016\n", "By Nell Garvey\n14:05, 4 Oct 2016\n"]
)
def test_a_headline_under_a_stamp_in_text_without_blank_lines(
    tmp_path: Path, furniture: str
) -> None:
    """With a paragraph on each line, the line under a stamp or byline is the headline."""
    text = furniture + "Bakery chain to shut 40 shops\n" + LEAD + "Staff were told on Monday.\n"
    assert _title(tmp_path, text) == "Bakery chain to shut 40 shops"


@pytest.mark.parametrize(
    "text",
    [
        "Posted: Tue 4 Oct 2016\n" + LEAD + "Staff were told on Monday.\n",  # the lead
        "Posted: Tue 4 Oct 2016\nKELBY, Oct 4 -\n" + LEAD,  # a dateline on its own line
        "Posted: Tue 4 Oct 2016\nBakery chain to shut 40 shops\n",  # nothing under it
    ],
)
def test_no_headline_under_a_stamp_in_text_without_blank_lines(tmp_path: Path, text: str) -> None:
    """The lead, a dateline, or a last line under a stamp is no headline."""
    assert _title(tmp_path, text) is None


def test_a_sites_menu_is_left_out_of_the_body(tmp_path: Path) -> None:
    """A menu line under the site's name is neither the headline nor a paragraph."""
    path = tmp_path / "story.txt"
    menu = "Home | News | Sport | Business"
    path.write_text(f"Kelby Echo\n{menu}\n\nBakery chain to shut 40 shops\n\n{LEAD}", "utf-8")
    seed = read_seed(path, tmp_path)[0]
    assert seed.title == "Bakery chain to shut 40 shops"
    assert menu not in seed.paragraphs
    assert seed.paragraphs[-1] == LEAD.strip()


def test_two_short_lines_without_a_menu_stay_the_headline(tmp_path: Path) -> None:
    """Two capitalised short lines over a paragraph are a headline's lines, not a label."""
    text = "Bakery Closes\nKelby Shops\n\nBakery chain to shut 40 shops\n\n" + LEAD
    assert _title(tmp_path, text) == "Bakery Closes"


def test_a_short_headline_is_no_label_without_a_headline_under_it(tmp_path: Path) -> None:
    """A headline of two words with a story under it stays the headline."""
    assert _title(tmp_path, "Bakery Closes\n\n" + LEAD) == "Bakery Closes"


def test_a_made_headline_keeps_a_noun_phrase_whole() -> None:
    """A noun the parser hangs on a participle or "worth" stays in the made headline."""
    sentence = (
        "Police are appealing for information after a van containing tools worth around "
        "£20,000 was stolen from a yard on the edge of Kelby town centre."
    )
    made = headline_from(next(load_nlp()(sentence).sents))
    assert "a van containing tools worth around £20,000 was stolen" in made


def test_a_made_headline_leaves_no_appositive_run_into_its_noun() -> None:
    """An appositive the parser reads as a second object goes with the clause before it."""
    sentence = (
        "The city council on Monday approved a plan allowing cafes to put up to six tables "
        "on the pavement a day during the summer, the first such scheme in the county."
    )
    made = headline_from(next(load_nlp()(sentence).sents))
    assert "plan the first" not in made
    assert made.startswith("The city council on Monday approved a plan")
