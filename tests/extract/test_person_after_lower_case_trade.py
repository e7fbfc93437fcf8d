"""People the model reads as one span with a lower-case trade before them."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_lower_case_trade_read_as_a_person_does_not_swallow_the_name(nlp: Language) -> None:
    """ "lorry driver" + "Tom Ames", both read as people, leave Tom Ames a person."""
    from generator.extract.person_joins import joined_people

    text = "Among the travellers was lorry driver Tom Ames, 58, who set off at dawn."
    assert "Tom Ames" in [span.text for span in joined_people(nlp(text))]
    assert entity_kinds(nlp, text).get("Tom Ames") == "person"


def test_a_capitalised_trade_before_a_name_still_leaves_a_person(nlp: Language) -> None:
    """A trade opening the sentence ("Lorry driver Tom Ames") still leaves Tom Ames a person."""
    text = "Lorry driver Tom Ames, 58, set off at dawn with his dog."
    assert entity_kinds(nlp, text).get("Tom Ames") == "person"
