"""A clause the parser hangs on a short attribution from the paragraph after it is not
that verb's own report: "'...?' Ames asked. / 'No,' Lee said." still gives the question
to Ames."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_question_keeps_its_asker_when_the_next_paragraph_answers() -> None:
    """ "'...?' Mr Teal asked." followed by "'...,' Orwell said." is Teal's question."""
    text = (
        "Mina Orwell, 45, denies six counts of fraud.\n\n"
        "Asked by counsel Davin Teal why her name was on the form, she replied: "
        "'I signed whatever they put in front of me.'\n\n"
        "'You expect the jury to believe that?' Mr Teal asked.\n\n"
        "'Yes, because it is the truth,' Orwell said."
    )
    assert ("You expect the jury to believe that?", "Davin Teal") in speakers(text)


def test_a_clause_of_its_own_paragraph_is_still_its_own_report() -> None:
    """ "'...?' / The board said it was satisfied." reports its own clause, not the quote."""
    text = (
        "Mina Orwell wrote to the Kelby board on Monday.\n\n"
        "'Why was nobody told about the fire at the depot?' "
        "The board said it was satisfied with the response."
    )
    assert speakers(text) == [("Why was nobody told about the fire at the depot?", None)]
