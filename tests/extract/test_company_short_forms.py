"""A firm's name shortened before its words of trade is the firm, not a person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled, labelled_kinds

_TEXT = (
    "Mr Ames left his role at Tally Sprout Technology in March 2016. "
    "Mr Ames's involvement with Tally Sprout was fully declared, it is understood."
)


def test_two_words_before_a_word_of_trade_are_the_firm(nlp: Language) -> None:
    """ "Tally Sprout" beside "Tally Sprout Technology" is the firm, whatever the model read."""
    labels = [("Ames", "PERSON"), ("Tally Sprout Technology", "FAC"), ("Tally Sprout", "PERSON")]
    kinds = labelled_kinds(nlp, _TEXT, labels)
    assert kinds.get("Tally Sprout") != "person"
    assert kinds.get("Tally Sprout Technology") == "organization"


def test_two_words_before_a_group_s_trade_are_the_firm(nlp: Language) -> None:
    """ "Tally Sprout said" beside "Tally Sprout Media Group": the firm speaks."""
    text = "Tally Sprout Media Group cut 40 jobs. Tally Sprout said trade was slow."
    labels = [("Tally Sprout Media Group", "ORG"), ("Tally Sprout", "PERSON")]
    assert labelled_kinds(nlp, text, labels).get("Tally Sprout") == "organization"


def test_a_founder_beside_a_foundation_stays_a_person(nlp: Language) -> None:
    """ "Nell Ostrow" beside "the Nell Ostrow Foundation" may be the founder herself."""
    text = (
        "The Nell Ostrow Foundation gave the library a grant of £5,000. "
        "Nell Ostrow, who set it up in 1990, said she was glad."
    )
    kinds = labelled_kinds(
        nlp, text, [("Nell Ostrow Foundation", "ORG"), ("Nell Ostrow", "PERSON")]
    )
    assert kinds.get("Nell Ostrow") == "person"


def test_a_desk_after_a_name_is_no_firm(nlp: Language) -> None:
    """ "Jo Ames Technology Editor" is a byline: the capitalised desk makes no firm of her."""
    text = "Jo Ames Technology Editor\n\nSales of phones fell. Jo Ames said shops were quiet."
    kinds = labelled_kinds(nlp, text, [("Jo Ames", "PERSON"), ("Jo Ames", "PERSON")])
    assert kinds.get("Jo Ames") == "person"


def test_a_company_s_short_form_is_no_alias_of_its_founder(nlp: Language) -> None:
    """ "Pellory" beside "Pellory Motors" and its founder "Ida Pellory" is the company."""
    text = (
        "Pellory Motors will build a van plant near Swansea. Pellory's sales director, "
        "Jon Vask, said the site would open in 2027. The firm was started by Ida Pellory "
        "in 1950. Pellory has not said what the plant will cost."
    )
    entities = extract_entities(nlp(text))
    people = {e.name: e.aliases for e in entities if e.kind == "person"}
    assert "Pellory" not in people.get("Ida Pellory", [])
    bodies = {e.name: e.aliases for e in entities if e.kind == "organization"}
    assert "Pellory" in bodies.get("Pellory Motors", [])


def test_a_firm_s_name_weighed_whole_is_no_founder_s_surname(nlp: Language) -> None:
    """ "Shares in X" makes every bare "X" the firm's, not an alias of its founder "Alf X"."""
    text = (
        "Shares in Crannock, the garden tools maker, fell 9% after a wet spring. It was set "
        "up by Alf Crannock in 1962. Buyers have lost faith in Crannock, one trader said."
    )
    labels = [("Crannock", "ORG"), ("Alf Crannock", "PERSON"), ("Crannock", "PERSON")]
    entities = extract_entities(labelled(nlp, text, labels))
    people = {e.name: e.aliases for e in entities if e.kind == "person"}
    assert "Crannock" not in people.get("Alf Crannock", [])
