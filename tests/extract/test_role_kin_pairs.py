"""Kin named in a pair with one surname: "Sisters Ida and Wren Tolley" are each a sister."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_pair_at_a_sentence_start_are_each_kin(nlp: Language) -> None:
    """ "Sisters Ida and Wren Tolley" opening a sentence: each is the other's sister."""
    text = "Sisters Ida and Wren Tolley opened a tea room in Corbly on Monday."
    roles = roles_in(nlp, text)
    assert roles["Ida Tolley"] == "sister of Wren Tolley"
    assert roles["Wren Tolley"] == "sister of Ida Tolley"


def test_brothers_at_a_sentence_start(nlp: Language) -> None:
    """ "Brothers Oskar and Len Varga, who ...": each is the other's brother."""
    text = "Brothers Oskar and Len Varga, who keep sheep near Hollin, found the stray."
    roles = roles_in(nlp, text)
    assert roles["Oskar Varga"] == "brother of Len Varga"
    assert roles["Len Varga"] == "brother of Oskar Varga"


def test_first_of_a_pair_inside_a_sentence(nlp: Language) -> None:
    """ "her sisters Dana and Ffion Mabb": the first name is a sister as the second is."""
    text = "Carys Mabb said her sisters Dana and Ffion Mabb had driven through the night."
    roles = roles_in(nlp, text)
    assert roles["Dana Mabb"] == "sister of Ffion Mabb"
    assert roles["Ffion Mabb"] == "sister of Dana Mabb"


def test_sons_are_no_sons_of_each_other(nlp: Language) -> None:
    """ "Sons Piers and Milo Haddow": each is a "son", not the other's son."""
    text = "Sons Piers and Milo Haddow carried the coffin into Selby Abbey."
    roles = roles_in(nlp, text)
    assert roles["Piers Haddow"] == "son"
    assert roles["Milo Haddow"] == "son"


def test_named_owner_of_the_pair(nlp: Language) -> None:
    """ "Orla Dene's cousins Kit and Bel Ambry": whose cousins they are."""
    text = "Orla Dene's cousins Kit and Bel Ambry flew in from Perth for the wedding."
    roles = roles_in(nlp, text)
    assert roles["Kit Ambry"] == "Orla Dene's cousin"
    assert roles["Bel Ambry"] == "Orla Dene's cousin"
