"""A lede that opens on someone told by their owner ("Tom Roe's chief of staff has quit")
describes the one named next, though the owner is named (`role_ledes`)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_named_owner_in_the_lede_is_not_someone_else(nlp: Language) -> None:
    """ "Greta Vollmer's former housekeeper has claimed ... . Marisol Andrade said": she is it."""
    text = (
        "Greta Vollmer's former housekeeper has claimed she was dismissed without "
        "notice. Marisol Andrade said she was told to leave the house on a Tuesday."
    )
    assert roles_in(nlp, text)["Marisol Andrade"] == "Greta Vollmer's former housekeeper"


def test_a_source_after_the_lede_leaves_its_subject(nlp: Language) -> None:
    """ "..., the Evening Herald can reveal": the lede is still the trainer's, who is named next."""
    text = (
        "Ivo Brandt's personal trainer was ordered by a court to repay a client for "
        "missed sessions, the Evening Herald can reveal. Dario Feld, 41, paid the money in June."
    )
    assert roles_in(nlp, text)["Dario Feld"] == "Ivo Brandt's personal trainer, 41"


def test_an_owner_described_by_a_noun_is_one_too(nlp: Language) -> None:
    """ "The pop star's younger brother has spoken ... . Jarrah Quill, 27,": her brother."""
    text = (
        "The pop star's younger brother has spoken for the first time about his crash. "
        "Jarrah Quill, 27, was in a coma for three weeks after it."
    )
    assert roles_in(nlp, text)["Jarrah Quill"] == "pop star's younger brother, 27"


def test_a_lede_naming_another_beside_the_owner_still_gives_none(nlp: Language) -> None:
    """Someone else named in the lede, apart from the owner, may be the one named next."""
    text = (
        "Greta Vollmer's former housekeeper has sued Paul Ostrow over unpaid wages. "
        "Marisol Andrade said she was told to leave the house on a Tuesday."
    )
    assert roles_in(nlp, text)["Marisol Andrade"] is None
