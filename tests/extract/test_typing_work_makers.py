"""What an author is "of", and a name with a subtitle, are works, not bodies."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG
from tests.extract.conftest import labelled_kinds


def test_what_an_author_is_of_is_no_body(nlp: Language) -> None:
    """ "author of Quiet Harbours" names a book, whatever the model read."""
    text = "Ada Vellory, author of Quiet Harbours, said the old port had lost its boats."
    kinds = labelled_kinds(nlp, text, [("Ada Vellory", "PERSON"), ("Quiet Harbours", "ORG")])
    assert "Quiet Harbours" not in kinds


def test_a_name_with_a_subtitle_is_no_body(nlp: Language) -> None:
    """ "Salt Roads: A Winter Among Drovers" holds a title and its subtitle."""
    text = "Critics praised Salt Roads: A Winter Among Drovers when it came out in March."
    kinds = labelled_kinds(nlp, text, [("Salt Roads: A Winter Among Drovers", "ORG")])
    assert "Salt Roads: A Winter Among Drovers" not in kinds


def test_what_a_director_is_of_stays_a_body(nlp: Language) -> None:
    """ "director of the Tarn Harbour Trust" names a body: directors run bodies."""
    text = "Ada Vellory, director of the Tarn Harbour Trust, said the port had lost its boats."
    labels = [("Ada Vellory", "PERSON"), ("Tarn Harbour Trust", "ORG")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Tarn Harbour Trust") == ORG
