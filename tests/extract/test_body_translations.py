"""A body's name given again in English in brackets is a form of the same body."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_organizations


def test_bracketed_english_name_is_an_alias_of_the_body(nlp: Language) -> None:
    """ "Velmora Tashk (Sons of the Valley)": the bracketed words are the body's second form."""
    text = "Gunmen of Velmora Tashk (Sons of the Valley) shelled two border posts overnight."
    bodies = labelled_organizations(nlp, text, [("Velmora Tashk", "ORG")])
    assert bodies == {"Velmora Tashk": ["Sons of the Valley"]}


def test_bracketed_name_the_model_read_apart_joins_the_body(nlp: Language) -> None:
    """A bracketed translation the model read as a body of its own is not a second body."""
    text = "The weekly Dorun Pesh (Morning Bell) printed its final issue in spring."
    labels = [("Dorun Pesh", "ORG"), ("Morning Bell", "ORG")]
    bodies = labelled_organizations(nlp, text, labels)
    assert bodies == {"Dorun Pesh": ["Morning Bell"]}


def test_a_place_or_one_word_in_brackets_is_no_translation(nlp: Language) -> None:
    """ "(Ohio)" and "(Tuesday)" after a firm's name are no other name of it."""
    text = "Sales at Brenlow Castings (Ohio) rose, and Harvick Mills (Tuesday) cut jobs."
    labels = [("Brenlow Castings", "ORG"), ("Ohio", "GPE"), ("Harvick Mills", "ORG")]
    bodies = labelled_organizations(nlp, text, labels)
    assert bodies == {"Brenlow Castings": [], "Harvick Mills": []}


def test_an_acronym_before_its_full_name_stays_one_body(nlp: Language) -> None:
    """ "the KPA (Kelby Port Authority)" after "Kelby Port Authority (KPA)": one body."""
    text = (
        "The Kelby Port Authority (KPA) met on Monday. Critics of the KPA "
        "(Kelby Port Authority) walked out."
    )
    labels = [("Kelby Port Authority", "ORG"), ("KPA", "ORG"), ("KPA", "ORG")]
    labels += [("Kelby Port Authority", "ORG")]
    bodies = labelled_organizations(nlp, text, labels)
    assert bodies == {"Kelby Port Authority": ["KPA"]}
