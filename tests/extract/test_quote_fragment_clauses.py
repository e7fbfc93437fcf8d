"""Short quotes in a clause whose verb is not "said": a participle hung on the show or
place where the subject spoke, a verb of assuring, and a quoted name after "so-called"."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_participle_on_the_show_is_the_guest_who_spoke() -> None:
    """'Ames appeared on the show calling the scanners ...' is Ames's, not the show's."""
    text = (
        "Sir Tom Ames chairs the Norport health board.\n\n"
        "On Friday Sir Tom appeared on the Ledger's evening show calling the new scanners "
        "‘a leap for the town’ while his rivals stayed away."
    )
    assert speakers(text) == [("a leap for the town", "Tom Ames")]


def test_a_participle_on_a_place_under_another_verb_is_not_the_subject_s() -> None:
    """'Ames parked at a shop calling itself ...': the shop's name for itself, not his."""
    text = "Tom Ames parked the van at a shop calling itself ‘the best bakery in town’."
    assert speakers(text) == [("the best bakery in town", None)]


def test_a_firm_assuring_riders_gives_its_words() -> None:
    """'The firm is assuring riders that ...': the firm's words, by any form of 'assure'."""
    text = (
        "Acme Ltd is a taxi app based in Norport. Acme Ltd said it would grow.\n\n"
        "However, the firm is assuring riders that ‘no data is stored on our servers’."
    )
    assert speakers(text) == [("no data is stored on our servers", "Acme Ltd")]


def test_a_so_called_name_is_nobody_s_words() -> None:
    """'Ames criticised the so-called ...': a name in use, no quote of the critic's or anyone's."""
    text = "Tom Ames criticised the so-called ‘quiet hours pact’ on Monday."
    assert speakers(text) == []
