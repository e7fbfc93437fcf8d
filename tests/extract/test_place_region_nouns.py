"""A subdivision's one-word name the model left untagged before "region" or "province"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_place_codes


def test_an_untagged_subdivision_before_region_is_a_place(nlp: Language) -> None:
    """ "in the Ancash region": the untagged word is Peru's region."""
    text = "Llama herders in the Ancash region lost half their animals to the frost, Peru said."
    places = labelled_place_codes(nlp, text, [("Peru", "GPE")])
    assert places.get("Ancash") == "PE"


def test_an_untagged_subdivision_after_a_possessive_is_a_place(nlp: Language) -> None:
    """ "Peru's Ayacucho province": a possessive before the name opens it as "the" does."""
    text = "Peru's Ayacucho province declared an emergency after the river burst its banks."
    places = labelled_place_codes(nlp, text, [("Peru", "GPE")])
    assert places.get("Ayacucho") == "PE"


def test_an_untagged_subdivision_after_an_adjective_is_a_place(nlp: Language) -> None:
    """ "the southern Ancash region": one adjective between "the" and the name."""
    text = "Clinics in the southern Ancash region ran out of vaccines, Peru's ministry said."
    places = labelled_place_codes(nlp, text, [("Peru", "GPE")])
    assert places.get("Ancash") == "PE"


def test_a_common_noun_before_region_stays_no_place(nlp: Language) -> None:
    """ "the Delta region": a word that is also a common noun is no subdivision here."""
    text = "Farmers in the Delta region said the harvest was late this year."
    places = labelled_place_codes(nlp, text, [])
    assert "Delta" not in places
