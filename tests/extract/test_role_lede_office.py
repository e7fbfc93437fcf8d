"""A bare office opening the paragraph after a lede's name is that person, if no one else
holds it."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in

LEDE = "Tom Vell has condemned a court ruling on mooring fees in Tarland.\n\n"
OFFICE = "The Harbour Secretary told reporters that fishing crews would suffer most."
AGAIN = "\n\nMr Vell will meet the crews at the quay on Friday."


def test_office_right_after_the_lede_name_is_theirs(nlp: Language) -> None:
    """ "Tom Vell has ... . The Harbour Secretary said ...": Vell is the Harbour Secretary."""
    assert roles_in(nlp, LEDE + OFFICE + AGAIN)["Tom Vell"] == "Harbour Secretary"


def test_office_after_a_name_given_once_is_not_read(nlp: Language) -> None:
    """A person the story names only once may be a passer-by: the office is not read."""
    assert roles_in(nlp, LEDE + OFFICE)["Tom Vell"] is None


def test_office_another_name_holds_is_not_the_lede_names(nlp: Language) -> None:
    """ "Harbour Secretary Ed Poe" later in the story: the office is his, not Vell's."""
    text = LEDE + OFFICE + " Harbour Secretary Ed Poe spoke again on Friday." + AGAIN
    assert roles_in(nlp, text)["Tom Vell"] is None


def test_office_two_sentences_on_is_not_the_lede_names(nlp: Language) -> None:
    """A bare office read only in the sentence right after the name: later, anyone's."""
    text = LEDE + "Crews met at the quay on Monday. " + OFFICE + AGAIN
    assert roles_in(nlp, text)["Tom Vell"] is None


def test_office_the_lede_sentence_already_has_is_someone_else(nlp: Language) -> None:
    """ "Vell was fined by a Tarland judge. The judge also ..." is the lede's judge."""
    text = (
        "Tom Vell, 51, was fined by a Tarland judge who heard his plea on Monday.\n\n"
        "The judge also told him to sweep the quay for a month.\n\n"
        "Mr Vell said he would appeal."
    )
    assert roles_in(nlp, text)["Tom Vell"] is None


def test_office_with_a_rank_another_holds_is_another_office(nlp: Language) -> None:
    """ "shadow chancellor Ed Poe" later holds no "chancellor": the lede's name is it."""
    text = (
        "Tom Vell has called on his party to hold its nerve this week.\n\n"
        "The chancellor said the vote would give a clear choice.\n\n"
        "Mr Vell accused shadow chancellor Ed Poe of plotting cuts."
    )
    assert roles_in(nlp, text)["Tom Vell"] == "chancellor"
