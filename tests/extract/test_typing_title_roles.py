"""Entity typing of title roles: "Mr Kite star Jo Ames" names a show, not a Mr Kite."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def test_a_titled_name_before_star_and_a_person_is_a_show(nlp: Language) -> None:
    """ "Mr Kite star Jo Ames": the title is the show's name, Jo Ames the person."""
    text = "Mr Kite star Jo Ames is to appear in a new comedy on the channel."
    doc = labelled(nlp, text, [("Kite", "PERSON"), ("Jo Ames", "PERSON")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Kite") != "person"
    assert kinds.get("Jo Ames") == "person"


def test_a_titled_name_that_speaks_stays_a_person(nlp: Language) -> None:
    """ "Mr Kite said": the title stays a person's when no star follows."""
    text = "Mr Kite said the comedy would return next year."
    kinds = {e.name: e.kind for e in extract_entities(labelled(nlp, text, [("Kite", "PERSON")]))}
    assert kinds.get("Kite") == "person"


def test_a_show_before_star_and_a_cut_name_is_a_show(nlp: Language) -> None:
    """ "Moon Kite creator Jo Ames": the show is no person, even if the model cut the name."""
    # The model may read "Jo" as a place and "Ames" alone as the person.
    text = "Moon Kite creator Jo Ames won best comedy performance at the ceremony."
    labels = [("Moon Kite", "PERSON"), ("Jo", "GPE"), ("Ames", "PERSON")]
    kinds = {e.name: e.kind for e in extract_entities(labelled(nlp, text, labels))}
    assert kinds.get("Moon Kite") != "person"
