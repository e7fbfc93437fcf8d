"""Names that are parts, characters, bands or things named after people, not people."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds, labelled_kinds


def test_a_part_an_actor_who_played_it_is_no_person(nlp: Language) -> None:
    """ "The actor, who played Sergeant Pook in ...": what a performer's "who" played is a part."""
    kinds = entity_kinds(
        nlp, "The actor, who played Sergeant Pook in Canal Beat for nine years, has died aged 77."
    )
    assert kinds.get("Pook") != "person"
    assert kinds.get("Sergeant Pook") != "person"


def test_a_part_played_in_a_named_drama_is_no_person(nlp: Language) -> None:
    """ "who plays Matron Quist in the hospital drama": the part, the actress stays a person."""
    kinds = entity_kinds(
        nlp,
        "Ivy Colbrook, who plays Matron Quist in the hospital drama, is to leave after six "
        "years. Colbrook said she wanted a rest.",
    )
    assert kinds.get("Ivy Colbrook") == "person"
    assert kinds.get("Matron Quist") != "person"


def test_a_name_set_off_as_a_cartoon_character_is_no_person(nlp: Language) -> None:
    """ "Wobbly Walrus, the cartoon character adored by ...": a character, not a person."""
    text = (
        "Wobbly Walrus, the cartoon character adored by toddlers, is to star in a stage show. "
        "The producers said he would tour in the spring."
    )
    kinds = labelled_kinds(nlp, text, [("Wobbly Walrus", "PERSON")])
    assert kinds.get("Wobbly Walrus") != "person"


def test_the_before_a_courtesy_title_names_a_thing(nlp: Language) -> None:
    """ "the Sir Edmund Crowle" as it steams in: a locomotive named after a man."""
    text = (
        "Crowds gathered at the station to watch the Sir Edmund Crowle as it pulled in. "
        "The engine was built in 1931."
    )
    kinds = labelled_kinds(nlp, text, [("Edmund Crowle", "PERSON")])
    assert kinds.get("Edmund Crowle") != "person"


def test_a_ship_prefix_before_a_title_names_a_ship(nlp: Language) -> None:
    """ "The RMS Lady Wilmot" is a liner, not a woman called Wilmot."""
    text = "The RMS Lady Wilmot will become a museum, its owners said. It sailed until 1968."
    kinds = labelled_kinds(nlp, text, [("Wilmot", "PERSON")])
    assert kinds.get("Wilmot") != "person"


def test_a_mascot_with_a_title_is_no_person(nlp: Language) -> None:
    """ "mascot Colonel Custard" is a costume, not an officer."""
    text = "Club mascot Colonel Custard will lead the parade on Saturday, the club said."
    kinds = labelled_kinds(nlp, text, [("Custard", "PERSON")])
    assert kinds.get("Custard") != "person"


def test_a_band_after_a_singer_is_no_person(nlp: Language) -> None:
    """ "Danny Calloway and the Paper Foxes": "the" and a plural name a band, not a person."""
    text = (
        "Danny Calloway and the Paper Foxes will headline the Dunmere Festival in August. "
        "The band last played there in 2011."
    )
    kinds = labelled_kinds(nlp, text, [("Danny Calloway", "PERSON"), ("Paper Foxes", "LAW")])
    assert kinds.get("Paper Foxes") != "person"


def test_a_titled_name_that_tops_the_box_office_is_a_film(nlp: Language) -> None:
    """ "Captain Tinsel topped the box office": the title word opens a film's name."""
    text = "Captain Tinsel topped the box office again at the weekend, taking $80m in America."
    kinds = labelled_kinds(nlp, text, [("Tinsel", "PERSON")])
    assert kinds.get("Tinsel") != "person"


def test_a_titled_name_directed_by_someone_is_a_film(nlp: Language) -> None:
    """ "Lady Wrenfold, directed by Nora Quaid,": a film, its director a person."""
    text = "Lady Wrenfold, directed by Nora Quaid, was nominated for six awards on Tuesday."
    kinds = labelled_kinds(nlp, text, [("Wrenfold", "PERSON"), ("Nora Quaid", "PERSON")])
    assert kinds.get("Wrenfold") != "person"
    assert kinds.get("Nora Quaid") == "person"


def test_a_character_played_by_an_actor_set_off_after_a_title_is_no_person(
    nlp: Language,
) -> None:
    """ "Mr Pumbleford, the hapless character played by Ned Farrow,": a part in a film."""
    text = (
        "Mr Pumbleford, the hapless character played by Ned Farrow, returns in a new film. "
        "Farrow said he had missed him."
    )
    kinds = labelled_kinds(nlp, text, [("Pumbleford", "PERSON"), ("Ned Farrow", "PERSON")])
    assert kinds.get("Pumbleford") != "person"
    assert kinds.get("Ned Farrow") == "person"


def test_a_subject_the_next_sentence_calls_the_cartoon_is_no_person(nlp: Language) -> None:
    """ "Wally Wobblebottom returns ... The cartoon, made in ...": a cartoon's title."""
    text = (
        "Wally Wobblebottom returns to our screens next week. The cartoon, drawn in a small "
        "studio in Dunmere, is sold to 90 countries."
    )
    kinds = labelled_kinds(nlp, text, [("Wally Wobblebottom", "PERSON")])
    assert kinds.get("Wally Wobblebottom") != "person"
