"""A trade word the model ran into the front of a person's name is cut from the name."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled, labelled_kinds
from tests.extract.test_roles import roles_of


def test_a_trade_word_run_into_a_person_mid_sentence_is_cut(nlp: Language) -> None:
    """'that Coroner Harold Vesk' names 'Harold Vesk'; 'Hunter', 'Rose' stay given names."""
    text = "The inquest heard that Coroner Harold Vesk had recorded a verdict of misadventure."
    assert labelled_kinds(nlp, text, [("Coroner Harold Vesk", "PERSON")]) == {
        "Harold Vesk": "person"
    }
    text = "The club said that Hunter Max Tolland had signed and Rose Amelia Fenwick had left."
    labels = [("Hunter Max Tolland", "PERSON"), ("Rose Amelia Fenwick", "PERSON")]
    assert labelled_kinds(nlp, text, labels) == {
        "Hunter Max Tolland": "person",
        "Rose Amelia Fenwick": "person",
    }


def test_a_trade_word_run_into_a_person_read_as_a_body_is_cut(nlp: Language) -> None:
    """'Landlord Peter Dunmow' read as a body is 'Peter Dunmow', a landlord; firms stay."""
    text = "The tenants wrote that Landlord Peter Dunmow had ignored their letters for a year."
    labels = [("Landlord Peter Dunmow", "ORG")]
    assert labelled_kinds(nlp, text, labels) == {"Peter Dunmow": "person"}
    assert list(roles_of(labelled(nlp, text, labels)).values()) == ["Landlord"]
    text = "Shares in Builder Depot Ltd and Farmer Brothers rose sharply on Tuesday."
    labels = [("Builder Depot Ltd", "ORG"), ("Farmer Brothers", "ORG")]
    assert labelled_kinds(nlp, text, labels) == {
        "Builder Depot Ltd": "organization",
        "Farmer Brothers": "organization",
    }
