"""A plural title before a list of names is each listed name's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_plural_title_the_parser_read_as_a_verb(nlp: Language) -> None:
    """ "Hollywood stars" before three names, "stars" tagged a verb: each is a star."""
    text = "Hollywood stars Tom Ardley, Jim Brace and Ann Colfer flew in for the premiere in Leeds."
    roles = roles_in(nlp, text)
    assert roles["Tom Ardley"] == roles["Ann Colfer"] == "Hollywood star"


def test_nearest_titled_name_decides_a_list(nlp: Language) -> None:
    """A list hung from an earlier name with its own title takes the plural title before it."""
    text = "Singer Joss Palmer and comedians Mo Tresh, Kit Lomax and Dora Venn will host the gala."
    roles = roles_in(nlp, text)
    assert roles["Joss Palmer"] == "Singer"
    assert roles["Kit Lomax"] == roles["Dora Venn"] == "comedian"


def test_plural_of_a_title_in_capitals(nlp: Language) -> None:
    """ "Tory MPs" before names: each is a Tory MP."""
    text = "Tributes came from Labour leader Sam Tilly and Tory MPs Rob Dace, Jan Pyle and Ken Orr."
    assert roles_in(nlp, text)["Rob Dace"] == "Tory MP"
