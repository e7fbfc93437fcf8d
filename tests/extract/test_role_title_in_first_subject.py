"""A title right before a name the parser read as a second subject of the verb is still
the name's: "The father of tennis star Mila Renko has been banned"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_title_inside_the_first_subject_is_the_names(nlp: Language) -> None:
    """ "father of tennis star X has been banned ...": X is a tennis star."""
    text = (
        "The father of tennis star Mila Renko has been banned from attending her matches "
        "for a year."
    )
    assert roles_in(nlp, text)["Mila Renko"] == "tennis star"


def test_a_noun_of_the_sentence_before_is_no_title(nlp: Language) -> None:
    """ "In this case Roe was released": no noun of the phrase before titles the name."""
    text = "Tom Roe was charged.\n\nIn this case Roe was released by police on Friday."
    assert roles_in(nlp, text)["Tom Roe"] is None
