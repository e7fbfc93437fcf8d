"""A preposition after a list of names that a verb takes as its objects is the verb's, so
it gives no name of the list a role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_last_listed_object_takes_no_affiliation(nlp: Language) -> None:
    """The last of three rowers banned "from Kelby Regatta" is not of the regatta."""
    text = (
        "After a quarrel over muddy oars, the rowing club quietly banned Ana Pell, Joe Tamm"
        " and Rik Sovo from Kelby Regatta."
    )
    assert roles_in(nlp, text).get("Rik Sovo") is None


def test_subject_keeps_the_body_after_the_name(nlp: Language) -> None:
    """A subject's "of Dunmere Rowing Trust" still says whom she is with."""
    text = "Oarswoman Gwen Tolley of Dunmere Rowing Trust varnished every scull herself."
    assert roles_in(nlp, text)["Gwen Tolley"] == "Oarswoman of Dunmere Rowing Trust"
