"""A title before a name starts no show's or prize's name in the middle."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_show_name_whose_verb_broke_the_title(nlp: Language) -> None:
    """ "Strictly Come Dancing winner": the show's first word stays on the title."""
    text = "Strictly Come Dancing winner Kitty Marlowe has revealed she hid a cracked rib."
    assert roles_in(nlp, text)["Kitty Marlowe"] == "Strictly Come Dancing winner"


def test_show_name_after_a_word_of_the_sentence(nlp: Language) -> None:
    """Inside a sentence too, the whole name of the show goes on the title."""
    text = "Fans were told on Monday that Strictly Come Dancing judge Tomas Vell had quit."
    assert roles_in(nlp, text)["Tomas Vell"] == "Strictly Come Dancing judge"


def test_a_word_of_time_opening_the_sentence_is_no_show_name(nlp: Language) -> None:
    """ "Earlier Tory leader ...": "Earlier" tells when, and starts no name on the title."""
    text = "Earlier Tory leader Brant Ollery sent his warm wishes to the new mayor."
    assert roles_in(nlp, text)["Brant Ollery"] == "Tory leader"


def test_an_adverb_of_the_clause_opening_the_sentence_is_no_show_name(nlp: Language) -> None:
    """ "Ultimately Roads Secretary ...": the adverb tells how the clause goes, not a name."""
    text = "Ultimately Transport Secretary Maren Holtby will decide on the new bridge."
    assert roles_in(nlp, text)["Maren Holtby"] == "Transport Secretary"
