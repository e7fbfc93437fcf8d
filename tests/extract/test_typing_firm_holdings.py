"""Names made like people's that the text shows to be firms by what they hold."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import ORG, PERSON, extract_entities
from tests.extract.conftest import labelled, labelled_kinds, person_labelled_kinds

#: (text, the name the model reads as a person at each of its writings, the kind it gets).
_CASES = [
    # "its" in the clause the name reports: a person would write "his" or "her".
    ("Ted Marlow said its shops had sold more coats than a year earlier.", "Ted Marlow", ORG),
    # A share of sales before "its" is no name it could stand for.
    (
        "Ted Marlow said like-for-like sales rose 4% at its department stores last month.",
        "Ted Marlow",
        ORG,
    ),
    # A person's pronoun before "its" says the speaker is someone.
    ("Ivo Keswick said he was delighted with its results.", "Ivo Keswick", PERSON),
    # A person's pronoun, no firm's.
    ("Ivo Keswick said he would step down as chairman next year.", "Ivo Keswick", PERSON),
    # "its" after the group's noun goes back to the group, not to her.
    ("Jo Ames said the group's board had met and its shares would be sold.", "Jo Ames", PERSON),
    # Words describing the stores stand between the owner's "'s" and the stores.
    (
        "Henry Dalton said sales rose by 4% in the twelve weeks to January. "
        "Henry Dalton's department stores did better than its food halls.",
        "Henry Dalton",
        ORG,
    ),
    # A work's sales, so the singer stays a person.
    (
        "Kim Vale's album sales rose after the tour. Kim Vale said she was thrilled.",
        "Kim Vale",
        PERSON,
    ),
    # A firm has shareholders, a person has none.
    (
        "The shareholders of Dean Whitcombe voted against the deal. Dean Whitcombe said so.",
        "Dean Whitcombe",
        ORG,
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), _CASES)
def test_what_a_name_holds_says_firm_or_person(
    nlp: Language, text: str, name: str, kind: str
) -> None:
    """A name that holds stores, shareholders or "its" shops is a firm; one that is "he" is not."""
    names = [name] * text.count(name)
    assert person_labelled_kinds(nlp, text, names).get(name) == kind


def test_a_given_name_body_that_reports_sales_stays_a_body(nlp: Language) -> None:
    """ "Henry Dalton said sales rose", read as a body, stays one by its figures."""
    # Whatever its given name says.
    text = "Henry Dalton said like-for-like sales rose 4% in the five weeks to January."
    doc = labelled(nlp, text, [("Henry Dalton", "ORG")])
    assert {e.name: e.kind for e in extract_entities(doc)}.get("Henry Dalton") == ORG


def test_a_boss_who_reports_sales_stays_a_person(nlp: Language) -> None:
    """ "Henry Dalton, the chief executive, said sales rose": his role outweighs the figures."""
    text = "Henry Dalton, the chief executive, said sales rose 4% in the quarter."
    kinds = person_labelled_kinds(nlp, text, ["Henry Dalton"])
    assert kinds.get("Henry Dalton") == PERSON


def test_a_firms_boss_who_reports_sales_stays_a_person(nlp: Language) -> None:
    """ "Kelbrook's Henry Dalton said sales rose", read as a body, is the firm's person."""
    text = "Kelbrook's Henry Dalton said like-for-like sales rose 4% in the five weeks to January."
    labels = [("Kelbrook", "ORG"), ("Henry Dalton", "ORG")]
    assert labelled_kinds(nlp, text, labels).get("Henry Dalton") == PERSON
