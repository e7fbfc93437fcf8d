"""A definite writing quoted before the text says who issued it ("'...,' the letter read.
The letters were sent by Dornwick Council") speaks for that issuer."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_letter_sent_by_a_body_in_the_next_paragraph_is_that_body_s() -> None:
    """'‘...,’ the letter read.' then 'The letters were sent by Dornwick Council': the council's."""
    text = (
        "‘Bins must be out by seven in the morning,’ the letter read.\n\n"
        "The letters were sent by Dornwick Council to every household last week."
    )
    assert speakers(text) == [("Bins must be out by seven in the morning", "Dornwick Council")]


def test_note_then_a_guide_issued_by_a_body_is_that_body_s() -> None:
    """A note quoted, then a paragraph on included in a guide a body issued: the body speaks."""
    text = (
        "Parents were angry about new advice on school uniforms.\n\n"
        "‘Hems must reach below the knee,’ the advisory note read.\n\n"
        "Several families said they would complain.\n\n"
        "The rules were included in a guide issued by Marlow Fen Academy Trust, which also "
        "banned trainers."
    )
    assert speakers(text) == [("Hems must reach below the knee", "Marlow Fen Academy Trust")]


def test_a_later_writing_someone_writes_in_is_not_the_quoted_one() -> None:
    """A later post someone wrote is not the quoted statement, so its words are nobody's."""
    # '"...," the statement said.' then 'In a post, Jo Ames wrote: "..."': Ames wrote the post, not
    # the statement.
    text = (
        "Hoax calls were made to three Kelby schools on Monday.\n\n"
        "‘Threats of this kind have no place in our town,’ the statement said.\n\n"
        "In a post on social media, councillor Jo Ames wrote: ‘This must stop now.’"
    )
    assert speakers(text)[0] == ("Threats of this kind have no place in our town", None)
