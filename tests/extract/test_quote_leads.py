"""A quote that a line of narrative leads into, in the paragraph after the speaker's last
words, goes on with that speaker when the lead-in is about the speaker alone."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

OPENING = (
    "Tarvik Osman fled the war with his wife and three sons in 2019.\n\n"
    "‘We could not sleep at night because of the shelling,’ says Tarvik Osman.\n\n"
)
LATER = "‘They go to school every day now and they have made many friends.’"


def test_a_lead_in_about_a_thing_goes_on_with_the_speaker_before() -> None:
    """'... says Osman. / The move has changed his sons' lives. ‘...’' is Osman's."""
    text = OPENING + "The move to Pellham has changed the lives of his sons. " + LATER
    assert speakers(text)[-1] == (LATER.strip("‘’"), "Tarvik Osman")


def test_a_lead_in_naming_someone_else_does_not() -> None:
    """A lead-in whose subject is a description of someone else leaves the quote alone."""
    text = OPENING + "A teacher at the village school has helped the boys settle. " + LATER
    assert speakers(text)[-1] == (LATER.strip("‘’"), None)


def test_the_subject_of_an_infinitive_in_the_lead_in_does_not_speak() -> None:
    """An infinitive's subject in the lead-in ('time for his sons to see him') does not speak."""
    # 'Long shifts at the bakery leave little time for his sons to see him. ‘...’': the sons only
    # complete what the line says, so the quote goes on with Osman.
    text = OPENING + "Long shifts at the bakery leave little time for his sons to see him. " + LATER
    assert speakers(text)[-1] == (LATER.strip("‘’"), "Tarvik Osman")


def test_a_finite_clause_about_someone_else_still_stops_it() -> None:
    """'His sons think the school has helped.' ahead of the quote: they may speak."""
    text = OPENING + "His sons think the village school has helped a great deal. " + LATER
    assert speakers(text)[-1] == (LATER.strip("‘’"), None)
