"""A bare surname two people share is the one's named first: its title is not the other's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_title_of_shared_surname_stays_with_first_named(nlp: Language) -> None:
    """ "Captain Osric Penhale" first, then "Tamsin Penhale": "Captain Penhale" is his."""
    text = (
        "Captain Osric Penhale met Tamsin Penhale in 1927. Tamsin Penhale sang in the "
        "choir. Critics admired Captain Penhale for his whistle."
    )
    roles = roles_in(nlp, text)
    assert roles["Osric Penhale"] == "Captain"
    assert roles["Tamsin Penhale"] is None
