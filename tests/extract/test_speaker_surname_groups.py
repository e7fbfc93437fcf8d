"""A person's surname the model read as a people or a party still names the person."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_surname_read_as_a_group_is_the_person_named_before() -> None:
    """ "Kerns said", the lone "Kerns" read as a group, is Bradley Kerns named before."""
    text = (
        'Tarnway CEO Bradley Kerns called the strike "reckless and unnecessary."\n\n'
        '"Our offer is the most generous in the industry," Kerns said in a video message.'
    )
    assert speakers(text)[-1] == ("Our offer is the most generous in the industry", "Bradley Kerns")
