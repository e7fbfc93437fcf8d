"""A town and its county, a route's two ends, or a street and its town, that the model read as
one name are two."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled_kinds


def test_a_town_in_its_county_read_as_one_body(nlp: Language) -> None:
    """ "from Bicester in Oxfordshire": two places, no body of that name."""
    text = "The baker, Ida Quorn, from Bicester in Oxfordshire, denied the charge."
    labels = [("Ida Quorn", "PERSON"), ("Bicester in Oxfordshire", "ORG")]
    kinds = labelled_kinds(nlp, text, labels)
    assert "Bicester in Oxfordshire" not in kinds
    assert (kinds.get("Bicester"), kinds.get("Oxfordshire")) == (PLACE, PLACE)


def test_a_route_to_a_part_of_a_city_read_as_one_place(nlp: Language) -> None:
    """ "from Greenwich to Central London": the route's two ends, the second a city's part."""
    text = "The riders pedalled from Greenwich to Central London on a wet morning."
    kinds = labelled_kinds(nlp, text, [("Greenwich to Central London", "GPE")])
    assert "Greenwich to Central London" not in kinds
    assert (kinds.get("Greenwich"), kinds.get("Central London")) == (PLACE, PLACE)


def test_a_body_named_in_a_town_stays_whole(nlp: Language) -> None:
    """ "Friends of Quenby in Kent": the first side is no place, so the name is one."""
    text = "A spokesman for Friends of Quenby in Kent said the hall would reopen."
    kinds = labelled_kinds(nlp, text, [("Friends of Quenby in Kent", "ORG")])
    assert "Friends of Quenby in Kent" in kinds


def test_a_street_in_its_town_read_as_one_place(nlp: Language) -> None:
    """ "Hatherley Road in Coventry": the street and the town, each a place of its own."""
    text = "Police closed Hatherley Road in Coventry after a gas leak on Monday."
    kinds = labelled_kinds(nlp, text, [("Hatherley Road in Coventry", "FAC")])
    assert "Hatherley Road in Coventry" not in kinds
    assert (kinds.get("Hatherley Road"), kinds.get("Coventry")) == (PLACE, PLACE)
