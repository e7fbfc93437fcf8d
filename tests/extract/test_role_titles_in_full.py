"""Titles before a name read with the words of where or of what before them."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled
from tests.extract.test_roles import roles_in, roles_of


def _labelled_roles(
    nlp: Language, text: str, labels: list[tuple[str, str]]
) -> dict[str, str | None]:
    """Each person of a text with its role, when the model read ``labels`` (form, label)."""
    return roles_of(labelled(nlp, text, labels))


def test_word_typed_a_number_stays_in_the_title(nlp: Language) -> None:
    """A word the model typed a number ("Olympic") is no count and stays in the title."""
    text = "Morgan was replaced in 1990 by Olympic medallist Tom Harlow."
    labels = [("1990", "DATE"), ("Olympic", "CARDINAL"), ("Tom Harlow", "PERSON")]
    assert _labelled_roles(nlp, text, labels)["Tom Harlow"] == "Olympic medallist"


def test_place_run_into_the_name_stays_in_the_title(nlp: Language) -> None:
    """A county the model ran into the person's name with the title is the title's."""
    text = "He was reinstated by Tarn County Sheriff Ann Vellacott last year."
    labels = [("Tarn County Sheriff Ann Vellacott", "PERSON")]
    roles = _labelled_roles(nlp, text, labels)
    assert roles["Ann Vellacott"] == "Tarn County Sheriff"


def test_office_written_in_full_beside_the_surname(nlp: Language) -> None:
    """ "Tarland Mayor" beside the surname is the "Mayor" beside the full name in full."""
    text = (
        "The suspension was ordered by Mayor Ann Vellacott on Friday.\n\n"
        "The officers were sent home.\n\n"
        "Tarland Mayor Vellacott said the inquiry would be open."
    )
    assert roles_in(nlp, text)["Ann Vellacott"] == "Tarland Mayor"


def test_other_rank_of_the_office_is_not_its_full_form(nlp: Language) -> None:
    """ "Deputy Mayor" beside the surname is another office, not "Mayor" in full."""
    text = (
        "The suspension was ordered by Mayor Ann Vellacott on Friday.\n\n"
        "The officers were sent home.\n\n"
        "Deputy Mayor Vellacott said the inquiry would be open."
    )
    assert roles_in(nlp, text)["Ann Vellacott"] == "Mayor"


def test_day_opening_a_body_name_stays_in_the_title(nlp: Language) -> None:
    """A day the model typed a date that opens a paper's name stays in the title."""
    text = "The book, by Sunday Courier journalist Tom Harlow and serialised in it, said so."
    labels = [("Sunday", "DATE"), ("Courier", "ORG"), ("Tom Harlow", "PERSON")]
    roles = _labelled_roles(nlp, text, labels)
    assert roles["Tom Harlow"] == "Sunday Courier journalist"
