"""A qualifier of time before a name that qualifies a title ("Former Kelby captain") stays
with the title."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_former_before_a_named_title_is_kept(nlp: Language) -> None:
    """ "Former Kelby captain Lee Ashworth" was captain: "former" is part of the role."""
    text = "Former Kelby captain Lee Ashworth, now a pundit for Sky Sports, said it was bad luck."
    role = roles_in(nlp, text)["Lee Ashworth"] or ""
    assert role.lower().startswith("former kelby captain")
