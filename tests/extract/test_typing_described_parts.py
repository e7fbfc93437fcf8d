"""A name "played" and set off by what it is in the story ("plays Jo Ames, a lawyer") is a part."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import PERSON, labelled_kinds, person_labelled_kinds


def test_a_described_part_is_no_person_without_a_story_word_beside_it(nlp: Language) -> None:
    """ "plays Ottilie Crane, a scheming governess" in a text about a comedy: the part."""
    text = (
        "The new comedy is set in a crumbling seaside hotel. "
        "Dela Marsh plays Ottilie Crane, a scheming governess who hides a fortune."
    )
    kinds = person_labelled_kinds(nlp, text, ["Dela Marsh", "Ottilie Crane"])
    assert kinds.get("Ottilie Crane") != PERSON
    assert kinds.get("Dela Marsh") == PERSON


def test_the_part_of_a_second_clause_follows_the_described_one(nlp: Language) -> None:
    """ "..., a retired miner, while Bex Tolland plays Wren Ashby": both are parts."""
    text = (
        "The film follows a family of beekeepers. Hugo Penn plays Silas Ashby, a retired "
        "miner, while Bex Tolland plays Wren Ashby."
    )
    names = ["Hugo Penn", "Silas Ashby", "Bex Tolland", "Wren Ashby"]
    kinds = person_labelled_kinds(nlp, text, names)
    assert kinds.get("Silas Ashby") != PERSON
    assert kinds.get("Wren Ashby") != PERSON
    assert kinds.get("Bex Tolland") == PERSON


def test_a_player_the_model_reads_as_a_body_still_plays_the_part(nlp: Language) -> None:
    """ "Juno Marr plays Odile Brisk, a lighthouse keeper" with "Juno Marr" misread as a body."""
    text = (
        "The film was shot on a windswept island. "
        "Juno Marr plays Odile Brisk, a lighthouse keeper who hoards maps."
    )
    kinds = labelled_kinds(nlp, text, [("Juno Marr", "ORG"), ("Odile Brisk", "PERSON")])
    assert kinds.get("Odile Brisk") != PERSON


def test_a_co_star_plays_a_part(nlp: Language) -> None:
    """ "Her co-star Oren Vale plays Ned Brindle": "co-star", split up by the tokenizer, counts."""
    text = (
        "Singer Ana Quill has landed her first screen role. "
        "Her co-star Oren Vale plays Ned Brindle, who runs a lighthouse."
    )
    kinds = person_labelled_kinds(nlp, text, ["Ana Quill", "Oren Vale", "Ned Brindle"])
    assert kinds.get("Ned Brindle") != PERSON
    assert kinds.get("Oren Vale") == PERSON


def test_a_rival_set_off_by_a_noun_in_a_match_report_stays_a_person(nlp: Language) -> None:
    """ "plays Ned Osgood, the top seed" in a text of no film or show: a rival at a game."""
    text = (
        "Kit Farrow reached the last eight with a straight-sets win. "
        "Farrow plays Ned Osgood, the top seed, after a day of rest."
    )
    kinds = person_labelled_kinds(nlp, text, ["Kit Farrow", "Farrow", "Ned Osgood"])
    assert kinds.get("Ned Osgood") == PERSON
