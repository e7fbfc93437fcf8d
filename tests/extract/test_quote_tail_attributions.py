"""A quote that lost its closing mark before the words attributing it (", she said.")
ends there, before the next opening mark of its family (`quote_tail_attributions`)."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_pronoun_attribution_ends_a_quote_that_lost_its_mark() -> None:
    """“..., he said. “...”: the words before ", he said." are one quote, the rest another."""
    text = (
        'Tom Vell spoke outside the depot. "We waited four hours for the bus, he said. '
        '"Then the driver told us to walk home."'
    )
    assert texts(text) == [
        "We waited four hours for the bus",
        "Then the driver told us to walk home.",
    ]


def test_a_named_attribution_ends_a_single_quote_that_lost_its_mark() -> None:
    """‘..., Judge Orwin added. ‘...’: a title and a name before the verb end it too."""
    text = (
        "The judge turned to Rita Marne. 'You planned every step of the scheme with care, "
        "Judge Orwin added. 'I saw no remorse in you at any stage.' Marne was jailed."
    )
    assert texts(text) == [
        "You planned every step of the scheme with care",
        "I saw no remorse in you at any stage.",
    ]


def test_an_inverted_attribution_ends_a_quote_that_lost_its_mark() -> None:
    """‘..., said the skipper. ‘...’: the verb before "the" and a noun ends it."""
    text = (
        "Ann Pell said: ‘The storm took three boats from the quay, said the skipper. "
        "‘We will rebuild the wall by spring.’ The council met later."
    )
    assert texts(text) == [
        "The storm took three boats from the quay",
        "We will rebuild the wall by spring.",
    ]


def test_a_first_person_attribution_is_the_speech_going_on() -> None:
    """‘..., I said. ‘...’: the speaker telling of their own words goes on speaking."""
    text = "Kemp said: 'I saw the boat go down, I said. 'Nobody listened to me.' He left."
    assert texts(text) == ["I saw the boat go down, I said. Nobody listened to me."]


def test_a_speaker_telling_what_someone_agreed_goes_on_speaking() -> None:
    """‘... and in the end, the coroner agreed. ‘...’: "the" and a noun is the speech's."""
    text = (
        "Dr Ines Wald said: 'We argued that the crash was nobody's fault and in the end, "
        "the coroner agreed. 'The family can now grieve in peace.' She left the court."
    )
    assert texts(text) == [
        "We argued that the crash was nobody's fault and in the end, the coroner agreed. "
        "The family can now grieve in peace."
    ]
