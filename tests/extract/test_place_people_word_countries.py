"""Countries and territories whose names open with a people's word are read whole."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PLACE, extract_entities


def _codes(nlp: Language, text: str) -> dict[str, str | None]:
    """Place name -> country code of every place extracted from ``text``."""
    return {
        e.name: e.place.country_code if e.place else None
        for e in extract_entities(nlp(text))
        if e.kind == PLACE
    }


def test_a_territory_named_with_a_peoples_word_is_itself(nlp: Language) -> None:
    """ "from French Guiana" is the territory, not France."""
    codes = _codes(nlp, "Ferries from French Guiana were held at the quay, said Ilse Varn.")
    assert codes.get("French Guiana") == "GF"
    assert "France" not in codes


def test_islands_named_with_a_peoples_word_are_not_that_people_s_country(nlp: Language) -> None:
    """ "the British Virgin Islands" is the territory, not the United Kingdom."""
    codes = _codes(nlp, "Tarn Holdings moved its seat to the British Virgin Islands last spring.")
    assert codes.get("British Virgin Islands") == "VG"
    assert "United Kingdom" not in codes
