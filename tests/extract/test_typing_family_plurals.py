"""A surname's plural after "the", beside a person who bears it, is a family: no body, no person."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_family_read_as_a_body_is_dropped(nlp: Language) -> None:
    """ "the Orrels moved west" beside "Dan Orrel": his family, not a firm."""
    text = "The preacher Dan Orrel has died. In 1950 the Orrels moved west with their children."
    names = labelled_kinds(nlp, text, [("Dan Orrel", "PERSON"), ("Orrels", "ORG")])
    assert names == {"Dan Orrel": "person"}


def test_a_family_read_as_a_person_is_dropped(nlp: Language) -> None:
    """ "the Marshes' first child" beside "Kay Marsh": a couple, not one person."""
    text = "The birth of the Marshes' first child was announced by Kay Marsh on Sunday."
    names = labelled_kinds(nlp, text, [("Marshes", "PERSON"), ("Kay Marsh", "PERSON")])
    assert "Marshes" not in names and names.get("Kay Marsh") == "person"


def test_a_plural_name_no_one_bears_stays_a_body(nlp: Language) -> None:
    """ "the Tarvells said" with no person surnamed Tarvell: the name stays a body."""
    text = "Dan Orrel sold the land, and the Tarvells said they would build homes on it."
    names = labelled_kinds(nlp, text, [("Dan Orrel", "PERSON"), ("Tarvells", "ORG")])
    assert names.get("Tarvells") == "organization"
