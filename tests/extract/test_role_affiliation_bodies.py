"""A body's name after "of" is the person's affiliation, also when the model labels its
first word a place or the whole name a law."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.role_affiliations import affiliation
from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            'Prices rose again in May. Kate Vell of UK Harbours said: "The sector is on edge."',
            "Kate Vell",
            "of UK Harbours",
        ),
        (
            'Liz Hobb, of the Fair Play For Kids charity, said: "This is weak."',
            "Liz Hobb",
            "of the Fair Play For Kids charity",
        ),
    ],
)
def test_body_named_after_of(nlp: Language, text: str, name: str, expected: str) -> None:
    """ "of UK Harbours" and "of the Fair Play For Kids charity" say whom the person is with."""
    # "UK Harbours" is a place, then the rest of the name; the charity is labelled a law.
    assert roles_in(nlp, text)[name] == expected


def test_place_alone_is_no_affiliation(nlp: Language) -> None:
    """ "Jo Marsh, of Kentucky, said": a home (`role_homes`), not a body she is with."""
    doc = nlp("Jo Marsh, of Kentucky, said it was fine.")
    assert affiliation(doc[0:2]) is None


def test_body_labelled_a_law_that_ends_on_a_bodys_noun(nlp: Language) -> None:
    """ "of the Fair Roads Trust", labelled a law, is a body by its closing noun."""
    text = "Howard Kell, of the Fair Roads Trust, said: 'Clueless local authorities are to blame.'"
    assert roles_in(nlp, text)["Howard Kell"] == "of the Fair Roads Trust"


def test_unlabelled_name_after_a_kind_of_body(nlp: Language) -> None:
    """ "of pressure group FairRoadsUK", a name the model left unlabelled, is a body's."""
    text = "Howard Kell, of pressure group FairRoadsUK, said the councils were to blame."
    assert roles_in(nlp, text)["Howard Kell"] == "of pressure group FairRoadsUK"
