"""Bodies named by common words and the nation they serve: "Public Health Scotland"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def _kinds(nlp: Language, text: str) -> dict[str, str]:
    """Name -> kind, the model having read only the weekday."""
    doc = labelled(nlp, text, [("Monday", "DATE")])
    return {e.name: e.kind for e in extract_entities(doc)}


def test_common_words_and_a_nation_opening_a_sentence_name_a_body(nlp: Language) -> None:
    """'Coastal Heritage Scotland said' read as nothing: a body."""
    kinds = _kinds(nlp, "Coastal Heritage Scotland said on Monday that the pier would close.")
    assert kinds.get("Coastal Heritage Scotland") == "organization"


def test_a_body_of_a_nation_before_its_spokesman(nlp: Language) -> None:
    """'a Rail Safety Wales spokesman said': the body the spokesman speaks for."""
    kinds = _kinds(nlp, "A Rail Safety Wales spokesman said on Monday that the line was shut.")
    assert kinds.get("Rail Safety Wales") == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # One adjective opening a sentence: the sentence's capital on a described place.
        ("Coastal Scotland has seen a fall in jobs since Monday.", "Coastal Scotland"),
        # A given name: a person's name the model missed.
        ("Ruth Wales said on Monday that she would appeal.", "Ruth Wales"),
        # A surname: no body's common words.
        ("On Monday the envoy praised Lebrov Scotland for the talks.", "Lebrov Scotland"),
        # No verb, role or possessive after the run: a place in a list.
        ("Fans in Mainland Scotland and Orkney watched the final on Monday.", "Mainland Scotland"),
    ],
)
def test_a_run_before_a_nation_that_names_no_body(nlp: Language, text: str, name: str) -> None:
    """A described place, a person's name, or a run that acts as no body is no body."""
    assert name not in _kinds(nlp, text)
