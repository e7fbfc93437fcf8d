"""A state's body named by a people's or a country's word before its noun ("the Dutch
embassy", "the US government") speaks as an organization, and an "it" after it is that
body; a bare "the government" names no one body."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_nationality_before_government_names_the_body_that_speaks() -> None:
    """'"...," the Norwegian government said': the government speaks, not no one."""
    text = (
        "Trawlers from two fleets collided off the coast on Sunday.\n\n"
        "'Nobody will bully our crews at sea,' the Norwegian government said on Monday."
    )
    assert speakers(text) == [("Nobody will bully our crews at sea", "Norwegian government")]


def test_a_country_before_embassy_names_the_body_that_speaks() -> None:
    """'The Canadian embassy said: "..."': the embassy's words."""
    text = (
        "A tourist was held at the border crossing for two days.\n\n"
        "The Canadian embassy said: 'Our consular staff are helping the family.'"
    )
    assert speakers(text) == [("Our consular staff are helping the family.", "Canadian embassy")]


def test_it_after_a_state_body_is_that_body() -> None:
    """'The US government dismissed ... In a statement, it said: "..."': that body."""
    text = (
        "The US government dismissed the reports, saying no pilots had been sent. "
        "In a statement, it said: 'No aircraft left the base that night.'"
    )
    assert speakers(text) == [("No aircraft left the base that night.", "US government")]


def test_a_bare_government_names_no_body() -> None:
    """'"...," the government said' with no people's word before it: no new body."""
    text = (
        "Ferry fares will rise by a tenth in spring.\n\n"
        "'The rise is needed to keep the routes open,' the government said."
    )
    assert speakers(text) == [("The rise is needed to keep the routes open", None)]


def test_a_spokesman_of_a_state_body_speaks_for_it() -> None:
    """'A Welsh government spokeswoman said': the body the spokes noun's own phrase names."""
    # Also 'a spokesman for the Irish government said'.
    for text, body in (
        (
            "Bus routes in the valleys will be cut in May.\n\n"
            "A Welsh government spokeswoman said: 'We will fund two of the routes ourselves.'",
            "Welsh government",
        ),
        (
            "Bus routes in the valleys will be cut in May.\n\n"
            "A spokesman for the Irish government said: "
            "'We will fund two of the routes ourselves.'",
            "Irish government",
        ),
    ):
        assert speakers(text) == [("We will fund two of the routes ourselves.", body)]


def test_an_owned_embassy_is_not_named_by_its_town() -> None:
    """'Norland's Vienna embassy said': not a body called the Vienna embassy."""
    text = (
        "Two aid workers were freed on Friday.\n\n"
        "Norland's Vienna embassy said: 'Both of them are now on their way home.'"
    )
    assert speakers(text)[0][1] != "Vienna embassy"


def test_a_capital_that_only_opens_the_sentence_names_no_people() -> None:
    """'Central government said' at a sentence's start: no body named by 'Central'."""
    text = (
        "Road repairs were halted in the autumn.\n\n"
        "Central government said: 'The money for the roads is still there.'"
    )
    assert speakers(text) == [("The money for the roads is still there.", None)]


def test_a_pronoun_after_a_state_body_spokesman_goes_on_for_the_body() -> None:
    """'A Welsh government spokeswoman said ... She added: "..."': still the body."""
    text = (
        "Bus routes in the valleys will be cut in May.\n\n"
        "A Welsh government spokeswoman said two of the routes would be saved. "
        "She added: 'Nobody in the valleys will be left without a bus.'"
    )
    assert speakers(text) == [
        ("Nobody in the valleys will be left without a bus.", "Welsh government")
    ]


def test_a_bare_state_body_noun_refers_back_to_the_one_named_before() -> None:
    """'The Ruritanian army said ... "...," the army said': the body the earlier phrase named."""
    # And the same for an embassy.
    for text, body in (
        (
            "The Ruritanian army said its patrol had been fired on near the river.\n\n"
            "'Our soldiers only shot back,' the army said.",
            "Ruritanian army",
        ),
        (
            "The Kelvish embassy said it had asked for an inquiry.\n\n"
            "'Our soldiers only shot back,' the embassy said.",
            "Kelvish embassy",
        ),
    ):
        assert speakers(text) == [("Our soldiers only shot back", body)]


def test_a_bare_government_does_not_refer_back_to_a_foreign_one() -> None:
    """'The Ruritanian government said ... the government said': no body is read back."""
    # A bare "the government" is often the writer's own country's.
    text = (
        "The Ruritanian government said its patrol had been fired on near the river.\n\n"
        "'We will send an envoy to ask for calm,' the government said."
    )
    assert speakers(text) == [("We will send an envoy to ask for calm", None)]


def test_a_country_owning_a_ministry_names_the_body_that_speaks() -> None:
    """'"...," Tarnland's fisheries ministry said': the country's ministry, not no one."""
    text = (
        "Three trawlers were held in the harbour at Oskvik on Tuesday.\n\n"
        "'Their nets were far too fine for these waters,' Tarnland's fisheries ministry said."
    )
    assert speakers(text) == [
        ("Their nets were far too fine for these waters", "Tarnland's fisheries ministry")
    ]


def test_a_country_owning_a_ministry_of_a_field_keeps_the_field() -> None:
    """'Tarnland's ministry of transport said': the name runs to its 'of' phrase."""
    text = (
        "Night trains across the north were cancelled on Monday.\n\n"
        "'The line will reopen at the weekend,' Tarnland's ministry of transport said."
    )
    assert speakers(text) == [
        ("The line will reopen at the weekend", "Tarnland's ministry of transport")
    ]
