"""An abbreviated county, shopping sites and foreign spellings of cities after "shares in",
typed by what the text writes."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from generator.extract import extract
from generator.extract.entities import PLACE
from tests.extract.conftest import entity_kinds
from tests.extract.test_seeds import seed_from


def test_an_abbreviated_county_is_a_place(nlp: Language) -> None:
    """ "a farm in Co Kerry": "Co" before a county's name is "County", a place, no person."""
    kinds = entity_kinds(nlp, "Officers found the stolen tractor at a farm in Co Kerry on Sunday.")
    assert kinds.get("County Kerry") == PLACE
    assert "Co Kerry" not in kinds


def test_a_precinct_is_a_place(nlp: Language) -> None:
    """ "the 1980s Marwell Precinct": a shopping precinct is a place, no person or body."""
    kinds = entity_kinds(
        nlp, "Councillors voted to knock down the 1980s Marwell Precinct near the bus station."
    )
    assert kinds.get("Marwell Precinct") == PLACE


def test_shares_in_a_foreign_spelling_of_a_city_are_a_firm(tmp_path: Path) -> None:
    """ "Games giant Kairo ... Shares in Kairo": a firm, not the city another tongue spells so."""
    text = (
        "Games firm posts record sales\n\n"
        "Games giant Kairo said on Monday its profits had doubled after the launch of its new "
        "console.\n\nShares in Kairo rose 6% in early trading in Tokyo.\n\n"
        '"We are very pleased with the response," said Kairo chief executive Lena Marsh.\n'
    )
    fields = extract([seed_from(tmp_path, text)])[0]
    assert "Kairo" in [body["name"] for body in fields["organizations"]]
    assert "Cairo" not in [place["name"] for place in fields["places"]]
