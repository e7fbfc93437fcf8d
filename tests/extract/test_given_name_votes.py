"""Entity typing of a given name and surname that only the model reads as a body."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_given_name_the_model_reads_as_a_body_is_a_person(nlp: Language) -> None:
    """ "thanks to Justin Vell and Ann Roke" with "Justin Vell" read as a body: a person."""
    text = "The deal went through thanks to Justin Vell and Ann Roke, the club said on Friday."
    kinds = labelled_kinds(nlp, text, [("Justin Vell", "ORG"), ("Ann Roke", "PERSON")])
    assert kinds.get("Justin Vell") == "person"


def test_a_given_name_read_as_a_body_twice_is_a_person(nlp: Language) -> None:
    """Two writings the model reads as a body, nothing else said of them: still a person."""
    text = (
        "The singer was interviewed by Justin Vell last year. "
        "The talk with Justin Vell drew a large audience."
    )
    kinds = labelled_kinds(nlp, text, [("Justin Vell", "ORG"), ("Justin Vell", "ORG")])
    assert kinds.get("Justin Vell") == "person"


def test_a_given_name_with_evidence_of_a_body_stays_a_body(nlp: Language) -> None:
    """ "shares in Justin Vell": the text says firm, so the given name changes nothing."""
    text = "Investors sold shares in Justin Vell after the results on Monday."
    kinds = labelled_kinds(nlp, text, [("Justin Vell", "ORG")])
    assert kinds.get("Justin Vell") == "organization"


def test_a_given_name_before_a_place_word_stays_a_body(nlp: Language) -> None:
    """ "Grace Street" ends as a place's name does: no one's name."""
    text = "The match was moved to Grace Street after the flood, officials said."
    kinds = labelled_kinds(nlp, text, [("Grace Street", "ORG")])
    assert kinds.get("Grace Street") != "person"


def test_a_given_name_a_pronoun_takes_up_outweighs_a_firms_act(nlp: Language) -> None:
    """ "Gavin Lowe cut 300 jobs, and he said": act and pronoun weigh alike; the given name wins."""
    text = "Gavin Lowe cut 300 jobs last year, and he said more would go."
    kinds = labelled_kinds(nlp, text, [("Gavin Lowe", "ORG")])
    assert kinds.get("Gavin Lowe") == "person"


def test_a_reflexive_takes_the_given_name_up_as_a_pronoun_does(nlp: Language) -> None:
    """ "Gavin Lowe cut 300 jobs and blamed himself": the reflexive says person as "he" does."""
    text = "Gavin Lowe cut 300 jobs last year and blamed himself for the losses."
    kinds = labelled_kinds(nlp, text, [("Gavin Lowe", "ORG")])
    assert kinds.get("Gavin Lowe") == "person"
