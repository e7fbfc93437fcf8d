"""A role holds a name whole, however the parser hung its words."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_plural_possessive_read_as_a_quote_mark(nlp: Language) -> None:
    """ "the Growers’ Minister" with "’" tagged a quote mark: the role goes on past it."""
    text = "Before politics, Gita Rowe worked as an adviser for the Growers’ Minister in Cardiff."
    assert roles_in(nlp, text)["Gita Rowe"] == "adviser for the Growers' Minister in Cardiff"


def test_name_whose_last_words_hang_elsewhere(nlp: Language) -> None:
    """ "the Anglers’ Trust" with "Trust" hung from the person: the role ends the name."""
    text = "Omar Jessup, who is chairman of the Anglers’ Trust, opened the meeting."
    assert roles_in(nlp, text)["Omar Jessup"] == "chairman of the Anglers' Trust"
