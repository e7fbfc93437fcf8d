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


def test_an_unknown_name_before_oblast_the_text_places_is_a_place(nlp: Language) -> None:
    """ "the Vorsketa oblast, in eastern Norway" is one; "the Harbrook region" alone is not."""
    text = "Storms cut power across the Vorsketa oblast, in eastern Norway, on Friday night."
    places = labelled_place_codes(nlp, text, [("Norway", "GPE")])
    assert places.get("Vorsketa") == "NO"
    text = "Sales in the Harbrook region rose by a tenth, Norway's ministry said."
    assert "Harbrook" not in labelled_place_codes(nlp, text, [("Norway", "GPE")])


def test_an_unknown_name_after_a_countrys_possessive_is_a_place(nlp: Language) -> None:
    """ "Chile's Pellavira region": the possessive country says whose region it is."""
    text = "Chile's Pellavira region reported its driest winter in forty years."
    places = labelled_place_codes(nlp, text, [("Chile", "GPE")])
    assert places.get("Pellavira") == "CL"
