"""Movements named by their members ("Vorla Tide activists") are bodies, not people."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_name_before_activists_is_no_person(nlp: Language) -> None:
    """ "Quendra Surge activists" read as a person: activists belong to a movement."""
    text = "Dozens of Quendra Surge activists glued themselves to the gates of the depot."
    kinds = person_labelled_kinds(nlp, text, ["Quendra Surge"])
    assert kinds.get("Quendra Surge") == "organization"


def test_practitioners_of_a_name_make_it_no_person(nlp: Language) -> None:
    """ "practitioners of Orran Kai": a practice or a faith, not someone."""
    text = "Officials detained several practitioners of Orran Kai in the northern province."
    kinds = person_labelled_kinds(nlp, text, ["Orran Kai"])
    assert kinds.get("Orran Kai") == "organization"


def test_a_name_owning_organisers_is_no_person(nlp: Language) -> None:
    """ "Quendra Surge's key organisers": a movement has organisers."""
    text = "She soon became one of Quendra Surge's key organisers in the west."
    kinds = person_labelled_kinds(nlp, text, ["Quendra Surge"])
    assert kinds.get("Quendra Surge") == "organization"
