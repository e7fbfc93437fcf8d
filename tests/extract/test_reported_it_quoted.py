"""Reported "it": an "it" opening the speaker's quoted words is not the speaker itself."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_votes


def test_it_after_a_colon_and_quote_mark_is_no_body_vote(nlp: Language) -> None:
    """'Trader Maren Fosk said: "It went far better..."': the "it" is the quote's, not hers."""
    text = 'Trader Maren Fosk said: "It went far better than we hoped."'
    votes = person_votes(nlp, text, 1, 3)
    assert votes.get("organization", 0.0) == 0.0


def test_it_after_a_quote_mark_alone_is_no_body_vote(nlp: Language) -> None:
    """ "Maren Fosk said 'it went well'": a quote mark before "it" opens her own words."""
    text = "Maren Fosk said 'it went far better than we hoped'."
    votes = person_votes(nlp, text, 0, 2)
    assert votes.get("organization", 0.0) == 0.0


def test_it_reported_without_a_quote_still_names_the_body(nlp: Language) -> None:
    """ "Kelvane said it would appeal": with no quote mark, "it" is still the body itself."""
    votes = person_votes(nlp, "Kelvane said it would appeal against the ruling.", 0, 1)
    assert votes.get("organization", 0.0) > 0.5
