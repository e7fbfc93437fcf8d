"""Parties of the smaller nations of the UK are organizations by the table."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled


def test_a_party_the_model_reads_as_a_person_is_an_organization(nlp: Language) -> None:
    """ "Sinn Féin", written with or without its accent, is one organization."""
    from generator.extract.entities import extract_entities

    text = "Mr Roke said he would rather work with Sinn Féin. Sinn Fein said it would talk."
    doc = labelled(nlp, text, [("Roke", "PERSON"), ("Sinn Féin", "PERSON")])
    kinds = {entity.name: entity.kind for entity in extract_entities(doc)}
    assert kinds.get("Sinn Féin") == "organization"
    assert "Sinn Fein" not in kinds


def test_initials_of_a_party_name_it(nlp: Language) -> None:
    """ "the SDLP" is the Social Democratic and Labour Party."""
    from generator.extract.entities import extract_entities

    names = {e.name for e in extract_entities(nlp("The SDLP said it was ready to talk."))}
    assert "Social Democratic and Labour Party" in names
