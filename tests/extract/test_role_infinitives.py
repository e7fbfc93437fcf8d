"""The verb of an infinitive right before a title is no part of the role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_verb_after_to_is_no_title(nlp: Language) -> None:
    """ "vowed to never attack Green leader Tom Ames": he is the Green leader."""
    text = "The mayor vowed to never attack Green leader Tom Ames over his faith."
    assert roles_in(nlp, text)["Tom Ames"] == "Green leader"


def test_quoted_adverbs_between_to_and_the_verb(nlp: Language) -> None:
    """'to "never, ever" criticise council leader Ann Vell': the verb is left out."""
    text = 'She promised to "never, ever" criticise council leader Ann Vell again.'
    assert roles_in(nlp, text)["Ann Vell"] == "council leader"


def test_preposition_to_keeps_the_title(nlp: Language) -> None:
    """ "handed to council leader Ann Vell": "to" is a preposition, the title stays."""
    text = "The hall was handed to council leader Ann Vell on Monday."
    assert roles_in(nlp, text)["Ann Vell"] == "council leader"


def test_past_form_after_preposition_to_stays(nlp: Language) -> None:
    """ "sent to retired nurse Jo Roe": the adjective after a preposition is kept."""
    text = "He was sent to retired nurse Jo Roe for care."
    assert roles_in(nlp, text)["Jo Roe"] == "retired nurse"
