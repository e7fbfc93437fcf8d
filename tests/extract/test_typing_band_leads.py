"""A name with a frontman or a lead singer is a band's, not a person's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import person_labelled_kinds


@pytest.mark.parametrize(
    "text",
    [
        "Velvet Orrin's lead singer Tom Kell said the album was done. Velvet Orrin will tour.",
        "Tom Kell, the lead singer of Velvet Orrin, said the album was done.",
        "Tom Kell, frontman with Velvet Orrin, said the album was done.",
    ],
)
def test_a_name_with_a_front_is_a_band(nlp: Language, text: str) -> None:
    """ "Velvet Orrin's lead singer", "frontman with Velvet Orrin": a band."""
    names = ["Velvet Orrin"] * text.count("Velvet Orrin")
    assert person_labelled_kinds(nlp, text, names).get("Velvet Orrin") != PERSON


def test_the_frontman_of_a_persons_band_leaves_the_person(nlp: Language) -> None:
    """ "the frontman of Ada Vell's band": the band is fronted, not Ada Vell."""
    text = "Tom Kell, the frontman of Ada Vell's band, said the tour was over. Vell said so too."
    assert person_labelled_kinds(nlp, text, ["Ada Vell", "Vell"]).get("Ada Vell") == PERSON
