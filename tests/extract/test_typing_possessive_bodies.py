"""Names whose "'s" owns no noun after it are bodies' names: shops, hotels, firms."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_possessive_before_a_verb_names_a_shop(nlp: Language) -> None:
    """ "Takings at Quarrell's dropped" read as a person: a body, since the "'s" owns nothing."""
    text = (
        "Takings at Quarrell's dropped by a tenth over the winter. "
        "Quarrell's blamed the cold weather for the fall."
    )
    kinds = person_labelled_kinds(nlp, text, ["Quarrell", "Quarrell"])
    assert kinds.get("Quarrell") == "organization"


def test_a_possessive_set_off_by_a_comma_names_a_hotel(nlp: Language) -> None:
    """ "Vantry's, the Bath hotel, has reopened": the name before the comma is the hotel's."""
    text = "Vantry's, the Bath hotel, has reopened after a refit. Vantry's said rooms were full."
    kinds = person_labelled_kinds(nlp, text, ["Vantry", "Vantry"])
    assert kinds.get("Vantry") == "organization"


def test_a_persons_possessive_owning_a_noun_stays_a_person(nlp: Language) -> None:
    """ "Dora Quell's bakery" and "Quell's shop" own nouns: Dora Quell stays a person."""
    text = "Dora Quell's bakery opened in May. Quell's shop sold out by noon, she said."
    kinds = person_labelled_kinds(nlp, text, ["Dora Quell", "Quell"])
    assert kinds.get("Dora Quell") == "person"


def test_a_shortened_has_after_a_name_is_no_possessive(nlp: Language) -> None:
    """ "Perrow's been charged": the "'s" is "has", so Perrow stays a person."""
    text = "Officers said Tam Perrow was held on Friday. Perrow's been charged, they said."
    kinds = person_labelled_kinds(nlp, text, ["Tam Perrow", "Perrow"])
    assert kinds.get("Tam Perrow") == "person"


def test_an_illness_named_after_its_finder_is_no_body(nlp: Language) -> None:
    """ "Dellow's syndrome ... high-risk Dellow's, which" names an illness, not a shop."""
    text = (
        "Doctors studied Dellow's syndrome in 40 patients. Those with high-risk Dellow's, "
        "which spreads fast, were treated first."
    )
    kinds = person_labelled_kinds(nlp, text, ["Dellow", "Dellow"])
    assert kinds.get("Dellow") != "organization"


def test_possessives_listed_before_one_noun_stay_people(nlp: Language) -> None:
    """ "Kemp's, Yarrow's and Lisle's campaigns": three people's campaigns, no bodies."""
    text = "Voters backed Kemp's, Yarrow's and Lisle's plans."
    kinds = person_labelled_kinds(nlp, text, ["Kemp", "Yarrow", "Lisle"])
    assert kinds.get("Kemp") != "organization"
