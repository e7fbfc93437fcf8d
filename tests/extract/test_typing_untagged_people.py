"""People the model left untagged, whose surname is a common noun, found by what they do."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.conftest import labelled


def _untagged_kinds(nlp: Language, text: str) -> dict[str, str]:
    """Name -> kind when the model tagged no entity at all."""
    return {e.name: e.kind for e in extract_entities(labelled(nlp, text, []))}


def test_a_given_name_and_common_noun_that_say_something_are_a_person(nlp: Language) -> None:
    """ "Nell Baker said", "said Hugo Carpenter": speakers, though no entity was tagged."""
    text = '"We are delighted," Nell Baker said. Trading was strong, said Hugo Carpenter.'
    kinds = _untagged_kinds(nlp, text)
    assert kinds.get("Nell Baker") == PERSON
    assert kinds.get("Hugo Carpenter") == PERSON


def test_a_given_name_and_common_noun_with_an_age_are_a_person(nlp: Language) -> None:
    """ "Gareth Fisher, 45, runs the shop": an age set off by commas is a person's."""
    kinds = _untagged_kinds(nlp, "Gareth Fisher, 45, runs the shop with his wife.")
    assert kinds.get("Gareth Fisher") == PERSON


def test_a_surname_that_is_also_a_towns_name_is_a_person(nlp: Language) -> None:
    """ "Actress Nina Preston won": a town's name is a common surname; only a land's is left."""
    kinds = _untagged_kinds(nlp, "Actress Nina Preston won the award on Friday night.")
    assert kinds.get("Nina Preston") == PERSON


def test_a_longer_name_or_an_article_makes_no_person(nlp: Language) -> None:
    """ "Grace Baker Hall", "the Rose Garden said": part of a place's or a work's name."""
    text = "Grace Baker Hall said it would close. The hotel said the Rose Garden said no."
    assert PERSON not in _untagged_kinds(nlp, text).values()


def test_an_untagged_name_joined_to_a_person_is_a_person(nlp: Language) -> None:
    """ "set up by Orin Vask and Tobias Prell": the model tagged only the first of the two."""
    text = "The service was set up by Orin Vask and Tobias Prell in 2003."
    kinds = {
        e.name: e.kind for e in extract_entities(labelled(nlp, text, [("Orin Vask", "PERSON")]))
    }
    assert kinds.get("Tobias Prell") == PERSON


def test_an_untagged_name_before_a_person_is_a_person(nlp: Language) -> None:
    """ "Tobias Prell and Orin Vask founded": the first of the two left untagged."""
    text = "Tobias Prell and Orin Vask founded the firm in a garage in 2003."
    kinds = {
        e.name: e.kind for e in extract_entities(labelled(nlp, text, [("Orin Vask", "PERSON")]))
    }
    assert kinds.get("Tobias Prell") == PERSON


def test_an_untagged_body_joined_to_a_person_is_no_person(nlp: Language) -> None:
    """ "Orin Vask and Kelby Council agreed": a body's word ends the second name."""
    text = "Orin Vask and Kelby Council agreed a deal on Monday."
    kinds = {
        e.name: e.kind for e in extract_entities(labelled(nlp, text, [("Orin Vask", "PERSON")]))
    }
    assert kinds.get("Kelby Council") != PERSON


def test_a_name_a_courtesy_title_takes_up_later_is_a_person(nlp: Language) -> None:
    """ "Orla Tarrant ... said Mrs Tarrant": a later title makes the first a person's full name."""
    # Even with a given name no table lists.
    text = (
        "When Orla Tarrant moved to the island in 1970, the ferry ran twice a day. "
        '"We managed," said Mrs Tarrant, now 81.'
    )
    assert _untagged_kinds(nlp, text).get("Orla Tarrant") == PERSON


def test_a_title_alone_makes_no_full_name(nlp: Language) -> None:
    """ "Mr Bridge ... Mr Bridge": a title and a surname written twice give no other name."""
    text = "The ferry stopped in 1932, said Mr Bridge. Mr Bridge added that the pier was unsafe."
    assert "Mr Bridge" not in _untagged_kinds(nlp, text)


def test_a_ranked_double_barrelled_name_is_a_person(nlp: Language) -> None:
    """ "Dr Ilse Marrow-Penn said": a rank, then a name whose hyphened surname has nouns in it."""
    text = (
        "The herd was tested in spring. Dr Ilse Marrow-Penn said the results were mixed."
        " Prof Oren Tallis-Vane, 61, disagreed."
    )
    kinds = _untagged_kinds(nlp, text)
    assert kinds.get("Ilse Marrow-Penn") == PERSON
    assert kinds.get("Oren Tallis-Vane") == PERSON
