"""A title written with a hyphen and set off before a name is read whole when the parse
hangs the name from the title's front piece or its hyphen."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_name_hung_from_the_front_piece(nlp: Language) -> None:
    """ "The vice-chancellor of X, Dr Ada Quell," reads the whole title, not nothing."""
    text = "The vice-chancellor of Northgate University, Dr Ada Quell, has resigned."
    assert roles_in(nlp, text)["Ada Quell"] == "vice-chancellor of Northgate University"


def test_name_hung_from_the_hyphen(nlp: Language) -> None:
    """A title before "Professor" and the name, the name hung from the hyphen."""
    text = "The vice-chancellor of Eastgate University, Professor Hugo Brand, has resigned."
    assert "vice-chancellor of Eastgate University" in (roles_in(nlp, text)["Hugo Brand"] or "")


def test_front_piece_read_as_a_second_subject(nlp: Language) -> None:
    """ "A vice-president at the bank, Jim Coll, told staff": two subjects are one person."""
    text = "A vice-president at the bank, Jim Coll, told staff."
    assert roles_in(nlp, text)["Jim Coll"] == "vice-president at the bank"


def test_a_front_piece_of_no_person_word_gives_no_role(nlp: Language) -> None:
    """A hyphened word that names no person ("a well-kept secret") gives no role."""
    text = "A well-kept secret, Jim Coll said, was the staff canteen."
    assert roles_in(nlp, text).get("Jim Coll") is None
