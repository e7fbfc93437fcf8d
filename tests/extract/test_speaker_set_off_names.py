"""A name set off by a comma before a person noun whose closing comma is missing ("Ann
Vell, Kit's mother told ..."): the parser makes the noun the subject, but the name speaks."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

STORY = "Two pupils from Marlow Academy were taken ill after a dare at a sleepover. "


def test_full_name_before_a_kin_noun_speaks() -> None:
    """'‘...,’ Orna Pellew, Tam's mother told the radio' is Orna Pellew's words."""
    found = speakers(
        STORY + "\n\n'It was awful. He could not walk straight,' Orna Pellew, "
        "Tam's mother told the radio station."
    )
    assert found == [("It was awful. He could not walk straight", "Orna Pellew")]


def test_lone_name_before_a_kin_noun_is_a_person() -> None:
    """A lone first name ('Bryony, Tam's aunt told') is a person who speaks, the next quote too."""
    # The NER may miss the name; the quote of the next paragraph goes on with her.
    found = speakers(
        STORY + "‘He could not stand up. His eyes kept rolling,’ Bryony, Tam's aunt told "
        "the local paper.\n\n‘We drove him to the clinic ourselves.’"
    )
    assert [speaker for _, speaker in found] == ["Bryony", "Bryony"]


def test_name_after_a_preposition_is_no_apposition() -> None:
    """'Unlike Bryony, her mother said' sets no name beside the noun: the quote is not Bryony's."""
    # The mother is not Bryony.
    found = speakers(
        STORY + "Unlike Bryony, her mother said: ‘I never liked that school very much.’"
    )
    assert all(speaker != "Bryony" for _, speaker in found)
