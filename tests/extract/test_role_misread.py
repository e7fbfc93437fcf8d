"""A noun of a role the tagger read as a verb after a nationality word stays in the role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_noun_after_a_creed_word_stays(nlp: Language) -> None:
    """ "a teacher of Buddhist thought": "thought", tagged as a past tense, is the noun."""
    text = "Jo Ames, a teacher of Buddhist thought at Tarland, said so."
    assert roles_in(nlp, text)["Jo Ames"] == "teacher of Buddhist thought at Tarland"


def test_participle_clause_after_a_language_is_cut(nlp: Language) -> None:
    """ "a scholar of Russian trained in Paris": the participle clause is cut, as no past tense."""
    text = "Jo Ames, a scholar of Russian trained in Paris, said so."
    assert roles_in(nlp, text)["Jo Ames"] == "scholar of Russian"
