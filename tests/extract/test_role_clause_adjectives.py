"""An adjective after "was" that a clause completes is no part of the title after it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Osk Brev said he was confident deputy mayor Tomas Ekdal would publish the figures.",
            "Tomas Ekdal",
            "deputy mayor",
        ),
        (
            "The union said it was sure finance director Lena Sorby had read every page.",
            "Lena Sorby",
            "finance director",
        ),
        (
            "Neighbours felt certain harbour master Ivo Quell knew about the leak.",
            "Ivo Quell",
            "harbour master",
        ),
    ],
)
def test_adjective_of_the_speaker_is_cut(
    nlp: Language, text: str, name: str, expected: str
) -> None:
    """The adjective says how the subject of "was" feels, not what the named person is."""
    assert roles_in(nlp, text)[name] == expected


def test_adjective_of_a_named_guest_stays(nlp: Language) -> None:
    """After "was" with no clause to complete it, the adjective is the title's own."""
    text = "The guest of honour at the fair was former mayor Tomas Ekdal."
    role = roles_in(nlp, text)["Tomas Ekdal"] or ""
    assert role.split(", ")[0] == "former mayor"
