"""Organization spans whose edges the model misplaced, set right."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.body_span_edges import with_body_edges
from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def _names(nlp: Language, text: str, labels: list[tuple[str, str]], kind: str) -> list[str]:
    return [e.name for e in extract_entities(labelled(nlp, text, labels)) if e.kind == kind]


def test_a_firm_read_as_its_short_last_word_gets_its_first_word(nlp: Language) -> None:
    """'the start-up Quillon AI' read as 'AI' alone is the firm Quillon AI."""
    text = "The start-up Quillon AI said it would hire forty engineers in Dunmore."
    found = _names(nlp, text, [("AI", "ORG")], "organization")
    assert found == ["Quillon AI"]


def test_a_holders_title_after_a_county_is_no_body(nlp: Language) -> None:
    """'Marlow County Coroner Ena Daws': the coroner is her title, no body's word."""
    text = "According to Marlow County Coroner Ena Daws, the driver died at the scene."
    labels = [("Marlow County Coroner", "ORG"), ("Ena Daws", "PERSON")]
    found = _names(nlp, text, labels, "organization") + _names(nlp, text, labels, "place")
    assert found == ["Marlow County"]


def test_a_body_before_its_officers_title_stays_a_body(nlp: Language) -> None:
    """'Tarnby Housing Trust Treasurer Ena Daws': the trust is a body, not a place."""
    text = "Tarnby Housing Trust Treasurer Ena Daws said the accounts were in order."
    labels = [("Tarnby Housing Trust Treasurer", "ORG"), ("Ena Daws", "PERSON")]
    assert _names(nlp, text, labels, "organization") == ["Tarnby Housing Trust"]


def test_a_body_cut_to_its_place_before_a_title_is_whole(nlp: Language) -> None:
    """'Tarnvale Shire Police Chief Constable Ena Daws' read 'Tarnvale Shire' alone: the force."""
    text = "Tarnvale Shire Police Chief Constable Ena Daws said the review would be public."
    labels = [("Tarnvale Shire", "GPE"), ("Constable Ena Daws", "PERSON")]
    assert _names(nlp, text, labels, "organization") == ["Tarnvale Shire Police"]


def test_an_untagged_body_before_a_title_is_a_body(nlp: Language) -> None:
    """'the Corran Valley Water Board Chairman Ena Daws', the board in no entity: a body."""
    text = "On Friday the Corran Valley Water Board Chairman Ena Daws said pipes had burst."
    labels = [("Ena Daws", "PERSON")]
    assert _names(nlp, text, labels, "organization") == ["Corran Valley Water Board"]


def test_an_adjective_before_a_title_makes_no_body(nlp: Language) -> None:
    """'Tarnvale Financial Secretary Ena Daws': the adjective is her title's, no firm's."""
    text = "Tarnvale Financial Secretary Ena Daws said the budget would balance."
    labels = [("Tarnvale", "GPE"), ("Ena Daws", "PERSON")]
    assert "Tarnvale Financial" not in _names(nlp, text, labels, "organization")


def test_the_area_a_title_serves_makes_no_body(nlp: Language) -> None:
    """'Tarnvale District Judge Ena Daws': the district is her title's, no body's name."""
    text = "Tarnvale District Judge Ena Daws told the court the fine was fair."
    labels = [("Tarnvale", "GPE"), ("Ena Daws", "PERSON")]
    assert "Tarnvale District" not in _names(nlp, text, labels, "organization")


def test_a_name_ending_in_a_persons_noun_that_is_no_place_stays_whole(nlp: Language) -> None:
    """'New Yorker Dick Vell': what is left before "Yorker" is no place, so the span stays."""
    text = "By any measure, New Yorker Dick Vell is a winner, his friends said."
    doc = labelled(nlp, text, [("New Yorker", "ORG"), ("Dick Vell", "PERSON")])
    assert [s.text for s in with_body_edges(list(doc.ents))] == ["New Yorker", "Dick Vell"]
