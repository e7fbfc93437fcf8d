"""A short quote in title case that a determiner, a possessive or a preposition puts in a
noun phrase is the name of a programme, slogan or rule, not anyone's words."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_programme_named_after_a_possessive_is_no_quote() -> None:
    """'Lee said on Radio Kent's ‘Ask the Mayor’ that ...' quotes no words of Lee's."""
    text = (
        "Councillor Petra Ossory said on Radio Kent's ‘Ask the Mayor’ that the bypass "
        "would open in June."
    )
    assert speakers(text) == []


def test_a_rule_named_after_the_is_no_quote() -> None:
    """'the ‘Home by Ten’ curfew' names a rule; the speaker did not say the words."""
    text = "Colin Dray said the ‘Home by Ten’ curfew had cut street fights by a third."
    assert speakers(text) == []


def test_a_slogan_named_after_its_is_no_quote() -> None:
    """'dropped its ‘Shop in the Square’ slogan' names a slogan, not anyone's words."""
    text = "Petra Ossory said the town had dropped its ‘Shop in the Square’ slogan last year."
    assert speakers(text) == []
