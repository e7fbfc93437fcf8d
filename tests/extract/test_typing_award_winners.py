"""The name after "best actor for" is the winner when no person is the clause's subject,
and the work when a person won."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import labelled_kinds, person_labelled_kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A film is the subject: the actor's category is for the person after "for".
        ("The biopic won the Golden Lantern for best actor for Jamie Fenn.", "Jamie Fenn"),
        # A list of categories after "including": the name is no member of it.
        (
            "The drama received six nominations, including best film and best actor for "
            "Leon Darrow.",
            "Leon Darrow",
        ),
    ],
)
def test_the_name_after_a_person_category_is_the_winner(
    nlp: Language, text: str, name: str
) -> None:
    """ "The biopic won ... best actor for Jamie Fenn": the actor, not a work."""
    assert person_labelled_kinds(nlp, text, [name]).get(name) == PERSON


def test_the_name_after_a_person_who_won_is_the_work(nlp: Language) -> None:
    """ "She won best actress for Moon Harbour": the film she won it for."""
    text = "Ana Roux won best actress for Moon Harbour at the ceremony."
    kinds = person_labelled_kinds(nlp, text, ["Ana Roux", "Moon Harbour"])
    assert kinds.get("Moon Harbour") != PERSON


def test_the_name_after_an_actor_the_model_read_as_a_body_who_won_is_the_work(
    nlp: Language,
) -> None:
    """An actor read as a body but opening on a given name is the nominee; "for X" is a film."""
    text = "Martin Castell was nominated for best actor for Tilda Marrow last week."
    kinds = labelled_kinds(nlp, text, [("Martin Castell", "ORG"), ("Tilda Marrow", "PERSON")])
    assert kinds.get("Tilda Marrow") != PERSON
