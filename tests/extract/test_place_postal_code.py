"""New York's postal code, as American copy writes it after a town."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_place_codes


def test_a_town_before_ny_is_in_new_york(nlp: Language) -> None:
    """ "Kelworth, NY" in a story of Russian places: New York and its town are American."""
    text = (
        "He served his sentence at a prison in Kelworth, NY, before moving to Moscow. "
        "Officials in Russia and Moscow said nothing."
    )
    labels = [("Kelworth", "GPE"), ("NY", "GPE"), ("Moscow", "GPE")]
    labels += [("Russia", "GPE"), ("Moscow", "GPE")]
    codes = labelled_place_codes(nlp, text, labels)
    assert codes.get("New York") == "US"
    assert codes.get("Kelworth") == "US"
