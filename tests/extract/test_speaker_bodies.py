"""Bodies that news names in lower case ("the Tarn select committee"): the phrase speaks
when it is the subject, and a bare "the committee" later refers back to it."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_bare_committee_refers_back_to_the_lower_case_phrase_that_named_it() -> None:
    """'the Norport harbour committee ... The committee said': that committee's words."""
    text = (
        "The findings of the Norport harbour committee came as the ferry strike went on.\n\n"
        "The strike has closed the port at Port Selby for a week.\n\n"
        "The committee said the board had failed to 'count the cost of the long closure'."
    )
    assert speakers(text) == [("count the cost of the long closure", "Norport harbour committee")]


def test_a_lower_case_phrase_as_subject_speaks() -> None:
    """'But the Tarn select committee warned ... "..."': the phrase is the body."""
    text = (
        "Ministers met on Monday to discuss the ferry strike.\n\n"
        "But the Tarn select committee warned that the new fund 'may not be enough'."
    )
    assert speakers(text) == [("may not be enough", "Tarn select committee")]


def test_a_generic_phrase_names_no_body() -> None:
    """'the local committee said': no proper noun names it, so nobody is guessed."""
    text = (
        "Ministers met on Monday to discuss the ferry strike.\n\n"
        "The local committee said the new fund 'may not be enough to reopen the port'."
    )
    assert speakers(text) == [("may not be enough to reopen the port", None)]
