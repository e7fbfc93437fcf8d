"""Role nouns with a place or party before them that refer back to a titled person."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_state_and_office_refer_to_the_senator_named_of_that_state() -> None:
    """ "the Vermont senator" is the one senator whose naming sentence gives Vermont."""
    # Though no stated role holds "Vermont senator".
    text = (
        "Senator Dale Orrin of Vermont spoke to reporters on Monday after the vote.\n\n"
        "The bill now goes to the House, where its fate is unclear.\n\n"
        "'We have the numbers,' the Vermont senator said."
    )
    assert speakers(text)[-1] == ("We have the numbers", "Dale Orrin")


def test_a_place_said_of_no_holder_names_no_one() -> None:
    """A senator named with no word of the description's place is someone else."""
    text = (
        "Senator Dale Orrin spoke to reporters on Monday after the vote.\n\n"
        "The bill now goes to the House, where its fate is unclear.\n\n"
        "'We have the numbers,' the Kestrel senator said."
    )
    assert speakers(text)[-1] == ("We have the numbers", None)


def test_a_role_phrase_with_a_word_no_role_states_is_the_closest_holder() -> None:
    """'the outspoken shadow home secretary said' is Ann Vell, "shadow home secretary"."""
    # Not the man named just before, whose role shares none of it.
    text = (
        "Ann Vell, the shadow home secretary, spoke at the rally in Norport on Monday. "
        "Bob Kerr, 61, who runs a bakery, said he had come for the music.\n\n"
        '"We need more nurses," the outspoken shadow home secretary said.'
    )
    assert speakers(text)[-1] == ("We need more nurses", "Ann Vell")


def test_a_shadow_office_is_not_the_office() -> None:
    """'the outspoken shadow home secretary said' is not the home secretary named before."""
    # However many words the two share.
    text = (
        "Ann Vell, the home secretary, spoke at the rally in Norport on Monday. "
        "Bob Kerr, 61, who runs a bakery, said he had come for the music.\n\n"
        '"We need more nurses," the outspoken shadow home secretary said.'
    )
    assert speakers(text)[-1][1] != "Ann Vell"


def test_a_former_holder_is_not_the_office_now() -> None:
    """ "Kit Hale, the former Tory chancellor, ... The chancellor said": not Hale."""
    # Hale's stated role gives the office only as held before.
    text = (
        "Kit Hale, the former Tory chancellor, attacked the budget on Monday.\n\n"
        "Tom Vell defended his plans in the Commons. The chancellor said: 'These figures "
        "show the economy is growing faster than anyone expected.'"
    )
    assert speakers(text)[0][1] != "Kit Hale"


def test_an_ex_holder_written_with_a_hyphen_is_not_the_office_now() -> None:
    """ "Kit Hale, the ex-Tory chancellor, ... The chancellor said": "ex-Tory" says before."""
    text = (
        "Kit Hale, the ex-Tory chancellor, attacked the budget on Monday.\n\n"
        "Tom Vell defended his plans in the Commons. The chancellor said: 'These figures "
        "show the economy is growing faster than anyone expected.'"
    )
    assert speakers(text)[0][1] != "Kit Hale"


def test_a_past_word_elsewhere_in_the_role_leaves_the_office() -> None:
    """ "Chancellor, a former banker": the office is still theirs."""
    text = (
        "Kit Hale, the chancellor and a former banker, set out the budget on Monday.\n\n"
        "The chancellor said: 'These figures show the economy is growing faster than "
        "anyone expected.'"
    )
    assert speakers(text)[0][1] == "Kit Hale"
