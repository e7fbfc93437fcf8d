"""A lede's description set beside a name is that person's, not the next one named."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in

#: The model types the boss's name as a work, not a person: the comma pair still names her.
_STORY = (
    "Shares in Grovell Systems fell on Tuesday after the printer maker cut its forecast.\n\n"
    "The company's boss, Aileen Tarrow, blamed weak demand.\n\n"
    "Omar Pindle, who covers the sector for a broker, said the cut was deep."
)


def test_description_named_beside_is_not_the_next_persons(nlp: Language) -> None:
    """The analyst named after the boss does not take the boss's description."""
    assert roles_in(nlp, _STORY)["Omar Pindle"] is None


def test_description_named_beside_stays_with_its_name(nlp: Language) -> None:
    """The boss keeps the description the comma pair gives her."""
    assert roles_in(nlp, _STORY)["Aileen Tarrow"] == "company's boss"
