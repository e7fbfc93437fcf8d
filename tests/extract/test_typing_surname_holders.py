"""A full name the model read as a place is a person's when the text writes its surname alone
as a person's: "the prize went to Bram Dunmarsh. Dunmarsh resigned"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_full_name_read_as_a_town_is_the_person_its_surname_names(nlp: Language) -> None:
    """ "for Bram Dunmarsh" read as a town, "Dunmarsh resigned" as a person: one person."""
    text = "The prize went to Bram Dunmarsh. Dunmarsh resigned from the panel in May."
    labels = [("Bram Dunmarsh", "GPE"), ("Dunmarsh", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Bram Dunmarsh") == "person"
