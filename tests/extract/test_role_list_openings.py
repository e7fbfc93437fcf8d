"""A plural noun for people that opens a sentence before a list of names, and a list
whose first name the model took for a body: the title is each name's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_capitalised_plural_noun_opening_a_list(nlp: Language) -> None:
    """ "Neighbours Julie Tarn and Ben Thorley have ...": each is a neighbour."""
    roles = roles_in(nlp, "Neighbours Julie Tarn and Ben Thorley have set up a group.")
    assert roles["Julie Tarn"] == "Neighbour" and roles["Ben Thorley"] == "Neighbour"


def test_plural_title_before_a_first_name_read_as_a_body(nlp: Language) -> None:
    """ "joint editors Imogen Usherley and Tash Mosten": Mosten is a joint editor too."""
    # "Imogen Usherley" is read as an organisation by the model.
    text = (
        "‘The paper will come out on Friday as planned,’ joint editors Imogen Usherley and "
        "Tash Mosten said."
    )
    assert roles_in(nlp, text)["Tash Mosten"] == "joint editor"
