"""A page's line broken after the hyphen of "then-" is written closed in the role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_then_hyphen_before_a_break_is_closed(nlp: Language) -> None:
    """ "then- Norwegian trade minister" is written "then-Norwegian trade minister"."""
    found = roles_in(
        nlp, "Trade chief Ilse Marten met then- Norwegian trade minister Kari Dahlberg in March."
    )
    assert found["Kari Dahlberg"] == "then-Norwegian trade minister"
