"""Bodies' names the model cut at their own "and" or "of", read whole."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def _bodies(nlp: Language, text: str, labels: list[tuple[str, str]]) -> list[str]:
    return [
        e.name for e in extract_entities(labelled(nlp, text, labels)) if e.kind == "organization"
    ]


def test_two_words_before_and_open_the_body_name(nlp: Language) -> None:
    """'the Crown Prosecution and Tribunal Service said', cut to 'Tribunal Service': whole."""
    text = "The Crown Prosecution and Tribunal Service said the case had been dropped."
    found = _bodies(nlp, text, [("Tribunal Service", "ORG")])
    assert found == ["Crown Prosecution and Tribunal Service"]


def test_a_people_word_may_open_the_words_before_and(nlp: Language) -> None:
    """'A Welsh Fire and Rescue Service spokesman': 'Welsh' read apart is the name's."""
    text = "A Welsh Fire and Rescue Service spokesman said crews were called at dawn."
    found = _bodies(nlp, text, [("Welsh", "NORP"), ("Rescue Service", "ORG")])
    assert found == ["Welsh Fire and Rescue Service"]


def test_a_body_head_before_and_ends_another_body(nlp: Language) -> None:
    """'the Tarn Office and Border Force': 'Office' ends a body of its own; two bodies."""
    text = "Officials from the Tarn Office and Border Force met on Monday."
    found = _bodies(nlp, text, [("Border Force", "ORG")])
    assert found == ["Border Force"]


def test_a_place_after_the_body_own_of_ends_its_name(nlp: Language) -> None:
    """'the Royal College of Farriers of' + 'Tarland': one body's name."""
    text = "She is a fellow of the Royal College of Farriers of Tarland, the paper said."
    labels = [("Royal College of Farriers of", "ORG"), ("Tarland", "GPE")]
    assert _bodies(nlp, text, labels) == ["Royal College of Farriers of Tarland"]


def test_a_place_read_as_a_person_opens_the_body_name(nlp: Language) -> None:
    """'Then Rutland and Kelby Police closed ...': the county read as a person is the name's."""
    text = "Then Rutland and Kelby Police closed the lane beside the old mill."
    found = _bodies(nlp, text, [("Rutland", "PERSON"), ("Kelby Police", "ORG")])
    assert found == ["Rutland and Kelby Police"]


def test_a_place_read_as_a_body_opens_the_body_name(nlp: Language) -> None:
    """'the Hereford and Tarnby Hospital', the town read alone as a body: one hospital."""
    text = "A porter at the Hereford and Tarnby Hospital said the ward shut early."
    found = _bodies(nlp, text, [("Hereford", "ORG"), ("Tarnby Hospital", "ORG")])
    assert found == ["Hereford and Tarnby Hospital"]


def test_a_surname_of_the_story_before_and_stays_apart(nlp: Language) -> None:
    """A town's name that is also a person's surname in the story opens no body's name."""
    text = "Jo Reading waved. Later Reading and Kelby Police spoke to the crowd."
    labels = [("Jo Reading", "PERSON"), ("Reading", "PERSON"), ("Kelby Police", "ORG")]
    assert _bodies(nlp, text, labels) == ["Kelby Police"]


def test_a_regiment_read_as_a_person_is_the_body_after_and(nlp: Language) -> None:
    """'the Dornshire and Kelby Regiment', its end read as a person: one body, no person."""
    text = "Troops from the Dornshire and Kelby Regiment were flown north on Friday."
    entities = extract_entities(labelled(nlp, text, [("Kelby Regiment", "PERSON")]))
    assert [(e.name, e.kind) for e in entities if e.kind != "date"] == [
        ("Dornshire and Kelby Regiment", "organization")
    ]


def test_a_town_upon_a_river_opens_the_body_after_it(nlp: Language) -> None:
    """'Carrow' + 'upon' + 'Wend Hospitals Trust': the town's name opens the body's."""
    text = "A manager at Carrow upon Wend Hospitals Trust said two wards would shut."
    found = _bodies(nlp, text, [("Carrow", "GPE"), ("Wend Hospitals Trust", "ORG")])
    assert found == ["Carrow upon Wend Hospitals Trust"]
