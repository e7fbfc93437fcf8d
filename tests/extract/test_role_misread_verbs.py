"""A noun for a person the tagger read as a past tense is still a title before a name."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_grandee_read_as_a_past_tense(nlp: Language) -> None:
    """ "Tory grandee Sir Hugh Vane": "grandee", tagged a verb, heads the title."""
    text = "Tory grandee Sir Hugh Vane said the party risked losing voters."
    assert roles_in(nlp, text)["Hugh Vane"] == "Tory grandee"


def test_grandee_after_a_time_phrase(nlp: Language) -> None:
    """The same misreading after a time phrase that opens the sentence."""
    text = "Last night Tory grandee Ken Marle said the plan was dead."
    assert roles_in(nlp, text)["Ken Marle"] == "Tory grandee"
