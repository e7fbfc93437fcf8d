"""A later kin description is not the person's when the story brought in their kin."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_later_kin_noun_after_kin_of_the_person_is_theirs(nlp: Language) -> None:
    """ "a sibling of Pellow ... the brother says": the brother is Pellow's sibling."""
    text = (
        "Dean Pellow, 19, was expelled from Harlow University on Monday.\n\n"
        "Last spring, a sibling of the young Pellow spoke warmly of him on a local radio "
        "show. On the show, the brother says the two of them often went fishing."
    )
    assert roles_in(nlp, text)["Dean Pellow"] is None
