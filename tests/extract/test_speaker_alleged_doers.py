"""What a writing alleges someone did and said: "The lawsuit alleges X pushed Y and told
him: '...'" gives the words to X, though the parser joins "told" to "alleges"."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_one_a_lawsuit_says_pushed_him_told_him() -> None:
    """'The lawsuit alleges Quillby pushed Farrow ... and told him: "..."': Quillby's words."""
    text = (
        "Dornwick Council is being sued by a former worker, Ned Farrow.\n\n"
        "The lawsuit alleges Harriet Quillby pushed Farrow ‘hard against the wall’ and told "
        "him: ‘Keep your mouth shut.’"
    )
    assert dict(speakers(text))["Keep your mouth shut."] == "Harriet Quillby"


def test_the_one_a_paper_reports_angered_says_it() -> None:
    """'The Gazette reported that Morrow was angered ..., saying:': Morrow's words."""
    text = (
        "The Harlow Gazette reported that Dane Morrow was also angered by the flags, "
        "saying: ‘What are we doing that for?’"
    )
    assert speakers(text) == [("What are we doing that for?", "Dane Morrow")]


def test_a_paper_adding_goes_on_with_its_own_report() -> None:
    """'The Gazette reported that Morrow ..., adding:': the paper's words go on."""
    text = (
        "Dane Morrow is a councillor in Harlow County.\n\n"
        "The Harlow Gazette reported that Dane Morrow had missed six meetings, adding: "
        "‘The council has not replied to our questions.’"
    )
    quote = "The council has not replied to our questions."
    assert speakers(text) == [(quote, "Harlow Gazette")]
