"""Two bodies named with "of" on each side of an "and" are two bodies, however the model ran
them together."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import ORG
from tests.extract.conftest import labelled


def _bodies(nlp: Language, text: str, labels: list[tuple[str, str]]) -> set[str]:
    """The names of the bodies extracted when the model read ``labels``."""
    return {e.name for e in extract_entities(labelled(nlp, text, labels)) if e.kind == ORG}


def test_two_banks_named_with_of_in_one_span_are_two(nlp: Language) -> None:
    """A second head noun with its own "of" after "and" in one span opens a second body."""
    # "the Bank of Tarvia and State Bank of Kelbia" read as one span.
    text = "The Bank of Tarvia and State Bank of Kelbia said they would lend to farmers."
    bodies = _bodies(nlp, text, [("The Bank of Tarvia and State Bank of Kelbia", "ORG")])
    assert bodies == {"Bank of Tarvia", "State Bank of Kelbia"}


def test_a_body_the_model_read_after_the_and_ends_the_complement(nlp: Language) -> None:
    """A body the model read after "and" ends the first name's complement at the "and"."""
    # "the Bar Association of Tarvia and Civic Watch Tarvia": the model read "Civic Watch" as a body
    # of its own.
    text = "The Bar Association of Tarvia and Civic Watch Tarvia called for calm on Monday."
    labels = [
        ("The Bar Association", "ORG"),
        ("Tarvia", "GPE"),
        ("Civic Watch", "ORG"),
        ("Tarvia", "GPE"),
    ]
    bodies = _bodies(nlp, text, labels)
    assert "Civic Watch" in " ".join(bodies)
    assert not any(" and " in name for name in bodies)
