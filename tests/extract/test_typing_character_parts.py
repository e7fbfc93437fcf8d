"""Entity typing of a part's short forms: a character's first name and surname are the part."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_full_name_whose_surname_is_played_is_the_part(nlp: Language) -> None:
    """ "who plays Mallory" makes "Frank Mallory" and "Frank" the part, not people."""
    kinds = entity_kinds(
        nlp,
        "The hit streaming drama Hollow Creek is to return. The show, which follows "
        "detective Frank Mallory as he investigates a string of murders in a small town, was "
        "watched by millions.\n\nActor David Kerr, who plays Mallory, said: \"I can't wait "
        "to get back into Frank's shoes.\" The film version opens next year.",
    )
    assert kinds.get("Frank Mallory") != "person"
    assert kinds.get("Frank") != "person"
    assert kinds.get("David Kerr") == "person"


def test_the_first_name_of_a_part_is_the_part(nlp: Language) -> None:
    """ "Stacey" after the part "Stacey Pryor", which a verb alone calls a person, is the part."""
    kinds = entity_kinds(
        nlp,
        "Tom Ames starred as Stacey Pryor in the film. Producers said Stacey was killed off in "
        "the sequel. Ann Vell said Ames was delighted.",
    )
    assert kinds.get("Stacey Pryor") != "person"
    assert kinds.get("Stacey") != "person"
    assert kinds.get("Tom Ames") == "person"


def test_a_word_of_a_person_s_name_stays_a_person(nlp: Language) -> None:
    """A part's first name that a person's full name shares stays that person's."""
    kinds = entity_kinds(
        nlp,
        "Tom Ames starred as Tom Pryor in the film. Tom Ames said Tom was delighted.",
    )
    assert kinds.get("Tom Ames") == "person"


def test_a_name_someone_is_known_for_playing_is_a_part(nlp: Language) -> None:
    """ "best known for playing Derek Bunce" names a part, with a story anywhere in the text."""
    kinds = entity_kinds(
        nlp,
        "Comedian Gary Hobbs is to return in a new sitcom. Hobbs, best known for playing "
        "Derek Bunce in Only Losers, will star as a hapless estate agent.",
    )
    assert kinds.get("Derek Bunce") != "person"
