"""A title written before a name with "its" ("Its chairman Jo Roe said") is the post of the
body the sentence before was about, as it is for "its" in an appositive
(`role_titles.title_before`, `role_its.owner_of_its`)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_its_title_before_a_name_names_the_body(nlp: Language) -> None:
    """ "the Quarrow Growers Council ... Its chairman Bram Hewlow said": the council's."""
    text = (
        "Last night the Quarrow Growers Council suggested that no help would be needed.\n\n"
        "Its chairman Bram Hewlow said: 'Growing is a trade like no other.'"
    )
    assert roles_in(nlp, text)["Bram Hewlow"] == "chairman of the Quarrow Growers Council"


def test_its_of_a_thing_that_holds_no_post_is_dropped(nlp: Language) -> None:
    """ "Tess Lomb hugged her dog. Its owner Tim Lamb": no body, so a bare "owner"."""
    text = "Tess Lomb hugged her dog. Its owner Tim Lamb was pleased."
    assert roles_in(nlp, text)["Tim Lamb"] == "owner"
