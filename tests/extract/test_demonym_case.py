"""A people's word names a country only when written with a capital: "french fries" and
"polish the game" name none, whatever the model labels them."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PLACE
from tests.extract.conftest import labelled_kinds


def test_lower_case_demonym_is_no_country(nlp: Language) -> None:
    """ "french fries" labelled a nationality by the model gives no France."""
    kinds = labelled_kinds(nlp, "Shoppers bought french fries at the fair.", [("french", "NORP")])
    assert "France" not in kinds


def test_capitalised_demonym_is_its_country(nlp: Language) -> None:
    """ "French officials" gives France, as before."""
    kinds = labelled_kinds(nlp, "French officials met at the fair.", [("French", "NORP")])
    assert kinds.get("France") == PLACE
