"""A verb with an addressee and a "that" clause tells the quote that clause holds."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_verb_no_list_knows_tells_its_object_the_quote() -> None:
    """'reassured parents that "..."': the one who reassures says the words."""
    text = (
        "Tom Vell chairs the Tarland school board.\n\n"
        'Vell reassured parents that "no child will lose a place at the school this year".'
    )
    assert speakers(text) == [("no child will lose a place at the school this year", "Tom Vell")]


def test_a_body_telling_its_customers_speaks() -> None:
    """'the firm is ensuring drivers that "..."': the firm the noun refers back to."""
    text = (
        "Vellcorp launched its new taxi app in Tarland on Monday.\n\n"
        "Still, the firm is ensuring drivers that "
        '"no route data ever leaves the phone."'
    )
    assert speakers(text) == [("no route data ever leaves the phone.", "Vellcorp")]


def test_a_that_clause_with_no_addressee_is_not_a_telling() -> None:
    """'Ann Roke ensured that "..."': with no one told, making sure is not saying."""
    text = (
        "Ann Roke runs the Tarland bakery.\n\n"
        'Ann Roke ensured that "every loaf is baked before dawn" on the busy days.'
    )
    assert speakers(text) == [("every loaf is baked before dawn", None)]


def test_a_participle_with_a_subject_and_no_auxiliary_is_a_misparse() -> None:
    """'The court ruling also states that ...': "ruling" is no verb telling "states"."""
    text = (
        "Tom Vell sued the Tarland Crown Court last year.\n\n"
        "The court ruling also states that as Tom Vell 'started to yell at' Ann Roke, "
        "she 'fled the room in tears.'"
    )
    assert ("started to yell at", None) in speakers(text)
