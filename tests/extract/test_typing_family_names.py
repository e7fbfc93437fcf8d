"""A full name the model calls a body is a person when its surname is a family's name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON, extract_entities
from tests.extract.conftest import labelled

_TEXT = (
    "Ansel Brindell and Tove Brindell opened a bakery on the quay. Mr Brindell, 71, bakes the"
    " bread before dawn."
)


def test_a_surname_two_people_share_makes_the_full_name_a_person(nlp: Language) -> None:
    """ "Tove Brindell", read as a body, shares a family name with "Mr Brindell, 71": a person."""
    # The surname is a family's name, so "Tove Brindell" is a person too.
    doc = labelled(
        nlp,
        _TEXT,
        [("Ansel Brindell", "PERSON"), ("Tove Brindell", "ORG"), ("Brindell", "PERSON")],
    )
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Tove Brindell") == PERSON


def test_a_first_name_of_another_person_is_no_surname(nlp: Language) -> None:
    """ "Mr Ward" beside "Ward Hollis" leaves "Robin Ward" as read: "Ward" may be a first name."""
    text = "Ward Hollis and Robin Ward run the kiosk. Mr Ward, 52, sells the tickets."
    doc = labelled(
        nlp,
        text,
        [("Ward Hollis", "PERSON"), ("Robin Ward", "ORG"), ("Ward", "PERSON")],
    )
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Robin Ward") == ORG
