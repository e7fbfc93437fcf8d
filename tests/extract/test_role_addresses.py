"""Where someone lives is no role: a street after "of" or "from" is an address."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    "text",
    [
        "Megan Price, of Larch Road, Ashby, said the green had been used for years.",
        "Tilly Ormond, from Sandpit Lane, Corwen, said the bins had not been emptied.",
    ],
)
def test_a_street_after_of_is_no_affiliation(nlp: Language, text: str) -> None:
    """ "Jo Roe, of Larch Road, Ashby," says where she lives, not whom she works for."""
    assert next(iter(roles_in(nlp, text).values())) is None


def test_a_body_named_after_its_street_is_still_one(nlp: Language) -> None:
    """ "of the Larch Road Residents Association" ends in a body's word: an affiliation."""
    text = "Megan Price, of the Larch Road Residents Association, said the green was lost."
    assert roles_in(nlp, text)["Megan Price"] == "of the Larch Road Residents Association"
