"""A title before the surname of a person named in full is that person, whatever the label."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.lexicon import lexicon
from generator.extract.name_spans import clean_span
from generator.extract.titled_surnames import titled_surname
from tests.extract.conftest import entity_kinds, labelled

_TEXT = (
    "It came from Dr Ulla Vell, the archive head of the Harland Trust. "
    "He was asked by Tom Roke to read the letter from Dr Vell."
)


def test_titled_surname_read_as_a_body_is_the_person(nlp: Language) -> None:
    """'from Dr Vell' labelled a body becomes the person 'Vell', not a second 'Dr Vell'."""
    doc = labelled(nlp, _TEXT, [("Ulla Vell", "PERSON"), ("Dr Vell", "ORG")])
    span = clean_span(doc.ents[-1], lexicon())
    assert span is not None and (span.text, span.label_) == ("Vell", "PERSON")


def test_no_person_of_that_surname_keeps_the_label(nlp: Language) -> None:
    """'Dr Kettle' with no person named Kettle in the text is left as the model read it."""
    text = "Tom Roke drank a can of Dr Kettle at lunch."
    doc = labelled(nlp, text, [("Tom Roke", "PERSON"), ("Dr Kettle", "ORG")])
    assert not titled_surname(doc, doc.ents[-1].start, doc.ents[-1].end, lexicon())


def test_one_person_across_the_story(nlp: Language) -> None:
    """The whole story lists Ulla Vell once and no 'Dr Vell' beside her."""
    kinds = entity_kinds(nlp, _TEXT)
    assert "Dr Vell" not in kinds and kinds.get("Ulla Vell") == "person"
