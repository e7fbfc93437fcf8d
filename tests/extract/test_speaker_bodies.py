"""Bodies that news refers back to by a noun: a lower-case phrase that named one ("the Tarn
select committee") speaks as subject and for a bare "the committee" later, and "the firm"
in a relative clause is the owner of what the clause describes."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_bare_committee_refers_back_to_the_lower_case_phrase_that_named_it() -> None:
    """'the Norport harbour committee ... The committee said': that committee's words."""
    text = (
        "The findings of the Norport harbour committee came as the ferry strike went on.\n\n"
        "The strike has closed the port at Port Selby for a week.\n\n"
        "The committee said the trustees left the port 'without any plan for a long closure'."
    )
    assert speakers(text) == [("without any plan for a long closure", "Norport harbour committee")]


def test_a_lower_case_phrase_as_subject_speaks() -> None:
    """'But the Tarn select committee warned ... "..."': the phrase is the body."""
    text = (
        "Ministers met on Monday to discuss the ferry strike.\n\n"
        "But the Tarn select committee warned that the new fund 'falls far short of the need'."
    )
    assert speakers(text) == [("falls far short of the need", "Tarn select committee")]


def test_a_generic_phrase_names_no_body() -> None:
    """'the local committee said': no proper noun names it, so nobody is guessed."""
    text = (
        "Ministers met on Monday to discuss the ferry strike.\n\n"
        "The local committee said the new fund 'leaves the harbour trade unprotected'."
    )
    assert speakers(text) == [("leaves the harbour trade unprotected", None)]


def test_a_body_noun_in_a_relative_clause_is_the_owner_of_what_it_describes() -> None:
    """'ordered forty of Vellcorp's pumps, which the company claimed would "..."': Vellcorp."""
    text = (
        "Tom Ames holds shares in Vellcorp, the company that made the pumps.\n\n"
        "Last spring Norport Council ordered forty of Vellcorp's water pumps, "
        "which the company claimed would 'run in every kind of weather'."
    )
    assert speakers(text) == [("run in every kind of weather", "Vellcorp")]
