"""A name set off from its copula by an aside between dashes still has the copula's role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_copula_after_a_dashed_aside(nlp: Language) -> None:
    """ "Tom — or to give him his ring name, The Hammer — is ... coach": his role is the coach."""
    # With the widower of a later appositive added after it.
    text = (
        "I met Tom Pellow in his kitchen. Tom — or to give him his ring name, The Hammer — "
        "is Dornwick’s oldest boxing coach, and has been tipped for an award. "
        "Tom, a widower, still trains daily."
    )
    assert roles_in(nlp, text)["Tom Pellow"] == "Dornwick's oldest boxing coach, widower"
