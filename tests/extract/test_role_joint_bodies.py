"""A body's name that joins two names by "and" ("Bedford and Luton Police"), which the model
labels as two bodies, is read whole after "of" (`role_affiliations`)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_joint_force_is_read_whole(nlp: Language) -> None:
    """ "of Tarnside and Vale Police", not "of Tarnside"."""
    text = "Sergeant Orla Vint, of Tarnside and Vale Police, said the road had reopened."
    assert roles_in(nlp, text)["Orla Vint"] == "Sergeant of Tarnside and Vale Police"
