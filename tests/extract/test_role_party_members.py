"""Nouns for people the word lists lacked: a party's member, a felon."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_party_member_before_a_name(nlp: Language) -> None:
    """ "Conservative Tom Vell asked": the party word before the name is his role."""
    text = "Conservative Tom Vell asked Ed Poe whether the harbour board had been leaned on."
    assert roles_in(nlp, text)["Tom Vell"] == "Conservative"


def test_felon_is_a_person(nlp: Language) -> None:
    """ "Tom Vell, the convicted felon held over the raid,": a felon is someone."""
    text = "Tom Vell, the convicted felon held over the raid, was freed on Friday."
    assert roles_in(nlp, text)["Tom Vell"] == "convicted felon"


def test_tory_before_a_name_the_model_read_as_the_party(nlp: Language) -> None:
    """ "Tory David Quillby said": the model calls "Tory" the party, yet it is his role."""
    text = "Tory David Quillby said the plan for the Penmoor bypass would fail."
    assert roles_in(nlp, text)["David Quillby"] == "Tory"


def test_two_word_party_member(nlp: Language) -> None:
    """ "Liberal Democrat David Quillby": both words of the member's title are kept."""
    text = "Yesterday Liberal Democrat David Quillby attacked the Kelbrook housing scheme."
    assert roles_in(nlp, text)["David Quillby"] == "Liberal Democrat"
