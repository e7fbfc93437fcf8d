"""A one-word name that is both a town and a person's surname, in a list of people."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_given_name_votes import labelled_kinds


def test_a_surname_read_as_a_town_lends_its_list_no_place(nlp: Language) -> None:
    """ "signed by Preston, Ann Vell and Kim Roke" beside "Tom Preston": all people."""
    text = "Tom Preston spoke on Monday. The letter was signed by Preston, Ann Vell and Kim Roke."
    labels = [
        ("Tom Preston", "PERSON"),
        ("Preston", "GPE"),
        ("Ann Vell", "PERSON"),
        ("Kim Roke", "PERSON"),
    ]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Ann Vell") == "person"
    assert kinds.get("Kim Roke") == "person"


def test_a_town_listed_with_towns_still_lends_its_place(nlp: Language) -> None:
    """ "trains to Preston, Derby and Kelbury": no one is named Preston, the list is of towns."""
    text = "Ann Vell said on Monday that trains to Preston, Derby and Kelbury would be cut."
    labels = [("Ann Vell", "PERSON"), ("Preston", "GPE"), ("Derby", "GPE"), ("Kelbury", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Preston") == "place"
    assert kinds.get("Kelbury") != "person"
