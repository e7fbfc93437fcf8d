"""A body's initials in brackets after its name, linking words in small letters ("BoT"),
name that body wherever they are written."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import ORG
from tests.extract.conftest import labelled


def _bodies(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, list[str]]:
    doc = labelled(nlp, text, labels)
    return {e.name: e.aliases for e in extract_entities(doc) if e.kind == ORG}


def test_mixed_case_initials_in_brackets_are_the_body(nlp: Language) -> None:
    """ "Bank of Tarnland (BoT)": "BoT" later in the text is the bank, not a second body."""
    text = (
        "The Bank of Tarnland (BoT) held its main rate on Tuesday. "
        "The BoT warned that prices of fuel would keep rising."
    )
    labels = [("Bank of Tarnland", "ORG"), ("BoT", "ORG"), ("BoT", "ORG")]
    bodies = _bodies(nlp, text, labels)
    assert "BoT" not in bodies
    assert "BoT" in bodies["Bank of Tarnland"]


def test_mixed_case_word_that_spells_no_initials_stays_apart(nlp: Language) -> None:
    """A bracketed mixed-case word that spells no initials of the name is no short form of it."""
    text = "The Bank of Tarnland (KelPay) launched an app on Tuesday. KelPay has a million users."
    labels = [("Bank of Tarnland", "ORG"), ("KelPay", "ORG"), ("KelPay", "ORG")]
    bodies = _bodies(nlp, text, labels)
    assert "KelPay" not in bodies.get("Bank of Tarnland", [])
