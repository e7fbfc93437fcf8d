"""The pronoun search and a clause that a conjunction opens before the pronoun's verb:
"After Ann Vell was elected, she said" is Ann Vell, the clause's subject (not the owner in
it, nor anyone when the clause also has "him" or "his" before its subject)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_subject_of_a_fronted_clause_speaks() -> None:
    """ "Weeks after Tom Vell lost the seat, he wrote to the board, adding: '...'" is Vell."""
    text = (
        "The ferry to Norport ran twice a day.\n\n"
        "Weeks after Tom Vell lost the seat in 2019, he wrote to the board, adding: "
        "'The boats must keep running. The islands depend on them.'"
    )
    assert speakers(text)[-1][1] == "Tom Vell"


def test_a_fronted_clause_before_she_told() -> None:
    """ "After Ann Vell was elected, she told reporters: '...'" is Vell."""
    text = (
        "The count in Norport ran late into the night.\n\n"
        "After Ann Vell was elected, she told reporters: 'We won this for the harbour.'"
    )
    assert speakers(text)[-1][1] == "Ann Vell"


def test_the_clause_subject_wins_over_its_owner() -> None:
    """ "Once Ben's cousin Tom Vell retired, he said" is the cousin, not Ben."""
    text = (
        "The ferry to Norport ran twice a day.\n\n"
        "Once Ben's cousin Tom Vell retired, he said: 'The boats must keep running.'"
    )
    assert speakers(text)[-1][1] == "Tom Vell"


def test_a_pronoun_chain_from_a_fronted_clause() -> None:
    """ "When Tom Vell retired, he sold the boat. '...,' he said": both "he"s are Vell."""
    text = (
        "The ferry to Norport ran twice a day.\n\n"
        "When Tom Vell retired in 2019, he sold the boat to the council. "
        "'The islands depend on the crossing,' he said."
    )
    assert speakers(text)[-1][1] == "Tom Vell"


def test_his_before_the_clause_subject_is_someone_else() -> None:
    """ "Once his cousin Tom Vell retired, he said": "he" owns the cousin, so is not Vell."""
    text = (
        "The ferry to Norport ran twice a day.\n\n"
        "Once his cousin Tom Vell retired, he said: 'The boats must keep running.'"
    )
    assert speakers(text)[-1][1] != "Tom Vell"


def test_a_known_woman_before_wins_over_a_clause_subject_of_no_stated_sex() -> None:
    """ "Mrs Ann Orr ... When Sam Vell was criticised, she wrote": Mrs Orr wrote."""
    # Nothing states Vell's sex, and the text has called Mrs Orr "she".
    text = (
        "Mrs Ann Orr has run the Norport ferry for a decade. She sets the fares herself.\n\n"
        "When Sam Vell was criticised for the timetable, she wrote: "
        "'The crossing cannot run at a loss.'"
    )
    assert speakers(text)[-1][1] == "Ann Orr"


def test_a_known_woman_before_a_chain_from_a_clause_subject_of_no_stated_sex() -> None:
    """A known woman before wins too when the clause precedes an earlier "she" of the chain."""
    # "Ann Vell, a widow, ... When Tom Ames left, she bought it. '...,' she says".
    text = (
        "Ann Vell, a widow, runs a cafe in Tarland.\n\n"
        "When Tom Ames left the firm, she bought it. "
        '"I had no choice," she says.'
    )
    assert speakers(text)[-1][1] == "Ann Vell"


def test_a_chain_from_a_clause_subject_with_no_known_person_before() -> None:
    """With neither's sex stated, the fronted clause's subject goes on speaking."""
    # "Kit Vell runs a cafe. When Jo Ames took over, she changed the menu. '...,' she says".
    text = (
        "Kit Vell runs a cafe in Tarland.\n\n"
        "When Jo Ames took over, she changed the menu. "
        '"I had no choice," she says.'
    )
    assert speakers(text)[-1][1] == "Jo Ames"
