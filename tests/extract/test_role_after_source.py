"""A description that opens a sentence a source ends ("..., police said") is still read."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_description_before_a_source_that_is_no_role(nlp: Language) -> None:
    """ "The boxing star was freed, police said" after the name describes the one named."""
    text = "Tom Ames was held on Friday. The boxing star was freed on bail, police said."
    assert roles_in(nlp, text)["Tom Ames"] == "boxing star"


def test_lede_before_a_source_stays_unread(nlp: Language) -> None:
    """A lede's subject before "police said" is not taken for the one named next."""
    text = "A ferry pilot was fined in Norport, police said. Tom Ames said the fine was fair."
    assert roles_in(nlp, text)["Tom Ames"] is None
