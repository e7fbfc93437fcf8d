"""Names of business, technology and entertainment news the model misreads: tiers, chains,
platforms, bands and ideas."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON, PLACE, extract_entities
from tests.extract.conftest import labelled


def _kinds(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    doc = labelled(nlp, text, labels)
    return {e.name: e.kind for e in extract_entities(doc)}


def test_a_tier_of_a_service_is_no_person(nlp: Language) -> None:
    """ "Orvell Basic", "Orvell Premium": a brand and a word of grading name a tier, no one."""
    text = (
        "Subscribers to Orvell Basic will pay more from June. Orvell Basic will cost £5 a "
        "month, while Orvell Premium rises to £12."
    )
    forms = [("Orvell Basic", "PERSON"), ("Orvell Basic", "PERSON"), ("Orvell Premium", "PERSON")]
    kinds = _kinds(nlp, text, forms)
    assert kinds.get("Orvell Basic") != PERSON
    assert kinds.get("Orvell Premium") != PERSON


def test_a_given_name_before_a_tier_word_stays_a_person(nlp: Language) -> None:
    """ "Gavin Max said he": a given name first makes the last word a surname."""
    text = "Gavin Max said he would leave the club at the end of the season."
    assert _kinds(nlp, text, [("Gavin Max", "PERSON")]).get("Gavin Max") == PERSON


def test_a_body_noun_opening_a_sentence_makes_a_body(nlp: Language) -> None:
    """ "Rival Tarnwell said": a capitalised "rival" makes the name a body's, and is not in it."""
    # Before a name that is no given name.
    text = "Rival Tarnwell said the price rise was unfair to families."
    assert _kinds(nlp, text, [("Rival Tarnwell", "PERSON")]) == {"Tarnwell": ORG}


def test_names_owning_stores_are_chains(nlp: Language) -> None:
    """ "X and Y said they would stop selling the range in their stores": two chains."""
    text = "Orla Vantree and Bram Kessick said they would stop selling the range in their stores."
    kinds = _kinds(nlp, text, [("Orla Vantree", "PERSON"), ("Bram Kessick", "PERSON")])
    assert kinds.get("Orla Vantree") == ORG
    assert kinds.get("Bram Kessick") == ORG


def test_a_couple_selling_their_house_stay_people(nlp: Language) -> None:
    """ "X and Y said they would sell their house": selling alone is no chain's."""
    text = "Orla Vantree and Bram Kessick said they would sell their house in the spring."
    kinds = _kinds(nlp, text, [("Orla Vantree", "PERSON"), ("Bram Kessick", "PERSON")])
    assert kinds.get("Orla Vantree") == PERSON
    assert kinds.get("Bram Kessick") == PERSON


def test_what_is_streamed_on_is_a_platform(nlp: Language) -> None:
    """ "streamed millions of times on Vexify": a service, not a place."""
    text = "The new single was streamed millions of times on Vexify last week."
    assert _kinds(nlp, text, [("Vexify", "GPE")]).get("Vexify") == ORG


def test_a_name_ending_in_a_plural_noun_is_no_place(nlp: Language) -> None:
    """ "Polar Monkeys topped the chart": a plural of a common noun ends a band's name."""
    text = "Polar Monkeys topped the chart again this week with their fourth album."
    assert _kinds(nlp, text, [("Polar Monkeys", "GPE")]).get("Polar Monkeys") == ORG


def test_a_name_ending_in_a_plural_of_places_stays_a_place(nlp: Language) -> None:
    """ "Norwood Heights": a plural that ends places' names leaves the place."""
    text = "Floods closed three schools in Norwood Heights on Tuesday."
    assert _kinds(nlp, text, [("Norwood Heights", "GPE")]).get("Norwood Heights") == PLACE


def test_an_idea_word_is_no_body(nlp: Language) -> None:
    """ "Tarnism", "Vellophobia": words of ideas and fears are left out of the entities."""
    text = "The report said Tarnism and Vellophobia were both on the rise in schools."
    kinds = _kinds(nlp, text, [("Tarnism", "ORG"), ("Vellophobia", "ORG")])
    assert "Tarnism" not in kinds
    assert "Vellophobia" not in kinds


def test_names_listed_as_subject_selling_a_range_are_chains(nlp: Language) -> None:
    """ "X and Y have stopped selling the range": a shop's goods traded by a list of names."""
    text = "Orla Vantree and Bram Kessick have stopped selling the range after complaints."
    kinds = _kinds(nlp, text, [("Orla Vantree", "PERSON"), ("Bram Kessick", "PERSON")])
    assert kinds.get("Orla Vantree") == ORG
    assert kinds.get("Bram Kessick") == ORG


def test_names_after_a_plural_of_bodies_are_bodies(nlp: Language) -> None:
    """ "stores including X and Y", "retailers X and Y": no person is a store or a retailer."""
    for lead in ("Stores including", "The retailers"):
        text = f"{lead} Orla Vantree and Bram Kessick have cut prices this week."
        kinds = _kinds(nlp, text, [("Orla Vantree", "PERSON"), ("Bram Kessick", "PERSON")])
        assert kinds.get("Orla Vantree") == ORG, lead
        assert kinds.get("Bram Kessick") == ORG, lead


def test_a_surname_opening_a_list_lends_it_no_bodies(nlp: Language) -> None:
    """ "Banks, X and Y said": a surname ending in "s" is no plural of "bank"."""
    text = "Banks, Orla Vantree and Bram Kessick said the club would move grounds."
    kinds = _kinds(nlp, text, [("Orla Vantree", "PERSON"), ("Bram Kessick", "PERSON")])
    assert kinds.get("Bram Kessick") == PERSON


def test_a_big_city_read_as_a_person_before_a_body_noun_is_the_city(nlp: Language) -> None:
    """ "The Birmingham group's album": a weak vote for a body does not beat the city."""
    text = "Indie band Tarn Kettle topped the chart. The Birmingham group's album sold well."
    kinds = _kinds(nlp, text, [("Tarn Kettle", "ORG"), ("Birmingham", "PERSON")])
    assert kinds.get("Birmingham") == PLACE
