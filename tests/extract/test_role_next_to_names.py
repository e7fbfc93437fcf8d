"""A lower-case noun for a person right before a full name is its title even when the parse
hangs it elsewhere (`role_next_to_names`)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_misparsed_trade_before_a_full_name_is_its_title(nlp: Language) -> None:
    """ "Heavyweight boxer Tomasz Vellin" parsed with "boxer" hung from the verb."""
    text = (
        "Heavyweight boxer Tomasz Vellin has been arrested in Malaga after a fight at a "
        "harbour cafe."
    )
    assert roles_in(nlp, text)["Tomasz Vellin"] == "boxer"


def test_a_noun_for_no_person_before_a_name_is_no_title(nlp: Language) -> None:
    """ "In this case Roe was released": "case" is no one's title."""
    text = "In this case Tomasz Vellin was released without charge."
    assert roles_in(nlp, text)["Tomasz Vellin"] is None
