"""A home set off by commas after a name ("Jo Roe, 32, of Tarnby,") is the person's role
when the text says nothing else of them."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_home_after_an_age(nlp: Language) -> None:
    """The home after an age is kept, with the age after it."""
    text = "The pier shook on Monday. Dana Quell, 41, of Tarnbury, said she ran for the gate."
    assert roles_in(nlp, text)["Dana Quell"] == "of Tarnbury, 41"


def test_home_with_its_region(nlp: Language) -> None:
    """A region the model labelled after the town goes on the home."""
    text = 'The kiln burst at dawn. "We heard it go," said Ash Pole, of Dunmore, Nebraska.'
    assert roles_in(nlp, text)["Ash Pole"] == "of Dunmore, Nebraska"


def test_home_with_from_in_a_list(nlp: Language) -> None:
    """ "from" gives a home too, read for the name the commas set it beside."""
    text = "Two cooks were freed on Tuesday. Kemal Idris, from Leicester, and Abe Noor have left."
    assert roles_in(nlp, text)["Kemal Idris"] == "from Leicester"


def test_place_without_a_comma_is_no_home(nlp: Language) -> None:
    """ "Lord Penrith of Keswick" is a style, not a home set off after the name."""
    text = "Lord Penrith of Keswick, in his ruling, said the law was wrong."
    assert roles_in(nlp, text).get("Lord Penrith") is None


def test_place_that_runs_on_is_no_home(nlp: Language) -> None:
    """A place that a word follows ("of Tarnby Rovers") is not set off as a home."""
    text = "Joss Lyle, of Tarnby Rovers fans' group, said the ground was cold."
    assert roles_in(nlp, text).get("Joss Lyle") != "of Tarnby"


def test_description_later_beats_the_home(nlp: Language) -> None:
    """A description the story gives later is the role, the home only added to it."""
    text = (
        "Rita Moll, of Tarnby, said she was stopped at the gate. "
        "The retired potter was later allowed in."
    )
    assert roles_in(nlp, text)["Rita Moll"] == "retired potter, of Tarnby"


def test_appositive_of_another_mention_beats_the_home(nlp: Language) -> None:
    """An appositive beside a later mention is the role, not the home of the first."""
    text = "Jo Vance, 32, of Tarnby, lost her shed. Vance, a beekeeper, said the hives burned."
    assert roles_in(nlp, text)["Jo Vance"] == "beekeeper, 32"


def test_home_hung_from_the_name_without_a_comma(nlp: Language) -> None:
    """ "of" that the parse hangs from the name gives a home with no comma before it."""
    text = "Mia Grell of Tarnbury drowned when her canoe overturned near the weir on Sunday."
    assert roles_in(nlp, text)["Mia Grell"] == "of Tarnbury"


def test_home_before_and_without_a_comma(nlp: Language) -> None:
    """A home that "and" follows is read for the name it is written after."""
    text = "Kira Lomax of Ashby and her brother were arrested on the quay."
    assert roles_in(nlp, text)["Kira Lomax"] == "of Ashby"


def test_object_told_of_something_has_no_home(nlp: Language) -> None:
    """ "told Jo Roe of the plan": "of" is the verb's, no home."""
    text = "Police told Omar Vint of Tarnbury on Friday."
    assert roles_in(nlp, text).get("Omar Vint") is None
