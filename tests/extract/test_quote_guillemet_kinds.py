"""Guillemets as French and Swiss copy sets them: single ones (‹ ›) pair apart from
double ones, and a no-break space may stand inside the marks (`quote_mark_roles`,
`quote_mark_shapes`)."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_single_guillemets_quote_speech() -> None:
    """‹words,› said X: single guillemets open and close a quote of their own."""
    text = "‹The ferry will sail again on Monday,› Odile Varenne told the harbour staff."
    assert texts(text) == ["The ferry will sail again on Monday"]


def test_single_guillemets_nest_in_double_ones() -> None:
    """« ... ‹ ... › ... »: the single pair inside is part of the outer quote."""
    text = (
        "« Le patron nous a dit ‹ revenez demain › et nous revenons chaque jour », "
        "a raconté Lucien Brassac."
    )
    assert texts(text) == ["Le patron nous a dit ‹ revenez demain › et nous revenons chaque jour"]


def test_a_no_break_space_before_a_closing_guillemet() -> None:
    """« words », said X: a guillemet after a no-break space and before a comma closes the quote."""
    text = "«\u00a0Nous tiendrons bon\u00a0», said Odile Varenne. She then left the depot."
    assert texts(text) == ["Nous tiendrons bon"]


def test_a_narrow_no_break_space_before_a_closing_guillemet() -> None:
    """French copy's narrow no-break space (U+202F) before » is read as a space too."""
    text = "«\u202fLe quai reste ferm\u00e9\u202f», said the harbour master, Anton Vey."
    assert texts(text) == ["Le quai reste ferm\u00e9"]
