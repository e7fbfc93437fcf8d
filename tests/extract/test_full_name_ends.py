"""`ends_a_full_name` answers for one word as `full_name_surnames` does for all."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from generator.extract.doc_words import full_name_surnames
from generator.extract.full_name_ends import ends_a_full_name


def test_each_word_answers_as_the_whole_scan(nlp: Language) -> None:
    """Every word of a text with full names, lone names and a place: the same answer."""
    doc = nlp("Orla Penhale met Brannock in Skellig Bay. Tam Brannock Wyse left; Penhale stayed.")
    doc.ents = [
        Span(doc, 0, 2, label="PERSON"),
        Span(doc, 3, 4, label="PERSON"),
        Span(doc, 5, 7, label="GPE"),
        Span(doc, 8, 11, label="PERSON"),
        Span(doc, 13, 14, label="PERSON"),
    ]
    surnames = full_name_surnames(doc)
    assert surnames == frozenset({"Penhale", "Wyse"})
    for token in doc:
        assert ends_a_full_name(doc, token.text) == (token.text in surnames)


def test_reads_the_entities_as_they_stand(nlp: Language) -> None:
    """A surname no longer in a PERSON entity after the entities change is none."""
    doc = nlp("Orla Penhale sailed at dawn.")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert ends_a_full_name(doc, "Penhale")
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    assert not ends_a_full_name(doc, "Penhale")
    assert ends_a_full_name(doc, "Penhale") == ("Penhale" in full_name_surnames(doc))


def test_the_last_word_of_the_text(nlp: Language) -> None:
    """A full name that ends the text gives its surname."""
    doc = nlp("The prize went to Orla Penhale")
    doc.ents = [Span(doc, 4, 6, label="PERSON")]
    assert ends_a_full_name(doc, "Penhale") and "Penhale" in full_name_surnames(doc)
