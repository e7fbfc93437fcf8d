"""Entity typing of names cut from a longer title ("Norport Rally Against Closure") and of
brands written with an exclamation mark ("Kestrel Glow! lamps")."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_name_cut_before_a_capitalised_preposition_is_no_person(nlp: Language) -> None:
    """ "Norport Rally Against Closure ... Norport Rally said": the campaign speaks, no one."""
    text = (
        "On Monday Norport Rally Against Closure held a rally outside the town hall. "
        "Norport Rally said the plan would hurt families."
    )
    kinds = person_labelled_kinds(nlp, text, ["Norport Rally"])
    assert kinds.get("Norport Rally") != "person"


def test_a_person_before_a_lower_case_preposition_stays_a_person(nlp: Language) -> None:
    """ "Ann Vell against the plan": a lower-case word goes on in prose, not in a title."""
    text = "Ann Vell against the plan? She said she would fight it to the end."
    kinds = person_labelled_kinds(nlp, text, ["Ann Vell"])
    assert kinds.get("Ann Vell") == "person"


def test_a_heading_in_title_case_says_nothing(nlp: Language) -> None:
    """ "Tom Ames For Norport Mayor" is a heading, not a cut title: he is a person."""
    text = "Tom Ames For Norport Mayor\n\nTom Ames said he would stand again in May."
    kinds = person_labelled_kinds(nlp, text, ["Tom Ames"])
    assert kinds.get("Tom Ames") == "person"


def test_a_brand_with_an_exclamation_mark_is_no_person(nlp: Language) -> None:
    """ "more Kestrel Glow! lamps": the mark and the noun after it make a product's name."""
    text = (
        "Shoppers want more Kestrel Glow! lamps for their homes. "
        "A boy Kestrel Glow! doll was also sold out, the shop said."
    )
    kinds = person_labelled_kinds(nlp, text, ["Kestrel Glow"])
    assert kinds.get("Kestrel Glow") != "person"
