"""Roles read whole where the parser cuts a phrase up or hangs a name far from its noun."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_appositive_nouns_parsed_apart(nlp: Language) -> None:
    """ "Tom Ames - a former sea lord -" parsed as two appositives: the whole phrase."""
    text = "Tom Ames - a former sea lord - opened the hall."
    assert roles_in(nlp, text)["Tom Ames"] == "former sea lord"


def test_link_before_an_appositive_is_no_role(nlp: Language) -> None:
    """ "in particular the baker's daughter, Ann Vell": the role starts at the noun phrase."""
    text = (
        "Three pupils won prizes, in particular the baker's daughter, Ann Vell, "
        "whose cake came first."
    )
    assert roles_in(nlp, text)["Ann Vell"] == "baker's daughter"


def test_ampersand_name_read_as_an_object_stays_whole(nlp: Language) -> None:
    """ "wrote to the police's Stop & Search tsar": the body's name keeps both words."""
    text = "Ann Hale wrote to the police's Stop & Search tsar Lady Vell in June about the rules."
    assert roles_in(nlp, text)["Lady Vell"] == "police's Stop & Search tsar"


def test_adjectives_listed_before_a_name_are_no_title(nlp: Language) -> None:
    """ "the cheerful, effervescent Ann Vell": the second adjective is no role."""
    text = "Guests met the cheerful, effervescent Ann Vell at the fair."
    assert roles_in(nlp, text)["Ann Vell"] is None


def test_name_hung_far_from_its_noun(nlp: Language) -> None:
    """ "work by their builder, Tom Ames,": the name still says who the builder is."""
    text = (
        "The roof leaked for weeks owing to work by their builder, Tom Ames, who never came back."
    )
    assert roles_in(nlp, text)["Tom Ames"] == "builder"


def test_person_noun_read_as_an_object_stays_in_the_title(nlp: Language) -> None:
    """ "went to the former champion boxer Tom Ames": "champion", made an object, stays."""
    text = "The prize went to the former champion boxer Tom Ames last night."
    assert roles_in(nlp, text)["Tom Ames"] == "former champion boxer"


def test_person_noun_before_and_is_someone_else(nlp: Language) -> None:
    """ "with his uncle and foster aunt Ann Vell": the uncle is not part of her title."""
    text = "Tom Ames grew up with his kind uncle and foster aunt Ann Vell on a farm."
    assert roles_in(nlp, text)["Ann Vell"] == "foster aunt"
