"""A noun of a role the tagger read as a verb after a nationality word stays in the role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_noun_after_a_creed_word_stays(nlp: Language) -> None:
    """ "a professor of Jewish thought": "thought" is the noun, not a verb."""
    text = "Jo Ames, a professor of Jewish thought at Tarland College, said it was late."
    assert roles_in(nlp, text)["Jo Ames"] == "professor of Jewish thought at Tarland College"


def test_participle_clause_after_a_language_is_cut(nlp: Language) -> None:
    """ "a lecturer of French based in Tarland": "based in Tarland" is a clause."""
    text = "Jo Ames, a lecturer of French based in Tarland, said it was late."
    assert roles_in(nlp, text)["Jo Ames"] == "lecturer of French"
