"""Entity typing of bands and titles: names no person's name is written like."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_name_after_a_capital_the_is_no_person(nlp: Language) -> None:
    """ "rock band The Tin Lanterns": people are not named with "The" before them."""
    kinds = entity_kinds(
        nlp,
        "Rock band The Tin Lanterns have announced a farewell tour. The band, fronted by "
        "singer Jack Hallam, said the tour would start in May. Tin Lanterns had their "
        "first hit in 1998.",
    )
    assert kinds.get("Tin Lanterns") != "person"
    assert kinds.get("Jack Hallam") == "person"


def test_a_name_after_a_word_for_performers_is_a_group(nlp: Language) -> None:
    """ "the Norport outfit Kite Parade" and "US act Silver Hush" are bands, not people."""
    kinds = entity_kinds(
        nlp,
        "Indie quartet Harper Vell were named best newcomers. The Norport outfit Kite Parade "
        "also won. Solo star Jess Marr won best female artist, while US act Silver Hush took "
        "best international group.",
    )
    assert kinds.get("Kite Parade") != "person"
    assert kinds.get("Silver Hush") != "person"
    assert kinds.get("Jess Marr") == "person"


def test_people_listed_after_a_plural_noun_stay_people(nlp: Language) -> None:
    """ "comedy duo Jo Ames and Kim Lee", "The Ames family" and a plural noun for people
    before a name ("reminded voters Tom Hale had") leave people people."""
    kinds = entity_kinds(
        nlp,
        "Comedy duo Jo Ames and Kim Lee will host the awards. Fellow comedians Tom Ware and "
        'Ann Vell will also appear. "It is an honour," said Ames. The Ames family said '
        "they were delighted. She reminded voters Tom Hale had promised lower taxes.",
    )
    for name in ("Jo Ames", "Kim Lee", "Tom Ware", "Ann Vell", "Tom Hale"):
        assert kinds.get(name) == "person"
