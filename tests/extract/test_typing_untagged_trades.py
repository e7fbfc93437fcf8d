"""People the model never tags, named after a noun for their trade or taken up by "who"."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.conftest import labelled


def _untagged_kinds(nlp: Language, text: str) -> dict[str, str]:
    """Name -> kind of the entities of ``text`` when the model tagged no name at all."""
    return {e.name: e.kind for e in extract_entities(labelled(nlp, text, []))}


def test_a_trade_opening_the_sentence_before_a_given_name(nlp: Language) -> None:
    """ "Actress Nina Quell stars as": a trade opening the sentence before a given name."""
    text = "The show won four awards. Actress Nina Quell stars as the barmaid in the soap."
    assert _untagged_kinds(nlp, text).get("Nina Quell") == PERSON


def test_a_given_name_taken_up_by_who(nlp: Language) -> None:
    """ "Ann Corbel, who runs the cafe,": "who" takes up a person, not a body nor a place."""
    text = "The cafe was packed on Friday night. Ann Corbel, who runs it, was delighted."
    assert _untagged_kinds(nlp, text).get("Ann Corbel") == PERSON
