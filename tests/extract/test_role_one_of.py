"""A name set off as one of a group: "Tom Vell, one of the marchers," is a marcher."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_one_of_a_group_is_the_role(nlp: Language) -> None:
    """ "Tom Vell, one of the marchers, walked up": the group says who he is."""
    text = "Tom Vell, one of the marchers, walked up to the gates in Tarland."
    assert roles_in(nlp, text)["Tom Vell"] == "one of the marchers"


def test_owned_group_keeps_its_owner(nlp: Language) -> None:
    """ "one of the cafe's joint owners", said after a quote, is kept whole."""
    text = "‘We may close by May,’ Tom Vell, one of the cafe’s joint owners, told us."
    assert roles_in(nlp, text)["Tom Vell"] == "one of the cafe's joint owners"


def test_clause_after_the_group_is_cut(nlp: Language) -> None:
    """ "one of the pupils who wrote the petition": the role ends at the clause."""
    text = "Ann Roke, one of the pupils who wrote the petition, spoke first."
    assert roles_in(nlp, text)["Ann Roke"] == "one of the pupils"


def test_words_before_the_group_stay(nlp: Language) -> None:
    """ "one of the most outspoken critics": "most" is kept, as the text has it."""
    text = "Ann Roke, one of the most outspoken critics of the toll, spoke at the meeting."
    assert roles_in(nlp, text)["Ann Roke"] == "one of the most outspoken critics of the toll"
