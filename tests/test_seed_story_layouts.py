"""Story files saved line by line: the byline, stamps and captions over the story."""

from __future__ import annotations

from pathlib import Path

from generator.extract import nlp_text
from generator.seeds import Seed, read_seed

LEAD = "A lifeboat crew pulled two kayakers from the sea off Kelby Point on Friday."
REST = "Both were taken to hospital and were said to be well on Saturday."


def story(tmp_path: Path, *lines: str) -> Seed:
    """The seed of a .story file holding the lines, a blank line between each."""
    path = tmp_path / "saved.story"
    text = "\n\n".join(lines) + "\n\n@highlight\n\nTwo kayakers rescued off Kelby Point\n"
    path.write_text(text, "utf-8")
    return read_seed(path, tmp_path)[0]


def test_a_byline_over_lines_of_its_own_is_one_byline(tmp_path: Path) -> None:
    """ "By" over each writer's line is the byline, with its stamps: no headline "By"."""
    seed = story(
        tmp_path,
        "By",
        "Nell Tarrant",
        "and Owen Castell",
        "PUBLISHED:",
        "09:12, 4 May 2013",
        "|",
        "UPDATED:",
        "11:40, 4 May 2013",
        LEAD,
        REST,
    )
    assert seed.title is None
    assert seed.authors == ("Nell Tarrant", "Owen Castell")
    assert seed.dateline_date == "2013-05-04"
    assert nlp_text(seed).startswith(LEAD)


def test_a_desk_under_a_lone_by_names_the_paper(tmp_path: Path) -> None:
    """ "By" over "Rudaw Reporter" is a desk's byline, which names the paper."""
    seed = story(tmp_path, "By", "Rudaw Reporter", LEAD, REST)
    assert (seed.title, seed.source_name) == (None, "Rudaw")


def test_a_stamp_label_on_the_first_line_is_no_headline(tmp_path: Path) -> None:
    """ "PUBLISHED:" in capitals on the first line is a stamp's label, not the headline."""
    seed = story(tmp_path, "PUBLISHED:", "09:12, 4 May 2013", LEAD, REST)
    assert seed.title is None
    assert seed.dateline_date == "2013-05-04"


def test_a_labelled_caption_under_the_byline_is_no_headline(tmp_path: Path) -> None:
    """A caption ("Saved: ...") standing alone under the byline is not the headline."""
    caption = "Saved: The two kayakers are helped ashore by the crew at Kelby harbour"
    seed = story(tmp_path, "By", "Nell Tarrant", caption, LEAD, REST)
    assert seed.title is None


def test_a_first_line_the_next_goes_on_from_is_no_headline(tmp_path: Path) -> None:
    """A first line whose sentence goes on in lower case under it is story, not headline."""
    seed = story(
        tmp_path,
        "A lifeboat crew pulled two kayakers from the sea after",
        "their boat overturned off Kelby Point on Friday.",
        REST,
    )
    assert seed.title is None
    assert nlp_text(seed).startswith("A lifeboat crew pulled two kayakers from the sea after their")


def test_a_headline_over_a_lower_case_byline_stays_the_headline(tmp_path: Path) -> None:
    """A headline over "by Nell Tarrant" is still the headline: the byline goes on from nothing."""
    seed = story(tmp_path, "KAYAKERS SAVED OFF KELBY POINT", "by Nell Tarrant", LEAD, REST)
    assert seed.title is not None and seed.title.casefold() == "kayakers saved off kelby point"


def test_a_line_broken_after_of_is_joined_to_the_capitalised_rest(tmp_path: Path) -> None:
    """A paragraph that ends on "of" goes on in the next, though that opens with a name."""
    seed = story(
        tmp_path,
        "By",
        "Nell Tarrant",
        "Two kayakers were pulled from the sea off the coast of",
        "Kelby Point on Friday after their boat overturned in a squall.",
        REST,
    )
    assert nlp_text(seed).startswith(
        "Two kayakers were pulled from the sea off the coast of Kelby Point on Friday"
    )


def test_a_caption_above_an_agency_dateline_is_no_story(tmp_path: Path) -> None:
    """A sentence right above "KELBY, England (CNN) --" is a caption: the story starts there."""
    seed = story(
        tmp_path,
        "Editor's note: Our reporters look back at the stories of the year.",
        "A lifeboat heading out from Kelby harbour, where the crew keeps watch all winter.",
        f"KELBY, England (CNN) -- {LEAD}",
        REST,
    )
    assert seed.source_name == "CNN"
    assert nlp_text(seed).startswith(LEAD)


def test_a_headline_ending_on_a_particle_stays_the_headline(tmp_path: Path) -> None:
    """A headline may end on "on" ("... vow to carry on"): only "of", "the" and such end none."""
    seed = story(tmp_path, "Kelby lifeboat crew vow to carry on", LEAD, REST)
    assert seed.title == "Kelby lifeboat crew vow to carry on"
