"""A full name after "by" and a work only a person makes ("a film by Ilsa Corwen") is a person."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_the_maker_of_a_film_read_as_a_body_is_a_person(nlp: Language) -> None:
    """ "a film by Ilsa Corwen": a film credited with "by" names its director."""
    text = "Audiences queued for a film by Ilsa Corwen about a lost glacier."
    kinds = labelled_kinds(nlp, text, [("Ilsa Corwen", "ORG")])
    assert kinds.get("Ilsa Corwen") == "person"


def test_the_painter_of_a_portrait_read_as_a_body_is_a_person(nlp: Language) -> None:
    """ "a portrait by Brannoch Vardy": whoever paints a portrait is a person."""
    text = "The museum hung a portrait by Brannoch Vardy beside the staircase."
    kinds = labelled_kinds(nlp, text, [("Brannoch Vardy", "ORG")])
    assert kinds.get("Brannoch Vardy") == "person"


def test_songs_by_a_band_stay_a_body(nlp: Language) -> None:
    """ "songs by Lantern Moths": bands make songs, so "songs by" is no person's credit."""
    text = "The radio station played three songs by Lantern Moths after midnight."
    kinds = labelled_kinds(nlp, text, [("Lantern Moths", "ORG")])
    assert kinds.get("Lantern Moths") != "person"
