"""A name the model tagged once gets its label where it is written again untagged."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.entities import ORG, extract_entities
from generator.extract.pipe_components import repeated_name_tags
from tests.extract.conftest import labelled


def _tagged(doc: Doc) -> list[tuple[int, str, str]]:
    return [(ent.start, ent.text, ent.label_) for ent in doc.ents]


def test_untagged_writings_take_the_label_of_the_tagged_one(nlp: Language) -> None:
    """ "Lumenet" tagged once as a body is a body in the sentences the model skipped."""
    text = "Ofcom fined Lumenet on Monday. Lumenet has 90 shops. Staff said Lumenet would pay."
    doc = repeated_name_tags(labelled(nlp, text, [("Lumenet", "ORG")]))
    assert [(text, label) for _, text, label in _tagged(doc)] == [("Lumenet", "ORG")] * 3


def test_a_capitalised_word_beside_it_makes_another_name(nlp: Language) -> None:
    """ "Lumenet Broadband" and "Big Lumenet" are not writings of "Lumenet"."""
    text = "Ofcom fined Lumenet. Shares in Lumenet Broadband fell. We met Big Lumenet today."
    doc = repeated_name_tags(labelled(nlp, text, [("Lumenet", "ORG")]))
    assert [text for _, text, _ in _tagged(doc)] == ["Lumenet"]


def test_a_one_word_name_that_is_an_english_word_is_left(nlp: Language) -> None:
    """ "Next month" and "Welsh singer": the capital of an English word may not be a name's."""
    text = "Shares in Next rose. Next month the Welsh Office meets. A Welsh singer sold Next."
    doc = labelled(nlp, text, [("Next", "ORG"), ("Welsh", "ORG")])
    assert [ent.start for ent in repeated_name_tags(doc).ents] == [2, 8]


def test_a_new_name_opening_a_sentence_is_tagged(nlp: Language) -> None:
    """ "Lumenet has 90 shops": a name no dictionary holds is a name at a sentence's start."""
    text = "Ofcom fined Lumenet. Lumenet has 90 shops."
    doc = repeated_name_tags(labelled(nlp, text, [("Lumenet", "ORG")]))
    assert [start for start, _, _ in _tagged(doc)] == [2, 4]


def test_a_part_of_a_longer_tagged_name_is_left(nlp: Language) -> None:
    """ "Quillmark" beside "Quillmark Research" is a short form, weighed against the long name."""
    text = "Quillmark Research sued. Quillmark said so. Later Quillmark left."
    doc = labelled(nlp, text, [("Quillmark Research", "ORG"), ("Quillmark", "PERSON")])
    assert len(repeated_name_tags(doc).ents) == 2


def test_a_heading_in_title_case_is_left(nlp: Language) -> None:
    """In "Why Lumenet Lost Its Way" every word has a capital: no name is told by it."""
    text = "Ofcom fined Lumenet on Monday.\n\nWhy Lumenet Lost Its Way\n\nThe fine was large."
    doc = repeated_name_tags(labelled(nlp, text, [("Lumenet", "ORG")]))
    assert len(doc.ents) == 1


def test_the_evidence_of_untagged_sentences_decides_the_kind(nlp: Language) -> None:
    """A firm read once as a person is a body by what the sentences the model skipped say."""
    text = (
        "Regulators fined Lumenet on Monday.\n\n"
        "Lumenet has 1.2 million customers and 300 branches.\n\n"
        "Lumenet, owned by a Dutch group, said it accepted the findings."
    )
    doc = repeated_name_tags(labelled(nlp, text, [("Lumenet", "PERSON")]))
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Lumenet") == ORG


def test_the_copies_never_make_a_name_a_person(nlp: Language) -> None:
    """Untagged copies saying "Quorvex said" twice publish no person the tagged writing did not."""
    text = (
        "Officials met Quorvex on Monday.\n\n"
        "Quorvex said the talks went well.\n\n"
        "Quorvex added that more talks were due."
    )
    doc = repeated_name_tags(labelled(nlp, text, [("Quorvex", "PERSON")]))
    assert "Quorvex" not in {e.name for e in extract_entities(doc)}
