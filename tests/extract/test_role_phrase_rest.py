"""A role ends no noun phrase in the middle, however the parser hung its last words."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_plural_noun_hung_from_the_first_of_listed_places(nlp: Language) -> None:
    """ "boss of A, B and C airports": "airports", hung from "A", goes on the role."""
    text = (
        "Derek Vane, the boss of Lowton, Marsh and Kelby airports, said: "
        "'Passenger numbers have halved since spring.'"
    )
    assert roles_in(nlp, text)["Derek Vane"] == "boss of Lowton, Marsh and Kelby airports"


def test_book_title_the_model_cut_short(nlp: Language) -> None:
    """A book's title the model ended early is read on to its last noun."""
    text = (
        "Tom Kell, the author of The Long Road: The Story Behind Europe's Economic "
        "Miracle and an expert on trade, said: 'It is simple.'"
    )
    role = roles_in(nlp, text)["Tom Kell"]
    assert role is not None and role.startswith(
        "author of The Long Road: The Story Behind Europe's Economic Miracle"
    )


def test_body_name_word_left_out_of_the_entity(nlp: Language) -> None:
    """ "of the Coastal Independent Grid Operator": the body's last words stay."""
    text = (
        "Ellen Roff of the Coastal Independent Grid Operator that runs the network "
        "said reserves were thin."
    )
    assert roles_in(nlp, text)["Ellen Roff"] == "of the Coastal Independent Grid Operator"


def test_plural_noun_read_as_a_second_appositive(nlp: Language) -> None:
    """ "councils" after "head of A, B and C", hung from the person: it ends the role."""
    text = '"We expect a strong summer," said Omar Feld, head of Lowton, Marsh and Ashby councils.'
    assert roles_in(nlp, text)["Omar Feld"] == "head of Lowton, Marsh and Ashby councils"
