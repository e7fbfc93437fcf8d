"""Entity typing of a one-word "body" the text also writes, untagged, after a given name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import Entity, extract_entities
from tests.extract.conftest import labelled


def _by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in entities}


def test_a_surname_after_an_untagged_given_name_is_a_person(nlp: Language) -> None:
    """A surname after an untagged given name ("dropped Adrian Vell") is a person, not a body."""
    # "a fee for Vell ... Norport have dropped Adrian Vell": the model missed the full name and read
    # the surname as a body.
    text = (
        "The club will waive a fee for Vell, and the board backed the move against Vell. "
        "Norport have dropped Adrian Vell from the squad until the spring."
    )
    labels = [("Vell", "ORG"), ("Vell", "ORG"), ("Norport", "ORG")]
    found = _by_name(extract_entities(labelled(nlp, text, labels)))
    assert found["Adrian Vell"].kind == "person"
    assert "Vell" in found["Adrian Vell"].aliases
    assert found["Norport"].kind == "organization"


def test_a_given_name_read_as_a_nationality_opens_the_name(nlp: Language) -> None:
    """ "Kelby sacked Adrian Vell", "Adrian" read as a nationality: all one name, no body."""
    text = "The fee for Vell was written off. Kelby sacked Adrian Vell on Monday."
    labels = [("Vell", "ORG"), ("Kelby", "ORG"), ("Adrian", "NORP")]
    found = _by_name(extract_entities(labelled(nlp, text, labels)))
    assert found["Adrian Vell"].kind == "person"
    assert "Vell" not in found


def test_a_tagged_full_name_gives_no_vote(nlp: Language) -> None:
    """ "Adrian Vell founded Vell": a tagged full name gives no vote; the firm stays a body."""
    # A full name the model read is its own mention; the firm of his name keeps the model's body.
    text = "Adrian Vell founded Vell in Norport, and shares in Vell rose on Monday."
    labels = [("Adrian Vell", "PERSON"), ("Vell", "ORG"), ("Vell", "ORG")]
    found = _by_name(extract_entities(labelled(nlp, text, labels)))
    assert found["Adrian Vell"].kind == "person"
    assert found["Vell"].kind == "organization"


def test_a_place_after_a_given_name_stays_a_place(nlp: Language) -> None:
    """ "moved to Tarland ... Jack Tarland": a one-word place is no surname of the text."""
    text = "She moved to Tarland in May. Jack Tarland was read widely there."
    labels = [("Tarland", "GPE")]
    found = _by_name(extract_entities(labelled(nlp, text, labels)))
    assert "Jack Tarland" not in found
