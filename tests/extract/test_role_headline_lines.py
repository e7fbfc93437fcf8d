"""A title read from a line in Title Case keeps only the words that need no capital."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_verb_of_a_headline_is_no_title(nlp: Language) -> None:
    """ "Police Arrest Tarland Mayor Tom Ames ...": "Police Arrest" is the headline's."""
    text = "Police Arrest Tarland Mayor Tom Ames After Raid On Home"
    assert roles_in(nlp, text)["Tom Ames"] == "Mayor"


def test_body_named_in_a_headline_stays(nlp: Language) -> None:
    """ "Labour Party Leader Tom Ames Quits ...": the party's name is part of his title."""
    text = "Labour Party Leader Tom Ames Quits Over Row"
    assert roles_in(nlp, text)["Tom Ames"] == "Labour Party Leader"


def test_short_caption_is_no_headline(nlp: Language) -> None:
    """ "Bus Driver Tom Ames": a caption of a few words keeps its capitalised title."""
    assert roles_in(nlp, "Bus Driver Tom Ames")["Tom Ames"] == "Bus Driver"


def test_common_noun_of_a_headline_title_stays(nlp: Language) -> None:
    """ "Veteran Reporter Tom Ames ...": a word the tagger reads as a noun stays."""
    text = "Veteran Reporter Tom Ames Leaves The Paper"
    assert roles_in(nlp, text)["Tom Ames"] == "Veteran Reporter"
