"""Reading seeds: credits, captions, share buttons and repeats are kept out of the text read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.extract import nlp_text
from generator.seeds import Seed
from tests.extract.test_seeds import seed_from


@pytest.mark.parametrize(
    "credit",
    [
        "Contributing: Jane Doe",
        "Additional reporting by Tom Reed in Leeds",
        "Reporting by Sam Ortiz; Editing by Lee Park",
        "(Reporting by Sam Ortiz)",
        "Writing by Ana Ruiz",
        "Compiled by Ben Holt",
        "Staff writer Ana Ruiz contributed to this report.",
        "With files from Ben Holt in Leeds",
        "-- Jo Ames, Oslo Newsroom +47 22 00 00 00",
        "-- Lima Bureau (511) 221 2133",
    ],
)
def test_contributor_credits_are_not_read(tmp_path: Path, credit: str) -> None:
    """Credit lines are never read by the NLP; "Contributing:" stays in the body."""
    text = "The council approved the budget on Monday.\n\nIt takes effect in May.\n\n" + credit
    seed = seed_from(tmp_path, text + "\n")
    assert credit in seed.text or "Reporting by" in credit
    assert nlp_text(seed) == "The council approved the budget on Monday.\n\nIt takes effect in May."


def test_a_wire_contact_line_run_into_the_last_paragraph_is_not_read(tmp_path: Path) -> None:
    """The reporter and desk of "-- Jo Ames, Oslo Newsroom +47 ..." are a credit, not story."""
    text = "The council approved the budget on Monday. -- Jo Ames, Oslo Newsroom +47 22 00 00 00"
    seed = seed_from(tmp_path, text + "\n")
    assert "Oslo Newsroom" in seed.text
    assert nlp_text(seed) == "The council approved the budget on Monday."


def test_captions_debris_and_repeats_are_not_read(seed_of: Callable[[str], Seed]) -> None:
    """Captions, share and sign-up lines, a repeated lead with a caption glued on: all out."""
    seed = seed_of("furniture_web_page.md")
    paragraphs = nlp_text(seed).split("\n\n")
    assert paragraphs == [
        "Fishermen in the harbour town of Porthwen say new catch quotas will put an end to a "
        "trade their families have followed for two hundred years.",
        "The quotas, set by the fisheries ministry last week, cut the allowed catch of cod by "
        "almost half.",
        "Skipper Dan Morrow, who has fished from the town for thirty years, said the cut would "
        "leave crews without work by the summer.",
        "The fisheries ministry said the quotas would let stocks recover within five years.",
        "Local councillors will meet the minister next week to ask for a delay.",
    ]
    for chrome in ("Advertisement", "Share this article", "Media playback", "Scroll down"):
        assert chrome not in seed.text
    assert "A crew member mends nets on the quay on Monday afternoon" in seed.text


@pytest.mark.parametrize(
    "buttons",
    [
        "Share this withEmailFacebookMessengerTwitterPinterestWhatsAppLinkedInCopy this link",
        "Share this withEmailFacebookTwitterWhatsAppLinkedinCopy this link",
        "with Email Facebook Twitter Reddit Copy this link",
    ],
)
def test_share_buttons_glued_to_a_paragraph_are_cut(tmp_path: Path, buttons: str) -> None:
    """A scraped row of share buttons, whichever buttons it has, is no part of the lead."""
    lead = "The ferry to Port Selby will run twice a day from May."
    seed = seed_from(tmp_path, f"{buttons}{lead}\n\nThe council agreed the timetable.\n")
    assert nlp_text(seed).split("\n\n")[0] == lead


def test_caption_sentence_glued_to_new_text_is_cut(tmp_path: Path) -> None:
    """A trailing "X is pictured above ..." without a stop is cut from a paragraph."""
    text = (
        "The mill closed in May after a century of work.\n\n"
        "Its owners blamed energy prices. The old mill is pictured above in the spring of 2019\n"
    )
    assert nlp_text(seed_from(tmp_path, text)).endswith("Its owners blamed energy prices.")


def test_a_paragraph_told_again_with_a_caption_mark_is_read_once(tmp_path: Path) -> None:
    """The same words again, with "(left)" or one word changed, are not read twice."""
    text = (
        "Mayor Ann Lee said on Thursday that the new bridge would open to traffic in May.\n\n"
        "Engineers finished the last span in March.\n\n"
        "Mayor Ann Lee (left) said on Thursday that the new bridge would open to traffic in May\n\n"
        "Mayor Ann Lee said on Monday that the new bridge would open to traffic in May.\n"
    )
    assert nlp_text(seed_from(tmp_path, text)) == (
        "Mayor Ann Lee said on Thursday that the new bridge would open to traffic in May.\n\n"
        "Engineers finished the last span in March."
    )


def test_sentence_pointing_at_a_picture_is_cut_anywhere(tmp_path: Path) -> None:
    """ "X is pictured above with Y." goes even with a stop and text after it."""
    text = (
        "The coach retired on Friday after forty years.\n\n"
        "Ann Lee is pictured above with her team. She said she would miss them.\n"
    )
    assert nlp_text(seed_from(tmp_path, text)).endswith("years.\n\nShe said she would miss them.")


def test_text_without_stops_is_not_cut(tmp_path: Path) -> None:
    """A page that never ends paragraphs with a stop loses nothing, nor do list items."""
    text = "Wheat output fell by a third this year\n\nDate palms are dying along the river\n"
    assert nlp_text(seed_from(tmp_path, text, "plain.md")) == text.strip()
    listed = seed_from(tmp_path, "# Drought\n\n- Wheat output fell by a third\n", "l.md")
    assert nlp_text(listed) == "Wheat output fell by a third"


def test_broken_paragraphs_are_not_taken_for_captions(tmp_path: Path) -> None:
    """A paragraph the next one continues in lower case is text, not a caption."""
    text = (
        "The vote was held on Monday after a long debate.\n\nIt was a close one.\n\n"
        "Members of the council said the result was\n\nnot what they had hoped for.\n"
    )
    assert "the result was" in nlp_text(seed_from(tmp_path, text))
