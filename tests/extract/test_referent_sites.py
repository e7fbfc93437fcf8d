"""Bodies that a definite noun refers back to: a named site's, or the subject of a tie."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_airport_is_the_site_named_before() -> None:
    """'... at Marlowe Airport ... "...," the airport says': the airport's body speaks."""
    text = (
        "Travellers have had to wear a mask at Marlowe Airport since early June.\n\n"
        "'Every visitor must cover the nose and mouth inside the terminals, except small "
        "children,' the airport says on its web page."
    )
    assert speakers(text)[0][1] == "Marlowe Airport"


def test_of_two_bodies_in_one_sentence_its_subject_is_the_one_meant() -> None:
    """'Unlike the A Trust, the B Trust ...  The trust adds: "..."': the B Trust speaks."""
    text = (
        "Tamsin Orrey is a warden of the Hollin Mill Trust, which trains young weavers.\n\n"
        "Unlike the Brackley Canal Trust, the Hollin Mill Trust charges no fee to join.\n\n"
        "Ms Orrey has taught there on Saturdays for nine years.\n\n"
        "The trust adds: 'Every loom in our hall is free to anyone who asks for it.'"
    )
    assert speakers(text)[0][1] == "Hollin Mill Trust"


def test_a_spokesman_for_a_site_speaks_for_its_body() -> None:
    """ "A spokesman for Marlowe Airport said ... the spokesman adds": the airport both times."""
    text = (
        "A spokesman for Marlowe Airport said: 'Half of our gates have stood empty since May.'\n\n"
        "'We could test every traveller in a minute, but nobody will listen,' the spokesman adds."
    )
    assert [speaker for _, speaker in speakers(text)] == ["Marlowe Airport", "Marlowe Airport"]


def test_the_spokesman_twice_refers_back_to_the_first_one_named() -> None:
    """'A spokesman for X ... the spokesman says ... the spokesman adds. "..."': X speaks."""
    text = (
        "A spokesman for the Dornwick Trust calls the plan for the weir a blunder.\n\n"
        "The council has not answered a single letter, the spokesman says.\n\n"
        "'We have begged them to come and look at the banks since the floods.'\n\n"
        "No engineer has visited the site since March either, the spokesman adds.\n\n"
        "'We could mend the sluice in a week, but nobody at the town hall will listen.'"
    )
    assert [speaker for _, speaker in speakers(text)] == ["Dornwick Trust", "Dornwick Trust"]
