"""A capitalised subject that a person's name owns ("Quillby's cri de coeur", "Quillby's
Sea Log") is that person's thing, not a person the entities missed: the reading back
takes the sentence as about its owner."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_she_after_an_owned_foreign_phrase_is_its_owner() -> None:
    """'Quillby's cri de coeur haunts ... She ... she' reads back to Quillby."""
    text = (
        "The book fair opened in Carrowby on Friday.\n\n"
        "Harriet Quillby's cri de coeur haunts the whole memoir. "
        "She distrusts calm water. She loves storms.\n\n"
        "She does admit one fear: 'I never learned to swim.'"
    )
    assert dict(speakers(text)) == {"I never learned to swim.": "Harriet Quillby"}


def test_he_reads_past_a_womans_owned_phrase_to_the_man_before() -> None:
    """A woman's owned phrase between leaves 'he' to the one man named before it."""
    text = (
        "Tobias Wrenfield reached Carrowby by boat on Friday.\n\n"
        "Harriet Quillby's cri de coeur haunts the whole memoir.\n\n"
        "'I never learned to swim,' he said."
    )
    assert dict(speakers(text)) == {"I never learned to swim": "Tobias Wrenfield"}
