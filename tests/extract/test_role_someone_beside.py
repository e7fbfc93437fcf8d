"""A later description is someone else when the text sets its noun beside the person:
"The cyclist pictured on the towpath blames Marla for the crash" makes "the cyclist on the
towpath" another rider than Marla."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in

CANAL = "Marla Quint was cycling along the canal in Dornwick on Sunday."
LATER = " The cyclist on the towpath, who had a blue helmet, then called the council."


@pytest.mark.parametrize(
    "middle",
    [
        " The cyclist pictured on the towpath blames Marla for the crash.",
        " The cyclist pictured on the towpath claims that Marla rode into her.",
        " When Marla confronts the cyclist, the cyclist on the towpath rides away.",
    ],
)
def test_a_description_acting_on_the_person_is_someone_else(nlp: Language, middle: str) -> None:
    """ "The cyclist ... blames Marla": the cyclist on the towpath is not Marla."""
    assert roles_in(nlp, CANAL + middle + LATER)["Marla Quint"] is None


def test_a_description_beside_the_name_in_its_sentence_is_someone_else(nlp: Language) -> None:
    """A description beside the name in its sentence is someone else's; one naming her is hers."""
    beside = "The cyclist pictured on the towpath claims Marla Quint rode into her." + LATER
    named = "Police said the cyclist, named as Marla Quint, had been riding home." + LATER
    assert roles_in(nlp, beside)["Marla Quint"] is None
    assert roles_in(nlp, CANAL + LATER)["Marla Quint"] == "cyclist on the towpath"
    assert str(roles_in(nlp, named)["Marla Quint"]).startswith("cyclist")
    after = (
        "After Marla Quint left the canal, the cyclist pictured on the towpath said she was hurt."
    )
    assert roles_in(nlp, after + LATER)["Marla Quint"] is not None
