"""A later description is someone else when the text sets its noun beside the person:
"The woman seen in the footage accuses Marla of pushing her" makes "the woman in the
footage" another woman than Marla."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in

PARK = "Marla Quint was walking her dog in Dornwick Park on Sunday."
LATER = " The woman in the footage, who wore a red coat, then rang the police."


@pytest.mark.parametrize(
    "middle",
    [
        " The woman seen in the footage accuses Marla of pushing her.",
        " The woman seen in the footage says that Marla pushed her over.",
        " When Marla questions the woman, the woman in the footage says nothing.",
    ],
)
def test_a_description_acting_on_the_person_is_someone_else(nlp: Language, middle: str) -> None:
    """ "The woman ... accuses Marla": the woman of the footage is not Marla."""
    assert roles_in(nlp, PARK + middle + LATER)["Marla Quint"] is None


def test_a_description_beside_the_name_in_its_sentence_is_someone_else(nlp: Language) -> None:
    """ "The woman ... says Marla Quint pushed her": two women; alone, after the name, or
    the noun naming her ("the woman, named as Marla Quint,"), the description is hers."""
    beside = "The woman seen in the footage says Marla Quint pushed her over." + LATER
    named = "Police said the woman, named as Marla Quint, had been walking her dog." + LATER
    assert roles_in(nlp, beside)["Marla Quint"] is None
    assert roles_in(nlp, PARK + LATER)["Marla Quint"] == "woman in the footage"
    assert roles_in(nlp, named)["Marla Quint"] == "woman in the footage"
    after = "After Marla Quint left the park, the woman seen in the footage said she was shaken."
    assert roles_in(nlp, after + LATER)["Marla Quint"] is not None
