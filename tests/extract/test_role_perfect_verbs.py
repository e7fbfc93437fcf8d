"""A past participle after "have" is the clause's verb, not a word of the title after it."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_verb_after_have_is_no_part_of_the_title(nlp: Language) -> None:
    """ "Kelby Rovers have sacked manager Dean Horler": the role is "manager"."""
    text = "Kelby Rovers have sacked manager Dean Horler after the cup defeat."
    assert roles_in(nlp, text).get("Dean Horler") == "manager"


def test_a_participle_in_a_title_stays(nlp: Language) -> None:
    """ "retired teacher Ann Vell": a participle with no "have" before it is the title's."""
    text = "The prize went to retired teacher Ann Vell on Monday."
    assert roles_in(nlp, text).get("Ann Vell") == "retired teacher"
