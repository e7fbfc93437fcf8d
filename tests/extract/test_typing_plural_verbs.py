"""A name built on a common noun's plural takes a plural verb as a team or a band does."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_plural_verb_after_a_plural_noun_name_makes_a_team(nlp: Language) -> None:
    """ "Kestrel Rovers have sacked their manager": a club, though "Rovers" ends in -s."""
    text = "Kestrel Rovers have sacked their manager after the cup defeat."
    kinds = person_labelled_kinds(nlp, text, ["Kestrel Rovers"])
    assert kinds.get("Kestrel Rovers") != "person"


def test_a_given_name_before_a_plural_surname_stays_a_person(nlp: Language) -> None:
    """ "Tom Banks have" is no team: a given name opens a person's name."""
    text = "Tom Banks have been on tour, his manager Jo Ames told us. He was tired."
    kinds = person_labelled_kinds(nlp, text, ["Tom Banks"])
    assert kinds.get("Tom Banks") == "person"
