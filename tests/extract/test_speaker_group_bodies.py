"""A body of people named by proper words before a group noun ("the Pelling Cove Search
and Rescue team", "Orwick police") speaks as an organization, and a later bare "the
police" is that body; a person's name before the noun names no body."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_proper_words_joined_by_and_before_team_name_the_body() -> None:
    """'"...," the Pelling Cove Search and Rescue team posted': that body, not no one."""
    text = (
        "Two climbers were lifted from a ledge above the quarry at dawn.\n\n"
        "'Both men are cold but unhurt,' the Pelling Cove Search and Rescue team posted "
        "online on Sunday."
    )
    assert speakers(text) == [
        ("Both men are cold but unhurt", "Pelling Cove Search and Rescue team")
    ]


def test_the_story_body_of_the_words_before_team_speaks() -> None:
    """A body the story names in full, then written with 'team' after it: that body."""
    text = (
        "Brackmoor Search and Rescue, a volunteer unit, said it was called out twice.\n\n"
        "Walkers were told to keep off the cliff path until Friday.\n\n"
        "'Please stay away from the edge,' the Brackmoor Search and Rescue team posted "
        "online on Sunday."
    )
    assert ("Please stay away from the edge", "Brackmoor Search and Rescue") in speakers(text)


def test_the_police_after_a_place_police_is_that_force() -> None:
    """'..., Orwick police said. "...," the police added': the force named before."""
    text = (
        "A van overturned on the bypass near the Orwick roundabout late on Friday, "
        "Orwick police said. "
        "'The road will stay shut while the lorry is recovered,' the police added."
    )
    assert speakers(text) == [
        ("The road will stay shut while the lorry is recovered", "Orwick police")
    ]


def test_a_person_before_team_names_no_body() -> None:
    """'"...," the Harriet Quillby team said': a person's people, not a body named so."""
    text = (
        "The campaign bus broke down outside Marlow Fen on Thursday.\n\n"
        "'We will be back on the road by noon,' the Harriet Quillby team said."
    )
    found = speakers(text)
    assert found[0][1] != "Harriet Quillby team"
