"""A name that someone marries or divorces is a person's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_given_name_votes import labelled_kinds


def test_a_wife_named_like_a_town_is_a_person(nlp: Language) -> None:
    """ "married to Preston ... He divorced Preston": his wife, not the town."""
    text = (
        "Tom Vell had been married to Preston for years, with two sons, before Ann Roke came "
        "along. He divorced Preston last spring."
    )
    labels = [
        ("Tom Vell", "PERSON"),
        ("Preston", "GPE"),
        ("Ann Roke", "PERSON"),
        ("Preston", "PERSON"),
    ]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Preston") == "person"


def test_a_town_someone_moved_to_stays_a_place(nlp: Language) -> None:
    """ "moved to Preston": "to" after a verb of moving says nothing of marriage."""
    text = "Tom Vell moved to Preston in 1981 and opened a bakery."
    kinds = labelled_kinds(nlp, text, [("Tom Vell", "PERSON"), ("Preston", "GPE")])
    assert kinds.get("Preston") == "place"
