"""A role whose phrase holds a list keeps every item of it ("boss of Leeds, York and Hull
airports"), not only the first before the list's comma (`role_phrases`)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_list_of_portfolios_is_kept_whole(nlp: Language) -> None:
    """ "former minister for trade, industry and energy": all three portfolios."""
    text = "Rhys Gadd, a former minister for trade, industry and energy, said the plan would fail."
    assert roles_in(nlp, text)["Rhys Gadd"] == "former minister for trade, industry and energy"


def test_a_list_of_places_is_kept_whole(nlp: Language) -> None:
    """ "head of sales for Europe, Asia and Africa at Brindle": the list and what follows."""
    text = (
        "Anna Pikeworth, head of sales for Europe, Asia and Africa at Brindle, said "
        "demand had collapsed."
    )
    assert roles_in(nlp, text)["Anna Pikeworth"] == (
        "head of sales for Europe, Asia and Africa at Brindle"
    )


def test_a_comment_after_the_role_is_still_cut(nlp: Language) -> None:
    """ "chief executive of Ardley, who joined last year,": the clause is no part of it."""
    text = "Lena Kross, chief executive of Ardley, who joined last year, said sales rose."
    assert roles_in(nlp, text)["Lena Kross"] == "chief executive of Ardley"
