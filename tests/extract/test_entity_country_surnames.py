"""People whose surname is a country's name, which the entity ruler reads as the country."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_given_name_before_a_country_makes_a_person(nlp: Language) -> None:
    """ "Tom Holland, a 52-year-old" is a person, not a first name beside the Netherlands."""
    text = "Police said on Monday that Tom Holland, a 52-year-old, was caught in Leeds."
    assert entity_kinds(nlp, text).get("Tom Holland") == "person"


def test_the_country_alone_stays_a_place(nlp: Language) -> None:
    """ "fled to Holland" with no given name before it is still the country."""
    text = "Police said on Monday that the man had fled to Holland in May."
    assert "Tom Holland" not in entity_kinds(nlp, text)
    assert entity_kinds(nlp, text).get("Netherlands") == "place"


def test_a_country_before_a_capitalised_word_is_left_alone(nlp: Language) -> None:
    """ "Ann Holland Park" runs on into another capital: no person "Ann Holland" is made."""
    from generator.extract.person_joins import country_surnamed_people

    doc = nlp("She met Ann at the Holland Park gates.")
    assert all(span.text != "Ann Holland" for span in country_surnamed_people(doc, list(doc.ents)))
