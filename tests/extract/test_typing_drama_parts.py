"""A part an actor plays in a television drama or comedy is no person of the briefing."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import labelled_kinds


def test_a_part_starred_as_in_a_drama_is_no_person(nlp: Language) -> None:
    """ "stars Nell Arkwright as the smuggler Jory Penhale" in a drama: Jory is a part."""
    text = (
        "The period drama, which stars Nell Arkwright as the smuggler Jory Penhale, "
        "will be shown on Sunday nights."
    )
    labels = [("Nell Arkwright", "PERSON"), ("Jory Penhale", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Nell Arkwright") == PERSON
    assert "Jory Penhale" not in kinds


def test_a_part_played_in_a_comedy_is_no_person(nlp: Language) -> None:
    """ "Wes Tandy plays Denny Crook in the new comedy": Denny is the part he plays."""
    text = "Wes Tandy plays the hapless landlord Denny Crook in the new comedy from the writers."
    labels = [("Wes Tandy", "PERSON"), ("Denny Crook", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Wes Tandy") == PERSON
    assert "Denny Crook" not in kinds
