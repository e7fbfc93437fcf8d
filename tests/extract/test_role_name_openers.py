"""A trade word the model ran into the front of a person's span is their title."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled
from tests.extract.test_roles import roles_of


def _roles(nlp: Language, text: str, name: str) -> list[str | None]:
    return list(roles_of(labelled(nlp, text, [(name, "PERSON")])).values())


def test_a_trade_word_opening_the_span_mid_sentence_is_the_role(nlp: Language) -> None:
    """'that Coroner Harold Vesk' read as one person: 'Coroner'; 'Hunter' is a given name."""
    text = "The inquest heard that Coroner Harold Vesk recorded a verdict of misadventure."
    assert _roles(nlp, text, "Coroner Harold Vesk") == ["Coroner"]
    text = "The club said on Monday that Hunter Max Tolland had signed a new deal."
    assert _roles(nlp, text, "Hunter Max Tolland") == [None]
