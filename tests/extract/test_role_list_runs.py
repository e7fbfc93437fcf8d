"""Roles of names in lists and runs of adjectives the parse breaks."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_dash_closing_a_kin_list_opens_no_description(nlp: Language) -> None:
    """ "two sons - Edwin and Samuel - and a daughter": Samuel is a son, not a daughter."""
    text = "Harold Quillby has two sons - Edwin and Samuel - and a daughter."
    assert roles_in(nlp, text)["Samuel"] == "son"


def test_plural_title_read_as_the_subject_verb(nlp: Language) -> None:
    """ "including England stars X and Y" with "stars" parsed a verb: each one is a star."""
    text = "The squad, including England stars David Quillby and Peter Ransome, flew to Kelbrook."
    roles = roles_in(nlp, text)
    assert (roles["David Quillby"], roles["Peter Ransome"]) == ("star", "star")
    # "The film stars X": a verb with its own subject gives no role
    verb = "The film stars David Quillby and Peter Ransome as brothers."
    assert roles_in(nlp, verb)["David Quillby"] is None


def test_run_of_looks_goes_with_its_last_word(nlp: Language) -> None:
    """ "a tall, bearded man of 40": no broken run "tall, man" is left."""
    text = "David Quillby, a tall, bearded man of 40, was held in Kelbrook."
    assert roles_in(nlp, text)["David Quillby"] == "man of 40"


def test_hair_compound_is_looks(nlp: Language) -> None:
    """ "a grey-haired, burly man of 47": neither the hair nor the build is a role."""
    text = "David Quillby, a grey-haired, burly man of 47, was held in Kelbrook."
    assert roles_in(nlp, text)["David Quillby"] == "man of 47"
