"""A given name no table lists that is an English noun ("Heron") stays on a performer's name."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_noun_opening_a_performers_name_is_kept(nlp: Language) -> None:
    """ "Heron Quell starred as ... Quell said": a part's player keeps the name's first word."""
    text = (
        "Heron Quell starred as a smuggler in the winter serial. "
        "Quell said the boat scenes were hard."
    )
    kinds = entity_kinds(nlp, text)
    assert kinds.get("Heron Quell") == "person"
    assert "Quell" not in kinds
