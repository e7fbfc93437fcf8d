"""Entity typing of two names joined by "and" when the model reads only one as a person."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_name_paired_with_a_given_named_person_is_a_person(nlp: Language) -> None:
    """ "Billy Roke and Kortin Vell scored": the partner's given name makes both people."""
    text = "Goals from Billy Roke and Kortin Vell sealed the win for the visitors on Saturday."
    kinds = labelled_kinds(nlp, text, [("Billy Roke", "PERSON"), ("Kortin Vell", "ORG")])
    assert kinds.get("Kortin Vell") == "person"


def test_a_name_ending_as_a_body_stays_a_body_beside_a_person(nlp: Language) -> None:
    """ "Billy Roke and Kortin Holdings": the last word is a firm's, the pair proves nothing."""
    text = "The contract went to Billy Roke and Kortin Holdings after a long tender in March."
    kinds = labelled_kinds(nlp, text, [("Billy Roke", "PERSON"), ("Kortin Holdings", "ORG")])
    assert kinds.get("Kortin Holdings") == "organization"


def test_a_pair_owning_a_noun_is_one_list(nlp: Language) -> None:
    """ "Ysolde Carrick and Tobias Brenn's reception": the possessive is the pair's."""
    text = "Ysolde Carrick and Tobias Brenn's reception was cancelled two days before the big day."
    kinds = labelled_kinds(nlp, text, [("Ysolde Carrick", "ORG"), ("Tobias Brenn", "PERSON")])
    assert kinds.get("Ysolde Carrick") == "person"


def test_a_plural_verb_after_a_pair_is_the_pairs(nlp: Language) -> None:
    """ "Lorcan Tasker and Martin Quell were sent off": "were" agrees with two people."""
    text = "Lorcan Tasker and Martin Quell were sent off in the second half ."
    kinds = labelled_kinds(nlp, text, [("Lorcan Tasker", "ORG"), ("Martin Quell", "PERSON")])
    assert kinds.get("Martin Quell") == "person"
    assert kinds.get("Lorcan Tasker") == "person"
