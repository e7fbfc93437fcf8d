"""A surname the model read as a person after a first name it left out is no place."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PLACE
from generator.extract.place_given_names import after_given_name
from tests.extract.conftest import labelled, labelled_kinds


def test_a_surname_after_a_left_out_first_name_is_no_town(nlp: Language) -> None:
    """ "lost to Whig Neil Preston": "Preston" ends a person's name here, not the town."""
    text = "Jo Ames lost the seat to Whig Neil Preston in a close vote."
    kinds = labelled_kinds(nlp, text, [("Jo Ames", "PERSON"), ("Preston", "PERSON")])
    assert kinds.get("Preston") != PLACE


def test_a_town_after_a_preposition_is_still_a_town(nlp: Language) -> None:
    """ "moved to Preston": no first name before it, so the preposition says a place."""
    text = "Jo Ames moved to Preston in a hurry."
    kinds = labelled_kinds(nlp, text, [("Jo Ames", "PERSON"), ("Preston", "PERSON")])
    assert kinds.get("Preston") == PLACE


def test_only_a_left_out_given_name_counts(nlp: Language) -> None:
    """A given name inside an entity of its own, or a lower-case word, is no cut-off name."""
    doc = labelled(nlp, "They met Neil Preston at the fair.", [("Neil Preston", "PERSON")])
    assert not after_given_name(doc.ents[0])
    doc = labelled(nlp, "They met Neil Preston at the fair.", [("Preston", "PERSON")])
    assert after_given_name(doc.ents[0])


def test_a_longer_name_after_a_given_name_is_not_cut(nlp: Language) -> None:
    """ "the Anne Marlow House": a building named after a person, not a surname cut off."""
    text = "They visited the Anne Marlow House on Monday."
    doc = labelled(nlp, text, [("Marlow House", "PERSON")])
    assert not after_given_name(doc.ents[0])


def test_a_given_name_listed_with_a_person_is_no_place(nlp: Language) -> None:
    """ "named only as Georgia, Kelsa and Marta": three runners, no state or country."""
    text = (
        "The three runners, named only as Georgia, Kelsa and Marta, said they jog along "
        "the river in Leeds every week."
    )
    labels = [("Georgia", "GPE"), ("Marta", "PERSON"), ("Leeds", "GPE")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Georgia") != "place" and kinds.get("Leeds") == "place"
