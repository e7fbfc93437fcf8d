"""Entity typing of capitalised common words that describe a noun: "the Solar Kite market"."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled, person_labelled_kinds


def test_common_words_before_a_noun_after_the_are_no_person(nlp: Language) -> None:
    """ "the Solar Kite market grew": a trend's name of common words, whatever the model says."""
    text = "Shares fell, while the Solar Kite market grew by a third last year."
    kinds = person_labelled_kinds(nlp, text, ["Solar Kite"])
    assert kinds.get("Solar Kite") != "person"


def test_common_words_after_a_possessive_are_no_person(nlp: Language) -> None:
    """ "her Velvet Lantern years": a scene's name, not a woman's."""
    text = "Ann Roke looked back on her Velvet Lantern years with a smile."
    kinds = person_labelled_kinds(nlp, text, ["Ann Roke", "Velvet Lantern"])
    assert kinds.get("Velvet Lantern") != "person"
    assert kinds.get("Ann Roke") == "person"


def test_a_given_name_before_a_noun_stays_a_person(nlp: Language) -> None:
    """ "the Tom Vell case": a person's name may describe a case, under a given name."""
    text = "The Tom Vell case was heard in Tarland on Monday, and Tom Vell was cleared."
    kinds = person_labelled_kinds(nlp, text, ["Tom Vell", "Tom Vell"])
    assert kinds.get("Tom Vell") == "person"


def test_a_bracket_may_stand_after_the_determiner(nlp: Language) -> None:
    """ "the [Solar Kite wave]": an editor's bracket does not hide the determiner."""
    text = "Carmakers are eager to ride the [Solar Kite wave] before their rivals do."
    kinds = person_labelled_kinds(nlp, text, ["Solar Kite"])
    assert kinds.get("Solar Kite") != "person"


def test_one_writing_read_as_a_thing_speaks_for_the_others(nlp: Language) -> None:
    """ "the Ground Kite site" read as a product outweighs plain writings read as a person."""
    text = (
        "Crews dug for weeks at Ground Kite. He worked the Ground Kite site for a year. "
        "Many who lived near Ground Kite fell ill."
    )
    doc = labelled(
        nlp,
        text,
        [("Ground Kite", "PERSON"), ("Ground Kite", "PRODUCT"), ("Ground Kite", "PERSON")],
    )
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Ground Kite") != "person"


def test_a_surname_no_dictionary_knows_stays_a_person(nlp: Language) -> None:
    """ "the Ivo Quarnley case": a rare given name before an unknown surname is a person's."""
    text = "Reporters followed the Ivo Quarnley case for a year before the verdict came."
    kinds = person_labelled_kinds(nlp, text, ["Ivo Quarnley"])
    assert kinds.get("Ivo Quarnley") == "person"


def test_a_name_after_a_possessive_before_its_noun_is_no_person(nlp: Language) -> None:
    """ "her Brenmoor Set manners": a social type's name, though no dictionary knows its words."""
    text = "Ann Roke never lost her Brenmoor Set manners, even after ten years in Tarland."
    kinds = person_labelled_kinds(nlp, text, ["Ann Roke", "Brenmoor Set"])
    assert kinds.get("Brenmoor Set") != "person"
    assert kinds.get("Ann Roke") == "person"


def test_a_given_name_after_a_possessive_stays_a_person(nlp: Language) -> None:
    """ "his Tom Vell impression": a given name opens a person's name, whatever it describes."""
    text = "The comic was best known for his Tom Vell impression, which Tom Vell enjoyed."
    kinds = person_labelled_kinds(nlp, text, ["Tom Vell", "Tom Vell"])
    assert kinds.get("Tom Vell") == "person"
