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
    """People after a plural noun ("comedy duo Jo Ames and Kim Lee") stay people."""
    # Also "The Ames family" and a plural noun for people before a name ("reminded voters Tom Hale
    # had").
    kinds = entity_kinds(
        nlp,
        "Comedy duo Jo Ames and Kim Lee will host the awards. Fellow comedians Tom Ware and "
        'Ann Vell will also appear. "It is an honour," said Ames. The Ames family said '
        "they were delighted. She reminded voters Tom Hale had promised lower taxes.",
    )
    for name in ("Jo Ames", "Kim Lee", "Tom Ware", "Ann Vell", "Tom Hale"):
        assert kinds.get(name) == "person"


def test_a_name_after_a_numbered_piece_is_a_band(nlp: Language) -> None:
    """ "Welsh five-piece Hollis Grey": a band counted by its players, not a man."""
    kinds = entity_kinds(
        nlp,
        "Welsh five-piece Hollis Grey will headline the festival's second night. Hollis Grey "
        "said the show would close their tour.",
    )
    assert kinds.get("Hollis Grey") != "person"


def test_a_name_set_off_as_a_trio_is_a_band(nlp: Language) -> None:
    """ "Hollis Grey, the Swansea trio,": set off as a group of performers."""
    kinds = entity_kinds(
        nlp,
        "Hollis Grey, the Swansea trio, will headline the festival's second night. Hollis Grey "
        "said it was a dream come true.",
    )
    assert kinds.get("Hollis Grey") != "person"


def test_a_member_set_off_beside_a_trio_stays_a_person(nlp: Language) -> None:
    """ "Cai Pugh, singer of the trio,": a member of the band is a person."""
    kinds = entity_kinds(
        nlp,
        "Cai Pugh, singer of the Swansea trio, will play a solo set. Mr Pugh said he had "
        "written the songs on tour.",
    )
    assert kinds.get("Cai Pugh") == "person"


def test_a_name_fronted_by_a_singer_is_a_band(nlp: Language) -> None:
    """ "Miles Garrow, fronted by Edie Kwan,": a person is fronted or led by no one."""
    kinds = entity_kinds(
        nlp,
        "Miles Garrow, fronted by Edie Kwan, will close the festival on Sunday night. Miles "
        "Garrow said the set would include three new songs.",
    )
    assert kinds.get("Miles Garrow") != "person"
    assert kinds.get("Edie Kwan") == "person"


def test_a_name_who_have_sold_records_is_a_band(nlp: Language) -> None:
    """ "Miles Garrow, who have sold a million records": "have" after "who" is of many."""
    kinds = entity_kinds(
        nlp,
        "Tickets sold out within minutes for Miles Garrow, who have sold a million records since "
        "2001. Miles Garrow said the show would be filmed.",
    )
    assert kinds.get("Miles Garrow") != "person"


def test_a_name_who_has_sold_records_stays_a_person(nlp: Language) -> None:
    """ "Ada Venn, who has sold a million records": "has" after "who" is of one."""
    kinds = entity_kinds(
        nlp,
        "Tickets sold out within minutes for Ada Venn, who has sold a million records since "
        "2001. Ada Venn said she would film the show.",
    )
    assert kinds.get("Ada Venn") == "person"


def test_a_singer_who_goes_by_they_stays_a_person(nlp: Language) -> None:
    """ "Sam Reyes, the singer, released their debut album": "their" is no band's here."""
    text = "Sam Reyes, the singer, released their debut album on Friday."
    assert entity_kinds(nlp, text).get("Sam Reyes") == "person"
