"""A sentence's "New" before an office's title says its holder is new, not the body's name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import ORG
from tests.extract.conftest import labelled_kinds

#: A headline, then a story whose sentences open with "New" before a title.
_HEADLINED = (
    "New Treasury chief pledges caution\n\nNew Transport Secretary Helen Marsh has promised "
    "a review of rail fares. She told reporters the plans would be published next month."
)


def _bodies(nlp: Language, text: str) -> set[str]:
    return {e.name for e in extract_entities(nlp(text)) if e.kind == ORG}


def test_new_before_a_police_chief_is_no_part_of_the_force(nlp: Language) -> None:
    """ "New Northshire Police Chief Constable Alan Brede": the force is "Northshire Police"."""
    text = "New Northshire Police Chief Constable Alan Brede said he would hire more officers."
    assert _bodies(nlp, text) == {"Northshire Police"}


def test_new_before_a_chief_in_a_headline_makes_no_body(nlp: Language) -> None:
    """ "New Treasury chief pledges caution": no body "New Treasury"."""
    assert "New Treasury" not in _bodies(nlp, _HEADLINED)


def test_a_place_named_new_keeps_its_word(nlp: Language) -> None:
    """ "New York Police Commissioner": "New York" is the place, so the force keeps it."""
    text = "New York Police Commissioner Dana Reyes said patrols would double this summer."
    assert "York Police" not in _bodies(nlp, text)


def test_a_party_named_new_keeps_its_word(nlp: Language) -> None:
    """ "New Democratic Party leader": parties are named "New", and keep the word."""
    text = "New Democratic Party leader Ruth Kane said the budget plan was overdue."
    assert "Democratic Party" not in _bodies(nlp, text)


def test_new_before_a_portfolio_is_no_body(nlp: Language) -> None:
    """ "New Energy Secretary Ana Lisk": a newly named secretary, no body "New Energy"."""
    text = "New Energy Secretary Ana Lisk said the levy would stay."
    kinds = labelled_kinds(nlp, text, [("New Energy", "ORG"), ("Ana Lisk", "PERSON")])
    assert kinds == {"Ana Lisk": "person"}


def test_new_before_a_nationality_is_no_body(nlp: Language) -> None:
    """ "New Danish envoy Ole Brask": the envoy is new; there is no body "New Danish"."""
    text = "New Danish trade envoy Ole Brask arrived in the port on Monday."
    kinds = labelled_kinds(nlp, text, [("New Danish", "ORG"), ("Ole Brask", "PERSON")])
    assert "New Danish" not in kinds and kinds.get("Ole Brask") == "person"


def test_a_place_with_new_stays_whole(nlp: Language) -> None:
    """ "New Jersey Police Chief Ray Kelt": "New" belongs to the state's name."""
    text = "New Jersey Police Chief Ray Kelt said the roads were closed."
    kinds = labelled_kinds(nlp, text, [("New Jersey Police", "ORG"), ("Ray Kelt", "PERSON")])
    assert "New Jersey Police" in kinds


def test_a_name_with_new_written_elsewhere_stays_whole(nlp: Language) -> None:
    """ "the New Harvest Party" written inside a sentence: "New" is the party's own word."""
    text = (
        "New Harvest Party leader Ivo Dant said he would run. "
        "Polls give the New Harvest Party a third of the vote."
    )
    labels = [("New Harvest Party", "ORG"), ("Ivo Dant", "PERSON"), ("New Harvest Party", "ORG")]
    assert "New Harvest Party" in labelled_kinds(nlp, text, labels)


def test_a_firm_named_new_keeps_its_word(nlp: Language) -> None:
    """ "New Harbour Bank president Ann Dart": "New" is the bank's own word, not the adjective."""
    text = "New Harbour Bank president Ann Dart said the loan had been repaid in full."
    kinds = labelled_kinds(nlp, text, [("New Harbour Bank", "ORG"), ("Ann Dart", "PERSON")])
    assert "New Harbour Bank" in kinds and "Harbour Bank" not in kinds


def test_new_before_a_body_noun_the_model_ran_on_is_no_body_word(nlp: Language) -> None:
    """ "New Nordic commission president": the model's "New Nordic commission" has no "New"."""
    text = (
        "New Nordic commission president Jan Vell has said the plan will go ahead. "
        "Nordic ministers met on Monday."
    )
    labels = [("New Nordic commission", "ORG"), ("Jan Vell", "PERSON")]
    assert not any(name.startswith("New") for name in labelled_kinds(nlp, text, labels))
