"""Entity typing of a kind of music or sport before a performer's noun: "Soul singer Ann Roke"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_genre_before_a_singer_is_no_band(nlp: Language) -> None:
    """ "Soul singer Ann Roke said": "Soul" opens the sentence, it names no band."""
    text = "Soul singer Ann Roke said the prize had come as a surprise to her."
    kinds = labelled_kinds(nlp, text, [("Soul", "PERSON"), ("Ann Roke", "PERSON")])
    assert "Soul" not in kinds
    assert kinds.get("Ann Roke") == "person"


def test_a_club_before_a_striker_stays_a_body(nlp: Language) -> None:
    """ "Norport striker Ian Moss scored": the name before a player's noun is his club."""
    text = "Norport striker Ian Moss scored twice in the second half on Saturday."
    kinds = labelled_kinds(nlp, text, [("Norport", "ORG"), ("Ian Moss", "PERSON")])
    assert kinds.get("Norport") == "organization"
