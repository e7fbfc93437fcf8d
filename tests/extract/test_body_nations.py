"""Bodies named by common words and the nation they serve: "Public Health Scotland"."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def _kinds(nlp: Language, text: str) -> dict[str, str]:
    """Name -> kind, the model having read only the weekday."""
    doc = labelled(nlp, text, [("Monday", "DATE")])
    return {e.name: e.kind for e in extract_entities(doc)}


def test_common_words_and_a_nation_opening_a_sentence_name_a_body(nlp: Language) -> None:
    """'Coastal Heritage Scotland said' read as nothing: a body."""
    kinds = _kinds(nlp, "Coastal Heritage Scotland said on Monday that the pier would close.")
    assert kinds.get("Coastal Heritage Scotland") == "organization"


def test_a_body_of_a_nation_before_its_spokesman(nlp: Language) -> None:
    """'a Rail Safety Wales spokesman said': the body the spokesman speaks for."""
    kinds = _kinds(nlp, "A Rail Safety Wales spokesman said on Monday that the line was shut.")
    assert kinds.get("Rail Safety Wales") == "organization"


def test_one_adjective_opening_a_sentence_describes_the_place(nlp: Language) -> None:
    """'Coastal Scotland has seen': the sentence's capital on a described place, no body."""
    kinds = _kinds(nlp, "Coastal Scotland has seen a fall in jobs since Monday.")
    assert "Coastal Scotland" not in kinds


def test_a_given_name_before_a_nation_is_no_body(nlp: Language) -> None:
    """'Ruth Wales said': a person's name the model missed, not a body of Wales."""
    kinds = _kinds(nlp, "Ruth Wales said on Monday that she would appeal.")
    assert "Ruth Wales" not in kinds


def test_a_word_of_no_dictionary_before_a_nation_makes_no_body(nlp: Language) -> None:
    """'praised Lebrov Scotland': a surname before a nation, no body's common words."""
    kinds = _kinds(nlp, "On Monday the envoy praised Lebrov Scotland for the talks.")
    assert "Lebrov Scotland" not in kinds


def test_a_run_that_does_nothing_a_body_does_is_no_body(nlp: Language) -> None:
    """'Fans in Mainland Scotland and Orkney': no verb, role or possessive after: a place."""
    kinds = _kinds(nlp, "Fans in Mainland Scotland and Orkney watched the final on Monday.")
    assert "Mainland Scotland" not in kinds
