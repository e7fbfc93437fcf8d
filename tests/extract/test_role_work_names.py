"""A work's name in title case before a title is read whole, its small words too."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_show_name_opening_the_sentence(nlp: Language) -> None:
    """ "Skating On Glass star": the show's first word opens the sentence and is a verb."""
    text = "Skating On Glass star Mia Dunn has told how a fall in training nearly ended it all."
    assert roles_in(nlp, text)["Mia Dunn"] == "Skating On Glass star"


def test_sentence_opening_word_before_a_plain_name_is_left(nlp: Language) -> None:
    """A sentence's first word before a name of no small words stays out ("After")."""
    text = "After Tarnside star Mia Dunn left the stage, the crowd went quiet."
    assert roles_in(nlp, text)["Mia Dunn"] == "Tarnside star"
