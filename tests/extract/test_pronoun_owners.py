"""Whom "she" refers back to when the sentence before names someone only as an owner."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_an_owner_in_an_object_phrase_yields_to_the_woman_called_she() -> None:
    """A man named as a plan's owner outside the subject yields "she" to the woman called so."""
    text = (
        "Mara Quill runs the post office.\n\n"
        "Mara has kept the shop in Dunmore since 1998. She now spends her evenings "
        "writing letters about the bypass. Since March, 400 lorries a day have rumbled "
        "past the church, which upsets Tom Ames's council's plan for a quiet lane.\n\n"
        "'Nobody asked us,' she says."
    )
    assert speakers(text)[-1] == ("Nobody asked us", "Mara Quill")


def test_an_owner_no_one_else_could_be_still_speaks() -> None:
    """With no one before to read back to, the owner the sentence names is still "she"."""
    text = (
        "The storm broke over Dunmore on Tuesday night.\n\n"
        "By morning the river had flooded Ada Fenn's bakery on the quay.\n\n"
        "'We lost every loaf and both ovens,' she said."
    )
    assert speakers(text)[-1] == ("We lost every loaf and both ovens", "Ada Fenn")


def test_an_owner_of_the_subject_is_no_weak_referent() -> None:
    """An owner inside the subject ("Tom Ames's van") is what the sentence is about: "he" is him."""
    text = (
        "Nils Brandt opened the garage in May. He hired two mechanics.\n\n"
        "On Friday Tom Ames's van broke down outside the garage.\n\n"
        "'The gearbox simply gave up,' he said."
    )
    assert speakers(text)[-1] == ("The gearbox simply gave up", "Tom Ames")
