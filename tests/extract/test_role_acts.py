"""A verb the tagger read as an adjective of a title before a name is no part of the role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_verb_after_its_subject_is_no_title(nlp: Language) -> None:
    """ "Ann Vell married actor Tom Ames": he is an actor, not a "married actor"."""
    text = "Last week, Ann Vell married actor Tom Ames in Norport."
    assert roles_in(nlp, text)["Tom Ames"] == "actor"


def test_past_form_after_an_article_stays(nlp: Language) -> None:
    """ "A married youth minister, Tom Ames,": the adjective is part of the role."""
    text = "A married youth minister, Tom Ames, was fined on Monday."
    assert roles_in(nlp, text)["Tom Ames"] == "married youth minister"


def test_past_form_after_a_preposition_stays(nlp: Language) -> None:
    """ "opened by retired nurse Ann Vell": she is a retired nurse."""
    text = "The hall was opened by retired nurse Ann Vell on Monday."
    assert roles_in(nlp, text)["Ann Vell"] == "retired nurse"


def test_quote_marks_between_verbs_change_nothing(nlp: Language) -> None:
    """ "he 'bullied' and harassed singer Ann Vell": the quote marks change nothing."""
    text = "Tom Ames denies that he 'bullied' and sexually harassed singer Ann Vell at the gala."
    assert roles_in(nlp, text)["Ann Vell"] == "singer"


def test_past_form_after_a_noun_with_an_article_is_an_act(nlp: Language) -> None:
    """ "The crash injured bus driver Ann Vell": the crash acts; she is a bus driver."""
    text = "The crash injured bus driver Ann Vell on the Tarland road."
    assert roles_in(nlp, text)["Ann Vell"] == "bus driver"
