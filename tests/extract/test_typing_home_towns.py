"""A home town given after a person's age, as British papers write it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, PLACE
from tests.extract.conftest import labelled_kinds


def test_a_name_after_an_age_and_of_is_a_home_town(nlp: Language) -> None:
    """ "Tove Brindell, 52, of Wexby Magna": the town she lives in, not a second person."""
    text = "Prize leeks are grown by Tove Brindell, 52, of Wexby Magna in her back garden."
    kinds = labelled_kinds(nlp, text, [("Tove Brindell", "PERSON"), ("Wexby Magna", "PERSON")])
    assert kinds.get("Wexby Magna") == PLACE
    assert kinds.get("Tove Brindell") == PERSON


def test_a_list_of_names_is_no_home_town(nlp: Language) -> None:
    """ "Tove Brindell of Wexby": no age, so the words say nothing of a home."""
    text = "The prize was shared by Tove Brindell and Ansel Quill of the leek club."
    kinds = labelled_kinds(nlp, text, [("Tove Brindell", "PERSON"), ("Ansel Quill", "PERSON")])
    assert kinds.get("Ansel Quill") == PERSON
