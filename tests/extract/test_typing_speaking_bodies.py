"""A verb of saying alone does not make a body-shaped name the model calls a body a person."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_body_shaped_name_that_speaks_stays_a_body(nlp: Language) -> None:
    """ "Bright Harrow said" read as a body: "said" is no more a person's than a firm's."""
    text = "Bright Harrow said the concert had been moved to July."
    kinds = labelled_kinds(nlp, text, [("Bright Harrow", "ORG")])
    assert kinds.get("Bright Harrow") == "organization"


def test_a_full_name_of_no_common_word_that_speaks_is_a_person(nlp: Language) -> None:
    """ "Oksana Trell said" read as a body: a name of no common word keeps the verb's vote."""
    text = "Oksana Trell said the concert had been moved to July."
    kinds = labelled_kinds(nlp, text, [("Oksana Trell", "ORG")])
    assert kinds.get("Oksana Trell") == "person"


def test_a_trade_word_before_a_given_name_keeps_the_person(nlp: Language) -> None:
    """ "Warden Molly Tarrant said" read as one body: a given name inside makes it a person's."""
    text = "Warden Molly Tarrant said the concert had been moved to July."
    kinds = labelled_kinds(nlp, text, [("Warden Molly Tarrant", "ORG")])
    assert kinds.get("Warden Molly Tarrant") != "organization"


def test_a_body_run_over_a_comma_is_no_body_shape(nlp: Language) -> None:
    """ "on Twitter, Oren said" read as one body "Twitter, Oren": no name's shape at all."""
    text = "Posting the clip on Twitter, Oren said the fans had been wonderful."
    kinds = labelled_kinds(nlp, text, [("Twitter, Oren", "ORG")])
    assert kinds.get("Twitter, Oren") != "organization"
