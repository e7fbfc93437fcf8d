"""A title before a name never starts inside a word the tokenizer split."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_split_verb_tail_is_not_in_the_title(nlp: Language) -> None:
    """ "She wed garden designer Tom Vell": "wed" split as "we" + "d"; no "d" in the title."""
    text = "She wed garden designer Tom Vell in a small chapel near Tarland."
    assert roles_in(nlp, text)["Tom Vell"] == "garden designer"
