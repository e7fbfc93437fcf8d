"""Common words ending in a plural common noun name a department, not a person; a given
name before a plural surname keeps a person's name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract
from generator.extract.entities import ORG, PERSON, extract_entities
from generator.extract.typing_plural_bodies import plural_noun_body, surname_after_given_name
from generator.seeds import Seed
from tests.extract.conftest import labelled


def test_common_words_before_a_plural_noun_name_a_body(nlp: Language) -> None:
    """ "Licensing Standards" is a gerund before a plural common noun: a body's shape."""
    doc = nlp("Licensing Standards is looking into the complaints.")
    assert plural_noun_body(doc[0:2])


def test_a_given_name_before_a_plural_surname_is_no_body(nlp: Language) -> None:
    """ "Harvey Fields" opens with a given name of one sex: a person's shape."""
    doc = nlp("Harvey Fields is looking into the complaints.")
    assert not plural_noun_body(doc[0:2])


def test_a_name_the_model_reads_as_a_person_is_no_body(nlp: Language) -> None:
    """ "Pat Woods": "pat" is a common word too, but the model's person reading keeps it."""
    doc = labelled(nlp, "Pat Woods is looking into the complaints.", [("Pat Woods", "PERSON")])
    assert not plural_noun_body(doc[0:2])


def test_a_department_is_no_person_when_he_follows(nlp: Language) -> None:
    """ "Shareholder Relations said ... he said": the pronoun is a spokesman's, not the body's."""
    text = (
        "Shareholder Relations said the dividend would be paid in May. "
        "The payment was delayed by a software fault, he said."
    )
    doc = labelled(nlp, text, [("Shareholder Relations", "ORG")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Shareholder Relations") == ORG


def test_a_department_before_a_quote_is_no_speaker(nlp: Language) -> None:
    """ "Housing Standards is investigating ... she said": no person of that name speaks."""
    paragraphs = (
        "Housing Standards is investigating the sale of fake watches at a fair in Orrick. "
        '"We have had dozens of calls," she said.',
    )
    seed = Seed(path="fair.txt", sha256="0" * 64, title="Fake watches", paragraphs=paragraphs)
    people = [p["name"] for p in extract([seed])[0]["people"]]
    assert "Housing Standards" not in people


def test_a_given_name_and_a_plural_surname_is_a_person(nlp: Language) -> None:
    """ "Tom Mills, her agent, said she": "Mills" ends firms' names too, but not after "Tom"."""
    text = "Tom Mills, her agent, said she had signed for two more years with the club."
    doc = labelled(nlp, text, [("Tom Mills", "PERSON")])
    assert surname_after_given_name(doc.ents[0])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Tom Mills") == PERSON


def test_a_partnership_ending_is_no_surname(nlp: Language) -> None:
    """ "Gordon Brothers" ends in a word only firms end in, not a plural surname."""
    doc = labelled(nlp, "Gordon Brothers said sales rose.", [("Gordon Brothers", "PERSON")])
    assert not surname_after_given_name(doc.ents[0])
