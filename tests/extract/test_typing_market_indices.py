"""Market indices named after an exchange or a place are no entity: "the KSX 50 fell"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.typing_market_indices import names_an_index


@pytest.mark.parametrize(
    ("text", "name", "index"),
    [
        ("The KSX 50 fell 1.8 percent on Monday.", "KSX", True),
        ("The Marlow composite slipped 1 percent.", "Marlow", True),
        ("The Tarn 100 index rose.", "Tarn", True),
        ("The Tarn benchmark index rose.", "Tarn", True),
        ("Corvane rose 2 percent after its results.", "Corvane", False),
        ("The Corvane 7 crashed on take-off.", "Corvane", False),
    ],
)
def test_what_follows_a_name_says_it_is_an_index(
    nlp: Language, text: str, name: str, index: bool
) -> None:
    """A number and a market's move, "composite", or a measure after a name make an index."""
    doc = nlp(text)
    end = next(t.i for t in doc if t.text == name) + 1
    assert names_an_index(doc, end) is index


def test_indices_are_left_out_of_the_entities(nlp: Language) -> None:
    """ "the KSX 50 fell ... the Marlow composite slipped": no index is an entity; the firm is."""
    # The firm whose shares moved is an entity.
    text = (
        "TARLAND, March 3 (Reuters) - The KSX 50 fell 1.8 percent on Monday and the Marlow"
        " composite slipped 1 percent, while shares of Corvane Freight rose 2 percent."
    )
    names = {e.name for e in extract_entities(nlp(text))}
    assert names.isdisjoint({"KSX", "Marlow"})
    assert "Corvane Freight" in names
