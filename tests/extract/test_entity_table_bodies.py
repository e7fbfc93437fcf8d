"""Palestinian bodies that the news names often are organizations by the table."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled


def test_al_fatah_in_a_list_is_an_organization(nlp: Language) -> None:
    """ "Al Fatah" that the model reads as a person is the organization Fatah."""
    from generator.extract.entities import extract_entities

    text = "Tom Vell said the threat then came from Al Fatah and the Red Brigades."
    doc = labelled(nlp, text, [("Tom Vell", "PERSON"), ("Al Fatah", "PERSON")])
    kinds = {entity.name: entity.kind for entity in extract_entities(doc)}
    assert kinds.get("Fatah") == "organization"
    assert "Al Fatah" not in kinds


def test_initials_of_the_plo_name_it(nlp: Language) -> None:
    """ "the PLO" is the Palestine Liberation Organization."""
    from generator.extract.entities import extract_entities

    names = {e.name for e in extract_entities(nlp("The PLO said it would send a delegation."))}
    assert "Palestine Liberation Organization" in names
