"""A country's name that is also the surname of a person in the story."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, PLACE
from tests.extract.conftest import entity_kinds

#: A man whose surname is a country's other name, then a sentence about him or it.
_OPENING = "Trevor Holland, the club's chairman, said the ground would be sold. "


def test_a_country_written_as_a_persons_surname_is_that_person(nlp: Language) -> None:
    """ "Trevor Holland ... Holland was moved to tears": the surname, not the Netherlands."""
    kinds = entity_kinds(nlp, _OPENING + "Holland was moved to tears as he spoke to fans.")
    assert (kinds.get("Trevor Holland"), kinds.get("Netherlands")) == (PERSON, None)


def test_the_country_stays_a_place_where_the_text_says_place(nlp: Language) -> None:
    """ "offices in Holland" beside a person surnamed Holland is still the country."""
    text = _OPENING + "The firm has offices in Holland and Belgium, and Holland is its market."
    kinds = entity_kinds(nlp, text)
    assert (kinds.get("Trevor Holland"), kinds.get("Netherlands")) == (PERSON, PLACE)


def test_a_country_with_no_namesake_stays_fixed(nlp: Language) -> None:
    """With no given name before it, the table's country is kept as it was."""
    kinds = entity_kinds(nlp, "Holland beat Belgium in the final on Sunday.")
    assert kinds.get("Netherlands") == PLACE


def test_a_country_after_a_courtesy_title_is_a_persons_surname(nlp: Language) -> None:
    """ "Mr Holland said he would resign ... Holland, 61,": a man, not the Netherlands."""
    text = "Mr Holland said he would resign from the board. Holland, 61, joined the bank in 1990."
    kinds = entity_kinds(nlp, text)
    assert (kinds.get("Holland"), kinds.get("Netherlands")) == (PERSON, None)
