"""The noun phrase a name stands in: an indefinite article counts a thing, a person's noun
before a full name makes it a person's."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON
from tests.extract.conftest import labelled_kinds


def test_an_indefinite_article_makes_a_name_a_common_noun(nlp: Language) -> None:
    """ "owns a restored Harlan Roadster": one of a make of car, no one's name."""
    text = "My uncle owns a restored Harlan Roadster and drives it every Easter."
    assert "Harlan Roadster" not in labelled_kinds(nlp, text, [("Harlan Roadster", "PERSON")])


def test_words_after_the_article_are_no_title(nlp: Language) -> None:
    """ "a sailor Tibbet" is a toy in a sailor's coat: "sailor" is no title there."""
    text = "Each box holds a sailor Tibbet, and the deluxe box holds a spare Tibbet too."
    assert "Tibbet" not in labelled_kinds(nlp, text, [("Tibbet", "PERSON"), ("Tibbet", "PERSON")])


def test_a_courtesy_title_after_the_article_names_someone(nlp: Language) -> None:
    """ "a Mr Quill rang": the article is the writer's doubt, the title names a person."""
    text = "Later a Mr Mara Quill rang the desk and said he had seen the crash."
    assert labelled_kinds(nlp, text, [("Mara Quill", "PERSON")]).get("Mara Quill") == PERSON


def test_a_name_describing_the_noun_after_it_is_kept(nlp: Language) -> None:
    """ "a Quorly Valdane reporter": the article counts reporters, not the firm."""
    text = "A Quorly Valdane reporter asked the mayor about the bridge tolls."
    kinds = labelled_kinds(nlp, text, [("Quorly Valdane", "ORG")])
    assert kinds.get("Quorly Valdane") == ORG


def test_a_persons_noun_before_a_full_name_makes_a_person(nlp: Language) -> None:
    """ "campaigner Tove Brindell" the model read as a body is a person, the noun says so."""
    text = "The march was led by campaigner Tove Brindell on Sunday."
    assert labelled_kinds(nlp, text, [("Tove Brindell", "ORG")]).get("Tove Brindell") == PERSON


def test_a_compound_noun_for_a_person_counts_too(nlp: Language) -> None:
    """ "housemate Ansel Brindell": a noun ending in a noun for a person is one."""
    text = "The note was found on the stairs by her housemate Ansel Brindell."
    assert labelled_kinds(nlp, text, [("Ansel Brindell", "ORG")]).get("Ansel Brindell") == PERSON


def test_an_age_before_a_full_name_makes_a_person(nlp: Language) -> None:
    """ "71-year-old Mara Quill": an age is a person's."""
    text = "First prize for marrows went to 71-year-old Mara Quill of Kelby."
    assert labelled_kinds(nlp, text, [("Mara Quill", "ORG")]).get("Mara Quill") == PERSON


def test_a_machine_noun_makes_no_person(nlp: Language) -> None:
    """ "the rover Kite Seven": a machine's noun ends like a person's and says nothing."""
    text = "Engineers said the rover Kite Seven had stopped sending pictures."
    assert labelled_kinds(nlp, text, [("Kite Seven", "ORG")]).get("Kite Seven") != PERSON


def test_a_name_given_to_a_noun_stays_a_persons(nlp: Language) -> None:
    """ "a coach called Tove Brindell": the article counts coaches, the name is hers."""
    text = "Last spring the rowing club hired a coach called Tove Brindell."
    assert labelled_kinds(nlp, text, [("Tove Brindell", "PERSON")]).get("Tove Brindell") == PERSON


def test_a_person_described_after_the_article_stays_a_person(nlp: Language) -> None:
    """ "a beaming Ansel Brindell": the person as the photograph shows him."""
    text = "In the old photograph a beaming Ansel Brindell holds up the cup."
    assert labelled_kinds(nlp, text, [("Ansel Brindell", "PERSON")]).get("Ansel Brindell") == PERSON


def test_a_firms_name_after_a_persons_noun_stays_a_body(nlp: Language) -> None:
    """ "consultant Quorly Partners": a name ending in a body's word is a firm's."""
    text = "The figures for the ferry route come from consultant Quorly Partners."
    assert labelled_kinds(nlp, text, [("Quorly Partners", "ORG")]).get("Quorly Partners") == ORG


def test_a_name_set_beside_a_persons_noun_after_the_article_stays(nlp: Language) -> None:
    """ "another friend Jo Baker": the article counts friends, the name is the friend's."""
    text = "She stayed with another friend Jo Baker, who lent her a bed for the week."
    assert labelled_kinds(nlp, text, [("Jo Baker", "PERSON")]).get("Jo Baker") == PERSON
