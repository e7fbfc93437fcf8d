"""A bare surname that several people of a story share: the principal bearer's."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_bare_surname_is_the_principal_not_the_son_named_nearer() -> None:
    """ "said Vell" after "Rory Vell's accounts" is Marta Vell: the story named her first
    and states him only as her son."""
    text = (
        "Critics attacked Marta Vell's son Rory on Monday over his business deals abroad. "
        "The panel looked into Rory Vell's accounts last year.\n\n"
        "'My son did nothing wrong,' said Vell."
    )
    assert speakers(text) == [("My son did nothing wrong", "Marta Vell")]


def test_a_principal_stated_as_kin_settles_nothing() -> None:
    """A first-named bearer who is herself someone's kin ("the widow of") is no principal:
    the surname keeps the nearest full name."""
    text = (
        "Marta Vell, the widow of the painter Tomas Vell, opened a gallery on Friday. "
        "Tomas Vell painted the harbour for forty years.\n\n"
        "'The light here is unique,' Vell said."
    )
    assert speakers(text) == [("The light here is unique", "Tomas Vell")]


def test_a_kin_noun_that_describes_a_man_makes_him_no_relative() -> None:
    """ "Lifeboat Guild father Oskar Dunn, whose son Ivo Dunn drowned": the father is
    described, not stated as anyone's kin, so "Dunn said" is his, not the son's."""
    text = (
        "'They have no honour,' said Lifeboat Guild father Oskar Dunn, whose son Ivo Dunn "
        "drowned off Pellham in 2004.\n\n"
        "The row went on for days after the speech.\n\n"
        "'He is a coward,' Dunn said."
    )
    assert speakers(text)[-1] == ("He is a coward", "Oskar Dunn")


def test_a_courtesy_title_gives_the_surname_to_the_bearer_of_its_sex() -> None:
    """ "Ms Vell said" after "Her husband Tomas Vell": the title says a woman, he is
    known as a man, and Marta Vell is the one bearer known as a woman."""
    text = (
        "Marta Vell, a former actress, ran the magazine for twenty years.\n\n"
        "Her husband Tomas Vell died in Pellham last week at 92.\n\n"
        "Ms Vell said he was 'the kindest of men'."
    )
    assert speakers(text) == [("the kindest of men", "Marta Vell")]
