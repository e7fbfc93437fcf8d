"""A lede that opens on someone not yet named describes the one named next, unless the
sentence naming them points at someone else."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_lede_noun_named_again_is_someone_else(nlp: Language) -> None:
    """ "A Norport ferry inspector" is the one the attacker hurt, not the attacker."""
    text = (
        "A Norport ferry inspector is recovering after an attacker hit him with his own "
        "torch. Tom Ames, 29, was charged with hurting a ferry inspector."
    )
    assert roles_in(nlp, text)["Tom Ames"] is None


def test_lede_is_not_given_past_another_name(nlp: Language) -> None:
    """The chief who names the suspended pilot is not the pilot of the lede."""
    text = (
        "A Norport harbour pilot lost his licence on Friday. Harbour Chief Ann Vell "
        "announced the ban on pilot Tom Ames at noon."
    )
    assert roles_in(nlp, text)["Ann Vell"] == "Harbour Chief"


def test_lede_still_describes_the_one_named_next(nlp: Language) -> None:
    """ "A Norport resident hooked a corpse. Luis Roe said": he is the resident."""
    text = "A Norport resident hooked a corpse while fishing. Luis Roe said it was a shock."
    assert roles_in(nlp, text)["Luis Roe"] == "Norport resident"
