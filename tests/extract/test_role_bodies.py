"""A body someone is "of", told by a kind of body in lower case."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled
from tests.extract.test_roles import roles_in, roles_of


def test_kind_of_body_before_a_name_read_as_a_person(nlp: Language) -> None:
    """ "of campaign group Clean Canals Now" whose name the model took for a person's."""
    text = "Mina Holt of campaign group Clean Canals Now said the water was filthy."
    doc = labelled(nlp, text, [("Mina Holt", "PERSON"), ("Clean Canals Now", "PERSON")])
    assert roles_of(doc)["Mina Holt"] == "of campaign group Clean Canals Now"


def test_unnamed_body_with_what_it_is_about(nlp: Language) -> None:
    """ "of the cross-party group on river safety": a body described, not named."""
    text = "Sir Peter Lusk, of the cross-party group on river safety, said the rules were weak."
    assert roles_in(nlp, text)["Peter Lusk"] == "of the cross-party group on river safety"
