"""A bare noun for a person right before a full name is its title even when the parse makes
it the verb's object; with a determiner ("told the nurse Jo Roe had gone") it is not
(`role_next_to_names`)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_bare_noun_read_as_an_object_is_a_title(nlp: Language) -> None:
    """ "..., interviewer Gayle Kent asked him": an interviewer, though parsed as an object."""
    text = "'The mayor keeps holding these rallies,' interviewer Gayle Kent asked Dr Orme."
    assert roles_in(nlp, text)["Gayle Kent"] == "interviewer"
