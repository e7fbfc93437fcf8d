"""A speech whose middle paragraphs lost their opening marks (`quote_marks._unmarked_speech`):
it runs through them when a later paragraph's first mark closes it."""

from __future__ import annotations

from generator.extract.quote_marks import find_quotes


def _texts(text: str) -> list[str]:
    return [q.text for q in find_quotes(text)]


def test_a_speech_runs_through_paragraphs_without_marks_to_its_close() -> None:
    """‘...¶(no mark)¶... .’: the closing mark two paragraphs on ends one quote."""
    text = (
        "Mira Tosh, who runs the bakery, said: ‘We open at six every day.\n\n"
        "Flour comes by van from Kelby. The ovens are older than I am.\n\n"
        "If the rent goes up again, we will have to close.’\n\n"
        "The landlord did not reply."
    )
    assert _texts(text) == [
        "We open at six every day. Flour comes by van from Kelby. The ovens are older than "
        "I am. If the rent goes up again, we will have to close."
    ]


def test_a_quote_left_open_ends_before_writers_paragraphs_and_a_new_quote() -> None:
    """An open quote keeps only its own paragraph when the next mark opens a new quote."""
    text = (
        "Ada Kell said: ‘We will sail at dawn.\n\n"
        "The ferry left at noon. It was late again.\n\n"
        "Later the mayor said: ‘We are proud of the crew.’"
    )
    assert _texts(text) == ["We will sail at dawn.", "We are proud of the crew."]
